"""Matching show names to known shows: exact keys and aliases first, then rapidfuzz for typos."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz import fuzz, process

from bot.understand.numbers import WORD_NUMBERS

# Brand prefixes that outlets add or drop: "Marvel's Jessica Jones" is "Jessica Jones".
_BRANDS = re.compile(r"^(marvel'?s|marvel|dc'?s|tom clancy'?s|stephen king'?s|star wars)\s+(?=\S)")
_BRAND_STARTS = ("marvel", "dc", "tom clancy", "stephen king", "star wars")
FUZZY_CUTOFF = 85.0


_NOT_KEY = re.compile(r"[^a-z0-9+ ]+")
# (a bytes table: the key is built from ASCII text, and bytes.translate is a few times faster than str.translate)
_KEY_BYTES = bytes(c if c >= 128 or not _NOT_KEY.fullmatch(chr(c)) else ord(" ") for c in range(256))


@lru_cache(maxsize=8192)
def show_key(name: str) -> str:
    """casefold, accents and punctuation dropped, '&' → 'and', brand prefixes removed. 'The' is kept:
    'The Bear' and 'Bear' may be different shows."""
    if name.isascii():  # (an ASCII name has no accent to drop: its NFKD form is itself)
        text = name.casefold()
    else:
        text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    text = text.replace("&", " and ")
    text = text.strip()
    if text.startswith(_BRAND_STARTS):  # (the pattern is anchored: most keys cannot match it)
        text = _BRANDS.sub("", text)
    # apostrophes dropped, every other character but a-z, 0-9, "+" and " " a space (as _NOT_KEY, then the spaces
    # joined; the text is ASCII here)
    return " ".join(text.encode("ascii").translate(_KEY_BYTES, b"'").decode("ascii").split())


_ARTICLE = re.compile(r"^(?:the|a|an) (?=\S)")
_CARDINALS = {w: str(n) for w, n in WORD_NUMBERS.items() if n <= 20 and not w.endswith(("st", "nd", "rd", "th"))}
_CARDINAL = re.compile(r"\b(" + "|".join(_CARDINALS) + r")\b")


@lru_cache(maxsize=8192)
def loose_key(name: str) -> str:
    """show_key without a leading "The"/"A"/"An" and with number words as digits: how people type a title in a
    question ("last of us", "13 doors" for The Last of Us, Thirteen Doors). Only for what people type, never for
    news (where "Bear" and "The Bear" may be two shows)."""
    key = _ARTICLE.sub("", show_key(name))
    return _CARDINAL.sub(lambda m: _CARDINALS[m.group(1)], key)


@dataclass(frozen=True)
class KnownTitles:
    """A snapshot of titles the store knows (shows with announced news, their TVmaze names), as keys, for the
    workers: a known title outranks a headline fragment. A single common word ("Time", "Looking") is left out: as
    a known title it would claim every headline that uses the word."""

    keys: frozenset[str]
    titles: tuple[str, ...] = ()  # the titles as written, for the spelling of a misspelt headline's show

    @cached_property
    def by_key(self) -> dict[str, str]:
        """Key → title as written (computed once per process that reads the snapshot)."""
        return {show_key(t): t for t in self.titles}

    @classmethod
    def of(cls, titles: Iterable[str]) -> KnownTitles:
        from bot.understand.evidence import zipf

        keys: set[str] = set()
        kept: list[str] = []
        for title in titles:
            key = show_key(title)
            words = key.split()
            if not words or len(key) < 3 or len(words) == 1 and zipf(words[0]) >= 3.5:
                continue
            if key not in keys:
                kept.append(title)
            keys.add(key)
        return cls(frozenset(keys), tuple(kept))


@dataclass(frozen=True)
class KnownShow:
    id: int
    title: str
    aliases: tuple[str, ...]
    network: str | None


class ShowMatcher:
    def __init__(self, shows: Iterable[KnownShow]) -> None:
        self.shows: list[KnownShow] = []
        self._by_key: dict[str, list[KnownShow]] = {}
        self._keys: list[str] = []
        self._at: dict[int, int] = {}  # show id -> its index in self.shows
        self._names: dict[int, set[str]] = {}  # show id -> the keys whose bucket holds it
        self._by_loose: dict[str, list[KnownShow]] = {}  # loose_key -> shows (what people type; see match)
        for show in shows:
            self.add(show)

    def add(self, show: KnownShow) -> None:
        """Learn a show (or a show's new alias or network) without rebuilding the index. Indexed by id, so adding
        one show costs the same with 10 or 10,000 known (a scan per add made recording new shows quadratic)."""
        at = self._at.get(show.id)
        if at is not None:  # an update: replace the old record everywhere
            self.shows[at] = show
            for key in self._names[show.id]:
                bucket = self._by_key[key]
                bucket[:] = [show if s.id == show.id else s for s in bucket]
        else:
            self._at[show.id] = len(self.shows)
            self._names[show.id] = set()
            self.shows.append(show)
        for name in (show.title, *show.aliases):
            key = show_key(name)
            if key not in self._by_key:
                self._by_key[key] = []
                self._keys.append(key)
            if key not in self._names[show.id]:
                self._names[show.id].add(key)
                self._by_key[key].append(show)
            loose = self._by_loose.setdefault(loose_key(name), [])
            loose[:] = [s for s in loose if s.id != show.id] + [show]

    def _pick(self, candidates: list[KnownShow], network: str | None) -> KnownShow | None:
        if network is None or len(candidates) == 1 and candidates[0].network in (None, network):
            return (
                candidates[0]
                if network is None
                else (candidates[0] if candidates[0].network in (None, network) else None)
            )
        same = [c for c in candidates if c.network == network]
        if same:
            return same[0]
        unknown = [c for c in candidates if c.network is None]
        return unknown[0] if unknown else None  # another network's show of the same name: a different show

    def match(
        self, name: str, network: str | None = None, *, exact_only: bool = False, loose: bool = False
    ) -> KnownShow | None:
        """The known show `name` means: its exact title or alias, else (unless `exact_only`) a close spelling.
        `loose` (names people type: questions, /follow) also lets "The"/"A" be left out and numbers be written
        either way, when exactly one show fits."""
        key = show_key(name)
        if not key:
            return None
        if key in self._by_key:
            return self._pick(self._by_key[key], network)
        if loose:
            fits = self._by_loose.get(loose_key(name), [])
            if len(fits) == 1:
                return self._pick(fits, network)
        if exact_only or not self._keys or len(key) < 4:
            return None
        hit = process.extractOne(key, self._keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        return self._pick(self._by_key[hit[0]], network) if hit else None

    def suggest(self, name: str, limit: int = 5) -> list[tuple[KnownShow, float]]:
        key = show_key(name)
        if not key or not self._keys:
            return []
        out: list[tuple[KnownShow, float]] = []
        for k, score, _ in process.extract(key, self._keys, scorer=fuzz.WRatio, limit=limit * 2):
            for show in self._by_key[k]:
                if all(show.id != s.id for s, _ in out):
                    out.append((show, float(score)))
        return out[:limit]
