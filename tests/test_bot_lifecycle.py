"""The real bot's start and stop (issue 22, items 5 and 6): SIGTERM waits for a clean close and leaves no process
behind; a message that mentions the bot logs no error."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from pathlib import Path

from tests.discordkit import running_bot, world
from tests.fakediscord import FakeDiscord
from tests.processes import group_members, left_behind

ROOT = Path(__file__).resolve().parents[1]


async def test_a_mention_is_answered_and_logs_no_error(monkeypatch, tmp_path, caplog):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings), running_bot(settings):
        with caplog.at_level(logging.INFO):
            question = "jessica jones s2? " + "x" * 3000
            await fake.send_user_message(guild.id, guild.general, guild.member, question, mention_bot=True)
            await fake.send_user_message(guild.id, guild.general, guild.member, "!help me", mention_bot=True)
            await fake.wait_for_messages(guild.general, 2, timeout=10)
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert errors == []
    assert not [r for r in caplog.records if "CommandNotFound" in r.getMessage()]


# The documented two base URLs (tests/fakediscord) set in the child before the real CLI runs `greenlight run`.
LAUNCH = """
import sys, discord, yarl
discord.http.Route.BASE = sys.argv[1]
discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(sys.argv[2])
from bot.cli.main import main
sys.exit(main(["run"]))
"""


async def test_sigterm_closes_everything_and_leaves_no_process(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GREENLIGHT_", "DISCORD_"))}
    env.update(
        DISCORD_TOKEN="fake-token",
        GREENLIGHT_DB=str(tmp_path / "bot.db"),
        GREENLIGHT_TVMAZE="false",
        GREENLIGHT_WORKERS="1",
        GREENLIGHT_ALLOW_PRIVATE_SOURCES="true",
        PYTHONPATH=str(ROOT),
    )
    async with FakeDiscord() as fake:
        gid = fake.add_guild("TV Fans")
        fake.add_channel(gid, "tv-news")
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            LAUNCH,
            fake.rest_base,
            fake.gateway_url,
            cwd=str(tmp_path),
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            start_new_session=True,
        )
        try:
            await fake.wait_for(lambda: fake.registered_commands(), timeout=60)  # logged in, cogs loaded
            # the worker pool is up too (the bot, the forkserver, a worker): SIGTERM must stop all of them
            for _ in range(600):
                if len(group_members({proc.pid})) >= 3:
                    break
                await asyncio.sleep(0.1)
            assert len(group_members({proc.pid})) >= 3
            proc.send_signal(signal.SIGTERM)
            out, err = await asyncio.wait_for(proc.communicate(), 60)
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
    log = err.decode()
    assert proc.returncode == 0, log[-3000:]
    assert "Greenlight stopped cleanly" in log, log[-3000:]  # the close ran to its end, it was not cancelled
    assert "Unclosed" not in log and "Traceback" not in log, log[-3000:]
    assert not [line for line in log.splitlines() if " ERROR " in line or " CRITICAL " in line], log[-3000:]
    assert await left_behind({proc.pid}) == []
