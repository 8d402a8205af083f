"""Which cached TVmaze show a name means: exact name or other name, then the premiere year and the network.
Reads the store only (no network), so the recorder and the answers can use it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.store import Store
from bot.tvmaze.models import TvShow
from bot.understand import show_key

_YEAR = re.compile(r"\s*\((\d{4})\)\s*$")


def split_year(name: str) -> tuple[str, int | None]:
    """'Doctor Who (2005)' → ('Doctor Who', 2005): a year in brackets tells two shows of one name apart."""
    m = _YEAR.search(name)
    return (name[: m.start()], int(m.group(1))) if m else (name, None)


def _channel_key(name: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", "", (name or "").casefold().replace("+", "plus"))


def same_channel(a: str | None, b: str | None) -> bool:
    """'Apple TV+' and 'Apple TV Plus', 'HBO' and 'HBO Max' are the same place for telling shows apart."""
    ka, kb = _channel_key(a), _channel_key(b)
    return bool(ka and kb) and (ka == kb or ka.startswith(kb) or kb.startswith(ka))


def choose(
    candidates: Iterable[TvShow], network: str | None, year: int | None = None, *, network_must_match: bool = False
) -> TvShow | None:
    """The one show among same-named candidates: the premiere year, then the network decides. Several left and
    nothing to decide between them: None (no TVmaze data is better than another show's). One candidate is taken
    whatever its network (shows move), unless `network_must_match` (the cache may hold only one of two twins)."""
    left = list(candidates)
    if year is not None:
        left = [c for c in left if c.premiere_year == year] or left
    if len(left) == 1 and not (network_must_match and network):
        return left[0]
    if network:
        left = [c for c in left if same_channel(c.network, network) or same_channel(c.web_channel, network)]
    return left[0] if len(left) == 1 else None


def match_cached(store: Store, name: str, network: str | None) -> TvShow | None:
    """The cached TVmaze show this name means (its name or another of its names, exactly), or None."""
    base, year = split_year(name)
    key = show_key(base)
    if not key:
        return None
    return choose(store.tvmaze_shows_named(key), network, year, network_must_match=True)
