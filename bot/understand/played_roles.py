"""A name the text writes as a person, whatever the name looks like: an actor introduced by a job ("Actor Kim
Do-yun", "soap legend Maureen Tate") or by what only a person does ("Solís said", "Kim plays Seo Jun-ho"), and a
character someone plays ("Ciara Devlin as Det Insp Maeve Rourke", "played brassy barmaid Bev Doyle"). A headline led
by a star ("Kim Do-yun returns to small screen with office romance") names no title; one led by a character names
none only where the headline calls it one ("Barmaid Bev to quit soap"): a show is often named for its hero."""

from __future__ import annotations

import re

from bot.understand.callmemo import per_call

# A job right before the name (or before the capitalised words run into it): an actor
_JOB_BEFORE = re.compile(
    r"\b(?i:actor|actress|star|co-star|legend|host|presenter|comedian|singer|rapper)\s+$"
    r"|\b(?i:presented|hosted|fronted|narrated)\s+by\s+(?:[a-z]+\s+)?$"  # ("Presented by veterinarian Dr Kat Morrow")
)
# After the name: what only a person does in a report
_PERSON_AFTER = re.compile(
    r"\s+(?:said|says|told|added|explained|admitted|plays\s+(?!out\b|host\b)|played\s+(?!out\b)|stars\s+as|"
    r"will\s+play|is\s+returning\s+to\s+(?:television|tv|the\s+small\s+screen))"
)
# Playing the name: "Ciara Devlin as", "22 years as cheeky cabbie", "played brassy barmaid", "the detective"
_PLAYED_BEFORE = re.compile(
    r"(?:(?:\b(?-i:[A-Z])[\w'’-]+|\b(?:stars|starring|cast|returns|back|years|decades|stint|role|turn))\s+as|"
    r"\b(?:plays|played|playing|portrays|portrayed|portraying))\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,2}$"
    r"|\b(?:detective|barmaid|barman|landlady|landlord|character|villain|matriarch|heroine|cabbie)\s+$",
    re.IGNORECASE,
)
# A headline that calls the name a character: "Barmaid Bev", "Detective Maeve Rourke's", "22 Years as Des Pollard"
_CHARACTER_IN_HEAD = re.compile(
    r"\b(?:detective|det|di|dci|barmaid|barman|landlady|landlord|villain|matriarch|heroine|cabbie|sergeant|"
    r"inspector)\.?\s+$|\b(?:years|decades|stint|role|turn)\s+as\s+$",
    re.IGNORECASE,
)
_RUN_BEFORE = re.compile(r"(?:(?-i:[A-Z])[\w'’-]* )+$")  # capitalised words run into the name ("Det Insp ")
_RUN_AFTER = re.compile(r"(?: (?-i:[A-Z])[\w'’-]*)+")  # ("Maeve" of "Maeve Rourke")


def _mentions(name: str, lead: str) -> list[tuple[int, int, int]]:
    """Each place the text writes the name (or, for a full name, its surname alone): where the capitalised run
    holding it starts, where the name starts, and where the run ends."""
    words = name.split()
    spellings = [name] + ([words[-1]] if 2 <= len(words) <= 3 and len(words[-1]) > 2 else [])
    found = []
    window = lead[:3000]
    for spelled in spellings:
        # (a plain search, not a pattern per name: names are many and a pattern cache is not)
        start = window.find(spelled)
        while start >= 0:
            stop = start + len(spelled)
            before = window[start - 1 : start]
            after = window[stop : stop + 1]
            if not (before.isalnum() or before in ("_", "'", "’") or after.isalnum() or after == "_"):
                run = _RUN_BEFORE.search(lead, max(0, start - 40), start)
                tail = _RUN_AFTER.match(lead, stop)
                end = tail.end() if spelled == name and tail is not None else stop
                found.append((run.start() if run else start, start, end))
            start = window.find(spelled, start + 1)
    return found


@per_call  # (asked by the pick's first check and again by the reranking)
def actor_in_text(name: str, lead: str) -> bool:
    """Whether the text writes the name as a real person: after a job, or before what only a person does."""
    if not name[:1].isupper():
        return False
    # (a job only right before the whole name: "Shooting Star Bakery" has no star)
    return any(
        _JOB_BEFORE.search(lead, max(0, start - 30), start)
        and lead.startswith(name, start)
        or _PERSON_AFTER.match(lead, end) is not None
        for _run, start, end in _mentions(name, lead)
    )


@per_call
def character_in_text(name: str, head: str, lead: str) -> bool:
    """Whether the headline calls the name a character ("Barmaid Bev") and the text writes it as one someone
    plays ("played brassy barmaid Bev Doyle")."""
    at = head.find(name)
    if at < 0 or not _CHARACTER_IN_HEAD.search(head, max(0, at - 30), at):
        return False
    return any(
        any(_PLAYED_BEFORE.search(lead, max(0, p - 60), p) for p in {run, start})
        for run, start, _end in _mentions(name, lead)
    )
