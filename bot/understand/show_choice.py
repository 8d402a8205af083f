"""Which show an article is about, by the rules: the headline's titles checked against the text's capitalised
titles and known shows (show_weighing.py then weighs that pick against the evidence)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet

from rapidfuzz import fuzz, process

from bot.understand.callmemo import per_call
from bot.understand.candidates import first_of_full_name, kind_prefix, person_shape
from bot.understand.event_rules import CASTING, NOT_A_SCHEDULE
from bot.understand.evidence import is_first_name, zipf
from bot.understand.matching import KnownTitles, ShowMatcher, show_key
from bot.understand.networks import canonical_network, is_network_name
from bot.understand.prefilter import prefiltered
from bot.understand.roundup_names import is_count_word
from bot.understand.shows import credit_key, credited_titles, extract_shows, is_generic, quoted_titles, title_like
from bot.understand.titles import MODIFIER_NEXT, TextTitle
from bot.understand.wordlists import DEMONYMS, FOREIGN_JOIN, words

# A headline that describes a show without naming it: the text must name it
LEAD_CHARS = 1500  # the first paragraphs: where titles, events and networks are looked for
_DESCRIBES_A_SHOW = re.compile(
    r"\b(?:show|series|drama|comedy|sitcom|thriller|soap|reboot|revival|programme|program|"
    r"docuseries|spinoff|spin-off|anime|reality|dramedy|favou?rite|hit|western|procedural|saga|miniseries)\b",
    re.IGNORECASE,
)
# Words that open a description, not a title: "hit true-crime podcast", "beloved BBC sitcom"
PRAISED = re.compile(
    r"(?:hit|beloved|acclaimed|popular|cult|fan-favou?rite|award-winning|long-running|critically)\b", re.IGNORECASE
)
_CASTING_VERB = prefiltered(
    re.compile(
        rf"\b(?:joins?{NOT_A_SCHEDULE}|boards?|exits?|exiting|leaves?|leaving|quits?|quitting|departs?|to\s+star\s+in|"
        r"cast\s+in|returns?\s+to|"
        r"signs?\s+on\s+(?:to|for))\s+(?:the\s+cast\s+of\s+|the\s+)?",
        re.IGNORECASE,
    )
)


def key_in(key: str, haystack_key: str) -> bool:
    return bool(key) and f" {key} " in f" {haystack_key} "


def misspelt_in(key: str, haystack_key: str) -> bool:
    """The text names the show with a typo ("Stanger Things" for the headline's Stranger Things): one slip in a
    long enough name still confirms it."""
    return len(key) >= 10 and fuzz.partial_ratio(key, haystack_key[:3000], score_cutoff=92) > 0


def known_matcher(
    known: Iterable[str] | ShowMatcher | KnownTitles | None,
) -> tuple[ShowMatcher | None, AbstractSet[str]]:
    if known is None:
        return None, set()
    if isinstance(known, ShowMatcher):
        return known, set()
    if isinstance(known, KnownTitles):
        return None, known.keys
    return None, {show_key(k) for k in known if k}


def known_spelling(name: str, known: Iterable[str] | ShowMatcher | KnownTitles | None, text_key: str) -> str:
    """ "Downtown Abbey" in a headline whose text never names it, where "Downton Abbey" is known: one slip in a long
    name is the known title's spelling. Names the text uses, short names and near misses of several stay as they are."""
    key = show_key(name)
    if known is None or len(key) < 8 or key_in(key, text_key):
        return name
    if isinstance(known, KnownTitles):
        by_key = known.by_key
    else:
        named = [s.title for s in known.shows] if isinstance(known, ShowMatcher) else list(known)
        by_key = {show_key(t): t for t in named}
    close = [
        k
        for k, _score, _i in process.extract(key, list(by_key), scorer=fuzz.ratio, score_cutoff=90, limit=3)
        if len(k.split()) == len(key.split())
    ]
    if len(close) == 1 and close[0] != key:
        return by_key[close[0]]
    return name


def is_known(name: str, matcher: ShowMatcher | None, keys: AbstractSet[str]) -> bool:
    if matcher is not None:
        return matcher.match(name, exact_only=True) is not None
    return show_key(name) in keys


def _known_in_headline(head: str, matcher: ShowMatcher | None, keys: AbstractSet[str]) -> str | None:
    """The longest run of the headline's words that is a known show (for headlines with no usable structure)."""
    if matcher is None and not keys:
        return None
    words = head.split()[:40]
    best: str | None = None
    for i in range(len(words)):
        for j in range(min(len(words), i + 8), i, -1):
            name = " ".join(words[i:j]).strip(" ,.:;!?'\"‘’“”")
            if len(name) < 3 or (best and len(name) <= len(best)):
                continue
            if is_known(name, matcher, keys):
                best = name
                break
    return best


# Words a headline may wrap around a title: "Renewed Forever", "Monster Drama", "Big Breakfast reboot"
_SWALLOWED = words(
    """
    axed axes back bbc been canceled cancelled cancels comedy drama finally get gets has have hbo hit is itv just
    netflix new officially reboot renewed renews revival s season series show sitcom the tv
    """
)


class Titles:
    """The text's titles, looked up by key."""

    def __init__(self, titles: list[TextTitle], head_key: str, quoted: AbstractSet[str] = frozenset()) -> None:
        self.all = titles
        self.quoted = quoted  # keys of the headline's quoted titles
        self.by_key = {show_key(t.name): t for t in titles}
        # "pell daughter" in a slug, "Pell & Daughter" in the text: a URL drops the ampersand
        self.without_and = {k.replace(" and ", " "): t for k, t in self.by_key.items() if " and " in k}
        self.in_head = sorted(
            (
                t
                for t in titles
                if t.weight > -1.5
                and len(show_key(t.name)) >= 3
                and key_in(show_key(t.name), head_key)
                and not is_generic(t.name)
            ),
            key=lambda t: -len(t.name),
        )

    def refine(self, cand: str, quoted: bool, text_key: str = "") -> str:
        """The text's spelling of a headline's title: longer when the headline cut or shortened it."""
        ck = show_key(cand)
        if not ck:
            return cand
        if ck not in self.by_key and ck in self.without_and and self.without_and[ck].weight >= 0:
            cand = self.without_and[ck].name
            ck = show_key(cand)
        if ck in self.by_key:
            better = self._longer(ck, quoted)
            own = self.by_key[ck]
            if better and quoted and own.weight >= self.by_key[show_key(better)].weight + 1:
                # "'Reacher'" where the text calls the show Reacher and the hero Jack Reacher: the quote stands
                return own.name
            return better or own.name
        better = self._longer(ck, quoted)
        if better:
            return better
        # "Renewed Forever" ⊃ "Forever": the headline swallowed a word around a title the text confirms
        if quoted or key_in(ck, text_key):
            return cand
        for t in self.in_head:
            tk = show_key(t.name)
            if (
                key_in(tk, ck)
                and len(tk) < len(ck)
                and t.weight >= 0
                and all(w in _SWALLOWED for w in f" {ck} ".replace(f" {tk} ", " ").split())
            ):
                return t.name
        return cand

    def _pair_of_titles(self, ck: str, tk: str) -> bool:
        """ "Flat Pack and Yardbirds" where the text also names Yardbirds as a title of its own: two shows."""
        rest = tk.replace(ck, " ", 1).strip()
        other = rest[4:] if rest.startswith("and ") else rest[:-4] if rest.endswith(" and") else ""
        found, own, pair = self.by_key.get(other), self.by_key.get(ck), self.by_key[tk]
        # each written as a title more surely than the pair ("Rick and Morty" stays whole)
        return found is not None and own is not None and min(found.weight, own.weight) > max(pair.weight, 0.0)

    def _longer(self, ck: str, quoted: bool) -> str | None:
        for t in self.in_head:  # the headline itself holds the longer title ("Orange Is the New Black")
            tk = show_key(t.name)
            if (
                len(tk) > len(ck)
                and key_in(ck, tk)
                and (tk.startswith(ck) or tk.endswith(ck))
                and " and the " not in f" {tk.replace(ck, '')} "
                and not self._pair_of_titles(ck, tk)
                # "Vidio Original Series 'Rumah Kaca'": what the show is, not its title's first words
                and not (tk.endswith(ck) and kind_prefix(tk[: len(tk) - len(ck)]))
                and not _CREDIT_TAIL.match(tk, tk.find(ck) + len(ck))  # ("'X' from Paula Echeverri": who made it)
                # "'Mr Bigstuff' and 'Brassic'", quoted apart in the headline, are two titles the text joins
                and not any(q != ck and key_in(q, tk) for q in self.quoted)
            ):
                return t.name
        if quoted:  # shorthand in quotes: 'Sons' is Sons of Anarchy, 'Sunny' It's Always Sunny in Philadelphia
            best = None
            for t in self.all:
                tk = show_key(t.name)
                if (
                    t.weight >= 1
                    and len(tk) > len(ck)
                    and key_in(ck, tk)
                    and not is_generic(t.name)
                    and not t.name.endswith(("'s", "’s"))
                    and len(tk.split()) <= 7
                    and " and " not in f" {tk} "
                    # "Sophie Baek in Bridgerton": a role in the show, not the show's longer title
                    and not re.search(r"\b(?:in|of|for|at|on|with|from|to|as)\s+(?:the\s+)?$", tk[: tk.find(ck)])
                    and not kind_prefix(tk[: tk.find(ck)])
                    and not _CREDIT_TAIL.match(tk, tk.find(ck) + len(ck))
                    and (best is None or len(tk) > len(show_key(best)))
                ):
                    best = t.name
            return best
        return None


_DERIVED = r"(?i:prequel|spin-?off|sequel|reboot|revival|follow-up)"
_DERIVED_WORD = re.compile(_DERIVED)  # (the patterns built per name below all need one of these words)
_TITLE_RUN = r"[\"“‘']?(?P<t>[A-Z0-9][\w'’:&.!-]*(?:\s+(?:[A-Z0-9][\w'’:&.!-]*|of|the|and|in|on|a|to)){0,6})"


_EVENT_WORD = re.compile(r"(?i:ordered|renewed|cancell?ed|canceled|axed|set|sets|gets|lands|is|are|at|in|on)\b")


def _derived_title(base: str, lead: str) -> str | None:
    """The name of a work derived from `base`, when the text gives it: "the Practical Magic prequel Rules of Magic",
    "Rules of Magic, a Practical Magic prequel", "Outlander: Blood of My Blood"."""
    if base not in lead[:LEAD_CHARS] or not _DERIVED_WORD.search(lead, 0, LEAD_CHARS) and f"{base}:" not in lead:
        return None  # (each pattern below holds the name as written, and a derived word or the name's colon)
    b = re.escape(base)
    for pattern in (
        rf"{b}['’]?\s+{_DERIVED}\s+(?:series\s+|drama\s+|show\s+)?(?:titled\s+|called\s+)?{_TITLE_RUN}",
        rf"{_TITLE_RUN}[,\s]+(?:a|an|the)\s+(?:new\s+)?{b}\s+{_DERIVED}",
        # "Outlander: Blood of My Blood": the derived work's title opens with its source's and a colon
        rf"(?<![\w'’])(?P<t>{b}:\s+[A-Z0-9][\w'’&.!-]*(?:\s+(?:['’]?[A-Z0-9][\w'’&.!-]*|of|the|and|in|on|a|to|my)){{0,6}})",
    ):
        m = re.search(pattern, lead[:LEAD_CHARS])
        if m:
            name = m.group("t").strip(" ,.;:'\"’”")
            while name.split() and name.split()[-1].lower() in ("of", "the", "and", "in", "on", "a", "to"):
                name = name.rsplit(" ", 1)[0]
            if (
                name
                and show_key(name) != show_key(base)
                and title_like(name)
                and not is_generic(name)
                and not _EVENT_WORD.match(name)
            ):
                return name
    return None


# "drama about 1970s Glasgow dockers", "series set in Belfast": what a show is about, not its title
_SUBJECT_BEFORE = re.compile(
    r"(?i:\b(?:about|set\s+(?:in|on|at)|filmed\s+(?:in|on)|shot\s+(?:in|on)|based\s+on|inspired\s+by)\s+"
    r"(?:[\w'’-]+\s+){0,2}?)$"
)


_A_MODIFIER = re.compile(r"(?i:\b(?:a|an)\s+)$")
# "renews its hit Sydney legal drama": a place or a subject before the kind of show, after a possessive or "the"
_OWNED_MODIFIER = re.compile(r"(?i:\b(?:its|their|the)\s+|['’]s\s+)(?:[a-z-]+\s+){0,2}$")
_KIND_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:drama|thriller|comedy|sitcom|procedural|mystery|saga|romance|anthology|docuseries|"
    r"dramedy|soap)\b"
)


# "order Cornish murder mystery", "revives 90s Saturday-night quiz": a modifier before the kind of show
_KIND_NEXT = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:drama|thriller|comedy|sitcom|procedural|mystery|saga|romance|anthology|docuseries|"
    r"dramedy|soap|quiz|telenovela|documentary|crime\s+series|game\s+show|panel\s+show)\b"
)
_OWNED_KIND = r"['’]s\s+(?:show|series|comedy|drama|sitcom|thriller|programme|panel\s+show|quiz)\s+"
_KIND_NEXT_ANYCASE = re.compile(_KIND_NEXT.pattern, re.IGNORECASE)
_MODIFIER_USE = re.compile(r"\s+[a-z]")


_DESCRIPTION = re.compile(
    r"(?:\b(?:its|their|the|a|an|new|upcoming|this|orders?|renews?|cancels?|axes|revives?|commissions?|"
    r"greenlights?)\s+|['’]s\s+)(?P<d>(?:[\w'’-]+\s+){0,4}?)(?:drama|comedy|thriller|"
    r"sitcom|series|show|mystery|quiz|noir|saga|western|procedural|anime|docuseries|dramedy|soap|telenovela|romance|"
    r"k-drama)\b",
    re.IGNORECASE,
)


def in_description(name: str, head: str) -> bool:
    """The name is among the words of the headline's description of a show ("its Korean subway survival
    thriller", "HBO's West End Backstage Thriller"), not its title."""
    at = head.find(name)
    return at >= 0 and any(start <= at and at + len(name) <= end for start, end in _descriptions(head))


@per_call  # (asked of every candidate and every headline title of one article)
def _descriptions(head: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span("d") for m in _DESCRIPTION.finditer(head))


def modifier_only(name: str, head: str, lead: str, *, slug: bool = False) -> bool:
    """A headline word before a lowercase kind of show that the text also only writes before a lowercase word
    ("a Cornish fishing village"): an adjective, not a title. `slug`: the headline's casing says nothing (its kind
    word may be capitalised, the modifier several words: "Mexico City Market Comedy")."""
    if " " in name and not slug or not lead:
        return False
    at = head.lower().find(name.lower()) if slug else head.find(name)
    if at <= 0 or not (_KIND_NEXT_ANYCASE if slug else _KIND_NEXT).match(head, at + len(name)):
        return False
    uses = [m.end() for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", lead)]
    return all(_MODIFIER_USE.match(lead, end) for end in uses)


def _describes(name: str, head: str) -> bool:
    """A headline word that describes the show: a nationality or language ("Spanish-language heist thriller") or
    the show's subject."""
    if name.capitalize() in DEMONYMS:
        return True
    at = head.casefold().find(name.casefold())
    if at > 0 and head[at - 1 : at] in "'\"‘“":
        return False
    # "with a Yorkshire ghost story leading the pack": a name used as a modifier
    modifier = (
        _A_MODIFIER.search(head[:at])
        and MODIFIER_NEXT.match(head, at + len(name))
        or (_OWNED_MODIFIER.search(head[:at]) and _KIND_AFTER.match(head, at + len(name)))
    )
    return at > 0 and (_SUBJECT_BEFORE.search(head[:at]) is not None or bool(modifier))


_PLAYS = re.compile(r" (?:to play|will play|plays|joins|to star|cast as|cast in|boards|exits|leaves) ")


def _cast_person(name: str, weight: float, head_key: str, quoted: bool) -> bool:
    """ "james marsden to play president in new drama": the person a casting headline opens with, unless the text
    marks the name as a title (`weight`: the text's title weight)."""
    if quoted or weight >= 1.0 or not person_shape(name.split()):
        return False
    m = _PLAYS.search(head_key)
    return m is not None and head_key.find(f" {show_key(name)} ") < m.start() + 1


def surname_in_head(name: str, head: str) -> bool:
    """ "'Dry County' Creator Ada Fenwick Sets Thriller at Apple TV+": a word the headline writes after a first name
    is that person's surname, not a title; and a person's name the headline gives a role ("Creator Dana Okonkwo")."""
    if not name or len(name.split()) > 3 or name.startswith("The ") or name.lower() not in head.lower():
        return False  # (both checks below need the name in the headline: most candidates are not, and cost no regex)
    if person_shape(name.split()) and re.search(rf"\b{_ROLE}\s+{re.escape(name)}\b", head, re.IGNORECASE):
        return True
    if len(name.split()) > 2:
        return False
    return any(is_first_name(m.group(1)) for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(name)}\b", head))


_ROLE = r"(?:creator|co-creator|showrunner|writer|director|producer|novelist|author|star|actor|actress|nominee|winner)"


def _written_longer(name: str, head: str, lead: str, quoted: bool = False) -> str:
    """ "9-1-1: Lone Star will end": a headline word cut off as a credit ("… Star") that the text writes, with its
    capital, as part of the title."""
    at = head.find(name)
    m = _NEXT_WORD.match(head, at + len(name)) if at >= 0 else None
    longer = f"{name} {m.group(1)}" if m else ""
    if longer and longer in lead:
        return longer
    return name if quoted else _written_shorter(name, lead)


_CUT_BEFORE = words("in at among on for from after as with amid during near across ahead before by")


def _written_shorter(name: str, lead: str, titles: Titles | None = None) -> str:
    """ "Y Llanw in Pembrokeshire", "Skerry among three new", "Slack Water: Former Fernhill": a headline's guess
    that ran on past its title, cut before a preposition ("in", "among") or after a colon where the text writes
    what comes before it (after a colon, only a title the text itself weighs as one)."""
    if not lead or re.search(rf"(?<![\w'’]){re.escape(name)}(?![\w'’])", lead):
        return name
    parts = name.split()
    for k in range(len(parts) - 1, 0, -1):
        cut = " ".join(parts[:k])
        if parts[k - 1].endswith(":"):
            known = titles.by_key.get(show_key(cut[:-1])) if titles is not None else None
            if known is not None and known.weight >= 1:
                return cut[:-1]  # "Slack Water: Former Fernhill": a kicker the text names, then the news
        if (
            parts[k] in _CUT_BEFORE
            and parts[k - 1].lower() not in _SMALL_WORDS
            and parts[k - 1].lower() not in FOREIGN_JOIN
            and re.search(rf"(?<![\w'’]){re.escape(cut)}(?![\w'’])", lead)
        ):
            return cut
    return name


_NEXT_WORD = re.compile(r"\s+([A-Z][\w'’-]*)")


def _person_named(name: str, person: str) -> bool:
    """A person's name: the one a casting verb follows, or a first name and a surname."""
    # the person, or their surname ("Raman")
    return bool(person) and key_in(show_key(name), person) or person_shape(name.split())


def _without_owner(name: str) -> str:
    """ "taylor sheridans lioness": a slug drops the apostrophe of a person's possessive; the title is what
    follows a first name and a surname ending in s ("Bob Hearts Abishola" keeps its common word)."""
    parts = name.split()
    if (
        len(parts) >= 3
        and is_first_name(parts[0])
        and parts[1].lower().endswith("s")
        and len(parts[1]) > 3
        and zipf(parts[1][:-1]) < 4.0
    ):
        return " ".join(parts[2:])
    return name


_YEAR = re.compile(r"(?:19|20)\d\d")


# (a key's tail: "from paula echeverri", a maker's two names; not "by brick", "with the vampire", "from the loop")
_CREDIT_TAIL = re.compile(r"\s+(?:from|starring|featuring)\s+(?!the\s|a\s)[^\W\d_]+\s+[^\W\d_]+$")
# Words that make the name before them a show by crediting a person to it ("Bayside Drive star …")
_CREDITS = "star|stars|actor|actress|boss|showrunner|legend|favourite|favorite|veteran|icon"
_CREDIT_AFTER = re.compile(rf"['’\"”]?\s+(?:{_CREDITS}|alum|regular)\s", re.IGNORECASE)


def resolve_shows(
    head: str,
    mixed: bool,
    titles: Titles,
    text_key: str,
    has_text: bool,
    matcher: ShowMatcher | None,
    keys: AbstractSet[str],
    lead: str = "",
) -> tuple[list[str], str]:
    """(shows, where the main one came from: "quoted", "headline", "text", "known" or "")."""
    quoted = {show_key(q) for q, _d in quoted_titles(head)}
    credited = credited_titles(head)
    known = _known_in_headline(head, matcher, keys)
    if known:
        return [known], "known"
    if not mixed:
        # a lowercase or ALL-CAPS headline still quotes its titles: the text's spelling of each quoted one
        # ("'severance' star adam scott joins 'the loop'": whose star it is comes after the show joined)
        plain = [q for q, d in quoted_titles(head) if not d]
        plain = [q for q in plain if credit_key(q) not in credited] + [q for q in plain if credit_key(q) in credited]
        spelled = [t for t in (_spelled_in(q, lead) for q in plain) if t]
        if spelled and credit_key(spelled[0]) in credited and _strong_text_title(titles, head, 2.0, lead):
            # "hbo orders comedy from 'the understudy' creator": only whose show it is; the text names the new one
            spelled = []
        if spelled:
            return spelled, "quoted"
    if not mixed and titles.in_head:
        # a lowercase or ALL-CAPS headline: the titles the text spells out, in the headline's order
        head_key = f" {show_key(head)} "
        m = _CASTING_VERB.search(head)
        after_key = show_key(head[m.end() :]) if m and CASTING.search(head) else ""
        found = []
        # ("dolores vance" the text weighs as a person: "Dolores" alone is her first name, no title either)
        denied = [show_key(t.name) for t in titles.in_head if t.weight < 0 and person_shape(t.name.split())]
        for t in titles.in_head:
            tk = show_key(t.name)
            if any(d.startswith(tk + " ") for d in denied):
                continue
            # ("coronation street star quits": a title whose star the headline speaks of, however name-like)
            credit = rf"(?:{_CREDITS}|cast)"
            whose = re.search(rf"(?:^| ){re.escape(tk)} {credit} ", head_key)
            if re.search(rf" {credit} {re.escape(tk)} ", head_key) and not whose:
                continue  # "brickyard row icon pauline crosby quits": the person the credit names
            if (
                not whose
                and (
                    t.weight < 0
                    or credit_key(t.name) in credited
                    or _describes(t.name, head)
                    or t.weight < 2
                    and modifier_only(t.name, head, lead, slug=True)
                    or _cast_person(t.name, t.weight, head_key, tk in quoted)
                )
                or _YEAR.fullmatch(t.name)
                and t.weight < 2.5  # ("'1944'" the text quotes is Sheridan's title, not a date)
            ):
                continue  # a year the headline dates with ("delayed to 2024") is no title the text spells out
            pos = head_key.find(f" {tk} ")
            found.append(
                (
                    0 if after_key and key_in(tk, after_key) else 1,
                    0 if tk in quoted else 1,
                    # "nish kumar and josh widdicombe's show hold the front page": whose show it is, then the title
                    0 if re.search(_OWNED_KIND + re.escape(t.name), head, re.IGNORECASE) else 1,
                    # "filmed in whitby … marigold series 3": after "in" a place more often than a title
                    1 if head_key.endswith((" in ", " at "), 0, max(pos, 0) + 1) else 0,
                    0 if t.weight >= 1.5 else 1,
                    pos,
                    -len(tk),
                    t.name,
                )
            )
        names: list[str] = []
        for *_rank, name in sorted(found):
            if not any(key_in(show_key(name), show_key(n)) for n in names):
                names.append(name)
        if names:
            return names, "headline"
    cands = [
        c if show_key(c) in quoted else _written_shorter(c, lead, titles)
        for c in extract_shows(head)
        if credit_key(c) not in credited
        and not _describes(c, head)
        and not modifier_only(c, head, lead, slug=not mixed)
        # "ITV Axes Two Daytime Faves": a count of shows the text names ("Two Doors Down" is written as a title)
        and not (
            len(c.split()) > 1 and is_count_word(c.split()[0]) and c.endswith("s") and show_key(c) not in titles.by_key
        )
    ]
    if not mixed:  # recased guesses: only what could be a title, lowercase words checked as written
        # a recased phrase holding a decision word is the headline's news ("Cancellations Find Homes")
        cands = [_without_owner(c) for c in cands if show_key(c) in quoted or not has_event_word(c)]
        cands = [c for c in cands if show_key(c) in quoted or title_like(c) and not is_generic(c.lower())]
        spoken = f" {show_key(head)} "
        weight = {k: t.weight for k, t in titles.by_key.items()}
        cands = [c for c in cands if not _cast_person(c, weight.get(show_key(c), 0.0), spoken, show_key(c) in quoted)]
    # a quoted phrase the text writes in lower case is a pull-quote ("… MAKE 'DIFFICULT DECISION'", "Says
    # Office-Softball Comedy 'Is Just Getting Started'" over "“Overtime is just getting started,” said …")
    cands = [c for c in cands if mixed and len(c.split()) < 3 or not written_lowercase(c, lead)]
    # "Hilary Swank joins the cast of Yellowjackets": the show is what the person joins
    m = _CASTING_VERB.search(head)
    person = ""
    at = head.find(cands[0]) if cands else -1
    # (not a kicker before a colon: "Slack Water: Former Fernhill star Jade Whitlock joins Channel 4 thriller")
    if (
        m
        and CASTING.search(head)
        and cands
        and at < m.start()
        and head[max(at, 0) + len(cands[0]) :].lstrip("'’\"”")[:1] != ":"  # ("'Hollow & Vine': X Joins …")
        # ("Bayside Drive star Chloe Renner quits after 11 years as Jess Hartley": the show whose star quits)
        and not _CREDIT_AFTER.match(head, max(at, 0) + len(cands[0]))
    ):
        person = show_key(cands[0])
        after = head[m.end() :]
        later = [c for c in extract_shows(after) if c not in cands]
        later += [t.name for t in titles.in_head if key_in(show_key(t.name), show_key(after)) and t.name not in later]
        owner = re.match(rf"\s*(?P<o>[^:;,]{{2,60}}?)['’]s\s+(?:\w+\s+){{0,2}}?{re.escape(cands[0])}\b", head)
        if (
            not later
            and owner
            and not canonical_network(owner.group("o"))
            and not person_shape(owner.group("o").split())
        ):
            later = [owner.group("o")]  # "Bayside Road's Kirra Whitfield quits soap": whose star leaves
        if later:
            cands = later[:1] + [c for c in cands if c not in later]
    cands = [
        _written_longer(p, head, lead, show_key(p) in quoted)
        for c in cands
        for p in _split_pair(c, quoted, text_key, lead)
    ]
    shows: list[str] = []
    for c in cands:
        r = titles.refine(c, show_key(c) in quoted, text_key)
        if r not in shows and not is_generic(r):
            shows.append(r)
    derived = {show_key(q) for q, d in quoted_titles(head) if d}
    if shows and show_key(shows[0]) in derived:
        # "'Practical Magic' Prequel …": the prequel's own name, from the headline or the text
        named = _derived_title(shows[0], head)
        if named and lead and not key_in(show_key(named), text_key):
            named = None  # "'Scrubs' Revival Officially a Go": words the text never names are the headline's news
        named = named or _derived_title(shows[0], lead)
        if named:
            return [named, *shows], "text"
    if shows and _DERIVED_WORD.search(head) and re.search(rf"\b{re.escape(shows[0])}['’]?s?\s+{_DERIVED}\b", head):
        # "Starz cancels Outlander prequel": the text's name for the prequel is the show decided
        named = _derived_title(shows[0], lead)
        if named:
            return [named, *shows[1:]], "text"
    if shows:
        source = "quoted" if show_key(cands[0]) in quoted or show_key(shows[0]) in quoted else "headline"
        main_key = show_key(shows[0])
        if has_text and source == "headline":
            # a one-word name counts as named by the text only where the text capitalises it ("Monster Drama"
            # is not "monster drama")
            in_text = key_in(main_key, text_key) and (
                len(main_key.split()) > 1 or any(key_in(main_key, show_key(x.name)) for x in titles.all)
            )
            if in_description(shows[0], head):
                # "renews its Byron Bay surf noir", "order Cornish murder mystery": words of the headline's
                # description of a show the text names ("Ninety Mile, its surf-noir crime drama")
                strong = _strong_text_title(titles, head, 2.0, lead)
                if strong and not key_in(show_key(strong), show_key(head)):
                    return [strong], "text"
            if (person or _person_named(shows[0], person)) and _DESCRIBES_A_SHOW.search(head):
                # "Dana Whitlock confirms next season of her Western will be the last", "Priya Raman joins Prime
                # Video's Mumbai crime series": a person's headline describes the show the text names
                strong = _strong_text_title(titles, head, 1.5, lead)
                if strong and not key_in(show_key(strong), person) and not key_in(show_key(strong), show_key(head)):
                    return [strong], "text"
            named_title = titles.by_key.get(main_key)
            alt = next(
                (
                    a
                    for a in titles.in_head
                    if show_key(a.name) not in (main_key, person)
                    and not (title_like(shows[0]) and key_in(show_key(a.name), main_key))
                    and a.weight >= (0.5 if in_text and title_like(shows[0]) else 0.0)
                    and credit_key(a.name) not in credited
                    and not _YEAR.fullmatch(a.name)
                    # ("Cameras roll in Connemara on RTÉ's thriller An Cladach": after "in" a place)
                    and not (a.weight < 2 and re.search(rf"\b(?:in|at) {re.escape(a.name)}\b", head))
                    and a.name not in DEMONYMS  # ("Irish-language thriller")
                ),
                None,
            )
            if alt is not None and (
                not in_text
                or not mixed
                or (named_title is not None and named_title.weight < 0 and alt.weight >= named_title.weight + 1)
            ):
                # a headline phrase the text never names, a casing guess, or a person: the title the text
                # confirms in the headline wins ("Big news for Bridgerton fans", "Tom Hiddleston returns for Loki")
                rest = [x for x in shows if key_in(show_key(x), text_key) and show_key(x) != show_key(alt.name)]
                return [alt.name, *rest], "headline"
            if not in_text and not is_known(shows[0], matcher, keys):
                strong = _strong_text_title(titles, head, 1.5 if _DESCRIBES_A_SHOW.search(head) else 2.0, lead)
                # "Prime Video's Dragon Epic Gets a Fiery First Trailer": an owner's phrase the text never uses
                # describes the show the text names
                owned = re.search(rf"['’]s\s+{re.escape(shows[0])}\b", head) is not None
                if strong and (
                    not title_like(shows[0])
                    or _DESCRIBES_A_SHOW.search(head)
                    or owned
                    and not key_in(show_key(strong), show_key(head))
                ):
                    return [strong], "text"
                if not title_like(shows[0]):
                    return shows[1:], "headline" if shows[1:] else ""
        return shows, source
    offered = [
        t
        for t in titles.in_head
        if t.weight >= 0
        and credit_key(t.name) not in credited
        and not _describes(t.name, head)
        and not modifier_only(t.name, head, lead, slug=not mixed)
        and not in_description(t.name, head)
    ]
    # the first the headline names ("renewals for Poker Face, Twisted Metal and …"), never a part of a longer one
    whole = [t for t in offered if not any(o is not t and key_in(show_key(t.name), show_key(o.name)) for o in offered)]
    if whole:
        head_key = f" {show_key(head)} "
        return [min(whole, key=lambda t: head_key.find(f" {show_key(t.name)} ")).name], "headline"
    strong = _strong_text_title(titles, head, 1.5 if _DESCRIBES_A_SHOW.search(head) else 2.0, lead)
    if strong:
        return [strong], "text"
    return [], ""


_SMALL_WORDS = words("a an and as at by de for from in is of on or the to vs with")


def written_as(name: str, lead: str) -> Iterator[str]:
    """Each place the text writes the name, as the text spells it (any case, either apostrophe)."""
    pattern = r"(?<!\w)" + re.escape(name.replace("’", "'")) + r"(?!\w)"
    return (lead[m.start() : m.end()] for m in re.finditer(pattern, lead.replace("’", "'"), re.IGNORECASE))


def _spelled_in(name: str, lead: str) -> str | None:
    """How the text spells a title the headline quotes in lower or upper case: "'the pitt'" → "The Pitt"."""
    if len(name) < 2:
        return None
    found = next(written_as(name, lead), None)
    if found is None:
        return None
    words = re.findall(r"[^\W_][\w'’]*", found)
    # a title is capitalised in the text; a quoted phrase ("'high impact' content", a pull-quote) is not
    if words and words[0][0].isupper() and all(w[0].isupper() or w[0].isdigit() or w in _SMALL_WORDS for w in words):
        return found
    return None


# The headline's opening subject of an active decision verb: who decides, a network or studio, never the show
_DECIDER = re.compile(
    r"^(?P<who>[A-Z][\w+&.'’-]*(?:\s+[A-Z][\w+&.'’-]*){0,2})\s+(?i:renews|cancels|axes|orders|greenlights|picks\s+up|"
    r"scraps|commissions|recommissions|(?:has|have)\s+(?:renewed|cancell?ed|canceled|axed|ordered|greenlit))\s+\S"
)


# "… renewed for a third season by Noovo": the agent of a passive decision, at the headline's end
_DECIDED_BY = re.compile(
    r"\b(?i:renewed|cancell?ed|canceled|axed|ordered|greenlit|picked\s+up|commissioned|recommissioned)\b[^,;:]{0,40}?"
    r"\sby\s+(?P<who>[A-Z][\w+&.'’-]*(?:\s+[A-Z][\w+&.'’-]*){0,2})\s*$"
)


def decider(head: str) -> str | None:
    """ "JioHotstar renews Criminal Justice", "X renewed by Noovo": the company that decided, when the headline
    names it so and no known network does (a known one is found as a network already)."""
    m = _DECIDER.match(head) or _DECIDED_BY.search(head)
    if m is None or canonical_network(m.group("who")) or is_network_name(m.group("who")):
        return None
    return m.group("who")


def written_lowercase(phrase: str, lead: str) -> bool:
    """The text has the phrase, and never capitalised ("made the difficult decision" for "'DIFFICULT DECISION'")."""
    found = list(written_as(phrase, lead))
    return bool(found) and all(f[:1].islower() for f in found)


def _split_pair(cand: str, quoted: set[str], text_key: str, lead: str = "") -> list[str]:
    """Two shows ("Taskmaster and Hunted") when the text names each and never the pair; "Law & Order" stays, and
    so does "Anna & Katy" where the text has each word only inside a longer name ("Anna Crilly and Katy Wix")."""
    parts = re.split(r"\s+(?:and|&)\s+", cand)
    if len(parts) > 2:
        parts = re.split(r"\s+and\s+", cand)  # "Kettle & Sons and Flat 9B": the ampersand is inside a title
    if (
        len(parts) != 2
        or not text_key
        or show_key(cand) in quoted
        or key_in(show_key(cand), text_key)
        and not (lead and all(_stands_alone(p, lead.replace(cand, " ")) for p in parts))
        or not all(key_in(show_key(p), text_key) for p in parts)
        or lead
        and not any(_stands_alone(p, lead) for p in parts)
    ):
        return [cand]
    return parts


def _stands_alone(name: str, text: str) -> bool:
    """The text names `name` as a name of its own: not inside a longer capitalised name ("Anna Crilly")."""
    pattern = r"(?<![A-Z][\w'’.-])(?<![A-Z][\w'’.-]\s)\b" + re.escape(name) + r"\b(?!\s+[A-Z])"
    return re.search(pattern, text) is not None


def _strong_text_title(titles: Titles, head: str, floor: float = 2.0, lead: str = "") -> str | None:
    """The text's most clearly marked title, for a headline that only describes its show (not a first name the
    text also writes with a surname: "Enzo" of "lead actor Enzo Villaruel")."""
    credited = credited_titles(head)
    for t in titles.all:
        if (
            t.weight >= floor
            and not is_generic(t.name)
            and not t.name.endswith(("'s", "’s"))
            and credit_key(t.name) not in credited
            and not (first_of_full_name(t.name, lead) and not key_in(show_key(t.name), show_key(head)))
        ):
            return t.name
    return None


def has_event_word(name: str) -> bool:
    """ "Spring Cancellations Find Homes": a phrase holding a decision word is the headline's news, not a title."""
    return bool(re.search(r"(?i)\b(?:renew\w*|cancel\w*|axe[sd]?|ordered|orders|premieres?|returns?)\b", name))
