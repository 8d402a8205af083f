"""Season numbers in headlines and ledes: digits, words, ordinals, "S2", "series 3", "part 2", "seasons 3 and 4"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.understand.casefree import case_free
from bot.understand.numbers import NUM, ORD, to_int
from bot.understand.prefilter import prefiltered

_UNIT = r"(?:season|series|part|chapter|volume|vol\.)"
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # "seasons 3 and 4", "seasons 3-4"
    (re.compile(rf"\bseasons\s+{NUM}\s*(?:and|&|-|–|to|through)\s*{NUM}\b", re.IGNORECASE), "range"),
    # "a fifth and sixth season", "fifth and sixth seasons"
    (re.compile(rf"\b{ORD}\s+(?:and|&)\s+{ORD}\s+(?:seasons?|series)\b", re.IGNORECASE), "range"),
    # "season 2", "series three", "part 2"
    # (not a span of time: "back for new series 12 years after axe")
    (
        re.compile(
            rf"\b{_UNIT}\s+{NUM}\b(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b)", re.IGNORECASE
        ),
        "unit_num",
    ),
    # "second season", "fourth and final season", "5th series", "third and final installment", "a fourth-season pickup"
    (
        re.compile(
            # (and "2nd TV Anime Season")
            rf"\b{ORD}(?:\s+and\s+(?:final|last))?(?:\s+|-)(?:(?:tv\s+)?anime\s+)?"
            r"(?:seasons?|series|installment|chapter|run|outing)\b",
            re.IGNORECASE,
        ),
        "ord_unit",
    ),
    # "a sophomore run", "its sophomore season": the second
    (re.compile(r"\b(sophomore)(?:\s+|-)(?:season|series|run|outing|installment)\b", re.IGNORECASE), "ord_unit"),
    # "S2", "S02E01"
    (re.compile(r"\bS(\d{1,2})(?:\s*E\d{1,3})?\b"), "short"),
    # "after four seasons", "after two seasons" (the run so far: the news is about the next one)
    (re.compile(rf"\bafter\s+{NUM}\s+seasons?\b", re.IGNORECASE), "after"),
    # "dropped after one series", "axed after a single run", "after just two runs" (as above)
    (re.compile(rf"\bafter\s+(?:just\s+|only\s+)?{NUM}\s+(?:series|runs?)\b", re.IGNORECASE), "after"),
    (
        re.compile(r"\bafter\s+(?:just\s+|only\s+)?(?:a\s+)?(single|lone)\s+(?:season|series|run)\b", re.IGNORECASE),
        "after",
    ),
    # "TO END AFTER FIVE SERIES": the last one named ("bringing it to an end after three series" is a cancellation)
    (
        re.compile(
            rf"(?:(?<=\bto\send\s)|(?<=\bwill\send\s)|(?<=\bends\s)|(?<=\bending\s))after\s+{NUM}\s+series\b",
            re.IGNORECASE,
        ),
        "after",
    ),
    # "following the conclusion of its second season": the run so far, as above
    (
        re.compile(
            rf"\b(?:following|after)\s+the\s+(?:conclusion|end|finale|close)\s+of\s+(?:its|the)\s+{ORD}\s+"
            r"(?:season|series)\b",
            re.IGNORECASE,
        ),
        "after",
    ),
    # "season two" handled by unit_num; "one more season" has no number of its own
]
_RULES = [(prefiltered(pattern), kind) for pattern, kind in _PATTERNS]
_COUNT_WORDS = {"sophomore": 2, "single": 1, "lone": 1}  # (words of the patterns that stand for a number)
# Mentions that are background, not the season the news is about
_BACKGROUND_BEFORE = case_free(
    re.compile(r"(ahead of|before|following|after|since|during|from|in)\s+(the\s+|its\s+)?$", re.IGNORECASE)
)
# "to end after its ninth series", "will conclude after 14 seasons": the last season named is the news
_ENDS_AFTER = prefiltered(
    re.compile(
        r"\b(?:end|ends|ending|conclude|concludes|concluding|finish|finishes|bows?\s+out|bowing\s+out|wrap\s+up|"
        r"signs?\s+off|come\s+to\s+an\s+end|"
        r"coming\s+to\s+an\s+end|call\s+it\s+quits|face\s+the\s+axe|be\s+axed|be\s+cancell?ed|be\s+canceled|"
        r"bid\s+(?:\w+\s+)?farewell|say\s+(?:\w+\s+)?goodbye)\s+after\s+"
        # "will face the axe after its upcoming third season": the season to come is the last
        r"(?:its\s+|the\s+)?(?:upcoming\s+|next\s+|forthcoming\s+|current\s+)?$",
        re.IGNORECASE,
    )
)
# "will end with its seventh season", "wraps with season 7": the season named is the last one
_ENDS_WITH = case_free(
    re.compile(
        r"\b(?:end|ends|ending|conclude|concludes|concluding|wrap|wraps|wrapping|finish|finishes)\s+with\s+"
        r"(?:its\s+|the\s+|a\s+)?$",
        re.IGNORECASE,
    )
)
# "Season 5 will be its last", "the fifth season is the final one"
_LAST_AFTER = case_free(
    re.compile(
        r"\s+(?:will\s+be|is|as|would\s+be)\s+(?:its|the(?:ir)?|the\s+show'?s)\s+(?:last|final)\b", re.IGNORECASE
    )
)
_AND_FINAL = case_free(re.compile(r"\band\s+(?:final|last)\b", re.IGNORECASE))
_DENIED_BEFORE = case_free(
    re.compile(
        r"(?:\b(?:not|never|no|planned|intended|revers\w*|cancel\w*|scrap\w*|ax(?:e|es|ed|ing))\b|n't\b)", re.IGNORECASE
    )
)
_FOCUS_BEFORE = case_free(
    re.compile(
        r"(for|with|gets?|orders?|greenlights?|renews?|renewed|to end with|end with|"
        r"ending with|will end with|lands?|sets?|of|on)\s+(a\s+|its\s+|the\s+)?$",
        re.IGNORECASE,
    )
)


@dataclass(frozen=True)
class SeasonMention:
    season: int
    start: int
    kind: str
    background: bool
    focus: bool
    last: bool = False  # named as the show's last season ("ending after its fifth season", "S5 will be its last")


def find_seasons(text: str) -> list[SeasonMention]:
    """Every season named in the text, in order of mention."""
    return list(find_seasons_cached(text))


@lru_cache(maxsize=2048)
def find_seasons_cached(text: str) -> tuple[SeasonMention, ...]:
    """(Cached: the headline and the lede are asked about by several steps of one analysis.)"""
    mentions: list[SeasonMention] = []
    taken: list[tuple[int, int]] = []
    for pattern, kind in _RULES:
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            before = text[max(0, m.start() - 24) : m.start()]
            window = text[max(0, m.start() - 40) : m.start()] + ("after " if kind == "after" else "")
            last = bool(
                _ENDS_AFTER.search(window)
                or _ENDS_WITH.search(before)
                or _LAST_AFTER.match(text, m.end())
                # "its fifth and final season", but not "will not get its planned fourth and final season"
                or _AND_FINAL.search(m.group()) is not None
                # (in its own clause: "…, with no phones and one bed, will air its sixth and last series")
                and not _DENIED_BEFORE.search(re.split(r"[,;]", text[max(0, m.start() - 80) : m.start()])[-1])
            )
            if last and kind == "after" and (m.group(1) or "").lower() in ("single", "lone", "one"):
                last = False  # "ends after a single season": one season and no more is a cancellation
            background = bool(_BACKGROUND_BEFORE.search(before)) and kind != "after" and not last
            focus = bool(_FOCUS_BEFORE.search(before)) or last
            numbers = [_COUNT_WORDS.get(g.lower()) or to_int(g) for g in m.groups() if g]
            if kind == "after" and numbers and numbers[0] is not None and not last:
                # "cancelled after four seasons": the season that will not happen is the next one
                mentions.append(SeasonMention(numbers[0] + 1, m.start(), kind, False, False))
                taken.append(m.span())
                continue
            for n in numbers:
                if n is not None and 0 < n <= 60:
                    mentions.append(SeasonMention(n, m.start(), kind, background, focus, last))
            taken.append(m.span())
    mentions.sort(key=lambda x: x.start)
    return tuple(mentions)


def pick_season(
    title_mentions: list[SeasonMention], text_mentions: list[SeasonMention]
) -> tuple[int | None, tuple[int, ...]]:
    """The season the news is about (title first, focused before background), and every season named."""
    ordered = (
        [m for m in title_mentions if m.focus and not m.background]
        + [m for m in title_mentions if not m.background and not m.focus and m.kind != "after"]
        + [m for m in title_mentions if m.kind == "after"]
        + [m for m in text_mentions if m.focus and not m.background]
        + [m for m in text_mentions if not m.background and m.kind != "after"]
        + [m for m in text_mentions if m.kind == "after"]
    )
    seasons: list[int] = []
    for m in title_mentions + text_mentions:
        if m.season not in seasons:
            seasons.append(m.season)
    main = ordered[0].season if ordered else None
    if ordered and ordered[0].kind == "after" and ordered[0] in title_mentions:
        # "X cancelled after five seasons" when the text says season 5 is its last: the news is season 5's end
        if any(m.last and m.season == ordered[0].season - 1 for m in text_mentions):
            main = ordered[0].season - 1
    if main is not None and main in seasons:
        seasons.remove(main)
        seasons.insert(0, main)
    return main, tuple(seasons)


def season_after(text: str, end: int, limit: int = 40) -> int | None:
    """The season named right after a position ("cancelled Found after two seasons" → 3, the one that won't be)."""
    for m in find_seasons(text[end : end + limit]):
        if not m.background:
            return m.season
    return None
