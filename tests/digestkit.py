"""A known newsroom for digest and picture tests: shows, stories with their outlets' articles, TVmaze seasons."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from bot.models import Entry
from bot.store import Store
from bot.tvmaze.models import TvSeason, TvShow
from bot.understand.matching import show_key

# The week a Monday 17:00 UTC digest covers: Mon 23 Nov 2026 17:00 → Mon 30 Nov 2026 17:00 (UTC).
WEEK_START = datetime(2026, 11, 23, 17, tzinfo=UTC)
WEEK_END = datetime(2026, 11, 30, 17, tzinfo=UTC)


class Newsroom:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.sources: dict[str, int] = {}
        self.shows: dict[str, int] = {}

    def show(self, title: str, network: str | None = None) -> int:
        if title not in self.shows:
            self.shows[title] = self.store.add_show(title, show_key(title), network, WEEK_START).id
        return self.shows[title]

    def _source(self, outlet: str) -> int:
        if outlet not in self.sources:
            slug = re.sub(r"[^a-z0-9]+", "-", outlet.lower()).strip("-")
            src = self.store.add_source(f"https://{slug}.example/feed", title=outlet, added_by=None, now=WEEK_START)
            self.sources[outlet] = src.id
        return self.sources[outlet]

    def article(self, outlet: str, link: str, headline: str, when: datetime, *, announce: bool = True) -> int:
        stored = self.store.store_entries(
            self._source(outlet), [Entry(link, headline, link, when, headline, "")], now=when, baseline=not announce
        )
        return stored.inserted[0].id

    def story(
        self,
        show: str,
        event: str,
        *,
        season: int | None,
        network: str | None,
        outlet: str,
        link: str,
        when: datetime,
        announce: bool = True,
    ) -> int:
        headline = f"{show}: {event}"
        article = self.article(outlet, link, headline, when, announce=announce)
        sid = self.store.create_story(
            show_id=self.show(show, network),
            season=season,
            event=event,
            network=network,
            headline=headline,
            summary=headline,
            first_seen=when,
            announce=announce,
        )
        self.store.attach_article(sid, article, when, season=season, network=network)
        return sid

    def also(self, story_id: int, outlet: str, link: str, when: datetime) -> None:
        """Another outlet's article joins the story."""
        article = self.article(outlet, link, f"more on story {story_id}", when)
        self.store.attach_article(story_id, article, when, season=None, network=None)

    def tvmaze(self, show: str, tvmaze_id: int, network: str, seasons: list[tuple[int, date | None, date | None]]):
        slug = re.sub(r"[^a-z0-9]+", "-", show.lower()).strip("-")
        tv = TvShow(
            tvmaze_id=tvmaze_id,
            name=show,
            url=f"https://www.tvmaze.com/shows/{tvmaze_id}/{slug}",
            network=network,
            seasons=tuple(TvSeason(n, start, end) for n, start, end in seasons),
        )
        self.store.save_tvmaze_show(tv, show_key(show), {}, WEEK_START)
        self.store.link_tvmaze(self.show(show, network), tvmaze_id, WEEK_START)


def at(day: int, hour: int = 12, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


def known_week(store: Store) -> Newsroom:
    """The week every digest test reads: five kinds of news in the window, and news that must stay out."""
    n = Newsroom(store)
    sev = n.story(
        "Severance",
        "renewed",
        season=3,
        network="Apple TV+",
        outlet="Deadline",
        link="https://deadline.example/severance-s3",
        when=at(24),
    )
    n.also(sev, "Variety", "https://variety.example/severance-renewed", at(25))  # later: not the first source
    n.story(
        "Dollface",
        "cancelled",
        season=3,
        network="Hulu",
        outlet="TVLine",
        link="https://tvline.example/dollface",
        when=at(25),
    )
    n.story(
        "Ghosts",
        "ending",
        season=5,
        network="CBS",
        outlet="Variety",
        link="https://variety.example/ghosts-final",
        when=at(26),
    )
    n.story(
        "The Pitt",
        "ordered",
        season=None,
        network="Max",
        outlet="Deadline",
        link="https://deadline.example/the-pitt",
        when=at(27),
    )
    n.story(
        "Slow Horses",
        "premiere",
        season=5,
        network="Apple TV+",
        outlet="Deadline",
        link="https://deadline.example/slow-horses-date",
        when=at(28),
    )
    n.story(
        "Dark Matter",
        "renewed",
        season=2,
        network="Apple TV+",
        outlet="TVLine",
        link="https://tvline.example/dark-matter",
        when=at(29, 9),
    )
    # Outside the week, background news, and a kind the digest leaves out:
    n.story(
        "Shrinking",
        "renewed",
        season=3,
        network="Apple TV+",
        outlet="Deadline",
        link="https://deadline.example/shrinking",
        when=at(20),
    )
    n.story(
        "Andor",
        "cancelled",
        season=3,
        network="Disney+",
        outlet="Deadline",
        link="https://deadline.example/andor",
        when=at(30, 18),
    )
    n.story(
        "Loot",
        "cancelled",
        season=4,
        network="Apple TV+",
        outlet="TVLine",
        link="https://tvline.example/loot",
        when=at(26),
        announce=False,
    )
    n.story(
        "Ghosts",
        "casting",
        season=5,
        network="CBS",
        outlet="TVLine",
        link="https://tvline.example/ghosts-cast",
        when=at(26),
    )
    # TVmaze: premieres in the 14 days from 30 Nov (30 Nov – 13 Dec), and some outside them.
    n.tvmaze(
        "Severance",
        1,
        "Apple TV+",
        [
            (1, date(2022, 2, 18), date(2022, 4, 8)),
            (2, date(2025, 1, 17), date(2025, 3, 21)),
            (3, date(2026, 12, 5), None),
        ],
    )
    n.tvmaze("Ghosts", 2, "CBS", [(5, date(2026, 12, 13), None)])
    n.tvmaze("Dark Matter", 3, "Apple TV+", [(2, date(2026, 12, 14), None)])  # day 15: too late
    n.tvmaze("Shrinking", 4, "Apple TV+", [(3, date(2026, 12, 1), None)])
    return n
