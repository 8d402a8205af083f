"""HTML fragments from feeds → clean plain text, keeping paragraph breaks as blank lines."""

from __future__ import annotations

import html
import re

import lxml.html
from lxml import etree

_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
          "article", "header", "footer", "figure", "figcaption", "table", "tr", "pre", "hr", "dd", "dt"}
_DROP = {"script", "style", "noscript", "iframe", "object", "embed", "svg", "form", "button", "template"}
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_MANY_BREAKS = re.compile(r"\n\s*\n\s*(\n\s*)*")
_TAGLIKE = re.compile(r"<[a-zA-Z!/]")


def _normalise(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return _MANY_BREAKS.sub("\n\n", text).strip()


def clean_title(text: str | None) -> str:
    """One line: entities decoded, tags dropped, whitespace collapsed."""
    if not text:
        return ""
    if _TAGLIKE.search(text):
        text = html_to_text(text)
    elif "&" in text:
        text = html.unescape(text)
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def html_to_text(fragment: str | None) -> str:
    if not fragment:
        return ""
    if not _TAGLIKE.search(fragment):  # plain text: the fast path for most feed summaries
        return _normalise(html.unescape(fragment))
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _normalise(html.unescape(re.sub(r"<[^>]*>", " ", fragment)))
    parts: list[str] = []

    def walk(el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "br":
            parts.append("\n" + (el.tail or ""))
            return
        if tag in _DROP:
            if el.tail:
                parts.append(el.tail)
            return
        block = tag in _BLOCK
        if block:
            parts.append("\n\n" if tag in ("p", "div", "blockquote", "section", "article", "h1", "h2", "h3",
                                          "h4", "h5", "h6", "ul", "ol", "table", "figure") else "\n")
        if el.text and isinstance(el.tag, str):
            parts.append(el.text)
        for child in el:
            walk(child)
        if block:
            parts.append("\n\n" if tag == "p" else "\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    return _normalise("".join(parts))
