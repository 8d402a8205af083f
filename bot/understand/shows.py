"""Which show a headline is about: quoted titles first, then the headline's structure."""

from __future__ import annotations

import re

from bot.understand.networks import NETWORKS, is_network_name

# Quotes: curly and straight, single and double. The closing quote must not be followed by a letter, so
# apostrophes inside titles ("Schitt's Creek", ‘Schitt’s Creek’) do not end them.
_QUOTED = re.compile(
    r"(?<![\w])(?:‘(?P<a>.+?)’(?![\w])|“(?P<b>.+?)”|\"(?P<c>.+?)\"|'(?P<d>.+?)'(?![\w])|«(?P<e>.+?)»)"
)
# Derivative works named after a show are not the show the news is about
_DERIVATIVE_AFTER = re.compile(r"^\s*(spin-?off|spinoff|movie|film|podcast|video\s+game|game|musical|book|novel|plans)\b", re.I)

_NET_ALT = "|".join(re.escape(a) for a in sorted({a for v in NETWORKS.values() for a in v}, key=len, reverse=True))
_VERBS = (r"renews?|renewed|cancels?|cancell?ed|canceled|axes|axed|scraps?|scrapped|orders?|ordered|greenlights?|"
          r"greenlit|picks\s+up|picked\s+up|sets?|drops?|releases?|reveals?|unveils?|saves?|saved|rescues?|rescued|"
          r"revives?|revived|confirms?|confirmed|gives?|lands?|debuts?|premieres?|ends?|ending|to\s+end|will\s+end|"
          r"wraps?|begins?|starts?|returns?|gets?|is|are|was|will|has|have|season|seasons|series|part|s\d|trailer|"
          r"teaser|first[- ]look|production|filming|renewal|cancellation|final|adds?|casts?|joins?|exits?|sets?|"
          r"lands?|won'?t|coming|comes|arrives?|to|star|stars|moves?|shuts?|pulls?|heads?|nabs?|scores?|earns?|"
          r"officially|reportedly|likely|spinoff|spin-off|revival|reboot|boss|creator|showrunner|cast|after|at|on|for|by|with")
# "Netflix renews X for ...", "HBO's X ...": the text after a network and a verb
_KIND_OF_SHOW = r"(?:(?:new|limited|animated|live-action|half-hour|hour-long)\s+)*(?:drama|comedy|thriller|docuseries|sitcom|anime|" \
                r"procedural|dramedy|reality|mystery|horror|fantasy|crime|medical|legal)?\s*(?:series|pilot|show)\s+"
_AFTER_NET_VERB = re.compile(rf"(?:{_NET_ALT})(?:'s|’s)?\s+(?:{_VERBS.split('|season')[0]})\s+(?:{_KIND_OF_SHOW})?(?P<t>.+?)"
                             rf"(?=\s+(?:for|after|with|at|on|to|by|as|in|season|seasons|series|part|amid|despite|ahead|premiere|"
                             rf"trailer|teaser|release|debut)\b|[,;–—(]|:(?!\s*(?-i:[A-Z0-9]))|$)", re.I)
_POSSESSIVE_NET = re.compile(rf"(?:{_NET_ALT})(?:'s|’s)\s+(?P<t>.+?)(?=\s+(?:{_VERBS})\b|[,:;–—(]|$)", re.I)
_CUTS = re.compile(rf"\s+(?i:{_VERBS})\b|\s*[,;–—(?!]|:(?!\s*[A-Z0-9])|$")
_INCOMPLETE = re.compile(r"(?:&|\band|\bof|\bthe|\ba|\bin|\bon|\bto|\bfor|\bat|\bby|:|-)$", re.I)
_DESCRIPTORS = re.compile(r"^(?:the\s+)?(?:(?:hit|new|acclaimed|beloved|popular|animated|limited|original|british|"
                          r"canceled|cancelled|fan-favorite|fan-favourite|critically[- ]acclaimed)\s+)*"
                          r"(?:drama|comedy|sitcom|series|show|thriller|docuseries|anime|miniseries|procedural|dramedy)\s+", re.I)
_TRAILING_JUNK = re.compile(r"(?:\s+(?:tv|series|revival|reboot|drama|comedy|sitcom|spinoff|spin-off|prequel|sequel|"
                            r"finale|episode|star|cast|creator|showrunner|boss))+$", re.I)
_SEASON_TAIL = re.compile(r"\s+(?:season|series|part|s)\s*\d+$|\s+S\d{1,2}$", re.I)


_DERIVED_FROM = re.compile(r"^.+?\s+(?:prequel|spinoff|spin-off|sequel|reboot|revival)\s+(?=[A-Z0-9])", re.I)


def _clean(name: str) -> str:
    name = name.strip().strip(" .,:;!?-–—\"'‘’“”")
    name = _DERIVED_FROM.sub("", name)  # "Yellowstone Prequel 1923" is about 1923
    name = _DESCRIPTORS.sub("", name)
    name = re.sub(r"^(?:(?:" + _NET_ALT + r")(?:'s|’s)?\s+)+", "", name, flags=re.I)
    name = _SEASON_TAIL.sub("", name)
    name = _TRAILING_JUNK.sub("", name)
    return name.strip().strip(" .,:;!?-–—\"'‘’“”")


def _plausible(name: str) -> bool:
    if not name or len(name) > 80 or is_network_name(name):
        return False
    if not re.search(r"[A-Za-z0-9]", name):
        return False
    words = name.split()
    if len(words) > 9:
        return False
    # Unquoted titles start with a capital or a digit in headline case
    return name[0].isupper() or name[0].isdigit()


def quoted_titles(title: str) -> list[tuple[str, bool]]:
    """(title, is_derivative) for each quoted span, in order."""
    out = []
    for m in _QUOTED.finditer(title):
        text = next(g for g in m.groups() if g)
        derivative = bool(_DERIVATIVE_AFTER.match(title[m.end():]))
        cleaned = text.strip()
        if cleaned and len(cleaned) <= 100:
            out.append((cleaned, derivative))
    return out


def extract_shows(title: str) -> list[str]:
    """Every show the headline names, the main one first. Empty when none can be told."""
    quoted = quoted_titles(title)
    if quoted:
        main = [t for t, d in quoted if not d]
        rest = [t for t, d in quoted if d]
        shows: list[str] = []
        for t in main + rest:
            if t not in shows:
                shows.append(t)
        return shows
    for pattern in (_AFTER_NET_VERB, _POSSESSIVE_NET):
        m = pattern.search(title)
        if m:
            name = _clean(m.group("t"))
            if _plausible(name):
                return [name]
    name = _leading(title)
    if name:
        # "X and Y renewed" names two shows
        parts = [p for p in re.split(r"\s*(?:,|\band\b(?=\s+[A-Z]))\s*", name) if p]
        if len(parts) > 1 and all(_plausible(p) and len(p.split()) <= 4 for p in parts):
            return parts
        return [name]
    return []


def _leading(title: str) -> str | None:
    """The headline's opening words up to its first verb, skipping cuts that leave a dangling '&' or 'of'."""
    for m in _CUTS.finditer(title):
        if m.start() == 0:
            continue
        head = title[: m.start()]
        if _INCOMPLETE.search(head.strip()):
            continue
        name = _clean(head)
        return name if _plausible(name) else None
    return None
