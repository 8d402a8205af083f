"""Tells the database whether the gateway is connected, with a heartbeat every 30 seconds: `greenlight health` and the
container's healthcheck read it from another process. Thin: the store calls are the whole job."""

from __future__ import annotations

import asyncio
import logging

from discord.ext import commands

from bot.app import GreenlightBot
from bot.health import HEARTBEAT_SECONDS

log = logging.getLogger(__name__)


class Health(commands.Cog):
    def __init__(self, bot: GreenlightBot) -> None:
        self.bot = bot
        self._task: asyncio.Task[None] | None = None

    def _record(self, connected: bool) -> None:
        try:
            self.bot.runtime.store.record_gateway(connected, self.bot.clock())
        except Exception:  # health bookkeeping never stops the bot
            log.exception("could not record the gateway state")

    async def cog_load(self) -> None:
        self._task = asyncio.create_task(self._beat(), name="greenlight-heartbeat")

    async def cog_unload(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._record(False)  # stopping: not connected any more

    async def _beat(self) -> None:
        while True:
            await asyncio.sleep(HEARTBEAT_SECONDS)
            try:
                self.bot.runtime.store.record_heartbeat(self.bot.clock())
            except Exception:
                log.exception("could not record the heartbeat")

    @commands.Cog.listener()
    async def on_connect(self) -> None:
        self._record(True)

    @commands.Cog.listener()
    async def on_resumed(self) -> None:
        self._record(True)

    @commands.Cog.listener()
    async def on_disconnect(self) -> None:
        self._record(False)


async def setup(bot: GreenlightBot) -> None:
    await bot.add_cog(Health(bot))
