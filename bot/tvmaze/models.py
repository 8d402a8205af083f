"""What Greenlight keeps from TVmaze: plain frozen dataclasses, no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

ATTRIBUTION = "TVmaze (CC BY-SA)"


@dataclass(frozen=True)
class TvSeason:
    number: int
    premiere_date: date | None = None
    end_date: date | None = None
    episode_count: int | None = None
    network: str | None = None  # the network or web channel it premiered on


@dataclass(frozen=True)
class TvEpisode:
    season: int | None
    number: int | None
    airdate: date | None


@dataclass(frozen=True)
class TvShow:
    tvmaze_id: int
    name: str
    url: str  # the show's page on tvmaze.com
    network: str | None = None
    web_channel: str | None = None
    country: str | None = None
    status: str | None = None  # Running, Ended, To Be Determined, In Development
    premiered: date | None = None
    ended: date | None = None
    official_site: str | None = None
    seasons: tuple[TvSeason, ...] = ()
    next_episode: TvEpisode | None = None
    aliases: tuple[str, ...] = ()
    updated: int | None = None  # TVmaze's own change stamp (seconds since the epoch)
    fetched_at: datetime | None = None  # when Greenlight fetched it (set by the store)

    @property
    def channel(self) -> str | None:
        """Where it airs: the network, else the web channel (streaming service)."""
        return self.network or self.web_channel

    @property
    def premiere_year(self) -> int | None:
        return self.premiered.year if self.premiered else None

    def season(self, number: int) -> TvSeason | None:
        return next((s for s in self.seasons if s.number == number), None)

    @property
    def last_season(self) -> TvSeason | None:
        return max(self.seasons, key=lambda s: s.number) if self.seasons else None
