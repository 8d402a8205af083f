"""The discord.py client: the only module in bot/ that imports discord.

setup_hook opens the store and the one HTTP session and loads the cogs by name (bot/ never imports cogs/).
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable
from datetime import datetime

import aiohttp
import discord
from discord.ext import commands

from bot.config import Settings
from bot.errors import ConfigError, DiscordUnavailableError
from bot.runtime import Runtime
from bot.timeutil import utcnow

log = logging.getLogger(__name__)

COGS = ("cogs.alerts", "cogs.follow", "cogs.admin", "cogs.ask")


class GreenlightBot(commands.Bot):
    def __init__(
        self,
        settings: Settings,
        *,
        clock: Callable[[], datetime] = utcnow,
        tick_seconds: float = 30.0,
        guild_ready_timeout: float = 2.0,
    ) -> None:
        # Default intents only: messages that mention the bot carry their content without the privileged intent.
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=discord.Intents.default(),
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            guild_ready_timeout=guild_ready_timeout,
        )
        self.settings = settings
        self.clock = clock
        self.tick_seconds = tick_seconds  # how often the alert loop looks for due sources and deliveries
        self._runtime: Runtime | None = None

    @property
    def runtime(self) -> Runtime:
        if self._runtime is None:
            raise RuntimeError("the bot has not been set up yet")
        return self._runtime

    async def setup_hook(self) -> None:
        self._runtime = Runtime.open(self.settings, clock=self.clock)
        for name in COGS:
            await self.load_extension(name)
        await self.sync_commands()

    async def sync_commands(self) -> list[discord.app_commands.AppCommand]:
        if self.settings.dev_guild_id:
            guild = discord.Object(id=self.settings.dev_guild_id)
            self.tree.copy_global_to(guild=guild)
            return await self.tree.sync(guild=guild)
        return await self.tree.sync()

    async def close(self) -> None:
        # Stop the alert loop first: a delivery in flight finishes (or stays pending for the next start).
        for name in list(self.extensions):
            await self.unload_extension(name)
        await super().close()
        if self._runtime is not None:
            await self._runtime.close()
            self._runtime = None


async def _main(settings: Settings) -> None:
    bot = GreenlightBot(settings)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, lambda: asyncio.ensure_future(bot.close()))
    async with bot:
        await bot.start(settings.discord_token or "")


def run_bot(settings: Settings) -> int:
    """`greenlight run`: blocks until SIGINT/SIGTERM, then closes the bot, the session and the database.

    Failing to start is one GreenlightError with a clear message, never a traceback: ConfigError when Discord
    refuses the token, DiscordUnavailableError when Discord cannot be reached (network, DNS, Discord down)."""
    try:
        asyncio.run(_main(settings))
    except discord.LoginFailure:
        raise ConfigError(
            "DISCORD_TOKEN",
            "Discord refused it (wrong, or reset since)",
            "a fresh token from https://discord.com/developers/applications → your app → Bot → Reset Token",
        ) from None
    except discord.HTTPException as exc:
        raise DiscordUnavailableError(
            f"Discord answered the bot's login with an error ({exc}). Try again later; "
            "https://discordstatus.com shows outages."
        ) from None
    except (OSError, aiohttp.ClientError, TimeoutError, discord.GatewayNotFound) as exc:
        detail = str(exc) or exc.__class__.__name__
        raise DiscordUnavailableError(
            f"Discord could not be reached ({detail}). Check this machine's internet connection and DNS, "
            "then start the bot again."
        ) from None
    return 0
