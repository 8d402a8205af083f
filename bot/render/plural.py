"""Counts in words: "1 item", "2 items"."""

from __future__ import annotations


def count(n: int, noun: str, plural: str | None = None) -> str:
    """`n` and the noun, singular for exactly one: count(1, "item") → "1 item", count(3, "story", "stories")."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
