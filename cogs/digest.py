"""/digest schedule|off|preview, and the loop that plans due digests into the outbox (the alert loop sends them)."""

from __future__ import annotations

import asyncio
import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import GreenlightBot
from bot.digest.plan import Renderer, plan_digests, preview
from bot.digest.schedule import (
    DAYS,
    DigestSchedule,
    next_slot,
    parse_day,
    parse_time,
    parse_timezone,
    suggest_zones,
)
from bot.pictures.data import Picture
from bot.pictures.render import render_picture
from bot.runtime import Runtime
from cogs.checks import (
    channel_id_of,
    guild_contexts,
    guild_id_of,
    handle_error,
    moderator_only,
    moderator_permissions,
    runtime_of,
)
from cogs.embeds import reply

log = logging.getLogger(__name__)
DAY_CHOICES = [app_commands.Choice(name=d.title(), value=d) for d in DAYS]


async def zone_autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return [app_commands.Choice(name=n, value=n) for n in suggest_zones(current[:64])]


class Digest(commands.Cog):
    def __init__(self, bot: GreenlightBot) -> None:
        self.bot = bot
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.passes = 0  # planning passes done since the cog loaded

    async def cog_load(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="greenlight-digests")

    async def cog_unload(self) -> None:
        self._stop.set()
        if self._task is not None:
            try:
                await asyncio.wait_for(asyncio.shield(self._task), timeout=15)
            except TimeoutError:
                self._task.cancel()

    def _render(self, runtime: Runtime) -> Renderer:
        async def render(picture: Picture) -> bytes:
            return await render_picture(runtime.service.cpu, picture)

        return render

    async def _loop(self) -> None:
        await self.bot.wait_until_ready()
        while not self._stop.is_set():
            runtime = self.bot.runtime
            try:
                await plan_digests(runtime.store, runtime.clock(), self._render(runtime))
            except Exception:
                log.exception("planning the weekly digests failed; trying again next tick")
            self.passes += 1
            try:
                await asyncio.wait_for(self._stop.wait(), timeout=self.bot.tick_seconds)
            except TimeoutError:
                pass

    async def cog_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        await handle_error(interaction, error)

    digest = app_commands.Group(
        name="digest",
        description="Moderators: a weekly “This week in TV” post in a channel",
        guild_only=True,
        allowed_contexts=guild_contexts(),
        default_permissions=moderator_permissions(),
    )

    @digest.command(name="schedule", description="Post the weekly digest in a channel on a day and time")
    @app_commands.describe(
        channel="where to post it (default: this channel)",
        day="the day of the week",
        time="the local time, e.g. 17:00",
        timezone="an IANA time zone such as Europe/London (default: UTC)",
    )
    @app_commands.choices(day=DAY_CHOICES)
    @app_commands.autocomplete(timezone=zone_autocomplete)
    @moderator_only()
    async def schedule(
        self,
        interaction: discord.Interaction,
        day: app_commands.Choice[str],
        time: app_commands.Range[str, 1, 20],
        channel: discord.TextChannel | None = None,
        timezone: app_commands.Range[str, 1, 64] | None = None,
    ) -> None:
        runtime = runtime_of(interaction)
        now = runtime.clock()
        schedule = DigestSchedule(
            channel.id if channel else channel_id_of(interaction),
            guild_id_of(interaction),
            parse_day(day.value),
            parse_time(time),
            parse_timezone(timezone),
            now,
        )
        runtime.store.save_digest_schedule(schedule, interaction.user.id)
        first = int(next_slot(schedule, now).timestamp())
        await reply(
            interaction,
            f"<#{schedule.channel_id}> gets “This week in TV” {schedule.describe()}: the first on <t:{first}:F>. "
            "It covers the shows the channel follows (or every show, with /follow all). "
            "/digest preview shows this week's now; /digest off stops it.",
        )

    @digest.command(name="off", description="Stop the weekly digest in a channel")
    @app_commands.describe(channel="the channel (default: this channel)")
    @moderator_only()
    async def off(self, interaction: discord.Interaction, channel: discord.TextChannel | None = None) -> None:
        channel_id = channel.id if channel else channel_id_of(interaction)
        stopped = runtime_of(interaction).store.remove_digest_schedule(channel_id)
        await reply(
            interaction,
            f"<#{channel_id}> no longer gets the weekly digest." if stopped else f"<#{channel_id}> had no digest.",
        )

    @digest.command(name="preview", description="This week's digest for a channel, shown only to you")
    @app_commands.describe(channel="the channel (default: this channel)")
    @moderator_only()
    async def preview_(self, interaction: discord.Interaction, channel: discord.TextChannel | None = None) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        runtime = runtime_of(interaction)
        channel_id = channel.id if channel else channel_id_of(interaction)
        message = await preview(runtime.store, channel_id, runtime.clock(), self._render(runtime))
        await reply(interaction, message)


async def setup(bot: GreenlightBot) -> None:
    await bot.add_cog(Digest(bot))
