"""/scorecard and /timeline — thin adapters over bot.pictures (drawn in a worker process, never on this loop)."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.answers.cooldown import Cooldown
from bot.app import GreenlightBot
from bot.pictures.data import Picture, scorecard, timeline
from bot.pictures.render import render_picture
from bot.pictures.view import picture_message
from cogs.checks import handle_error, runtime_of
from cogs.embeds import reply
from cogs.follow import show_autocomplete


class Pictures(commands.Cog):
    def __init__(self, bot: GreenlightBot) -> None:
        self.bot = bot
        self.cooldown = Cooldown(burst=3, per_seconds=60)  # pictures per member: each costs a worker's time

    async def cog_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        await handle_error(interaction, error)

    async def _post(self, interaction: discord.Interaction, picture: Picture) -> None:
        """Defer (drawing may take longer than Discord's 3 s), draw in a worker, answer with the picture."""
        await interaction.response.defer(thinking=True)
        png = await render_picture(runtime_of(interaction).service.cpu, picture)
        await reply(interaction, picture_message(picture, png), ephemeral=False)

    async def _slowed(self, interaction: discord.Interaction) -> bool:
        wait = self.cooldown.retry_after(interaction.user.id)
        if wait:
            await reply(interaction, f"You are asking for pictures quickly. Please try again in {wait:.0f} seconds.")
        return bool(wait)

    @app_commands.command(name="scorecard", description="The year's renewals, cancellations and orders, as bars")
    @app_commands.describe(network="one network (its shows are named)", year="the year (default: this year)")
    @app_commands.guild_only()
    async def scorecard_(
        self,
        interaction: discord.Interaction,
        network: app_commands.Range[str, 1, 100] | None = None,
        year: app_commands.Range[int, 1990, 2100] | None = None,
    ) -> None:
        if await self._slowed(interaction):
            return
        runtime = runtime_of(interaction)
        picture = scorecard(runtime.store, network=network, year=year or runtime.clock().year)  # refusals: ephemeral
        await self._post(interaction, picture)

    @app_commands.command(name="timeline", description="A show's seasons (TVmaze) and its news (Greenlight)")
    @app_commands.describe(show="the show's title")
    @app_commands.autocomplete(show=show_autocomplete)
    @app_commands.guild_only()
    async def timeline_(self, interaction: discord.Interaction, show: app_commands.Range[str, 1, 200]) -> None:
        if await self._slowed(interaction):
            return
        runtime = runtime_of(interaction)
        picture = timeline(runtime.store, show, today=runtime.clock().date())
        await self._post(interaction, picture)


async def setup(bot: GreenlightBot) -> None:
    await bot.add_cog(Pictures(bot))
