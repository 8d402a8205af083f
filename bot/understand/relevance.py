"""Is this about a TV series at all? A cheap first check, before any event rule or title search.

General news, sports, politics, tech and film headlines share the event words of TV news ("renews sanctions",
"orders an investigation", "returns to the pool", "premiere of the film"). An article is TV news when the words
around it are TV words: a network, "season 2", "series", "episode", "sitcom", "showrunner" … and not mostly the
words of another field. The headline and the first paragraphs are split into words once; every test is a set
intersection (words and word pairs), so this costs a few microseconds per kilobyte.
"""

from __future__ import annotations

import re
from itertools import compress, pairwise

from bot.understand.networks import NETWORKS
from bot.understand.wordlists import words

_WORDS = re.compile(r"[a-z0-9][a-z0-9+'’-]*")
_CASED = re.compile(r"[A-Za-z0-9][A-Za-z0-9+&]*")
_NUMS = [str(n) for n in range(1, 61)] + [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]
_ORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "final",
    "last",
    "new",
    "next",
    "upcoming",
    "sophomore",
    "freshman",
] + [f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') if n not in (11, 12, 13) else 'th' }" for n in range(1, 41)]

# TV words; the strong ones are rarely anything but TV in news ("season 2", "the sitcom", "showrunner")
STRONG_WORDS = words(
    """
    anime cancelation cancellation docu-series docuseries episode episodes k-drama miniseries pilot premiered
    primetime recommission recommissioned recommissions renewal renewed season seasons showrunner showrunners
    sitcom sitcoms spin-off spin-offs spinoff spinoffs streamer telenovela television tv
    """
)
STRONG_PAIRS = (
    {("season", n) for n in _NUMS}
    | {("series", n) for n in _NUMS}
    | {(o, "season") for o in _ORDS}
    | {(o, "series") for o in _ORDS if not o.isdigit()}
    | {(o, "seasons") for o in _NUMS}
    | {("tv", w) for w in ("show", "series", "drama", "comedy", "shows")}
    | {
        ("the", "show"),
        ("the", "series"),
        ("limited", "series"),
        ("premiere", "date"),
        ("series", "order"),
        ("streaming", "service"),
        ("streaming", "giant"),
        ("streaming", "platform"),
        ("season", "finale"),
        ("series", "finale"),
        ("drama", "series"),
        ("comedy", "series"),
    }
)
WEAK_WORDS = words(
    """
    axed axes broadcaster cancel canceled cancelled cancels cast casting channel character characters comedies
    comedy commissioned commissions drama dramas dramedy fans filming finale greenlights greenlit network premiere
    rom-com romcom
    premieres prequel production programme reboot renew renews revival series show shows soap starring stars
    teaser thriller trailer viewers
    """
)
OFF_WORDS = words(
    """
    album api bitcoin championship chip chips cinema cinemas coach code concert console court crypto database
    developer earnings economy election fifa football gameplay git goal goals golang government inflation
    investors javascript judge kubernetes laptop league linux match matches medal military minister ministers
    movie movies nba nfl olympic olympics parliament players playoff playoffs police president programming python
    rails react rust sanctions senator single smartphone soccer software stadium startup stock stocks theaters
    theatrical tour tournament troops uefa war
    """
) | words(
    # travel, live events, sport, games, local government and company news share "cancel", "axed", "renews … for two
    # more seasons", "season 2 trailer", "renews … pilot program", "scraps"
    """
    airline airlines airport airports contract flights passengers club clubs festival festivals gig gigs
    goalkeeper midfielder organisers organizers quarterback squad striker tickets dlc esports gamers multiplayer
    playable servers skins podcast podcasts roadmap
    council councillors councilmembers commissioners mayor ordinance hearings zoning taxpayers buyback shareholders
    dividend t20 t20i odi wicket wickets innings batsman bowler
    """
)
OFF_PAIRS = {
    ("box", "office"),
    ("video", "game"),
    ("battle", "pass"),
    ("ticket", "sales"),
    ("epic", "games"),
    ("shares", "rose"),
    ("shares", "fell"),
    ("shares", "jumped"),
    ("the", "film"),
    ("feature", "film"),
    ("the", "game"),
    ("pilot", "program"),
    ("pilot", "programme"),
    ("pilot", "scheme"),
    ("pilot", "project"),
} | {("chapter", n) for n in _NUMS}  # "Chapter 6 Season 2" is a game's season; a TV "chapter 9" is an episode

# Networks named as they are spelled; words that are also ordinary words or names ("Max", "Apple") are left out
_AMBIGUOUS = words(
    """
    Alibi Amazon Apple Audience Binge Bravo Crave Dave E4 FOX Fox Gold Hallmark History IFC Lifetime Max Pop Prime
    Roku SBS Shudder Sky Stan TLC Viki OWN Oxygen Joyn TVE STV M6 ARD TRT DR1
    """
)
_NET_ONE: set[str] = set()
_NET_TWO: set[tuple[str, ...]] = set()
for _aliases in NETWORKS.values():
    for _a in _aliases:
        _toks = tuple(_CASED.findall(_a))
        if len(_toks) == 1 and _a not in _AMBIGUOUS and _toks[0] == _a:
            _NET_ONE.add(_a)
        elif len(_toks) >= 2:
            _NET_TWO.add(_toks[:2])


# Another field's word that a TV phrase uses as its own: "axed after a single series" is no music single
_TV_PHRASES = {("single", "season"), ("single", "series"), ("single", "run")}


_NET_TWO_FIRST = frozenset(first for first, _second in _NET_TWO)
_NET_ONE_LOWER = {n.lower() for n in _NET_ONE}
_NET_TWO_LOWER = {(a.lower(), b.lower()) for a, b in _NET_TWO}
_PAIR_FIRSTS = frozenset(a for a, _b in (*_TV_PHRASES, *STRONG_PAIRS, *OFF_PAIRS, ("game", "show"), *_NET_TWO_LOWER))


def _features(text: str) -> tuple[set[str], set[tuple[str, str]], int]:
    words = _WORDS.findall(text.lower())
    # only the pairs whose first word opens a pair some list holds (every pair set below is intersected with one)
    pairs = set(compress(pairwise(words), map(_PAIR_FIRSTS.__contains__, words)))
    for first, _second in pairs & _TV_PHRASES:
        words = [w for w in words if w != first]
    if any(c.isupper() for c in text):
        cased = _CASED.findall(text)
        tokens = set(cased)
        # (the pairs are looked at only when a network's first word is there)
        # (only the pairs that open with a network's first word: the others cannot be one)
        firsts = map(_NET_TWO_FIRST.__contains__, cased)
        two = len(set(compress(pairwise(cased), firsts)) & _NET_TWO) if not tokens.isdisjoint(_NET_TWO_FIRST) else 0
        nets = len(tokens & _NET_ONE) + two
    else:  # a lowercase slug ("itv confirms …") names its networks in lower case
        nets = len(set(words) & _NET_ONE_LOWER) + len(pairs & _NET_TWO_LOWER)
    return set(words), pairs, nets


_QUOTED = re.compile(r"‘[^’]{1,80}’|“[^”]{1,80}”|\"[^\"]{1,80}\"|(?<!\w)'[^']{1,80}'(?!\w)")


def tv_score(title: str, lead: str) -> float:
    """Higher is more surely TV news: strong TV words and networks count most, other fields' words count against."""
    return _scored(title, lead)[0]


def _scored(title: str, lead: str) -> tuple[float, bool]:
    """The score, and whether the headline or lead speaks of TV at all where another field's words are there: a
    network, or a word for a show or broadcasting ("Des Moines council renews scooter pilot program for second
    season" has neither)."""
    words, pairs, nets = _features(title)
    unquoted = _QUOTED.sub(" ", title)  # "'Game of Thrones' prequel": words of a title are not another field's
    if unquoted != title:
        words_u, pairs_u, _n = _features(unquoted)
    else:
        words_u, pairs_u = words, pairs
    strong = len(words & STRONG_WORDS) + len(pairs & STRONG_PAIRS)
    score = 2.0 * strong + 1.0 * len(words & WEAK_WORDS) + 2.0 * min(nets, 2)
    off = 2 * (len(words_u & OFF_WORDS) + len(pairs_u & OFF_PAIRS))
    if "game" in words_u and ("game", "show") not in pairs_u:
        off += 2
    speaks = nets > 0 or not words.isdisjoint(TV_KINDS)
    if lead:
        words, pairs, nets = _features(lead)
        strong = len(words & STRONG_WORDS) + len(pairs & STRONG_PAIRS)
        score += min(strong, 4) + 0.5 * min(len(words & WEAK_WORDS), 4) + min(nets, 2)
        off += len(words & OFF_WORDS) + len(pairs & OFF_PAIRS)
        speaks = speaks or nets > 0 or not words.isdisjoint(TV_KINDS)
    return score - 1.2 * off, speaks or not off or not _other_field(title, lead)


def _other_field(title: str, lead: str) -> bool:
    """Another field's words written in lower case, in the headline or twice in the lead: "Des Moines council
    renews scooter pilot program" (not "Mohalla Cricket Club season 2", whose field words are a title's)."""

    def count(text: str) -> int:
        plain = " ".join(w for w in text.split() if not w[:1].isupper()) if text != text.upper() else text
        words, pairs, _nets = _features(plain)
        return len(words & OFF_WORDS) + len(pairs & OFF_PAIRS)

    return count(title) > 0 or bool(lead) and count(lead) >= 2


# Words only TV news uses for what it reports on ("season", "pilot", "renewed" are every field's)
TV_KINDS = words(
    """
    show shows series drama dramas comedy comedies sitcom sitcoms episode episodes tv television streaming streamer
    streamers network networks channel channels broadcaster broadcasters anime soap soaps showrunner showrunners
    viewers miniseries docuseries docu-series telenovela telenovelas k-drama k-dramas dizi thriller dramedy
    reality cartoon animated programme programmes primetime
    """
)


RELEVANT = 1.5  # at or above: worth reading as TV news
RELEVANT_HEADLINE_ONLY = 1.0  # a headline without text has fewer words to show it


def is_tv_news(title: str, lead: str) -> bool:
    score, speaks = _scored(title, lead)
    return speaks and score >= (RELEVANT if len(lead) >= 80 else RELEVANT_HEADLINE_ONLY)
