"""One story per real-world event: articles with the same show, event and season, close in time."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

# "renewed for a final season" and "to end with season 5" report the same decision
_EVENT_GROUP = {"renewed": "continue", "ending": "continue"}


@dataclass(frozen=True)
class StoryCandidate:
    id: int
    show_id: int
    season: int | None
    event: str
    first_seen: datetime


def same_event(a: str, b: str) -> bool:
    return a == b or (_EVENT_GROUP.get(a) is not None and _EVENT_GROUP.get(a) == _EVENT_GROUP.get(b))


def find_story(
    show_id: int,
    season: int | None,
    event: str,
    when: datetime,
    candidates: Iterable[StoryCandidate],
    window: timedelta = timedelta(days=7),
) -> int | None:
    """The closest open story this article belongs to. A missing season on either side still matches."""
    best: tuple[float, int] | None = None
    for c in candidates:
        if c.show_id != show_id or not same_event(c.event, event):
            continue
        if season is not None and c.season is not None and season != c.season:
            continue
        gap = abs((when - c.first_seen).total_seconds())
        if gap > window.total_seconds():
            continue
        if best is None or gap < best[0]:
            best = (gap, c.id)
    return best[1] if best else None
