"""How answers put news into words: whether a story is confirmed, what happened, when a season comes out."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from bot.models import Story

_OFFICIAL = re.compile(
    r"\b(announced|announces|announcement|confirmed|confirms|officially|official|statement|press release|"
    r"has (renewed|cancell?ed|canceled|ordered)|"
    r"(renews|cancels|orders|picks up))\b",
    re.I,
)

# A sentence that says the news is not (yet) the network's own word
_UNCONFIRMED = re.compile(
    r"\b(not (yet )?(been )?(officially )?(confirmed|announced)|(has|have|had)(n't| not) (yet )?(officially )?"
    r"(confirmed|announced|commented)|unconfirmed|yet to (confirm|announce|comment)|declined to comment|"
    r"would not confirm|did not respond|reportedly|rumou?r(s|ed)?|sources (say|said|tell)|insiders?|"
    r"according to (sources|people|insiders|a source))\b",
    re.I,
)

# The network (or "the streamer") doing the thing itself: its trailer, its date, its order
_NETWORK_ACTS = (
    r"(?:'s)?\s+(?:\w+\s+){0,3}?(?:has\s+|have\s+|officially\s+)?(released|releases|unveiled|unveils|dropped|drops|"
    r"debuted|debuts|shared|shares|revealed|reveals|set|sets|dated|announced|announces|confirmed|confirms|renewed|renews|"
    r"ordered|orders|cancell?ed|canceled|cancels|launched|launches|given|gave|picked up|picks up|premiered|said|says)\b"
)

_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"

_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_WHEN = re.compile(
    rf"\b(?:(?P<day>(?:{_DAYS},?\s+)?{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?)"
    rf"|(?P<month>(?:(?:early|mid|late)-?\s*)?{_MONTHS}(?:\s+\d{{4}})?)"
    r"|(?P<vague>(?:(?:early|late|later|mid)-?\s*)?(?:(?:this|next|later this)\s+)?"
    r"(?:spring|summer|fall|autumn|winter|year)(?:\s+\d{4})?|(?:early|late|mid)-?\s*\d{4}|in \d{4}|soon))\b",
)

_RELEASE = re.compile(
    r"\b(premieres?|premiering|returns?|returning|arrives?|arriving|debuts?|debuting|launch(es)?|launching|"
    r"releases?|releasing|bows?|airs?|airing|drops?|dropping|streams?|streaming|coming|back|slated|due)\b",
    re.I,
)

# Sentences about what already happened ("since its debut last spring") say nothing about the next premiere
_PAST = re.compile(
    r"\b(since|ago|last|previous|premiered|debuted|returned|arrived|launched|aired|dropped|released)\b", re.I
)


def short_date(dt: datetime | None) -> str:
    return f"{dt:%b} {dt.day}, {dt.year}" if dt else "date unknown"


def _season_words(season: int | None) -> str:
    return f"season {season}" if season is not None else "another season"


def sentences_of(text: str) -> list[str]:
    return [p for p in re.split(r"(?<=[.!?])\s+", text or "") if p.strip()]


# The rule is_confirmed applies, in the words the answer footer and the README use (keep the three the same).
CONFIRMATION_RULE = (
    "announced = an article says the network announced or did it, or several outlets report it and none doubts it; "
    "reported = one outlet so far, or doubted"
)


def is_confirmed(story: Story, texts: Iterable[str] = ()) -> bool:
    """Confirmed when the text says the network announced or did it ("Netflix announced…", "Prime Video released
    the trailer", "the streamer confirmed"), or when several outlets carry it and none says it is unconfirmed.

    `texts`: more of what the story's articles say (their facts); the headline, summary and titles are always read.
    """
    said = [story.headline, story.summary, *(s.title for s in story.sources), *texts]
    sentences = [x for t in said for x in sentences_of(t)]
    actors = [r"the (network|streamer|studio|broadcaster|channel|service|platform)"]
    if story.network:
        actors.insert(0, re.escape(story.network))
    acts = re.compile(r"\b(" + "|".join(actors) + r")" + _NETWORK_ACTS, re.I)
    doubted = [x for x in sentences if _UNCONFIRMED.search(x)]
    if any((_OFFICIAL.search(x) or acts.search(x)) and x not in doubted for x in sentences):
        return True
    return len(story.sources) >= 2 and not doubted


def _what(story: Story) -> str:
    who = story.network or "The network"
    s = story.season
    return {
        "renewed": f"{who} renewed {story.show} for {_season_words(s)}",
        "cancelled": f"{who} cancelled {story.show}"
        + (f" after season {s - 1} (no season {s})" if s and s > 1 else f" (no season {s})" if s else ""),
        "ending": f"{story.show} will end with season {s}" if s else f"{story.show}'s next season will be its last",
        "ordered": f"{who} ordered season {s} of {story.show}"
        if s and s > 1
        else f"{who} ordered {story.show} to series; season 1 is coming",
        "premiere": f"{story.show} " + (f"season {s} " if s else "") + "has a premiere date",
        "production": f"Production news for {story.show}" + (f" season {s}" if s else ""),
        "casting": f"Casting news for {story.show}" + (f" season {s}" if s else ""),
        "trailer": f"A trailer or first look for {story.show}" + (f" season {s}" if s else ""),
    }.get(story.event, f"News about {story.show}")


def confirmation_tail(story: Story, texts: Iterable[str] = ()) -> str:
    outlet = story.sources[0].outlet if story.sources else "an outlet"
    if is_confirmed(story, texts):
        return f" — announced {short_date(story.first_seen)}" + (
            f", reported by {len(story.sources)} outlets" if len(story.sources) > 1 else f" (via {outlet})"
        )
    network = story.network or "the network"
    return f" — reported by {outlet} on {short_date(story.first_seen)}; not yet confirmed by {network}"


def status_sentence(story: Story, texts: Iterable[str] = ()) -> str:
    return _what(story) + confirmation_tail(story, texts) + "."


def _when_phrase(text: str) -> tuple[str, str] | None:
    """(kind, words) of the first time a sentence about a release names: day | month | vague."""
    for m in _WHEN.finditer(text):
        kind = m.lastgroup or "vague"
        words = " ".join(m.group(0).split())
        if words:
            return kind, words
    return None


PRECISION = ("day", "month", "vague")


def release_when(sentence: str) -> tuple[str, str] | None:
    """When a sentence says the next release happens, if it does: not a past premiere, not a date in passing."""
    if not _RELEASE.search(sentence) or _PAST.search(sentence):
        return None
    return _when_phrase(sentence)


def premiere_words(when: tuple[str, str]) -> str:
    kind, words = when
    if kind == "day":
        return f"premieres on {words}"
    if kind == "month" or re.match(r"\d{4}$", words):
        return f"premieres in {words}"
    return f"is expected {words}"
