"""/watch, /unwatch, /watchlist: a member's own shows, sent by direct message — thin adapters over bot.watch.core.

Also: the once-only note to a member Discord would not DM (after their next command), and the daily removal of
members Discord has refused DMs for 30 days."""

from __future__ import annotations

import asyncio
import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import GreenlightBot
from bot.render.safety import safe_text
from bot.render.watch import describe_watchlist
from bot.watch.core import clear_member, forget_departed, notice_to_tell, resume_watches, unwatch_show, watch_show
from cogs.checks import guild_id_of, handle_error, runtime_of
from cogs.embeds import reply
from cogs.follow import EVENTS_MAX, SHOW_MAX, events_autocomplete, known_show_choices

log = logging.getLogger(__name__)
SWEEP_SECONDS = 3600.0  # how often members Discord refused DMs for 30 days are looked for


async def _watch_autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return known_show_choices(interaction, current, 25)


async def _mine_autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    runtime = runtime_of(interaction)
    low = current.strip().casefold()
    titles = [w.show for w in runtime.store.watches(interaction.user.id) if low in w.show.casefold()]
    return [app_commands.Choice(name=t[:100], value=t[:100]) for t in titles[:25]]


class Watchlist(commands.Cog):
    def __init__(self, bot: GreenlightBot) -> None:
        self.bot = bot
        self._sweeping: asyncio.Task[None] | None = None

    async def cog_load(self) -> None:
        self._sweeping = asyncio.create_task(self._sweep(), name="greenlight-watch-sweep")

    async def cog_unload(self) -> None:
        if self._sweeping is not None:
            self._sweeping.cancel()

    async def _sweep(self) -> None:
        runtime = self.bot.runtime
        while True:
            try:
                gone = forget_departed(runtime.store, runtime.clock())
                if gone:
                    log.info("forgot the watchlists of %d members Discord refused DMs for 30 days", len(gone))
            except Exception:
                log.exception("could not look for members to forget; trying again later")
            await asyncio.sleep(SWEEP_SECONDS)

    async def cog_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        await handle_error(interaction, error)

    @commands.Cog.listener()
    async def on_app_command_completion(self, interaction: discord.Interaction, command: object) -> None:
        """After any Greenlight command: once, tell a member Discord would not DM how to turn DMs back on."""
        runtime = self.bot.runtime
        try:
            text = notice_to_tell(runtime.store, interaction.user.id, runtime.clock())
            if text is not None:
                await interaction.followup.send(text, ephemeral=True, allowed_mentions=discord.AllowedMentions.none())
        except Exception:
            log.exception("could not tell member %s about their paused watchlist", interaction.user.id)

    @app_commands.guild_only()
    @app_commands.command(name="watch", description="Get a direct message for each new story about a show")
    @app_commands.describe(
        show="a show Greenlight knows (the list suggests them)",
        events="e.g. renewed, cancelled — or 'decisions'; 'airing' adds premiere reminders (default: all news)",
        resume="True: resume your watchlist after turning DMs back on",
        clear="True: delete your whole watchlist and every record Greenlight keeps about it",
    )
    @app_commands.autocomplete(show=_watch_autocomplete, events=events_autocomplete)
    async def watch(
        self,
        interaction: discord.Interaction,
        show: app_commands.Range[str, 1, SHOW_MAX] | None = None,
        events: app_commands.Range[str, 1, EVENTS_MAX] | None = None,
        resume: bool | None = None,
        clear: bool | None = None,
    ) -> None:
        runtime = runtime_of(interaction)
        member = interaction.user.id
        if clear:
            n = clear_member(runtime.store, member)
            text = "Your watchlist is deleted, with every record Greenlight kept about it" + (
                "." if n else " (there was none)."
            )
            await reply(interaction, text)
            return
        if show is None:
            if resume:
                n = resume_watches(runtime.store, member)
                text = f"Your watchlist is on again ({n} show{'s' if n != 1 else ''})." if n else "Nothing was paused."
                await reply(interaction, text)
                return
            await reply(interaction, "Name a show: `/watch show:<title>`. `/watchlist` lists what you watch.")
            return
        result = watch_show(
            runtime.store,
            runtime.recorder,
            member_id=member,
            guild_id=guild_id_of(interaction),
            show=show,
            events=events,
            now=runtime.clock(),
            limit=runtime.settings.max_watches,
        )
        w = result.watch
        what = ", ".join(w.events) if w.events else "every news event; add `airing` for premiere reminders"
        lines = [
            f"You {'now watch' if result.new else 'still watch'} **{safe_text(w.show)}** ({what}). "
            "Each new story comes by direct message; `/unwatch` stops it."
        ]
        if result.matched_from:
            lines.append(f"(I took '{safe_text(result.matched_from)}' to mean {safe_text(w.show)}.)")
        if result.resumed:
            lines.append("Your watchlist was paused because Discord would not DM you; it is on again.")
        await reply(interaction, "\n".join(lines))

    @app_commands.guild_only()
    @app_commands.command(name="unwatch", description="Stop direct messages about a show")
    @app_commands.describe(show="a show on your watchlist")
    @app_commands.autocomplete(show=_mine_autocomplete)
    async def unwatch(self, interaction: discord.Interaction, show: app_commands.Range[str, 1, SHOW_MAX]) -> None:
        runtime = runtime_of(interaction)
        title = unwatch_show(runtime.store, runtime.recorder, member_id=interaction.user.id, show=show)
        await reply(interaction, f"You no longer watch {safe_text(title)}.")

    @app_commands.guild_only()
    @app_commands.command(name="watchlist", description="The shows you watch (only you see it)")
    async def watchlist(self, interaction: discord.Interaction) -> None:
        runtime = runtime_of(interaction)
        watches = runtime.store.watches(interaction.user.id)
        await reply(interaction, describe_watchlist(watches, runtime.settings.max_watches), ephemeral=True)


async def setup(bot: GreenlightBot) -> None:
    await bot.add_cog(Watchlist(bot))
