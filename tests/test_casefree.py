"""A case-insensitive pattern recompiled without IGNORECASE matches exactly the characters and texts it did."""

from __future__ import annotations

import re
import string
import sys

import pytest

from bot.understand.casefree import ODD, PLAIN, VARIANTS, case_free
from bot.understand.prefilter import prefiltered

EVERY = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
ORDINARY = EVERY.translate({ord(ch): None for ch in ODD})


def test_variants_are_every_character_the_engine_takes_for_an_ascii_letter() -> None:
    for letter in string.ascii_letters:
        found = {ord(m.group()) for m in re.finditer(letter, EVERY, re.IGNORECASE)}
        assert found == set(VARIANTS[ord(letter)]), letter
        assert set(VARIANTS[ord(letter)]) - set(PLAIN[ord(letter)]) == {ord(ch) for ch in ODD if ord(ch) in found}, (
            letter
        )


@pytest.mark.parametrize(
    "source",
    [
        "s",
        "K",
        "[^s]",
        "[a-z]",
        "[^a-z]",
        "[A-Za-z0-9'’-]",
        "[ivx]",
        "[^ivx\\s]",
        "[\\w'’-]",
        "[a-f\\d]",  # (a category beside letters: left as it is)
        "[\u2010-\u2015]",
        "é",  # (a non-ASCII letter: left as it is)
    ],
)
def test_each_class_matches_the_same_characters(source: str) -> None:
    slow = re.compile(source, re.IGNORECASE)
    fast = case_free(slow)
    assert [m.start() for m in fast.finditer(EVERY)] == [m.start() for m in slow.finditer(EVERY)], source
    # without the odd characters: the same on every text that has none of them
    plain = case_free(slow, odd=False)
    assert [m.start() for m in plain.finditer(ORDINARY)] == [m.start() for m in slow.finditer(ORDINARY)], source


def test_a_rule_on_a_text_with_an_odd_character_runs_its_own_pattern() -> None:
    rule = prefiltered(re.compile(r"\b(?:season|kick|is)\b", re.IGNORECASE))
    for text in ("ſeaſon", "\u212aick", "İs", "ıs", "SEASON", "Kick", "no news"):
        assert [m.span() for m in rule.finditer(text)] == [m.span() for m in rule.regex.finditer(text)], text
        assert bool(rule.search(text)) == bool(rule.regex.search(text)), text


def test_groups_and_spans_are_the_patterns() -> None:
    slow = re.compile(r"\b(?:season|series)\s+(?P<n>\d+)|\bS(\d{1,2})\b|(?<!\w)vol\.?\s+([ivx]+)\b", re.IGNORECASE)
    fast = case_free(slow)
    assert fast is not slow and not fast.flags & re.IGNORECASE
    for text in ("SEASON 3 and S02", "ſeaſon 4, Series 12", "Vol. IV", "seasonal 3", "İvx vol iv"):
        got = [(m.span(), m.groups(), m.groupdict()) for m in fast.finditer(text)]
        assert got == [(m.span(), m.groups(), m.groupdict()) for m in slow.finditer(text)], text


def test_scoped_flags_are_spelled_out_where_they_apply() -> None:
    for source, flags in (
        (r"(?i:season)\s+S(\d)", 0),
        (r"(?-i:S)eason|(?-i:(b)\1)", re.IGNORECASE),
        (r"X(?i:y[a-c])Z", 0),
    ):
        slow = re.compile(source, flags)
        fast = case_free(slow)
        assert fast is not slow and not fast.flags & re.IGNORECASE, source
        for text in ("SEASON S2", "season s2", "Season", "season", "ſEASON S1", "xYbZ", "XYBZ", "XyAZ", "bB", "bb"):
            got = [(m.span(), m.groups()) for m in fast.finditer(text)]
            assert got == [(m.span(), m.groups()) for m in slow.finditer(text)], (source, text)


def test_what_cannot_be_translated_is_left_as_it_is() -> None:
    for source in (r"(a)\1", r"(?s:A.)b", "straße", "[a-z\\w]", r"(a)?(?(1)b|c)"):
        slow = re.compile(source, re.IGNORECASE)
        assert case_free(slow) is slow, source
    plain = re.compile("abc")
    assert case_free(plain) is plain
