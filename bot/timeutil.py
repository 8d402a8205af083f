"""UTC time helpers. Times are stored as fixed-width ISO-8601 text so they sort as text."""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["UTC", "ago", "from_db", "from_db_required", "to_db", "utcnow"]


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


def from_db_required(text: str) -> datetime:
    """A NOT NULL time column: empty text is a corrupt row, not a missing value."""
    dt = from_db(text)
    if dt is None:
        raise ValueError("a required time is missing from the database row")
    return dt


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
