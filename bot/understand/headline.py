"""The headline as the rules read it: the labels and outlet names feeds put around it taken off."""

from __future__ import annotations

import html
import re

from bot.understand.networks import canonical_network

# Labels outlets put before a headline: "TV News:", "EXCLUSIVE:", "Report:", "Watch:"
_LABEL = re.compile(
    r"^(?:(?:tv|television|entertainment)\s+news(?:\s+round-?up)?|breaking(?:\s+news)?|exclusive|report|watch|video|update|"
    r"updated|confirmed|official|news|tv|streaming|ratings)\s*[:|–—]\s*(?=\S)",
    re.IGNORECASE,
)


def unescape_entities(text: str) -> str:
    """ "Gloria &amp; Ray", "Dana&#8217;s": a feed's HTML entities as the characters they stand for."""
    return html.unescape(text) if "&" in text and ";" in text else text


def clean_headline(title: str | None, text: str = "", limit: int = 300) -> str:
    """The headline as read: one line of at most `limit` characters, without a label before it ("EXCLUSIVE:")
    or an outlet's name after it."""
    title = " ".join(unescape_entities((title or "")[: limit * 2]).split())[:limit]
    if " " not in title and title.count("-") >= 3:
        title = title.replace("-", " ")  # a URL slug as the headline: "starz-kingsbridge-season-2-wraps-filming"
    stripped = _without_outlet(_LABEL.sub("", title, count=1), text)
    return stripped if len(stripped) >= 8 else title


# The outlet's name a feed appends to its headlines: "… for Season 3 | Deadline", "… - The Hollywood Reporter".
# It would make a lowercase headline look mixed-case and offer its words as a title.
_OUTLET_TAIL = re.compile(r"\s+(?P<sep>\||::|-|–|—|•|·)\s+(?P<outlet>[^|:–—•·\-‘’“”\"'?!]{2,40}?)\s*$")
_NEWS_TAIL = re.compile(
    r"\d|\b(?:seasons?|series|trailers?|teasers?|premieres?|dates?|cast|finale|part|episodes?|reviews?|recap|photos?|"
    r"first\s+look|clip|promo|renew\w*|cancel\w*|axe[sd]?|order\w*|end\w*|return\w*|final|revival|reboot)\b",
    re.IGNORECASE,
)


def _without_outlet(title: str, text: str) -> str:
    """The headline without an outlet's name at its end: a short capitalised tail after a separator that says
    nothing of news, names no network and that the article's text never uses (a show's name would be there).
    Without a text to check, only a bar or a bullet marks an outlet: a dash may introduce the show."""
    m = _OUTLET_TAIL.search(title)
    if m is None or not text.strip() and m.group("sep") in "-–—":
        return title
    outlet, head = m.group("outlet").strip(), title[: m.start()]
    if (
        len(outlet.split()) > 5
        or len(head.split()) < 3
        or not outlet[:1].isupper()
        or _NEWS_TAIL.search(outlet)
        or canonical_network(outlet)
        or outlet.casefold() in text.casefold()
    ):
        return title
    return head
