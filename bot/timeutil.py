"""UTC time helpers. Times are stored as fixed-width ISO-8601 text so they sort as text."""

from __future__ import annotations

from datetime import datetime, timezone

UTC = timezone.utc


def utcnow() -> datetime:
    return datetime.now(UTC)


def to_db(dt: datetime | None) -> str | None:
    if dt is None:
        return None
    if dt.tzinfo is None:
        raise ValueError("naive datetime: pass an aware UTC datetime")
    return dt.astimezone(UTC).isoformat(timespec="microseconds")


def from_db(text: str | None) -> datetime | None:
    if not text:
        return None
    dt = datetime.fromisoformat(text)
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def ago(dt: datetime | None, now: datetime) -> str:
    """'3m ago' style, for tables."""
    if dt is None:
        return "never"
    seconds = int((now - dt).total_seconds())
    if seconds < 0:
        return "in " + ago(now, dt).removesuffix(" ago")
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit} ago"
    return f"{seconds}s ago"
