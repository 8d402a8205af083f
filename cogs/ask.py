"""/ask, /status, /latest and questions that mention the bot — thin adapters over bot.answers.compose."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.answers.compose import NOT_NEWS, answer_question, answer_show
from bot.answers.cooldown import Cooldown
from bot.answers.model import Answer
from bot.app import GreenlightBot
from bot.render.answers import answer_view, latest_view
from bot.render.views import fit_message
from cogs.checks import handle_error, runtime_of
from cogs.embeds import allowed_mentions, reply, to_embeds
from cogs.follow import show_autocomplete


class Ask(commands.Cog):
    def __init__(self, bot: GreenlightBot) -> None:
        self.bot = bot
        self.cooldown = Cooldown(burst=5, per_seconds=60)  # questions per member

    async def cog_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        await handle_error(interaction, error)

    def _answer(self, channel_id: int | None, question: str) -> Answer:
        runtime = self.bot.runtime
        follows = runtime.store.follows(channel_id=channel_id) if channel_id else []
        return answer_question(runtime.store, runtime.recorder, question, channel_follows=follows)

    @app_commands.command(
        name="ask", description="Ask what is known, e.g. “what do we know about season 2 of Severance?”"
    )
    @app_commands.describe(question="your question about a show")
    @app_commands.guild_only()
    async def ask(self, interaction: discord.Interaction, question: app_commands.Range[str, 1, 300]) -> None:
        wait = self.cooldown.retry_after(interaction.user.id)
        if wait:
            await reply(interaction, f"You are asking quickly. Please try again in {wait:.0f} seconds.")
            return
        await reply(interaction, answer_view(self._answer(interaction.channel_id, question)), ephemeral=False)

    @app_commands.command(name="status", description="The status of a show, or of one of its seasons")
    @app_commands.describe(show="the show's title", season="a season number")
    @app_commands.autocomplete(show=show_autocomplete)
    @app_commands.guild_only()
    async def status(
        self,
        interaction: discord.Interaction,
        show: app_commands.Range[str, 1, 200],
        season: app_commands.Range[int, 1, 60] | None = None,
    ) -> None:
        runtime = runtime_of(interaction)
        await reply(
            interaction, answer_view(answer_show(runtime.store, runtime.recorder, show, season)), ephemeral=False
        )

    @app_commands.command(name="latest", description="The newest stories, for every show or one")
    @app_commands.describe(show="only this show")
    @app_commands.autocomplete(show=show_autocomplete)
    @app_commands.guild_only()
    async def latest(
        self, interaction: discord.Interaction, show: app_commands.Range[str, 1, 200] | None = None
    ) -> None:
        runtime = runtime_of(interaction)
        found = runtime.recorder.matcher.match(show) if show else None
        if show and found is None:
            await reply(interaction, answer_view(answer_show(runtime.store, runtime.recorder, show, None)))
            return
        stories = runtime.store.stories(show_id=found.id if found else None, limit=10, exclude_events=NOT_NEWS)
        await reply(interaction, latest_view(stories, found.title if found else None), ephemeral=False)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """A message that mentions the bot is a question; the reply mentions no one."""
        if message.author.bot or message.guild is None or self.bot.user is None:
            return
        if self.bot.user not in message.mentions:
            return
        if self.cooldown.retry_after(message.author.id):
            return  # no reply at all: a reply per spammed message is the flood we avoid
        view = fit_message(answer_view(self._answer(message.channel.id, message.content)))
        await message.reply(
            content=view.content or None,
            embeds=to_embeds(view),
            allowed_mentions=allowed_mentions(view),
            mention_author=False,
        )


async def setup(bot: GreenlightBot) -> None:
    await bot.add_cog(Ask(bot))
