"""Moderator configuration: /setup, /source add|remove|enable|pause|check|list|test, /greenlight status."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Literal, TypeVar

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import GreenlightBot
from bot.ingest.sources import (
    SourceLimits,
    add_source,
    enable_source,
    pause_source,
    preview_source,
    remove_source,
    removed_text,
    resolve_source,
)
from bot.models import GuildSettings
from bot.render.admin import check_text, preview_view, sources_view, status_view
from bot.render.safety import safe_text
from bot.render.views import MessageView
from bot.runtime import Runtime
from bot.stories.recorder import preview_stories
from bot.watch.core import set_watch_off, watch_switch_text
from cogs.checks import guild_contexts, guild_id_of, handle_error, moderator_only, moderator_permissions, runtime_of
from cogs.embeds import reply

T = TypeVar("T", bound=Any)
URL_MAX = 1000  # characters a feed address may have in a command (Discord's client refuses more)


async def source_autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    sources = runtime_of(interaction).store.list_sources()
    low = current.lower()
    hits = [s for s in sources if low in (s.title or "").lower() or low in s.url.lower()]
    return [app_commands.Choice(name=f"#{s.id} {s.title or s.url}"[:100], value=str(s.id)) for s in hits[:25]]


def picks_a_source(func: T) -> T:
    """The `source` option of /source remove, enable, pause and check: a number or address, with autocomplete."""
    described = app_commands.describe(source="the source's number or address")(func)
    return app_commands.autocomplete(source=source_autocomplete)(described)


def _status(runtime: Runtime, guild_id: int) -> MessageView:
    store = runtime.store
    return status_view(
        store.guild_settings(guild_id),
        store.list_sources(),
        store.paused_channels(guild_id),
        store.last_poll_run(),
        runtime.clock(),
        store.failed_deliveries(guild_id),
        store.forum_notes(guild_id),
    )


class Admin(commands.Cog):
    def __init__(self, bot: GreenlightBot) -> None:
        self.bot = bot

    async def cog_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        await handle_error(interaction, error)

    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.command(
        name="setup", description="Moderators: default alert channel, moderator role, mod-log channel"
    )
    @app_commands.describe(
        alert_channel="a text channel: where /follow and /unfollow act by default (name a forum in /follow)",
        moderator_role="who may configure Greenlight",
        modlog_channel="where Greenlight reports delivery problems",
        watch="off: members cannot use /watch here, and their watches made here stop (default: on)",
    )
    @moderator_only()
    async def setup_(
        self,
        interaction: discord.Interaction,
        alert_channel: discord.TextChannel | None = None,
        moderator_role: discord.Role | None = None,
        modlog_channel: discord.TextChannel | None = None,
        watch: Literal["on", "off"] | None = None,
    ) -> None:
        runtime = runtime_of(interaction)
        guild_id = guild_id_of(interaction)
        old = runtime.store.guild_settings(guild_id)
        new = GuildSettings(
            guild_id,
            alert_channel.id if alert_channel else old.alert_channel_id,
            moderator_role.id if moderator_role else old.moderator_role_id,
            modlog_channel.id if modlog_channel else old.modlog_channel_id,
        )
        runtime.store.save_guild_settings(new, runtime.clock())
        status = _status(runtime, new.guild_id)
        if watch is not None:
            changed = set_watch_off(runtime.store, guild_id, watch == "off", runtime.clock())
            status = replace(status, content=watch_switch_text(watch == "off", changed))
        await reply(interaction, status)

    source = app_commands.Group(
        name="source",
        description="Moderators: the news sources Greenlight watches",
        guild_only=True,
        allowed_contexts=guild_contexts(),
        default_permissions=moderator_permissions(),
    )

    @source.command(name="add", description="Add an RSS/Atom feed (checked and fetched once)")
    @app_commands.describe(url="the feed's address (http or https)")
    @moderator_only()
    async def source_add(self, interaction: discord.Interaction, url: app_commands.Range[str, 1, URL_MAX]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        runtime = runtime_of(interaction)
        src, preview = await add_source(
            runtime.store,
            runtime.fetcher,
            url,
            name=None,
            added_by=str(interaction.user.id),
            now=runtime.clock(),
            poll_interval=runtime.settings.poll_interval,
            guild_id=interaction.guild_id,
            limits=SourceLimits.of(runtime.settings),
        )
        await reply(interaction, preview_view(preview, [], added=src))

    @source.command(name="remove", description="Stop watching a source")
    @picks_a_source
    @moderator_only()
    async def source_remove(
        self, interaction: discord.Interaction, source: app_commands.Range[str, 1, URL_MAX]
    ) -> None:
        runtime = runtime_of(interaction)
        await reply(interaction, safe_text(removed_text(remove_source(runtime.store, source, runtime.clock()))))

    @source.command(name="enable", description="Poll a paused or disabled source again")
    @picks_a_source
    @moderator_only()
    async def source_enable(
        self, interaction: discord.Interaction, source: app_commands.Range[str, 1, URL_MAX]
    ) -> None:
        await reply(interaction, safe_text(enable_source(runtime_of(interaction).store, source)[1]))

    @source.command(name="pause", description="Stop polling a source until it is enabled again")
    @picks_a_source
    @moderator_only()
    async def source_pause(self, interaction: discord.Interaction, source: app_commands.Range[str, 1, URL_MAX]) -> None:
        src = pause_source(runtime_of(interaction).store, source)
        await reply(
            interaction, f"Source #{src.id} is paused: it is not polled until `/source enable source:{src.id}`."
        )

    @source.command(name="check", description="Fetch a source now and say what it found")
    @picks_a_source
    @moderator_only()
    async def source_check(self, interaction: discord.Interaction, source: app_commands.Range[str, 1, URL_MAX]) -> None:
        runtime = runtime_of(interaction)
        src = resolve_source(runtime.store, source)
        await interaction.response.defer(ephemeral=True, thinking=True)
        outcome, announced = await runtime.service.check_source(src)
        stories = runtime.store.stories(ids=announced, limit=100) if announced else []
        await reply(interaction, check_text(outcome, stories, safe_text))

    @source.command(name="list", description="Sources with their status, failures and newest item")
    @moderator_only()
    async def source_list(self, interaction: discord.Interaction) -> None:
        runtime = runtime_of(interaction)
        await reply(interaction, sources_view(runtime.store.list_sources(), runtime.clock()))

    @source.command(name="test", description="Preview what a feed would post, without saving anything")
    @app_commands.describe(url="the feed's address (http or https)")
    @moderator_only()
    async def source_test(self, interaction: discord.Interaction, url: app_commands.Range[str, 1, URL_MAX]) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        runtime = runtime_of(interaction)
        preview = await preview_source(runtime.fetcher, url)
        await reply(
            interaction, preview_view(preview, preview_stories(preview.feed.entries, preview.title, runtime.clock()))
        )

    greenlight = app_commands.Group(
        name="greenlight",
        description="Greenlight itself",
        guild_only=True,
        allowed_contexts=guild_contexts(),
        default_permissions=moderator_permissions(),
    )

    @greenlight.command(name="status", description="Sources, failures, paused channels and the last poll")
    @moderator_only()
    async def status(self, interaction: discord.Interaction) -> None:
        await reply(interaction, _status(runtime_of(interaction), guild_id_of(interaction)))


async def setup(bot: GreenlightBot) -> None:
    await bot.add_cog(Admin(bot))
