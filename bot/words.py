"""Small wording helpers shared by every layer (imports nothing of Greenlight): counts in words."""

from __future__ import annotations


def count(n: int, noun: str, plural: str | None = None) -> str:
    """`n` and the noun, singular for exactly one: count(1, "item") → "1 item", count(3, "story", "stories")."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
