"""What a picture shows, as plain data built from the store, and its alt text. No plotting library here."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from bot.errors import GreenlightError
from bot.models import Story
from bot.render.safety import trim
from bot.store import Store
from bot.understand.matching import show_key

STATUSES = ("renewed", "cancelled", "ending", "ordered")  # a scorecard's columns, in this order
STATUS_LABELS = {"renewed": "Renewed", "cancelled": "Cancelled", "ending": "Ending", "ordered": "Ordered"}
EVENT_LABELS = {**STATUS_LABELS, "premiere": "Premiere date"}
NO_NETWORK = "Network unknown"
ALT_MAX = 1024  # Discord's limit on an attachment's description
NETWORKS_SHOWN = 12  # rows of an all-network scorecard; the rest are added up as "Other networks"


class NothingToDraw(GreenlightError):
    """There is no data for the picture asked for; the message says what there is instead."""


@dataclass(frozen=True)
class Decision:
    show: str
    network: str
    status: str  # one of STATUSES


@dataclass(frozen=True)
class ScorecardData:
    title: str
    decisions: tuple[Decision, ...]
    network: str | None = None  # one network asked for: its show names are drawn

    def rows(self) -> list[tuple[str, Counter[str]]]:
        """(network, counts per status), the busiest networks first; beyond NETWORKS_SHOWN added up as one row."""
        per: dict[str, Counter[str]] = {}
        for d in self.decisions:
            per.setdefault(d.network, Counter())[d.status] += 1
        ranked = sorted(per.items(), key=lambda kv: (-sum(kv[1].values()), kv[0].casefold()))
        if len(ranked) > NETWORKS_SHOWN:
            rest: Counter[str] = Counter()
            for _, counts in ranked[NETWORKS_SHOWN - 1 :]:
                rest.update(counts)
            ranked = [*ranked[: NETWORKS_SHOWN - 1], (f"Other networks ({len(ranked) - NETWORKS_SHOWN + 1})", rest)]
        return ranked

    @property
    def single(self) -> bool:
        return self.network is not None or len({d.network for d in self.decisions}) == 1

    def shows_by_status(self) -> list[tuple[str, list[str]]]:
        return [
            (s, sorted((d.show for d in self.decisions if d.status == s), key=str.casefold))
            for s in STATUSES
            if any(d.status == s for d in self.decisions)
        ]


@dataclass(frozen=True)
class TimelineSeason:
    number: int
    start: date | None
    end: date | None


@dataclass(frozen=True)
class TimelineEvent:
    day: date
    event: str
    label: str  # "Renewed S2"


@dataclass(frozen=True)
class TimelineData:
    show: str
    network: str | None
    seasons: tuple[TimelineSeason, ...]
    events: tuple[TimelineEvent, ...]
    today: date

    @property
    def title(self) -> str:
        return f"{self.show}: seasons and news"


@dataclass(frozen=True)
class Picture:
    """A picture to draw (in a worker: plain, picklable data) with its file name and alt text."""

    kind: str  # scorecard | timeline
    data: ScorecardData | TimelineData
    filename: str
    alt: str


# ------------------------------------------------------------ scorecards


def latest_decisions(stories: Iterable[Story]) -> tuple[Decision, ...]:
    """One decision per show: its latest (a show renewed in March and cancelled in May counts as cancelled)."""
    latest: dict[int, Story] = {}
    for st in sorted(stories, key=lambda s: (s.first_seen, s.id)):
        if st.event in STATUSES:
            latest[st.show_id] = st
    return tuple(Decision(s.show, s.network or NO_NETWORK, s.event) for s in latest.values())


def _same_network(a: str, b: str) -> bool:
    return show_key(a) == show_key(b)


def scorecard(store: Store, *, network: str | None, year: int) -> Picture:
    """The year's scorecard (renewed, cancelled, ending, ordered per network), or NothingToDraw saying why not."""
    start, end = datetime(year, 1, 1, tzinfo=UTC), datetime(year + 1, 1, 1, tzinfo=UTC)
    decisions = latest_decisions(store.stories_between(start, end, events=STATUSES))
    if not decisions:
        raise NothingToDraw(f"Greenlight has recorded no renewals, cancellations or orders in {year} yet.")
    shown = network
    if network is not None:
        picked = tuple(d for d in decisions if _same_network(d.network, network))
        if not picked:
            known = ", ".join(sorted({d.network for d in decisions}, key=str.casefold)[:15])
            raise NothingToDraw(f"No decisions by “{trim(network, 60)}” in {year}. Networks with some: {known}.")
        decisions, shown = picked, picked[0].network
    title = f"{shown}: renewals and cancellations in {year}" if shown else f"Renewals and cancellations in {year}"
    data = ScorecardData(title, decisions, shown)
    return Picture("scorecard", data, "scorecard.png", scorecard_alt(data))


def scorecard_alt(data: ScorecardData) -> str:
    """What the scorecard shows, in words, for readers who cannot see it."""
    if data.single:
        parts = [f"{STATUS_LABELS[s]} ({len(shows)}): {', '.join(shows)}." for s, shows in data.shows_by_status()]
        text = f"Bar chart, {data.title}. " + " ".join(parts)
    else:
        rows = [
            f"{network}: " + ", ".join(f"{counts[s]} {STATUS_LABELS[s].lower()}" for s in STATUSES if counts[s]) + "."
            for network, counts in data.rows()
        ]
        text = f"Bar charts, {data.title}, shows per network: " + " ".join(rows)
    return trim(text, ALT_MAX)


# ------------------------------------------------------------ timelines


def find_show(store: Store, name: str) -> tuple[int, str]:
    """(id, title) of the show with this title or alias, compared the way show names are keyed."""
    key = show_key(name)
    for show in store.list_shows():
        if key and key in {show_key(show.title), *(show_key(a) for a in show.aliases)}:
            return show.id, show.title
    raise NothingToDraw(
        f"Greenlight knows no show called “{trim(name, 80)}”. Use the title as its news gives it (try /latest)."
    )


def _phrase(event: str, season: int | None) -> str:
    label = EVENT_LABELS.get(event, event.title())
    return f"{label} S{season}" if season is not None else label


def timeline(store: Store, name: str, *, today: date) -> Picture:
    show_id, title = find_show(store, name)
    tv = store.tvmaze_for_show(show_id)
    seasons = tuple(TimelineSeason(s.number, s.premiere_date, s.end_date) for s in (tv.seasons if tv else ()))
    stories = store.stories(show_id=show_id, limit=200, exclude_events=("airing",))
    events = tuple(
        sorted(
            (TimelineEvent(s.first_seen.date(), s.event, _phrase(s.event, s.season)) for s in stories),
            key=lambda e: (e.day, e.label),
        )
    )
    if not any(s.start for s in seasons) and not events:
        raise NothingToDraw(f"Greenlight has no dates for {title} yet: no seasons from TVmaze and no news stories.")
    data = TimelineData(title, tv.channel if tv else None, seasons, events, today)
    return Picture("timeline", data, "timeline.png", timeline_alt(data))


def _span(s: TimelineSeason, today: date) -> str:
    if s.start is None:
        return f"season {s.number}: no date yet"
    end = f" to {s.end:%d %b %Y}" if s.end else (" (airing)" if s.start <= today else " (upcoming)")
    return f"season {s.number}: {s.start:%d %b %Y}{end}"


def timeline_alt(data: TimelineData) -> str:
    seasons = "; ".join(_span(s, data.today) for s in data.seasons) or "no season dates from TVmaze"
    news = "; ".join(f"{e.label} on {e.day:%d %b %Y}" for e in data.events) or "no news stories"
    return trim(f"Timeline of {data.show}. Seasons — {seasons}. Greenlight's news — {news}.", ALT_MAX)
