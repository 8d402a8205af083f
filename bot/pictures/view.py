"""A drawn picture as a message: an embed that shows it, the PNG attached with its alt text."""

from __future__ import annotations

from bot.pictures.data import Picture
from bot.render.safety import safe_text
from bot.render.views import EmbedView, FileView, MessageView

COLOUR = 0x56B4E9


def picture_message(picture: Picture, png: bytes) -> MessageView:
    embed = EmbedView(
        title=safe_text(picture.data.title),
        colour=COLOUR,
        footer="Greenlight · from the news it has gathered"
        + (" · seasons: TVmaze (CC BY-SA)" if picture.kind == "timeline" else ""),
        image=f"attachment://{picture.filename}",
    )
    return MessageView(embeds=(embed,), files=(FileView(picture.filename, png, picture.alt),))
