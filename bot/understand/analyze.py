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
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import replace

from bot.models import Analysis, Decision
from bot.understand.callmemo import forget_call
from bot.understand.candidates import Candidate, is_year_phrase, person_shape
from bot.understand.candidates import build as build_candidates
from bot.understand.casing import (
    articles_as_text,
    capitalised_tail,
    is_mixed_case,
    is_uncased_text,
    quote_shouted_titles,
    recase,
)
from bot.understand.described import called_a_show, described, described_title
from bot.understand.events import AS_CLAUSE, DECISIVE, RENEW_IDIOMS, _event_in, decide_event
from bot.understand.evidence import zipf
from bot.understand.facts import facts_from_sentences
from bot.understand.headline import clean_headline, unescape_entities
from bot.understand.headline_cues import counted_phrase, digest_headline
from bot.understand.matching import KnownTitles, ShowMatcher, show_key
from bot.understand.networks import find_networks, is_network_name
from bot.understand.numbers import NUM, to_int
from bot.understand.other_media import other_page_kind
from bot.understand.prefilter import prefiltered
from bot.understand.ranker import ranked, title_probability
from bot.understand.refusals import refusal
from bot.understand.relevance import is_tv_news
from bot.understand.roundups import counted_before, find_decisions, headline_decisions, is_roundup, short_for
from bot.understand.season_choice import (
    more_seasons,
    network_naming,
    own_seasons,
    pick_network,
    season_of,
    stated_season,
)
from bot.understand.seasons import find_seasons, pick_season
from bot.understand.sentences import clean_page_text, is_sentence, split_sentences
from bot.understand.show_choice import (
    LEAD_CHARS,
    PRAISED,
    Titles,
    decider,
    in_description,
    is_known,
    key_in,
    known_matcher,
    known_spelling,
    misspelt_in,
    modifier_only,
    resolve_shows,
    surname_in_head,
    written_as,
)
from bot.understand.show_weighing import (
    Reading,
    as_title,
    doubtful,
    is_bare_year,
    not_a_title,
    plays_a_part,
    rerank,
    the_title,
)
from bot.understand.shows import calendar_only, credit_key, credited_titles, quoted_titles, title_like
from bot.understand.summary import summarize_sentences
from bot.understand.titles import text_titles

MAX_TITLE = 300  # characters of a headline read at all
MAX_TEXT = 6000  # characters of an article's text read at all (summary and facts come from these)
MAX_SENTENCES = 40  # sentences kept for the summary
MAX_FACT_SENTENCES = 25  # sentences read for facts
# Below this confidence an analysis may join an existing story but must not start an alert: an event found only
# in a later sentence, a show that neither the text nor the known shows confirm, an event without a show.
ALERT_CONFIDENCE = 0.6
# A show a roundup's sentence decides becomes a decision (an alert) only when it is a title with this probability
TITLE_MIN = 0.2

_FINAL_SEASON = re.compile(r"\b(?:final|last)\s+(?:ever\s+)?(?:season|series)\b", re.IGNORECASE)
_SEASON_COUNT = re.compile(rf"\b{NUM}\s+(?:seasons|series)\b(?!\s+(?:ago|earlier|before))", re.IGNORECASE)
_DIGEST = re.compile(r"(?i)\s*(?:(?:tv|television|entertainment)\s+)?news\s+round-?up\b|\s*(?:tv\s+)?briefs?\s*:")


def _company_named(c: Candidate) -> bool:
    """ "Paramount Skydance": a name opening with the word of a streamer named with a plus ("Paramount+")."""
    first = c.name.split()[0] if c.name.split() else ""
    return len(c.name.split()) > 1 and is_network_name(first + "+")


def _named_later(name: str, other: str, text: str) -> bool:
    """The text names `name` only after `other` ("… though a decision is still pending on the comedy Dad Jokes")."""
    at, first = text.find(name), text.find(other)
    return first >= 0 and (at < 0 or at > first)


_AHEAD = re.compile(r"(?i:\b(?:ahead\s+of|before)\s+(?:the\s+|its\s+)?)$")
_NEW_SERIES = re.compile(
    r"\b(?:drama|comedy|thriller|dramedy|docuseries|series|sitcom|limited\s+series|pilot)\b", re.IGNORECASE
)


# A sentence that adds a decision to the headline's: "Meanwhile, …", "… was also renewed", "In other news, …"
_ADDS = r"\b(?:meanwhile|also|in\s+other\s+news|additionally|elsewhere|as\s+well)\b|,\s*(?:while|whereas)\s"
_ALSO_WORD = prefiltered(re.compile(_ADDS, re.IGNORECASE))
# (never one that dates itself in the past: "Netflix also renewed Wednesday last year" is background)
_ALSO = prefiltered(
    re.compile(
        r"^(?!.*\b(?:last\s+(?:year|month|week|season)|earlier\s+this\s+year|previously|already|back\s+in|in\s+(?:19|20)\d\d|"
        r"years?\s+ago)\b).*" + _ADDS,
        re.IGNORECASE | re.DOTALL,
    )
)
# A headline that unveils a network's slate ("unveils year's TV slate", "reveals 2025 Korean lineup")
_SLATE_HEAD = re.compile(
    r"\b(?:unveils?|reveals?|announces?|sets?|lays\s+out)\s+(?:its\s+|their\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:slate|line-?up|programme\s+launch)\b",
    re.IGNORECASE,
)
_SEASON_NUMBER_NEXT = re.compile(r"[’'\"”]?\s+(?:season|series)\s+\d", re.IGNORECASE)  # ("'X' season 2")
_PREMIERES_ON = re.compile(r"\b(?:will\s+premiere|premieres|is\s+set\s+to\s+premiere)\s+on\b")
# A lede that announces a network's slate: "FX has revealed its fall premieres, with Mayans M.C. …"
_SLATE_LEDE = prefiltered(
    re.compile(
        r"\b(?:revealed|announced|unveiled|set|sets|released|dated)\s+(?:its|their|the)\s+(?:\w+\s+){0,2}?(?:premieres|"
        r"premiere\s+dates|schedule|slate|line-?up|renewals|cancellations)\b",
        re.IGNORECASE,
    )
)


def _masked(text: str, name: str) -> str:
    """`re.sub(re.escape(name), "Show", text, flags=re.IGNORECASE)`, without a pattern compiled per name where both
    are ASCII (there, ignoring case is comparing lowercased letters)."""
    if not (name and text.isascii() and name.isascii()):
        return re.sub(re.escape(name), "Show", text, flags=re.IGNORECASE)
    low, key = text.lower(), name.lower()
    out: list[str] = []
    last = 0
    at = low.find(key)
    while at >= 0:
        out += (text[last:at], "Show")
        last = at + len(key)
        at = low.find(key, last)
    return "".join(out) + text[last:] if out else text


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


def _read(
    title: str, raw: str, matcher: ShowMatcher | None, keys: AbstractSet[str], *, everything: bool = False
) -> Reading:
    """The reading every later step uses; `everything`: weigh every candidate even when the rules' pick stands."""
    mixed = is_mixed_case(title)
    # ("FOX Sets Season Two Premiere of THE WRENFIELDS": a press release's capitals quote its title)
    head = quote_shouted_titles(title, raw[:LEAD_CHARS]) if mixed else articles_as_text(recase(title), raw[:LEAD_CHARS])
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
    quoted = {show_key(q) for q, _d in quoted_titles(head)}
    titles = Titles(text_titles(lead), show_key(head), quoted)
    shows, source = resolve_shows(head, mixed, titles, text_key, len(cleaned) >= 60, matcher, keys, lead)
    uncased = False
    if not shows and is_uncased_text(cleaned):
        # "peacock has officially renewed drift for a second season": a text whose casing says nothing leaves the
        # headline to name the show, as if it came alone (when the headline names one that way)
        alone = Titles([], show_key(head), quoted)
        named, named_source = resolve_shows(head, mixed, alone, "", False, matcher, keys, "")
        if named:
            titles, shows, source, uncased = alone, named, named_source, True
    company = decider(head)
    who = show_key(company or "")
    # "JioHotstar renews …": who decides is no show; "Seven's 2026 slate": nor is the year it plans
    shows = [
        s
        for s in shows
        if show_key(s) != who
        and not is_year_phrase(s, head)
        and not _in_network(s, head)
        and not calendar_only(s)
        and not surname_in_head(s, head)
    ]
    listing = digest_headline(head)
    # a digest's name before its colon is no show ("The Screen Brief: four renewals and a cancellation")
    kicker = show_key(head.split(":", 1)[0]) if listing and ":" in head else ""
    if listing and source != "quoted":
        # "Renewal Roundup: Everything That Got Picked Up (or Axed)": the digest's text names the shows (those the
        # headline names and the text too stay: "TV Cancellations This Week: Oakmont, The Night Desk & More")
        shows = [
            s
            for s in shows
            if (t := titles.by_key.get(show_key(s))) is not None and t.weight >= 0.5 and not key_in(show_key(s), kicker)
        ]
    counted = show_key(counted_phrase(head))
    if counted and source != "quoted":
        shows = [s for s in shows if not key_in(show_key(s), counted)]  # "Four Baltic dramas get new seasons"
    known_keys = keys or ({show_key(s.title) for s in matcher.shows} if matcher is not None else set())

    def every_candidate() -> list[Candidate]:
        return build_candidates(head, mixed, lead, shows, quoted, titles.all, known_keys)

    def kept(built: list[Candidate]) -> list[Candidate]:
        # (nor words of the headline's description of the show: "ITV revives 90s Saturday-night quiz Brainbox")
        return [
            c
            for c in built
            if c.key != who
            and not calendar_only(c.name)
            and not (kicker and key_in(c.key, kicker))
            and not surname_in_head(c.name, head)
            and (c.flags.get("rule_pick") or not (in_description(c.name, head) or modifier_only(c.name, head, lead)))
        ]

    cands: list[Candidate] = []
    pick_alone = False  # only the rules' pick was built and weighed
    if lead and shows and not everything and not uncased:
        # the rules' pick alone first: when nothing speaks against it, no other candidate needs weighing
        cands = build_candidates(head, mixed, lead, shows, quoted, titles.all, known_keys, only=shows[:1])
        if (
            not cands
            or doubtful(cands[0], head, len(cleaned), text_key)
            or cands[0].flags.get("absent")
            or plays_a_part(cands[0], head, lead, lead_sents)
        ):
            cands = []
        pick_alone = bool(cands)
    if lead and not cands and not uncased:
        cands = every_candidate()
    cands = kept(cands)
    reading = Reading(
        head, mixed, cleaned, sentences, lead_sents, lead, text_key, titles, shows, source, cands, company, listing
    )
    rerank(reading)
    pick = reading.shows[0] if reading.shows else ""
    if reading.source not in ("quoted", "known") and lead and not uncased and described(head, pick):
        # "Channel 4 greenlights Peckham sitcom from stand-up Tolu Adebayo": the title the text introduces
        better = described_title(head, pick, lead_sents[:3], kept(every_candidate()) if pick_alone else cands)
        if better is not None:
            # (without the pick: kept beside its replacement, it would make the headline look like a roundup)
            reading.shows = [better, *[s for s in reading.shows[1:] if show_key(s) != show_key(better)]]
            reading.source = "text"
    return reading


def _in_network(name: str, head: str) -> bool:
    """ "BBC Scotland axes three comedies": a word of a network's name is no title."""
    at = head.find(name)
    return at >= 0 and any(p <= at and at + len(name) <= p + len(alias) for p, alias, _c in find_networks(head))


def describe_names(r: Reading, names: list[str]) -> list[Candidate]:
    """Features of given names (a roundup's decided shows) in this article, to judge whether each is a title."""
    return build_candidates(r.head, r.mixed, r.cleaned[:4000], [], r.titles.quoted, r.titles.all, only=names)


def decided_names(title: str, text: str) -> list[Candidate]:
    """Every show the article's decisions name, with features, before the title check (for training)."""
    a, reading = _analyze(title, text, None, title_min=0.0)
    names = [d.show for d in a.decisions[1:] if d.show]
    return describe_names(reading, names) if names and reading is not None else []


def show_candidates(title: str, text: str) -> list[tuple[float, Candidate]]:
    """The show candidates of an article with the ranker's probabilities (for training and for `analyze --why`)."""
    title, raw, news = _article(title, text)
    return ranked(_read(title, raw, None, set(), everything=True).candidates) if news else []


def _article(title: str, text: str) -> tuple[str, str, bool]:
    """The headline as read, the text within its bound with a feed's HTML entities decoded, and whether the two are
    TV news at all."""
    raw = unescape_entities((text or "")[:MAX_TEXT])
    head = clean_headline(title, raw, MAX_TITLE)
    return head, raw, is_tv_news(head, raw[:LEAD_CHARS])


def analyze(title: str, text: str, known: Iterable[str] | ShowMatcher | KnownTitles | None = None) -> Analysis:
    """What an article reports. `known` (show titles, a ShowMatcher or a KnownTitles snapshot) confirms candidate
    titles when given."""
    forget_call()
    try:
        return _analyze(title, text, known, title_min=TITLE_MIN)[0]
    finally:
        forget_call()


def _analyze(
    title: str, text: str, known: Iterable[str] | ShowMatcher | KnownTitles | None, *, title_min: float
) -> tuple[Analysis, Reading | None]:
    """The analysis and the reading it was made from (None when the article is no TV news); `title_min`: how
    sure the title model must be that a roundup's decided name is a title."""
    digest = _DIGEST.match(title or "") is not None  # "TV News Roundup: …": items of every kind
    title, raw, news = _article(title, text)
    if not news:
        return Analysis.nothing(title, title), None
    matcher, keys = known_matcher(known)
    r = _read(title, raw, matcher, keys)
    if r.shows and known is not None:
        r.shows[0] = known_spelling(r.shows[0], known, r.text_key)
    head, mixed, cleaned, sentences, lead_sents = r.head, r.mixed, r.cleaned, r.sentences, r.lead_sents
    lead, text_key, titles, shows, source = r.lead, r.text_key, r.titles, r.shows, r.source
    lede = lead_sents[0] if lead_sents else ""
    quoted_keys = titles.quoted
    shows, season, seasons, title_has_season = season_of(
        head, shows, source == "quoted", lede, " ".join(lead_sents[:4])
    )
    # Event words inside a title ("Law & Order", "The Last Ship") must not decide the event
    masked = head
    idioms = " ".join(m.group() for m in RENEW_IDIOMS.finditer(head))
    for name in sorted(shows, key=len, reverse=True):
        if len(name) >= 3 and (source == "quoted" or not key_in(show_key(name), show_key(idioms))):
            # a guessed name inside "renewed calls for" is the idiom's word, not a title to hide
            masked = _masked(masked, name)
    lede_mentions = find_seasons(lede)
    show_confirmed = bool(shows) and (source in ("quoted", "known") or key_in(show_key(shows[0]), text_key))
    decision = decide_event(
        masked,
        lede,
        title_season=season if title_has_season else None,
        lede_season=lede_mentions[0].season if lede_mentions else None,
        more=lead_sents[1:8],
        unmasked=head,
        confirmed=shows[0] if show_confirmed else None,
        slug=not mixed,
    )
    if digest and decision.reason == "headline":
        # "TV News Roundup: 'X' Adds Three to Cast, 'Y' Sets Season 2 Date": the first item leads
        items = [c for c in masked.split(":", 1)[-1].split(", ") if c.strip()]
        first_item = next((e for c in items if (e := _event_in(c, title_has_season)) is not None), None)
        if first_item is not None and first_item != decision.event:
            decision = replace(decision, event=first_item)
    if (
        decision.reason == "text"
        and shows
        and source in ("headline", "quoted")
        and _SLATE_HEAD.search(head)
        and not key_in(show_key(shows[0]), show_key(decision.sentence))
    ):
        # "BBC bets on Clydeside thriller Undertow as it unveils year's TV slate", "Netflix reveals 2025 Korean
        # lineup, with 'Seoul Ghost Bureau' season 2": the show the headline names in a slate is on it, new or back
        at = head.casefold().find(shows[0].casefold())
        numbered = at >= 0 and _SEASON_NUMBER_NEXT.match(head, at + len(shows[0])) is not None
        later = numbered and season is not None and season > 1
        # (a slate of dates dates it: "SBS Unveils 2024 Drama Lineup Including “Seoul Night Court,” …", then "The
        # drama will premiere on January 12")
        dated = decision.event == "premiere" or any(_PREMIERES_ON.search(x) for x in lead_sents[:4])
        slated = "renewed" if later else "premiere" if dated else "ordered"
        decision = replace(decision, event=slated, reason="slate", sentence="", confidence=0.75)
        if slated == "ordered":
            season, seasons, title_has_season = None, (), False  # (a new show's: the headline's number is another's)
    other_kind = other_page_kind(head, lead_sents[:6], text or "") if decision.event is not None else None
    if other_kind is not None:
        decision = replace(decision, event=None, reason=f"not news: {other_kind}")
    event = decision.event
    if source == "text" and decision.sentence and shows:
        # the text's show, where the sentence that decides names another ("… a renewal for police drama 'Blue
        # Lights'"): the decided one
        said = show_key(decision.sentence)
        in_sentence = [t.name for t in titles.all if t.weight >= 1.0 and key_in(show_key(t.name), said)]
        if len(in_sentence) == 1 and not key_in(show_key(shows[0]), said):
            shows = [in_sentence[0], *[x for x in shows if x != in_sentence[0]]]
    show = shows[0] if shows else None
    if season is None and event is not None:
        # the season of the sentence that reported the news, or of the first sentence that names the show
        where = [decision.sentence] if decision.sentence else []
        if show:
            sk = show_key(show)
            where += [x for x in lead_sents[:6] if key_in(sk, show_key(x))][:1]
        # (the other titles the text names count as others: "Halcyon (Season 4) … and The Quarry Kids, which will
        # return for a sophomore run")
        others = [*shows[1:], *(t.name for t in titles.all if t.weight >= 1.0 and t.name != show)]
        for sentence in where:
            own = own_seasons(sentence, show or "", others)
            picked, also = pick_season([], [m for m in own if not m.background])
            if picked is not None:
                season, seasons = picked, tuple(dict.fromkeys((*also, *seasons)))
                break
    final_head = event is not None and _FINAL_SEASON.search(head) is not None
    if season is None and (final_head or event == "ending"):
        # "filming ends on final ever season", "next series will be its last": the season the text names as the
        # last
        finals = [m.season for sentence in lead_sents[:6] for m in find_seasons(sentence) if m.last]
        if not finals and final_head:
            # … or the count of its seasons ("Six seasons of being with the best crew"): the last is the count
            finals = [n for x in lead_sents[:6] for m in _SEASON_COUNT.finditer(x) if 1 < (n := to_int(m[1]) or 0)]
        if finals:
            season, seasons = finals[0], tuple(dict.fromkeys((finals[0], *seasons)))
    if season is None and event is not None:
        stated = stated_season(event, show, lead_sents[:6], others=shows[1:])
        if stated is None and show:  # a later sentence that names the show with its decision
            stated = stated_season(event, show, sentences[:MAX_FACT_SENTENCES], named_only=True, others=shows[1:])
        if stated is not None:
            season, seasons = stated, tuple(dict.fromkeys((stated, *seasons)))
    if season is None and event in ("casting", "production"):
        # "exits X ahead of season 3", "recast before season 2": the season the change is for
        ahead = [m.season for m in find_seasons(head) if _AHEAD.search(head[max(0, m.start - 12) : m.start])]
        if ahead:
            season, seasons = ahead[0], tuple(dict.fromkeys((ahead[0], *seasons)))
    if season is None and event == "renewed":
        counted = more_seasons(head, lead_sents[:6])
        if counted:
            season, seasons = counted[0], counted
    if event == "cancelled" and season is not None:
        # "cancelled after seven seasons" where the text says the seventh is the last: the news is its end
        if any(m.last and m.season == season for s in (head, *lead_sents[:6]) for m in find_seasons(s)):
            event = "ending"
            decision = replace(decision, event="ending")
    # every line of the first paragraphs counts here, headings and captions too ("… on the Showtime series")
    network = (
        pick_network(head, split_sentences(lead)[:8], shows)
        or network_naming(show, sentences[:MAX_FACT_SENTENCES])
        # a company no network list knows, as the text spells it ("jiohotstar renews …" → JioHotstar)
        or (next(written_as(r.decider, lead), r.decider) if r.decider and event and show else None)
    )
    confidence = decision.confidence
    validated = bool(show) and (
        source in ("quoted", "known")
        or key_in(show_key(show or ""), text_key)
        or is_known(show or "", matcher, keys)
        or misspelt_in(show_key(show or ""), text_key)
    )
    if event is not None:
        if show is None:
            new_series = event == "ordered" and decision.reason == "headline" and _NEW_SERIES.search(head)
            confidence = 0.6 if new_series else min(confidence, 0.3)
            if not new_series and not is_roundup(head, shows) and not r.listing:
                event = None  # a decision is about a show; "Apple cancels its car project" is not TV news
        elif source == "text":
            confidence = min(confidence, 0.75 if decision.reason == "headline" else 0.6)
        elif not validated:
            short = len(cleaned) < 200
            if decision.reason == "headline":
                # a recased lowercase or ALL-CAPS guess looks like a title whatever it is ("Hit True-Crime Podcast")
                looks = title_like(show) and (mixed or not PRAISED.match(show or ""))
                confidence = min(confidence, (0.75 if short else 0.6) if looks else 0.5)
            else:
                confidence = min(confidence, 0.4)
    main_clause = AS_CLAUSE.split(head, 1)[0]  # ("announces new drama X as Y is recommissioned for a third")
    decisions: list[Decision] = []
    if event is not None and not decision.reason.startswith("not news"):
        decisions.append(Decision(event, show, season, network))
    roundup = is_roundup(head, shows) or bool(_SLATE_LEDE.search(lede)) or r.listing
    # a digest headline refused as a list ("Renew/Cancel Roundup: Where Your Shows Stand This Week") is news when
    # its text lists at least two decisions
    # (a tracker's "Renewed or Cancelled? This Week's TV Decisions" too: its question is the page's tag)
    digest_list = r.listing and decision.reason in ("not news: listicle", "not news: speculation")
    if roundup and (decision.reason in ("no event words", "text") and refusal(head) is None or digest_list):
        # "CBC's winter verdicts: what's coming back, and what isn't" over "Renewed:" / "Cancelled:" lists: the
        # text's first decision leads
        text_decided = [
            replace(d, show=capitalised_tail(d.show, cleaned[:4000])) if digest_list and d.show else d
            for d in find_decisions(head, cleaned[:4000], titles.all, "", network)
            if d.event in DECISIVE
        ]
        text_decided = [d for d in text_decided if d.show or not digest_list]
        listed_first = text_decided[0] if len(text_decided) >= (2 if digest_list else 1) else None
        if listed_first is not None:
            event, show, shows, season, decisions = listed_first.event, None, [], None, []
            decision = replace(decision, event=event, confidence=0.6, reason="roundup text")
            confidence = 0.6

    def refine_named(name: str) -> str:
        refined = titles.refine(name, show_key(name) in quoted_keys, text_key)
        if mixed or key_in(show_key(refined), text_key):
            return refined
        return capitalised_tail(refined, lead) or refined  # a slug's kicker run into its first title

    if event is not None and (roundup or _ALSO_WORD.search(cleaned[:4000])):
        # one show's headline: only the text's sentences that add another decision ("Meanwhile, the network has
        # cancelled X", "Y was also renewed") name more
        listed = headline_decisions(head, network, refine_named, main_event=event) if roundup else []
        if (
            len(listed) >= 2
            and listed[0].event == event
            and show_key(show or "") not in {show_key(d.show or "") for d in listed}
            # (a name the text writes: "Picks Up Doctor Drama" describes the show the text names)
            and (
                show is None
                or len(cleaned) < 300  # (a headline with little or no text to check it against)
                or _written_tail(listed[0].show or "", cleaned[:4000])
                or not mixed  # (a slug's page may write every title in lower case)
                and key_in(show_key(listed[0].show or ""), text_key)
            )
        ):
            if show is None and listed[0].show:
                confidence = min(decision.confidence, 0.75)  # the headline's clauses name the show after all
            show = listed[0].show  # "FX sets premiere dates for X, Y and Z": the first named is the main one
            shows = ([show] if show else []) + [s for s in shows if s != show]
            decisions = [Decision(event, show, season, network)]
        elif (
            len(listed) >= 2
            and listed[0].show
            and show
            and not key_in(show_key(listed[0].show), show_key(show))
            and not key_in(show_key(show), show_key(listed[0].show))
            and key_in(show_key(listed[0].show), text_key)  # (a name the text writes, no headline words run together)
            and not person_shape(listed[0].show.split())  # ("Nora Quinn and Jack Hale's show X axed": their show)
            and (
                show_key(show) in {show_key(d.show or "") for d in listed[1:]}
                # ("recommissions Tollgate and X, and orders new E4 comedy Sixteen Chairs": named after them)
                or head.find(show) > head.find(listed[0].show) >= 0
            )
        ):
            # "Plainview, Northern Pass renewed; CBC drops Hinterland Road": the headline's first decision leads
            event, show, season = listed[0].event, listed[0].show, listed[0].season
            if season is None:  # the season the text gives the new main show ("will return for a fifth season")
                season = stated_season(event, show, sentences[:MAX_FACT_SENTENCES], named_only=True)
            shows = [show] + [s for s in shows if s != show]
            decisions = [Decision(event, show, season, network)]
        elif (
            listed
            and show_key(listed[0].show or "") == show_key(show or "")
            and listed[0].event != event
            and not _main_clause_news(head, main_clause, event, show or "")
        ):
            if counted_before(head, listed[0].show or ""):
                # "Prime Video renews three Brazilian originals, axes 'X'": the counted ones the text names lead
                show, shows, decisions = None, [s for s in shows if s != show], []
            else:
                # "Netflix renews X for season 3, Y will end with season 6": X's decision is its own clause's
                event = listed[0].event
                decisions = [Decision(event, show, season, network)]
        more = find_decisions(
            head,
            cleaned[:4000],
            titles.all,
            event,
            network,
            refine=refine_named,
            cue=None if roundup else _ALSO,
            every_kind=digest,
        )
        if more:  # only names that are titles by the evidence: no people, headline words or sentence openers
            judged = describe_names(r, [d.show for d in more if d.show])
            titles_ok = {
                c.key
                for c in judged
                if (title_probability(c) >= title_min or the_title(c))
                and not not_a_title(c, len(cleaned), text_key)
                # a person named in a decision sentence ("directed by Pete Dadds") is not decided
                and not (
                    c.flags.get("person_shape")
                    and not c.flags.get("quoted")
                    and not c.flags.get("after_kind")
                    and not called_a_show(c.name, cleaned[:4000])
                )
                # ('saying, simply, "Again?"': a quoted exclamation or question is speech)
                and not re.search(rf"[\"“‘']{re.escape(c.name)}[?!][\"”’']", cleaned[:4000])
                # "as the newly merged Paramount Skydance continues …": a company named after a network
                and not (_company_named(c) and not c.flags.get("quoted") and not c.flags.get("after_kind"))
            }
            more = [
                replace(d, show=titled)
                for d in more
                if show_key(d.show or "") in titles_ok and (titled := as_title(d.show or "", head))
            ]
        first = next((d for d in more if d.event == event), more[0]) if more else None
        main_key = show_key(show or "")
        # a show the text picked that joins two decided names ("Son of a Critch and Strays") gives way to the first
        decided_keys = {show_key(d.show or "") for d in more}
        listed_main = first is not None and (
            # a digest's headline names no show ("Every TV show axed in May 2025"): its first listed one leads
            r.listing
            and source != "quoted"
            and not (main_key and key_in(main_key, show_key(head)))
            or source == "text"
            and (
                _joins_named(main_key, decided_keys)
                # "NBC takes four comedy pilots to series" over "… canceling Whitney, 1600 Penn and Guys With Kids":
                # the text's pick that the text decides otherwise gives way to the first with the headline's news
                or first.event == event
                and not key_in(main_key, show_key(head))
                and any(show_key(d.show or "") == main_key and d.event != event for d in more)
                # "cbs renews five dramas, cancels two": the text's pick named after the first decided show gives way to
                # it (a show "still pending", or the second of the two cancelled)
                or roundup
                and not any(k and key_in(k, show_key(head)) for k in decided_keys)
                and _named_later(show or "", first.show or "", cleaned)
            )
        )
        if first is not None and (show is None or listed_main):
            # "BBC renews 4 top-rated dramas": the text names them
            kept = season if show is None or title_has_season else None
            if show is None and event == "ordered" and first.event != event:
                # ("3 new dramas ordered, Greenfield Station renewed" when no new one is found: the first listed
                # show keeps its own decision)
                event = first.event
            show, shows = first.show, [first.show] if first.show else shows
            # (a season the text gave no show in particular gives way to the first listed show's own: "Bramble … is
            # coming back for Season 3" over "ABC handed a second season to …")
            season = kept if kept is not None and (title_has_season or first.season is None) else first.season
            if season is None:
                season = stated_season(event, show, sentences[:MAX_FACT_SENTENCES], named_only=True)
            # the network of the sentence that names the new main show, first where the headline names none
            named_net = network_naming(show, sentences[:MAX_FACT_SENTENCES])
            network = (named_net or network) if not find_networks(head) else (network or named_net)
            confidence = min(decision.confidence, 0.75)
            decisions = [Decision(event, show, season, network)]
        listed_season = next(
            (d.season for d in more if d.season and show_key(d.show or "") == show_key(show or "")), None
        )
        if season is None and listed_season is not None and decisions and decisions[0].show == show:
            season = listed_season  # "Abbott Elementary (season 5)" in the text's list: the main show's season
            decisions[0] = replace(decisions[0], season=listed_season)
        have = {show_key(d.show or "") for d in decisions}
        named = {show_key(d.show or "") for d in more} | have
        for d in more:
            k = show_key(d.show or "")
            if k and k not in have and not _joins_named(k, named) and not any(short_for(k, h) for h in have):
                have.add(k)
                decisions.append(d)
                if d.show and d.show not in shows:
                    shows.append(d.show)
        for d in listed:
            # "Seven renews X, commissions Coral Coast for 2026" over "Coral Coast, an eight-part drama …": the
            # headline decides a title the text writes, in a sentence that decides nothing itself
            k = show_key(d.show or "")
            if k and k not in have and d.event in DECISIVE and _written_tail(d.show or "", cleaned[:4000]):
                # (no pair run together: "Will Trent and The Rookie")
                if not _joins_named(k, have) and not any(short_for(k, h) or short_for(h, k) for h in have):
                    have.add(k)
                    decisions.append(d)
    if (
        event == "ordered"
        and season is not None
        and season > 1
        and not (title_has_season and key_in(show_key(show or ""), show_key(main_clause)) and find_seasons(main_clause))
    ):
        # a new series has no later season: that number was another show's ("… renewed for a third", "orders
        # trio of factual series as Grub Club returns for third run")
        season = None
        decisions = [replace(d, season=None) if i == 0 else d for i, d in enumerate(decisions)]
    had_show = show is not None
    lead_year = bool(decisions) and _bare_year(decisions[0].show)
    headline_news = decision.event if decision.reason == "headline" else None
    decisions, shows, show = _tidy_decisions(decisions, shows, show, head, headline_news)
    if lead_year and decisions and show is not None:
        event, season = decisions[0].event, decisions[0].season  # the promoted decision's own news
    if had_show and show is None:
        confidence = min(confidence, 0.4)  # the show was no title after all: no alert of its own
    evidence = decision.sentence or (lede if decision.reason == "lede" else title)
    summary = summarize_sentences(title, sentences, network=network, event=event, shows=shows, season=season)
    facts = facts_from_sentences(sentences[:MAX_FACT_SENTENCES], show, season) if show else ()
    analysis = Analysis(
        event=event,
        show=plain_apostrophes(show) if show else show,
        shows=tuple(plain_apostrophes(s) for s in shows),
        season=season,
        seasons=seasons,
        network=network,
        confidence=round(confidence, 2),
        evidence=evidence,
        summary=summary,
        facts=facts,
        decisions=tuple(replace(d, show=plain_apostrophes(d.show) if d.show else d.show) for d in decisions),
    )
    return analysis, r


def plain_apostrophes(name: str) -> str:
    """ "The Handmaid's Tale" however the outlet typed its apostrophe: one spelling of a title for every outlet."""
    return name.replace("’", "'")


# A sentence about the article's show without naming it: "has renewed it for a second season"
def _tidy_decisions(
    decisions: list[Decision], shows: list[str], show: str | None, head: str, news: str | None = None
) -> tuple[list[Decision], list[str], str | None]:
    """Every decided show as a title, whichever path named it: headline words trimmed, a year dropped (`news`: the
    headline's own decision)."""
    out: list[Decision] = []
    credited = credited_titles(head) if len(decisions) > 1 else set()
    quoted = {q for q, _d in quoted_titles(head)}
    for i, d in enumerate(decisions):
        name = d.show
        if name is not None:
            # ("The Renewal Status of Every Apple TV+ Show (Updated August 2023)": a year the headline does not
            # quote is no show, main or not; "'1923'" is)
            # ("Netflix Cancels 'Foxglove' and '1986'": a year the headline quotes is a title)
            name = as_title(name, head, extra=name not in quoted and (i > 0 or name not in head))
        if name is None and i or i and credit_key(name or "") in credited:
            continue  # an extra decision without a title, or about a show named as a credit, is no decision
        if i == 0 and show is not None and name != show:
            shows = [name, *shows[1:]] if name else shows[1:]
            show = name
        out.append(replace(d, show=name) if name != d.show else d)
    if len(out) > 1 and out[0].show is None and _bare_year(decisions[0].show):
        # "SBS Unveils 2024 Drama Lineup": a year was the lead; the first decided show leads instead, the first with
        # the headline's news where there is one ("orders four dramas and brings back Grey Tor": a new one)
        rest = out[1:]
        same = next((d for d in rest if d.event == news), rest[0])
        out = [same, *[d for d in rest if d is not same]]
        show = out[0].show
        shows = [s for s in [show, *shows] if s]
    return out, shows, show


def _written_tail(name: str, text: str) -> bool:
    """Whether the text writes the name, or its last words, capitalised inside a sentence ("Norwegian hit Fjellvakt"
    → "Fjellvakt"; not "Doctor Drama", which the text writes only as "medical drama")."""
    words = name.split()
    for i in range(len(words)):
        tail = " ".join(words[i:])
        # (a common word counts only inside a sentence, where its capital marks a name: not "Drama" opening one)
        common = i == len(words) - 1 and zipf(tail) >= 3.5
        for m in re.finditer(rf"(?<!\w){re.escape(tail)}(?!\w)", text):
            before = text[: m.start()].rstrip(" \"'‘“")
            if not common or before and before[-1] not in ".!?\n:":
                return True
    return False


def _main_clause_news(head: str, main_clause: str, event: str, show: str) -> bool:
    """ "Cameras roll in Connemara as Teller & Vane returns for second series": the clause before "as"
    (`main_clause`) names no show and tells the news; the show the later clause names is the one it is about."""
    # (not a decision: "C4 orders trio of dramas as Brickfields is axed" counts other shows)
    if main_clause == head or event in DECISIVE or key_in(show_key(show), show_key(main_clause)):
        return False
    return _event_in(main_clause, False) == event


def _bare_year(name: str | None) -> bool:
    return name is not None and is_bare_year(name)


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
