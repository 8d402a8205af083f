"""The demo's pictures: its season scorecard and the timeline of its show with the most news, written beside the
kept database (the README shows the ones the demo made)."""

from __future__ import annotations

from pathlib import Path

from bot.pictures.data import STATUSES, Picture, scorecard, timeline
from bot.store import Store
from bot.timeutil import utcnow


def demo_pictures(store: Store) -> list[Picture]:
    stories = [s for s in store.stories(limit=1000) if s.announce]
    decisions = [s for s in stories if s.event in STATUSES]
    pictures = []
    if decisions:
        pictures.append(scorecard(store, network=None, year=max(s.first_seen for s in decisions).year))
    richness: dict[str, int] = {}  # a show's stories and TVmaze seasons: the one with the most makes the timeline
    for s in stories:
        tv = store.tvmaze_for_show(s.show_id)
        if tv is not None:
            richness[s.show] = richness.get(s.show, sum(1 for n in tv.seasons if n.premiere_date)) + 1
    if richness:
        busiest = min(richness, key=lambda title: (-richness[title], title))
        pictures.append(timeline(store, busiest, today=utcnow().date()))
    return pictures


def write_demo_pictures(store: Store, database: Path) -> list[Path]:
    """<database name>-scorecard.png and -timeline.png beside the database; the paths written."""
    from bot.pictures.draw import render  # matplotlib: only when the pictures are drawn

    written = []
    for picture in demo_pictures(store):
        path = database.with_name(f"{database.stem}-{picture.kind}.png")
        path.write_bytes(render(picture))
        written.append(path)
    return written
