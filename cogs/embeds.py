"""Plain message views from the core → discord.Embed and AllowedMentions. No decisions here."""

from __future__ import annotations

import discord

from bot.render.views import EmbedView, MessageView, fit_message


def to_embed(view: EmbedView) -> discord.Embed:
    embed = discord.Embed(
        title=view.title,
        description=view.description or None,
        url=view.url,
        colour=discord.Colour(view.colour),
        timestamp=view.timestamp,
    )
    for f in view.fields:
        embed.add_field(name=f.name, value=f.value, inline=f.inline)
    if view.footer:
        embed.set_footer(text=view.footer)
    return embed


def to_embeds(message: MessageView) -> list[discord.Embed]:
    return [to_embed(e) for e in message.embeds]


def allowed_mentions(message: MessageView) -> discord.AllowedMentions:
    """Nobody, except the one role a moderator chose for this follow."""
    if message.mention_role_id:
        return discord.AllowedMentions(everyone=False, users=False, roles=[discord.Object(message.mention_role_id)])
    return discord.AllowedMentions.none()


async def reply(interaction: discord.Interaction, message: MessageView | str, *, ephemeral: bool = True) -> None:
    """Answer an interaction: the first answer, the deferred one (by editing it) or a further one (a followup).

    Every reply is fitted to Discord's limits first."""
    message = fit_message(MessageView(content=message) if isinstance(message, str) else message)
    embeds, mentions = to_embeds(message), allowed_mentions(message)
    if interaction.response.type is discord.InteractionResponseType.deferred_channel_message:
        # the "thinking…" message a defer showed becomes the answer (its visibility was chosen when deferring)
        await interaction.edit_original_response(
            content=message.content or None, embeds=embeds, allowed_mentions=mentions
        )
    elif interaction.response.is_done():
        await interaction.followup.send(
            message.content or discord.utils.MISSING, embeds=embeds, allowed_mentions=mentions, ephemeral=ephemeral
        )
    else:
        await interaction.response.send_message(
            message.content or None, embeds=embeds, allowed_mentions=mentions, ephemeral=ephemeral
        )
