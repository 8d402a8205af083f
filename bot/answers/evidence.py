"""What a story's own sentences say about the asked show: the sentence that names it, whether it bears out the
story's decision, the date it gives. Answers state only what these sentences carry, and quote them otherwise."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.answers.wording import A_DAY, PRECISION, release_when, sentences_of
from bot.models import StoredFact, Story
from bot.understand.facts import fact_text
from bot.understand.matching import show_key
from bot.understand.seasons import find_seasons

# A decision's words, for checking that the sentence naming a show says that decision about it
_CANCEL = re.compile(
    r"\b(cancel(?:s|led|ed|ing)?|axe[sd]?|axing|scrap(?:s|ped|ping)?|(?:will|would)\s+not\s+(?:be\s+)?(?:renew\w*|return\w*|back)|"
    r"won'?t\s+(?:be\s+)?(?:coming\s+)?(?:renew\w*|return\w*|back|see)|not\s+(?:be\s+)?renew\w*|no\s+(?:second|third|fourth|fifth)\s+"
    r"(?:season|series)|given\s+the\s+boot|pull\w*\s+the\s+plug|closed\s+down|come\s+to\s+an\s+end|"
    r"decided\s+not\s+to\s+recommission|neither\s+will\s+receive|"
    r"(?:not|n't|never|neither|no)\s+(?:\w+\s+){0,3}?(?:renew\w*|return\w*|back|getting|get|receive|coming))\b",
    re.I,
)
_RENEW = re.compile(
    r"\b(renew\w*|pick-?up|picked\s+up|picks\s+up|recommission\w*|commission\w*|return\w*|coming\s+back|back\s+for|"
    r"(?:second|third|fourth|fifth|sixth|another)\s+(?:season|series)|more\s+(?:seasons|series)|order(?:ed|s)?|"
    r"green-?lit|greenlights?)\b",
    re.I,
)
_FINAL = re.compile(
    r"\b(?:final|last)\s+(?:ever\s+)?(?:season|series)\b|\bwill\s+be\s+(?:its|the\s+show'?s)\s+last\b", re.I
)


def says_event(sentence: str) -> str | None:
    """renewed | cancelled | None: the decision a sentence states. A negated renewal is a cancellation."""
    cancelled = _CANCEL.search(sentence) is not None
    renewed = _RENEW.search(_CANCEL.sub(" ", sentence)) is not None  # "will not be renewing" is no renewal
    if cancelled and renewed:  # "picked it up after Fox cancelled it": both, so neither is stated plainly
        return None
    return "cancelled" if cancelled else "renewed" if renewed else None


def names_key(text: str, key: str) -> bool:
    """The text names the show whose key this is, as whole words."""
    return bool(key) and f" {key} " in f" {show_key(text)} "


def own_sentences(story: Story, facts: Iterable[StoredFact], title: str) -> list[str]:
    """The sentences of the story's articles (as kept in facts) and headline that name the show, headline first."""
    key = show_key(title)
    ids = {s.article_id for s in story.sources}
    texts = [story.headline, *(f.text for f in facts if f.source.article_id in ids)]
    return [t for t in texts if names_key(t, key)]


def contradicted(story: Story, own: list[str]) -> str | None:
    """The sentence naming the show when it states the other decision than the story's and never the story's own
    ("The 100 … earned a second season pickup" under a cancellation): then the answer quotes it instead."""
    if story.event not in ("renewed", "cancelled"):
        return None
    said: list[tuple[str, str | None]] = [(s, says_event(s)) for s in own]
    body: list[tuple[str, str | None]] = [(s, e) for s, e in said[1:] if e is not None]
    said = body or said  # the text's own sentences first: a headline may list several shows' fates
    if any(e == story.event for _s, e in said):
        return None
    return next((s for s, e in said if e is not None), None)


def says_final(texts: Iterable[str]) -> bool:
    return any(_FINAL.search(t) for t in texts)


def _other_season(sentence: str, season: int | None) -> bool:
    if season is None:
        return False
    named = {m.season for m in find_seasons(sentence) if not m.background}
    return bool(named) and season not in named


def release_date(texts: Iterable[str], season: int | None) -> tuple[tuple[str, str], str] | None:
    """((kind, words), sentence) of the most precise release date the texts give for this season: a sentence that
    names another season ("Season 3 begins September 21" for season 4) gives none."""
    found = [
        (w, x) for t in texts for x in sentences_of(t) if not _other_season(x, season) for w in [release_when(x)] if w
    ]
    if not found:
        return None
    return min(found, key=lambda f: PRECISION.index(f[0][0]))


def dated_sentence(texts: Iterable[str], season: int | None) -> str | None:
    """A sentence holding a day, for a premiere story whose words give no release verb: quoted, never turned into
    a date the answer states itself."""
    for t in texts:
        for x in sentences_of(t):
            if A_DAY.search(x) and not _other_season(x, season) and fact_text(x) is not None:
                return fact_text(x)
    return None
