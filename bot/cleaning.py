"""The one cleaning step for text from outside: feeds, article pages, TVmaze, OPML files and what people type in
Discord or on the command line.

Outside text may carry characters nobody can see that still do something: C0/C1 controls (NUL ends strings in C
code, ESC starts terminal sequences that set a window title or write the clipboard, BEL rings), bidi controls
that reverse what follows (U+202E shows "exe.txt" for "txt.exe") and zero-width characters that make two equal
looking names different. They are removed where text enters, and once more where text leaves for a terminal.
A zero-width joiner between two emoji is kept: it is what makes "👩‍🚀" one picture.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, lone surrogates (a str from JSON can hold one; it cannot be
# encoded as UTF-8), bidi marks, embeddings, overrides and isolates (U+061C, U+200E/F, U+202A-202E, U+2066-2069),
# and zero-width or invisible characters (U+180E, U+200B/C, U+2060-2064, U+FEFF).
_HIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u061c\u180e\u200b\u200c\u200e\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
# Emoji, roughly (the pictographic blocks, dingbats and arrows that have emoji forms), and what may end one:
# a variation selector or a skin tone. A joiner is kept only between two of these.
_EMOJI = (
    "\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21aa\u231a-\u23ff\u24c2\u25aa-\u27bf\u2934\u2935"
    "\u2b05-\u2b55\u3030\u303d\u3297\u3299\U0001f000-\U0001faff"
)
_LONE_JOINER = re.compile(f"(?<![{_EMOJI}\ufe0f])\u200d|\u200d(?![{_EMOJI}])")
# The same for ASCII text, as bytes to delete: carriage return included, since clean_text changes it too.
_HIDDEN_ASCII = bytes(b for b in range(32) if b not in (9, 10)) + b"\x7f"


def clean_text(text: str | None) -> str:
    """Outside text made safe to keep and show: line breaks become \\n, hidden characters (see above) are dropped;
    newlines and tabs stay."""
    if not text:
        return ""
    if text.isascii() and len(text.encode("ascii").translate(None, _HIDDEN_ASCII)) == len(text):
        return text  # nothing to change (most text): bytes.translate finds that several times faster than a regex
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _HIDDEN.sub("", text)
    return _LONE_JOINER.sub("", text) if "\u200d" in text else text


def clean_line(text: str | None, limit: int | None = None) -> str:
    """A name or title: controls become spaces (they stood between words), other hidden characters go, every run
    of whitespace (newlines too) is one space; at most `limit` characters."""
    line = " ".join(clean_text(_CONTROLS.sub(" ", text or "")).split())
    if limit is None or len(line) <= limit:
        return line
    line = line[:limit].rstrip()
    return _LONE_JOINER.sub("", line) if "\u200d" in line else line  # the cut may fall inside an emoji


def has_hidden(text: str) -> bool:
    """Whether clean_text would drop anything but carriage returns (for input refused rather than changed)."""
    return bool(_HIDDEN.search(text.replace("\r", ""))) or ("\u200d" in text and bool(_LONE_JOINER.search(text)))


def for_terminal(text: str) -> str:
    """Text about to be written to a terminal: nothing that a terminal would act on, whatever was stored."""
    return clean_text(text)
