"""How answers put news into words: whether a story is confirmed, what happened, when a season comes out."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from bot.models import Story

DECISIVE = ("renewed", "cancelled", "ending", "ordered")  # the news that answers "is it renewed?"

_OFFICIAL = re.compile(
    r"\b(announced|announces|announcement|confirm|confirmed|confirms|officially|official|statement|press release|"
    r"has (renewed|cancell?ed|canceled|ordered)|"
    r"(renews|cancels|orders|picks up)|spokes(person|man|woman)|representative for|press release)\b",
    re.I,
)

# A sentence that says the news is not (yet) the network's own word
_UNCONFIRMED = re.compile(
    r"\b(not (yet )?(been )?(officially )?(confirmed|announced)|(has|have|had)(n't| not) (yet )?(officially )?"
    r"(confirmed|announced|commented)|unconfirmed|yet to (confirm|announce|comment)|declined to comment|"
    r"would not confirm|did not respond|reportedly|rumou?r(s|ed)?|sources (say|said|tell)|insiders?|if true|"
    r"yet to officially (confirm|announce)|"
    r"according to (sources|people|insiders|a source))\b",
    re.I,
)

# The network (or "the streamer") doing the thing itself: its trailer, its date, its order
_NETWORK_ACTS = (
    r"(?:'s)?\s+(?:\w+\s+){0,3}?(?:has\s+|have\s+|officially\s+)?(released|releases|unveiled|unveils|dropped|drops|"
    r"debuted|debuts|shared|shares|revealed|reveals|set|sets|dated|announced|announces|confirmed|confirms|renewed|renews|"
    r"ordered|orders|cancell?ed|canceled|cancels|launched|launches|given|gave|picked up|picks up|premiered|said|says|"
    r"axed|axes|scrapped|commissioned|recommissioned)\b"
)
# The network's act told in the passive: "has been commissioned by ITV's head of drama"
_BY_NETWORK = r"\b(?:renewed|cancell?ed|canceled|commissioned|recommissioned|ordered|axed|picked up|confirmed)\s+by\s+"
# Sentences that hold a decision: a doubt elsewhere ("reportedly pacing as its most-watched season") is no doubt
# about the decision
_DECISION_WORDS = re.compile(
    r"\b(renew\w*|cancel\w*|ax(?:e|ed|es|ing)|order\w*|pick(?:ed|s)? up|pickup|commission\w*|final season|"
    r"last season|will end|ending|end(?:s|ed)? with|return(?:s|ing)? for)\b",
    re.I,
)

_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "Sept. 4", "Jan. 9": abbreviations say a day only with the day after them
_MONTHS_SHORT = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
A_DAY = re.compile(rf"\b(?:{_MONTHS}|{_MONTHS_SHORT})\s+\d{{1,2}}\b")  # a month and day, as written

_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_WHEN = re.compile(
    rf"\b(?:(?P<day>(?:{_DAYS},?\s+)?(?:{_MONTHS}|{_MONTHS_SHORT})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"
    rf"|(?:{_DAYS},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}(?:,?\s+\d{{4}})?)"
    rf"|(?P<month>(?:(?:early|mid|late)-?\s*)?{_MONTHS}(?:\s+\d{{4}})?)"
    r"|(?P<vague>(?:(?:early|late|later|mid)-?\s*)?(?:(?:this|next|later this)\s+)?"
    r"(?:spring|summer|fall|autumn|winter|year)(?:\s+\d{4})?|(?:early|late|mid)-?\s*\d{4}|in \d{4}|soon))\b",
)

_RELEASE = re.compile(
    r"\b(premieres?|premiering|returns?|returning|arrives?|arriving|debuts?|debuting|launch(es)?|launching|"
    r"releases?|releasing|bows?|airs?|airing|drops?|dropping|streams?|streaming|coming|back|slated|due|"
    r"begins?|starts?|starting|kicks? off|hits?|set to return|resumes?|resuming)\b",
    re.I,
)
# A date said near these is not the season's release: the day a renewal was announced, an upfront, a pickup
# "back in May", a release abroad
_NOT_RELEASE = re.compile(
    r"\b(renew\w*|pick-?up|picked up|order(ed|s)?|announc\w*|confirm\w*|upfront|presentation|hint\w*|back in|"
    r"ago|since|international|rollout|overseas|(?:US|U\.S\.|UK|U\.K\.) premiere|finale|concluded|wrap\w*|"
    r"filming|production|through)\b",
    re.I,
)
_CLAUSE_BEFORE = 70  # characters before a date read for its verb
_CLAUSE_BREAK = re.compile(r"[;:—–(]|,\s+(?:and|but|while|as)\b|\b(?:that|which)\b")

# Sentences about what already happened ("since its debut last spring") say nothing about the next premiere
_PAST = re.compile(
    r"\b(since|ago|last|previous|premiered|debuted|returned|arrived|launched|aired|dropped|released)\b", re.I
)


def short_date(dt: datetime | None) -> str:
    return f"{dt:%b} {dt.day}, {dt.year}" if dt else "date unknown"


def _season_words(season: int | None) -> str:
    """'for season 2'; nothing when the article names no season: the answer then quotes its sentence."""
    return f" for season {season}" if season is not None else ""


# "Jan. 9", "Mr. Smith": a full stop that does not end the sentence
_ABBREVIATION_END = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No|vs|[ap]\.m)\.$")


def sentences_of(text: str) -> list[str]:
    out: list[str] = []
    for p in re.split(r"(?<=[.!?])\s+", text or ""):
        if out and _ABBREVIATION_END.search(out[-1]):
            out[-1] += " " + p
        elif p.strip():
            out.append(p)
    return out


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
    names = _network_names(story.network)
    actors[:0] = names
    acts = re.compile(r"\b(" + "|".join(actors) + r")" + _NETWORK_ACTS, re.I)
    passive = re.compile(_BY_NETWORK + r"(?:the\s+)?(?:" + "|".join(names) + r")\b", re.I) if names else None
    doubted = _doubted(story, sentences)
    if passive is not None and any(passive.search(x) and x not in doubted for x in sentences):
        return True
    if any(_OFFICIAL.search(x) and x not in doubted for x in sentences):
        return True
    # A text that calls itself a report is not outweighed by a network merely named doing something
    if not doubted and any(acts.search(x) for x in sentences):
        return True
    return len(story.sources) >= 2 and not doubted


def _what(story: Story) -> str:
    who = story.network
    s = story.season
    cancelled_when = f" after season {s - 1} (no season {s})" if s and s > 1 else f" (no season {s})" if s else ""
    if who is None and story.event in ("renewed", "cancelled", "ordered"):  # no network named: no "The network"
        return {
            "renewed": f"{story.show} was renewed{_season_words(s)}",
            "cancelled": f"{story.show} was cancelled{cancelled_when}",
            "ordered": f"Season {s} of {story.show} was ordered"
            if s and s > 1
            else f"{story.show} was ordered to series; season 1 is coming",
        }[story.event]
    return {
        "renewed": f"{who} renewed {story.show}{_season_words(s)}",
        "cancelled": f"{who} cancelled {story.show}{cancelled_when}",
        "ending": f"{story.show} will end with season {s}" if s else f"{story.show}'s next season will be its last",
        "ordered": f"{who} ordered season {s} of {story.show}"
        if s and s > 1
        else f"{who} ordered {story.show} to series; season 1 is coming",
        "premiere": f"{story.show} " + (f"season {s} " if s else "") + "has a premiere date",
        "production": f"Production news for {story.show}" + (f" season {s}" if s else ""),
        "casting": f"Casting news for {story.show}" + (f" season {s}" if s else ""),
        "trailer": f"A trailer or first look for {story.show}" + (f" season {s}" if s else ""),
    }.get(story.event, f"News about {story.show}")


def _network_names(network: str | None) -> list[str]:
    """How the text may name the network: "Apple TV+" is also "Apple", "BBC One" also "BBC"."""
    if not network:
        return []
    first = network.split()[0].rstrip("+")
    return [re.escape(network)] + ([re.escape(first)] if first != network and len(first) >= 3 else [])


def _doubted(story: Story, sentences: list[str]) -> list[str]:
    """Sentences saying the news is a report. For a decision, only sentences about the decision or about its
    confirmation count ("Netflix has not confirmed the news" does; "reportedly its most-watched season" does not)."""
    decisive = story.event in DECISIVE
    return [
        x
        for x in sentences
        if _UNCONFIRMED.search(x) and (not decisive or _DECISION_WORDS.search(x) or _OFFICIAL.search(x))
    ]


def is_doubted(story: Story, texts: Iterable[str] = ()) -> bool:
    """The text itself says the news is a report ("reportedly", "if true", "has yet to officially announce")."""
    said = [story.headline, story.summary, *(s.title for s in story.sources), *texts]
    return bool(_doubted(story, [x for t in said for x in sentences_of(t)]))


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
    """When a sentence says the next release happens, if it does: not a past premiere, not a date in passing.
    The date must sit in the clause of a release verb ("will return … on Thursday, Jan. 9"), and that clause must
    not be about a renewal, an announcement or a release elsewhere ("renewed … back in February")."""
    if not _RELEASE.search(sentence):
        return None
    for m in _WHEN.finditer(sentence):
        start = max(0, m.start() - _CLAUSE_BEFORE)
        clause = _CLAUSE_BREAK.split(sentence[start : m.start()])[-1]
        clause += m.group(0)
        if not _RELEASE.search(clause) or _NOT_RELEASE.search(clause) or _PAST.search(clause):
            continue
        words = " ".join(m.group(0).split())
        if words:
            return m.lastgroup or "vague", words
    return None


def premiere_words(when: tuple[str, str]) -> str:
    kind, words = when
    if kind == "day":
        return f"premieres on {words}"
    if kind == "month" or re.match(r"\d{4}$", words):
        return f"premieres in {words}"
    return f"is expected {words}"
