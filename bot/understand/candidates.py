"""Every plausible show title of an article, each with features that generalise across outlets.

A Title Case headline capitalises every word, so its capitals say nothing; the sentence-case text under it does:
titles keep their capitals there and ordinary words lose them. So each candidate (a quoted title, a span of the
headline's words, a capitalised span of the text, the rule-based pick, a known show) is described by evidence:
is it confirmed by capitals in the text, written lowercase there, how common its words are in English, does it
look like a person's name, is it a network, where does it stand. `ranker.py` weighs these features with weights
learned from labelled articles (`tools/train_ranker.py`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from bot.understand.casefree import case_free
from bot.understand.evidence import foreign_word, is_first_name, zipf
from bot.understand.matching import show_key
from bot.understand.networks import find_networks, is_network_name
from bot.understand.prefilter import prefiltered
from bot.understand.shows import KIND_SLOT, TIME_TAIL, is_generic
from bot.understand.titles import AUXILIARIES, QUESTION_WORDS, TextTitle

FEATURES = (
    "bias",
    "rule_pick",
    "rule_other",
    "quoted",
    "in_head",
    "text_title",
    "text_weight",
    "cap_mentions",
    "lower_mentions",
    "absent",
    "zipf_min",
    "zipf_mean",
    "common_single",
    "single",
    "n_words",
    "person_shape",
    "possessive",
    "network",
    "generic",
    "numeric",
    "edge_small",
    "extended",
    "first_pos",
    "known",
    "near_verb",
    "unconfirmed_head",
    "mixed_head",
    "head_only_caps",
    "extends_pick",
    "inside_pick",
    "rule_unconfirmed",
    "rule_common",
    "rule_person",
    "rule_possessive",
    "has_network",
    "after_kind",
)

_SMALL = frozenset("a an and as at by de for from in is of on or the to vs with".split())
_JOINING = _SMALL | {"no", "x"}
_EDGE = "\"'“”‘’«»()[]{}*,.;:!?…|"
# Stems of the words that announce a decision: a title stands next to them ("renews X", "X axed")
_VERB = case_free(
    re.compile(
        r"^(?:renew|cancel|axe|axing|order|end|return|premier|pick|greenl|commission|scrap|drop|save|revive|"
        r"wrap|set|get|land|pull|close|shut|confirm|announc|unveil|debut|film|shoot|cast|join|boot|bring|launch|"
        r"delay|release|recommission)",
        re.IGNORECASE,
    )
)
# A kind of show right before a title: "the show Hold the Front Page", "new series The Commons"
_KIND_BEFORE = prefiltered(
    re.compile(
        # (not a job: "head of drama Polly Harrington")
        r"\b(?<!\bof\s)(?:series|show|drama|comedy|sitcom|thriller|docuseries|miniseries|anime|dramedy|programme|soap|"
        r"reboot|revival|spinoff|spin-off|adaptation)\s+$",
        re.IGNORECASE,
    )
)
_BEFORE_SEASON = re.compile(
    r"^['’\"”]?\s+(?:season|series|s)\s*(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)"
    # "renews X for season 3", "X for a third season": the slot a renewal names its show in
    r"|^['’\"”]?\s+for\s+(?:a\s+)?(?:season\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)|"
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+season)"
)
_SEGMENT_BREAK = re.compile(r"\s*(?:[,:;!?|–—]|\s-\s|\.\s|[\"“”‘’«»()\[\]])\s*")
_WORDS = re.compile(r"[^\s]+")


@dataclass
class Candidate:
    name: str
    key: str
    flags: dict[str, float] = field(default_factory=dict)

    def vector(self) -> list[float]:
        return [self.flags.get(f, 0.0) for f in FEATURES]


def _occurrences(key_low: str, lead_low: str, limit: int = 12) -> list[int]:
    out: list[int] = []
    start = 0
    n = len(key_low)
    while len(out) < limit:
        i = lead_low.find(key_low, start)
        if i < 0:
            break
        before = lead_low[i - 1] if i else " "
        after = lead_low[i + n] if i + n < len(lead_low) else " "
        if not before.isalnum() and not after.isalnum():
            out.append(i)
        start = i + 1
    return out


def _capitalised(span: str) -> bool:
    words = [w.strip(_EDGE) for w in span.split()]
    words = [w for w in words if w]
    if not words or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    # (lowercase joining words inside a title: "Oshi no Ko", "Spy x Family"; never its last word: "9-1-1 for")
    if len(words) > 1 and words[-1] in _JOINING:
        return False
    return all(
        w[0].isupper() or w[0].isdigit() or w in _JOINING or not w[0].isalpha() or foreign_word(w) for w in words
    )


def _title_mention(lead: str, i: int, n: int) -> bool:
    """Written as a title there: capitalised, or in quotes whatever its casing (“Nada que declarar”)."""
    return _capitalised(lead[i : i + n]) or (
        lead[i - 1 : i] in ("“", '"', "‘", "'") and lead[i + n : i + n + 1] in ("”", '"', "’", "'")
    )


def _sentence_start(lead: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and lead[j] in " \t\"'“‘(\u00a0":
        j -= 1
    # a list item's bullet or dash opens a sentence too ("•   Another victim is …")
    return j < 0 or lead[j] in ".!?\n:•·*–—-|>"


_WORD_BEFORE = re.compile(r"(?<![\w'’.])([A-Z][a-z][\w'’-]*) $")
_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=[\s\"“‘'(\[]))(The|A|An)\s+$")
# Words that end a title where the text goes on in capitals: "The Traitors Season 3", "Tulsa King On September"
_NOT_TITLE_TAIL = frozenset(
    "season seasons series part episode episodes volume vol premiere finale trailer cast on in at for to by with "
    "january february march april may june july august september october november december".split()
)
_TAIL = re.compile(r"^(?:\s+(?:of|the|a|de|&)){1,3}\s+[A-Z][a-z’'!-]*[a-z!]")


# ("Why Was Paper Lanterns Canceled?": a question's words around a title are not part of it)
_ASKING = QUESTION_WORDS | AUXILIARIES


def _extend(lead: str, i: int, n: int) -> str:
    """The text's whole title around an occurrence: capitalised words and an article before it ("Couple Next
    Door" → "The Couple Next Door") and capitalised words joined after it by "of" or "the" ("Seraph" →
    "Seraph of the End"), never a possessive, a number or a season."""
    start, end = i, i + n
    # capitalised words right before it, inside a sentence ("Night Takeaway" in "Saturday Night Takeaway")
    for _ in range(2):
        w = _WORD_BEFORE.search(lead[max(0, start - 30) : start])
        if not w or _sentence_start(lead, start - len(w.group(0))) or is_network_name(w.group(1)):
            break
        if w.group(1).lower() in _SMALL or w.group(1) in _ASKING or w.group(1).endswith(("'s", "’s", "s'")):
            break
        start -= len(w.group(0))
    m = _ARTICLE_BEFORE.search(lead[max(0, start - 5) : start])
    if m:
        start -= len(m.group(0))
    for _ in range(3):
        t = _TAIL.match(lead[end : end + 40])
        if not t:
            break
        words = t.group(0).split()
        if words[-1].casefold() in _NOT_TITLE_TAIL or is_network_name(words[-1]) or lead[end : end + 1] in "'’":
            break
        end += len(t.group(0))
    return lead[start:end].strip(_EDGE + " ")


def _head_spans(head: str) -> list[tuple[str, int]]:
    """Every run of 1–7 words inside one segment of the headline (segments end at punctuation and quotes)."""
    out: list[tuple[str, int]] = []
    pos = 0
    for seg in _SEGMENT_BREAK.split(head):
        at = head.find(seg, pos) if seg else pos
        pos = at + len(seg) if at >= 0 else pos
        toks = [m for m in _WORDS.finditer(seg)]
        for a in range(len(toks)):
            for b in range(a + 1, min(len(toks), a + 6) + 1):
                text = seg[toks[a].start() : toks[b - 1].end()].strip(_EDGE)
                if text:
                    out.append((text, max(at, 0) + toks[a].start()))
    return out


def _is_verb_word(word: str) -> bool:
    return bool(_VERB.match(word.strip(_EDGE)))


def build(
    head: str,
    mixed: bool,
    lead: str,
    rule_shows: list[str],
    quoted: AbstractSet[str],
    titles: list[TextTitle],
    known: AbstractSet[str] | None = None,
    only: list[str] | None = None,
) -> list[Candidate]:
    """The candidates of one article with their features (see FEATURES); with `only`, just those names (the
    shows a roundup's sentences decide, to be judged as titles)."""
    lead_low = lead.casefold()
    head_key = f" {show_key(head)} "
    head_words = head.split()
    by_key: dict[str, Candidate] = {}
    text_weight = {}
    for t in titles[:40]:
        k = show_key(t.name)
        if k and k not in text_weight:
            text_weight[k] = t.weight

    def add(name: str, **flags: float) -> Candidate | None:
        name = name.strip(_EDGE + " ")
        key = show_key(name)
        if not key or len(key) < 2 or all(w in _SMALL for w in key.split()):
            return None
        cand = by_key.get(key)
        if cand is None:
            cand = by_key[key] = Candidate(name, key)
        for f, v in flags.items():
            cand.flags[f] = max(cand.flags.get(f, 0.0), v)
        return cand

    for name in only or ():
        c = add(name, **({"quoted": 1.0} if show_key(name) in quoted else {}))
        if c is not None and known and c.key in known:
            c.flags["known"] = 1.0
    for rank, name in enumerate(rule_shows[:3] if only is None else ()):
        add(name, **({"rule_pick": 1.0} if rank == 0 else {"rule_other": 1.0}))
    spans_of_head = _head_spans(head) if only is None else []
    for name, _at in spans_of_head if quoted else ():
        if show_key(name) in quoted:
            add(name, quoted=1.0)
    for t in titles[:12] if only is None else ():
        add(t.name, text_title=1.0)
    lead_words = set(lead_low.split()) if spans_of_head else set()  # (only the headline's spans look at it)
    for name, _at in spans_of_head:
        low = name.casefold()
        first = low.split(" ", 1)[0]
        if first not in lead_words and first.strip(_EDGE) not in lead_low:
            continue  # cheap: the span's first word is nowhere in the text
        occ = _occurrences(low, lead_low)
        if not occ:
            continue
        caps = [i for i in occ if _title_mention(lead, i, len(name))]
        if not caps:
            continue  # the text writes these headline words in lowercase: words, not a name
        add(lead[caps[0] : caps[0] + len(name)])
        for i in caps[:2]:
            ext = _extend(lead, i, len(name))
            if show_key(ext) != show_key(name) and len(ext.split()) <= 8:
                add(ext, extended=1.0)
    if known:
        for name, _at in spans_of_head:
            if show_key(name) in known:
                add(name, known=1.0)

    verb_at = [i for i, w in enumerate(head_words) if _is_verb_word(w)]
    head_low = head.casefold()
    pick_key = show_key(rule_shows[0]) if rule_shows else ""
    out: list[Candidate] = []
    around = head + " " + lead[:800]  # where a possessive of the name would be
    hw: list[str] | None = None  # the headline's words as keys, when a candidate in the headline needs them
    for cand in by_key.values():
        f = cand.flags
        f["bias"] = 1.0
        key, name = cand.key, cand.name
        words = [w for w in re.findall(r"[^\W_][\w'’]*", name)]
        content = [w for w in words if w.lower() not in _SMALL] or words
        f["in_head"] = 1.0 if f" {key} " in head_key else 0.0
        occ = _occurrences(name.casefold(), lead_low)
        cap = sum(1 for i in occ if _title_mention(lead, i, len(name)) and not _sentence_start(lead, i))
        starts = sum(1 for i in occ if _sentence_start(lead, i))
        lower = sum(1 for i in occ if not _title_mention(lead, i, len(name)))
        f["cap_mentions"] = math.log1p(cap) + 0.5 * math.log1p(starts)
        f["mid_sentence_caps"] = float(cap)  # not a feature: the check a replacement of the rules' pick must pass
        # not a feature either: the headline names it right before a season ("X season 3 teaser"), a title's slot
        f["before_season"] = (
            1.0 if _BEFORE_SEASON.match(head_low[head_low.find(name.casefold()) + len(name) :]) else 0.0
        )
        f["lower_mentions"] = math.log1p(lower)
        f["absent"] = 1.0 if not occ else 0.0
        f["first_pos"] = occ[0] / max(len(lead), 1) if occ else 1.0
        if key in text_weight:
            f["text_title"] = 1.0
            f["text_weight"] = max(-3.0, min(3.0, text_weight[key])) / 3
        z = [zipf(w) for w in content] or [0.0]
        f["zipf_min"] = min(z) / 8
        f["zipf_mean"] = sum(z) / len(z) / 8
        f["single"] = 1.0 if len(content) == 1 else 0.0
        f["common_single"] = 1.0 if len(content) == 1 and z[0] >= 4.0 else 0.0
        f["n_words"] = min(len(words), 8) / 8
        # a person ("James Marsden") or a list of people ("Zoe Saldaña and Nicole Kidman")
        people = [p.split() for p in re.split(r"\s*(?:,|\band\b|&)\s*", name) if p.strip()]
        # ("Ryan Reynolds and Rob": a list of people cut short keeps a bare first name)
        f["person_shape"] = (
            1.0
            if people
            and any(person_shape(p) for p in people)
            and all(person_shape(p) or len(p) == 1 and is_first_name(p[0]) for p in people)
            else 0.0
        )
        owned = f"{name}'s " in around or f"{name}’s " in around
        f["possessive"] = 1.0 if name.endswith(("'s", "’s")) or owned else 0.0
        # "Paramount", "Disney": a network's name without its "+" is still the network
        f["network"] = 1.0 if is_network_name(name) or is_network_name(name + "+") else 0.0
        f["generic"] = 1.0 if is_generic(name) else 0.0
        f["numeric"] = 1.0 if all(w.isdigit() for w in words) else 0.0
        f["edge_small"] = (
            1.0 if words and (words[-1].lower() in _SMALL or words[0].lower() in ("and", "of", "or")) else 0.0
        )
        if f["in_head"] and verb_at:
            span = key.split()
            hw = hw if hw is not None else [show_key(w) for w in head_words]
            near = 0.0
            for i in range(len(hw) - len(span) + 1):
                if hw[i : i + len(span)] == span:
                    d = min(min(abs(v - i), abs(v - (i + len(span) - 1))) for v in verb_at)
                    near = max(near, 1.0 / d if d else 0.0)
            f["near_verb"] = near
        # not a feature: the text quotes the name ("“Deputy,” Fox's Western procedural, …"), a title even where a
        # sentence starts
        f["text_quoted"] = 1.0 if _quoted_in(name, lead) else 0.0
        f["unconfirmed_head"] = (
            1.0 if f["in_head"] and not f.get("quoted") and cap == 0 and not f["text_quoted"] else 0.0
        )
        f["mixed_head"] = 1.0 if mixed and f["in_head"] else 0.0
        f["head_only_caps"] = 1.0 if mixed and f["in_head"] and cap == 0 and lower > 0 else 0.0
        if pick_key and key != pick_key:
            f["extends_pick"] = 1.0 if f" {pick_key} " in f" {key} " and cap else 0.0
            f["inside_pick"] = 1.0 if f" {key} " in f" {pick_key} " and cap else 0.0
        if f.get("rule_pick"):
            f["rule_unconfirmed"] = f["unconfirmed_head"]
            f["rule_common"] = f["common_single"]
            f["rule_person"] = f["person_shape"]
            f["rule_possessive"] = f["possessive"]
        first_word = name.split()[0] if name.split() else ""
        f["has_network"] = 1.0 if not f["network"] and (find_networks(name) or is_network_name(first_word)) else 0.0
        # not a feature: a person's name in the text ("Keri Russell" for the headline's "Russell")
        f["person_in_text"] = (
            1.0 if f["person_shape"] or _after_first_name(name, lead) or first_of_full_name(name, lead) else 0.0
        )
        f["after_kind"] = 1.0 if _kind_before(name, head, lead) else 0.0
        # not a feature: a sentence-case headline's lowercase kind of show right before the name ("game show Sugar
        # axed") names it a title, however common its word
        at = head.find(name) if mixed else -1
        slot = at > 0 and any(m.end() == at for m in KIND_SLOT.finditer(head, max(0, at - 14), at + 1))
        f["kind_slot"] = 1.0 if slot else 0.0
        out.append(cand)
    return out


def _quoted_in(name: str, lead: str) -> bool:
    """The text quotes the name: “Deputy,” or "Deputy" (plain string search: a pattern per name would be compiled
    for every candidate of every article)."""
    for opening in '"“‘':
        at = lead.find(opening + name)
        while at >= 0:
            after = lead[at + 1 + len(name) : at + 3 + len(name)]
            if after[:1] in _CLOSING or after[:1] in ",." and after[1:2] in _CLOSING:
                return True
            at = lead.find(opening + name, at + 1)
    return False


_CLOSING = ('"', "”", "’")


def person_shape(words: list[str]) -> bool:
    """A person's name by its shape: a first name, then one or two capitalised words that are no number."""
    return (
        2 <= len(words) <= 3
        and is_first_name(words[0])
        and all(w[:1].isupper() for w in words)
        and not any(w.lower() in _SMALL for w in words)
        # "Brooklyn Nine-Nine", "Jessica Jones 2": a number is no surname
        and not any(_NUMBER_WORD.fullmatch(w) for w in words[1:])
    )


_NUMBER_WORD = re.compile(
    r"(?i)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+))?"
)


_ROLE_BEFORE = re.compile(
    r"(?i:actor|actress|star|creator|co-creator|showrunner|director|writer|producer|host|presenter|comedian|singer)"
)


def first_of_full_name(name: str, lead: str) -> bool:
    """A first name alone that the text first writes with a surname ("Enzo" of "lead actor Enzo Villaruel"; not
    "the fourth series of Marguerite, in which … plays Marguerite Le Page")."""
    if " " in name or not is_first_name(name):
        return False
    m = re.search(rf"(?<![\w'’]){re.escape(name)}(?![\w'’])", lead[:3000])
    if m is None or lead[m.end() : m.end() + 1] != " ":
        return False
    nxt = lead[m.end() : m.end() + 40].split()
    return bool(nxt) and person_shape([name, nxt[0].rstrip(",.;:")])


def _after_first_name(name: str, lead: str) -> bool:
    """A name the text writes after a first name, or a two- or three-word name after a role ("Actor Anil Mehra")."""
    named = 2 <= len(name.split()) <= 3 and not name.startswith("The ")
    i = lead.find(name)
    while 0 < i < 3000:
        before = lead[max(0, i - 20) : i].split()
        if before and before[-1][:1].isupper() and is_first_name(before[-1]):
            return True
        if named and before and _ROLE_BEFORE.fullmatch(before[-1]):
            return True
        i = lead.find(name, i + 1)
    return False


def _kind_before(name: str, head: str, lead: str) -> bool:
    for where in (head, lead[:1500]):
        i = where.find(name)
        if i > 0 and _KIND_BEFORE.search(where[max(0, i - 20) : i]):
            return True
    return False


_DATED_TAIL = re.compile(
    r"\s(?:on|in|from|until|this|next)\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def full_span(name: str, lead: str) -> str:
    """The span the text uses around `name`: when most capitalised mentions of "Killing" are part of "The
    Killing", the title is "The Killing"; a name the text uses alone as often stays as it is."""
    low = name.casefold()
    occ = [i for i in _occurrences(low, lead.casefold()) if _capitalised(lead[i : i + len(name)])]
    if not occ:
        return name
    forms = [_extend(lead, i, len(name)) for i in occ]
    whole = max(set(forms), key=lambda f: (forms.count(f), len(f)))
    if forms.count(whole) * 2 <= len(forms) and len(forms) > 1:
        return name  # the text uses the name alone as often: it is the name
    if show_key(whole) == show_key(name) or len(whole.split()) > len(name.split()) + 3 or is_network_name(whole):
        return name
    if whole.endswith(("'s", "’s")) or find_networks(whole) or _DATED_TAIL.search(whole, len(name)):
        return name  # ("Moonlit Pharmacy on March 14": a date after the title, not a longer title)
    at = whole.find(name)
    if at > 0 and re.search(r"\b(?:in|of|for|at|on|with|from|to|as)\s+(?:the\s+)?$", whole[:at]):
        return name  # "Sophie Baek in Bridgerton": who plays whom in the show, not a longer title
    if at > 0 and kind_prefix(whole[:at]):
        return name  # "its new Original Series Rumah Kaca": what the show is, not part of its title
    return whole


# Words that say what a show is, written before its title: "Original Series Rumah Kaca", "new drama X"
_KIND_PREFIX = re.compile(
    r"(?:^|\s)(?i:(?:new|original|series|drama|comedy|show|sitcom|thriller|docuseries|anime|limited)\s+)+$"
)


def kind_prefix(text: str) -> bool:
    """Whether `text` (the words before a title) ends in words that only say what kind of show follows."""
    return _KIND_PREFIX.search(text) is not None


_SEASON_TAIL = case_free(
    re.compile(r"(?:^|\s+)(?:season|series|s)\s*(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)?$", re.I)
)
_KIND_INSIDE = re.compile(
    r"^.*?\b(?:series|show|drama|comedy|sitcom|thriller|docuseries|anime|reboot|spinoff|hit|toon|cartoon)\s+(?=[A-Z0-9])"
)
_EVENT_TAIL = re.compile(
    r"\s*[:–—-]\s*(?:renewed|cancell?ed|canceled|axed|ending|ends|returns|official|confirmed|ordered|picked\s+up)"
    r"(?:\s+.*)?$"
    # "Paper Lanterns Canceled After 2 Seasons": the decision's word after the title, where the text asks about it
    r"|(?<=\S)\s+(?-i:Renewed|Cancell?ed|Axed)$",
    re.I,
)


def tidy_title(name: str) -> str | None:
    """A title without the headline's words around it: "The Society Season 2" → "The Society", "Lena Dunham
    series Girls" → "Girls", "Parenthood: Renewed" → "Parenthood"; nothing left is no title (None)."""
    out = _COMPANY_TAIL.sub("", _EVENT_TAIL.sub("", name)).strip()
    out = _SEASON_TAIL.sub("", out).strip()
    out = TIME_TAIL.sub("", out).strip()  # "Pudding Lane 12 years on": how long ago, not the title
    if out[:1].isupper():  # "Golden Ticket quiz": what the title is, in lower case (case-sensitive: "Big Show" stays)
        out = _LOWER_KIND_TAIL.sub("", out).strip() or out
    m = _KIND_INSIDE.match(out)
    if m and m.group(0).strip() and m.group(0)[:1].isupper() and any(w[:1].islower() for w in m.group(0).split()):
        out = out[m.end() :].strip() or out
    key = show_key(out)
    if not key or key in _NOT_A_TITLE_ALONE or _ORGANISATION.search(out):
        return None
    if len(key.split()) > 1 and all(w in _NEWS_WORDS for w in key.split()):
        return None  # "Final Episode Date", "New Season Premiere": the news's words, not a title
    return out


# A kind of show in lower case after a capitalised title: "ITV brings back Golden Ticket quiz"
_LOWER_KIND_TAIL = re.compile(
    r"(?<=\S)\s+(?:quiz|drama|sitcom|comedy|thriller|soap|series|show|docuseries|anime|revival|reboot)$"
)
# "Fortitude Valley from Moving Floor Entertainment": the company that makes it is no part of the title
_COMPANY_TAIL = re.compile(
    r"\s+(?:from|by|for)\s+(?:[A-Z][\w'’&-]*\s+){0,4}(?:Entertainment|Pictures|Studios?|Productions?|Films|Media|"
    r"Television|Network|Group|Company)$"
)
# An outlet, a company or a venue named by what it is: "The Hollywood Reporter", "Fairfax Media", "Nine-owned"
# (the word alone is a title: "Company", "Press")
_ORGANISATION = re.compile(
    r"(?:(?<=\S)\s+(?:Reporter|Journal|Times|Post|Gazette|Herald|Tribune|Telegraph|Guardian|Media|Studios|Pictures|"
    r"Entertainment|Productions|Group|Networks?|Company|Corporation|Inc|Ltd|Opera\s+House|Theatre|Theater|Stadium|"
    r"Association|Press\s+Tour|Festival|Conference|Convention|Expo|Upfronts?|(?:TV\s+)?Awards)|"
    r"-owned)\.?$"
    # "Today is the Disney": a sentence's opening words, not a name
    r"|^(?:Today|Yesterday|Tomorrow|This|That|There|Here|It|Now|Then)\s+(?:is|was|are|were)\b"
)
_NEWS_WORDS = frozenset(
    "final last new next season series episode episodes date dates premiere finale trailer teaser release return "
    "first look official".split()
)
_NOT_A_TITLE_ALONE = frozenset(
    "season seasons series part episode episodes show shows finale premiere trailer renewal renewals cancellation "
    "cancellations decision decisions "
    # "Ashby Park: CBS Cancels Drama": a kind of show alone names none
    "drama comedy dramedy sitcom thriller spinoff docuseries procedural".split()
)


def is_year_phrase(name: str, head: str) -> bool:
    """ "delayed to 2024", "in 2022": a year the headline dates something with, not a title like "1923"."""
    year = name.strip()
    if re.fullmatch(r"(?:19|20)\d\d\s*[-–/]\s*(?:(?:19|20)?\d\d)", year):
        return True  # "unveils 2025-26 season": a TV season's years
    return bool(re.fullmatch(r"(?:19|20)\d\d", year)) and bool(
        re.search(r"\b(?:to|in|until|till|by|since|from|of|for|into|through)\s+['‘\"“]?" + re.escape(year), head, re.I)
        # "fall 2026 premiere dates", "its 2026-27 schedule": a season of the year, a TV season
        or re.search(
            r"\b(?:fall|spring|summer|winter|autumn|midseason|holiday)\s+"
            + re.escape(year)
            + r"\b|"
            + re.escape(year)
            + r"\s*[-–/]\s*\d\d\b|"
            # "TV Cancellations 2024", "Every TV Show Cancelled in May 2021": a list's or a month's year
            + r"(?:cancell?ations|renewals|premieres|upfronts)\s+"
            + re.escape(year)
            + r"\b|"
            + r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+"
            + re.escape(year)
            + r"\b|"
            # "Seven's 2026 slate", "2026 upfronts": a year's programming
            + re.escape(year)
            + r"\s+(?:slate|line-?up|schedule|programming|upfronts?|tv\s+season|renewals?|cancell?ations?)\b",
            head,
            re.I,
        )
    )
