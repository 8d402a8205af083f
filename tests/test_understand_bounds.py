"""Hostile input: every text function does bounded, linear-ish work whatever the headline or text holds."""

import time

import pytest

from bot.understand import analyze
from bot.understand.analyze import MAX_TEXT, MAX_TITLE

# Each pattern once made analyze() slow: nested or overlapping quantifiers over an unbounded title or text
KNOWN_PATTERNS = {
    "quotes": "'a ",
    "colons": ":",
    "mister": "Mr. ",
    "show of for": "Show of for ",
    "S1": "S1 ",
    "HBO picks up": "HBO picks up ",
    "network verb": "Netflix renews ",
    "season": "season 2 ",
    "caps": "The Big Show ",
    "curly quotes": "‘a ",
    "double quotes": '"x ',
    "possessive": "HBO's ",
    "renewed for": "renewed for season ",
    "ordinal chain": "fifth and ",
    "cast colon": "Cast: X ",
    "blank lines": "A\n\n",
    "ampersand": "& ",
    "dots": ". ",
    "dashes": "- ",
    "the": "the ",
}
SIZE = 30_000


def _fill(pattern: str) -> str:
    return (pattern * (SIZE // len(pattern) + 1))[:SIZE]


def test_twenty_pathological_inputs_of_30000_chars_take_under_five_seconds_in_all():
    assert len(KNOWN_PATTERNS) >= 20
    started = time.perf_counter()
    for pattern in KNOWN_PATTERNS.values():
        analyze(_fill(pattern), "")  # as a headline
        analyze("Netflix renews ‘Ozark’ for season 5", _fill(pattern))  # as the text
    assert time.perf_counter() - started < 5.0


@pytest.mark.parametrize("name", sorted(KNOWN_PATTERNS))
def test_each_known_pattern_is_bounded(name: str):
    text = _fill(KNOWN_PATTERNS[name])
    started = time.perf_counter()
    a = analyze(text, text)
    assert time.perf_counter() - started < 1.0, name  # generous: a bounded scan takes milliseconds
    assert len(a.evidence) <= max(MAX_TITLE, MAX_TEXT)
    assert all(len(s) <= MAX_TITLE for s in a.shows)


def test_the_headline_is_capped_and_what_follows_the_cap_is_not_read():
    a = analyze("x " * 200 + "Netflix renews ‘Ozark’ for season 5", "")
    assert a.event is None and a.show is None


def test_a_huge_text_only_its_first_paragraphs_count():
    filler = "Nothing to see here, just a long piece about gardening and weather. " * 2000
    a = analyze("Gardening notes", filler + "Netflix has renewed Ozark for a fifth season.")
    assert a.event is None
