"""Headline casing: whether a headline's casing says where its titles start, and headline case for one whose does
not (all lowercase, ALL CAPS). Apart from titles.py, which reads the casing of the text."""

from __future__ import annotations

import re

from bot.understand.networks import NETWORKS, canonical_network
from bot.understand.wordlists import words

_LOW_SMALL = words("a an and as at by for from in of on or the to vs with")
# (any alphabet's letters: "späti", "kōwhai" are one word each)
_WORD = re.compile(r"[^\W_][^\W_'’]*(?:['’][^\W_]+)*")


def is_mixed_case(title: str) -> bool:
    """False for an all-lowercase or ALL-CAPS headline: its casing says nothing about where a title starts and ends."""
    letters = [c for c in title if c.isalpha()]
    if len(letters) < 4:
        return True
    upper = sum(c.isupper() for c in letters)
    return 0 < upper < len(letters) * 0.8


_SENTENCE_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*)[\"“‘'(]?([^\W\d_])")


def is_uncased_text(text: str) -> bool:
    """A text written in lower case (a forum post, a small blog): most of its sentences open with a small letter,
    so its capitals confirm no title and its small letters deny none."""
    openings = [m.group(1) for m in _SENTENCE_OPENING.finditer(text[:1500])]
    return len(openings) >= 3 and sum(c.islower() for c in openings) > len(openings) * 0.6


def recase(title: str) -> str:
    """Headline case for an all-lowercase or ALL-CAPS headline: networks as they are spelled, words capitalised."""
    nets: list[tuple[int, int, str]] = []
    for m in _NET_ANYCASE.finditer(title):
        alias = NET_LOWER.get(m.group(1).lower())
        if alias:
            nets.append((m.start(1), m.end(1), alias))
    out: list[str] = []
    last = 0
    for s, e, alias in nets:
        out.append(_recase_words(title[last:s], first=last == 0))
        out.append(alias)
        last = e
    out.append(_recase_words(title[last:], first=last == 0))
    return "".join(out)


_ARTICLE_BEFORE_CAPITAL = re.compile(r"(?<= )(the|a|an) (?=([A-Z][\w'’-]*))")


def articles_as_text(head: str, text: str) -> str:
    """A recased headline's "the", "a" or "an" capitalised where the text writes it as a title's first word in mid
    sentence ("axes the Wattle Run" → "axes The Wattle Run": the text says "… of The Wattle Run")."""

    def fix(m: re.Match[str]) -> str:
        word = m.group(1)
        said = re.search(rf"[\w,;:‘“'\"(] {word.capitalize()} {re.escape(m.group(2))}\b", text)
        return word.capitalize() + " " if said else m.group()

    return _ARTICLE_BEFORE_CAPITAL.sub(fix, head) if " the " in head or " a" in head else head


def _recase_words(chunk: str, first: bool) -> str:
    def fix(m: re.Match[str]) -> str:
        w = m.group()
        low = w.lower()
        if low == "s" and m.start() and chunk[m.start() - 1] in "'’":
            return low  # "tvnz's": a network's possessive, after the network's own spelling
        if low in _LOW_SMALL and not (first and m.start() == 0):
            return low
        if re.fullmatch(r"\d+(?:st|nd|rd|th)", low):
            return low  # "2nd season", not "2Nd"
        if re.fullmatch(r"s\d{1,2}", low):
            return "S" + low[1:]
        if low in ("tv", "uk", "us", "bbc", "hbo", "itv", "fx", "amc", "cbs", "nbc", "abc"):
            return low.upper()
        return low[:1].upper() + low[1:]

    return _WORD.sub(fix, chunk)


def _net_aliases() -> dict[str, str]:
    out: dict[str, str] = {}
    for aliases in NETWORKS.values():
        for a in aliases:
            out.setdefault(a.lower(), a)
    return out


NET_LOWER = _net_aliases()
_NET_ANYCASE = re.compile(
    r"(?<![\w+])(" + "|".join(re.escape(a) for a in sorted(NET_LOWER, key=len, reverse=True)) + r")(?![\w+])",
    re.IGNORECASE,
)


def capitalised_tail(name: str, lead: str) -> str | None:
    """The end of a slug's name that the text writes as a title, capitalised ("renewal roundup dust devils" →
    "Dust Devils"; not "drama Ashworth & Daughters"): a slug runs a kicker or a description into its first title."""
    words = name.split()
    for i in range(len(words)):
        tail = " ".join(words[i:])
        at = lead.casefold().find(tail.casefold())
        if at >= 0 and lead[at].isupper() and (at == 0 or not lead[at - 1].isalnum()):
            return tail
    return None


_TOKEN = re.compile(r"\S+")
_EDGE_PUNCT = ",;:!?.()[]"


def _shouted(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and not any(c.isdigit() for c in token)


def _in_run(token: str) -> bool:
    return token == "&" or _shouted(token.strip(_EDGE_PUNCT))


# Lowercase words inside a title in French or Spanish ("Les Héritiers du lac")
_TITLE_SMALL = _LOW_SMALL | {"de", "du", "la", "le", "les", "des", "del", "los", "las"}


def quote_shouted_titles(head: str, text: str) -> str:
    """A press release's title in capitals inside a mixed-case headline ("FOX Sets Season Two Premiere of THE
    WRENFIELDS"), quoted as the text spells it, when the text writes it with capitals too: several words, or one
    long word (no acronym) the text also writes in capitals. A word shouted for emphasis ("Wedding CANCELLED"), which
    the text writes in lowercase, is lowered."""
    tokens = list(_TOKEN.finditer(head))
    out, last, i = [], 0, 0
    while i < len(tokens):
        if not _in_run(tokens[i].group()):
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and _in_run(tokens[j + 1].group()):
            if tokens[j].group()[-1:] in _EDGE_PUNCT:
                break  # "…SAINT-CLAIR, Renews": a comma ends the run
            j += 1
        start, end = tokens[i].start(), tokens[j].end()
        run = head[start:end].rstrip(_EDGE_PUNCT)
        end = start + len(run)
        i = j + 1
        after = head[end:].lstrip(_EDGE_PUNCT + " ")[:1]
        if run.startswith("&") or after.isupper() and head[end : end + 1] == " " or canonical_network(run):
            continue  # part of a longer name ("BAFTA TV Awards"), or a network
        spelling = _as_text_writes(run, text)
        if spelling is not None:
            out.append(head[last:start] + "‘" + spelling + "’")
            last = end
        elif " " not in run and len(run) >= 3 and _only_lowercase(run, text):
            # "The Brennan Inheritance HALTED after …": a word shouted for emphasis, lowercase in the text
            out.append(head[last:start] + run.lower())
            last = end
    return "".join(out) + head[last:] if out else head


def _only_lowercase(word: str, text: str) -> bool:
    """The text writes the word, and only in lower case ("halted"; not "LOST" where the text also has "Lost")."""
    said = [m.group() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)]
    return bool(said) and all(w.islower() for w in said)


def _as_text_writes(run: str, text: str) -> str | None:
    """How the text spells a shouted headline title, or None when it does not confirm it."""
    several = len(run.split()) >= 2
    # (one word: a long one with the vowels of a word, not an acronym such as "AMVCA")
    if not several and (len(run) < 6 or sum(c in "AEIOUY" for c in run) < 2 or run not in text):
        return None
    lowered, at = text.casefold(), 0
    capitals = None
    while (at := lowered.find(run.casefold(), at)) >= 0:
        said = text[at : at + len(run)]
        at += len(run)
        if said == run:
            capitals = capitals or run
        elif all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in said.split()):
            return said  # the text's own spelling: "The Wrenfields"
    if capitals is None:
        return None
    return _recase_words(capitals, first=True)
