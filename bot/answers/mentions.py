"""A show that is not tracked as a story, but that stored articles name beside a decision ("Seven series were given
the boot: Dynasty, Charmed, Legacies…"): the whole sentences that say so, and whether the decision they state
clearly applies to the asked show. Answers quote these sentences; they never state a season or date of their own."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.answers.evidence import says_event
from bot.models import Article
from bot.understand.facts import fact_text
from bot.understand.numbers import ORD, WORD_NUMBERS, to_int
from bot.understand.seasons import find_seasons
from bot.understand.sentences import line_sentences, page_paragraphs

MAX_ARTICLES = 5  # the articles read for sentences: the newest that name the show
MAX_SENTENCE_CHARS = 600  # a longer "sentence" is a run of page text, not a sentence to quote
NEAR_CHARS = 150  # how far from the name a decision word may stand in its sentence

# Words of a decision or of what comes next for a show: a sentence naming the show with one of them is news about it
_STRONG = re.compile(
    r"\b(renew\w*|cancel\w*|axe[sd]?|axing|scrap(?:s|ped)?|given\s+the\s+boot|pull\w*\s+the\s+plug|"
    r"(?:final|last)\s+(?:ever\s+)?(?:season|series)|series\s+finale|order(?:ed|s)?|pick(?:ed|s)?\s+up|pickup|"
    r"continu(?:e|es|ed|ing)|commission\w*|recommission\w*|green-?lit|greenlights?|revived?|rescued)\b",
    re.I,
)
_WEAK = re.compile(
    r"\b(premier(?:e|es|ed|ing)|return(?:s|ed|ing)?|coming\s+back|(?:will|would|to)\s+(?:come\s+to\s+an\s+)?end|"
    r"ending|ended|finished|(?:is|are)\s+over)\b",
    re.I,
)
# Only these words state the decision plainly enough for the answer to say it in its own words
_PLAIN = {
    "cancelled": re.compile(
        r"\b(cancel(?:s|led|ed)|axe[sd]|scrapped|given\s+the\s+boot|pulled\s+the\s+plug\s+on)\b", re.I
    ),
    # an order or pick-up may be a pilot's or a new series': only quoted
    "renewed": re.compile(r"\b(renew(?:s|ed)|recommissioned)\b", re.I),
}
# A sentence that hedges, negates or contrasts: the decision may not be the asked show's, so it is only quoted
_UNCLEAR = re.compile(
    r"\b(not|n't|never|no\s+longer|neither|nor|but|while|whereas|however|although|though|except|keeps?|kept|"
    r"spar\w+|saved|instead|if|whether|could|may|might|reportedly|rumou?r\w*|report\w*|fate|bubble|undecided|"
    r"expected|likely|hope\w*|campaign\w*|petition\w*|which|who)\b|\?",
    re.I,
)
# The show's name used for a person or a thing of it ("Vampire Academy star Jonetta Kaiser"): not the show's decision
_OF_THE_SHOW = re.compile(
    r"^\W*(?:['’]s\s+)?(?:star|stars|actor|actress|creator|creators|showrunner|alum|cast|writer|producer|fans?)\b",
    re.I,
)
# A sentence that goes on from the one before it ("They are Run the Burbs, Son of a Critch and Strays.")
_GOES_ON = re.compile(
    r"^(?:They|These|Those|Both|All|It|This|If\s+true|If\s+so|The\s+(?:two|three|four|five|six|seven|eight)\b)\b"
)
# "will get second runs": a season counted in runs, which the season finder does not read
_RUNS = re.compile(rf"\b{ORD}\s+runs?\b", re.I)
_BREAK = re.compile(r"[,;:—–()]|\b(?:while|but|whereas|and|or)\b", re.I)
_SMALL = {"a", "an", "and", "the", "of", "in", "on", "at", "to", "for", "by", "with", "or", "is", "us", "s"}

_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_BY_NUMBER = {n: w for w, n in WORD_NUMBERS.items() if not w.endswith(("st", "nd", "rd", "th")) and w != "second"}


def _number_words(n: int) -> list[str]:
    """'99' → ['ninety nine', 'nine nine']: how a title may spell a number ("Brooklyn Nine-Nine")."""
    out = []
    if n in _BY_NUMBER:
        out.append(_BY_NUMBER[n])
    elif 20 < n < 100:
        out.append(f"{_TENS[n // 10]} {_UNITS[n % 10]}".strip())
    if 20 < n < 100 and n % 10:  # digit by digit: "Nine-Nine"
        out.append(f"{_UNITS[n // 10]} {_UNITS[n % 10]}")
    return out


def spellings(name: str) -> list[str]:
    """The asked name and a few other ways an article may write it: numbers as words or digits, 'and' as '&'
    (dropped, for the full-text search), a plural as a possessive ("handmaids" → "handmaid s")."""
    words = re.findall(r"\w+", name.casefold())
    if not words:
        return []
    out = [" ".join(words)]
    for i in range(2):  # every number written the first way, then the second ("ninety nine", "nine nine")
        spelled = []
        for w in words:
            ways = _number_words(int(w)) if w.isdigit() and len(w) <= 2 else []
            spelled.append(ways[min(i, len(ways) - 1)] if ways else w)
        out.append(" ".join(spelled))
    out.append(" ".join(str(WORD_NUMBERS[w]) if w in _BY_NUMBER.values() else w for w in words))
    out.append(" ".join(w for w in words if w != "and"))
    out.append(" ".join(f"{w[:-1]} s" if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words))
    return [x for x in dict.fromkeys(out) if x]


def name_pattern(name: str) -> re.Pattern[str] | None:
    """The asked name as a text may write it: any punctuation between its words ("Brooklyn Nine-Nine",
    "Workin’ Moms", "Mr. D"), numbers either way, '&' for 'and', "Handmaid's" for "handmaids"."""
    words = re.findall(r"\w+", name.casefold())
    if not words:
        return None
    parts = []
    for w in words:
        alts = [re.escape(w)]
        if w == "and":
            alts.append("&")
        elif w.isdigit() and len(w) <= 2:
            alts += [r"\W+".join(x.split()) for x in _number_words(int(w))]
        elif w in _BY_NUMBER.values():
            alts.append(str(WORD_NUMBERS[w]))
        elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            alts.append(re.escape(w[:-1]) + r"['’]s")
        parts.append("(?:" + "|".join(alts) + ")")
    return re.compile(r"(?<![\w&])" + r"\W*".join(parts[:1]) + "".join(r"\W+" + p for p in parts[1:]) + r"(?!\w)", re.I)


# After the name, a capitalised word or "of/in/the …": the name is part of a longer title ("Legends of Tomorrow")
_LONGER_TITLE = re.compile(r"\s+(?:(?:of|in|on|at|the|from|for)\s+)?[A-Z0-9]")
# What a show named at the start of a sentence does there ("Lost was cancelled", not "Lost in the shuffle, …")
_SUBJECT_NEXT = re.compile(r"(?:['’]s\b|\s+(?:was|is|has|had|will|won['’]t|got|gets|isn['’]t|wasn['’]t)\b)")


def _names_show(sentence: str, m: re.Match[str]) -> bool:
    """The name written as a title ("Charmed", not "charmed audiences"), not the start of a longer title, and a
    one-word name at the start of a sentence only as its subject (a capital there says nothing)."""
    span = m.group(0)
    words = [w for w in re.findall(r"\w+", span) if w.casefold() not in _SMALL]
    if not words or not all(w[0].isupper() or w[0].isdigit() for w in words):
        return False
    if _LONGER_TITLE.match(sentence, m.end()):
        return False
    opening = not re.search(r"\w", sentence[: m.start()])
    return not (opening and len(re.findall(r"\w+", span)) == 1 and not _SUBJECT_NEXT.match(sentence, m.end()))


@dataclass(frozen=True)
class Mention:
    """A whole sentence (or two, when the second goes on from the first) naming the show beside a decision."""

    text: str
    article: Article
    name: str  # the show's name as the sentence writes it
    event: str | None  # cancelled | renewed when the sentence states it plainly of this show, else None
    seasons: frozenset[int]  # the seasons the sentence names beside the show's name (same clause), not background
    rank: int  # 0: a plain decision; 1: a decision word; 2: a word of what comes next (a premiere, a return)
    position: int  # order in the article


def _plain_event(sentence: str, span: tuple[int, int]) -> str | None:
    event = says_event(sentence)
    if event is None or _PLAIN[event].search(sentence) is None or _UNCLEAR.search(sentence):
        return None
    if _OF_THE_SHOW.match(sentence[span[1] :]):
        return None
    return event


def _seasons_beside(sentence: str, span: tuple[int, int]) -> frozenset[int]:
    """Seasons named in the show's own clause: nothing but words between the name and the season."""
    out = set()
    named = [(m.start, m.season) for m in find_seasons(sentence) if not m.background]
    named += [(r.start(), n) for r in _RUNS.finditer(sentence) for n in [to_int(r.group(1))] if n is not None]
    for start, season in named:
        between = sentence[span[1] : start] if start >= span[1] else sentence[start : span[0]]
        if not _BREAK.search(between) and len(between) < 80:
            out.add(season)
    return frozenset(out)


def _rank(sentence: str, event: str | None) -> int | None:
    if event is not None:
        return 0
    if _STRONG.search(sentence):
        return 1
    if _WEAK.search(sentence):
        return 2
    return None


def find_mentions(articles: Iterable[Article], name: str) -> list[Mention]:
    """Sentences of these articles that name the show, written as a title, beside a decision or a return; best first
    (a plain decision, then a decision word, then a premiere or return), newer articles before older ones."""
    pattern = name_pattern(name)
    if pattern is None:
        return []
    found: list[Mention] = []
    for order, article in enumerate(list(articles)[:MAX_ARTICLES]):
        position = 0
        for paragraph in page_paragraphs(article.text or ""):
            if not pattern.search(paragraph):
                position += 1
                continue
            before = ""
            for sentence in line_sentences(paragraph):
                position += 1
                hit = next((m for m in pattern.finditer(sentence) if _names_show(sentence, m)), None)
                if hit is None:
                    before = sentence
                    continue
                whole = sentence
                goes_on = bool(before) and _GOES_ON.match(sentence) is not None and _rank(sentence, None) is None
                if goes_on:
                    whole = f"{before} {sentence}"  # "… have been renewed. They are Run the Burbs, Son of a Critch…"
                before = sentence
                quoted = fact_text(whole)
                if quoted is None or len(quoted) > MAX_SENTENCE_CHARS:
                    continue
                span = next((m.span() for m in pattern.finditer(quoted) if _names_show(quoted, m)), None)
                if span is None:
                    continue
                # The decision word near the name (a long sentence's other show "returning" is not this show's news)
                near = quoted if goes_on else quoted[max(0, span[0] - NEAR_CHARS) : span[1] + NEAR_CHARS]
                event = _plain_event(quoted, span)
                rank = _rank(near, event)
                if rank is None:
                    continue
                found.append(
                    Mention(
                        quoted,
                        article,
                        quoted[span[0] : span[1]],
                        event,
                        _seasons_beside(quoted, span),
                        rank,
                        order * 1000 + position,
                    )
                )
    return sorted(found, key=lambda m: (m.rank, m.position))


def title_speaks(title: str) -> bool:
    """An article title that speaks of a decision or a return ("Two Peacock Shows Just Got Canceled"): shown with
    the quoted sentence as its context."""
    return bool(title) and len(title) <= 160 and bool(_STRONG.search(title) or _WEAK.search(title))
