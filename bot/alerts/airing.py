"""Premiere reminders (the opt-in `airing` event): which to make from TVmaze's cached dates. Pure: no I/O.

A channel whose follow names `airing` gets one alert the day before a season's first episode airs and one on the
day it airs. Each reminder is a story (event `airing`, the season, a headline naming the phase and the date), made
once: the planner leaves out every (show, season, headline) already made, so repeated checks and restarts never
repeat one. A premiere date TVmaze moves gets reminders for its new date.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from bot.tvmaze.models import TvShow

TOMORROW, TODAY = "tomorrow", "today"
ENDED = "Ended"


@dataclass(frozen=True)
class Reminder:
    show_id: int
    season: int
    airdate: date
    phase: str  # tomorrow | today
    network: str | None
    headline: str  # stable for a season, phase and date: the reminder's identity
    summary: str
    link: str | None  # the show's TVmaze page


def long_date(day: date) -> str:
    """'Friday, March 14, 2027'."""
    return f"{day:%A}, {day:%B} {day.day}, {day.year}"


def reminder_headline(season: int, phase: str, airdate: date) -> str:
    """'Season 3 premieres tomorrow, Friday, March 14, 2027'."""
    return f"Season {season} premieres {phase}, {long_date(airdate)}"


def season_premieres(tv: TvShow) -> dict[int, date]:
    """Season → the day its first episode airs: the season's premiere date, or the next episode's airdate when
    that episode is the first of its season (the fresher of the two when both are known)."""
    days = {s.number: s.premiere_date for s in tv.seasons if s.premiere_date is not None}
    nxt = tv.next_episode
    if nxt is not None and nxt.number == 1 and nxt.season is not None and nxt.airdate is not None:
        days[nxt.season] = nxt.airdate
    return days


def plan_reminders(
    shows: Iterable[tuple[int, str, TvShow]],
    today: date,
    made: Collection[tuple[int, int | None, str]],
) -> list[Reminder]:
    """The reminders to make today: for each (show id, title, TVmaze show), every season premiering tomorrow or today
    whose reminder for that phase and date is not among `made` ((show id, season, headline) of reminders already
    made). Nothing for an ended show or a season without a date."""
    out: list[Reminder] = []
    for show_id, title, tv in shows:
        if (tv.status or "").casefold() == ENDED.casefold():
            continue
        networks = {s.number: s.network for s in tv.seasons}
        for season, airdate in sorted(season_premieres(tv).items()):
            if airdate == today + timedelta(days=1):
                phase = TOMORROW
            elif airdate == today:
                phase = TODAY
            else:
                continue
            headline = reminder_headline(season, phase, airdate)
            if (show_id, season, headline) in made:
                continue
            network = networks.get(season) or tv.channel
            where = f", on {network}" if network else ""
            summary = f"Season {season} of {title} premieres {phase}, {long_date(airdate)}{where} — TVmaze."
            out.append(Reminder(show_id, season, airdate, phase, network, headline, summary, tv.url or None))
    return out
