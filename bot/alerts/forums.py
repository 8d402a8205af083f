"""News forums: which forum tag stands for which event. Pure decisions over what Discord says a forum has."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.models import FOLLOW_EVENTS
from bot.render.views import EVENT_STYLE
from bot.store import Store

TAGS_MAX = 20  # Discord: a forum has at most 20 tags
TAG_NAME_MAX = 20  # and a tag's name is at most 20 characters
APPLIED_TAGS_MAX = 5  # a post carries at most 5 of them
# renewed → "Renewed"; premiere reminders (airing) → "Premiering", last: the first to go when a forum has no room
TAG_NAMES: dict[str, str] = {event: EVENT_STYLE[event][0] for event in FOLLOW_EVENTS}


@dataclass(frozen=True)
class TagPlan:
    create: tuple[str, ...]  # tag names to add to the forum (only with Manage Channels)
    missing: tuple[str, ...]  # events that will have no tag, even after creating
    can_manage: bool


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def map_tags(existing: list[tuple[int, str]]) -> dict[str, int]:
    """event → the id of the forum's tag with the event's name (case-insensitive); the first such tag wins."""
    by_name: dict[str, int] = {}
    for tag_id, name in existing:
        by_name.setdefault(_key(name), tag_id)
    return {event: by_name[_key(name)] for event, name in TAG_NAMES.items() if _key(name) in by_name}


def plan_tags(existing: list[tuple[int, str]], *, can_manage: bool) -> TagPlan:
    """Which event tags to create: the missing ones, in event order, as many as fit under 20 (a moderator's tags are
    kept, never replaced). Without Manage Channels nothing is created and existing tags with the same names are used."""
    mapped = map_tags(existing)
    absent = [event for event in FOLLOW_EVENTS if event not in mapped]
    room = max(TAGS_MAX - len(existing), 0) if can_manage else 0
    create = tuple(TAG_NAMES[e] for e in absent[:room])
    missing = tuple(absent[room:])
    return TagPlan(create, missing, can_manage)


def tags_note(mapped: dict[str, int], *, can_manage: bool, full: bool) -> str | None:
    """Why some events have no tag in a forum (None when every event has one): shown in /greenlight status."""
    missing = [TAG_NAMES[e] for e in FOLLOW_EVENTS if e not in mapped]
    if not missing:
        return None
    names = ", ".join(missing)
    if not can_manage:
        return (
            f"no tag for {names}: Greenlight lacks Manage Channels there, and the forum has no tags with these names. "
            "Posts go out without those tags; add the tags (or give Greenlight Manage Channels) and run /follow again."
        )
    if full:
        return (
            f"no tag for {names}: the forum already has {TAGS_MAX} tags (Discord's limit). Posts go out without those "
            "tags; remove or rename a tag and run /follow again."
        )
    return f"no tag for {names}: Discord refused to add them. Posts go out without those tags."


def record_forum_tags(
    store: Store,
    *,
    guild_id: int,
    channel_id: int,
    existing: list[tuple[int, str]],
    can_manage: bool,
    now: datetime,
) -> tuple[dict[str, int], str | None]:
    """After any tags were created: map the forum's tags to events and keep the note on what is missing."""
    mapped = map_tags(existing)
    note = tags_note(mapped, can_manage=can_manage, full=len(existing) >= TAGS_MAX)
    store.save_forum_tags(channel_id, guild_id, mapped, note, now)
    return mapped, note
