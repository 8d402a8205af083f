"""HTML fragments from feeds → clean plain text, keeping paragraph breaks as blank lines.

Feed summaries are small and simple, so tags are handled with regular expressions (ten times faster than
building a tree, measured on generated feeds); whole pages go through trafilatura instead (bot/ingest/full_text.py).
"""

from __future__ import annotations

import html
import re

_DROP = re.compile(
    r"<(script|style|noscript|iframe|object|embed|svg|form|button|template)\b[^>]*>.*?</\1\s*>", re.I | re.S
)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_PARA = re.compile(
    r"</?(p|div|blockquote|section|article|header|footer|figure|h[1-6]|ul|ol|table|pre|hr)\b[^>]*>", re.I
)
_LINE = re.compile(r"<(br|li|tr|dd|dt|figcaption)\b[^>]*/?>|</(li|tr|dd|dt|figcaption)>", re.I)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>|<![^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_TAGLIKE = re.compile(r"<[a-zA-Z!/]")
# C0 controls but tab and newline, DEL, C1 controls, and lone surrogates (a str from JSON can hold one; it
# cannot be encoded as UTF-8, so it would make storing the whole feed fail).
_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(text: str | None) -> str:
    """Any text from a feed made safe to keep: line breaks become \\n, lone surrogates and control
    characters (all but newline and tab) are dropped."""
    if not text:
        return ""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _UNSAFE_CHARS.sub("", text)


def _normalise(text: str) -> str:
    """Spaces collapsed within lines, at most one blank line between paragraphs (str.split is fast C)."""
    text = text.replace("\u200b", "")
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
