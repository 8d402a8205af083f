"""The real bot in a process of its own, against a test's fake Discord, at a fixed time: for kill -9 tests.

python -m tests.digest_runner DB REST_BASE GATEWAY_URL NOW — runs until SIGTERM, then closes cleanly and prints
whether this process (not its workers) ever imported matplotlib.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from datetime import datetime
from pathlib import Path

import discord
import yarl

from bot.app import GreenlightBot
from bot.config import Settings


async def run(db: str, now: datetime) -> None:
    settings = Settings(
        db_path=Path(db), allow_private_sources=True, discord_token="fake-token", tvmaze=False, workers=1
    )
    bot = GreenlightBot(settings, clock=lambda: now, tick_seconds=0.1, guild_ready_timeout=0.05)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    task = asyncio.create_task(bot.start("fake-token"))
    while not bot.is_ready():  # wait_until_ready() needs the client set up, which start() does in its own time
        if task.done():
            task.result()
        await asyncio.sleep(0.05)
    print("ready", flush=True)
    await stop.wait()
    await bot.close()
    await asyncio.wait_for(task, 10)
    print("matplotlib imported:", "matplotlib" in sys.modules, flush=True)


def main() -> None:
    db, rest, gateway, now = sys.argv[1:5]
    discord.http.Route.BASE = rest  # the two documented patches (see tests/fakediscord)
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)
    asyncio.run(run(db, datetime.fromisoformat(now)))


if __name__ == "__main__":
    main()
