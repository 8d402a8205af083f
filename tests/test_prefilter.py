"""The literal prefilters give exactly the results of the patterns they guard, on every labelled real text."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import string
import sys
from pathlib import Path

import pytest

import bot.understand as understand
from bot.understand.prefilter import Prefiltered, fold, prefiltered, requirement
from bot.understand.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
OWN = ROOT / "tests" / "data" / "understand"


def _guarded() -> dict[str, Prefiltered]:
    """Every prefiltered rule of bot.understand, alone or inside a list of (name, rule) pairs."""
    found: dict[str, Prefiltered] = {}
    for info in pkgutil.iter_modules(understand.__path__):
        module = importlib.import_module(f"bot.understand.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, Prefiltered):
                found[f"{info.name}.{name}"] = value
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, tuple) and isinstance(item[-1], Prefiltered):
                        found[f"{info.name}.{name}[{i}]"] = item[-1]
    return found


def _texts() -> list[str]:
    """Headlines, sentences and whole leads of every labelled set here (the real ones when ../shared is present)."""
    files = sorted(OWN.glob("*.jsonl")) + sorted(SHARED.glob("*.jsonl"))
    out: list[str] = []
    for path in files:
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            title, text = row.get("title") or "", row.get("text") or ""
            out += [title, title.lower(), title.upper(), text[:1500]]
            out += split_sentences(text[:3000])
    return out


GUARDED = _guarded()
TEXTS = _texts()


def test_the_slow_rules_are_prefiltered() -> None:
    # the rules measured slowest on real text carry a prefilter with at least one required set of words
    for name in ("shows._POSSESSIVE_NET", "events.PRODUCTION_STRONG", "events.CASTING", "facts._NOT_STORY"):
        assert GUARDED[name].needs, name
    assert len([p for p in GUARDED.values() if p.needs]) >= 30


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_prefiltered_rule_matches_exactly_as_its_pattern(name: str) -> None:
    rule = GUARDED[name]
    for text in TEXTS:
        got = [m.span() for m in rule.finditer(text)]
        want = [m.span() for m in rule.regex.finditer(text)]
        assert got == want, (name, text)
        first, expected = rule.search(text), rule.regex.search(text)
        assert (first and first.span()) == (expected and expected.span()), (name, text)
        assert rule.sub("#", text) == rule.regex.sub("#", text), (name, text)


def test_requirements_are_derived_from_the_pattern() -> None:
    assert requirement(re.compile(r"\bcancell?ed\b", re.I)) == (frozenset({"cancel"}),)
    # an optional part requires nothing; the part every match has does
    assert requirement(re.compile(r"(?:renewed\s+)?for\s+another\s+season")) == (
        frozenset({"another"}),
        frozenset({"season"}),
    )
    # one alternative without a word of its own: nothing is required of the text
    assert requirement(re.compile(r"\b(?:axed|[A-Z]\d)\b")) == ()
    # a word inside a longer one of the same set is enough to look for
    assert requirement(re.compile(r"\b(?:view|review)\b")) == (frozenset({"view"}),)


def test_prefilter_ignores_case_as_the_pattern_does() -> None:
    rule = prefiltered(re.compile(r"\bcancell?ed\b", re.IGNORECASE))
    for text in ("Show CANCELLED", "show Canceled", "no news here"):
        assert bool(rule.search(text)) == bool(rule.regex.search(text))


def test_fold_keeps_every_character_the_regex_engine_takes_for_an_ascii_letter() -> None:
    # Python's IGNORECASE matches a few non-ASCII characters to ASCII letters ("İ" to "i", "K" to "k"): the
    # folded text must keep the letter, or a prefilter would skip a text its pattern matches
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letter in string.ascii_lowercase:
        for m in re.finditer(letter, every, re.IGNORECASE):
            assert letter in fold(f"x{m.group()}y"), (letter, hex(ord(m.group())))
