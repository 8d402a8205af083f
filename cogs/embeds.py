"""Plain message views from the core → discord.Embed and AllowedMentions. No decisions here."""

from __future__ import annotations

import io

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
    if view.image:
        embed.set_image(url=view.image)
    return embed


def to_embeds(message: MessageView) -> list[discord.Embed]:
    return [to_embed(e) for e in message.embeds]


def to_files(message: MessageView) -> list[discord.File]:
    """Attachments (pictures), each with its description: Discord shows it as the picture's alt text."""
    return [discord.File(io.BytesIO(f.data), filename=f.name, description=f.description or None) for f in message.files]


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
    files = to_files(message)
    if interaction.response.type is discord.InteractionResponseType.deferred_channel_message:
        # the "thinking…" message a defer showed becomes the answer (its visibility was chosen when deferring)
        await interaction.edit_original_response(
            content=message.content or None,
            embeds=embeds,
            allowed_mentions=mentions,
            attachments=files,
        )
    elif interaction.response.is_done():
        await interaction.followup.send(
            message.content or discord.utils.MISSING,
            embeds=embeds,
            allowed_mentions=mentions,
            ephemeral=ephemeral,
            files=files,
        )
    else:
        await interaction.response.send_message(
            message.content or None,
            embeds=embeds,
            allowed_mentions=mentions,
            ephemeral=ephemeral,
            files=files,
        )
