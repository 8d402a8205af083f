"""Number words and ordinals, shared by season extraction and question parsing."""

from __future__ import annotations

import re

from bot.understand.prefilter import trie_alternation

WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
}
ORDINAL_WORDS = [w for w, _ in WORD_NUMBERS.items() if w.endswith(("st", "nd", "rd", "th")) and w not in ("first",)] + [
    "first"
]
CARDINAL_WORDS = [w for w in WORD_NUMBERS if w not in ORDINAL_WORDS]

# (the words as a trie: the same matches as the words listed longest first, tried faster)
NUM = r"(\d{1,2}|" + trie_alternation(CARDINAL_WORDS) + r")"
ORD = r"(\d{1,2}(?:st|nd|rd|th)|" + trie_alternation(ORDINAL_WORDS) + r")"


def to_int(token: str) -> int | None:
    t = token.lower().strip()
    t = re.sub(r"(?<=\d)(st|nd|rd|th)$", "", t)
    if t.isdigit():
        return int(t)
    return WORD_NUMBERS.get(t)
