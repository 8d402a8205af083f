"""Sentences worth quoting later about a show's season: quotes and who said them, dates, cast, crew, plans."""

from __future__ import annotations

import re

from bot.models import Fact
from bot.understand.seasons import find_seasons

# Who said it. Group b starts only at a word's start: inside a long capitalised word every letter would be a new
# start, and the pattern would be quadratic in the word's length.
_SAID = re.compile(
    r"(?:,|\.)?[\"”’]?\s*(?:said|says|told|explains?|explained|added|adds|noted|notes|revealed|reveals|teased|teases|"
    r"shared|confirmed|admitted)\s+(?P<a>(?:[A-Z][\w.'’-]+\s?){1,3})"
    r"|(?<![\w.'’-])(?P<b>(?:[A-Z][\w.'’-]+\s){0,2}[A-Z][\w.'’-]+)\s+(?:also\s+)?(?:said|says|told|explains?|explained|added|adds|noted|"
    r"revealed|reveals|teased|teases|shared|confirmed|admitted|believes|wants|hopes)\b"
    r"|according to\s+(?P<c>(?:[A-Z][\w.'’-]+\s?){1,3})"
)
# (kind, pattern, matched against the lower-cased sentence): the first kind that matches wins. Dates stay
# case-sensitive ("May", "March" are months, "may" is not); the rest are lower-case patterns on lower-cased text.
_KINDS = [
    ("production", re.compile(r"\b(production|filming|shoot(ing)?|cameras|wrap(ped|s)?|set in|location)\b"), True),
    ("date", re.compile(r"\b(premiere\w*|release\w*|debut\w*|arriv\w*|January|February|March|April|May|June|July|"
                        r"August|September|October|November|December|spring|summer|fall|autumn|winter|20\d\d)\b"), False),
    ("cast", re.compile(r"\b(star(s|ring)?|cast|joins?|plays?|portray\w*|role|returns? as|character)\b"), True),
    ("crew", re.compile(r"\b(showrunner|creator|writer|director|executive producer|head of|creative team)\b"), True),
    ("story", re.compile(r"\b(story|storyline|plot|arc|villain|backstory|comic|book|mythology|episode|finale|ending)\b"),
     True),
    ("status", re.compile(r"\b(renew\w*|cancel\w*|pickup|picked up|final season|order\w*|return for|greenlit)\b"), True),
]
# Bounds: facts come from the first sentences of a page, and a run-on "sentence" is scanned over its start only
MAX_FACT_SENTENCES = 40
MAX_FACT_CHARS = 600
# A cheap test before _SAID: does the sentence have one of its verbs at all?
_SAID_HINT = re.compile(r"\b(?:said|says|told|explain|added|adds|note|reveal|tease|shared|confirmed|admitted|believes|"
                        r"wants|hopes|according to)")
_NOT_SPEAKERS = {"The", "He", "She", "They", "It", "We", "I", "This", "That", "But", "And", "Netflix", "Variety", "Deadline"}
MAX_FACTS = 10
_ROLE_PREFIX = re.compile(r"^(?:(?:Showrunner|Creator|Co-creator|Executive Producer|Executive producer|Producer|Star|Director|"
                          r"Writer|Actor|Actress|Host|Chief|Boss|Head)\s+)+")


def speaker_of(sentence: str, previous: str = "") -> str | None:
    for text in (sentence, previous):
        m = _SAID.search(text)
        if m:
            name = (m.group("a") or m.group("b") or m.group("c") or "").strip().rstrip(".,")
            name = _ROLE_PREFIX.sub("", name)
            if name and name.split()[0] not in _NOT_SPEAKERS:
                return name
    return None


def _quoted(sentence: str) -> bool:
    """A quotation of at least 12 characters: an opening quote with a closing one 13 or more characters later.
    The same test as the pattern [\"“].{12,}?[\"”], done in one pass (the pattern is quadratic on many openers)."""
    first = min((i for i in (sentence.find('"'), sentence.find("“")) if i >= 0), default=-1)
    return first >= 0 and (sentence.find('"', first + 13) >= 0 or sentence.find("”", first + 13) >= 0)


def _kind(sentence: str, low: str) -> str | None:
    """The first kind in _KINDS order whose words the sentence has."""
    for kind, pattern, lower in _KINDS:
        if pattern.search(low if lower else sentence):
            return kind
    return None


def facts_from_sentences(sentences: list[str], show: str | None, default_season: int | None) -> tuple[Fact, ...]:
    """Up to MAX_FACTS facts from the first MAX_FACT_SENTENCES sentences, quotes and attributed statements first.
    Each sentence is scanned over its first MAX_FACT_CHARS characters only."""
    found: list[tuple[str, str, str | None]] = []
    window = sentences[:MAX_FACT_SENTENCES]
    for i, s in enumerate(window):
        head = s[:MAX_FACT_CHARS]
        quoted = _quoted(head)
        low = head.lower()
        kind = "quote" if quoted else _kind(head, low)
        if kind is None:
            continue
        attributed = quoted or (_SAID_HINT.search(low) is not None and _SAID.search(head) is not None)
        speaker = speaker_of(head, window[i - 1][:MAX_FACT_CHARS] if quoted and i else "") if attributed else None
        if kind != "quote" and speaker:
            kind = "quote" if "told" in s or "said" in s or "says" in s else kind
        found.append((s, kind, speaker))
    # Quotes and attributed statements first: they are what people ask about (a stable sort keeps page order)
    found.sort(key=lambda f: (f[2] is None, f[1] != "quote"))
    facts = []
    for text, kind, speaker in found[:MAX_FACTS]:
        mentions = [m for m in find_seasons(text[:MAX_FACT_CHARS]) if not m.background]
        facts.append(Fact(text, show, mentions[0].season if mentions else default_season, kind, speaker))
    return tuple(facts)
