"""Which show a headline is about: quoted titles first, then the headline's structure."""

from __future__ import annotations

import re

from bot.understand.callmemo import per_call
from bot.understand.casefree import case_free
from bot.understand.evidence import zipf
from bot.understand.matching import show_key
from bot.understand.networks import NETWORKS, is_network_name
from bot.understand.prefilter import OpensWithName, prefiltered
from bot.understand.wordlists import DEMONYMS, FOREIGN_JOIN, FOREIGN_PARTICLES, words

# Quotes: curly and straight, single and double. The closing quote must not be followed by a letter, so
# apostrophes inside titles ("Schitt's Creek", ‘Schitt’s Creek’) do not end them.
# (an apostrophe before a decade opens no quote: "'90s kids' favourite returns")
_QUOTED = re.compile(
    r"(?<![\w])(?:‘(?!\d0s\b)(?P<a>.+?)’(?![\w])|“(?P<b>.+?)”|\"(?P<c>.+?)\"|'(?!\d0s\b)(?P<d>.+?)'(?![\w])|«(?P<e>.+?)»)"
)
# Derivative works named after a show are not the show the news is about
_DERIVATIVE_AFTER = re.compile(
    r"^\s*(spin-?off|prequel|sequel|reboot|revival|spinoff|movie|film|podcast|video\s+game|game|musical|book|"
    r"novel|plans)\b",
    re.IGNORECASE,
)

# every alias, and a streamer's name without its "+" ("Paramount renews …", "Disney orders …")
_NET_NAMES = {a for v in NETWORKS.values() for a in v} | {
    a.rstrip("+").strip() for v in NETWORKS.values() for a in v if a.endswith("+") and len(a) > 4
}
_NET_ALT = "|".join(re.escape(a) for a in sorted(_NET_NAMES, key=len, reverse=True))
_VERBS = (
    r"renews?|renewed|recommission(?:s|ed)?|commission(?:s|ed)|cancels?|cancell?ed|canceled|axes|axed|scraps?|"
    r"scrapped|orders?|ordered|greenlights?|"
    r"greenlit|picks\s+up|picked\s+up|keeps|wins|won|sets?|drops?|releases?|reveals?|unveils?|saves?|saved|rescues?|rescued|"
    r"revives?|revived|confirms?|confirmed|gives?|lands?|debuts?|premieres?|ends?|ending|to\s+end|will\s+end|"
    r"wraps?|begins?|starts?|returns?|gets?|is|are|was|will|has|have|season|seasons|series|part|s\d|trailer|"
    r"teaser|first[- ]look|production|filming|renewal|cancellation|final|adds?|casts?|joins?|exits?|sets?|"
    r"lands?|won'?t|coming|comes|arrives?|to|star|stars|moves?|shuts?|pulls?|heads?|nabs?|scores?|earns?|"
    r"officially|reportedly|likely|spinoff|spin-off|revival|reboot|boss|creator|showrunner|cast|after|at|on|for|by|with"
)
# "Netflix renews X for ...", "HBO's X ...": the text after a network and a verb
_KIND_OF_SHOW = (
    r"(?:(?:new|limited|animated|live-action|half-hour|hour-long)\s+)*(?:drama|comedy|thriller|docuseries|sitcom|anime|"
    r"procedural|dramedy|reality|mystery|horror|fantasy|crime|medical|legal)?\s*(?:series|pilot|show)\s+"
)
# Verbs of several words: "pulls the plug on X", "passes on X", "gives a series order to X"
_MULTI_VERBS = (
    r"pulls?\s+the\s+plug\s+on|pull(?:ed|ing)\s+the\s+plug\s+on|pass(?:es|ed)?\s+on|takes?\s+a\s+pass\s+on|"
    r"parts?\s+ways\s+with|gives?\s+(?:a\s+)?(?:\w+\s+)?(?:season|series)\s+(?:order\s+)?to|brings?\s+back|"
    r"un-?cancels?|has\s+(?:officially\s+)?(?:renewed|cancell?ed|canceled|ordered|axed|scrapped|picked\s+up)|"
    r"(?:has\s+)?(?:just\s+)?(?:renewed|cancell?ed|canceled|ordered|axed|scrapped|commissioned|"
    r"recommissioned)"
)
# (each opens with a network's name: tried only where the headline names one)
_AFTER_NET_VERB = OpensWithName(
    re.compile(
        rf"(?:{_NET_ALT})(?:'s|’s)?\s+(?:{_MULTI_VERBS}|{_VERBS.split('|season')[0]})\s+"
        rf"(?:(?:a|an|the)\s+(?:\w+\s+){{0,2}}?(?:season|series)\s+(?:order\s+)?(?:of|for|to)\s+)?"
        rf"(?:{_KIND_OF_SHOW})?(?P<t>.+?)"
        rf"(?=\s+(?:for|after|with|at|on|to|by|as|in|season|seasons|series|part|amid|despite|ahead|premiere|"
        rf"will|is|are|was|has|have|won'?t|returns?|gets?|ends?|would|could|may|but|yet|while|whereas|although|"
        rf"trailer|teaser|release|debut)\b|[,;–—(]|:(?!\s*(?-i:[A-Z0-9]))|$)",
        re.IGNORECASE,
    ),
    _NET_NAMES,
)
# "Nish Kumar and Josh Widdicombe's show Ivy axed", "announce new series Brass": in a sentence-case headline a
# lowercase kind of show names the capitalised title right after it, however common its words
KIND_SLOT = re.compile(
    r"(?<![\w-])(?:series|show|drama|comedy|sitcom|thriller|docuseries|miniseries|anime|dramedy|programme|soap|"
    r"procedural)\s+(?=[A-Z‘“])"
)
_KIND_NAMED = re.compile(
    rf"{KIND_SLOT.pattern}(?P<t>.+?)(?=\s+(?i:{_VERBS}|star|stars|creator|showrunner|boss|actor|actress)\b|"
    r"['’]s\s|[,:;–—(?!]|\s-\s|$)"
)
_POSSESSIVE_NET = OpensWithName(
    re.compile(rf"(?:{_NET_ALT})(?:'s|’s)\s+(?P<t>.+?)(?=\s+(?:{_VERBS})\b|[,:;–—(]|$)", re.IGNORECASE), _NET_NAMES
)
_CUTS = case_free(
    re.compile(
        rf"\s+(?i:{_VERBS}|un-?cancell?ed|uncanceled|resumed?|rolling|dead|saved|not|canned|wrapping|wraps|gets|"
        rf"recasts?|fans|finally|isn'?t|aren'?t|wasn'?t|is\s+not)\b|"
        rf"(?:'s|’s)\s+(?i:upcoming|next|final|last|new|latest|second|third|fourth|fifth|sixth)\b|\s*[,;–—(?!]|"
        rf":(?!\s*[A-Z0-9])|:(?=\s*(?:{_NET_ALT})(?:'s|’s)?\s)|$"
    )
)
# "a second series of X", "No third season for X"
_SEASON_OF = re.compile(
    r"\b(?:season|series|installment|run)\s+(?:\d{1,2}\s+)?(?:of|for)\s+"
    r"(?P<t>(?-i:[A-Z0-9‘“'\"]).{0,80}?)(?=\s+(?:for|after|at|on|to|by|as|in|amid|despite|ahead|"
    r"with|is|are|has|will|was|gets?|confirmed)\b|[,;:–—(?!]|$)",
    re.IGNORECASE,
)
_TITLE_LIKE = re.compile(
    r"^(?:[A-Z0-9‘“'\"][\w'’!?.&:+-]*|of|the|a|an|and|in|on|to|for|at|with|from|&)"
    # ("Tsukiyo no Kareha", "La Casa de Papel": the small words of romanised Japanese and of Romance languages)
    r"(?:\s+(?:[A-Z0-9][\w'’!?.&:+-]*|of|the|a|an|and|or|in|on|to|for|at|with|from|&|no|de|del|la|le|du|da)){0,5}$"
)
# A long title ("Our Last Crusade or the Rise of a New World"): its small words in lowercase, as a headline in
# sentence case or a recased slug writes them ("The Cast Of The Originals Celebrate Their" is no title)
_LONG_TITLE = re.compile(
    r"^[A-Z0-9][\w'’!?.&:+-]*(?:\s+(?:[A-Z0-9][\w'’!?.&:+-]*|of|the|a|an|and|or|in|on|to|for|at|with|from|&)){6,11}$"
)
_LOWER_SMALL = re.compile(r"\s(?:of|the|a|an|and|or|in|on|to|for|at|with|from)\s")
_NOT_IN_TITLES = re.compile(
    r"\b(?:just|very|has|have|had|gave|gives|about|news|update|says|said|confirms?|"
    r"reveals?|after|as|not|no|fans?|furious|devastated|shock|why|how|what|cameras|filming|"
    r"rolling|resumed|production|begins?|starts?|report|exclusive|breaking)\b",
    re.IGNORECASE,
)


def title_like(name: str) -> bool:
    """Could this be a title as it stands? "The Traitors", "Forever" yes; "Just Gave A Very Important Update" no."""
    shaped = bool(_TITLE_LIKE.match(name)) or (
        bool(_LONG_TITLE.match(name)) and len(_LOWER_SMALL.findall(f" {name} ".replace(" ", "  "))) >= 2
    )
    return shaped and not _NOT_IN_TITLES.search(name)


_SEASON_WORD = case_free(re.compile(r"^(?:season|series|s\d{1,2}|part)$", re.IGNORECASE))


def _before_season(title: str) -> str | None:
    """The capitalised words right before "season N": "Filming resumed on Signal 9 season 4" → "Signal 9"."""
    words = title.split()
    for i, w in enumerate(words):
        if (
            i
            and _SEASON_WORD.match(w.strip(",.:;!?"))
            and (w.lower().startswith("s") and len(w) <= 3 or i + 1 < len(words))
        ):
            j = i
            while j > 0 and (
                words[j - 1][:1].isupper()
                or words[j - 1][:1].isdigit()
                or words[j - 1] in ("of", "the", "in", "and", "&", "a", "no", "x", "wa", "ga", "ni", "to")
                and j - 1 > 0
                and words[j - 2][:1].isupper()
            ):
                j -= 1
                if words[j][-1:] in ",;:" and j < i - 1:
                    j += 1
                    break
            name = _clean(" ".join(words[j:i]))
            if name and _plausible(name):
                return name
    return None


_INCOMPLETE = re.compile(r"(?:&|\band|\bof|\bthe|\ba|\bin|\bon|\bto|\bfor|\bat|\bby|:|-)$", re.IGNORECASE)
_DESCRIPTORS = re.compile(
    r"^(?:the\s+)?(?:(?:hit|new|acclaimed|beloved|popular|animated|limited|original|british|"
    r"canceled|cancelled|fan-favorite|fan-favourite|critically[- ]acclaimed)\s+)*"
    r"(?:drama|comedy|sitcom|series|show|thriller|docuseries|anime|miniseries|procedural|dramedy)\s+",
    re.IGNORECASE,
)
_TRAILING_JUNK = re.compile(
    r"(?:\s+(?:tv|series|revival|reboot|drama|comedy|sitcom|spinoff|spin-off|prequel|sequel|"
    r"finale|episode|star|stars|cast|creator|creators|showrunner|showrunners|boss|bosses|fans|producers?|"
    r"writers?|team|actors?|actress|actresses|anime|\d{1,2}(?:st|nd|rd|th)))+$",
    re.IGNORECASE,
)
# "Pudding Lane 12 years on", "Kitchen Wars Nearly a Decade (After …)": how long ago, not the title
TIME_TAIL = re.compile(
    r"\s+(?:(?i:nearly|almost|over|about|some|more\s+than|just|only)\s+)?"
    r"(?:\d{1,3}|(?i:a|an|two|three|four|five|six|seven|eight|nine|ten|twenty))\s+(?i:years?|decades?)"
    r"(?:\s+(?i:on|later|after))?$"
)
# "Nebelhorn from Nordlicht Film", "X from 'Fellside' writer": who makes it, after the title
_MAKER_TAIL = re.compile(
    r"\s+from\s+(?:[\w'’‘.&-]+\s+){0,4}?(?:films?|pictures|productions?|studios?|entertainment|media|television|"
    r"animation|writers?|creators?|showrunners?|producers?|directors?|team)$",
    re.IGNORECASE,
)
# "Cornish murder mystery": lowercase words ending in a kind of show describe what comes before them
_LOWER_KIND_TAIL = re.compile(
    r"(?:\s+[a-z][\w'’-]*)*\s+(?:mystery|thriller|noir|quiz|saga|western|romance|telenovela|docuseries|procedural|"
    r"drama|comedy|series|sitcom)$"
)
_SEASON_TAIL = re.compile(
    r"\s+(?:season|series|part|s)\s*\d+$|\s+S\d{1,2}$|"
    # "Strictly Come Dancing 2025 start date": this year's edition, not a title ("Blade Runner 2099" stays)
    r"(?<=[a-z])\s+20[0-3]\d$",
    re.IGNORECASE,
)


_DERIVED_FROM = re.compile(r"^.+?\s+(?:prequel|spinoff|spin-off|sequel|reboot|revival)\s+(?=[A-Z0-9])", re.IGNORECASE)


# Verbs a structural cut can leave at a name's start: "Netflix Has Renewed Forever" → "Forever"
_SEASON_OF_LEAD = re.compile(
    r"^(?:(?:the\s+)?(?:season|series|part)\s+\w+|(?:the\s+|a\s+)?(?:\w+\s+)?(?:season|series)|(?:the\s+)?cast)\s+"
    r"(?:of|for)\s+(?=\S)",
    re.IGNORECASE,
)
_LEADING_VERBS = re.compile(
    r"^(?:(?:has|have|had|just|officially|quietly|finally|reportedly|been|is|are|renews?|renewed|"
    r"cancels?|cancell?ed|canceled|axes|axed|orders?|ordered|picks\s+up|picked\s+up|greenlights?|"
    r"greenlit|scraps?|scrapped|revives?|revived|saves?|saved|keeps|unveils?|unveiled|announces?|"
    r"announced|confirms?|confirmed|sets?|plotting|plots|gives?|given|more|watch|see|meet|check\s+out|"
    # "Food Network Is Reviving Kitchen Wars"
    r"reviving|renewing|cancell?ing|axing|ordering|scrapping|saving|rebooting)\s+)+",
    re.IGNORECASE,
)
# Descriptors and lists are not titles: "4 top-rated dramas", "New Book Adaptations", "hit sci-fi show"
_GENERIC_WORDS = words(
    """
    adaptation adaptations cancellations comedies comedy commissions docuseries drama dramas dramedy favorites
    favourites line-up lineup originals pilot pilots premieres programmes programs projects renewals schedule
    roundup roundups seasons series show shows sitcom sitcoms slate spinoffs thriller thrillers titles
    """
)
_GENERIC_START = case_free(
    re.compile(
        r"^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|more|new|other|another|a|an|its|his|"
        r"her|their|hit|beloved|popular|acclaimed|fan-favou?rite|critically|bafta-nominated|"
        r"emmy-winning|award-winning|top-rated|freshman|sophomore|veteran|long-running)\b",
        re.IGNORECASE,
    )
)
_PULL_QUOTE_WORDS = re.compile(
    r"\b(?:i|i'm|i’m|we|we're|we’re|our|my|me|us|you're|you’re|it's|it’s|this|that|"
    r"will|was|were|be|been|never|so|very|just|still|can't|can’t|don't|don’t)\b",
    re.IGNORECASE,
)


_DESCRIPTIVE_COMPOUND = prefiltered(
    re.compile(
        r"(?:[\w'’]+\s+)?[\w'’]+-(?:winning|nominated|starring|led|produced|based|backed|fronted|created|penned|"
        r"helmed|directed|written|inspired|themed|set|like|style|esque|language|speaking|part|episode|born)",
        re.IGNORECASE,
    )
)


_WEB_ADDRESS = re.compile(r"\w\.(?:com|net|org|ph|ie|in|ng|za|au|uk|ca|co|tv|io)$", re.IGNORECASE)


@per_call
def is_generic(name: str) -> bool:
    """A descriptor, a list or a network, not a title: "4 top-rated dramas", "New Book Adaptations", "The BBC"."""
    words = name.split()
    if not words:
        return True
    low = [w.lower().strip(",.:;!?") for w in words]
    if len(words) == 1 and low[0] in ("network", "networks", "streaming", "cable", "broadcast", "streamer"):
        return True  # "Cancelled, Network TV, Streaming": a post's category tags
    if len(words) == 1 and _WEB_ADDRESS.search(name):
        return True  # "In a statement sent to PEP.ph": an outlet's web name
    if low[0] in ("every", "each") and len(words) > 1 and (is_network_name(words[1]) or low[-1] in _GENERIC_WORDS):
        return True  # "Every Netflix Series Cancelled …": a headline's quantifier, not a title
    if ": " in name and is_generic(name.rsplit(": ", 1)[1]):
        return True  # "Makes Its Calls: Two Renewals": a headline's kicker and its count, not a title
    if _DESCRIPTIVE_COMPOUND.fullmatch(name.strip()):
        # "Emmy-winning", "BAFTA-nominated", "Lorne Michaels-produced", "Irish-language", "Eight-part": a description
        return True
    if is_network_name(name) or (low[0] == "the" and is_network_name(" ".join(words[1:]))):
        return True
    if low[-1] in _GENERIC_WORDS and (
        len(words) == 1 and not words[0][:1].isupper() or _GENERIC_START.match(name) or any(w.islower() for w in words)
    ):
        return True
    return bool((_GENERIC_START.match(name) or any(w.isdigit() for w in low)) and any(w in _GENERIC_WORDS for w in low))


def is_pull_quote(quoted: str, headline: str, start: int, end: int) -> bool:
    """'Still in shock': … and 'The fourth season will be our last': … are what someone said, not a title;
    'high impact' (no capital at all in a cased headline) is a scare quote. A quoted span in title case
    ('What We Do in the Shadows') is a title."""
    mixed = any(c.isupper() for c in headline) and any(c.islower() for c in headline)
    if mixed and not any(c.isupper() or c.isdigit() for c in quoted):
        return True
    words = quoted.split()
    if mixed and len(words) <= 2 and _SPEAKER_BEFORE.search(headline, 0, start) and all(zipf(w) >= 3.0 for w in words):
        return True  # "Creator 'Grateful' for the Chance to Say Goodbye": what the person feels, in their word
    colon_after = headline[end : end + 2].lstrip().startswith((":", "–", "—", "-")) and start <= 1
    if not mixed:  # no casing to go by: a quote that opens the headline before a colon, in someone's words
        return colon_after and bool(_PULL_QUOTE_WORDS.search(quoted)) or colon_after and len(words) >= 4
    if len(words) < 2:
        return False
    lower_words = sum(
        1 for w in words[1:] if w[:1].islower() and w.lower() not in _SMALL_TITLE_WORDS and w not in FOREIGN_JOIN
    )
    if lower_words == 0:
        return False  # (and "'Todo o Nada'": capitalised words joined by another language's "or")
    if not colon_after and _foreign_words(words) and not _PULL_QUOTE_WORDS.search(quoted) and quoted[-1:] not in "!?.":
        return False  # 'Nada que declarar', 'Zwischen den Zeilen': a title in another language, not English speech
    return colon_after or len(words) >= 3 or bool(_PULL_QUOTE_WORDS.search(quoted)) or quoted.rstrip()[-1:] in "!?."


# A span that opens with whose it is ("Its Milwaukee Cops"): a description of the show, not its title
OWNER_LEAD = re.compile(r"(?:its|their)\s", re.IGNORECASE)
# Someone whose word a quote right after gives: "Creator 'Grateful'", "Star 'Heartbroken'", "Fans 'Furious'"
_SPEAKER_BEFORE = re.compile(
    r"\b(?:creator|creators|star|stars|boss|showrunner|host|cast|fans|actor|actress|writer|producer|director|"
    r"says|said|feels|felt)\s*$",
    re.IGNORECASE,
)


def _foreign_words(words: list[str]) -> bool:
    """Words English does not use: a lowercase one ("declarar"), another language's particle ("du"), or most of
    them ("Zwischen den Zeilen")."""
    if any(w in FOREIGN_PARTICLES for w in words[1:]):
        return True
    unknown = [zipf(w) < 1.0 for w in words]
    return any(u for u, w in zip(unknown[1:], words[1:], strict=True) if w[:1].islower()) or sum(unknown) * 2 > len(
        words
    )


_SMALL_TITLE_WORDS = words(
    """
    a an and at by da de del des di du el for from in is la le les no of on or the to vs vs. with
    ng na sa ni wa y e do das dos der den het och og et los las
    """
)


# "hit sci-fi show The Expanse", "game show You Won't Believe This": a lowercase descriptor before a title
_LOOSE_DESCRIPTOR = re.compile(
    r"^(?:[\w'’-]+\s+){0,4}?(?:drama|comedy|series|show|sitcom|thriller|docuseries|anime|"
    r"miniseries|procedural|dramedy|spinoff|spin-off|prequel|sequel|reboot|revival|"
    r"adaptation|soap|quiz|mystery|noir|telenovela|gameshow|documentary|western|saga|romance|competition)\s+"
    r"(?=(?-i:[A-Z0-9]))",
    re.IGNORECASE,
)


_LOWER_THE = re.compile(r"^the\s+(?=[A-Z0-9])")
_NET_PREFIX = re.compile(r"^(?:(?:" + _NET_ALT + r")(?:'s|’s)?\s+)+", re.IGNORECASE)


# "Hoshikuzu Rebellion Anime Gets 2nd Season", "Iron Lotus Manga Gets TV Anime": the medium after the title
MEDIUM_TAIL = re.compile(r"(?<=\S)\s+(?:TV\s+)?(?:Anime|Manga|Light\s+Novel|Webtoon|Web\s+Novel)$")


def _clean(name: str) -> str:
    name = name.strip().strip(" .,:;!?-–—\"'‘’“”")
    if is_network_name(name) or is_network_name(re.sub(r"^[^'’]*['’]s\s+", "", name)):
        return ""  # (and "Amazon's Prime Video": a company's service)
    name = _LEADING_VERBS.sub("", name)
    if OWNER_LEAD.match(name):
        return ""  # "NBC Keeps Its Milwaukee Cops": the network's show, described
    name = _SEASON_OF_LEAD.sub("", name)  # "Season 3 of Severance", "The Final Season of X", "Cast of X"
    name = _LOWER_THE.sub("", name)  # "Watch the Copper Kettle trailer": a lowercase "the" is the sentence's
    name = _DERIVED_FROM.sub("", name)  # "Yellowstone Prequel 1923" is about 1923
    name = _DESCRIPTORS.sub("", name)
    name = _NET_PREFIX.sub("", name)
    name = _LEADING_VERBS.sub("", name)
    name = _LOOSE_DESCRIPTOR.sub("", name)
    name = _SEASON_TAIL.sub("", name)
    name = MEDIUM_TAIL.sub("", name)
    name = _MAKER_TAIL.sub("", name)
    name = _TRAILING_JUNK.sub("", name)
    name = TIME_TAIL.sub("", name)
    described = _LOWER_KIND_TAIL.search(name)
    if described:
        name = name[: described.start()]
        if name.split() and name.split()[-1].capitalize() in DEMONYMS:
            return ""  # "Hit Korean thriller": a description all through
    return name.strip().strip(" .,:;!?-–—\"'‘’“”")


_CALENDAR = words(
    """
    april august autumn december fall february friday january july june march may monday november october saturday
    september spring summer sunday thursday today tomorrow tonight tuesday winter
    """
)


_MONTHS = words("january february march april may june july august september october november december")


def calendar_only(name: str) -> bool:
    """ "April", "May 2025": a month's date, not a title ("1923" and "Wednesday" can be titles)."""
    words = name.lower().replace(",", " ").split()
    return any(w in _MONTHS for w in words) and all(
        w in _MONTHS or re.fullmatch(r"(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?", w) for w in words
    )


def _plausible(name: str) -> bool:
    if not name or len(name) > 80 or is_network_name(name):
        return False
    if not re.search(r"[A-Za-z0-9]", name):
        return False
    words = name.split()
    if len(words) > 12 or len(words) == 1 and name.lower() in _CALENDAR:
        return False
    # Unquoted titles start with a capital or a digit in headline case
    return name[0].isupper() or name[0].isdigit()


_SPINOFF_OF = re.compile(r"^[^,;:]{1,60}?\s+(?:spin-?off|prequel|sequel)\s+(?=(?-i:[A-Z0-9‘“'\"]))", re.IGNORECASE)
# "from Line of Duty producer": a title named as a credit is not the show of the news
_CREDIT = prefiltered(
    re.compile(
        r"\b(?:from|by|of)\s+(?:the\s+)?(?P<t>.{1,60}?)(?:'s|’s)?\s+(?:creators?|co-creators?|producers?|writers?|"
        r"stars?|team|boss|showrunners?|directors?|makers?|alums?|actors?|actress|duo|trio|pair|scribes?|EPs?)\b",
        re.IGNORECASE,
    )
)


# "From The Creators Of “The Moody’s”", "from the team behind Fleabag"
_CREDIT_OF = prefiltered(
    re.compile(
        r"\b(?:creators?|co-creators?|producers?|writers?|makers?|stars?|team|boss|showrunners?|directors?)\s+"
        r"(?:of|behind)\s+(?:the\s+(?=[“\"‘']))?(?P<t>[“\"‘'].{1,60}?[”\"’'](?!\w)|[A-Z][^,;:.!?()]{0,60}?)"
        # ("The Creator of 'Lakewood' Has a New Series Coming to FX")
        r"(?=\s*$|\s*[,;:.!?(]|\s+(?:is|are|to|for|on|at|with|and|gets?|lands?|sets?|has|have|returns?|inks?|signs?)\b)",
        re.IGNORECASE,
    )
)


# "'Severance' Star Adam Scott Joins …": the headline opens with whose star the person is
_CREDIT_LEAD = prefiltered(
    re.compile(
        r"^(?P<t>[“\"‘'].{1,60}?[”\"’'](?!\w)|[A-Z][^,;:“\"‘']{0,40}?)(?:'s|’s)?\s+(?i:stars?|creators?|co-creators?|alums?|"
        r"actors?|actress|boss|showrunners?|legend|favourite|favorite|veteran|icon)\s+(?=[A-Z][a-z]+\s+[A-Z])",
    )
)


_STAR_LEAVES = re.compile(
    r"\b(?:quits?|quitting|exits?|exiting|leaves|leaving|departs?|departing|steps?\s+down|bows?\s+out|"
    r"written\s+out|killed\s+off)\b",
    re.IGNORECASE,
)


# "comedy from Ryan Reynolds and Rob McElhenney": the makers of an unnamed show
_MADE_BY = prefiltered(
    re.compile(
        r"\b(?:comedy|drama|series|pilot|thriller|sitcom|show|project|adaptation|docuseries)\s+(?:from|by)\s+"
        r"(?P<t>[A-Z][^,;:()“\"‘']{0,60}?)(?=\s*$|\s*[,;:(])",
    )
)


# The names right after a credit's role ("… Duo Carys Whitlow & Ben Adeyemi")
_PEOPLE_AFTER = re.compile(
    r"\s+(?P<p>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}(?:\s*(?:,|&|\band\b)\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})*)"
)


def credited_titles(title: str) -> set[str]:
    """Titles the headline names only as someone's credit ("from the creator of X"), not as its news."""
    return set(_credited_titles(title))


@per_call  # (several steps of one analysis ask it of the headline)
def _credited_titles(title: str) -> frozenset[str]:
    head = title[:300]
    credits = list(_CREDIT.finditer(head))
    found = {m.group("t") for m in credits} | {m.group("t") for m in _CREDIT_OF.finditer(head)}
    for m in credits:  # "From 'Tinsel Town' Duo Carys Whitlow & Ben Adeyemi": the people credited
        people = _PEOPLE_AFTER.match(head, m.end())
        if people:
            found |= {people.group("p"), *re.split(r"\s*(?:,|\band\b|&)\s*", people.group("p"))}
    if not _STAR_LEAVES.search(head):
        # (but "Sunset Point star Jess Harlow quits": the show the star leaves is the news)
        found |= {m.group("t") for m in _CREDIT_LEAD.finditer(head)}
    for m in _MADE_BY.finditer(head):  # "orders comedy from Ryan Reynolds and Rob McElhenney": each maker
        found |= {m.group("t"), *re.split(r"\s*(?:,|\band\b|&)\s*", m.group("t"))}
    return frozenset({credit_key(t) for t in found} - {""})


def credit_key(name: str) -> str:
    """How credited names compare: "The Moody’s" and "Moody’s" alike."""
    return re.sub(r"^the ", "", show_key(name.strip(" '\"‘’“”")))


def pull_quote_lead(title: str) -> int:
    """Where a pull-quote opening the headline ends, with the colon or dash after it ("'Still in shock': …"), or 0
    when the headline opens otherwise (a quoted title included: "'Severance': …")."""
    m = _QUOTED.search(title)
    if m is None or m.start() > 1 or not is_pull_quote(next(g for g in m.groups() if g), title, m.start(), m.end()):
        return 0
    after = re.match(r"\s*[:–—-]?\s*", title[m.end() :])
    return m.end() + (after.end() if after else 0)


def _without_pull_quotes(title: str) -> str:
    """The headline without its pull-quotes ("'Still in shock': Stranger Things wraps" → "Stranger Things wraps")."""
    out, last = [], 0
    for m in _QUOTED.finditer(title):
        text = next(g for g in m.groups() if g)
        if is_pull_quote(text, title, m.start(), m.end()):
            out.append(title[last : m.start()])
            last = m.end()
            if m.start() <= 1:
                rest = title[last:]
                stripped = rest.lstrip()
                if stripped[:1] in (":", "–", "—", "-"):
                    last += len(rest) - len(stripped) + 1
    if not out:
        return title
    out.append(title[last:])
    return " ".join("".join(out).split())


def quoted_titles(title: str) -> list[tuple[str, bool]]:
    """(title, is_derivative) for each quoted span, in order."""
    return list(_quoted_titles(title))


@per_call
def _quoted_titles(title: str) -> tuple[tuple[str, bool], ...]:
    out = []
    for m in _QUOTED.finditer(title):
        text = next(g for g in m.groups() if g)
        if is_pull_quote(text, title, m.start(), m.end()):
            continue
        derivative = bool(_DERIVATIVE_AFTER.match(title[m.end() :]))
        cleaned = text.strip().rstrip(",;").rstrip()  # “Star-Crossed,”: a list's comma inside the quotes
        if cleaned and len(cleaned) <= 100:
            out.append((cleaned, derivative))
    return tuple(out)


def extract_shows(title: str) -> list[str]:
    """Every show the headline names, the main one first. Empty when none can be told."""
    title = _without_pull_quotes(title[:300])
    title = _DECISION_LABEL.sub("", title)  # "Renewed: Riverbend Road": the label is the news, the rest the title
    title = _SLATE_KICKER.sub("", title)  # "Seven's 2026 slate: Bedrock returns …": the news after the kicker
    title = _CHEER.sub("", title)  # "It's a Wrap! Thornfield 1888 Season 2 …": a cheer, then the news
    m = _SPINOFF_OF.match(title)
    if m and not _LEADING_VERBS.match(title[m.end() :]):
        title = title[m.end() :]  # "Doctor Who spin-off The War Between axed": the news is the spin-off's
    quoted = quoted_titles(title)
    if quoted:
        main = [t for t, d in quoted if not d]
        rest = [t for t, d in quoted if d]
        shows: list[str] = []
        for t in main + rest:
            if t not in shows:
                shows.append(t)
        return shows
    kicker = _KICKER_TITLE.match(title) if ":" in title else None
    if kicker:
        name = _clean(kicker.group("t"))
        # (in title case: "Velvet Static fans rejoice: Hulu renews drama" opens with a sentence, not a title)
        cased = all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_TITLE_WORDS for w in name.split())
        if name and cased and _plausible(name) and not is_generic(name):
            return [name]  # "Ashby Park: CBS Cancels Drama; No Season Three": the kicker is the show decided
    found: list[list[str]] = []
    for pattern in (_KIND_NAMED, _AFTER_NET_VERB, _POSSESSIVE_NET, _SEASON_OF):
        m = pattern.search(title)
        if m and re.match(r"(?i)(?:from|by|with|starring)\s", m.group("t")):
            continue  # "orders comedy from Ryan Reynolds and Rob McElhenney": who makes it, not its title
        if m:
            name = _clean(m.group("t"))
            if _plausible(name) and not is_generic(name):
                found.append([name])
    leading = _leading(title)
    if leading:
        name = leading
        # "X and Y renewed" names two shows
        parts = [p for p in re.split(r"\s*(?:,|\band\b(?=\s+[A-Z]))\s*", name) if p]
        if len(parts) > 1 and all(_plausible(p) and len(p.split()) <= 4 for p in parts):
            found.append([p for p in parts if not is_generic(p)])
        elif not is_generic(name):
            found.append([name])
    before = _before_season(title)
    if before and not is_generic(before):
        found.append([before])
    found = [f for f in found if f]
    if leading and title.startswith(leading) and _PASSIVE_NEXT.match(title[len(leading) :]):
        # "The Quay recommissioned for series 3 as ITV axes Halfpenny Bridge": the headline's subject leads
        found.sort(key=lambda f: 0 if f[0] == leading or leading in f else 1)
    # the first guess that reads like a title; else the first guess at all
    return next((f for f in found if title_like(f[0])), found[0] if found else [])


# "Ashby Park: CBS Cancels Drama", "Lockwood: NBC Renews Comedy for Season Two": a title before the colon, the
# decision after it naming only the kind of show
_KICKER_TITLE = re.compile(
    r"^(?P<t>[^:]{2,60}):\s+(?:[\w+&'’.!-]+\s+){1,3}?(?i:renews|cancels|axes|orders|ends|picks\s+up|revives|"
    r"scraps|drops|ditches|saves|brings\s+back)\s+(?i:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?i:drama|comedy|dramedy|series|sitcom|show|revival|reboot|spinoff|spin-off|thriller|docuseries|procedural|"
    r"anime|cartoon|soap|sci-fi|mystery)(?:\s*$|[;,.!]|\s+(?i:for|after|with|at|in|but|as)\b)"
)
_SLATE_KICKER = re.compile(
    r"^[^:]{0,60}\b(?:slate|line-?up|schedule|upfronts?|round-?up|tracker|briefs?|newsletter|digest|#\d+|this\s+week|"
    r"cancell?ations|renewals)(?:\s+(?:19|20)\d\d(?:[-–/]\d\d)?)?\s*:\s+(?=\S)"
    # "Seven 2025: Bushfire Line returns", "Jump Festa '26: …": an event's or a year's kicker
    r"|^[^:]{1,40}\s(?:['’]\d\d|(?:19|20)\d\d(?:[-–/]\d\d)?)\s*:\s+(?=\S)",
    re.IGNORECASE,
)
_CHEER = re.compile(
    r"^(?:(?:it|that)['’]s\s+(?:a\s+wrap|official|happening|true|confirmed|over|back|here)|breaking|finally|"
    r"surprise|(?:good|bad|big|great|sad)\s+news|hooray|yay|wow|omg|confirmed|officially)\s*!+\s+(?=\S)",
    re.IGNORECASE,
)
_DECISION_LABEL = re.compile(
    r"^(?:renewed|cancell?ed|canceled|axed|ordered|ending|picked\s+up|greenlit|commissioned)\s*[:!–—]\s+(?=\S)",
    re.IGNORECASE,
)
# A passive decision right after the headline's opening words: they are its subject
_PASSIVE_NEXT = re.compile(
    r"\s+(?:is\s+|has\s+been\s+)?(?:recommissioned|renewed|cancell?ed|canceled|axed|commissioned|ordered|scrapped|"
    r"picked\s+up)\b",
    re.IGNORECASE,
)


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
