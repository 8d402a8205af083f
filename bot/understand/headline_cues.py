"""Cues a headline gives about its own kind: a count of shows just decided ("Three Hit Comedies Renewed"), a plot
preview ("X spoilers: …"), a time since an old decision ("ten years after finale")."""

from __future__ import annotations

import re

from bot.understand.prefilter import rule

F = re.IGNORECASE

# A headline that counts the shows a network just decided ("Three Hit Comedies Renewed for New Seasons"), told
# from a retrospective list ("7 Shows Cancelled Too Soon", "Every Show Renewed in 2024", "The 8 Best …")
_COUNTED = rule(
    r"^\s*(?:two|three|four|five|both|[2-5])\s+(?:[\w'’+-]+\s+){0,3}?(?:tv\s+|[a-z]-)?(?:shows|series|dramas|comedies|"
    r"sitcoms|originals|programmes|programs)\b",
    F,
)
_LOOKING_BACK = re.compile(
    r"\b(?:too\s+soon|of\s+all\s+time|should|deserved?|ever|best|worst|top|ranked|that|which|who|we|you|"
    r"(?:19|20)\d\d|so\s+far|this\s+year|after\s+(?:one|two|three|\d)\s+seasons?|reasons|like)\b",
    F,
)


YEARS_AFTER = re.compile(
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+years\s+(?:after|since|later)\b",
    re.IGNORECASE,
)

# "Dockside spoilers: Tina and Gaz renew their vows": a soap's plot to come
# ("Sterling Bay Spoilers Week of June 9: Dana Pulls the Plug on Her Wedding": a dated preview's label)
_PLOT_PREVIEW = re.compile(
    r"\b(?:spoilers?|teasers?)(?:\s+(?:for\s+)?(?:the\s+)?(?:week|weekend)\s+(?:of\s+)?[\w.]+(?:\s+\d{1,2})?)?\s*[:|–—]|"
    r"\bwritten\s+update\b|"
    # "Millbrook Road's Lorraine devastated as her TV cookery show is axed in shock twist": a plot's turn
    r"\b(?:in\s+(?:a\s+)?)?(?:shock|shocking|dramatic|surprise|brutal|cruel|heartbreaking|devastating)\s+"
    r"(?:plot\s+)?twist\b|\bjilted\s+at\s+the\s+altar\b|"
    # "Harrowgate Lane wedding cancelled as Kerry …", "WEDDING OFF! … JILTS GARY AT THE ALTAR": a soap's wedding
    r"\bwedding\s+(?:is\s+)?(?:cancell?ed|canceled|called\s+off|off)\b|\bjilts?\b|\bat\s+the\s+altar\b|"
    # "TV CHEF DARREN ABBOTT CANCELS WEDDING DAYS BEFORE BIG DAY": a person's wedding, in the plot or in life
    r"\b(?:cancels?|cancell?ed|canceled|calls?\s+off|called\s+off|postpones?)\s+(?:(?:his|her|their|the|a)\s+)?"
    r"(?:wedding|engagement|nuptials)\b|"
    # "FAN FAVOURITE DEB BOOTED OUT OF BAKEHOUSE IN BREAD WEEK": a contestant leaves a competition, not a show ends
    r"\b(?:booted|voted|kicked)\s+(?:out|off)\s+of\b",
    re.IGNORECASE,
)
# ("… spoilers: Maureen and Clive's vow renewal ends in disaster": a wedding's, not the show's)
_SHOW_NEWS_WORDS = re.compile(
    r"\b(?:season|series|show|seasons|(?<!vow\s)(?<!vows\s)renewal|cancell?ation|finale)\b", re.IGNORECASE
)


def plot_preview(title: str) -> bool:
    """ "Dockside spoilers: Tina and Gaz renew their vows": a preview of a soap's plot, unless the part after the
    colon is about the series ("'Grimm' spoilers: NBC renews series for one final season")."""
    preview = _PLOT_PREVIEW.search(title)
    return preview is not None and not _SHOW_NEWS_WORDS.search(title, preview.end())


# "Renewal Roundup: Everything That Got Picked Up (or Axed) This Week", "Weekly Renewals & Cancellations
# Megathread": a digest of the week's decisions, news when its text lists them
# (and a tracker of this month's decisions, "Every TV show cancelled in April 2025 (so far)"; a year's list looks
# back: "All the shows ditched by Hulu in 2022")
_DIGEST = re.compile(
    r"\b(?:round-?up|megathread|weekly|this\s+week|briefs?|newsletter|digest)\b|"
    r"\b(?:every|all)\b[^:]{0,40}?\b(?:cancell?ed|canceled|axed|renewed|ending)\s+(?:in|this)\s+(?:january|february|march|"
    r"april|may|june|july|august|september|october|november|december|month)\b",
    re.IGNORECASE,
)
_DIGEST_DECISION = re.compile(r"\b(?:renew\w*|cancel\w*|axe[sd]?|picked\s+up|orders?|greenlit)\b", re.IGNORECASE)


# "Renewed or Cancelled? TVLine's 2025 Scorecard (Updated: …)": a tracker kept up to date, but not a year's
# scorecard looking back ("Every NBC show renewed or canceled in 2021: the complete scorecard"); "(updated)" keeps
# a year's list live ("Every Netflix show renewed and canceled in 2024 (updated)")
# ("The CW Renewal & Cancellation Status 2025: … (Full List)": a status board)
_TRACKER = re.compile(r"\b(?:scorecard|tracker|status(?:\s+(?:chart|board|list|update))?|full\s+list)\b", re.IGNORECASE)
_PAST_YEAR = re.compile(r"\bin\s+(?:19|20)\d\d\b", re.IGNORECASE)
_UPDATED = re.compile(r"\(updated\b", re.IGNORECASE)


def digest_headline(title: str) -> bool:
    """A headline announcing a digest of decisions (see _DIGEST, _TRACKER)."""
    live = _TRACKER.search(title) is not None and _PAST_YEAR.search(title) is None
    tracker = live or _UPDATED.search(title) is not None
    return (tracker or bool(_DIGEST.search(title))) and bool(_DIGEST_DECISION.search(title))


def counted_news(title: str) -> bool:
    """ "Two Peacock Shows Just Got Canceled": a headline counting shows just decided, not a list looking back."""
    return bool(_COUNTED.search(title)) and not _LOOKING_BACK.search(title)


def counted_phrase(title: str) -> str:
    """ "Four Baltic dramas", "Three K-dramas": the count and kind a headline opens with (its words are no title)."""
    m = _COUNTED.search(title)
    return m.group() if m else ""


# Where a headline's later clause starts (a guess or a guide there leaves the news before it standing)
LATER_CLAUSE = (",", ";", " – ", " — ", " as ", ": ")


def opens_within(hit: tuple[str, int, int], text: str, name: str) -> bool:
    """The refusal's match starts inside the name: its count is the title's ("Nine Lives is given third series")."""
    at = text.casefold().find(name.casefold())
    return at >= 0 and at <= hit[1] < at + len(name)


# refusals a wrong title guess must not hide
UNHIDDEN_REFUSALS = (
    "negation",
    "listicle",
    "explainer",
    "speculation",
    "guide",
    "review",
    "opinion",
    "ratings report",
    "film sequel",
    "sport",
    "fan event",
    "radio",
)
_PERSON = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


def cast_in_headline(sentence: str, headline: str, verb: re.Match[str] | None) -> bool:
    """Whether the headline names a person the casting sentence names before its casting verb."""
    said = " ".join(headline.lower().split())
    return verb is not None and any(m.group().lower() in said for m in _PERSON.finditer(sentence, 0, verb.start()))
