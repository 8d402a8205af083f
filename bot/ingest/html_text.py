"""HTML fragments from feeds → clean plain text, keeping paragraph breaks as blank lines.

Feed summaries are small and simple, so tags are handled with regular expressions (ten times faster than
building a tree, measured on generated feeds); whole pages go through trafilatura instead (bot/ingest/full_text.py).
"""

from __future__ import annotations

import html
import re

# The lookaheads only let through a "<" whose next letter can start one of the names (under re.I, as the names
# are matched): most tags then fail at once instead of after a try of every alternative, half the time a pass.
_DROP = re.compile(
    r"<(?=[sniofebt])(script|style|noscript|iframe|object|embed|svg|form|button|template)\b[^>]*>.*?</\1\s*>",
    re.I | re.S,
)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_PARA = re.compile(
    r"</?(?=[pdbsahfuot])(p|div|blockquote|section|article|header|footer|figure|h[1-6]|ul|ol|table|pre|hr)\b[^>]*>",
    re.I,
)
_LINE = re.compile(r"<(?=[bltdf])(br|li|tr|dd|dt|figcaption)\b[^>]*/?>|</(?=[ltdf])(li|tr|dd|dt|figcaption)>", re.I)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>|<![^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_TAGLIKE = re.compile(r"<[a-zA-Z!/]")
# Whitespace to str.split (str.isspace) other than a space or a newline, listed: as `[^\S \n]` it tests a Unicode
# category per character, several times slower (tests/test_feeds.py checks the list against str.isspace).
_ODD_SPACE = re.compile("[\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_ODD_SPACE_ASCII = b"\t\x0b\x0c\r\x1c\x1d\x1e\x1f"  # the ASCII ones, as bytes to delete
_BLANK_LINES = re.compile("\n\n\n+")


def _single_spaced(text: str) -> bool:
    """True when the only whitespace is single spaces inside lines and newlines: then every line is already its
    words joined by one space. Cheapest tests first; bytes.translate scans ASCII several times faster than re."""
    if "  " in text or " \n" in text or "\n " in text or text[:1] == " " or text[-1:] == " ":
        return False
    if text.isascii():
        return len(text.encode("ascii").translate(None, _ODD_SPACE_ASCII)) == len(text)
    return not _ODD_SPACE.search(text)


def _normalise(text: str) -> str:
    """Spaces collapsed within lines, at most one blank line between paragraphs (str.split is fast C)."""
    text = text.replace("\u200b", "")
    if _single_spaced(text):
        # Only runs of blank lines are left to fold: splitting every line into words cost more than all the rest
        # of html_to_text.
        if "\n\n\n" in text:
            text = _BLANK_LINES.sub("\n\n", text)
        return text.strip("\n")
    if "\n" not in text:
        return " ".join(text.split())
    lines: list[str] = []
    blank = False
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if not line:
            blank = True
            continue
        if blank and lines:
            lines.append("")
        lines.append(line)
        blank = False
    return "\n".join(lines)


def clean_title(text: str | None) -> str:
    """One line: entities decoded, tags dropped, whitespace collapsed."""
    if not text:
        return ""
    if _TAGLIKE.search(text):
        text = html_to_text(text)
    elif "&" in text:
        text = html.unescape(text)
    return " ".join(text.replace("\u200b", "").split())


def html_to_text(fragment: str | None) -> str:
    if not fragment:
        return ""
    if not _TAGLIKE.search(fragment):  # plain text: the fast path for many feed summaries
        return _normalise(html.unescape(fragment))
    text = _COMMENT.sub("", fragment) if "<!--" in fragment else fragment
    text = _DROP.sub(" ", text)
    text = _PARA.sub("\n\n", text)
    text = _LINE.sub("\n", text)
    text = _TAG.sub("", text)
    return _normalise(html.unescape(text))
