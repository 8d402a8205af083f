"""The names a roundup's decision sentence holds (titles_in), and those that are not themselves decided: source
works, credits, events, counts, years, descriptors, modifiers, nationalities, sentence openers and a network's
departments."""

from __future__ import annotations

import re

from bot.understand.evidence import zipf
from bot.understand.matching import show_key
from bot.understand.networks import canonical_network, is_network_name
from bot.understand.shows import is_generic
from bot.understand.titles import CHART_PLACE, MODIFIER_NEXT, spans
from bot.understand.wordlists import DEMONYMS, US_STATES


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
        or _SPEAKS_AFTER.match(after) is not None
        and not in_quotes(plain, start, name)  # "Treacher confirmed that …"
        or _COUNT_WORD.match(name)
        or _TIME_ZONE.fullmatch(name) is not None  # "at 9 p.m. ET/PT"
        or _WHEN_COUNT.fullmatch(name) is not None  # "| Cancelled | After 1 season": a table's note
        or CHART_PLACE.fullmatch(name)  # "despite a week in the streamer's Top 10"
        or (name.isdigit() and len(name) == 4 and _YEAR_BEFORE.search(between))
        or (
            _DESCRIPTOR_AFTER.match(after)
            and (
                between.endswith(("the ", "a ", "an ", "new "))
                or name.startswith("The ")
                or last in DEMONYMS
                or name in GENRE_WORDS  # "Western thriller Westbound"
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
        # "BURBANK, Calif. — The CW …": the dateline's state
        or _DATELINE_PLACE.match(plain[:start]) is not None
        # ("KNOXVILLE, Tenn. (Nov. 2, 2016) – HGTV has renewed": the date may stand between)
        and re.match(r"\.?\s*(?:\([^()]{0,30}\)\s*)?[—–-]", plain[start + len(name) :]) is not None
        # "Rounding out the announcements, …": a sentence's opening word, not a title
        or start == 0
        and " " not in name
        and (name.endswith("ing") or zipf(name) >= 3.5)
        and not in_quotes(plain, start, name)
        # who: "BBC Drama has commissioned"
        or (is_network_name(name.split()[0]) and name.split()[-1] in _DEPARTMENTS)
    )


_DATELINE_PLACE = re.compile(r"^[A-Z][A-Z .'-]+,\s+$")


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
GENRE_WORDS = frozenset("Western Gothic Southern Nordic Scandi Victorian Regency Edwardian Tudor Period".split())
_A_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[a-z-]+\s+)?$")
_DEPARTMENTS = frozenset(
    "Drama Comedy Studios Entertainment Originals Television Films News Factual Scripted Writersroom Academy".split()
)
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
_TIME_ZONE = re.compile(r"(?:ET|PT|CT|MT|GMT|BST|AEST|AEDT|IST|KST|JST)(?:/(?:ET|PT|CT|MT))?")
_WHEN_COUNT = re.compile(r"(?:After|Before|Since|Until|For)\s+\d{1,2}")
_SPEAKS_AFTER = re.compile(r"\s+(?:confirmed|said|says|announced|added|explained|told|revealed)\b")
_DESCRIPTOR_AFTER = re.compile(
    r"\.?\s+(?:[\w-]+\s+)?(?:series|drama|comedy|sitcom|show|thriller|procedural|dramedy|miniseries|anthology|"
    # "The NBCUniversal streamer has canceled …": who decided, named by what it is
    r"streamer|network|broadcaster|channel|studio|company|platform|cabler|netlet|pubcaster)\b"
)
_YEAR_BEFORE = re.compile(r"\b(?:to|in|until|till|through|by|since|from|for|before|after|early|late|mid|of)\s+$")
# "Eleven new dramas", "Two of them": a count that opens a sentence, not a title
_COUNT_WORD = re.compile(
    r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|"
    r"dozens?|hundreds?|several|both|all)$",
    re.IGNORECASE,
)


_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)"
_WEEKDAYS = re.compile(
    rf"{_WEEKDAY}(?:(?:,\s*|\s+(?:and|&|or)\s+){_WEEKDAY})*(?:-(?:night|morning|evening|afternoon))?"
)


_PLURAL_KIND = re.compile(
    r"\b(?:rookies|freshmen|sophomores|newcomers|veterans|dramas|comedies|sitcoms|shows|originals|thrillers|"
    r"procedurals|programmes|programs|docuseries|titles)\s+$"
)


def one_title(first: str, second: str, text: str) -> bool:
    """One title ("Rise and Fall") when both halves are single words that the text never uses apart; two
    ("Ghosts and Mandy") when either stands alone somewhere."""
    if first and second and f"{first.strip()} & {second.strip()}" in text.split("\n", 1)[-1]:
        return True  # prose lists with "and"; "Anna & Katy" written so in the article is one title
    if " " in first.strip() or " " in second.strip() or not first or not second:
        return False
    joined = [f"{first} {j} {second}" for j in ("and", "&")]
    together = sum(text.count(j) for j in joined)
    return together > 0 and text.count(first) == together and text.count(second) == together


def titles_in(sentence: str, weights: dict[str, float], text: str = "") -> list[tuple[str, int]]:
    names: list[tuple[str, int]] = []
    for span, pos, _before, _after in spans(sentence, limit=600):
        if sentence[pos : pos + 1] == "(" or pos and sentence[pos - 1] == "(":
            continue  # "(Shameless)": a credit
        parts = [span]
        if " and " in span:  # "X and Y": two titles, each maybe with its author ("Edith Wharton's X")
            parts = span.split(" and ")
            # the last of a comma list ("Kaos, Spaceman, Obliterated and Glamorous") is two items
            ends_list = sentence[max(0, pos - 2) : pos] == ", " and "," in sentence[:pos]
            # "canceled rookies Cristela and Forever": a plural kind before the pair counts two
            plural = _PLURAL_KIND.search(sentence, 0, pos) is not None
            if len(parts) == 2 and not ends_list and not plural and one_title(parts[0], parts[1], text):
                parts = [span]
        for part in parts:
            owner = re.split(r"['’]s ", part)
            # "Edith Wharton's X", "MTV's X" → X; "Poppa's House" stays
            # ("The Ferryman's Daughter": a title that opens with "The" is nobody's)
            if len(owner) > 1 and (
                len(owner[0].split()) >= 2 and not owner[0].startswith("The ") or canonical_network(owner[0])
            ):
                part = owner[-1]
            part = part.strip()
            start = sentence.find(part, pos)
            if (
                not part
                or start < 0
                or canonical_network(part)
                or canonical_network(part.removeprefix("The "))
                or all(canonical_network(p) for p in re.split(r"\s+(?:and|&)\s+|,\s*", part))  # "ITV1 and ITVX"
                or _WEEKDAYS.fullmatch(part) is not None  # "Friday", "Mondays and Tuesdays"
                or is_generic(part)
                or part.endswith(("'s", "’s"))
                and not in_quotes(sentence, start, part)  # ("family drama “Kinsella's”": a title)
            ):
                continue
            k = show_key(part)
            if len(k) < 3 or weights.get(k, 0.0) < -0.5:
                continue
            if any(show_key(n) == k or f" {k} " in f" {show_key(n)} " for n, _s in names):
                continue
            names = [(n, s) for n, s in names if f" {show_key(n)} " not in f" {k} "]
            names.append((part, start))
    names = sorted(names, key=lambda x: x[1])
    return _places_joined(sentence, names)


# "Roswell, New Mexico", "Fargo, North Dakota": a town and its state make one title, not two shows


def _places_joined(sentence: str, names: list[tuple[str, int]]) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for name, start in names:
        if out and name in US_STATES:
            prev, at = out[-1]
            if sentence[at + len(prev) : start] == ", ":
                out[-1] = (f"{prev}, {name}", at)
                continue
        out.append((name, start))
    return out
