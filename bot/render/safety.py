"""Making untrusted text (article titles, summaries, user questions) safe to show in Discord.

Discord renders markdown and mentions; an outlet's title must never ping anyone or carry a masked link.
"""

from __future__ import annotations

import re

ZWSP = "\u200b"

_MARKDOWN = re.compile(r"([\\*_~`|>\[\]()#])")
_MENTION = re.compile(r"@(everyone|here)|<(@[!&]?|#)(\d+)>", re.IGNORECASE)
_URL_SCHEME = re.compile(r"\b(https?)://", re.IGNORECASE)


def neutralize_mentions(text: str) -> str:
    """@everyone/@here and <@id>/<@&id>/<#id> get a zero-width space so they cannot mention anyone."""

    def fix(m: re.Match[str]) -> str:
        if m.group(1):
            return "@" + ZWSP + m.group(1)
        return "<" + m.group(2) + ZWSP + m.group(3) + ">"

    return _MENTION.sub(fix, text)


def escape_markdown(text: str) -> str:
    return _MARKDOWN.sub(r"\\\1", text)


def break_links(text: str) -> str:
    """Bare URLs in untrusted text would become live links; a zero-width space keeps them as text."""
    return _URL_SCHEME.sub(lambda m: m.group(1) + ":" + ZWSP + "//", text)


def safe_text(text: str, *, links: bool = False) -> str:
    """Escape markdown and neutralise mentions; with links=False bare URLs are not clickable either."""
    text = neutralize_mentions(escape_markdown(text))
    return text if links else break_links(text)


def trim(text: str, limit: int) -> str:
    """Cut at the last sentence end that fits, else at a word, adding an ellipsis; never over `limit`."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    ends = [m.end() for m in re.finditer(r"[.!?…][\"'”’)]?(?=\s)", cut)]
    if ends and ends[-1] > limit // 3:
        return cut[: ends[-1]].rstrip()
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"
