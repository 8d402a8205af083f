"""Which known show a question means: exact title or alias, runs of its words, then typo tolerance."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answers.questions import Question, is_scaffold
from bot.stories.recorder import StoryRecorder
from bot.understand.evidence import zipf
from bot.understand.matching import KnownShow

SUGGEST_MIN = 60.0  # weaker matches are noise, not suggestions


def _cuts_a_title(span: str, show_text: str) -> bool:
    """ "killing" of "killing eve": a run of the asked name next to an uncommon word that is neither scaffolding nor
    a word about the news would answer about another show ("The Killing"); "the killing final" keeps its run."""
    words, part = show_text.lower().split(), span.lower().split()
    if not part or len(part) >= len(words):
        return False
    for i in range(len(words) - len(part) + 1):
        if words[i : i + len(part)] == part:
            beside = [
                w for w in (words[i - 1] if i else "", words[i + len(part)] if i + len(part) < len(words) else "")
            ]
            return any(
                w.isalpha() and not is_scaffold(w) and not _NEWS_WORD.match(w) and zipf(w) < _COMMON_ZIPF
                for w in beside
            )
    return False


_NEWS_WORD = re.compile(r"(?:renew|cancel|axe|trailer|teaser|premier|cast|season|series|final|end|return|order)")
_COMMON_ZIPF = 4.5  # "eve" (4.3) may be a title's word; "final" (5.3), "they" (6.5) are the question's


def resolve_show(
    question: Question, recorder: StoryRecorder, has_story: Callable[[int], bool] | None = None
) -> tuple[KnownShow | None, str | None, tuple[str, ...]]:
    """(show, typed name when corrected, suggestions). Exact title or alias first, then runs of words, then fuzzy.

    `has_story`: whether a show has a story; when given, only those are suggested (asked only of the few
    candidates, so an answer never loads every show).
    """
    matcher = recorder.matcher

    def usable(k: KnownShow | None) -> bool:  # a show row with no story of its own is never relied on
        return k is not None and (has_story is None or has_story(k.id))

    candidates = [question.show_text] if question.show_text else []
    candidates += [s for s in question.spans if s not in candidates and not _cuts_a_title(s, question.show_text)]
    for name in candidates:
        exact = matcher.match(name, exact_only=True, loose=True)  # "last of us", "13 doors" too
        if exact is not None and usable(exact):
            return exact, None, ()
    if not question.show_text:
        return None, None, ()
    typo = matcher.match(question.show_text)  # whole-title similarity only: "Night" is not "Night Court"
    if typo is not None and usable(typo):
        return typo, question.show_text, ()
    ranked = matcher.suggest(question.show_text, limit=10)
    if question.trailing_number is not None:  # "Stranger Things 4": try the title without the number
        base = question.show_text.rsplit(" ", 1)[0]
        hit = matcher.match(base)
        if hit is not None and usable(hit):
            return hit, None, ()
    names: list[str] = []
    for k, score in ranked:
        if score >= SUGGEST_MIN and k.title not in names and (has_story is None or has_story(k.id)):
            names.append(k.title)
    return None, None, tuple(names[:5])
