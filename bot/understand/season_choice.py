"""The season and the network of an article's main show: the headline's and the lede's season mentions, the
sentence that states the decision, a show's own clause; the network that belongs to the show."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.understand.casefree import case_free
from bot.understand.matching import show_key
from bot.understand.networks import find_networks
from bot.understand.numbers import to_int
from bot.understand.prefilter import prefiltered
from bot.understand.refusals import refusal
from bot.understand.seasons import SeasonMention, find_seasons, pick_season
from bot.understand.sentences import CLAUSE_BREAK
from bot.understand.show_choice import key_in
from bot.understand.shows import quoted_titles

_TRAILING_NUMBER = re.compile(r"^(?P<t>.+?)\s+(?P<n>\d{1,2})$")
_NUMBERED_NAME = re.compile(r"(?:\bNo\.?|\bNumber|#|\bVol\.?|\bVolume)$", re.IGNORECASE)
_ROMAN = {"II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8}
_TRAILING_ROMAN = re.compile(r"^(?P<t>.+?)\s+(?P<n>II|III|IV|V|VI|VII|VIII)$")
# What the name-and-number patterns of season_of need after a space (cheap checks before building them)
_SPACED_DIGIT = re.compile(r"\s\d")
_SPACED_ROMAN = re.compile(r"\s[IV]")
_BACKGROUND_NET = prefiltered(
    re.compile(
        r"(?:created|creator\s+of|co-creator\s+of|star\s+of|which\s+aired\s+on|originally\s+on|"
        r"originally\s+aired\s+on|premiered\s+(?:in\s+\d{4}\s+)?on|previously\s+on|formerly\s+on|"
        r"moved\s+from|after|cancell?ed\s+by|canceled\s+by|from|former|ex-)\s*(?:the\s+)?$",
        re.IGNORECASE,
    )
)
# "Netflix Sinks 'Kessler & Vane'": the show a headline's network decides about
_NET_DECIDES = re.compile(
    r"^\s+(?:renews|cancels|axes|sinks|scraps|drops|orders|picks\s+up|ends|saves|revives)\s+"
    r"[\"“‘'](?P<t>[^\"”’']{2,60})[\"”’']",
    re.IGNORECASE,
)
_OTHER_TITLE_AFTER_NET = case_free(
    re.compile(
        r"^(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:series|miniseries|drama|comedy|show|film|movie|"
        r"hit|thriller|sitcom)\s+[\"“‘']?(?P<t>(?-i:[A-Z0-9])[\w'’:&.-]*(?:\s+(?-i:[A-Z0-9])[\w'’:&.-]*){0,5})",
        re.IGNORECASE,
    )
)


def pick_network(head: str, sentences: list[str], shows: list[str]) -> str | None:
    show_keys = [show_key(s) for s in shows if s]
    best: tuple[float, int, str] | None = None
    order = 0

    def inside_show(alias: str) -> bool:
        return any(alias in s for s in shows)

    for pos, alias, canon in find_networks(head):
        if inside_show(alias):
            continue
        after = head[pos + len(alias) : pos + len(alias) + 60]
        other = _OTHER_TITLE_AFTER_NET.match(after)
        score = 3.0
        if other and show_key(other.group("t")) not in show_keys and shows:
            score = 0.5
        if _BACKGROUND_NET.search(head[max(0, pos - 30) : pos]):
            score = 0.5
        decided = _NET_DECIDES.match(after)
        if decided and show_keys and show_key(decided.group("t")) != show_keys[0]:
            score = 0.5  # "'Harbour' Docks For Season 3, Netflix Sinks 'Kessler & Vane'": another show's network
        order += 1
        if best is None or score > best[0]:
            best = (score, order, canon)
    for i, sentence in enumerate(sentences[:6]):
        sk = show_key(sentence)
        mentions_show = any(key_in(k, sk) for k in show_keys)
        for pos, alias, canon in find_networks(sentence):
            if inside_show(alias):
                continue
            score = (2.0 if mentions_show else 1.0) - 0.15 * i
            after = sentence[pos + len(alias) : pos + len(alias) + 60]
            other = _OTHER_TITLE_AFTER_NET.match(after)
            if other and shows and show_key(other.group("t")) not in show_keys:
                score -= 2.0  # "the HBO miniseries Chernobyl" in a story about another show
            if _BACKGROUND_NET.search(sentence[max(0, pos - 30) : pos]):
                score -= 1.5  # "premiered in 2015 on Syfy", "from the creator of"
            order += 1
            if best is None or score > best[0]:
                best = (score, order, canon)
    if best and best[0] > 0:
        return best[2]
    # no network took the decision: where the show aired ("The first season premiered on TOKYO MX"), if said
    for sentence in sentences[:8]:
        for pos, alias, canon in find_networks(sentence):
            if not inside_show(alias) and _AIRED_ON.search(sentence[max(0, pos - 40) : pos]):
                return canon
    return None


# "premiered in January 2025 on TOKYO MX", "aired on BS11", "streams on Crunchyroll": the show's own home
_AIRED_ON = re.compile(
    r"\b(?:premiered|aired|airs|broadcast|streamed|streams|debuted)\b(?:\s+[\w,]+){0,5}?\s+(?:on|via)\s+$"
)


def season_of(
    head: str, shows: list[str], quoted: bool, lede: str, lead: str = ""
) -> tuple[list[str], int | None, tuple[int, ...], bool]:
    """(shows, the headline's or lede's season, every season named, whether the headline names one); `lead`: the
    first sentences, where the text may write a numbered title whole."""
    title_mentions = _in_own_clause(head, shows[0], find_seasons(head), shows[1:]) if shows else find_seasons(head)
    text_mentions = own_seasons(lede, shows[0], shows[1:]) if shows else find_seasons(lede)
    season, seasons = pick_season(title_mentions, text_mentions)
    # "Stranger Things 4", "Whitechapel III": an unquoted title ending in a small number names the season
    if shows and not quoted:
        m = _TRAILING_NUMBER.match(shows[0])
        if m and _NUMBERED_NAME.search(m.group("t")):
            m = None  # "Inside No. 9", "Kaiju No. 8": the number is the name's own
        if (
            m
            and re.search(rf"(?<![\w'’]){re.escape(shows[0])}(?![\w'’])", lead or lede)
            and not any(x.season == int(m.group("n")) for x in find_seasons(lead or lede))
        ):
            m = None  # "Quarry 9: …" over "Netflix has ordered Quarry 9, a thriller": the text's title has it too
        if m and 1 < int(m.group("n")) <= 30 and (season is None or season == int(m.group("n"))):
            shows[0] = m.group("t")
            n = int(m.group("n"))
            season, seasons = n, (n, *[s for s in seasons if s != n])
            title_mentions = title_mentions or [True]  # type: ignore[list-item]
        # (the patterns below are built per name: looked for only when a number follows a space at all)
        number = _SPACED_DIGIT.search(head) and re.search(
            re.escape(shows[0]) + r"\s+(\d{1,2})(?![\w:])(?!\s+(?i:years?|months?|weeks?|days?|episodes?|times?)\b)",
            head,
        )
        if number and season is None and 1 < int(number.group(1)) <= 30:  # "Taboo 2? Yes, BBC confirms"
            season, seasons = int(number.group(1)), (int(number.group(1)), *seasons)
            title_mentions = title_mentions or [True]  # type: ignore[list-item]
        roman = _SPACED_ROMAN.search(head) and re.search(re.escape(shows[0]) + r"\s+(II|III|IV|V|VI|VII|VIII)\b", head)
        if roman and season is None:
            season, seasons = _ROMAN[roman.group(1)], (_ROMAN[roman.group(1)], *seasons)
        r = _TRAILING_ROMAN.match(shows[0])
        if r and re.search(rf"(?<![\w'’]){re.escape(shows[0])}(?![\w'’])", lede):
            r = None  # "Prime Video has cancelled Gen V": the text writes the numeral as part of the title
        if r:
            shows[0] = r.group("t")
            if season is None:
                season, seasons = _ROMAN[r.group("n")], (_ROMAN[r.group("n")], *seasons)
    return shows, season, seasons, bool(title_mentions)


# Where a headline's clauses part: "Peacock Cancels X After One Season, Renews Y — Plus, Z Will End With Season 4"
# ("'static bloom,' renews": American style puts the comma inside the quotes)
_HEAD_CLAUSE = re.compile(r";|,['’\"”]?\s|\s[—–-]\s")


def _clause_index(text: str, breaks: re.Pattern[str]) -> Callable[[int], int]:
    """Which clause of `text` (cut where `breaks` match) an offset falls in."""
    cuts = [0, *[m.end() for m in breaks.finditer(text)]]
    return lambda i: max(k for k, c in enumerate(cuts) if c <= i)


def _in_own_clause(
    head: str, show: str, mentions: list[SeasonMention], other_shows: Sequence[str] = ()
) -> list[SeasonMention]:
    """A headline's season mentions in the show's own clause, when that clause has any: a later clause's season is
    another show's."""
    low = head.casefold()
    own = low.find(show.casefold())
    if own < 0 and show.split():
        own = low.find(show.split()[0].casefold())  # "Babylon After Dark" for the headline's 'Babylon: After Dark'
    if own < 0 or not mentions:
        return mentions
    clause = _clause_index(head, _HEAD_CLAUSE)
    mine = [m for m in mentions if clause(m.start) == clause(own)]
    # (none of its own: not those past a semicolon, which opens another show's news, nor in a clause that quotes
    # another title: "'X' Adds Three to Cast, 'Y' Sets Season 2 Date", "renews X and Y, cancels Z after one season")
    named = [q for q, _d in quoted_titles(head)] + list(other_shows)
    others = [low.find(q.casefold()) for q in named if show.casefold() not in q.casefold()]
    theirs = {clause(i) for i in others if i >= 0}
    # (nor a run so far in another clause: "renews X, drops Y after one series" counts Y's seasons)
    return mine or [
        m
        for m in mentions
        if ";" not in head[min(own, m.start) : max(own, m.start)]
        and clause(m.start) not in theirs
        and not (m.kind == "after" and clause(m.start) != clause(own))
    ]


_REFERS_BACK = re.compile(r"(?i)\b(?:it|its|the\s+(?:show|series|comedy|drama|sitcom|thriller|programme))\b")
# "… has commissioned a fourth season of the cult Melbourne share-house drama": described, once a show is known
_DESCRIBED_BACK = re.compile(r"(?i)\bthe\s+(?:[\w'-]+\s+){1,3}?(?:show|series|comedy|drama|sitcom|thriller|quiz)\b")
# The words a sentence states each decision with (for the season it names)
_EVENT_WORDS = {
    "renewed": re.compile(
        r"(?i)\b(?:renew\w*|picked\s+up|picks\s+up|return\w*\s+for|continu\w*|"
        # "has ordered a new eight-episode fourth season", "commissioned a fourth season"
        r"(?:order|commission)\w*\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:season|series)|"
        r"back\s+for|another\s+season|"
        # "Mr. D's seventh season will premiere this fall": the season a renewal brings, told after it
        r"will\s+(?:premiere|debut|return|air|launch|arrive))\b"
    ),
    "ending": re.compile(r"(?i)\b(?:final|last|end|ends|ending|conclude\w*|quits)\b"),
    "cancelled": re.compile(r"(?i)\b(?:cancel\w*|axe\w*|final|last|end|ends|quits)\b"),
    "production": re.compile(r"(?i)\b(?:film\w*|shoot\w*|production|wrap\w*|final|last)\b"),
}


def network_naming(show: str | None, sentences: list[str]) -> str | None:
    """The network of the first sentence that names the show ("… NBC announced it would continue Brooklyn
    Nine-Nine …"), where the first paragraphs name none."""
    key = show_key(show or "")
    for sentence in sentences if key else ():
        if key_in(key, show_key(sentence)):
            found = find_networks(sentence)
            if found:
                return found[0][2]
    return None


def own_seasons(sentence: str, show: str, others: Sequence[str]) -> list[SeasonMention]:
    """The season mentions of a sentence that belong to `show`: none in a clause about another named show
    ("renewed Ghosts for next season, while So Help Me Todd was cancelled after two seasons"); a list that shares
    its season ("renewed Scrublands, Bump and Black Snow for second seasons") keeps it."""
    mentions = find_seasons(sentence)
    low = sentence.casefold()
    own = low.find(show.casefold()) if show else -1
    if own < 0 and any(m.kind == "after" for m in mentions):
        # "has recommissioned three of its sitcoms – but has pulled the plug on Dead Air after a single series": a
        # run so far told past a turn is another show's
        mentions = [m for m in mentions if not (m.kind == "after" and _TURN_BEFORE.search(sentence, 0, m.start))]
    if not mentions or not others:
        return mentions
    clause = _clause_index(sentence, CLAUSE_BREAK)
    starts = {i for o in others if o and (i := low.find(o.casefold())) >= 0 and i != own}
    theirs = {clause(i) for i in starts}
    if own < 0:
        # ("has picked up the drama for a second season, and handed Precinct 9 a sixth": the show unnamed, a
        # mention after another show's name in its clause is the other's)
        return [m for m in mentions if not any(i < m.start and clause(i) == clause(m.start) for i in starts)]
    mine = clause(own)
    # in a clause naming several titles, a mention after another title is that title's ("Halcyon (Season 4) …
    # and The Quarry Kids, which will return for a sophomore run")
    return [
        m
        for m in mentions
        if (clause(m.start) == mine or clause(m.start) not in theirs)
        and not (clause(m.start) == mine and any(own < i < m.start for i in starts if clause(i) == mine))
    ]


_TURN_BEFORE = re.compile(r"\b(?:but|while|whereas)\s", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")


def stated_season(
    event: str, show: str | None, sentences: list[str], *, named_only: bool = False, others: Sequence[str] = ()
) -> int | None:
    """ "HBO … has renewed it for a second season": the season of a sentence stating the decision about the show
    (by name, or by "it"/"the series" unless `named_only`); never another show's ("… follows news that Mayans
    M.C. will end with Season 5")."""
    words = _EVENT_WORDS.get(event)
    if words is None:
        return None
    key = show_key(show or "")
    for sentence in sentences:
        # ("Mr. D's seventh season": the possessive names the show too)
        named = bool(key) and key_in(key, show_key(_POSSESSIVE.sub("", sentence)))
        back = _REFERS_BACK.search(sentence) or key and _DESCRIBED_BACK.search(sentence)
        if not (named or not named_only and back):
            continue
        if words.search(sentence) and not refusal(sentence):
            stated = [m for m in own_seasons(sentence, show or "", others) if not m.background or m.last]
            if stated:
                return stated[0].season
    return None


_MORE_SEASONS = re.compile(r"\b(two|three|four|2|3|4)\s+more\s+(?:seasons|series)\b", re.IGNORECASE)


def more_seasons(head: str, sentences: list[str]) -> tuple[int, ...]:
    """ "Renewed for two more series" after "the second series": seasons 3 and 4 (the latest season the text
    names, then the count); nothing when the text names no season to count from."""
    m = next((x for x in (_MORE_SEASONS.search(t) for t in (head, *sentences)) if x), None)
    if m is None:
        return ()
    named = [s.season for t in sentences for s in find_seasons(t)]
    if not named:
        return ()
    last = max(named)
    return tuple(range(last + 1, last + 1 + (to_int(m.group(1)) or 0)))
