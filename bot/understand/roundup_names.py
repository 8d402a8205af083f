"""Names a roundup's decision sentence holds that are not themselves decided: source works, credits, events,
counts, years, descriptors, modifiers, nationalities, sentence openers and a network's departments."""

from __future__ import annotations

import re

from bot.understand.evidence import zipf
from bot.understand.networks import canonical_network, is_network_name
from bot.understand.titles import MODIFIER_NEXT
from bot.understand.wordlists import DEMONYMS


def not_a_decided_title(plain: str, name: str, start: int, between: str) -> bool:
    """A title in a decision sentence that is not itself decided: a source work ("the National Theatre play"), a
    credit ("'Sherlock' co-creator"), a person or a descriptor ("the Mindy Kaling series", "The German
    time-travel series"), a count ("Eleven new dramas") or a year ("taking the drama to 2026")."""
    after = plain[start + len(name) : start + len(name) + 60]
    last = name.split()[-1]
    return bool(
        _SOURCE_WORK.match(after)
        or _EVENT_AFTER.match(after)  # 'At the same "Midnight Menu" stage event'
        or _NETWORK_END.search(name) is not None
        and canonical_network(name.rsplit(" ", 1)[-1]) is not None
        or _CREDIT_AFTER.match(after)
        or _COUNT_WORD.match(name)
        or (name.isdigit() and len(name) == 4 and _YEAR_BEFORE.search(between))
        or (
            _DESCRIPTOR_AFTER.match(after)
            and (
                between.endswith(("the ", "a ", "an ", "new "))
                or name.startswith("The ")
                or last in DEMONYMS
                or name in _GENRE_WORDS  # "Western thriller Westbound"
            )
        )
        # "a Sheffield allotment society", "a Bridgerton spin-off": a name used as a modifier
        or _A_BEFORE.search(between) is not None
        and MODIFIER_NEXT.match(after) is not None
        and not in_quotes(plain, start, name)
        or name in DEMONYMS
        or _SELF_NAMED.match(name) is not None  # "In today's TV News Roundup, …": the digest's own name
        # "LOS ANGELES (Reuters) - The CW …": a wire story's dateline
        or start == 0
        and name.isupper()
        and _DATELINE_AFTER.match(plain, len(name)) is not None
        # "Rounding out the announcements, …": a sentence's opening word, not a title
        or start == 0
        and " " not in name
        and (name.endswith("ing") or zipf(name) >= 3.5)
        and not in_quotes(plain, start, name)
        # who: "BBC Drama has commissioned"
        or (is_network_name(name.split()[0]) and name.split()[-1] in _DEPARTMENTS)
    )


def is_count_word(name: str) -> bool:
    """ "cancels one", "Two of them": a count, not a title."""
    return _COUNT_WORD.match(name) is not None


def in_quotes(plain: str, start: int, name: str) -> bool:
    """The name at `start` stands in quotes ('Redgum', “Sweetwater,”)."""
    return plain[start - 1 : start] in ("'", '"', "“", "‘") and plain[start + len(name) : start + len(name) + 1] in (
        "'",
        '"',
        "”",
        "’",
        ",",
    )


_EVENT_AFTER = re.compile(
    r"['\"’”]?\s+(?:stage\s+)?(?:event|panel|festival|convention|livestream|showcase|presentation|ceremony|expo|"
    r"conference)s?\b",
    re.IGNORECASE,
)
# "Over at the ABC, …": a phrase that ends on where it airs
_NETWORK_END = re.compile(r"\s(?:at|on)\s+(?:the\s+)?\S+$")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)]{1,30}\)\s*)?[-–—,]")
_SELF_NAMED = re.compile(r"^(?:(?:TV\s+)?News\s+)?(?:Round-?up|Recap|Digest|Newsletter|Briefing)s?$", re.IGNORECASE)
# A genre or period word before a kind of show ("Western thriller", "Gothic mystery"): a description
_GENRE_WORDS = frozenset("Western Gothic Southern Nordic Scandi Victorian Regency Edwardian Tudor Period".split())
_A_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[a-z-]+\s+)?$")
_DEPARTMENTS = frozenset("Drama Comedy Studios Entertainment Originals Television Films News Factual Scripted".split())
# "the National Theatre play", "the Jilly Cooper novel": a source work named by what it is
_SOURCE_WORK = re.compile(
    r"(?:['’]s)?\s+(?:\w+\s+)?(?:play|novel|novels|book|books|memoir|film|movie|musical|podcast|comic|"
    r"video\s+game|game|franchise|saga|universe|stage\s+show)\b",
    re.IGNORECASE,
)
_CREDIT_AFTER = re.compile(
    r"['\"’”]?(?:['’]s)?\s+(?:co-?)?(?:creators?|writers?|stars?|showrunners?|directors?|producers?|actors?|"
    r"actress|alums?|bosse?s?|leads|plays|headlines|fronts|reprises|returns\s+as|"
    # "Grey's Anatomy spin-off Private Practice has been renewed": the spin-off is decided, not its parent
    r"spin-?offs?|prequels?|sequels?|offshoots?)\b",
    re.IGNORECASE,
)
_DESCRIPTOR_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:series|drama|comedy|sitcom|show|thriller|procedural|dramedy|miniseries|anthology|"
    # "The NBCUniversal streamer has canceled …": who decided, named by what it is
    r"streamer|network|broadcaster|channel|studio|company|platform)\b"
)
_YEAR_BEFORE = re.compile(r"\b(?:to|in|until|till|through|by|since|from|before|after|early|late|mid|of)\s+$")
# "Eleven new dramas", "Two of them": a count that opens a sentence, not a title
_COUNT_WORD = re.compile(
    r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|"
    r"dozens?|hundreds?|several|both|all)$",
    re.IGNORECASE,
)
