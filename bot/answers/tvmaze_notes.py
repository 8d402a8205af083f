"""What TVmaze says beside an answer: the show's status, a season's premiere date, a disagreement with the
news; always said as TVmaze's and credited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot.answers.model import Answer, TvmazeNote
from bot.answers.wording import (
    short_date,
)
from bot.models import Story
from bot.timeutil import utcnow
from bot.tvmaze.models import TvShow


def long_day(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _season_year(season_end: date | None, premiere: date | None) -> str:
    when = premiere or season_end
    return f" ({when.year})" if when else ""


def tvmaze_status(tv: TvShow, today: date) -> str:
    """'TVmaze lists the show as Ended; last season 3 (2019).' — or its next season's premiere, or next episode."""
    said = f"TVmaze lists the show as {tv.status or 'of unknown status'}"
    upcoming = [s for s in tv.seasons if s.premiere_date and s.premiere_date >= today]
    if upcoming and tv.status != "Ended":
        nxt = min(upcoming, key=lambda s: s.number)
        assert nxt.premiere_date is not None  # filtered above
        return f"{said}; season {nxt.number} premieres {long_day(nxt.premiere_date)}."
    ep = tv.next_episode
    if ep is not None and ep.airdate is not None and ep.airdate >= today and tv.status != "Ended":
        which = f" (season {ep.season}, episode {ep.number})" if ep.season and ep.number else ""
        return f"{said}; the next episode{which} airs {long_day(ep.airdate)}."
    aired = [s for s in tv.seasons if s.premiere_date is None or s.premiere_date < today]
    last = max(aired, key=lambda s: s.number) if aired else None
    if last is not None:
        return f"{said}; last season {last.number}{_season_year(last.end_date, last.premiere_date)}."
    return said + "."


def _disagreement(status: Story | None, tv: TvShow) -> str | None:
    """News and TVmaze at odds (a renewal of a show TVmaze lists as Ended): both, with their dates."""
    if status is None or tv.status is None:
        return None
    news = {
        "renewed": "a renewal",
        "ordered": "a new season",
        "ending": "a final season",
        "cancelled": "a cancellation",
    }
    odd = (status.event in ("renewed", "ordered", "ending") and tv.status == "Ended") or (
        status.event == "cancelled" and tv.status in ("Running", "In Development")
    )
    if not odd:
        return None
    who = status.sources[0].outlet if status.sources else "the news"
    checked = f" (checked {short_date(tv.fetched_at)})" if tv.fetched_at else ""
    return (
        f"News and TVmaze disagree: {who} reported {news[status.event]} on {short_date(status.first_seen)}; "
        f"TVmaze lists the show as {tv.status}{checked}."
    )


def _tv_premiere(tv: TvShow, season: int | None, today: date) -> str | None:
    """'Season 2 premieres Thursday 5 February 2027 on Netflix — TVmaze.' when TVmaze has the date."""
    if season is not None:
        chosen = tv.season(season)
    else:  # no season asked: the next one with a date
        upcoming = [s for s in tv.seasons if s.premiere_date and s.premiere_date >= today]
        chosen = min(upcoming, key=lambda s: s.number) if upcoming else None
    if chosen is None or chosen.premiere_date is None:
        return None
    verb = "premieres" if chosen.premiere_date >= today else "premiered"
    where = chosen.network or tv.channel
    on = f" on {where}" if where else ""
    return f"Season {chosen.number} {verb} {long_day(chosen.premiere_date)}{on} — TVmaze."


def with_tvmaze(answer: Answer, tv: TvShow, twins: bool = False, today: date | None = None) -> Answer:
    """The answer with what TVmaze says: a season's premiere date answers "when" (else the articles do), the
    status is added, a disagreement with the news is shown with both dates. Always credited and linked."""
    today = today or utcnow().date()
    lines = [x for x in (_disagreement(answer.status, tv), tvmaze_status(tv, today)) if x]
    headline = answer.headline
    if answer.intent == "when":
        premiere = _tv_premiere(tv, answer.season, today)
        if premiere is not None:  # the headline gives TVmaze's date: the status line does not say it again
            headline = premiere
            lines[-1] = f"TVmaze lists the show as {tv.status or 'of unknown status'}."
    show = answer.show
    if twins and show:  # two shows of one name: told apart by network and premiere year
        tags = ", ".join(str(x) for x in (tv.channel, tv.premiere_year) if x)
        show = f"{show} ({tags})" if tags else show
    note = TvmazeNote(tv.name, tv.url, tv.status, tuple(lines), tv.fetched_at)
    return replace(answer, headline=headline, show=show, tvmaze=note)
