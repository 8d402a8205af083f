"""Roundups: one article, several decisions ("NBC renews Manifest, cancels Indebted and Bluff City Law").

A headline that names several shows, counts them ("renews four dramas") or speaks of them in the plural is read
as a roundup; its first paragraphs are then read sentence by sentence, and every sentence that reports a decision
gives that decision to each title it names. Listicles of old news are refused before this step (events.py).
"""

from __future__ import annotations

import re

from bot.models import Decision
from bot.understand.events import _event_in, refusal
from bot.understand.matching import show_key
from bot.understand.networks import canonical_network
from bot.understand.seasons import find_seasons
from bot.understand.sentences import split_sentences
from bot.understand.shows import is_generic
from bot.understand.titles import TextTitle, spans

_PLURAL = re.compile(r"\b(?:shows|series|dramas|comedies|sitcoms|pilots|commissions|adaptations|titles|originals|"
                     r"programmes|programs|premieres|slate|line-?up|schedule|renewals|cancellations|"
                     r"a\s+(?:whole\s+)?(?:bunch|handful|slew|trio|pair|raft)\s+of|&\s+more|and\s+more|plus\s+more)\b",
                     re.I)
_COUNT = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|several|multiple|both)\s+"
                    r"(?:[\w'’-]+\s+){0,2}?(?:new\s+)?(?:shows|series|dramas|comedies|sitcoms|pilots|commissions|"
                    r"adaptations|titles|originals|programmes|seasons)\b", re.I)
_VERBS = re.compile(r"\b(?:renews?|renewed|cancels?|cancell?ed|canceled|axes|axed|orders?|ordered|picks\s+up|"
                    r"greenlights?|greenlit|ends|ending|scraps?|scrapped|sets|commissions?|recommissions?)\b", re.I)
_DECIDED = {"renewed", "cancelled", "ending", "ordered", "premiere"}


def is_roundup(head: str, shows: list[str]) -> bool:
    return len(shows) >= 2 or bool(_PLURAL.search(head)) or bool(_COUNT.search(head)) or len(
        _VERBS.findall(head)) >= 2


def find_decisions(head: str, text: str, titles: list[TextTitle], main_event: str, network: str | None,
                   max_sentences: int = 24) -> list[Decision]:
    """Decisions reported in the first paragraphs, in order, one per title."""
    weights = {show_key(t.name): t.weight for t in titles}
    out: list[Decision] = []
    seen: set[str] = set()
    # Headings (a line that is only a title) followed by their paragraph: "Bridgerton\n\nBridgerton is set to return"
    for sentence in split_sentences(text)[:max_sentences]:
        if refusal(sentence) in ("negation", "speculation"):
            continue
        event = _event_in(sentence.replace("’", "'"), False)
        if event not in _DECIDED or (event == "premiere" and main_event != "premiere"):
            continue
        names = _titles_in(sentence, weights)
        mentions = [m for m in find_seasons(sentence) if not m.background]
        season = mentions[0].season if len(names) == 1 and mentions else None
        for name in names:
            k = show_key(name)
            if k in seen:
                continue
            seen.add(k)
            out.append(Decision(event, name, season, network))
    return out


def _titles_in(sentence: str, weights: dict[str, float]) -> list[str]:
    names: list[str] = []
    for name, pos, _before, _after in spans(sentence, limit=600):
        if pos and sentence[pos - 1] == "(":
            continue  # "(Shameless)": a credit
        if " and " in name or " & " in name:
            continue  # "Red Bird Lane and Practical Magic": its pieces come next
        if canonical_network(name) or canonical_network(name.removeprefix("The ")) or is_generic(name):
            continue
        k = show_key(name)
        if len(k) < 3 or weights.get(k, 0.0) < 0 or name.endswith(("'s", "’s")) or "'s " in name or "’s " in name:
            continue
        if any(show_key(n) == k or k in show_key(n) for n in names):
            continue
        names = [n for n in names if show_key(n) not in k]
        names.append(name)
    return names
