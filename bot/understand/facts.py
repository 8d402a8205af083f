"""Sentences worth quoting later about a show's season: quotes and who said them, dates, cast, crew, plans."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.models import Fact
from bot.understand.casefree import case_free
from bot.understand.matching import show_key
from bot.understand.prefilter import prefiltered
from bot.understand.seasons import find_seasons
from bot.understand.sentences import (
    Terms,
    Words,
    clean_page_text,
    is_sentence,
    split_sentences,
    word_set,
    words_of,
)
from bot.understand.wordlists import words

# Who said it. Group b starts only at a word's start: inside a long capitalised word every letter would be a new
# start, and the pattern would be quadratic in the word's length.
_SAID = prefiltered(
    re.compile(
        r"(?:,|\.)?[\"”’]?\s*(?:said|says|told|explains?|explained|added|adds|noted|notes|revealed|reveals|teased|teases|"
        r"shared|confirmed|admitted)\s+(?P<a>(?:[A-Z][\w.'’-]+\s?){1,3})"
        r"|(?<![\w.'’-])(?P<b>(?:[A-Z][\w.'’-]+\s){0,2}[A-Z][\w.'’-]+)\s+(?:also\s+)?"
        r"(?:said|says|told|explains?|explained|added|adds|noted|"
        r"revealed|reveals|teased|teases|shared|confirmed|admitted|believes|wants|hopes)\b"
        r"|according to\s+(?P<c>(?:[A-Z][\w.'’-]+\s?){1,3})"
    )
)
# The first kind whose words a sentence has wins (word families, see sentences.Terms). Months and seasons of the
# year count as written: "May" and "March" are months, "may" is not, and "the Winter Olympics" is not a date.
_YEARS = "|".join(str(y) for y in range(2000, 2100))
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|fall|"
    "autumn|winter"
)
_KIND_WORDS = [
    ("production", "production|filming|shoot|shooting|cameras|wrap|wrapped|wraps|location|set in"),
    ("date", "premiere*|release*|debut*|arriv*|" + _YEARS),
    ("cast", "star|stars|starring|cast|join|joins|play|plays|portray*|role|character|return as|returns as"),
    ("crew", "showrunner|creator|writer|director|executive producer|head of|creative team"),
    ("story", "story|storyline|plot|arc|villain|backstory|comic|book|mythology|episode|finale|ending"),
    ("status", "renew*|cancel*|pickup|order*|greenlit|picked up|final season|return for|commission*|axe|axed|axes"),
]
_KINDS = [(kind, Terms(words)) for kind, words in _KIND_WORDS]
_ANY_KIND = Terms("|".join(words for _kind, words in _KIND_WORDS))  # one look before the kind by kind ones
_MONTH_LOWER = frozenset(_MONTHS.lower().split("|"))
_MONTH_WORDS = Terms(_MONTHS, cased=True)
_SEASON_WORDS = word_set("season seasons series part chapter volume vol installment run")
_SHORT_SEASON = re.compile(r"\bS\d")


def _has_month(words: Words) -> bool:
    return not _MONTH_LOWER.isdisjoint(words.words) and _MONTH_WORDS.search(words)


# Bounds: facts come from the first sentences of a page, and a run-on "sentence" is scanned over its start only
MAX_FACT_SENTENCES = 40
MAX_FACT_CHARS = 600
# A cheap test before _SAID: does the sentence have one of its verbs at all?
_SAID_HINT = Terms(
    "said|says|told|explain*|added|adds|note*|reveal*|tease*|shared|confirmed|admitted|believes|wants|"
    "hopes|according to"
)
_NOT_SPEAKERS = words(
    """
    And But Deadline He I It Netflix She That The They This Variety We
    """
)
MAX_FACTS = 10
_ROLE_PREFIX = re.compile(
    r"^(?:(?:Showrunner|Creator|Co-creator|Executive Producer|Executive producer|Producer|Star|Director|"
    r"Writer|Actor|Actress|Host|Chief|Boss|Head)\s+)+"
)


def speaker_of(sentence: str, previous: str = "") -> str | None:
    for text in (sentence, previous):
        name = _name(_SAID.search(text))
        if name:
            return name
    return None


def _name(m: re.Match[str] | None) -> str | None:
    if m is None:
        return None
    name = _ROLE_PREFIX.sub("", (m.group("a") or m.group("b") or m.group("c") or "").strip().rstrip(".,"))
    return name if name and name.split()[0] not in _NOT_SPEAKERS else None


def _said(text: str) -> re.Match[str] | None:
    """_SAID's match, looked for only when one of its verbs is there at all."""
    return _SAID.search(text) if _SAID_HINT.search(words_of(text)) else None


def _quoted(sentence: str) -> bool:
    """A quotation of at least 12 characters: an opening quote with a closing one 13 or more characters later.
    The same test as the pattern [\"“].{12,}?[\"”], done in one pass (the pattern is quadratic on many openers)."""
    first = min((i for i in (sentence.find('"'), sentence.find("“")) if i >= 0), default=-1)
    return first >= 0 and (sentence.find('"', first + 13) >= 0 or sentence.find("”", first + 13) >= 0)


def _kind(words: Words) -> str | None:
    """The first kind in _KINDS order whose words the sentence has."""
    month = _has_month(words)
    if not month and not _ANY_KIND.search(words):
        return None
    for kind, terms in _KINDS:
        if terms.search(words) or (month and kind == "date"):
            return kind
    return None


# Page furniture glued to the front of a sentence: a byline with a date and time ("HomeNews Lauren Fisher August
# 30th, 2014 - 2:57 PM ITV has announced…"), a dateline. What follows it is the sentence.
_BYLINE_LEAD = prefiltered(
    re.compile(
        r"^.{0,120}?\b\d{4}\s*[-–—|,]?\s*\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s+(?=[A-Z“\"])"
        r"|^(?:By\s+)?(?:[A-Z][\w.'’-]+\s+){1,3}(?:[|–—-]\s+)?(?:Published|Updated)\b[^.]*?\d{4}\s+(?=[A-Z“\"])"
    )
)
# Not a sentence of the story: a teaser for other stories, a caption, a call to action, a list bullet's heading
_NOT_STORY = prefiltered(
    re.compile(
        r"^(?:Plus|Also|More|Related|Read|Watch|See|Click|Photo|Image|Credit|Pictured|Caption|Advertisement|Overview)"
        r"\s*[:|–—-]"
        r"|\b(?:pose[sd]? for (?:a )?(?:photo|picture)s?|(?:photo|image) credit|click here|read the full|"
        r"sign up|subscribe to)\b",
        re.IGNORECASE,
    )
)
_OPENS_SENTENCE = re.compile(r"^[\"“‘'(\-–—•*\s]*[A-Z0-9]")
_ENDS_SENTENCE = re.compile(r"[.!?][\"”’')\]]*$")
MIN_FACT_CHARS = 20


def fact_text(sentence: str) -> str | None:
    """The sentence as a fact, or None when it is page junk or a fragment. A fact is a whole sentence: it opens
    with a capital (or a quote or number) and ends with a full stop, and is not a byline, caption or teaser."""
    text = _BYLINE_LEAD.sub("", " ".join(sentence.split()), count=1).lstrip("-–—•* ")
    if len(text) < MIN_FACT_CHARS or not _OPENS_SENTENCE.match(text) or not _ENDS_SENTENCE.search(text):
        return None
    if _NOT_STORY.search(text[:MAX_FACT_CHARS]):
        return None
    return text


# A season named with its number ("season 3", "third series", "S2"): only then is find_seasons worth running
_NUMBERED_SEASON = prefiltered(
    re.compile(
        r"\b(?:season|series|part|chapter|volume|vol\.?|installment)s?\s+(?:\d|one|two|three|four|five|six|seven|"
        r"eight|nine|ten|[ivx]+\b)|\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
        r"ninth|tenth|eleventh|twelfth|final|last|next|new)\s+(?:\w+\s+)?(?:season|series|installment|chapter|run)\b",
        re.IGNORECASE,
    )
)
# apart: its one letter would leave the words above unfiltered
_SHORT_SEASON = case_free(re.compile(r"\bS\d", re.IGNORECASE))


def _season_in(head: str) -> int | None:
    """The season a sentence is about, when it names one that is not background."""
    if _NUMBERED_SEASON.search(head) is None and _SHORT_SEASON.search(head) is None:
        return None
    mentions = [m for m in find_seasons(head) if not m.background]
    return mentions[0].season if mentions else None


def facts_from_sentences(sentences: list[str], show: str | None, default_season: int | None) -> tuple[Fact, ...]:
    """Up to MAX_FACTS facts from the first MAX_FACT_SENTENCES sentences, quotes and attributed statements first.
    Each sentence is scanned over its first MAX_FACT_CHARS characters only; junk and fragments are left out.
    A sentence naming no season is about the season the sentences before it last named ("Season 3 begins
    September 21. International rollout includes … September 22": season 3), else `default_season`."""
    found: list[tuple[str, str, str | None, int | None]] = []
    window = sentences[:MAX_FACT_SENTENCES]
    current = default_season
    for i, whole in enumerate(window):
        s = fact_text(whole)
        named = _season_in(whole[:MAX_FACT_CHARS])
        current = named if named is not None else current
        if s is None:
            continue
        head = s[:MAX_FACT_CHARS]
        quoted = _quoted(head)
        words = words_of(head)
        kind = "quote" if quoted else _kind(words)
        if kind is None:
            continue
        said = _said(head)
        speaker = _name(said) if quoted or said else None
        if speaker is None and quoted and i:  # a quote's speaker may be named just before it
            speaker = _name(_said(window[i - 1][:MAX_FACT_CHARS]))
        if kind != "quote" and speaker:
            kind = "quote" if "told" in s or "said" in s or "says" in s else kind
        found.append((s, kind, speaker, current))
    # Quotes and attributed statements first: they are what people ask about (a stable sort keeps page order)
    found.sort(key=lambda f: (f[2] is None, f[1] != "quote"))
    return tuple(Fact(text, show, season, kind, speaker) for text, kind, speaker, season in found[:MAX_FACTS])


# ---------------------------------------------------------------- whose fact it is (articles about several shows)


def _named(key: str, text_key: str) -> bool:
    return bool(key) and f" {key} " in f" {text_key} "


def shows_named(text: str, names: Sequence[str]) -> list[int]:
    """Which of the article's shows this sentence names (their indexes in `names`). A longer name wins over a
    shorter one inside it ("Dear England" over "England")."""
    text_key = show_key(text)
    keys = [show_key(n) for n in names]
    hits = [i for i, k in enumerate(keys) if _named(k, text_key)]
    return [i for i in hits if not any(j != i and keys[i] != keys[j] and _named(keys[i], keys[j]) for j in hits)]


def owners_of(facts: Sequence[Fact], names: Sequence[str], sentences: Sequence[str] = ()) -> list[list[Fact]]:
    """Each fact filed under the shows its own sentence names. A sentence naming none of them ("Its sixth year
    will…") belongs to the one show the nearest sentence before it names, in the article's `sentences`; without
    one it stays with the article's main show (names[0]): "The series…" is about the show the article is about."""
    out: list[list[Fact]] = [[] for _ in names]
    position = {fact_text(x) or x: i for i, x in reversed(list(enumerate(sentences)))}
    for f in facts:
        owners = shows_named(f.text, names)
        if not owners:
            owners = [0]
            for before in reversed(sentences[: position.get(f.text, 0)]):
                named = shows_named(before, names)
                if named:
                    owners = named if len(named) == 1 else [0]
                    break
        for i in owners:
            out[i].append(f)
    return out


MAX_OWN_FACTS = 3  # sentences kept about each other show of a roundup


def article_sentences(text: str) -> list[str]:
    """The sentences facts are read from, as analyze reads them."""
    return [s for s in split_sentences(clean_page_text(text[:6000])) if is_sentence(s)][:MAX_FACT_SENTENCES]


def facts_naming(sentences: Sequence[str], name: str, season: int | None) -> tuple[Fact, ...]:
    """A roundup's facts about one of its shows: the whole sentences that name it (quotes first)."""
    key = show_key(name)
    out: list[Fact] = []
    for sentence in sentences:
        text = fact_text(sentence) if _named(key, show_key(sentence)) else None
        if text is None:
            continue
        head = text[:MAX_FACT_CHARS]
        kind = "quote" if _quoted(head) else _kind(words_of(head)) or "status"
        named = _season_in(head)
        out.append(Fact(text, name, named if named is not None else season, kind, speaker_of(head)))
        if len(out) >= MAX_OWN_FACTS:
            break
    return tuple(out)


def season_named(sentences: Sequence[str], name: str, others: Sequence[str] = ()) -> int | None:
    """The season the first sentence naming the show, and none of the article's `others`, gives for its news
    ("Teen Wolf will be ending with its upcoming sixth season" → 6), when a roundup's decision has none."""
    names = [name, *others]
    for s in sentences:
        if shows_named(s, names) == [0]:
            mentions = [m for m in find_seasons(s[:MAX_FACT_CHARS]) if not m.background]
            if mentions:
                return mentions[0].season
    return None
