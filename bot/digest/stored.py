"""A planned digest's message, kept as JSON in its row so the post (and any resend) is exactly what was planned."""

from __future__ import annotations

import json
from datetime import datetime

from bot.render.views import EmbedView, FieldView, FileView, MessageView
from bot.store.digests import StoredDigest


def message_to_json(message: MessageView) -> str:
    """The message without its files (the picture has its own column)."""
    embeds = [
        {
            "title": e.title,
            "description": e.description,
            "url": e.url,
            "colour": e.colour,
            "fields": [[f.name, f.value, f.inline] for f in e.fields],
            "footer": e.footer,
            "timestamp": e.timestamp.isoformat() if e.timestamp else None,
            "image": e.image,
        }
        for e in message.embeds
    ]
    return json.dumps({"content": message.content, "embeds": embeds}, ensure_ascii=False)


def message_from_json(text: str) -> MessageView:
    data = json.loads(text)
    embeds = tuple(
        EmbedView(
            e["title"],
            e["description"],
            e["url"],
            e["colour"],
            tuple(FieldView(n, v, i) for n, v, i in e["fields"]),
            e["footer"],
            datetime.fromisoformat(e["timestamp"]) if e["timestamp"] else None,
            e["image"],
        )
        for e in data["embeds"]
    )
    return MessageView(data["content"], embeds)


def stored_message(digest: StoredDigest) -> MessageView:
    message = message_from_json(digest.message_json)
    if digest.picture is None or not digest.picture_name:
        return message
    picture = FileView(digest.picture_name, digest.picture, digest.picture_alt or "")
    return MessageView(message.content, message.embeds, message.mention_role_id, (picture,))
