"""Roundups: one article, several decisions ("NBC renews Manifest, cancels Indebted and Bluff City Law").

A headline that names several shows, counts them ("renews four dramas") or speaks of them in the plural is read
as a roundup. Its decisions come from two places:
- the headline's own clauses: each decision verb governs the titles after it ("renews X, cancels Y and Z") or,
  for a passive or intransitive verb, the title before it ("X and Y have been renewed", "Z will end");
- the first paragraphs, sentence by sentence: each title in a sentence takes the decision stated before it in
  that sentence ("has given the go-ahead to X and Y, and ordered a fifth season of Z").
Listicles of old news are refused before this step (events.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.models import Decision
from bot.understand.callmemo import per_call
from bot.understand.events import _event_in
from bot.understand.matching import show_key
from bot.understand.networks import canonical_network, find_networks
from bot.understand.prefilter import Prefiltered, prefiltered
from bot.understand.refusals import refusal, refusal_span
from bot.understand.roundup_lines import (
    DASH_ITEM,
    DAY_LINE,
    ENTRY_HEADING,
    EPISODE_FORMAT,
    FORMAT_OPENER,
    LABELLED_LINE,
    LIST_LINE,
    heading_event,
    section_heading,
)
from bot.understand.roundup_names import (
    GENRE_WORDS,
    in_quotes,
    is_count_word,
    not_a_decided_title,
    one_title,
    titles_in,
)
from bot.understand.seasons import find_seasons, season_after
from bot.understand.sentences import CLAUSE_BREAK, split_sentences
from bot.understand.shows import KIND_SLOT, MEDIUM_TAIL, OWNER_LEAD, is_generic, quoted_titles
from bot.understand.titles import TextTitle

_PLURAL = prefiltered(
    re.compile(
        r"\b(?:shows|dramas|comedies|sitcoms|pilots|commissions|adaptations|titles|originals|"
        r"programmes|programs|premieres|dates|slate|line-?up|schedule|renewals|cancellations|"
        r"(?:second|third|fourth|fifth|sixth|new)\s+seasons|decisions|verdicts|scorecard|fates|calendar|"
        r"a\s+(?:whole\s+)?(?:bunch|handful|slew|trio|pair|raft)\s+of|&\s+more|and\s+more|plus\s+more)\b",
        re.IGNORECASE,
    )
)
_COUNT = prefiltered(
    re.compile(
        r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|several|multiple|both|"
        r"(?:a\s+)?(?:trio|pair|duo|raft|slew|brace|clutch|handful)\s+of)\s+"
        r"(?:of\s+(?:its|their|the)\s+)?(?:[\w'’+-]+\s+){0,3}?(?:new\s+)?(?:shows|series|dramas|comedies|sitcoms|pilots|commissions|"
        r"adaptations|titles|originals|programmes|orders|pickups|renewals|sequels|anime)\b(?!\s+(?:of|after|on|at|for)\b|\s+in\s+(?:the|its|their)\b)",
        re.IGNORECASE,
    )
)
# Decision verbs of a headline: active ones take the titles after them, passive ones the title before them
_ACTIVE = (
    r"renews?|cancels?|axes|(?<!series\s)(?<!pilot\s)orders?|picks\s+up|greenlights?|scraps?|commissions?|"
    # ("drops" before a title: "CBC drops Hinterland Road"; a release's "Teaser Drops Ahead …" is told by its clause)
    r"(?:drops|ditches|sinks)(?=\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}['\"‘“]|\s+(?!(?:Ahead|After|Before|Today|Tonight|Online|On|In|At|This|Next|"
    r"Early|Later?|Soon|Now|New)\b)(?-i:[A-Z]))|pulls\s+the\s+plug\s+on|"
    # "… three new series and a farewell to The Kettle Creek Crew"
    r"(?:a\s+|bids\s+)?farewell\s+to|says\s+goodbye\s+to|"
    r"recommissions?|saves?|revives?|(?:sets|reveals|announces|unveils|confirms)\s+(?:\w+\s+){0,2}?(?:premiere|return|launch|release)\s+dates?\s+"
    r"for|dates|ends|sets\s+(?:a\s+)?final\s+season\s+(?:for|of)|"
    # "Cancels X, Keeps Y and Z", "as Stan brings back Y": kept shows are renewed
    # ("Peacock wants more Sunny Side Up")
    r"(?P<kept>keeps|renewals\s+(?:for|of)|brings\s+back|bringing\s+back|wants\s+more)|"
    # "adds northern drama 'Tamarack' to 2025-26 lineup": a new show on the schedule
    r"adds(?=\s[^.;]{1,80}?\bto\s+(?:its\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:line-?up|schedule|slate)\b)"
)
_PASSIVE = (
    # ("'Station 19' stays cancelled" is a state, not a decision)
    # (nor a backdrop: "revives 'X' five years after it was cancelled", "… after being axed")
    r"(?<!stays\s)(?<!remains\s)(?<!still\s)(?<!\bit\s)(?<!being\s)(?<!\bit\swas\s)(?<!they\swere\s)(?:(?:has|have|is|are|was|were)\s+(?:been\s+)?)?"
    r"(?:renewed|cancell?ed|canceled|axed|ordered|scrapped|"
    # ("new comedy Queen of the Coulee greenlit", "X picked up")
    r"saved|recommissioned|commissioned|dropped|greenlit|green-lit|greenlighted|picked\s+up)|"
    r"(?:will|to|set\s+to)\s+(?:end|conclude|wrap)|ending|"
    # "Three quick ones: Kiln is done, Nachtzug gets a date, …"
    r"is\s+done(?=\s*$|\s*[,;])|(?:gets?|has)\s+a\s+(?:premiere\s+|release\s+|return\s+)?date|"
    # "'Harbor Lights,' 'Sixth Ward' Go to Series"
    r"(?:go|goes|went)\s+to\s+series|"
    # "… but Night Parrot won't return", "Y gets the chop"
    r"won'?t\s+(?:return|be\s+back|be\s+returning)|will\s+not\s+(?:return|be\s+back)|gets?\s+the\s+(?:axe|chop|boot)|"
    r"(?:gets?|scores?|earns?|nabs?|bags?)\s+(?:a\s+)?"
    r"(?:\w+\s+)?(?:seasons?|series)|gets?\s+(?:a\s+|an\s+)?(?:tv\s+)?anime|"
    # "X Final Season Set for 2026", "Y's Last Season Confirmed"
    r"(?:final|last)\s+season\s+(?:is\s+)?(?:officially\s+)?(?:set|confirmed|announced|dated)|"
    # "Moonlit Forge Season 2 Confirmed", "Mecha Gardener Mirai and Salaryman Dragon Sequels Announced"
    r"(?:season|series|part)\s+\d{1,2}\s+(?:is\s+)?(?:officially\s+)?confirmed|"
    r"sequels\s+(?:officially\s+)?(?:announced|confirmed|revealed)|"
    # "…; 'Tracker', 'Fire Country' return": the shows before a closing "return" come back
    # ("Cradle Hill and The Tollkeeper return as ITV axes …": a new clause follows)
    # (a plural subject: "X returns as Amma" is a part played)
    r"(?P<back>lives?\s+on(?=\s*$|\s*[,;:])|returns?\s+for|(?:returns?|are\s+returning|will\s+return|come\s+back|(?:are|is)\s+back)(?=\s*$|\s*[,;:]|\s[–—]\s)|"
    r"(?:return|are\s+back)(?=\s+(?:as|while|but)\s)|"
    # "Coral Coast commissioned, Homestead Wars back, …": a title's bare "back" closing its clause
    # (not "are coming back," or "brings it back,": the verb's own words)
    r"(?<=(?-i:[a-z0-9’'])\s)(?<!coming\s)(?<!come\s)(?<!comes\s)(?<!came\s)(?<!is\s)(?<!are\s)(?<!was\s)"
    r"(?<!be\s)(?<!it\s)(?<!them\s)(?<!brings\s)(?<!bring\s)(?<!brought\s)(?<!bringing\s)back(?=\s*[,;]|\s*$)|"
    # "Fox slate: 'Lone Creek' Back for Season 4, …"
    r"back\s+for\s+(?:(?:a\s+|its\s+)?(?:\w+\s+)?(?:season|series)(?:\s+\d+)?|(?:19|20)\d\d))|"
    # "…; Sunday Night Stakes folds"
    r"folds(?=\s*$|\s*[,;!]|\s+after\b)|"
    # "'Kingsbridge Medical' and 'Rosie's Law' join the lineup": new shows on the schedule
    r"(?P<joined>joins?\s+(?:the|its|their)\s+(?:\w+\s+)?(?:line-?up|schedule|slate))"
)
_VERB = prefiltered(re.compile(rf"\b(?:(?P<a>{_ACTIVE})|(?P<p>{_PASSIVE}))\b", re.IGNORECASE))
# (a contrast always opens a clause of its own: "axes the quiet hours but copperfield road … are coming back")
_SUBORDINATE = re.compile(r"\s+(?:as|while|whereas)\s+(?=[‘'\"“])|,?\s+[–—-]?\s*but\s+", re.IGNORECASE)
_ASIDE = re.compile(r"[\"”’']?\s*\([^()]{1,60}\)")
_NOT_BEFORE = re.compile(r"\s+not\s*$", re.IGNORECASE)
_ITEM_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\bplus\b)\s*", re.IGNORECASE)
_ITEM_LEAD = re.compile(
    r"^(?:(?:a|an|the|its)\s+)?(?:\w+\s+){0,2}?(?:season|series|installment)\s+(?:\d+\s+)?(?:of|for|to)\s+",
    re.IGNORECASE,
)
# a lowercase description before the title it names: "orders new comedy Snowbirds", "a British drama Pell"
_DESCRIBED_LEAD = re.compile(rf"^(?:(?:a|an|the|its|their)\s+)?(?:[a-z][\w-]*\s+){{0,2}}?{KIND_SLOT.pattern}")
_DESCRIBED_LEAD_CAPS = re.compile(
    # (not a count: "Picks Up Three Comedy Pilots to Series")
    r"^(?:New\s+)?(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|More|Its|Their)\s)"
    r"(?:[A-Z][\w-]*\s+){1,2}?(?:Drama|Comedy|Thriller|Sitcom|Docuseries|Dramedy|Procedural|Anime)\s+"
    r"(?=[A-Z0-9‘“'\"])"
)
_ITEM_TAIL = re.compile(
    r"\s+(?:for|after|at|on|with|by|to|through|ahead|amid|in|as|among|are|is|were|have|has|"
    r"gets?|will|won'?t|but|yet|while|though|although|whereas)\b.*$|\s+(?:season|series|s)\s*\d.*$|\s+not$|"
    r"\s+(?:this|last)\s+(?:week|month|year|weekend)$|\s+(?:today|yesterday)$",
    re.IGNORECASE,
)
_ITEM_HEAD = re.compile(r"^(?:(?:[A-Z][\w+&]*(?:\s+[A-Z][\w+&]*)?)(?:'s|’s)\s+)", re.UNICODE)
_DECIDED = {"renewed", "cancelled", "ending", "ordered", "premiere"}
_DIGEST_KINDS = {"trailer", "casting", "production"}
# A cheap look before the full rules: a sentence without one of these words reports no decision
_DECISION_HINT = prefiltered(
    re.compile(
        r"renew|cancel|axe|order|commission|premiere|return|pick|green|scrap|final|last|end|"
        r"conclude|date|go-ahead|saved|revive|pass|dead|parted|plug|boot|chop|finished|over|done|season|series",
        re.IGNORECASE,
    )
)


_LIST = re.compile(r"[A-Z‘“'\"][^,;]{0,60},\s+[A-Z‘“'\"][^,;]{0,60}?\s+(?:and|&)\s+[A-Z‘“'\"]")


# Two kinds of show joined: "orders a Princess Pictures comedy and a Moving Floor crime thriller"
_TWO_KINDS = re.compile(
    r"\b(?:comedy|drama|thriller|series|sitcom|docuseries|miniseries|reboot|spinoff|spin-off)\b[^.;:]{0,40}?"
    r"\b(?:and|&)\b[^.;:]{0,40}?\b(?:comedy|drama|thriller|series|sitcom|docuseries|miniseries|reboot|spinoff|spin-off)\b",
    re.IGNORECASE,
)


def is_roundup(head: str, shows: list[str]) -> bool:
    return len(shows) >= 2 or _lists_shows(head)


@per_call  # (asked again of the same headline later in the analysis)
def _lists_shows(head: str) -> bool:
    unquoted = head
    for q, _d in quoted_titles(head):  # "Renews 'Love, Death & Robots'" is one title, not a list
        unquoted = unquoted.replace(q, "Show")
    return (
        bool(_PLURAL.search(head))
        or bool(_COUNT.search(head))
        or len(_VERB.findall(head)) >= 2
        or bool(_LIST.search(unquoted))
        or bool(_TWO_KINDS.search(unquoted))
        or bool(_ELLIPTICAL.search(unquoted))
    )


# "renews Tulsa King for season 3; Landman for season 2": a second title takes the first one's verb
_ELLIPTICAL = re.compile(
    r"\bfor\s+(?:a\s+)?(?:season|series|s)\s*\d{1,2}\s*[;,]\s+(?:and\s+)?[A-Z‘“'\"][^,;]{1,40}?\s+for\s+(?:a\s+)?"
    r"(?:season|series|s)\s*\d",
    re.IGNORECASE,
)


def _split_items(segment: str, text: str) -> list[str]:
    pieces = _ITEM_SPLIT.split(segment)
    out: list[str] = []
    for piece in pieces:
        if out and one_title(out[-1].strip().split(" ")[-1], piece.strip().split(" ")[0], text):
            # (joined as the article writes it: "Pip & Dot")
            joiner = "&" if f"{out[-1].strip()} & {piece.strip()}" in text else "and"
            out[-1] = f"{out[-1].rstrip()} {joiner} {piece.strip()}"
        else:
            out.append(piece)
    return out


# "renews three series: Slow Horses, Bad Monkey and Shrinking": a count before a colon introduces the list
_COUNTED_LEAD = re.compile(
    r"^\s*(?:(?:its|their|the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?(?:shows|series|dramas|comedies|sitcoms|titles|"
    r"originals|programmes|programs)\s*:\s*",
    re.IGNORECASE,
)


def _items(segment: str, quoted: set[str], text: str = "") -> list[str]:
    segment = _COUNTED_LEAD.sub("", segment, count=1)
    quotes = quoted_titles(segment)
    if quotes:  # quoted titles are the items: "'Sons', 'Sunny', 'Archer' & More"
        # ("axes 'Rivals' spin-off plans": a work derived from the show is decided, not the show)
        return [q for q, derived in quotes if not derived and not is_generic(q)]
    out = []
    for raw in _split_items(segment, text) if text else _ITEM_SPLIT.split(segment):
        item = _ITEM_TAIL.sub("", _ITEM_LEAD.sub("", raw.strip())).strip(" .:!?'\"‘’“”")
        item = _DESCRIBED_LEAD.sub("", item, count=1)  # "new comedy Snowbirds": the title the kind names
        item = _DESCRIBED_LEAD_CAPS.sub("", item, count=1)  # "Orders Medical Drama Coldwater": the same in Title Case
        item = MEDIUM_TAIL.sub("", item)  # "Iron Lotus Manga Gets TV Anime": the manga's title
        first = item.split(" ", 1)
        if len(first) == 2 and canonical_network(first[0]):
            item = first[1]  # "Netflix just", "HBO Max's …" lose their network
        if canonical_network(item.split("'")[0].split("’")[0]):
            item = _ITEM_HEAD.sub("", raw.strip()).strip(" .:!?'\"‘’“”")  # "MTV's Teen Wolf" → "Teen Wolf"
            item = _ITEM_TAIL.sub("", item)
        if not item or canonical_network(item) or is_generic(item) or _MORE.fullmatch(item) or OWNER_LEAD.match(item):
            continue  # (and "Keeps Its Milwaukee Cops": a show described, not named)
        if item in GENRE_WORDS:  # "renews Western and fantasy hits": a kind of show, not its title
            continue
        if not (item[:1].isupper() or item[:1].isdigit() or show_key(item) in quoted):
            continue
        if len(item.split()) > 6:
            continue
        out.extend(_run_of_titles(item, text))
    return out


# "& More", "axes three others", "two more": the rest of a list, unnamed
_MORE = re.compile(r"(?:(?:one|two|three|four|five|six|\d+)\s+)?(?:more|others)(?:\s+shows|\s+series)?", re.IGNORECASE)


def _run_of_titles(item: str, text: str) -> list[str]:
    """ "Scrublands Bump Black Snow" from a lowercase headline that lists without commas: the titles the text
    spells out one by one, when the text never writes the run itself."""
    words = item.split()
    text = text.split("\n", 1)[1] if "\n" in text else text  # the article, not the headline it comes with
    if len(words) < 2 or not text or item in text:
        return [item]
    parts: list[str] = []
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            piece = " ".join(words[i:j])
            if re.search(r"(?<![\w'’])" + re.escape(piece) + r"(?![\w'’])", text):
                parts.append(piece)
                i = j
                break
        else:
            return [item]  # a word the text never capitalises this way: keep the item as the headline has it
    return parts if len(parts) > 1 else [item]


_RELEASED = re.compile(
    r"(?i)\b(?:trailer|teaser|first\s+look|clip|poster|date|episodes?|season\s+\d+\s+on|on\s+\w+day)\b"
)


# (after a word of three lowercase letters or more: not "Mr.", "St.", "vs.")
_SENTENCE_STOP = re.compile(r"(?<=[a-z]{3})\.(?=\s+[A-Z])")
_LABEL_FIRST = re.compile(
    r"(?i:\b(?P<l>renewed|cancell?ed|canceled|axed|ordered|ending|returning))\s*:\s*(?P<t>[^.;:]+?)(?=\s*[.;|]|\s*$)"
)


def headline_decisions(
    head: str, network: str | None, refine: Callable[[str], str], text: str = "", main_event: str | None = None
) -> list[Decision]:
    """Decisions named by the headline's clauses, in order (`text`, when given, keeps "Rise and Fall" whole; shows
    that "return" in an article about premieres return on a date, else they are renewed)."""
    if len(_LABEL_FIRST.findall(head)) >= 2:
        # "Renewed: Kitchen Kings. Cancelled: Hot Property.": each label's titles, told the way clauses tell them
        head = _LABEL_FIRST.sub(lambda m: f"{m['t']} {m['l'].lower()}", head)
    # ("ABC renews Saltbush Road, The Quarry Club. Mercy Creek won't return": a full stop ends a clause's list)
    head = _SENTENCE_STOP.sub(";", head)
    page = text and f"{head}\n{text}"  # (where _items looks a name up; none without the text)
    quoted = {show_key(q) for q, _d in quoted_titles(head)}
    verbs = list(_VERB.finditer(head))
    if not verbs:
        return []
    out: list[Decision] = []
    for i, v in enumerate(verbs):
        nxt = verbs[i + 1] if i + 1 < len(verbs) else None
        after = head[v.end() : nxt.start() if nxt else len(head)]
        before = head[verbs[i - 1].end() if i else 0 : v.start()]
        own_words = after
        if v.group("p"):
            # a passive verb's clause ends at the comma before the next title's news ("Season 2 Confirmed, Blade of
            # the Ninth Moon Final Season Set for 2026")
            own_words = _NEXT_CLAUSE.split(after, 1)[0]
        clause = _BACKDROP.split((v.group() + own_words).replace("’", "'"), 1)[0]
        later = any(m.season > 1 for m in find_seasons(clause) if not m.background)
        # what the clause's own words do not decide, its verb does: kept shows are renewed, shows that return
        # are renewed, or premiere in an article about premieres
        back = "premiere" if main_event == "premiere" else "renewed"
        event = "ordered" if v.group("joined") else _event_in(clause, later)
        event = event or ("renewed" if v.group("kept") else back if v.group("back") else None)
        if event is None and v.group("p"):
            # ("…, The Paddock dropped": a bare "dropped" is a decision after its title's last word)
            event = _event_in(f"{before.rstrip().rsplit(' ', 1)[-1]} {clause}", later)
        if v.group().lower() in ("drops", "ditches", "sinks"):  # (only before a title)
            # "ITV Renews 'X', Channel 4 Drops 'Y'": a slate's dropped show, but not a release ("Season 2 Teaser
            # Drops Ahead of …")
            released = _RELEASED.search(clause) or _RELEASED.search(before)
            event = None if released else event or "cancelled"
        denied = _NOT_BEFORE.search(before)
        if denied and event == "renewed":
            event, before = "cancelled", before[: denied.start()]  # "'Foxglove' not renewed": a cancellation
        if event not in _DECIDED:
            continue
        if v.group("a"):
            # "renews 'Ward 9' for season 4 — and 'Tin Star' stays cancelled": a dash closes the verb's list
            dashed = _DASH_BREAK.split(after, 1)
            # ("'Tahanan' gets second season as 'Bituin ng Maynila' wraps up": a subordinate clause's subject)
            after = _SUBORDINATE.split(dashed[0], 1)[0]
            if nxt is not None and nxt.group("p") and ";" in after:
                # "cancels X after eight seasons; Y, Z return": the semicolon ends this verb's list
                names = _items(after.split(";")[0], quoted, page)
            else:
                names = _items(after, quoted, page)
                # (unless a dash closed the list: "renews A, B and C — D Gets the Axe")
                if nxt is not None and nxt.group("p") and names and not _NEW_SUBJECT.search(after) and len(dashed) < 2:
                    names = names[:-1]  # "…, MTV's Teen Wolf Will End": the last one is the next verb's subject
        elif v.group("p") and (decider := _DECIDER_BEFORE.search(before)) and canonical_network(decider.group("n")):
            # "Netflix Just Cancelled X, Y and Z": a network and an adverb before a past tense make it active
            names = _items(_SUBORDINATE.split(_DASH_BREAK.split(after, 1)[0], 1)[0], quoted, page)
        elif i and ";" in before:
            names = _items(before.split(";")[-1], quoted, page)  # every subject after it
        elif ":" in before and _KICKER.search(before.rsplit(":", 1)[0]):
            # "Apple TV+ unveils fall slate: X, Y and Z return": the list after the kicker's colon (after a dash
            # or a "but" in it: "Fox Renewals: X Scores Season 2, Y Returns — But Z Is Cancelled")
            listed = _DASH_BREAK.split(before.rsplit(":", 1)[1])[-1]
            subject = _last_new_subject(listed)
            names = _items(_own_list(listed[subject.end() :] if subject else listed), quoted, page)
        else:
            before = _DASH_BREAK.split(before)[-1]  # ("… and The Pit Kids — Delphi Gets the Axe": after the dash)
            kicker, colon, rest = before.rpartition(":")
            if colon and (find_networks(kicker) or _YEAR_KICKER.search(kicker)):
                before = rest  # "Viaplay cuts back: Skärgård axed, …": the network's kicker is no subject
            subject = _last_new_subject(before)
            # ("recommissions X for series 3 as two dramas are axed": the subject follows "as")
            subjects = _own_list(before[subject.end() :] if subject else before)
            names = _items(subjects, quoted, page)
            if i:  # only the subject right before a later passive verb
                names = names[-1:]
        # "renews X and Y for second seasons": the clause's season is each one's
        season = _first_season(clause)
        several = len({m.season for m in find_seasons(clause) if not m.background}) > 1
        for name in names:
            if is_count_word(name):
                continue  # "nbc renews four dramas, cancels one"
            # "renews Tulsa King for season 3; Landman for season 2": each name's own season where they differ
            at = clause.find(name.replace("’", "'"))
            own = season_after(clause, at + len(name), 25) if several and at >= 0 else None
            if event == "renewed" and _NEW_KIND_BEFORE.search(clause[: max(at, 0)]) and at > 0:
                # "orders second series of X and new comedy Y": Y is a new series ordered
                out.append(Decision("ordered", refine(name), None, network))
                continue
            out.append(Decision(event, refine(name), own if own is not None else season, network))
    return out


def _first_season(text: str) -> int | None:
    """The first season the text names as news (no background mention: "after two seasons on CBS")."""
    return next((m.season for m in find_seasons(text) if not m.background), None)


def _last_new_subject(text: str) -> re.Match[str] | None:
    """The last conjunction that opens a clause of its own ("announces X as Y is …": the subject follows "as")."""
    return next(reversed([*_NEW_SUBJECT.finditer(text)]), None)


def _season_under(sentences: list[str], idx: int) -> int | None:
    """The season the sentence after a list's label line gives (None when that sentence is the next line)."""
    if idx + 1 >= len(sentences) or DASH_ITEM.match(sentences[idx + 1]) or LABELLED_LINE.match(sentences[idx + 1]):
        return None
    return _first_season(sentences[idx + 1])


def counted_before(head: str, name: str) -> bool:
    """Whether the headline counts shows before it names `name` ("renews three Brazilian originals, axes 'X'")."""
    at = head.replace("’", "'").find(name.replace("’", "'"))
    return at > 0 and _COUNT.search(head, 0, at) is not None


def _own_list(listed: str) -> str:
    """The comma items right before a verb that are only quoted titles: "'A' and 'B' Join Lineup, 'C' Returns"
    gives 'C' (an item with words of its own after its quotes is a clause of its own)."""
    parts = listed.split(",")
    if not _QUOTE_SPAN.search(listed):
        return listed
    kept: list[str] = []
    for part in reversed(parts):
        rest = _QUOTE_SPAN.sub(" ", part)
        if re.search(r"[^\W\d_]", re.sub(r"(?i)\b(?:and|&)\b", " ", rest)):
            break
        kept.insert(0, part)
    return ",".join(kept) if kept else listed


# "revives 'X' five years after it was cancelled": what happened before is no decision of the clause
_BACKDROP = re.compile(
    r"\s+(?:\S+\s+){0,2}?(?:years?|months?|decades?)\s+(?:after|since)\b|\s+after\s+(?:it|they)\s+(?:was|were)\b|"
    r"\s+after\s+being\b",
    re.IGNORECASE,
)
_QUOTE_SPAN = re.compile(r"[‘'\"“][^‘’'\"“”]{1,60}[’'\"”]")
_DASH_BREAK = re.compile(r"\s[—–-]\s")
_DATED_PREMIERE = re.compile(
    r"\b(?:will|to|set\s+to)\s+(?:premiere|debut|launch)\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
)
# A clause of its own before a passive verb: its subject follows the conjunction
# ("Mara Okafor confirms Glasshouse will end": what the person confirms is the clause)
_NEW_SUBJECT = re.compile(
    r"(?:^|\s)(?:as|while|but|whereas|though|although|confirms|confirmed|says|said|reveals|announces)\s+(?:that\s+)?"
    r"(?=[^,;]*$)",
    re.IGNORECASE,
)
_KICKER = re.compile(
    r"\b(?:unveils?|sets?|reveals?|announces?|confirms?|dates?|schedules?|slate|line-?up|this\s+week|cancell?ations|"
    r"renewals|round-?up|tracker|upfronts?)\b",
    re.I,
)
_NEW_KIND_BEFORE = re.compile(
    r"\bnew\s+(?:[\w-]+\s+)?(?:comedy|drama|series|thriller|sitcom|show|docuseries)\s+[\"“‘']?$", re.IGNORECASE
)


def find_decisions(
    head: str,
    text: str,
    titles: list[TextTitle],
    main_event: str,
    network: str | None,
    refine: Callable[[str], str] = lambda n: n,
    max_sentences: int = 16,
    cue: Prefiltered | None = None,
    every_kind: bool = False,
) -> list[Decision]:
    """Decisions of a roundup: the headline's clauses first, then the first paragraphs'; one per title. With `cue`
    (an article about one show): only the sentences the cue marks as adding a decision, and not the headline's.
    `every_kind`: a news digest, whose items are trailers, castings and shoots as well as decisions."""
    kinds = _DECIDED | _DIGEST_KINDS if every_kind else _DECIDED
    weights = {show_key(t.name): t.weight for t in titles}
    page = f"{head}\n{text}"  # (where titles_in looks a name up)
    out: list[Decision] = []
    seen: set[str] = set()
    # companies the text says make a show (" firecrest productions "): named again, they are still no decision
    makers = {f" {show_key(m['m'])} " for m in _MAKER_NAMED.finditer(text)}
    for d in headline_decisions(head, network, refine, text, main_event) if cue is None else []:
        k = show_key(d.show or "")
        if k and k not in seen:
            seen.add(k)
            out.append(d)
    listed: tuple[str, int] | None = None  # (decision, sentences left) after "gave orders to four new series"
    lines: str | None = None  # the decision a lead-in ending with a colon announces for the lines after it
    refused_before = False  # the sentence before cancelled a show ("Neither will …" may follow)
    slate = 0  # sentences left after "TVING also unveiled new originals": the new shows they introduce are orders
    new_said = main_event == "ordered"  # the article announces new shows (its lines describing one are orders)
    sentences = split_sentences(text)[:max_sentences]
    for idx, sentence in enumerate(sentences):
        cells = sentence.split(" | ")
        if len(cells) >= 3 and sum(heading_event(c.rsplit(":", 1)[-1].strip()) is not None for c in cells) >= 2:
            continue  # "Jump to: Renewed | Canceled | Ending | Awaiting a decision": a page's menu, not a table's row
        # (in one show's article too, when the cue marks the paragraph: "The company also presented new productions")
        # (and "Joining the lineup are …" wherever it stands)
        presented = _NEW_SLATE.search(sentence)
        opens_slate = presented and (cue is None or cue.search(sentence) or presented.group("opening"))
        slate = 4 if opens_slate else max(slate - 1, 0)
        new_said = new_said or bool(opens_slate)
        if slate:
            # (up to a turn to other news: "New to the schedule is 'Tall Pines,' …, while 'Home Turf' returns")
            turn = _CLAUSE_TURN.search(sentence)
            introduced = titles_in(sentence, weights, page)
            # (past the turn only a title the sentence describes: "…, while 'The 7th Floor Rule' is a mystery")
            introduced = [
                (n, at)
                for n, at in introduced
                if not turn or at < turn.start() or _DESCRIBED.match(sentence, at + len(n))
            ]
            if _event_in(_mask(sentence.replace("’", "'"), introduced), False) not in (None, "ordered", "casting"):
                # "First up is 'Seoul Night Court,' … The drama will premiere on January 12": its own news
                introduced = []
            for name, start in introduced:
                k = show_key(name)
                if _unseen(k, seen) and introduced_at(sentence, name, start) and not is_generic(name):
                    seen.add(k)
                    out.append(Decision("ordered", refine(name), None, network))
        heading = section_heading(sentence) if cue is None else None
        if heading is not None:
            # "RENEWED" over "Hale County General (season 6)" lines, until the next heading ("PREVIOUSLY ANNOUNCED"
            # ends them)
            lines = heading_event(heading)
            continue
        labelled = LABELLED_LINE.match(sentence) if cue is None else None
        if labelled and (said_event := heading_event(labelled.group("h"))) in kinds:
            k = show_key(labelled.group("t"))
            if k and k not in seen and not is_generic(labelled.group("t")):
                seen.add(k)
                said = _first_season(labelled.group("b") or "")
                if said is None:
                    said = _season_under(sentences, idx)  # "Coming back: Kauri Point" over "… a second season."
                out.append(Decision(said_event, refine(labelled.group("t").strip()), said, network))
                continue
        dash = DASH_ITEM.match(sentence) if cue is None else None
        if dash and dash.group("b") and _WIRE.fullmatch(dash.group("b")):
            dash = None  # "LOS ANGELES (AP) — NBC is bringing back …": a wire story's dateline, not a list's line
        if dash and (dash.group("b") or ", " not in dash.group("t")) and not is_generic(dash.group("t")):
            # "• Copper Street (ABC) — RENEWED for season 6.": the line's own decision after the dash
            rest = dash.group("r").replace("’", "'")
            found = _event_in(rest, False)
            label_only = len(rest.split()) <= 2
            if found is None and label_only:
                found = heading_event(rest)  # "• THE LANTERN ROOM (AMC) – Ending. AMC confirmed …": a label
            if found is None and new_said and _NEW_DESCRIPTION.match(rest):
                found = "ordered"  # "Saltbush – A six-part outback thriller from …" under "greenlit four new …"
            k = show_key(dash.group("t"))
            if found in kinds and k and k not in seen and refusal(rest) not in ("negation", "speculation"):
                seen.add(k)
                said = _first_season(rest)
                if said is None and label_only:
                    # "Kwa-Mashu Blues (Showmax) — RENEWED. The jazz-club drama is coming back for season 2."
                    said = _season_under(sentences, idx)
                out.append(Decision(found, refine(dash.group("t").strip()), said, network))
                continue
        if lines and cue is None and DAY_LINE.match(sentence):
            continue  # "MONDAY, SEPT. 22" inside a premiere schedule: the lines under it are the schedule's too
        item = LIST_LINE.match(sentence) if lines and cue is None else None
        if item and _CREDIT_LINE.match(sentence):
            continue  # "Produced by Boreal Lights Media.": a credit inside a line's description, and the list goes on
        if item and ", " in item.group("t") and not item.group("b"):
            item = None  # "Sadly, Kasi Kings won't be back.": a sentence under the heading, not a list line
        if item and lines:
            # "The following shows will return next season:" then "Abbott Elementary (season 5)", one per line
            k = show_key(item.group("t"))
            said = _first_season(sentence)
            at = next((i for i, d in enumerate(out) if show_key(d.show or "") == k and d.season is None), None)
            if at is not None and said is not None:
                out[at] = replace(out[at], season=said)  # named by the headline already: its line gives the season
            elif k and k not in seen and not is_generic(item.group("t")) and not any(short_for(k, o) for o in seen):
                seen.add(k)
                out.append(Decision(lines, refine(item.group("t")), said, network))
            continue
        lines = None
        entry = ENTRY_HEADING.match(sentence) if cue is None and idx + 1 < len(sentences) else None
        if entry:
            # "April 24 — Quiet Hours (CBS)" over "CBS pulled the plug on its freshman hospice drama …": the
            # paragraph under an entry's heading decides its title
            under = sentences[idx + 1].replace("’", "'")
            found = _event_in(under, False)
            k = show_key(entry.group("t"))
            # (whatever the paragraph's verbs: "From Wildhare Productions, the series joins a family-run practice")
            if found not in _DECIDED and main_event == "ordered" and EPISODE_FORMAT.search(entry.group("b")):
                found = "ordered"  # "Pell (4x60’)" in a commissions release: each new show's heading and length
            if found in _DECIDED and refusal(under) not in ("negation", "speculation") and k and k not in seen:
                seen.add(k)
                said = _first_season(under)
                out.append(Decision(found, refine(entry.group("t").strip()), said, network))
                continue
        opened = FORMAT_OPENER.match(sentence) if cue is None and main_event == "ordered" else None
        if opened and _unseen(show_key(opened.group("t")), seen) and not is_generic(opened.group("t")):
            # "Big Shop (6x30') is a workplace comedy …" in a commissions release: one of the new shows
            seen.add(show_key(opened.group("t")))
            out.append(Decision("ordered", refine(opened.group("t").strip()), None, network))
            continue
        if sentence.rstrip().endswith(":") and cue is None:
            found = _event_in(sentence.replace("’", "'"), False)
            # (premieres only in an article about premieres: "Here is NBC's fall premiere schedule:")
            lines = found if found in _DECIDED and (found != "premiere" or main_event == "premiere") else None
            if lines is None and _FOLLOWING.search(sentence):
                lines = main_event if main_event in _DECIDED else None
            if lines is None and (opens_slate or len(sentence.split()) <= 8 and _NEW_KIND_LEAD.search(sentence)):
                lines = "ordered"  # "The network also unveiled three new teleseryes:", "New series include:"
            if lines is None and len(sentence.split()) <= 3 and _KIND_NOUN.search(sentence):
                # "Returning series:" over the lines it heads (not "New this week:" over a table)
                lines = heading_event(sentence.rstrip()[:-1])
        opener = _QUOTED_OPENER.match(sentence)
        if listed and opener and _event_in(sentence[opener.end() :], False) not in _DECIDED:
            # "“Smash” is the Broadway-set drama …": one of the shows the counted decision announced
            k = show_key(opener.group("t"))
            if k and k not in seen and not is_generic(opener.group("t")):
                seen.add(k)
                out.append(Decision(listed[0], opener.group("t"), None, network))
        enumerated = listed[0] if listed and _ENUMERATION.match(sentence) else None
        listed = (listed[0], listed[1] - 1) if listed and listed[1] > 1 else None
        ditto = cue is None and refused_before and _NEITHER.match(sentence)
        refused_before = False
        if ditto:
            # "X will not come back after one season. Neither will Y, the bar comedy …": the same refusal, for the
            # title the sentence opens with
            first = [(n, at) for n, at in titles_in(sentence, weights, page) if at >= ditto.end()][:1]
            if first and first[0][1] <= ditto.end() + 4 and _unseen(show_key(first[0][0]), seen):
                seen.add(show_key(first[0][0]))
                out.append(Decision("cancelled", refine(first[0][0]), None, network))
            continue
        if not enumerated and not _DECISION_HINT.search(sentence) or cue is not None and not cue.search(sentence):
            continue
        plain = sentence.replace("’", "'")
        names = titles_in(sentence, weights, page)
        if enumerated:
            # "They are Run the Burbs, Son of a Critch and Strays.": the shows the counted decision announced
            for name, _start in names:
                k = show_key(name)
                if _unseen(k, seen):
                    seen.add(k)
                    out.append(Decision(enumerated, name, None, network))
            continue
        masked = plain
        for name, _start in names:
            masked = masked.replace(name, "Show")
        event = _event_in(masked, False)
        if idx and event in kinds and cue is None and _BOTH.match(sentence) and all(at == 0 for _n, at in names):
            # "… 'The Keller Files', a legal thriller, and 'Sweetwater'. Both received series orders on Friday."
            before = sentences[idx - 1].replace("’", "'")
            for name, at in titles_in(sentences[idx - 1], weights, page):
                if not_a_decided_title(before, name, at, before[:at]):
                    continue
                k = show_key(name)
                if _unseen(k, seen):
                    seen.add(k)
                    out.append(Decision(event, refine(name), None, network))
            continue
        refused_before = event == "cancelled"
        if event not in kinds or (
            event == "premiere" and main_event != "premiere" and not _DATED_PREMIERE.search(masked) and not every_kind
        ):
            continue  # ("will premiere on Sunday 7 June" in a renewals story is a premiere of its own)
        if _COUNT.search(sentence) and event == main_event:
            listed = (event, 6)
        if refusal(sentence) in ("negation", "speculation") and not _refused_later(plain, names):
            continue
        mentions = [m for m in find_seasons(sentence) if not m.background]
        season = mentions[0].season if len(names) == 1 and mentions else None
        last, current, person = 0, event, False
        colon = plain.find(": ")
        # "Animation Domination gets a new addition too: Fox ordered 'Pine Hollow'": a kicker before the colon
        kicker = (
            colon
            if colon > 0
            and any(at > colon for _n, at in names)
            and _event_in(_mask(plain[:colon], names), False) not in _DECIDED
            else -1
        )
        described = False  # inside the description that follows a title ("X, the drama from playwright Y, …")
        for name, start in names:
            if start < kicker:
                continue
            # each title takes the decision stated before it in the sentence, else the one before that
            between = plain[last:start]
            opened = _APPOSITIVE.match(between) if last else None
            described = not _DESCRIPTION_END.search(between, opened.end() if opened else 0) and bool(
                opened or described
            )
            clauses = list(CLAUSE_BREAK.finditer(between))
            # "… renewed for a third season, while freshman drama Brightwater will not return": a new clause
            found = _event_in(_mask(between[clauses[-1].end() :] if clauses else between, names), False)
            if found not in kinds:
                # "… and confirmed that Gallowglass will end with its fourth season": the words after it decide
                # (past a description between: "The Gilded Hours, the period fantasy that launched with a Super
                # Bowl spot, was not so lucky")
                end = start + len(name)
                closing = _description_closing(plain, end)
                end = closing.end() if closing else end
                ahead = next((at for _n, at in names if at > end), len(plain))
                tail = plain[end:ahead]
                aside = _ASIDE.match(tail)  # ("'Bituin ng Maynila' (Star of Manila) will end …": a translation)
                tail = tail[aside.end() :] if aside else tail
                found = _event_in(_mask(tail, names), False) if _SUBJECT_OF.match(tail) else None
                found = found if found in ("ending", "cancelled", "renewed") else None
            if found in kinds and (found != "premiere" or main_event == "premiere" or every_kind):
                current = found
            last = start + len(name)
            # "with Zach Braff, Donald Faison and Sarah Chalke", "(Adam Pally, Abby Elliott)": people, not shows;
            # "a drama about Gareth Southgate and the England team", "based on the Booker-winning X": its subject;
            # "joins a list of renewed dramas that includes X, Y and Z": earlier decisions
            person = bool(
                _PEOPLE_CUE.search(between)
                or _SUBJECT_CUE.search(between)
                or _EARLIER_LIST.search(between)
                or _UNDECIDED_BEFORE.search(between)
                or _SOURCE_BEFORE.search(between)
                or _SOURCE_AFTER.match(plain[start + len(name) : start + len(name) + 40])
                # where it is made, and who made a deal: "in New York", "between Sheridan and Paramount"
                or _PLACE_BEFORE.search(between)
                and not in_quotes(plain, start, name)
                or person
                and _LIST_GAP.match(between)
            ) or _in_brackets(plain, start)
            # (who makes it is no decision either, but the list after it goes on: "produced by Gort Films, and X")
            maker = _MAKER_BEFORE.search(between) is not None
            k = show_key(name)
            if maker:
                makers.add(f" {k} ")
            if person or maker or described or not_a_decided_title(plain, name, start, between):
                continue
            if any(f" {k} " in m for m in makers):
                continue  # "the first primetime commission for Firecrest": the maker named again
            if k in seen:  # named by the headline already: this sentence may give its season
                near = season_after(plain, start + len(name))
                at = next((i for i, d in enumerate(out) if show_key(d.show or "") == k and d.season is None), None)
                if near is not None and at is not None:
                    out[at] = replace(out[at], season=near)
                continue
            if any(short_for(k, other) for other in seen):
                continue
            seen.add(k)
            own = season_after(plain, start + len(name), 25) if len(names) > 1 else None
            said = own if own is not None else season
            # "picked up Going Dutch for season 2": an order of a later season is a renewal
            decided = "renewed" if current == "ordered" and said is not None and said > 1 else current
            out.append(Decision(decided, name, said, network))
    return out


_PRESENTS = (
    r"(?:unveil\w*|confirm\w*|present\w*|announc\w*|reveal\w*|add\w*|introduc\w*|order\w*|greenl\w*|"
    r"commission\w*|pick(?:s|ed)?\s+up|go-ahead\s+to)"
)
_NEW_KINDS = (
    r"(?:new|brand-new|brand\s+new)\s+(?:[\w-]+\s+){0,2}?(?:originals|dramas|comedies|series|shows|titles|"
    r"productions|telenovelas|teleseryes|commissions|k-dramas|sitcoms|thrillers|docuseries|programmes|programs|"
    r"projects|serials|anime)\b"
)
_YEAR_KICKER = re.compile(r"\s(?:['’]\d\d|(?:19|20)\d\d(?:[-–/]\d\d)?)\s*$")  # "Jump Festa '26", "Seven 2025"
_WIRE = re.compile(
    r"\((?:AP|Reuters|AFP|PA|CP|UPI|dpa|IANS|PTI|ANI|Bernama|Xinhua|AAP|[^()]*\b(?:19|20)\d\d)\)", re.IGNORECASE
)
_NEW_KIND_LEAD = re.compile(rf"^\W*{_NEW_KINDS}", re.IGNORECASE)  # "New series include:"
# A paragraph presenting new shows ("also unveiled new originals for next year", "New to the schedule are …",
# "Joining the lineup are …",
# "presented a slate of new productions")
_NEW_SLATE = prefiltered(
    re.compile(
        rf"\b{_PRESENTS}\b[^.;:]{{0,40}}?\b{_NEW_KINDS}"
        # (not shows announced for a slot: "announced the new dramas that will air in its Friday slot")
        r"(?![^.;:]*\b(?:air|airs|premiere|premieres|debut|debuts|slot)\b)"
        # "Two new originals were also announced:"
        rf"|\b{_NEW_KINDS}\s+(?:were|are|have\s+been)\s+(?:also\s+)?{_PRESENTS}"
        r"|^\s*(?P<opening>(?:new\s+to|joining)\s+(?:the|its|their)\s+(?:schedule|line-?up|slate)|"
        # "Leading the new arrivals is Ridgeline, a wildfire drama", "Joining it are The Night Desk, a …"
        r"leading\s+the\s+(?:new\s+)?(?:arrivals|additions|newcomers|new\s+(?:shows|series|dramas|comedies))\s+(?:is|are)|"
        r"joining\s+(?:it|them)\s+(?:is|are)|"
        # "Among the new commissions are Sunburnt, a six-part comedy, and Rosella, a drama"
        r"(?:among\s+)?(?:the\s+)?(?:brand-)?new\s+(?:[\w-]+\s+)?(?:commissions|series|shows|dramas|comedies|titles|"
        r"originals|additions)\s+(?:are|include|announced\s+(?:for\s+\S+\s+)?include))\b",
        re.IGNORECASE,
    )
)
_CLAUSE_TURN = re.compile(r",?\s+(?:while|whereas|but|as\s+well\s+as|plus)\s", re.IGNORECASE)
# How a new show is introduced after its title: "“Room 1004,” a horror series", "Nine Mile Road (8x60), a crime
# drama", "Tumble Town (52 x 11 minutes), a music-driven comedy", "'The Ninth Tenant' — a thriller"; or before it:
# "and the telenovela Amor en Tierra Caliente"
_INTRODUCED_AFTER = re.compile(
    r"(?:,[”\"’']|[”\"’']?\s*(?:\([^()]{1,30}\)\s*)?(?:,|\s[–—-]|\s+(?:is|will\s+be)))\s+(?:a|an)\s", re.IGNORECASE
)
_INTRODUCED_BEFORE = re.compile(
    r"\bthe\s+(?:[\w-]+\s+)?(?:telenovela|drama|comedy|thriller|series|sitcom|docuseries)\s+[“\"‘']?$", re.IGNORECASE
)


def _unseen(key: str, seen: set[str]) -> bool:
    """A title no decision has named yet, nor a longer name it is short for."""
    return bool(key) and key not in seen and not any(short_for(key, other) for other in seen)


_DESCRIBED = re.compile(r"[”\"’']?\s+(?:is|will\s+be)\s+(?:a|an)\s")


def introduced_at(sentence: str, name: str, start: int) -> bool:
    """Whether the sentence introduces the title as a show (see _INTRODUCED_AFTER)."""
    return bool(_INTRODUCED_AFTER.match(sentence, start + len(name)) or _INTRODUCED_BEFORE.search(sentence, 0, start))


# "The following shows will return:", "Here are the renewals:": the lines after it are the decided shows
_FOLLOWING = re.compile(r"\b(?:following|here\s+(?:are|is)|these|below)\b", re.IGNORECASE)
_QUOTED_OPENER = re.compile(
    r"^\s*[“\"‘'](?P<t>[A-Z0-9][^“”\"‘’']{1,60}?)[”\"’'],?\s+(?:is|was|will|stars|follows|centers|centres|—|–|-)"
)
# "Netflix Just Cancelled …": a network and an adverb before a past tense make the verb active
_DECIDER_BEFORE = re.compile(
    r"(?:^|[,;:]\s*)(?P<n>[A-Z][\w+&!.-]*(?:\s+[A-Z][\w+&!.-]*){0,2}?)\s+(?:(?:just|has|have|officially|quietly|"
    r"reportedly|finally|also|now)\s+){1,2}$",
    re.IGNORECASE,
)
# (not where the same subject goes on: "Tawan and Plub Are Back, Premieres May 9")
_NEXT_CLAUSE = re.compile(
    r"[,;]\s+(?=['‘\"“]?(?-i:[A-Z0-9]))(?!(?i:premieres?|returns?|debuts?|arrives?|lands?|sets?|gets?|drops?|is|are|"
    r"will|to|wraps?|begins?|starts?|airs?|streams?|hits?|moves?|heads?)\b)|\s[—–-]\s"
)
# "Neither will X": the sentence before's refusal, for another show
_NEITHER = re.compile(r"(?:Neither|Nor)\s+(?:will|is|does|did|has|was|are|do|would)\s")
# The sentence right after a counted decision that lists what was decided
# A decision about the shows the previous sentence named
_BOTH = re.compile(r"(?:Both|All\s+(?:three|four|five|of\s+them)|Each\s+of\s+them|The\s+(?:two|three|four)\s+\w+)\s")
_ENUMERATION = re.compile(
    r"^\s*(?:they|these|those|the\s+(?:shows|series|dramas|comedies|titles)(?:\s+in\s+question)?)\s+"
    r"(?:are|were|include|included|being)\s*:?\s+(?=[“\"‘']?[A-Z0-9])",
    re.IGNORECASE,
)
_PEOPLE_CUE = prefiltered(
    re.compile(
        r"(?<!along\s)(?<!together\s)\b(?:with|starring|featuring|stars?|co-stars?|producers?|creators?|"
        r"writers?|directors?|hosts?|actors?|actress(?:es)?|alums?|the\s+likes\s+of|controller|boss|chief|"
        r"head|executives?|execs?|commissioners?|president|chair(?:man|woman)?|ceo|showrunners?|duo|trio|"
        r"(?:credits?|photo|image|picture|photograph)(?:\s+by)?\s*:|"
        # "a new drama from the makers of The Newsreader": whose earlier show it is, not a decision about it
        r"(?:makers?|creators?|producers?|writers?|team|minds)\s+(?:of|behind))\s*$",
        re.IGNORECASE,
    )
)


def short_for(key: str, other: str) -> bool:
    """ "svu" is short for "law and order svu" (already decided); "the summit" is not short for "poppas house and
    the summit", a joined name whose halves are two shows."""
    if key == other or f" {key} " not in f" {other} ":
        return False
    rest = f" {other} ".replace(f" {key} ", " | ")
    return not re.search(r"\band \|\s*$|^\s*\| and\b", rest)


# A title that is the subject of what follows: "Gallowglass will end", "X has been cancelled"
_SUBJECT_OF = re.compile(r"['\"’”]?\s+(?:will|has|have|is|are|was|were|won't|to|would)\b")
# where it is made, or the parties of a deal ("a deal extension between Sheridan and Paramount")
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|across|throughout|around|near|outside|between|set\s+on)\s+(?:the\s+)?$|"
    r"\b(?:production|filming|shooting|shoot)\b[^,.;]{0,30}\b(?:in|for)\s+$"  # "production slated for Vancouver"
)
# A description right after a title: "Kitchen Sink, the domestic dramedy from playwright Moira Feeney, …", "Moose
# Jaw Confidential, its Prairie crime procedural, …": names inside it are not decided
_DESCRIPTION_END = re.compile(r"[,;:]")
_APPOSITIVE = re.compile(
    r"^(?:['’\"”]?,|,['’\"”])\s+(?:(?:the|a|an|its|their|his|her|about|from|starring)\s|"  # (“X,” a drama)
    # "The Path, Hulu's drama about a cult called Meyerism, …": a network's kind of show opens a description
    r"[A-Z][\w+&.-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?:drama|comedy|series|show|sitcom|thriller|docuseries|"
    r"procedural|anthology|adaptation|hit)\b)"
)
_LIST_GAP = re.compile(r"^\.?\s*(?:\([^()]*\)\s*)?(?:,|,?\s*and|&)\s*(?:the\s+)?$", re.IGNORECASE)
# What a new show is about or adapted from is not a decision of its own
_SUBJECT_CUE = re.compile(
    r"\b(?:about|based\s+on|inspired\s+by|adapted\s+from|(?:an\s+)?adaptation\s+of|(?:life|story)\s+of|"
    r"follows|following|cent(?:er|re)d?\s+(?:on|around)|chronicl(?:es|ing))\s+(?:(?:the|a|an)\s+)?$",
    re.IGNORECASE,
)
# Who reported it is not what was decided: "according to The Hollywood Reporter", "Deadline reports"
_SOURCE_BEFORE = re.compile(
    r"\b(?:according\s+to|reported\s+by|first\s+reported\s+by|per|via|told|confirmed\s+to|sources\s+at|"
    r"folks\s+at|report\s+(?:from|in|by))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Who makes it is not what was decided: "is made by Glasgow indie Northlight TV", "from producer Fremantle"
_MAKER_BEFORE = re.compile(
    r"\b(?:(?:made|produced|developed|created|written|directed|co-produced|distributed)\s+by|from|with)\s+"
    r"(?:(?:the\s+)?[A-Z][\w-]*\s+)?(?:indie|producers?|production\s+(?:company|house|outfit)|studios?|prodco|"
    r"distributor|outfit)\s+$"
    r"|\b(?:made|produced|co-produced|distributed)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A line's description of a show, as a slate's new ones are described: "A six-part outback thriller from …"
_NEW_DESCRIPTION = re.compile(
    r"(?:A|An)\s+(?:[\w'’-]+\s+){0,5}?(?:drama|comedy|thriller|series|sitcom|docuseries|documentary|dramedy|mystery|"
    r"procedural|anthology|telenovela|teleserye|soap|competition|format|adaptation)\b"
)
_KIND_NOUN = re.compile(r"\b(?:series|shows|dramas|comedies|originals|titles|programmes|programs)\b", re.IGNORECASE)
_CREDIT_LINE = re.compile(r"\s*(?:Produced|Co-produced|Written|Directed|Created|Made|Developed)\s+by\b")
# The maker itself: "from Manchester indie Firecrest Productions", "made by producer Sixty Degrees North"
_MAKER_NAMED = re.compile(
    r"\b(?:(?:made|produced|developed|co-produced|distributed)\s+by|from)\s+(?:(?:the\s+)?[A-Z][\w-]*\s+)?"
    r"(?:indie|producers?|production\s+(?:company|house|outfit)|prodco|outfit)\s+"
    r"(?P<m>(?-i:[A-Z])[\w&'’-]*(?:\s+(?-i:[A-Z])[\w&'’-]*){0,3})",
    re.IGNORECASE,
)
_SOURCE_AFTER = re.compile(
    r"^['’]?s?\s*(?:,\s*)?(?:reported|reports|has\s+learned|first\s+reported|broke\s+the\s+news|understands|"
    r"revealed|reveals)\b",
    re.IGNORECASE,
)
# "a decision is still pending on the comedy Dad Jokes": a show not yet decided
_UNDECIDED_BEFORE = re.compile(
    r"\b(?:pending|undecided|yet\s+to\s+be\s+decided|in\s+limbo|on\s+the\s+bubble|still\s+waiting)\b[^.;,]{0,40}$",
    re.IGNORECASE,
)
_EARLIER_LIST = re.compile(
    r"\b(?:joins?|joining|already|previously|earlier)\b[^.;]*\b(?:includ(?:es|ing|ed)|such\s+as|like)\s+$",
    re.IGNORECASE,
)


def _description_closing(plain: str, end: int) -> re.Match[str] | None:
    """The comma that closes a description opening right after a title ending at `end` ("X, the drama …, will"),
    or None when no description follows."""
    opened = _APPOSITIVE.match(plain[end:])
    return _DESCRIPTION_END.search(plain, end + opened.end()) if opened else None


def _refused_later(plain: str, names: list[tuple[str, int]]) -> bool:
    """The guess or denial stands in a clause after every title ("…, will come back for a final season, though its
    budget has reportedly been trimmed") or in a title's description: the decision stands."""
    hit = refusal_span(plain)
    if not names or hit is None:
        return False
    for n, at in names:  # … or inside a title's description ("X, the drama that had lingered on the bubble, …")
        closing = _description_closing(plain, at + len(n))
        if closing and at + len(n) < hit[1] and hit[2] <= closing.start():
            return True
    end = max(at + len(n) for n, at in names)
    return hit[1] > end and CLAUSE_BREAK.search(plain, end, hit[1]) is not None


def _in_brackets(text: str, pos: int) -> bool:
    return text.rfind("(", 0, pos) > text.rfind(")", 0, pos)


def _mask(segment: str, names: list[tuple[str, int]]) -> str:
    for name, _s in names:
        segment = segment.replace(name, "Show")
    return segment
