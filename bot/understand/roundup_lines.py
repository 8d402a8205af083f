"""The lines of a roundup's lists: a title on a line of its own ("Will Trent (season 4)", "Backstop — legal drama
from …") and the section headings that give the lines under them their decision ("RENEWED", "THE NEW ONES")."""

from __future__ import annotations

import re

# A line of a list: a title, then at most a bracket, a dash or a colon with a few words ("Will Trent (season 4)")
LIST_LINE = re.compile(
    # (a schedule's time before it: "9 p.m. — St. Brigid's (Season 2 premiere)")
    r"^\s*(?:[-•*–]\s*)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?i:[ap]\.?m\.?)\s*[–—-]\s*)?[\"“‘']?(?P<t>[A-Z0-9][^()\[\]:–—\"“”‘’]{0,60}?)[\"”’']?\s*"
    r"(?P<b>(?:[(\[][^)\]]{0,40}[)\]]\s*){0,2})\s*(?:[–—:-]\s+[^.!?]{0,200})?\s*\.?$"
)
# A list line that states its own decision after a dash: "• Copper Street (ABC) — RENEWED for season 6."
DASH_ITEM = re.compile(
    r"^\s*(?:[-•*]\s*)?[\"“‘']?(?P<t>[A-Z0-9][^()\[\]:–—\"“”‘’.!?]{0,60}?)[\"”’']?\s*(?P<b>[(\[][^)\]]{1,40}[)\]])?"
    r"\s*[–—]\s+(?P<r>[^.!?]{3,200})"
)
# A schedule's day on a line of its own: "MONDAY, SEPT. 22", "Thursday October 9"
DAY_LINE = re.compile(
    r"^\s*(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b,?\s*(?i:[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?)?\s*$"
)
# An entry's heading on a line of its own, the decision in the paragraph under it: "April 24 — Quiet Hours (CBS)",
# "Pickwick Lane (Channel 4)"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# An entry's title, maybe quoted, an apostrophe inside a word allowed ("The Ferryman’s Daughters")
_ENTRY_TITLE = r"[\"“‘']?(?P<t>[A-Z0-9](?:[^()\[\]:–—\"“”‘’.!?]|['’](?=\w)){0,60}?)[\"”’']?"
ENTRY_HEADING = re.compile(
    rf"^\s*(?:(?i:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})\s*[—–:-]\s*)?"
    rf"{_ENTRY_TITLE}\s*(?P<b>[(\[][^)\]]{{1,40}}[)\]])\s*$"
)
# A commission's length in its heading's bracket: "(6x60’)", "(10 x 30 mins)", "(4 × 60)"
EPISODE_FORMAT = re.compile(r"\d+\s*[x×]\s*\d+")
# A paragraph opening with a new show and its length: "Big Shop (6x30') is a workplace comedy …", "Night Porters
# (8x60'), from Manchester indie …"
# (a title's own words only, capitalised or joining: not "Also commissioned are Bins (6x30'), a …")
_OPENER_TITLE = (
    r"[\"“‘']?(?P<t>[A-Z0-9][\w'’&.-]*(?:,?\s+[A-Z0-9&][\w'’&.-]*|\s+(?:a|an|and|at|by|de|for|from|in|of|on|or|the|"
    r"to|with)\b)*)[\"”’']?"
)
# (a list's bullet before it too: "- Lowlands (4x60), a Lincolnshire-set police procedural")
FORMAT_OPENER = re.compile(
    rf"^\s*(?:[-•*]\s*)?{_OPENER_TITLE}\s*[(\[]{EPISODE_FORMAT.pattern}[^)\]]{{0,12}}[)\]],?\s+\S"
)
# A list's section heading on a line of its own: a known label in any case, or two to four words in capitals
_HEADING_EVENTS = {
    **dict.fromkeys(("renewed", "renewals", "returning", "coming back", "renewed shows"), "renewed"),
    **dict.fromkeys(
        ("cancelled", "canceled", "cancellations", "axed", "cancelled shows", "canceled shows"), "cancelled"
    ),
    **dict.fromkeys(("ending", "final season", "final seasons", "ended", "ending shows"), "ending"),
    **dict.fromkeys(
        ("new series", "new shows", "ordered", "series orders", "picked up", "new", "brand new"), "ordered"
    ),
}
# What a heading in capitals says of the lines under it: "THE BIG RETURNS", "THE NEW ONES", "THE ONE THAT GOT AWAY"
_HEADING_WORDS = (
    ("ending", re.compile(r"\b(?:ending|final|farewell|last\s+season)", re.I)),
    ("cancelled", re.compile(r"\b(?:cancel|axed|axe|scrapped|dropped|gone|got\s+away|out\b)", re.I)),
    ("renewed", re.compile(r"\b(?:renew|return|back\b|coming\s+back)", re.I)),
    ("ordered", re.compile(r"\b(?:new\b|order|pick)", re.I)),
)


def heading_event(heading: str) -> str | None:
    """The decision a list's section heading gives its lines: a known label, else the first word of a kind."""
    said = " ".join(heading.lower().split())
    if said in _HEADING_EVENTS:
        return _HEADING_EVENTS[said]
    return next((event for event, words in _HEADING_WORDS if words.search(said)), None)


# The known labels as one alternation, any spacing between their words
_LABELS = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in _HEADING_EVENTS)
_HEADING = re.compile(
    r"(?P<h>(?i:" + _LABELS + r")"
    r"|[A-Z]{2,}(?:\s+[A-Z]{2,}){1,3})\s*:?"
)


# A line opening with its section's label: "NEW: BANNOCK & BONES (6x30) - From …", "RETURNING: DRIFT (Season 4) - …"
LABELLED_LINE = re.compile(
    # ("Also coming back: The Bach": a label repeated for the next line)
    r"^\s*(?i:also\s+)?(?P<h>(?i:" + _LABELS + r"))\s*:\s*"
    r"[\"“‘']?(?P<t>[A-Z0-9][^()\[\]:–—\"“”‘’.!?]{0,60}?)[\"”’']?\s*(?P<b>[(\[][^)\]]{1,40}[)\]])?\s*(?:[–—-]\s|$)"
)


def section_heading(line: str) -> str | None:
    """The heading a line is on its own ("RENEWED", "NEW SERIES:", "THE BIG RETURNS"), or None."""
    m = _HEADING.fullmatch(line.strip())
    return m.group("h") if m else None
