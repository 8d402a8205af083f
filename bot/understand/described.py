"""A headline that describes its show instead of naming it ("Channel 4 greenlights Peckham sitcom from stand-up
Tolu Adebayo", "Cameras roll in Ennistymon as RTÉ drama returns"): its capitalised words are places, people and
modifiers; the title is the one the text introduces as a title ("has commissioned Mrs. Okafor's Lodgers, a new
six-part sitcom", "the second series of RTÉ drama The Quiet Acre")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from bot.understand.candidates import Candidate
from bot.understand.evidence import zipf
from bot.understand.networks import find_networks
from bot.understand.prefilter import prefiltered
from bot.understand.titles import NUMBERED_PARTS_OR_BOOK

# Kinds of show a headline calls its show by: one list for _KIND's alternation and _may_introduce's cue words
# ("documentary_series": two words, any space between)
_KIND_WORDS = (
    "sitcom comedy drama dramedy thriller docuseries docu-series documentary_series series show quiz hit soap "
    "procedural anime miniseries whodunnit whodunit saga spinoff spin-off reboot cartoon telenovela k-drama winner "
    "epic romance romcom rom-com mystery anthology serial dizi toon melodrama telenovelas dramas comedies sitcoms "
    "soaps thrillers k-dramas"
).split()
# What a show's star is called right after its title ("Brackley Road legend Maureen Capstick")
_STAR_WORDS = r"(?:legend|star|actress|actor|favourite|favorite|regular|icon|veteran|alum)"
_KIND_SET = frozenset(w.replace("_", " ") for w in _KIND_WORDS)
_KIND = "(?:" + "|".join(re.escape(w).replace("_", r"\s+") for w in _KIND_WORDS) + ")"
_CALLED_SHOW = rf",\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?{_KIND}\b"  # ", the comedy …" after a name
_APPOSITIVE_KIND = re.compile(rf",\s+the\s+(?:[\w'’-]+\s+){{0,4}}?{_KIND}\b", re.IGNORECASE)
_HEAD_KIND = prefiltered(re.compile(rf"\b{_KIND}\b(?!\s+regulars?\b)", re.IGNORECASE))  # (a role: "series regular")
# (or whose star it is: "Bayside Road's Kirra Whitfield quits soap")
_NAMED_BEFORE = re.compile(r"[,:–—]|^['’]s\s|^\s*(?:(?:season|series|part)\s+\d+\s+|tv\s+|['’]s\s+)*$", re.IGNORECASE)
# What follows a kind word that names no title after it: a verb, a preposition, a clause's end
_NO_TITLE_AFTER = re.compile(
    r"\s*(?:$|[,:;?!–—(|]|\s-\s|(?-i:[a-z])|(?:for|from|with|as|at|in|on|to|by|about|after|amid|returns?|adds?|taps?|"
    r"sets?|gets?|inks?|lands?|goes|heads?|moves?|wraps?|renewed|cancell?ed|canceled|axed|ordered|picked|greenlit|"
    r"is|are|was|will|won'?t|ends?|begins?|starts?|rolls?|casts?|books?|nabs?|scores?|drops?|debuts?|premieres?|"
    r"trailer|teaser|season|series|renewal|cancellation|exits?|loses?|finds?|secures?|paused|halted|suspended|"
    r"delayed|shut|stops?|bows?|quits?|signs?|calls?|comes?|ending|dropped|scrapped|pulled|cut|gone|got|"
    r"returning|renews?|cancels?|axes|orders?|starring|featuring|led|written|created|based|set|about|inspired|"
    r"adapted|produced|legend|star|stars|favourite|favorite|icon|veteran|actor|actress|alum|finishes|finished|"
    r"completes|completed)\b|['’]s\b)",
    re.IGNORECASE,
)
_COUNTED_BEFORE = re.compile(
    # (not a channel's number: "BBC Three comedy")
    r"(?:(?<![A-Za-z]\s)\b\d+|(?<!(?-i:[A-Z]{2})\s)\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|more|other))\s+(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
_ORDINALS = (
    r"(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|new|final|last|next|debut|latest)"
)


def is_kind_word(name: str) -> bool:
    """A kind of show alone ("Telenovela", "Sitcom"): what the headline calls its show, no title."""
    return name.casefold() in _KIND_SET


def described(head: str, pick: str) -> bool:
    """The headline calls its show by a kind of show that no title follows ("RTÉ drama returns"), and the pick
    is neither that kind's title ("drama The Quiet Acre") nor named beside it ("Severance, its sci-fi drama")."""
    low_pick = _fold(pick)
    head_low = _fold(head)
    for m in _HEAD_KIND.finditer(head):
        after = head[m.end() :]
        if _COUNTED_BEFORE.search(head, 0, m.start()):
            continue  # "renews four original series", "fourth series will be its last": shows counted, a season
        # ("Comedy From Ana Ruiz": who makes it, however the pick runs on)
        made_by = low_pick.split(" ", 1)[0] in _MAKERS_BEFORE
        if low_pick and not made_by and _fold(after.lstrip(" '‘“\"")).startswith(low_pick):
            if m.group().lower() == "winner":
                continue  # "Emmy Winner Dorian Pike": who won, not what
            return False  # "drama The Quiet Acre": the pick is the kind's title
        if not _NO_TITLE_AFTER.match(after):
            continue
        at = head_low.find(low_pick) if low_pick else -1
        between = head[at + len(pick) : m.start()] if 0 <= at and at + len(pick) <= m.start() else None
        # (a common word right before the kind describes it: "FX Spy Drama")
        modifier = " " not in pick and zipf(pick) >= 3.5 and between is not None and not between.strip()
        if between is not None and _NAMED_BEFORE.search(between) and not modifier:
            # "Severance, its sci-fi drama", "Mile Marker: Paramount+ drama will wrap", "Shinobi Café anime
            # greenlit": the headline names the show it describes
            return False
        return True
    return False


_HEAD_INTRODUCES = re.compile(rf"\0[’'\"”]?,\s+(?:a|an)\s+(?:[\w'’-]+\s+){{0,3}}?{_KIND}\b", re.IGNORECASE)
_MAKERS_BEFORE = frozenset(("from", "by", "with", "starring", "featuring", "about"))
_SEASON_NAMED = re.compile(rf"(?:{'|'.join(sorted(NUMBERED_PARTS_OR_BOOK))})\s+\w+$", re.IGNORECASE)


_RUN_INTO = re.compile(r".+\s(?:in|on|at|for|from|with)\s")
_ASIDE = r"(?:\s*\([^()]{1,40}\))?"


def _fold(text: str) -> str:
    """Lower case without accents, one character for one ("Shinobi Café" is the pick "Shinobi Cafe")."""
    if text.isascii():  # (no accent to drop: an ASCII letter's lower case is one letter too)
        return text.casefold()
    return "".join(unicodedata.normalize("NFKD", c)[:1] for c in text.casefold())


def _introducing(name: str) -> re.Pattern[str]:
    n = f"(?-i:{re.escape(name)})"  # the title as the text capitalises it ("series order" names no "Order")
    return re.compile(
        # "the second series of The Quiet Acre", "season two of The Lantern Keepers"
        # (and whose it is between: "the second season of HBO's The Salt Throne")
        rf"\b(?:{_ORDINALS}\s+(?:season|series|run|outing|instalment|installment|chapter)|(?:season|series)\s+"
        rf"{_ORDINALS})\s+of\s+(?:(?-i:[A-Z][\w+&!.-]*)(?:\s(?-i:[A-Z][\w+&!.-]*))?['’]s\s+)?[‘“\"']?{n}(?![\w'’])|"
        # "The Ironbark returns Sunday", "Gemma Is Fine, Actually follows 29-year-old Gemma": a sentence opening
        # with the title, then what only a show does
        # (not who returns to make it: "Studio Hoshizora returns to animate the new season")
        rf"(?:^|(?<=[.!?]\s))[‘“\"']?{n}[’”\"']?\s+(?:returns(?!\s+(?:as|to\s+(?:play|direct|animate|write|host|helm|"
        rf"produce)))|premieres|debuts|follows|stars|centres|centers|chronicles|tells\s+the|is\s+set\s+(?:in|on|at|"
        rf"during)|is\s+based\s+on|is\s+adapted|is\s+back)\b|"
        # "Nova: The Last Light, based on Kiara Wolfe's novels, will not be returning"
        rf"(?<![\w'’]){n}[’'\"”]?{_ASIDE},\s+(?:based\s+on|adapted\s+from|created\s+by|written\s+by|set\s+in|which|"
        rf"launched|hosted\s+by|fronted\s+by)\s|"
        # "The eight-episode series, titled “Seven Days in Tulsa,”"
        rf"\b(?:titled|entitled|called|dubbed)\s+[‘“\"']?{n}(?![\w'’])|"
        # "The cast and crew of Breakwater have officially wrapped filming"
        rf"\b(?:cast|crew)\s+(?:and\s+(?:crew|cast)\s+)?of\s+[‘“\"']?{n}(?![\w'’])|"
        # "has handed a two-season renewal to The Pinchleys"
        rf"\b(?:renewal|order|pickup|pick-up|greenlight|go-ahead|reprieve)\s+(?:to|for)\s+[‘“\"']?{n}(?![\w'’])|"
        # "Lorna Healey is saying goodbye to Crescent Falls": the show a star leaves or joins
        rf"\b(?:goodbye\s+to|farewell\s+to|exits?|exiting|quits?|quitting|joins?|joining|is\s+leaving)\s+[‘“\"']?{n}"
        rf"(?![\w'’])|"
        # "Brackley Road legend Maureen Capstick": the show a star is known for
        # (not a tabloid's shouted opening: "SOAP legend Maureen Tate")
        rf"(?<![\w'’])(?!(?-i:[A-Z]+)\s){n}\s+{_STAR_WORDS}\s+"
        rf"(?-i:[A-Z])\w+\s+(?-i:[A-Z])|"
        # "drama The Quiet Acre", "dating series Love, Unfiltered"
        # (not the verb: "The images show Gemma at the party")
        rf"\b(?<![a-z]s\s)(?<!\bto\s)(?<!will\s)(?<!\bcan\s){_KIND}\s+[‘“\"']?{n}(?![\w'’])|"
        # "*Kaltfront* is coming back": a title the text sets in italics
        rf"(?<![\w*_])[*_]{n}[*_](?![\w*_])|"
        # a title the text quotes as its sentence's subject ("“Late Night with Priya Raman” has halted production";
        # not a caption quoted later, nor a nickname: Thabo "TK" Khumalo), or sets in guillemets anywhere
        rf"(?:^|(?<=[.!?:]\s))[“\"]{n}[”\"](?!\s+[A-Z])|«{n}»|"
        # "Mrs. Okafor's Lodgers, a new six-part sitcom", "Kessler: …, a four-part documentary series"
        # (a translation may stand between: "Y Gwyliwr (The Watcher), which stars …")
        # (whose, however the owner's name ends: "La Casa de los Espejos, Solís' new melodrama")
        # (not a new clause's subject: "Presented by veterinarian Dr Kat Morrow, the series follows …")
        rf"(?<![\w'’]){n}[’'\"”]?{_ASIDE},\s+(?:a|an|the|its|their|his|her|\w+['’]s|\w+s['’])\s+(?:[\w'’-]+\s+){{0,6}}?"
        rf"{_KIND}\b(?!\s+(?:follows|centres|centers|stars|tells|is|was|will|has|had|sees|features)\b)|"
        # "The 12-episode series, “Spring in Yeonhui-dong,” will air": the kind, then its title quoted
        rf"\b{_KIND},\s+[‘“\"']{n}[,.]?[’”\"']|"
        # "Channel 4 has commissioned Mrs. Okafor's Lodgers", "released the official trailer for Kessler"
        # (not a modifier: "axed Saturday teatime quiz X")
        rf"\b(?:commissioned|ordered|renewed|greenlit|greenlighted|picked\s+up|cancell?ed|canceled|axed|"
        rf"recommissioned|revived|trailer\s+for|premiere\s+of|return\s+of)\s+[‘“\"']?{n}(?![\w'’])"
        rf"(?!\s+(?:[a-z][\w-]*\s+){{0,2}}{_KIND}\b)|"
        # "Network Ten has confirmed Coral Point will come to an end": the subject of the news the text confirms (not
        # a network's own deed: "announced that Treehouse has greenlit")
        # (and when: "announced on Thursday that La Venganza de Inés will premiere")
        rf"\b(?:confirmed|announced|revealed|said)\s+(?:(?:on\s+)?(?-i:[A-Z])\w+day\s+|today\s+|yesterday\s+)?"
        rf"(?:that\s+)?[‘“\"']?{n}[’”\"']?{_ASIDE}\s+(?:will|would)\s+(?:not\s+)?"
        rf"(?:come|end|return|be|conclude|wrap|bow|premiere|debut|air|launch|arrive)\b|"
        # "Brick & Mortar is officially reopening its doors.": the title opening the text, as the news's subject
        rf"^[‘“\"']?{n}[’”\"']?\s+(?:is|are|isn'?t|will)\s+(?:officially\s+|finally\s+)?"
        rf"(?:back|coming|returning|reopening|getting|going|set|not|ending|over)\b",
        re.IGNORECASE,
    )


# What may follow a candidate that stopped short of its title: "Tredegar| '84", "Gemma Is Fine|, Actually"
_CUT_TAIL = re.compile(r"(?:,?\s(?:[A-Z][\w'’-]*|['’]\d{2}\b|\d+\b)){1,2}")


def introduced(name: str, sentences: Sequence[str]) -> int | None:
    """Where the first sentences introduce the name as a title (its offset in their joined text), else None."""
    found = introduced_as(name, sentences)
    return found[0] if found else None


def introduced_as(name: str, sentences: Sequence[str]) -> tuple[int, str] | None:
    """Where the first sentences introduce the name as a title, and the title as they write it there: the name, or
    the name with the word or two it stopped short of (only where the name alone is not introduced)."""
    joined = " ".join(sentences)
    at = joined.find(name) if name else -1
    if at < 0 and " " in name:
        # "Nova The Last Light" as the text punctuates it: "Nova: The Last Light"
        punctuated = re.search(r"[:,]?\s".join(map(re.escape, name.split())), joined)
        name = punctuated.group() if punctuated else name
        at = punctuated.start() if punctuated else -1
    if at < 0:
        return None
    longer: list[str] = []
    counted = re.search(r"(?:^|(?<=\s))\d{1,4}\s$", joined[:at])
    if counted:  # "7 Days in Cairo": a title's number that the guess took for a count
        name, at = counted.group() + name, counted.start()
    while at >= 0:
        tail = _CUT_TAIL.match(joined, at + len(name))
        if tail:
            words = re.findall(r",?\s\S+", tail.group())
            longer += [name + "".join(words[:k]) for k in range(1, len(words) + 1)]
        at = joined.find(name, at + 1)
    for spelled in [name, *dict.fromkeys(longer)]:  # (the name as it is first: "The Salt Throne, The Hollywood …")
        m = _introducing(spelled).search(joined) if _may_introduce(spelled, joined) else None
        if m:
            return m.start(), spelled.rstrip(",")
    return None


def _may_introduce(name: str, joined: str) -> bool:
    """Whether some place of the name could be where _introducing matches: a cue word, a sentence's start, italics
    or guillemets before it, or a comma after it (a cheap look that spares compiling the pattern for most names;
    every alternative of _introducing needs one of these)."""
    at = joined.find(name)
    while at >= 0:
        before = joined[max(0, at - 80) : at]
        before = before[:-1] if before[-1:] in "‘“\"'" else before
        word = _LAST_WORD.search(before)
        if (
            at <= 1
            or before[-1:] in ("*", "_", "«")
            or _SENTENCE_END.search(before)
            or word is not None
            and (word.group(1).lower() in _CUE_WORDS or word.group(1).endswith(("'s", "’s")))
            or _COMMA_AFTER.match(joined, at + len(name))
            or _STAR_AFTER.match(joined, at + len(name))
        ):
            return True
        at = joined.find(name, at + 1)
    return False


_LAST_WORD = re.compile(r"([\w'’-]+)\s+$")
_SENTENCE_END = re.compile(r"[.!?:]\s+$")
_STAR_AFTER = re.compile(rf"\s+{_STAR_WORDS}\s")
_COMMA_AFTER = re.compile(r"[’'\"”]?(?:\s*\([^()]{1,40}\))?,")
# The words right before a title in _introducing's patterns, and every kind of show (its last word)
_CUE_WORDS = frozenset(
    """
    of to for up that titled entitled called dubbed exit exits exiting quit quits quitting join joins joining leaving
    commissioned ordered renewed greenlit greenlighted cancelled canceled axed recommissioned revived confirmed
    announced revealed said
    """.split()
) | {w.rsplit("_", 1)[-1] for w in _KIND_WORDS}


def described_title(head: str, pick: str, sentences: Sequence[str], cands: Sequence[Candidate]) -> str | None:
    """The title the text introduces in place of a described headline's pick that the text never introduces as a
    title (None: keep the pick; a part of the pick, "Lowlands" of "Lowlands Year Zero", is no other title)."""
    run_in = _network_first(pick)  # ("Hulu for Night Ferry": its part after the network is the title)
    if not described(head, pick):
        return None
    seen = introduced_as(pick, sentences) if not run_in else None
    if seen is not None:
        # (introduced whole where the pick stopped short: "Gemma" of "Gemma Is Fine, Actually follows …")
        return seen[1] if seen[1] != pick else None
    found: list[tuple[int, int, str]] = []
    for c in cands:
        low = c.name.casefold()
        if (
            pick
            and not run_in
            and low in pick.casefold()  # (a longer name holding the pick may be its title: "Sally" → "Sally's Sofa")
            or any(c.flags.get(f) for f in ("network", "numeric", "generic"))
            # (a person's name, unless the headline itself calls it a show: "commissions Nora Considine, a drama")
            or (c.flags.get("person_shape") or c.flags.get("person_in_text"))
            and not c.flags.get("after_kind")  # ("spy thriller Maud Ferrier": a name the text calls a show)
            and _HEAD_INTRODUCES.search(head.replace(c.name, "\0")) is None
            # (an owner; "Sally's Sofa's ratings" is still a title, and so is a name the text calls a show:
            # "Mackie's, the comedy set in a Paisley chip shop")
            or c.name.endswith(("'s", "’s"))
            and not re.search(re.escape(c.name) + _CALLED_SHOW, " ".join(sentences))
            or _SEASON_NAMED.match(c.name)  # ("Season 4, which consists of eight episodes")
            or is_kind_word(c.name)  # ("Soap legend Derek Allsop": the kind, capitalised where a sentence starts)
        ):
            continue
        if _network_first(c.name):
            continue
        seen = introduced_as(c.name, sentences)
        if seen is not None:
            found.append((seen[0], -len(seen[1]), past_pick(seen[1], pick)))  # the earliest, and there the longest span
    # "Belfast on The Ferryman's Daughter", "Harriet Lomax in Lydgate: A Confession": a place or a person run into
    # the title after it, when the title alone is introduced too
    names = {name for _at, _n, name in found}
    found = [f for f in found if not any(_RUN_INTO.fullmatch(f[2].removesuffix(n)) for n in names if n != f[2])]
    return min(found)[2] if found else None


def past_pick(name: str, pick: str) -> str:
    """The title after the doubted pick run into it: "Donegal on Cois Cuain" → "Cois Cuain" when the headline's
    pick was the place "Donegal"."""
    if not pick or not name.startswith(pick + " "):
        return name
    ran_into = _PICK_RUN_INTO.match(name, len(pick))
    return name[ran_into.end() :] if ran_into else name


_PICK_RUN_INTO = re.compile(r"\s+(?:on|in|at|for|from|with)\s+(?=[A-Z])")


def _network_first(name: str) -> bool:
    """ "Netflix for Second Sun": a network run into the title after it is no title."""
    return any(start == 0 for start, _alias, _c in find_networks(name))


def called_a_show(name: str, text: str) -> bool:
    """The text describes the name as the show right after it ("Lucky Streak, the Vegas casino dramedy with …"), so a
    name shaped like a person's is a title."""
    at = text.find(name + ",")
    while at >= 0:
        if _APPOSITIVE_KIND.match(text, at + len(name)):
            return True
        at = text.find(name + ",", at + 1)
    return False
