"""(title, text) → Analysis: event, shows, seasons, network, confidence, evidence, summary, facts, decisions.

Order of work, cheapest first, every step bounded:
1. the headline (at most MAX_TITLE characters) and the text's first MAX_TEXT characters are all that is read;
2. relevance: is this TV news at all? (`relevance.is_tv_news`, three regexes) — most feed entries stop here;
3. titles: the headline's quoted titles and structure, checked against the capitalised titles of the first
   paragraphs (`titles.text_titles`), which also recover titles for lowercase or ALL-CAPS headlines and for
   headlines that only describe the show ("Hit sci-fi show axed");
4. the event: headline first, then the lede, then (weakly) the rest of the first paragraphs;
5. season, network (the one that belongs to the show), roundup decisions, confidence, summary, facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from bot.models import Analysis, Decision
from bot.understand.candidates import Candidate, full_span, is_year_phrase, tidy_title
from bot.understand.candidates import build as build_candidates
from bot.understand.events import CASTING, RENEW_IDIOMS, decide_event, refusal, refusal_span
from bot.understand.evidence import is_first_name, zipf
from bot.understand.facts import facts_from_sentences
from bot.understand.matching import KnownTitles, ShowMatcher, show_key
from bot.understand.networks import find_networks
from bot.understand.numbers import to_int
from bot.understand.ranker import evidence_weights, ranked, title_probability
from bot.understand.relevance import is_tv_news
from bot.understand.roundups import find_decisions, headline_decisions, is_roundup, short_for
from bot.understand.seasons import SeasonMention, find_seasons, pick_season
from bot.understand.sentences import clean_page_text, is_sentence, split_sentences
from bot.understand.shows import credit_key, credited_titles, extract_shows, is_generic, quoted_titles, title_like
from bot.understand.summary import summarize_sentences
from bot.understand.titles import TextTitle, is_mixed_case, recase, text_titles
from bot.understand.wordlists import words

MAX_TITLE = 300  # characters of a headline read at all
MAX_TEXT = 6000  # characters of an article's text read at all (summary and facts come from these)
LEAD_CHARS = 1500  # the first paragraphs: where titles, events and networks are looked for
MAX_SENTENCES = 40  # sentences kept for the summary
MAX_FACT_SENTENCES = 25  # sentences read for facts
# Below this confidence an analysis may join an existing story but must not start an alert: an event found only
# in a later sentence, a show that neither the text nor the known shows confirm, an event without a show.
ALERT_CONFIDENCE = 0.6
# A show a roundup's sentence decides becomes a decision (an alert) only when it is a title with this probability
TITLE_MIN = 0.2

_TRAILING_NUMBER = re.compile(r"^(?P<t>.+?)\s+(?P<n>\d{1,2})$")
_NUMBERED_NAME = re.compile(r"(?:\bNo\.?|\bNumber|#|\bVol\.?|\bVolume)$", re.IGNORECASE)
_ROMAN = {"II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8}
_TRAILING_ROMAN = re.compile(r"^(?P<t>.+?)\s+(?P<n>II|III|IV|V|VI|VII|VIII)$")
# A headline that describes a show without naming it: the text must name it
_DESCRIBES_A_SHOW = re.compile(
    r"\b(?:show|series|drama|comedy|sitcom|thriller|soap|reboot|revival|programme|program|"
    r"docuseries|spinoff|spin-off|anime|reality|dramedy|favou?rite|hit)\b",
    re.IGNORECASE,
)
# Words that open a description, not a title: "hit true-crime podcast", "beloved BBC sitcom"
_PRAISED = re.compile(
    r"(?:hit|beloved|acclaimed|popular|cult|fan-favou?rite|award-winning|long-running|critically)\b", re.IGNORECASE
)
_FINAL_SEASON = re.compile(r"\b(?:final|last)\s+(?:ever\s+)?(?:season|series)\b", re.IGNORECASE)
_NEW_SERIES = re.compile(
    r"\b(?:drama|comedy|thriller|dramedy|docuseries|series|sitcom|limited\s+series|pilot)\b", re.IGNORECASE
)
_CASTING_VERB = re.compile(
    r"\b(?:joins?|boards?|exits?|leaves?|departs?|to\s+star\s+in|cast\s+in|returns?\s+to|"
    r"signs?\s+on\s+(?:to|for))\s+(?:the\s+cast\s+of\s+|the\s+)?",
    re.IGNORECASE,
)
_BACKGROUND_NET = re.compile(
    r"(?:created|creator\s+of|co-creator\s+of|star\s+of|which\s+aired\s+on|originally\s+on|"
    r"originally\s+aired\s+on|premiered\s+(?:in\s+\d{4}\s+)?on|previously\s+on|formerly\s+on|"
    r"moved\s+from|after|cancell?ed\s+by|canceled\s+by|from|former|ex-)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_OTHER_TITLE_AFTER_NET = re.compile(
    r"^(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:series|miniseries|drama|comedy|show|film|movie|"
    r"hit|thriller|sitcom)\s+[\"“‘']?(?P<t>(?-i:[A-Z0-9])[\w'’:&.-]*(?:\s+(?-i:[A-Z0-9])[\w'’:&.-]*){0,5})",
    re.IGNORECASE,
)


def _short_paragraphs(text: str, limit: int = 1200) -> str:
    """Very long paragraphs cut at a sentence end near every `limit` characters, so that no later step works on
    one huge paragraph (sentence merging is quadratic in a paragraph of abbreviations such as "Mr. Mr. Mr.")."""
    if len(text) <= limit or all(len(p) <= limit for p in text.split("\n")):
        return text
    out = []
    for para in text.split("\n"):
        size = limit if para.count(". ", 0, limit) < 40 else 200  # "Mr. Mr. Mr. …": not prose, smaller pieces
        while len(para) > size:
            cut = para.rfind(". ", size // 2, size)
            cut = cut + 1 if cut > 0 else size
            out.append(para[:cut])
            para = para[cut:].lstrip()
        out.append(para)
    return "\n".join(out)


# Labels outlets put before a headline: "TV News:", "EXCLUSIVE:", "Report:", "Watch:"
_LABEL = re.compile(
    r"^(?:(?:tv|television|entertainment)\s+news(?:\s+round-?up)?|breaking(?:\s+news)?|exclusive|report|watch|video|update|"
    r"updated|confirmed|official|news|tv|streaming|ratings)\s*[:|–—]\s*(?=\S)",
    re.IGNORECASE,
)


def _bounded_title(title: str | None) -> str:
    title = " ".join((title or "")[: MAX_TITLE * 2].split())[:MAX_TITLE]
    stripped = _LABEL.sub("", title, count=1)
    return stripped if len(stripped) >= 8 else title


def _key_in(key: str, haystack_key: str) -> bool:
    return bool(key) and f" {key} " in f" {haystack_key} "


def _misspelt_in(key: str, haystack_key: str) -> bool:
    """The text names the show with a typo ("Stanger Things" for the headline's Stranger Things): one slip in a
    long enough name still confirms it."""
    return len(key) >= 10 and fuzz.partial_ratio(key, haystack_key[:3000], score_cutoff=92) > 0


def _known_matcher(
    known: Iterable[str] | ShowMatcher | KnownTitles | None,
) -> tuple[ShowMatcher | None, AbstractSet[str]]:
    if known is None:
        return None, set()
    if isinstance(known, ShowMatcher):
        return known, set()
    if isinstance(known, KnownTitles):
        return None, known.keys
    return None, {show_key(k) for k in known if k}


def _is_known(name: str, matcher: ShowMatcher | None, keys: AbstractSet[str]) -> bool:
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
            if _is_known(name, matcher, keys):
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


class _Titles:
    """The text's titles, looked up by key."""

    def __init__(self, titles: list[TextTitle], head_key: str) -> None:
        self.all = titles
        self.by_key = {show_key(t.name): t for t in titles}
        self.in_head = sorted(
            (
                t
                for t in titles
                if t.weight > -1.5
                and len(show_key(t.name)) >= 3
                and _key_in(show_key(t.name), head_key)
                and not is_generic(t.name)
            ),
            key=lambda t: -len(t.name),
        )

    def refine(self, cand: str, quoted: bool, text_key: str = "") -> str:
        """The text's spelling of a headline's title: longer when the headline cut or shortened it."""
        ck = show_key(cand)
        if not ck:
            return cand
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
        if quoted or _key_in(ck, text_key):
            return cand
        for t in self.in_head:
            tk = show_key(t.name)
            if (
                _key_in(tk, ck)
                and len(tk) < len(ck)
                and t.weight >= 0
                and all(w in _SWALLOWED for w in f" {ck} ".replace(f" {tk} ", " ").split())
            ):
                return t.name
        return cand

    def _longer(self, ck: str, quoted: bool) -> str | None:
        for t in self.in_head:  # the headline itself holds the longer title ("Orange Is the New Black")
            tk = show_key(t.name)
            if (
                len(tk) > len(ck)
                and _key_in(ck, tk)
                and (tk.startswith(ck) or tk.endswith(ck))
                and " and the " not in f" {tk.replace(ck, '')} "
            ):
                return t.name
        if quoted:  # shorthand in quotes: 'Sons' is Sons of Anarchy, 'Sunny' It's Always Sunny in Philadelphia
            best = None
            for t in self.all:
                tk = show_key(t.name)
                if (
                    t.weight >= 1
                    and len(tk) > len(ck)
                    and _key_in(ck, tk)
                    and not is_generic(t.name)
                    and not t.name.endswith(("'s", "’s"))
                    and len(tk.split()) <= 7
                    and " and " not in f" {tk} "
                    and (best is None or len(tk) > len(show_key(best)))
                ):
                    best = t.name
            return best
        return None


_title_like = title_like


_DERIVED = r"(?i:prequel|spin-?off|sequel|reboot|revival|follow-up)"
_TITLE_RUN = r"[\"“‘']?(?P<t>[A-Z0-9][\w'’:&.!-]*(?:\s+(?:[A-Z0-9][\w'’:&.!-]*|of|the|and|in|on|a|to)){0,6})"


_EVENT_WORD = re.compile(r"(?i:ordered|renewed|cancell?ed|canceled|axed|set|sets|gets|lands|is|are|at|in|on)\b")


def _derived_title(base: str, lead: str) -> str | None:
    """The name of a work derived from `base`, when the text gives it: "the Practical Magic prequel Rules of Magic",
    "Rules of Magic, a Practical Magic prequel"."""
    b = re.escape(base)
    for pattern in (
        rf"{b}['’]?\s+{_DERIVED}\s+(?:series\s+|drama\s+|show\s+)?(?:titled\s+|called\s+)?{_TITLE_RUN}",
        rf"{_TITLE_RUN}[,\s]+(?:a|an|the)\s+(?:new\s+)?{b}\s+{_DERIVED}",
    ):
        m = re.search(pattern, lead[:LEAD_CHARS])
        if m:
            name = m.group("t").strip(" ,.;:'\"’”")
            while name.split() and name.split()[-1].lower() in ("of", "the", "and", "in", "on", "a", "to"):
                name = name.rsplit(" ", 1)[0]
            if (
                name
                and show_key(name) != show_key(base)
                and _title_like(name)
                and not is_generic(name)
                and not _EVENT_WORD.match(name)
            ):
                return name
    return None


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


def _resolve_shows(
    head: str,
    mixed: bool,
    titles: _Titles,
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
        spelled = [t for t in (_spelled_in(q, lead) for q, d in quoted_titles(head) if not d) if t]
        if spelled:
            return spelled, "quoted"
    if not mixed and titles.in_head:
        # a lowercase or ALL-CAPS headline: the titles the text spells out, in the headline's order
        head_key = f" {show_key(head)} "
        m = _CASTING_VERB.search(head)
        after_key = show_key(head[m.end() :]) if m and CASTING.search(head) else ""
        found = []
        for t in titles.in_head:
            tk = show_key(t.name)
            if t.weight < 0 or credit_key(t.name) in credited or _YEAR.fullmatch(t.name):
                continue  # a year the headline dates with ("delayed to 2024") is no title the text spells out
            pos = head_key.find(f" {tk} ")
            found.append(
                (
                    0 if after_key and _key_in(tk, after_key) else 1,
                    0 if tk in quoted else 1,
                    0 if t.weight >= 1.5 else 1,
                    pos,
                    -len(tk),
                    t.name,
                )
            )
        names: list[str] = []
        for *_rank, name in sorted(found):
            if not any(_key_in(show_key(name), show_key(n)) for n in names):
                names.append(name)
        if names:
            return names, "headline"
    cands = [c for c in extract_shows(head) if credit_key(c) not in credited]
    if not mixed:  # recased guesses: only what could be a title, lowercase words checked as written
        # a recased phrase holding a decision word is the headline's news ("Cancellations Find Homes")
        cands = [_without_owner(c) for c in cands if show_key(c) in quoted or not _has_event_word(c)]
        cands = [c for c in cands if show_key(c) in quoted or _title_like(c) and not is_generic(c.lower())]
    # "Hilary Swank joins the cast of Yellowjackets": the show is what the person joins
    m = _CASTING_VERB.search(head)
    person = ""
    if m and CASTING.search(head) and cands and head.find(cands[0]) < m.start():
        person = show_key(cands[0])
        after = head[m.end() :]
        later = [c for c in extract_shows(after) if c not in cands]
        later += [t.name for t in titles.in_head if _key_in(show_key(t.name), show_key(after)) and t.name not in later]
        if later:
            cands = later[:1] + [c for c in cands if c not in later]
    cands = [p for c in cands for p in _split_pair(c, quoted, text_key, lead)]
    shows: list[str] = []
    for c in cands:
        r = titles.refine(c, show_key(c) in quoted, text_key)
        if r not in shows and not is_generic(r):
            shows.append(r)
    derived = {show_key(q) for q, d in quoted_titles(head) if d}
    if shows and show_key(shows[0]) in derived:
        # "'Practical Magic' Prequel …": the prequel's own name, from the headline or the text
        named = _derived_title(shows[0], head)
        if named and lead and not _key_in(show_key(named), text_key):
            named = None  # "'Scrubs' Revival Officially a Go": words the text never names are the headline's news
        named = named or _derived_title(shows[0], lead)
        if named:
            return [named, *shows], "text"
    if shows:
        source = "quoted" if show_key(cands[0]) in quoted or show_key(shows[0]) in quoted else "headline"
        main_key = show_key(shows[0])
        if has_text and source == "headline":
            # a one-word name counts as named by the text only where the text capitalises it ("Monster Drama"
            # is not "monster drama")
            in_text = _key_in(main_key, text_key) and (
                len(main_key.split()) > 1 or any(_key_in(main_key, show_key(x.name)) for x in titles.all)
            )
            named_title = titles.by_key.get(main_key)
            alt = next(
                (
                    a
                    for a in titles.in_head
                    if show_key(a.name) not in (main_key, person)
                    and not (_title_like(shows[0]) and _key_in(show_key(a.name), main_key))
                    and a.weight >= (0.5 if in_text and _title_like(shows[0]) else 0.0)
                    and credit_key(a.name) not in credited
                    and not _YEAR.fullmatch(a.name)
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
                rest = [x for x in shows if _key_in(show_key(x), text_key) and show_key(x) != show_key(alt.name)]
                return [alt.name, *rest], "headline"
            if (
                not in_text
                and not _is_known(shows[0], matcher, keys)
                and (not _title_like(shows[0]) or _DESCRIBES_A_SHOW.search(head))
            ):
                strong = _strong_text_title(titles, head, 1.5 if _DESCRIBES_A_SHOW.search(head) else 2.0)
                if strong:  # "Hit fantasy drama cancelled": the text names the show
                    return [strong], "text"
                if not _title_like(shows[0]):
                    return shows[1:], "headline" if shows[1:] else ""
        return shows, source
    for best in titles.in_head:
        if best.weight >= 0 and credit_key(best.name) not in credited:
            return [best.name], "headline"
    strong = _strong_text_title(titles, head, 1.5 if _DESCRIBES_A_SHOW.search(head) else 2.0)
    if strong:
        return [strong], "text"
    return [], ""


_SMALL_WORDS = words("a an and as at by de for from in is of on or the to vs with")


def _spelled_in(name: str, lead: str) -> str | None:
    """How the text spells a title the headline quotes in lower or upper case: "'the pitt'" → "The Pitt"."""
    if len(name) < 2:
        return None
    pattern = r"(?<!\w)" + re.escape(name.replace("’", "'")) + r"(?!\w)"
    m = re.search(pattern, lead.replace("’", "'"), re.IGNORECASE)
    if not m:
        return None
    found = lead[m.start() : m.end()]
    words = re.findall(r"[^\W_][\w'’]*", found)
    # a title is capitalised in the text; a quoted phrase ("'high impact' content", a pull-quote) is not
    if words and words[0][0].isupper() and all(w[0].isupper() or w[0].isdigit() or w in _SMALL_WORDS for w in words):
        return found
    return None


def _split_pair(cand: str, quoted: set[str], text_key: str, lead: str = "") -> list[str]:
    """Two shows ("Taskmaster and Hunted") when the text names each and never the pair; "Law & Order" stays, and
    so does "Anna & Katy" where the text has each word only inside a longer name ("Anna Crilly and Katy Wix")."""
    parts = re.split(r"\s+(?:and|&)\s+", cand)
    if (
        len(parts) != 2
        or not text_key
        or show_key(cand) in quoted
        or _key_in(show_key(cand), text_key)
        or not all(_key_in(show_key(p), text_key) for p in parts)
        or lead
        and not any(_stands_alone(p, lead) for p in parts)
    ):
        return [cand]
    return parts


def _stands_alone(name: str, text: str) -> bool:
    """The text names `name` as a name of its own: not inside a longer capitalised name ("Anna Crilly")."""
    pattern = r"(?<![A-Z][\w'’.-])(?<![A-Z][\w'’.-]\s)\b" + re.escape(name) + r"\b(?!\s+[A-Z])"
    return re.search(pattern, text) is not None


def _strong_text_title(titles: _Titles, head: str, floor: float = 2.0) -> str | None:
    """The text's most clearly marked title, for a headline that only describes its show."""
    credited = credited_titles(head)
    for t in titles.all:
        if (
            t.weight >= floor
            and not is_generic(t.name)
            and not t.name.endswith(("'s", "’s"))
            and credit_key(t.name) not in credited
        ):
            return t.name
    return None


def _pick_network(head: str, sentences: list[str], shows: list[str]) -> str | None:
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
        order += 1
        if best is None or score > best[0]:
            best = (score, order, canon)
    for i, sentence in enumerate(sentences[:6]):
        sk = show_key(sentence)
        mentions_show = any(_key_in(k, sk) for k in show_keys)
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
    return best[2] if best and best[0] > 0 else None


def _season_of(
    head: str, shows: list[str], quoted: bool, lede: str
) -> tuple[list[str], int | None, tuple[int, ...], bool]:
    title_mentions = find_seasons(head)
    text_mentions = _own_seasons(lede, shows[0], shows[1:]) if shows else find_seasons(lede)
    season, seasons = pick_season(title_mentions, text_mentions)
    # "Stranger Things 4", "Whitechapel III": an unquoted title ending in a small number names the season
    if shows and not quoted:
        m = _TRAILING_NUMBER.match(shows[0])
        if m and _NUMBERED_NAME.search(m.group("t")):
            m = None  # "Inside No. 9", "Kaiju No. 8": the number is the name's own
        if m and 1 < int(m.group("n")) <= 30 and (season is None or season == int(m.group("n"))):
            shows[0] = m.group("t")
            n = int(m.group("n"))
            season, seasons = n, (n, *[s for s in seasons if s != n])
            title_mentions = title_mentions or [True]  # type: ignore[list-item]
        number = re.search(re.escape(shows[0]) + r"\s+(\d{1,2})(?![\w:])", head)
        if number and season is None and 1 < int(number.group(1)) <= 30:  # "Taboo 2? Yes, BBC confirms"
            season, seasons = int(number.group(1)), (int(number.group(1)), *seasons)
            title_mentions = title_mentions or [True]  # type: ignore[list-item]
        roman = re.search(re.escape(shows[0]) + r"\s+(II|III|IV|V|VI|VII|VIII)\b", head)
        if roman and season is None:
            season, seasons = _ROMAN[roman.group(1)], (_ROMAN[roman.group(1)], *seasons)
        r = _TRAILING_ROMAN.match(shows[0])
        if r:
            shows[0] = r.group("t")
            if season is None:
                season, seasons = _ROMAN[r.group("n")], (_ROMAN[r.group("n")], *seasons)
    return shows, season, seasons, bool(title_mentions)


@dataclass
class _Reading:
    """What every later step reads: the headline as cased for reading, the cleaned text, its first paragraphs."""

    head: str
    mixed: bool
    cleaned: str
    sentences: list[str]
    lead_sents: list[str]
    lead: str
    text_key: str
    titles: _Titles
    shows: list[str]
    source: str
    candidates: list[Candidate]


def _read(
    title: str, raw: str, matcher: ShowMatcher | None, keys: AbstractSet[str], *, everything: bool = False
) -> _Reading:
    """The reading every later step uses; `everything`: weigh every candidate even when the rules' pick stands."""
    mixed = is_mixed_case(title)
    head = title if mixed else recase(title)
    cleaned = clean_page_text(_short_paragraphs(raw))
    sentences = [s for s in split_sentences(cleaned) if is_sentence(s)][:MAX_SENTENCES]
    lead_sents: list[str] = []
    used = 0
    for s in sentences:
        if used > LEAD_CHARS or len(lead_sents) >= 10:
            break
        lead_sents.append(s)
        used += len(s)
    lead = cleaned[:LEAD_CHARS]
    text_key = show_key(lead)
    titles = _Titles(text_titles(lead), show_key(head))
    shows, source = _resolve_shows(head, mixed, titles, text_key, len(cleaned) >= 60, matcher, keys, lead)
    quoted = {show_key(q) for q, _d in quoted_titles(head)}
    known_keys = keys or ({show_key(s.title) for s in matcher.shows} if matcher is not None else set())
    cands: list[Candidate] = []
    if lead and shows and not everything:
        # the rules' pick alone first: when nothing speaks against it, no other candidate needs weighing
        cands = build_candidates(head, mixed, lead, shows, quoted, titles.all, known_keys, only=shows[:1])
        if not cands or _doubtful(cands[0], head, len(cleaned), text_key) or cands[0].flags.get("absent"):
            cands = []
    if lead and not cands:
        cands = build_candidates(head, mixed, lead, shows, quoted, titles.all, known_keys)
    reading = _Reading(head, mixed, cleaned, sentences, lead_sents, lead, text_key, titles, shows, source, cands)
    _rerank(reading)
    return reading


_RED_FLAGS = ("head_only_caps", "possessive", "network", "numeric", "has_network")


def _sentence_opener(c: Candidate) -> bool:
    """A common word the text uses but capitalises only where a sentence starts ("Well, …"): not a title."""
    f = c.flags
    return (
        bool(f.get("common_single")) and not f.get("mid_sentence_caps") and not f.get("quoted") and not f.get("absent")
    )


def _has_event_word(name: str) -> bool:
    """ "Spring Cancellations Find Homes": a phrase holding a decision word is the headline's news, not a title."""
    return bool(re.search(r"(?i)\b(?:renew\w*|cancel\w*|axe[sd]?|ordered|orders|premieres?|returns?)\b", name))


def _unconfirmed_fragment(c: Candidate, text_len: int, text_key: str) -> bool:
    """Headline words that a text of some length never writes as a name, outside the slot right next to the
    decision verb ("renews X", "X axed") and outside quotes: a phrase of the headline, not a title. `text_key`:
    the key of the text's first paragraphs."""
    f = c.flags
    if (
        text_len < 300
        or not f.get("unconfirmed_head")
        or f.get("cap_mentions")  # capitalised at least where a sentence starts ("Dandadan season 2 …")
        or f.get("quoted")
        or f.get("known")
        or f.get("near_verb", 0.0) >= 1.0
        and not _has_event_word(c.name)
        or f.get("before_season")
    ):
        return False
    # spelled with other punctuation ("9-1-1: Lone Star") or with one slip ("Stanger Things"): confirmed
    spelled = _key_in(c.key, text_key) and not f.get("lower_mentions")
    return not spelled and not _misspelt_in(c.key, text_key)


def _the_title(c: Candidate) -> bool:
    """ "canceling The Great": a capital "The" in mid-sentence marks a title, whatever its common word says."""
    return c.name.startswith("The ") and bool(c.flags.get("mid_sentence_caps")) and not c.flags.get("network")


def _casting_person(c: Candidate, head: str) -> bool:
    """A person in a casting headline ("Keri Russell to headline … series The Diplomat"): the show is elsewhere."""
    return bool(c.flags.get("person_in_text")) and bool(CASTING.search(head))


def _not_a_title(c: Candidate, text_len: int, text_key: str) -> bool:
    """A sentence opener or a headline phrase: dropped when nothing better is found."""
    return _sentence_opener(c) or _unconfirmed_fragment(c, text_len, text_key)


def _red_flagged(c: Candidate) -> bool:
    return any(c.flags.get(f) for f in _RED_FLAGS)


def _refusal_inside(head: str, show: str) -> bool:
    """The words that would refuse the headline ("Top" of a list) are part of the title itself ("Top Chef")."""
    hit = refusal_span(head)
    at = head.casefold().find(show.casefold())
    return hit is not None and hit[0] == "listicle" and at >= 0 and at <= hit[1] and hit[2] <= at + len(show)


def _doubtful(c: Candidate, head: str, text_len: int, text_key: str) -> bool:
    """Evidence against the rules' pick: a sentence opener, a headline phrase, a person, a possessive, a network."""
    return _not_a_title(c, text_len, text_key) or _casting_person(c, head) or _red_flagged(c)


def _rerank(r: _Reading) -> None:
    """The learned ranker's choice of main show, where the rules' pick has evidence against it (a headline
    word the text never capitalises, a common word, a person, a possessive, a network) or there is none; then
    the full span the text uses for it ("Killing" → "The Killing")."""
    rule_key = show_key(r.shows[0]) if r.shows else ""
    rule = next((c for c in r.candidates if c.key == rule_key), None)
    junk = rule is not None and _not_a_title(rule, len(r.cleaned), r.text_key)
    person = rule is not None and _casting_person(rule, r.head)
    doubtful = rule is None or junk or person or _red_flagged(rule)
    best = ranked(r.candidates, evidence_weights()) if doubtful else []
    replaced = False
    if best and best[0][1].key != rule_key:
        top = best[0][1]
        if (top.flags.get("mid_sentence_caps") or top.flags.get("quoted")) and not (
            top.flags.get("person_shape")
            or (person and top.flags.get("person_in_text"))
            or top.flags.get("possessive")
            or top.flags.get("network")
            or top.flags.get("numeric")
            or top.flags.get("generic")
            or _credited(top.name, credited_titles(r.head))  # "comedy from Ryan Reynolds and …": its makers
        ):
            # the replacement must itself be confirmed by the text's capitals or the headline's quotes
            # the doubtful pick goes: kept beside its replacement it would make the headline look like a roundup
            r.shows = [top.name, *[s for s in r.shows[1:] if show_key(s) != top.key]]
            r.source = "quoted" if top.flags.get("quoted") else ("headline" if top.flags.get("in_head") else "text")
            replaced = True
    quoted_pick = rule is not None and bool(rule.flags.get("quoted"))
    if (junk or person and not quoted_pick or rule is not None and rule.flags.get("network")) and not replaced:
        r.shows = r.shows[1:]
    if r.shows:
        tidy = _as_title(r.shows[0], r.head)
        r.shows = [tidy, *r.shows[1:]] if tidy else r.shows[1:]
    if r.shows:
        r.shows[0] = _text_spelling(r.shows[0], r.candidates)
        r.shows[0] = full_span(r.shows[0], r.lead)


def _credited(name: str, credited: AbstractSet[str]) -> bool:
    """The name, or words of it, is someone's credit in the headline ("Ryan Reynolds and Rob" of "… and Rob
    McElhenney")."""
    key = credit_key(name)
    return bool(key) and any(f" {key} " in f" {c} " for c in credited)


def _text_spelling(name: str, cands: list[Candidate]) -> str:
    """The text's spelling of a headline's misspelt title ("Downtown Abbey" where the text says Downton Abbey):
    a name the text never uses, one slip away from a title the text capitalises mid-sentence."""
    key = show_key(name)
    own = next((c for c in cands if c.key == key), None)
    if own is None or not own.flags.get("absent") or len(key) < 8:
        return name
    for c in cands:
        if (
            c.flags.get("mid_sentence_caps")
            and len(c.key.split()) == len(key.split())
            and fuzz.ratio(c.key, key, score_cutoff=88)
        ):
            return c.name
    return name


def describe_names(r: _Reading, names: list[str]) -> list[Candidate]:
    """Features of given names (a roundup's decided shows) in this article, to judge whether each is a title."""
    quoted = {show_key(q) for q, _d in quoted_titles(r.head)}
    return build_candidates(r.head, r.mixed, r.cleaned[:4000], [], quoted, r.titles.all, only=names)


def decided_names(title: str, text: str) -> list[Candidate]:
    """Every show the article's decisions name, with features, before the title check (for training)."""
    a, reading = _analyze(title, text, None, title_min=0.0)
    names = [d.show for d in a.decisions[1:] if d.show]
    return describe_names(reading, names) if names and reading is not None else []


def show_candidates(title: str, text: str) -> list[tuple[float, Candidate]]:
    """The show candidates of an article with the ranker's probabilities (for training and for `analyze --why`)."""
    title = _bounded_title(title)
    raw = (text or "")[:MAX_TEXT]
    if not is_tv_news(title, raw[:LEAD_CHARS]):
        return []
    return ranked(_read(title, raw, None, set(), everything=True).candidates)


def analyze(title: str, text: str, known: Iterable[str] | ShowMatcher | KnownTitles | None = None) -> Analysis:
    """What an article reports. `known` (show titles, a ShowMatcher or a KnownTitles snapshot) confirms candidate
    titles when given."""
    return _analyze(title, text, known, title_min=TITLE_MIN)[0]


def _analyze(
    title: str, text: str, known: Iterable[str] | ShowMatcher | KnownTitles | None, *, title_min: float
) -> tuple[Analysis, _Reading | None]:
    """The analysis and the reading it was made from (None when the article is no TV news); `title_min`: how
    sure the title model must be that a roundup's decided name is a title."""
    title = _bounded_title(title)
    raw = (text or "")[:MAX_TEXT]
    if not is_tv_news(title, raw[:LEAD_CHARS]):
        return Analysis.nothing(title, title), None
    matcher, keys = _known_matcher(known)
    r = _read(title, raw, matcher, keys)
    head, mixed, cleaned, sentences, lead_sents = r.head, r.mixed, r.cleaned, r.sentences, r.lead_sents
    lead, text_key, titles, shows, source = r.lead, r.text_key, r.titles, r.shows, r.source
    lede = lead_sents[0] if lead_sents else ""
    quoted_keys = {show_key(q) for q, _d in quoted_titles(head)}
    shows, season, seasons, title_has_season = _season_of(head, shows, source == "quoted", lede)
    # Event words inside a title ("Law & Order", "The Last Ship") must not decide the event
    masked = head
    idioms = " ".join(m.group() for m in RENEW_IDIOMS.finditer(head))
    for name in sorted(shows, key=len, reverse=True):
        if len(name) >= 3 and (source == "quoted" or not _key_in(show_key(name), show_key(idioms))):
            # a guessed name inside "renewed calls for" is the idiom's word, not a title to hide
            masked = re.sub(re.escape(name), "Show", masked, flags=re.IGNORECASE)
    lede_mentions = find_seasons(lede)
    show_confirmed = bool(shows) and (source in ("quoted", "known") or _key_in(show_key(shows[0]), text_key))
    decision = decide_event(
        masked,
        lede,
        title_season=season if title_has_season else None,
        lede_season=lede_mentions[0].season if lede_mentions else None,
        more=lead_sents[1:8],
        # the headline as written may hide a denial or a list that a wrong title guess swallowed; a title the text
        # confirms swallowed nothing ("Top Chef renewed" is no "Top 10" list)
        unmasked=None if show_confirmed and _refusal_inside(head, shows[0]) else head,
    )
    event = decision.event
    show = shows[0] if shows else None
    if season is None and event is not None:
        # the season of the sentence that reported the news, or of the first sentence that names the show
        where = [decision.sentence] if decision.sentence else []
        if show:
            sk = show_key(show)
            where += [x for x in lead_sents[:6] if _key_in(sk, show_key(x))][:1]
        for sentence in where:
            own = _own_seasons(sentence, show or "", shows[1:])
            picked, more_seasons = pick_season([], [m for m in own if not m.background])
            if picked is not None:
                season, seasons = picked, tuple(dict.fromkeys((*more_seasons, *seasons)))
                break
    if season is None and event is not None and _FINAL_SEASON.search(head):
        # "filming ends on final ever season": the season the text names as the last
        finals = [m for sentence in lead_sents[:6] for m in find_seasons(sentence) if m.last]
        if finals:
            season, seasons = finals[0].season, tuple(dict.fromkeys((finals[0].season, *seasons)))
    if season is None and event is not None:
        stated = _stated_season(event, show, lead_sents[:6], others=shows[1:])
        if stated is None and show:  # a later sentence that names the show with its decision
            stated = _stated_season(event, show, sentences[:MAX_FACT_SENTENCES], named_only=True, others=shows[1:])
        if stated is not None:
            season, seasons = stated, tuple(dict.fromkeys((stated, *seasons)))
    if season is None and event == "renewed":
        counted = _more_seasons(head, lead_sents[:6])
        if counted:
            season, seasons = counted[0], counted
    if event == "cancelled" and season is not None:
        # "cancelled after seven seasons" where the text says the seventh is the last: the news is its end
        if any(m.last and m.season == season for s in (head, *lead_sents[:6]) for m in find_seasons(s)):
            event = "ending"
            decision = replace(decision, event="ending")
    # every line of the first paragraphs counts here, headings and captions too ("… on the Showtime series")
    network = _pick_network(head, split_sentences(lead)[:8], shows) or _network_naming(
        show, sentences[:MAX_FACT_SENTENCES]
    )
    confidence = decision.confidence
    validated = bool(show) and (
        source in ("quoted", "known")
        or _key_in(show_key(show or ""), text_key)
        or _is_known(show or "", matcher, keys)
        or _misspelt_in(show_key(show or ""), text_key)
    )
    if event is not None:
        if show is None:
            new_series = event == "ordered" and decision.reason == "headline" and _NEW_SERIES.search(head)
            confidence = 0.6 if new_series else min(confidence, 0.3)
            if not new_series and not is_roundup(head, shows):
                event = None  # a decision is about a show; "Apple cancels its car project" is not TV news
        elif source == "text":
            confidence = min(confidence, 0.75 if decision.reason == "headline" else 0.6)
        elif not validated:
            short = len(cleaned) < 200
            if decision.reason == "headline":
                # a recased lowercase or ALL-CAPS guess looks like a title whatever it is ("Hit True-Crime Podcast")
                looks = _title_like(show) and (mixed or not _PRAISED.match(show or ""))
                confidence = min(confidence, (0.75 if short else 0.6) if looks else 0.5)
            else:
                confidence = min(confidence, 0.4)
    decisions: list[Decision] = []
    if event is not None and not decision.reason.startswith("not news"):
        decisions.append(Decision(event, show, season, network))
    if event is not None and is_roundup(head, shows):
        listed = headline_decisions(head, network, lambda n: titles.refine(n, show_key(n) in quoted_keys, text_key))
        if (
            len(listed) >= 2
            and listed[0].event == event
            and show_key(show or "") not in {show_key(d.show or "") for d in listed}
        ):
            show = listed[0].show  # "FX sets premiere dates for X, Y and Z": the first named is the main one
            shows = ([show] if show else []) + [s for s in shows if s != show]
            decisions = [Decision(event, show, season, network)]
        elif listed and show_key(listed[0].show or "") == show_key(show or "") and listed[0].event != event:
            # "Netflix renews X for season 3, Y will end with season 6": X's decision is its own clause's
            event = listed[0].event
            decisions = [Decision(event, show, season, network)]
        more = find_decisions(
            head,
            cleaned[:4000],
            titles.all,
            event,
            network,
            refine=lambda n: titles.refine(n, show_key(n) in quoted_keys, text_key),
        )
        if more:  # only names that are titles by the evidence: no people, headline words or sentence openers
            judged = describe_names(r, [d.show for d in more if d.show])
            titles_ok = {
                c.key
                for c in judged
                if (title_probability(c) >= title_min or _the_title(c))
                and not _not_a_title(c, len(cleaned), text_key)
                # a person named in a decision sentence ("directed by Pete Dadds") is not decided
                and not (c.flags.get("person_shape") and not c.flags.get("quoted") and not c.flags.get("after_kind"))
            }
            more = [
                replace(d, show=titled)
                for d in more
                if show_key(d.show or "") in titles_ok and (titled := _as_title(d.show or "", head))
            ]
        first = next((d for d in more if d.event == event), more[0]) if more else None
        main_key = show_key(show or "")
        # a show the text picked that joins two decided names ("Son of a Critch and Strays") gives way to the first
        listed_main = (
            first is not None and source == "text" and _joins_named(main_key, {show_key(d.show or "") for d in more})
        )
        if first is not None and (show is None or listed_main):
            # "BBC renews 4 top-rated dramas": the text names them
            kept = season if show is None or title_has_season else None
            show, shows = first.show, [first.show] if first.show else shows
            season = kept if kept is not None else first.season
            if season is None:
                season = _stated_season(event, show, sentences[:MAX_FACT_SENTENCES], named_only=True)
            network = network or _network_naming(show, sentences[:MAX_FACT_SENTENCES])
            confidence = min(decision.confidence, 0.75)
            decisions = [Decision(event, show, season, network)]
        have = {show_key(d.show or "") for d in decisions}
        named = {show_key(d.show or "") for d in more} | have
        for d in more:
            k = show_key(d.show or "")
            if k and k not in have and not _joins_named(k, named) and not any(short_for(k, h) for h in have):
                have.add(k)
                decisions.append(d)
                if d.show and d.show not in shows:
                    shows.append(d.show)
    had_show = show is not None
    decisions, shows, show = _tidy_decisions(decisions, shows, show, head)
    if had_show and show is None:
        confidence = min(confidence, 0.4)  # the show was no title after all: no alert of its own
    evidence = decision.sentence or (lede if decision.reason == "lede" else title)
    summary = summarize_sentences(title, sentences, network=network, event=event, shows=shows, season=season)
    facts = facts_from_sentences(sentences[:MAX_FACT_SENTENCES], show, season) if show else ()
    analysis = Analysis(
        event=event,
        show=show,
        shows=tuple(shows),
        season=season,
        seasons=seasons,
        network=network,
        confidence=round(confidence, 2),
        evidence=evidence,
        summary=summary,
        facts=facts,
        decisions=tuple(decisions),
    )
    return analysis, r


# A sentence about the article's show without naming it: "has renewed it for a second season"
_REFERS_BACK = re.compile(r"(?i)\b(?:it|its|the\s+(?:show|series|comedy|drama|sitcom|thriller|programme))\b")
# The words a sentence states each decision with (for the season it names)
_EVENT_WORDS = {
    "renewed": re.compile(
        r"(?i)\b(?:renew\w*|picked\s+up|picks\s+up|orders?\s+(?:a\s+)?\w+\s+season|return\w*\s+for|continu\w*|"
        r"back\s+for|another\s+season)\b"
    ),
    "ending": re.compile(r"(?i)\b(?:final|last|end|ends|ending|conclude\w*|quits)\b"),
    "cancelled": re.compile(r"(?i)\b(?:cancel\w*|axe\w*|final|last|end|ends|quits)\b"),
    "production": re.compile(r"(?i)\b(?:film\w*|shoot\w*|production|wrap\w*|final|last)\b"),
}


def _network_naming(show: str | None, sentences: list[str]) -> str | None:
    """The network of the first sentence that names the show ("… NBC announced it would continue Brooklyn
    Nine-Nine …"), where the first paragraphs name none."""
    key = show_key(show or "")
    for sentence in sentences if key else ():
        if _key_in(key, show_key(sentence)):
            found = find_networks(sentence)
            if found:
                return found[0][2]
    return None


_CLAUSE_BREAK = re.compile(r";|,\s*(?:while|but|whereas|although|though)\b|\s(?:while|whereas)\s")


def _own_seasons(sentence: str, show: str, others: Sequence[str]) -> list[SeasonMention]:
    """The season mentions of a sentence that belong to `show`: none in a clause about another named show
    ("renewed Ghosts for next season, while So Help Me Todd was cancelled after two seasons"); a list that shares
    its season ("renewed Scrublands, Bump and Black Snow for second seasons") keeps it."""
    mentions = find_seasons(sentence)
    low = sentence.casefold()
    own = low.find(show.casefold()) if show else -1
    if own < 0 or not others:
        return mentions
    cuts = [0, *[m.end() for m in _CLAUSE_BREAK.finditer(sentence)]]

    def clause(i: int) -> int:
        return max(k for k, c in enumerate(cuts) if c <= i)

    mine = clause(own)
    theirs = {clause(i) for o in others if o and (i := low.find(o.casefold())) >= 0 and i != own}
    return [m for m in mentions if clause(m.start) == mine or clause(m.start) not in theirs]


def _stated_season(
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
        named = bool(key) and _key_in(key, show_key(sentence))
        if not (named or not named_only and _REFERS_BACK.search(sentence)):
            continue
        if words.search(sentence) and not refusal(sentence):
            stated = [m for m in _own_seasons(sentence, show or "", others) if not m.background or m.last]
            if stated:
                return stated[0].season
    return None


_MORE_SEASONS = re.compile(r"\b(two|three|four|2|3|4)\s+more\s+(?:seasons|series)\b", re.IGNORECASE)


def _more_seasons(head: str, sentences: list[str]) -> tuple[int, ...]:
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


def _as_title(name: str, head: str, *, extra: bool = False) -> str | None:
    """The title a decision names, without the headline's words around it (candidates.tidy_title); None for a
    year the headline dates with, and for any bare year an extra decision of a roundup names ("production starts
    in 2024"), where "1923" as the main show stays a title."""
    if is_year_phrase(name, head):
        return None
    title = tidy_title(name)
    if title is not None and extra and re.fullmatch(r"(?:19|20)\d\d", title.strip()):
        return None
    return title


def _tidy_decisions(
    decisions: list[Decision], shows: list[str], show: str | None, head: str
) -> tuple[list[Decision], list[str], str | None]:
    """Every decided show as a title, whichever path named it: headline words trimmed, a year dropped."""
    out: list[Decision] = []
    for i, d in enumerate(decisions):
        name = d.show
        if name is not None:
            name = _as_title(name, head, extra=i > 0)
        if name is None and i:
            continue  # an extra decision without a title is no decision
        if i == 0 and show is not None and name != show:
            shows = [name, *shows[1:]] if name else shows[1:]
            show = name
        out.append(replace(d, show=name) if name != d.show else d)
    return out, shows, show


def _joins_named(key: str, named: set[str]) -> bool:
    """'tin orchard and copperline' when both titles are decisions of their own: a list, not a title."""
    parts = [p.strip() for p in key.replace(" and ", ",").split(",") if p.strip()]
    return len(parts) > 1 and all(p in named for p in parts)


def should_alert(analysis: Analysis) -> bool:
    """An analysis may start an alert only with an event and at least ALERT_CONFIDENCE."""
    return analysis.event is not None and analysis.confidence >= ALERT_CONFIDENCE


def needs_full_text(analysis: Analysis, text: str) -> bool:
    """A relevant article whose feed text is too thin to summarise: fetch the page."""
    if analysis.event is None:
        return False
    sentences = [s for s in split_sentences(text[:MAX_TEXT]) if is_sentence(s)]
    return len(sentences) < 2 or len(text) < 200
