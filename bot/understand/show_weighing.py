"""Weighing the rules' pick of the main show against the evidence: the checks that tell a title from a sentence
opener, a headline phrase, a person, a credit or a network; the learned ranker's choice where they doubt it; the
title's tidy form and the span and spelling the text uses for it."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.understand.candidates import Candidate, full_span, is_year_phrase, person_shape, tidy_title
from bot.understand.described import introduced, is_kind_word, past_pick
from bot.understand.event_rules import CASTING
from bot.understand.matching import show_key
from bot.understand.networks import is_network_name
from bot.understand.played_roles import actor_in_text, character_in_text
from bot.understand.ranker import evidence_weights, ranked
from bot.understand.show_choice import Titles, has_event_word, key_in, misspelt_in, written_lowercase
from bot.understand.shows import credit_key, credited_titles
from bot.understand.titles import TextTitle


@dataclass
class Reading:
    """What every later step reads: the headline as cased for reading, the cleaned text, its first paragraphs."""

    head: str
    mixed: bool
    cleaned: str
    sentences: list[str]
    lead_sents: list[str]
    lead: str
    text_key: str
    titles: Titles
    shows: list[str]
    source: str
    candidates: list[Candidate]
    decider: str | None  # a company no network list knows, deciding at the headline's start
    listing: bool = False  # the headline announces a digest of decisions (headline_cues.digest_headline)


_RED_FLAGS = ("head_only_caps", "possessive", "network", "numeric", "has_network")


def _sentence_opener(c: Candidate) -> bool:
    """A common word the text uses but capitalises only where a sentence starts ("Well, …"): not a title."""
    f = c.flags
    return (
        bool(f.get("common_single"))
        and not f.get("mid_sentence_caps")
        and not f.get("quoted")
        and not f.get("text_quoted")
        and not f.get("absent")
        and not f.get("kind_slot")
    )


def _unconfirmed_fragment(c: Candidate, text_len: int, text_key: str) -> bool:
    """Headline words that a text of some length never writes as a name, outside the slot right next to the
    decision verb ("renews X", "X axed") and outside quotes: a phrase of the headline, not a title. `text_key`:
    the key of the text's first paragraphs."""
    f = c.flags
    if text_len >= 120 and f.get("absent") and f.get("unconfirmed_head") and _VERB_FIRST.match(c.name):
        return True  # (never written, and a clause's verb: whatever slot it stands in)
    if (
        text_len < 300
        or not f.get("unconfirmed_head")
        or f.get("cap_mentions")  # capitalised at least where a sentence starts ("Dandadan season 2 …")
        or f.get("quoted")
        or f.get("known")
        or f.get("near_verb", 0.0) >= 1.0
        and not has_event_word(c.name)
        or f.get("before_season")
    ):
        return False
    # spelled with other punctuation ("9-1-1: Lone Star") or with one slip ("Stanger Things"): confirmed
    spelled = key_in(c.key, text_key) and not f.get("lower_mentions")
    return not spelled and not misspelt_in(c.key, text_key)


# A span that opens with a verb is the headline's clause, not a title beside it ("Drama Is Officially Getting
# Season 2")
_VERB_FIRST = re.compile(r"(?:Is|Are|Was|Were|Will|Has|Have|Gets|Getting|Officially|Finally)\s")


def the_title(c: Candidate) -> bool:
    """ "canceling The Great": a capital "The" in mid-sentence marks a title, whatever its common word says."""
    return c.name.startswith("The ") and bool(c.flags.get("mid_sentence_caps")) and not c.flags.get("network")


def _casting_person(c: Candidate, head: str, text_key: str = "") -> bool:
    """A person in a casting headline ("Keri Russell to headline … series The Diplomat"), a person who speaks at the
    headline's start ("Raghav Tiwari confirms X season 4 will be the last"), or names the text casts: the show is
    elsewhere."""
    return _headline_person(c, head) or _named_cast(c, head, text_key)


def _headline_person(c: Candidate, head: str) -> bool:
    """A person the text names, in a casting headline or speaking at the headline's start."""
    if c.flags.get("person_in_text") and (CASTING.search(head) or _SPEAKER.match(head, len(c.name))):
        return head.startswith(c.name) or bool(CASTING.search(head))
    return False


def _named_cast(c: Candidate, head: str, text_key: str) -> bool:
    """People by what is said of them, whatever their names look like: "Riz Tanner to Star", "Kim Seo Jin and Han
    Yu Ri have been cast"."""
    return _starring(c, head) or _cast_pair(c, text_key)


def _starring(c: Candidate, head: str) -> bool:
    """An unquoted two- or three-word name the headline says will star ("Riz Tanner to Star")."""
    # (found whatever its casing, "… And …" for "… and …", at its place in the headline as written: a casefolded
    # copy may differ in length)
    found = re.search(re.escape(c.name), head, re.IGNORECASE)
    # (each of a pair: "Han Ji Ahn and Park Do Yoon Confirmed To Lead …")
    people = [p.split() for p in re.split(r"\s+(?:and|And|&)\s+", c.name)]
    return (
        found is not None
        and all(2 <= len(p) <= 3 for p in people)
        and not c.flags.get("quoted")
        and _TO_STAR.match(head, found.end()) is not None
    )


def _cast_pair(c: Candidate, text_key: str) -> bool:
    """ "Kim Seo Jin and Han Yu Ri have been cast as the leads": an unquoted pair of names the text casts (only a
    pair: a show named for its hero is cast too, "Reacher has been cast")."""
    if not text_key or not c.key or c.flags.get("quoted") or " and " not in f" {c.key} ":
        return False
    return any(
        _CAST_SUBJECT.match(text_key, m.end()) is not None
        for m in re.finditer(rf"(?<!\S){re.escape(c.key)}(?!\S)", text_key)
    )


# What a person at a headline's start says: "X confirms …", "X reveals …"
_SPEAKER = re.compile(
    r"\s+(?:confirms|says|reveals|teases|admits|explains|insists|hints|shares|opens\s+up|announces|claims)\b"
)
_TO_STAR = re.compile(
    r"\s+(?:(?:confirmed|set|tapped|cast|chosen)\s+)?(?:to\s+(?:star|lead|headline|front)|stars|will\s+star)\b",
    re.IGNORECASE,
)
# Names a text casts, in the text's key (lowercase, no punctuation)
_CAST_SUBJECT = re.compile(r" (?:have|has) (?:both |also )?(?:been cast|joined the cast|signed on to (?:star|lead))\b")


def not_a_title(c: Candidate, text_len: int, text_key: str) -> bool:
    """A sentence opener, a headline phrase or a kind of show alone: dropped when nothing better is found."""
    return _sentence_opener(c) or _unconfirmed_fragment(c, text_len, text_key) or _mostly_lowercase(c) or _bare_kind(c)


def _bare_kind(c: Candidate) -> bool:
    """ "Telemundo's Revenge Telenovela Starring …": the kind of show alone, which the text never capitalises; or
    a headline's description ending in a kind, which the text never capitalises at all ("Cancels Firehouse
    Procedural")."""
    f = c.flags
    if any(f.get(k) for k in ("quoted", "text_quoted", "known", "mid_sentence_caps")):
        return False
    words = c.name.split()
    return is_kind_word(c.name) or len(words) >= 2 and is_kind_word(words[-1]) and bool(f.get("unconfirmed_head"))


def _mostly_lowercase(c: Candidate) -> bool:
    """A common word the text writes in lower case more often than capitalised ("the TV anime" twice, "Anime News"
    once): an ordinary word of the text, not a title."""
    f = c.flags
    return (
        bool(f.get("common_single"))
        and f.get("lower_mentions", 0.0) > f.get("cap_mentions", 0.0)
        and not any(f.get(k) for k in ("quoted", "text_quoted", "known", "absent"))
    )


def _red_flagged(c: Candidate) -> bool:
    # (a number both the headline and the text quote is a title: "Apple TV+ Orders ‘11:58,’")
    quoted_number = bool(c.flags.get("text_quoted")) and c.flags.get("numeric")
    return any(c.flags.get(f) for f in _RED_FLAGS if not (f == "numeric" and quoted_number))


def _person_from_text(c: Candidate) -> bool:
    """A person's name the headline does not write, taken from the text ("Kat Morrow's outback vets" → "Dr Kat
    Morrow")."""
    f = c.flags
    return bool(f.get("person_shape")) and not any(f.get(k) for k in ("in_head", "quoted", "text_quoted", "known"))


def doubtful(c: Candidate, head: str, text_len: int, text_key: str) -> bool:
    """Evidence against the rules' pick: a sentence opener, a headline phrase, a person, a possessive, a network."""
    return (
        not_a_title(c, text_len, text_key)
        or _person_from_text(c)
        or _casting_person(c, head, text_key)
        or _red_flagged(c)
        or modifier_compound(c.name, head)
        or _credited_pick(c, head)
    )


def _credited_pick(c: Candidate, head: str) -> bool:
    """ "… From 'Tinsel Town' Duo Carys Whitlow & Ben Adeyemi": one of the people or works the headline credits."""
    # (a headline that opens with the show, "X showrunner Y on the finale", is about that show)
    return not c.flags.get("quoted") and head.find(c.name) > 0 and _credited(c.name, credited_titles(head))


# "its Vancouver-shot sci-fi drama", "London-set thriller", "Emmy-winning comedy": a place or prize that describes
_MODIFIER_TAIL = re.compile(
    r"-(?:shot|set|based|made|born|winning|nominated|produced|filmed|themed|inspired|style|led|backed|owned|bound)\b"
)


# "BBC drama filmed across Liverpool axed": where a show was made is no title
_MADE_IN = re.compile(r"\b(?:filmed|shot|set|made|produced|based)\s+(?:in|across|around|at|on)\s+$")


def modifier_compound(name: str, head: str) -> bool:
    """Whether the headline writes the name only as the first half of a describing compound ("Vancouver-shot") or
    as the place a show was made ("filmed across Liverpool")."""
    low = head.lower()
    at = low.find(name.lower())
    if at < 0 or " " in name:
        return False
    return _MODIFIER_TAIL.match(low, at + len(name)) is not None or _MADE_IN.search(low, 0, at) is not None


# How many times likelier than the rules' unconfirmed pick a part of it must be to be weighed in its place
OUTRANKED_RATIO = 3.0


def rerank(r: Reading) -> None:
    """The learned ranker's choice of main show, where the rules' pick has evidence against it (a headline
    word the text never capitalises, a common word, a person, a possessive, a network) or there is none; then
    the full span the text uses for it ("Killing" → "The Killing")."""
    rule_key = show_key(r.shows[0]) if r.shows else ""
    rule = next((c for c in r.candidates if c.key == rule_key), None)
    describing = rule is not None and modifier_compound(rule.name, r.head)
    # (and a possessive the text never writes at all: "Ruth Ellery's Hospital Drama to End" says whose show it is)
    owned = (
        rule is not None
        and (bool(rule.flags.get("possessive")) or re.search(r"['’]s\s", rule.name) is not None)
        and bool(rule.flags.get("absent"))
        and not rule.flags.get("quoted")
        and not key_in(rule_key, r.text_key)  # ("Frieren: Beyond Journey's End" written with its colon)
        and len(r.cleaned) >= 300  # (a text long enough to have named it)
    )
    junk = rule is not None and (not_a_title(rule, len(r.cleaned), r.text_key) or describing or owned)
    named_cast = rule is not None and (_named_cast(rule, r.head, r.text_key) or _credited_pick(rule, r.head))
    played = rule is not None and not named_cast and plays_a_part(rule, r.head, r.lead, r.lead_sents)
    person = rule is not None and (named_cast or played or _headline_person(rule, r.head))
    # (a person's name from the text is weighed, but kept when nothing likelier is found: a show is often named
    # for its hero)
    doubted = rule is None or junk or person or _red_flagged(rule) or _person_from_text(rule)
    absent = rule is not None and bool(rule.flags.get("absent")) and len(r.candidates) >= 2
    scores = ranked(r.candidates, evidence_weights()) if doubted or absent else []
    best = scores if doubted or rule is not None and _outranked_absent(rule, scores) else []
    replaced = False
    # ("Enzo" of "lead actor Enzo Villaruel": a person's first name alone, which the headline does not name, is no
    # title; "Vera" and "Marguerite" in the headline may be)
    best = [
        b
        for b in best
        if not (b[1].flags.get("person_in_text") and b[1].flags.get("single") and not b[1].flags.get("in_head"))
    ]
    if describing:
        best = [b for b in best if b[1].key != rule_key]  # the place or prize is no title however likely it looks
    if played:
        # the star or character and the names run into it ("Actor Kim Do-yun", "Bev Doyle") are no show
        best = [b for b in best if f" {b[1].key} " not in f" {rule_key} " and f" {rule_key} " not in f" {b[1].key} "]
    if named_cast:
        # the people the pick names, and those the headline credits, are no more the show than the pick: the
        # likeliest other candidate is weighed
        credits = credited_titles(r.head)
        best = [b for b in best if f" {b[1].key} " not in f" {rule_key} " and not _credited(b[1].name, credits)]
    if rule is not None and rule.flags.get("quoted") and not person and key_in(rule_key, r.text_key):
        # a title the headline quotes and the text writes stands ("'La Casa de los Espejos' Won't Return", not the
        # text's "Gracias por mirar", another show quoted in passing, nor its part "La Casa")
        best = [b for b in best if b[1].flags.get("in_head") and f" {rule_key} " in f" {b[1].key} "]
    for at, (_p, top) in enumerate(best[:4]):
        if top.key == rule_key:
            break
        # (past a skipped phrase, only a title the text's cues or quotes support: not "Manny Torres", named once)
        supported = top.flags.get("text_weight", 0.0) > 0.0 or top.flags.get("quoted")
        if _may_replace(top, r, person, played) and (at == 0 or supported):
            # the replacement must itself be confirmed by the text's capitals or the headline's quotes
            _lead_with(
                r, top, "quoted" if top.flags.get("quoted") else "headline" if top.flags.get("in_head") else "text"
            )
            replaced = True
            break
        if played and (top.flags.get("person_in_text") or top.flags.get("person_shape")):
            continue  # (past the other people the text casts: "soap legend Maureen Tate")
        # (with no pick at all or a junk one, past a headline phrase that is plainly no title: "Prime Video's
        # most-watched Hindi original gets season 2" → the text's "Andheri Gali, created by …")
        # (only for a headline that says what kind of show it is about: "Apple cancels its car project" has none)
        if (
            rule is not None
            and not junk
            or not _KIND_NAMED.search(r.head)
            or not _plainly_no_title(top, len(r.cleaned), r.text_key)
        ):
            break
    if not replaced and rule is not None and rule.flags.get("absent") and rule.flags.get("person_shape"):
        # "Jenna Ortega Returns: Wednesday Season 2 …": a name the text never writes gives way to the title the
        # headline numbers a season of, when the text confirms that title
        numbered = [
            c
            for c in r.candidates
            if c.key != rule_key
            and c.flags.get("before_season")
            and (c.flags.get("mid_sentence_caps") or c.flags.get("quoted"))
        ]
        if numbered:
            _lead_with(r, numbered[0], "headline")
            replaced = True
    quoted_pick = rule is not None and bool(rule.flags.get("quoted"))
    if (junk or person and not quoted_pick or rule is not None and rule.flags.get("network")) and not replaced:
        # (and the next is no person the headline names beside it: "… quiz Brainbox with new host Kemi Adeyinka")
        people = {c.key for c in r.candidates if c.flags.get("person_in_text") or c.flags.get("person_shape")}
        r.shows = [s for s in r.shows[1:] if show_key(s) not in people]
    if r.shows:
        tidy = as_title(r.shows[0], r.head)
        r.shows = [tidy, *r.shows[1:]] if tidy else r.shows[1:]
    if r.shows:
        r.shows[0] = _text_spelling(r.shows[0], r.candidates)
        r.shows[0] = full_span(r.shows[0], r.lead)
        r.shows[0] = _expanded(r.shows[0], r.titles.all, r.lead)
        r.shows[0] = headline_continues(r.shows[0], r.head, r.lead)


# What a candidate is when it is no title: an owner, a network, a number, a descriptor
_NO_TITLE_FLAGS = ("possessive", "network", "numeric", "generic")


def plays_a_part(c: Candidate, head: str, lead: str, lead_sents: list[str]) -> bool:
    """A headline led by a star the text writes as a person ("Kim Do-yun returns to small screen with office
    romance") or by a character it calls one ("Barmaid Bev to quit soap"), where neither the headline (no season
    of it) nor the text writes the name as a title."""
    if any(c.flags.get(f) for f in ("quoted", "text_quoted", "known", "before_season")):
        return False
    played = actor_in_text(c.name, lead) or character_in_text(c.name, head, lead)
    return played and introduced(c.name, lead_sents[:3]) is None


def _may_replace(top: Candidate, r: Reading, person: bool, played: bool = False) -> bool:
    """Whether a candidate may take the doubted pick's place: a title by the text's capitals or the headline's
    quotes, and no person, possessive, network, number, descriptor or maker. `played`: the pick is a star or a
    character the text writes as one."""
    # (a quote the text writes in lower case is a pull-quote: "… Make 'Difficult Decision'")
    quoted_title = bool(top.flags.get("quoted")) and not written_lowercase(top.name, r.lead)
    # (or a title the text's cues give full weight: "Andheri Gali, created by …" opening its paragraph)
    # (in place of a star, half weight does: "Good news for Kit Harrowby fans: Holdfast is coming back.")
    confirmed = (
        top.flags.get("mid_sentence_caps")
        or quoted_title
        or top.flags.get("text_weight", 0.0) >= (0.5 if played else 1.0)
    )
    return bool(confirmed) and not (
        # (a name the text calls a show is one: "Apple TV+'s spy thriller Harriet Vance")
        top.flags.get("person_shape")
        and not top.flags.get("after_kind")
        or (person and top.flags.get("person_in_text"))
        # ("with new host Kemi Adeyinka": one the text introduces as a person)
        or (top.flags.get("person_in_text") and top.flags.get("text_weight", 0.0) < 0)
        or any(top.flags.get(f) for f in _NO_TITLE_FLAGS)
        or _credited(top.name, credited_titles(r.head))  # "comedy from Ryan Reynolds and …": its makers
        or _people_pair(top.name)
    )


_KIND_NAMED = re.compile(
    r"\b(?:drama|comedy|sitcom|thriller|series|show|soap|anime|telenovela|novela|docuseries|reboot|revival|"
    r"rom-com|procedural|spinoff|spin-off|k-drama|original)\b",
    re.IGNORECASE,
)


def _people_pair(name: str) -> bool:
    """ "Mandy Patinkin and Violett Beane": names of two or three capitalised words each, one a person's by its
    first name (a rarer first name leaves the other a name all the same)."""
    parts = [p.split() for p in re.split(r"\s+(?:and|&)\s+", name)]
    return (
        len(parts) == 2
        and all(2 <= len(p) <= 3 and all(w[:1].isupper() for w in p) for p in parts)
        and any(person_shape(p) for p in parts)
    )


def _plainly_no_title(c: Candidate, text_len: int, text_key: str) -> bool:
    """A possessive, a network, a number, a descriptor or a headline phrase the text never writes."""
    return any(c.flags.get(f) for f in _NO_TITLE_FLAGS) or not_a_title(c, text_len, text_key)


def _lead_with(r: Reading, c: Candidate, source: str) -> None:
    """The candidate becomes the main show in place of the doubted pick: kept beside its replacement, the pick
    would make the headline look like a roundup."""
    name = past_pick(c.name, r.shows[0]) if r.shows else c.name
    r.shows = [name, *[s for s in r.shows[1:] if show_key(s) not in (c.key, show_key(name))]]
    r.source = source


def _outranked_absent(rule: Candidate, scores: list[tuple[float, Candidate]]) -> bool:
    """A headline span the text never writes ("Original HAPPYish", "Candy Cabs Closed Down") when the ranker finds
    a part of it that the text does write ("HAPPYish") far likelier: that part is weighed in its place. (Another
    candidate, not a part, may be a person the headline names beside the show: "Ncuti Gatwa exits Doctor Who".)"""
    if not scores:
        return False
    rule_p = next(p for p, c in scores if c.key == rule.key)
    top_p, top = scores[0]
    return top.key != rule.key and bool(top.flags.get("inside_pick")) and top_p >= OUTRANKED_RATIO * rule_p


def headline_continues(name: str, head: str, lead: str) -> str:
    """The whole title where the headline and the text both run on past the name in the same words, the text with
    capitals ("reincarnated as a lighthouse keeper: a quiet life at world's end anime gets season 2" and "…series
    Reincarnated as a Lighthouse Keeper: A Quiet Life at World's End (…": the pick "Reincarnated" cut at "as")."""
    head_words = head.casefold().split()
    own = name.casefold().split()
    n = len(own)
    start = next((i for i in range(len(head_words) - n + 1) if head_words[i : i + n] == own), None)
    at = lead.find(name + " ")
    if start is None or at < 0:
        return name
    text_words = lead[at:].split(" ", 16)[n:16]
    best = name
    longer = name
    for i, word in enumerate(text_words):
        k = start + n + i
        if k >= len(head_words) or "\n" in word or word.rstrip(",").casefold() != head_words[k].rstrip(","):
            break
        bare = word.strip(":,'’")
        if not bare or not (bare[:1].isupper() or bare.casefold() in _SMALL_WORDS):
            break
        following = text_words[i + 1].casefold() if i + 1 < len(text_words) else ""
        if bare.casefold() in ("and", "by") and following != "the":
            break  # ("Lowlife and Twelve Pints" are two, "… by Boom Bang" its maker; "Pip and the Puddlejumpers" one)
        longer += " " + word.rstrip(",")
        if bare[:1].isupper():
            best = longer  # (a title ends on a capitalised word)
        if word.endswith(","):
            break
    return best if len(best.split()) >= n + 2 else name


# (not "from", "with" or "for": "Ladder Up from Boom Bang Studios" names its maker)
_SMALL_WORDS = frozenset("a an and as at by de in of on the to".split())


def _credited(name: str, credited: AbstractSet[str]) -> bool:
    """The name, or words of it, is someone's credit in the headline ("Ryan Reynolds and Rob" of "… and Rob
    McElhenney")."""
    key = credit_key(name)
    return bool(key) and any(f" {key} " in f" {c} " for c in credited)


def _expanded(name: str, titles: list[TextTitle], lead: str) -> str:
    """ "OITNB" in a headline, "Orange Is the New Black" in a text that never writes "OITNB": the title whose
    initials the acronym is ("NCIS", which its text writes so, stays)."""
    if not re.fullmatch(r"[A-Z]{3,6}", name) or is_network_name(name) or re.search(rf"\b{name}\b", lead):
        return name
    # each title, and the owner of a possessive one ("Orange Is the New Black's Litchfield Penitentiary")
    for full in [part for t in titles for part in re.split(r"['’]s\s+", t.name)]:
        words = full.split()
        if len(words) == len(name) and "".join(w[0] for w in words).upper() == name:
            return full
    return name


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


def as_title(name: str, head: str, *, extra: bool = False) -> str | None:
    """The title a decision names, without the headline's words around it (candidates.tidy_title); None for a
    year the headline dates with, and for any bare year an extra decision of a roundup names ("production starts
    in 2024"), where "1923" as the main show stays a title."""
    if is_year_phrase(name, head):
        return None
    title = tidy_title(name)
    if title is not None and _season_in_title(name, title, head):
        title = name
    if title is not None and extra and is_bare_year(title):
        return None
    return title


_NUMBER_AFTER = re.compile(r"\s*(?:\d|(?i:one|two|three|four|five|six|seven|eight|nine|ten)\b)")


def _season_in_title(name: str, title: str, head: str) -> bool:
    """ "Open Season", "Dry Season": a capitalised Season the headline follows with no number ends the title."""
    if not name.endswith((" Season", " Series", " SEASON", " SERIES")) or title != name[: name.rfind(" ")]:
        return False
    if _NUMBER_AFTER.fullmatch(" " + title.rsplit(None, 1)[-1]):
        return False  # "After One Season", "Five Series": a count of seasons
    at = head.find(name)
    return at >= 0 and not _NUMBER_AFTER.match(head, at + len(name))


def is_bare_year(name: str) -> bool:
    """ "2023" alone: a date's year, unless something marks it a title."""
    return re.fullmatch(r"(?:19|20)\d\d", name.strip()) is not None
