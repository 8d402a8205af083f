"""TVmaze's JSON → bot.tvmaze.models. Anything of the wrong shape raises ShapeError (the client makes it None).

TVmaze is community-edited: every text is cleaned like feed text (bot.cleaning), and every number must fit in
SQLite's 64-bit integers (an id of 2**70 would fail when it is stored, not here)."""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.cleaning import clean_line
from bot.tvmaze.models import TvEpisode, TvSeason, TvShow

STATUSES = ("Running", "Ended", "To Be Determined", "In Development")  # what TVmaze documents


class ShapeError(ValueError):
    """The JSON is not what TVmaze documents."""


def _dict(value: Any, what: str) -> dict:
    if not isinstance(value, dict):
        raise ShapeError(f"{what} is not an object")
    return value


def _list(value: Any, what: str) -> list:
    if not isinstance(value, list):
        raise ShapeError(f"{what} is not a list")
    return value


INT_MAX = 2**63 - 1  # SQLite's largest integer


def _int(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and -INT_MAX <= value <= INT_MAX:
        return value
    return None


def _text(value: Any, limit: int = 300) -> str | None:
    if not isinstance(value, str):
        return None
    # Cut before cleaning so a megabyte of name costs no more than its first few hundred characters.
    return clean_line(value[: limit * 4], limit) or None


def _date(value: Any) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _url(value: Any) -> str | None:
    text = _text(value, 500)
    if not text or not text.startswith(("https://", "http://")) or any(c in text for c in " ()<>[]\"'`"):
        return None  # shown as a link: nothing that could break out of it
    return text


def _channel(value: Any) -> tuple[str | None, str | None]:
    """(name, country name) of a network or web channel object (or null)."""
    if not isinstance(value, dict):
        return None, None
    country = value.get("country")
    return _text(value.get("name"), 100), _text(country.get("name"), 100) if isinstance(country, dict) else None


def parse_season(data: Any) -> TvSeason:
    d = _dict(data, "a season")
    number = _int(d.get("number"))
    if number is None:
        raise ShapeError("a season has no number")
    network, _ = _channel(d.get("network"))
    web, _ = _channel(d.get("webChannel"))
    return TvSeason(
        number, _date(d.get("premiereDate")), _date(d.get("endDate")), _int(d.get("episodeOrder")), network or web
    )


def parse_episode(data: Any) -> TvEpisode:
    d = _dict(data, "an episode")
    return TvEpisode(_int(d.get("season")), _int(d.get("number")), _date(d.get("airdate")))


def parse_show(data: Any) -> TvShow:
    d = _dict(data, "a show")
    tvmaze_id = _int(d.get("id"))
    name = _text(d.get("name"))
    url = _url(d.get("url"))
    if tvmaze_id is None or tvmaze_id <= 0 or name is None or url is None:
        raise ShapeError("a show needs an id, a name and a url")
    network, net_country = _channel(d.get("network"))
    web, web_country = _channel(d.get("webChannel"))
    status = _text(d.get("status"), 40)
    raw_embedded = d.get("_embedded")
    embedded: dict = raw_embedded if isinstance(raw_embedded, dict) else {}
    seasons: tuple[TvSeason, ...] = ()
    if "seasons" in embedded:
        parsed = [parse_season(s) for s in _list(embedded["seasons"], "seasons")]
        seasons = tuple(sorted(parsed, key=lambda s: s.number))
    nxt = embedded.get("nextepisode")
    return TvShow(
        tvmaze_id=tvmaze_id,
        name=name,
        url=url,
        network=network,
        web_channel=web,
        country=net_country or web_country,
        status=status,
        premiered=_date(d.get("premiered")),
        ended=_date(d.get("ended")),
        official_site=_url(d.get("officialSite")),
        seasons=seasons,
        next_episode=parse_episode(nxt) if nxt is not None else None,
        updated=_int(d.get("updated")),
    )


def parse_search(data: Any) -> list[TvShow]:
    return [parse_show(_dict(r, "a search result").get("show")) for r in _list(data, "search results")]


def parse_akas(data: Any) -> list[str]:
    names = (_text(_dict(a, "an aka").get("name")) for a in _list(data, "akas"))
    return [n for n in names if n]


def parse_updates(data: Any) -> dict[int, int]:
    out: dict[int, int] = {}
    for key, stamp in _dict(data, "the updates index").items():
        if not (isinstance(key, str) and key.isascii() and key.isdigit() and len(key) < 19) or _int(stamp) is None:
            raise ShapeError("the updates index maps show ids to times")
        out[int(key)] = stamp
    return out
