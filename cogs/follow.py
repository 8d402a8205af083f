"""/follow, /unfollow, /following — thin adapters over bot.alerts.follows."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.alerts.follows import ALL_SHOWS, default_channel, follow_show, unfollow_show
from bot.alerts.forums import TAG_NAMES, plan_tags, record_forum_tags
from bot.app import GreenlightBot
from bot.models import FOLLOW_EVENTS
from bot.render.admin import describe_follows, follow_events_label
from bot.runtime import Runtime
from cogs.alerts import EMBED_NEEDS, FORUM_NEEDS, THREAD_NEEDS, missing_permissions
from cogs.checks import channel_id_of, guild_id_of, handle_error, moderator_only, runtime_of
from cogs.embeds import reply

log = logging.getLogger(__name__)
ARCHIVE_CHOICES = [
    app_commands.Choice(name="1 hour", value=60),
    app_commands.Choice(name="1 day", value=1440),
    app_commands.Choice(name="3 days", value=4320),
    app_commands.Choice(name="1 week", value=10080),
]

EVENT_CHOICES = ["all", "decisions", *FOLLOW_EVENTS]  # airing (premiere reminders) only when named
SHOW_MAX, EVENTS_MAX = 200, 200  # characters of a show's title and of an event list in a command


def known_show_choices(interaction: discord.Interaction, current: str, limit: int) -> list[app_commands.Choice[str]]:
    """Known shows whose titles are close to what is typed (the newest ones while nothing is typed)."""
    runtime = runtime_of(interaction)
    names = [s.title for s, _ in runtime.recorder.matcher.suggest(current, limit=limit)] if current.strip() else []
    if not names:
        names = [s.title for s in runtime.store.list_shows()[-limit:]]
    return [app_commands.Choice(name=n[:100], value=n[:100]) for n in names[:limit]]


async def show_autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return [app_commands.Choice(name="all (every show)", value="all"), *known_show_choices(interaction, current, 24)]


async def events_autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    head, _, last = current.rpartition(",")
    prefix = head + ", " if head else ""
    return [
        app_commands.Choice(name=(prefix + e)[:100], value=(prefix + e)[:100])
        for e in EVENT_CHOICES
        if e.startswith(last.strip().lower())
    ][:25]


def _can_mention_any_role(interaction: discord.Interaction, channel_id: int) -> bool:
    """Whether the bot may ping roles that are not mentionable (Mention Everyone) in the channel alerts go to."""
    if channel_id == interaction.channel_id:
        return interaction.app_permissions.mention_everyone  # Discord computed it for this channel
    guild = interaction.guild
    me = guild.me if guild else None
    channel = guild.get_channel(channel_id) if guild else None
    if me is None:
        return interaction.app_permissions.mention_everyone
    if channel is None:
        return me.guild_permissions.mention_everyone
    return channel.permissions_for(me).mention_everyone


async def ensure_forum_tags(runtime: Runtime, guild_id: int, forum: discord.ForumChannel) -> str:
    """Give the forum a tag per event: create the missing ones with Manage Channels (never more than 20 in all,
    never touching a moderator's tags), else use existing tags with the same names. Returns a line for the reply."""
    me = forum.guild.me
    can_manage = forum.permissions_for(me).manage_channels if me is not None else False
    existing = [(t.id, t.name) for t in forum.available_tags]
    plan = plan_tags(existing, can_manage=can_manage)
    created: list[str] = []
    if plan.create:
        try:
            edited = await forum.edit(
                available_tags=[*forum.available_tags, *(discord.ForumTag(name=n) for n in plan.create)],
                reason="Greenlight: a tag for each kind of news",
            )
            existing = [(t.id, t.name) for t in edited.available_tags]
            created = list(plan.create)
        except discord.Forbidden:
            can_manage = False
        except discord.HTTPException as exc:
            log.warning("could not add tags to forum %s: %s", forum.id, exc)
    mapped, note = record_forum_tags(
        runtime.store,
        guild_id=guild_id,
        channel_id=forum.id,
        existing=existing,
        can_manage=can_manage,
        now=runtime.clock(),
    )
    done = (f"Added the tags {', '.join(created)}. " if created else "") + (
        f"Each post is tagged with its kind of news ({len(mapped)} of {len(TAG_NAMES)} kinds have a tag)."
    )
    return done + (f" Note: {note}" if note else "")


def _target(
    interaction: discord.Interaction, runtime: Runtime, channel: discord.abc.GuildChannel | None
) -> tuple[int, str]:
    """The channel named, else the same default for /follow and /unfollow (with the words that say which)."""
    if channel is not None:
        return channel.id, ""
    return default_channel(runtime.store, guild_id_of(interaction), channel_id_of(interaction))


def _unknown(runtime: Runtime, show: str) -> bool:
    """A show name no known show answers to (TVmaze is searched for it before anything is created)."""
    return show.strip().lower() not in ALL_SHOWS and runtime.recorder.matcher.match(show, loose=True) is None


class Follow(commands.Cog):
    def __init__(self, bot: GreenlightBot) -> None:
        self.bot = bot

    async def cog_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        await handle_error(interaction, error)

    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.command(name="follow", description="Post alerts about a show (or every show) in a channel")
    @app_commands.describe(
        show="the show's title, or 'all'",
        events="e.g. renewed, cancelled — or 'decisions'; 'airing' adds premiere reminders (default: all news)",
        channel="where to post: a text channel or a forum (default: the /setup alert channel, else this one)",
        mention_role="a role to mention with each alert",
        thread="text channels: start a public thread on each alert for discussion",
        thread_archive="when an alert's thread archives itself without activity (default: 1 day)",
        as_typed="follow the name exactly as typed, even when a known show's name is close",
    )
    @app_commands.autocomplete(show=show_autocomplete, events=events_autocomplete)
    @app_commands.choices(thread_archive=ARCHIVE_CHOICES)
    @moderator_only()
    async def follow(
        self,
        interaction: discord.Interaction,
        show: app_commands.Range[str, 1, SHOW_MAX],
        events: app_commands.Range[str, 1, EVENTS_MAX] | None = None,
        channel: discord.TextChannel | discord.ForumChannel | None = None,
        mention_role: discord.Role | None = None,
        thread: bool | None = None,
        thread_archive: app_commands.Choice[int] | None = None,
        as_typed: bool | None = None,
    ) -> None:
        runtime = runtime_of(interaction)
        guild_id = guild_id_of(interaction)
        target, which = (
            (channel.id, "") if channel else default_channel(runtime.store, guild_id, channel_id_of(interaction))
        )
        place = channel or (interaction.guild.get_channel(target) if interaction.guild else None)
        searched: tuple[str, ...] = ()
        tvmaze = runtime.service.tvmaze
        if tvmaze is not None and not as_typed and _unknown(runtime, show):
            await interaction.response.defer(ephemeral=True, thinking=True)  # TVmaze's search takes a moment
            searched = await tvmaze.names_like(show)
        kind = "forum" if isinstance(place, discord.ForumChannel) else "text"
        result = follow_show(
            runtime.store,
            runtime.recorder,
            guild_id=guild_id,
            channel_id=target,
            show=show,
            events=events,
            mention_role_id=mention_role.id if mention_role else None,
            user_id=interaction.user.id,
            now=runtime.clock(),
            kind=kind,
            threads=thread,
            archive_minutes=thread_archive.value if thread_archive else None,
            tvmaze_names=searched,
            as_typed=bool(as_typed),
        )
        resumed = runtime.store.unpause_channel(target)
        f = result.follow
        what = f.show or "every show"
        lines = [
            f"<#{target}>{f' ({which})' if which else ''} now follows **{discord.utils.escape_markdown(what)}** "
            f"({follow_events_label(f.events)})."
        ]
        if result.matched_from:
            lines.append(
                f"(I took '{discord.utils.escape_markdown(result.matched_from)}' "
                f"to mean {discord.utils.escape_markdown(what)}.)"
            )
        if result.show_is_new:
            lines.append("I have not seen news about this show yet; alerts start with the first story.")
        if mention_role and not mention_role.mentionable and not _can_mention_any_role(interaction, target):
            lines.append(
                f"Each alert names {mention_role.mention}, but it will not ping anyone: the role is not mentionable "
                f"and Greenlight lacks the Mention @everyone, @here and All Roles permission in <#{target}>. "
                "Turn on “Allow anyone to @mention this role” (Server Settings → Roles) or give Greenlight that "
                "permission there."
            )
        elif mention_role:
            lines.append(f"Each alert mentions {mention_role.mention}.")
        if isinstance(place, discord.ForumChannel):
            if not interaction.response.is_done():
                await interaction.response.defer(ephemeral=True, thinking=True)  # adding tags is a further request
            lines.append(
                "Each new story becomes a post in this forum. " + await ensure_forum_tags(runtime, guild_id, place)
            )
            lacking = missing_permissions(place, place.guild.me, FORUM_NEEDS + EMBED_NEEDS)
            if lacking:
                lines.append(f"Greenlight lacks {', '.join(lacking)} there: give it that, or posts will fail.")
        elif f.threads and place is not None:
            lines.append("Each alert starts a public thread for discussion.")
            lacking = missing_permissions(place, place.guild.me, THREAD_NEEDS)
            if lacking:
                lines.append(f"Greenlight lacks {', '.join(lacking)} there: give it that, or threads will fail.")
        if resumed:
            lines.append("Alerts in that channel were paused after a delivery problem; they are resumed.")
        await reply(interaction, "\n".join(lines))

    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.command(name="unfollow", description="Stop alerts about a show in a channel")
    @app_commands.describe(
        show="the show's title, or 'all'", channel="default: the /setup alert channel, else this one (as /follow)"
    )
    @app_commands.autocomplete(show=show_autocomplete)
    @moderator_only()
    async def unfollow(
        self,
        interaction: discord.Interaction,
        show: app_commands.Range[str, 1, SHOW_MAX],
        channel: discord.TextChannel | discord.ForumChannel | None = None,
    ) -> None:
        runtime = runtime_of(interaction)
        where = (
            (channel.id, "")
            if channel
            else default_channel(runtime.store, guild_id_of(interaction), channel_id_of(interaction))
        )
        target, which = where
        title = unfollow_show(runtime.store, runtime.recorder, channel_id=target, show=show)
        place = f"<#{target}>" + (f" ({which})" if which else "")
        await reply(interaction, f"{place} no longer follows {discord.utils.escape_markdown(title)}.")

    @app_commands.guild_only()
    @app_commands.command(name="following", description="What a channel follows")
    @app_commands.describe(channel="default: this channel")
    async def following(
        self, interaction: discord.Interaction, channel: discord.TextChannel | discord.ForumChannel | None = None
    ) -> None:
        runtime = runtime_of(interaction)
        target = channel.id if channel else channel_id_of(interaction)
        await reply(interaction, describe_follows(runtime.store.follows(channel_id=target), target))


async def setup(bot: GreenlightBot) -> None:
    await bot.add_cog(Follow(bot))
