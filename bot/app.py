"""The discord.py client: the only module in bot/ that imports discord.

setup_hook opens the store and the one HTTP session, loads the cogs by name (bot/ never imports cogs/; a cog that
fails to load is logged and skipped) and syncs the slash commands when they changed since the last sync.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import signal
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import aiohttp
import discord
from discord.ext import commands

from bot.config import Settings
from bot.errors import ConfigError, DiscordUnavailableError
from bot.runtime import Runtime
from bot.timeutil import utcnow

log = logging.getLogger(__name__)

COGS = (
    "cogs.alerts",
    "cogs.follow",
    "cogs.admin",
    "cogs.ask",
    "cogs.digest",
    "cogs.pictures",
    "cogs.health",
    "cogs.watch",
)


IDENTIFY_WINDOW = 5.0  # seconds: Discord allows max_concurrency IDENTIFYs per window, one per rate-limit key


class GreenlightBot(commands.AutoShardedBot):
    """Sharded from the start (Discord requires it from 2,500 servers): one process runs every shard Discord
    recommends, or the range GREENLIGHT_SHARD_COUNT / GREENLIGHT_SHARD_IDS give it. Per-guild state lives in the
    database and in the one client's cache, which holds every shard's guilds, so no path depends on the shard."""

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Callable[[], datetime] = utcnow,
        tick_seconds: float = 30.0,
        guild_ready_timeout: float = 2.0,
    ) -> None:
        # Greenlight never joins voice: without this, discord.py warns at every start about voice libraries.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        # Default intents only: messages that mention the bot carry their content without the privileged intent.
        # No member cache (the bot reads members from the interaction or message that names them; its own member is
        # always kept) and no message cache (alerts are edited by id): both grow with every server otherwise.
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=discord.Intents.default(),
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            guild_ready_timeout=guild_ready_timeout,
            member_cache_flags=discord.MemberCacheFlags.none(),
            chunk_guilds_at_startup=False,
            max_messages=None,
            shard_count=settings.shard_count,
            shard_ids=list(settings.shard_ids) if settings.shard_ids is not None else None,  # type: ignore[arg-type]
        )
        self.settings = settings
        self.clock = clock
        self.tick_seconds = tick_seconds  # how often the alert loop looks for due sources and deliveries
        self._runtime: Runtime | None = None
        self._closing: asyncio.Future[None] | None = None
        self.broken_cogs: list[str] = []  # extensions that failed to load at start (see the log)
        self._identify_concurrency: int | None = None  # Discord's max_concurrency for this bot
        self._identified: dict[int, float] = {}  # rate-limit key → when a shard of it last identified

    @property
    def own_shards(self) -> tuple[int, tuple[int, ...]] | None:
        """(shard count, the shards this process runs) when it runs only some of them; None when it runs all."""
        if self.settings.shard_ids is None or self.settings.shard_count is None:
            return None
        return self.settings.shard_count, self.settings.shard_ids

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """Shards identify as fast as Discord allows: max_concurrency at a time (discord.py's default waits 5 s
        before each one, so 100 shards would take over 8 minutes to connect)."""
        if self._identify_concurrency is None:
            try:
                limits = (await self.http.get_bot_gateway())[2]
                self._identify_concurrency = max(1, int(limits.get("max_concurrency", 1)))
            except (
                discord.GatewayNotFound,
                discord.HTTPException,
                aiohttp.ClientError,
                KeyError,
                TypeError,
                ValueError,
            ):
                self._identify_concurrency = 1
        key = (shard_id or 0) % self._identify_concurrency
        loop = asyncio.get_running_loop()
        last = self._identified.get(key)
        if last is not None:
            await asyncio.sleep(max(0.0, last + IDENTIFY_WINDOW - loop.time()))
        self._identified[key] = loop.time()

    @property
    def runtime(self) -> Runtime:
        if self._runtime is None:
            raise RuntimeError("the bot has not been set up yet")
        return self._runtime

    async def setup_hook(self) -> None:
        self._runtime = Runtime.open(self.settings, clock=self.clock)
        self.broken_cogs.clear()
        for name in COGS:
            try:
                await self.load_extension(name)
            except Exception:  # one broken cog must not take the others down with it
                log.exception("could not load %s; Greenlight runs without it", name)
                self.broken_cogs.append(name)
        if self.broken_cogs:
            # Syncing now would delete the broken cogs' commands from every server (and re-creating them later
            # counts against Discord's daily limit): keep the registered commands until every cog loads again.
            log.error("slash commands not synced while %s failed to load", ", ".join(self.broken_cogs))
            return
        try:
            await self.sync_commands()
        except discord.HTTPException as exc:
            log.error(
                "Discord refused the slash commands (%s %s); the bot runs with the ones registered before",
                exc.status,
                exc.text,
            )

    @property
    def commands_hash_path(self) -> Path:
        """Beside the database: the hash of the command tree last synced to Discord. Delete it to force a sync."""
        return self.settings.db_path.with_name(self.settings.db_path.name + ".commands-hash")

    def commands_hash(self, guild: discord.abc.Snowflake | None) -> str:
        payload = [c.to_dict(self.tree) for c in self.tree.get_commands(guild=guild)]
        where = {"application": self.application_id, "guild": guild.id if guild else None}
        text = json.dumps({**where, "commands": payload}, sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(text.encode()).hexdigest()

    async def sync_commands(self, *, force: bool = False) -> list[discord.app_commands.AppCommand] | None:
        """Register the slash commands with Discord, only when the tree changed since the last sync (Discord limits
        how often commands may be created); None when the sync was skipped."""
        guild = discord.Object(id=self.settings.dev_guild_id) if self.settings.dev_guild_id else None
        if guild is not None:
            self.tree.copy_global_to(guild=guild)
        digest = self.commands_hash(guild)
        path = self.commands_hash_path
        try:
            last = path.read_text().strip()
        except OSError:
            last = None
        if last == digest and not force:
            log.info("slash commands unchanged since the last sync; not syncing")
            return None
        synced = await self.tree.sync(guild=guild)
        try:
            path.write_text(digest + "\n")
        except OSError as exc:
            log.warning("could not remember the synced commands in %s: %s", path, exc)
        log.info("synced %d slash commands%s", len(synced), f" to guild {guild.id}" if guild else "")
        return synced

    async def process_commands(self, message: discord.Message) -> None:
        """Greenlight has no prefix commands (a message that mentions it is a question, for cogs/ask.py): without
        this, discord.py logged every mention as a CommandNotFound ERROR with a traceback and the user's text."""
        return None

    async def close(self) -> None:
        """Once, whoever asks first (a signal, `async with`, a test); every caller waits for the whole close."""
        if self._closing is None:
            self._closing = asyncio.ensure_future(self._close())
        await asyncio.shield(self._closing)

    async def _close(self) -> None:
        # Stop the alert loop first: a delivery in flight finishes (or stays pending for the next start).
        for name in list(self.extensions):
            await self.unload_extension(name)
        await super().close()
        if self._runtime is not None:
            await self._runtime.close()
            self._runtime = None
            log.info("Greenlight stopped cleanly: the HTTP session, the worker pool and the database are closed.")


async def _main(settings: Settings) -> None:
    bot = GreenlightBot(settings)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, lambda: asyncio.ensure_future(bot.close()))
    try:
        async with bot:
            await bot.start(settings.discord_token or "")
    finally:
        # start() returns as soon as the gateway is closed, in the middle of close(): wait for the rest (the
        # cogs, the HTTP session, the TVmaze task, the worker pool, the database), or asyncio.run cancels it.
        await bot.close()


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
