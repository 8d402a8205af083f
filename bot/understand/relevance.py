"""Is this about a TV series at all? A cheap first check, before any event rule or title search.

General news, sports, politics, tech and film headlines share the event words of TV news ("renews sanctions",
"orders an investigation", "returns to the pool", "premiere of the film"). An article is TV news when the words
around it are TV words: a network, "season", "series", "episode", "sitcom", "showrunner" … and not mostly the
words of another field. Three regular expressions over the headline and the first paragraphs, nothing more.
"""

from __future__ import annotations

import re

from bot.understand.networks import find_networks

# TV words; the strong ones are rarely anything but TV in news ("season 2", "the sitcom", "showrunner")
_STRONG = re.compile(
    r"\b(?:seasons?\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b|(?:first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|final|last|new|next|\d{1,2}(?:st|nd|rd|th))\s+(?:and\s+final\s+)?season|"
    r"series\s+\d{1,2}\b|(?:second|third|fourth|fifth|sixth|new|final)\s+series|tv\s+(?:show|series|drama|comedy)|"
    r"episodes?|sitcoms?|showrunners?|miniseries|docuseries|docu-series|limited\s+series|spin-?offs?|"
    r"television|streamer|streaming\s+(?:service|giant|platform)|the\s+show|the\s+series|renewal|renewed|"
    r"cancell?ation|recommission\w*|premiere\s+date|series\s+order|pilot|showrunner|primetime|tv)\b",
    re.I,
)
_WEAK = re.compile(
    r"\b(?:season|seasons|series|shows?|drama|dramas|comedy|comedies|thriller|cast|casting|trailer|teaser|"
    r"premieres?|finale|reboot|revival|prequel|anime|soap|channel|network|broadcaster|viewers|fans|"
    r"renews?|cancel\w*|axed|axes|commission\w*|greenl\w*|filming|production|starring|stars|character)\b",
    re.I,
)
_OFF = re.compile(
    r"\b(?:box\s+office|movie|movies|cinemas?|theaters|theatrical|sequel\s+film|league|playoffs?|olympics?|olympic|"
    r"tournament|championship|football|soccer|nba|nfl|fifa|uefa|medal|match|matches|goals?|stadium|coach|"
    r"government|minister|ministers|senator|parliament|election|president|court|judge|police|war|military|"
    r"troops|sanctions|economy|inflation|stocks?|shares\s+(?:rose|fell|jumped|dropped)|investors|earnings|"
    r"software|developer|javascript|python|react|rails|git|api|database|startup|crypto|bitcoin|smartphone|"
    r"laptop|chip|chips|console|video\s+game|game(?!\s+show)|gameplay|players|album|concert|tour|single)\b",
    re.I,
)


def tv_score(title: str, lead: str) -> float:
    """Higher is more surely TV news: strong TV words and networks count most, other fields' words count against."""
    score = 0.0
    strong_t = len({m.group().lower() for m in _STRONG.finditer(title)})
    weak_t = len({m.group().lower() for m in _WEAK.finditer(title)})
    nets_t = len(find_networks(title))
    score += 2.0 * strong_t + 1.0 * weak_t + 2.0 * min(nets_t, 2)
    if lead:
        strong_l = len({m.group().lower() for m in _STRONG.finditer(lead)})
        weak_l = len({m.group().lower() for m in _WEAK.finditer(lead)})
        nets_l = len({c for _p, _a, c in find_networks(lead)})
        score += 1.0 * min(strong_l, 4) + 0.5 * min(weak_l, 4) + 1.0 * min(nets_l, 2)
    off = len({m.group().lower() for m in _OFF.finditer(title)}) * 2 + len(
        {m.group().lower() for m in _OFF.finditer(lead)})
    return score - 1.2 * off


RELEVANT = 1.5  # at or above: worth reading as TV news
RELEVANT_HEADLINE_ONLY = 1.0  # a headline without text has fewer words to show it


def is_tv_news(title: str, lead: str) -> bool:
    return tv_score(title, lead) >= (RELEVANT if len(lead) >= 80 else RELEVANT_HEADLINE_ONLY)
