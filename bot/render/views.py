"""Message views (plain data) and fitting them to Discord's limits; cogs/embeds.py turns them into discord.Embed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from bot.render.safety import trim

# Discord's limits (DESIGN.md)
TITLE_MAX, DESCRIPTION_MAX, FIELDS_MAX, FIELD_NAME_MAX, FIELD_VALUE_MAX = 256, 4096, 25, 256, 1024
FOOTER_MAX, EMBEDS_MAX, EMBED_TOTAL_MAX, CONTENT_MAX = 2048, 10, 6000, 2000

EVENT_STYLE: dict[str, tuple[str, int]] = {
    "renewed": ("Renewed", 0x2ECC71),
    "cancelled": ("Cancelled", 0xE74C3C),
    "ending": ("Final season", 0xE67E22),
    "ordered": ("Series order", 0x3498DB),
    "premiere": ("Premiere date", 0x9B59B6),
    "production": ("Production", 0x95A5A6),
    "trailer": ("Trailer", 0x1ABC9C),
    "casting": ("Casting", 0xF1C40F),
    "airing": ("Premiering", 0xE91E63),  # a premiere reminder (opt-in), from TVmaze's dates
}
NEUTRAL_COLOUR = 0x5865F2


@dataclass(frozen=True)
class FieldView:
    name: str
    value: str
    inline: bool = True


@dataclass(frozen=True)
class EmbedView:
    title: str
    description: str = ""
    url: str | None = None
    colour: int = NEUTRAL_COLOUR
    fields: tuple[FieldView, ...] = ()
    footer: str | None = None
    timestamp: datetime | None = None
    image: str | None = None  # "attachment://name.png": a file sent with the message, shown in the embed

    def size(self) -> int:
        return (
            len(self.title)
            + len(self.description)
            + len(self.footer or "")
            + sum(len(f.name) + len(f.value) for f in self.fields)
        )


@dataclass(frozen=True)
class FileView:
    """A file attached to a message (a picture): its name, its bytes and its description (the alt text)."""

    name: str
    data: bytes
    description: str = ""


@dataclass(frozen=True)
class MessageView:
    content: str = ""
    embeds: tuple[EmbedView, ...] = ()
    mention_role_id: int | None = None  # the only mention the bot may make
    files: tuple[FileView, ...] = ()


def embed_url(url: str | None) -> str | None:
    """The url when Discord takes it as an embed's link (a well-formed http(s) URL), else None: Discord rejects the
    whole message for a malformed one ("Not a well formed URL")."""
    if not url or any(c.isspace() or ord(c) < 32 for c in url):
        return None
    try:
        parts = urlsplit(url)
        _ = parts.port  # a malformed port raises
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def fit_embed(e: EmbedView) -> EmbedView:
    """Apply every per-field limit, then drop trailing fields until the embed fits the total."""
    fields = tuple(
        FieldView(trim(f.name, FIELD_NAME_MAX) or "\u200b", trim(f.value, FIELD_VALUE_MAX) or "\u200b", f.inline)
        for f in e.fields[:FIELDS_MAX]
    )
    fitted = EmbedView(
        trim(e.title, TITLE_MAX),
        trim(e.description, DESCRIPTION_MAX),
        embed_url(e.url),
        e.colour,
        fields,
        trim(e.footer, FOOTER_MAX) if e.footer else None,
        e.timestamp,
        e.image,
    )
    while fitted.size() > EMBED_TOTAL_MAX and fitted.fields:
        fitted = EmbedView(
            fitted.title,
            fitted.description,
            fitted.url,
            fitted.colour,
            fitted.fields[:-1],
            fitted.footer,
            fitted.timestamp,
            fitted.image,
        )
    if fitted.size() > EMBED_TOTAL_MAX:
        room = EMBED_TOTAL_MAX - (fitted.size() - len(fitted.description))
        fitted = EmbedView(
            fitted.title,
            trim(fitted.description, max(room, 1)),
            fitted.url,
            fitted.colour,
            (),
            fitted.footer,
            fitted.timestamp,
            fitted.image,
        )
    return fitted


def fit_message(m: MessageView) -> MessageView:
    embeds: list[EmbedView] = []
    total = 0
    for e in m.embeds[:EMBEDS_MAX]:
        e = fit_embed(e)
        if total + e.size() > EMBED_TOTAL_MAX:
            break
        embeds.append(e)
        total += e.size()
    return MessageView(trim(m.content, CONTENT_MAX), tuple(embeds), m.mention_role_id, m.files)
