"""Sentences worth quoting later about a show's season: quotes and who said them, dates, cast, crew, plans."""

from __future__ import annotations

import re

from bot.models import Fact
from bot.understand.seasons import find_seasons
from bot.understand.sentences import clean_page_text, is_sentence, split_sentences

_QUOTE = re.compile(r"[\"“].{12,}?[\"”]")
_SAID = re.compile(
    r"(?:,|\.)?[\"”’]?\s*(?:said|says|told|explains?|explained|added|adds|noted|notes|revealed|reveals|teased|teases|"
    r"shared|confirmed|admitted)\s+(?P<a>(?:[A-Z][\w.'’-]+\s?){1,3})"
    r"|(?P<b>(?:[A-Z][\w.'’-]+\s){0,2}[A-Z][\w.'’-]+)\s+(?:also\s+)?(?:said|says|told|explains?|explained|added|adds|noted|"
    r"revealed|reveals|teased|teases|shared|confirmed|admitted|believes|wants|hopes)\b"
    r"|according to\s+(?P<c>(?:[A-Z][\w.'’-]+\s?){1,3})"
)
_KINDS = [
    ("production", re.compile(r"\b(production|filming|shoot(ing)?|cameras|wrap(ped|s)?|set in|location)\b", re.I)),
    ("date", re.compile(r"\b(premiere\w*|release\w*|debut\w*|arriv\w*|January|February|March|April|May|June|July|"
                        r"August|September|October|November|December|spring|summer|fall|autumn|winter|20\d\d)\b")),
    ("cast", re.compile(r"\b(star(s|ring)?|cast|joins?|plays?|portray\w*|role|returns? as|character)\b", re.I)),
    ("crew", re.compile(r"\b(showrunner|creator|writer|director|executive producer|head of|creative team)\b", re.I)),
    ("story", re.compile(r"\b(story|storyline|plot|arc|villain|backstory|comic|book|mythology|episode|finale|ending)\b", re.I)),
    ("status", re.compile(r"\b(renew\w*|cancel\w*|pickup|picked up|final season|order\w*|return for|greenlit)\b", re.I)),
]
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


def extract_facts(text: str, show: str | None, default_season: int | None) -> tuple[Fact, ...]:
    return facts_from_sentences([s for s in split_sentences(clean_page_text(text)) if is_sentence(s)], show, default_season)


def facts_from_sentences(sentences: list[str], show: str | None, default_season: int | None) -> tuple[Fact, ...]:
    facts: list[Fact] = []
    for i, s in enumerate(sentences):
        quoted = bool(_QUOTE.search(s))
        kind = "quote" if quoted else next((k for k, p in _KINDS if p.search(s)), None)
        if kind is None:
            continue
        speaker = speaker_of(s, sentences[i - 1] if quoted and i else "") if (quoted or _SAID.search(s)) else None
        if kind != "quote" and speaker:
            kind = "quote" if "told" in s or "said" in s or "says" in s else kind
        mentions = [m for m in find_seasons(s) if not m.background]
        season = mentions[0].season if mentions else default_season
        facts.append(Fact(s, show, season, kind, speaker))
    # Quotes and attributed statements first: they are what people ask about
    facts.sort(key=lambda f: (f.speaker is None, f.kind != "quote"))
    return tuple(facts[:MAX_FACTS])
