"""A headline that describes its show instead of naming it ("Channel 4 greenlights Peckham sitcom from stand-up
Tolu Adebayo", "Cameras roll in Ennistymon as RTÉ drama returns"): its capitalised words are places, people and
modifiers; the title is the one the text introduces as a title ("has commissioned Mrs. Okafor's Lodgers, a new
six-part sitcom", "the second series of RTÉ drama The Quiet Acre")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.understand.candidates import Candidate
from bot.understand.networks import find_networks
from bot.understand.prefilter import prefiltered

_KIND = (
    r"(?:sitcom|comedy|drama|dramedy|thriller|docuseries|docu-series|documentary\s+series|series|show|quiz|hit|soap|"
    r"procedural|anime|miniseries|whodunnit|whodunit|saga|spinoff|spin-off|reboot|cartoon|telenovela|k-drama|winner)"
)
_HEAD_KIND = prefiltered(re.compile(rf"\b{_KIND}\b", re.IGNORECASE))
# What follows a kind word that names no title after it: a verb, a preposition, a clause's end
_NO_TITLE_AFTER = re.compile(
    r"\s*(?:$|[,:;?!–—(|]|\s-\s|(?-i:[a-z])|(?:for|from|with|as|at|in|on|to|by|about|after|amid|returns?|adds?|taps?|"
    r"sets?|gets?|inks?|lands?|goes|heads?|moves?|wraps?|renewed|cancell?ed|canceled|axed|ordered|picked|greenlit|"
    r"is|are|was|will|won'?t|ends?|begins?|starts?|rolls?|casts?|books?|nabs?|scores?|drops?|debuts?|premieres?|"
    r"trailer|teaser|season|series|renewal|cancellation|exits?|loses?|finds?|secures?|paused|halted|suspended|"
    r"delayed|shut|stops?|bows?|quits?|signs?|calls?|comes?|ending|dropped|scrapped|pulled|cut|gone|got|"
    r"returning|renews?|cancels?|axes|orders?)\b)",
    re.IGNORECASE,
)
_COUNTED_BEFORE = re.compile(
    r"(?:(?<![A-Za-z]\s)\b\d+|\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|more|other))\s+(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
_ORDINALS = (
    r"(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|new|final|last|next|debut|latest)"
)


def described(head: str, pick: str) -> bool:
    """The headline calls its show by a kind of show that no title follows ("RTÉ drama returns"), and the pick
    is neither that kind's title ("drama The Quiet Acre") nor named beside it ("Severance, its sci-fi drama")."""
    low_pick = pick.casefold()
    for m in _HEAD_KIND.finditer(head):
        after = head[m.end() :]
        if _COUNTED_BEFORE.search(head, 0, m.start()):
            continue  # "renews four original series", "fourth series will be its last": shows counted, a season
        if low_pick and after.lstrip(" '‘“\"").casefold().startswith(low_pick):
            return False  # "drama The Quiet Acre": the pick is the kind's title
        if not _NO_TITLE_AFTER.match(after):
            continue
        at = head.casefold().find(low_pick) if low_pick else -1
        if 0 <= at < m.start() and "," in head[at + len(pick) : m.start()]:
            return False  # "Severance, its sci-fi drama": the headline names the show it describes
        return True
    return False


def _introducing(name: str) -> re.Pattern[str]:
    n = f"(?-i:{re.escape(name)})"  # the title as the text capitalises it ("series order" names no "Order")
    return re.compile(
        # "the second series of The Quiet Acre", "season two of The Lantern Keepers"
        rf"\b(?:{_ORDINALS}\s+(?:season|series|run|outing|instalment|installment|chapter)|(?:season|series)\s+"
        rf"{_ORDINALS})\s+of\s+[‘“\"']?{n}(?![\w'’])|"
        # "drama The Quiet Acre", "dating series Love, Unfiltered"
        rf"\b{_KIND}\s+[‘“\"']?{n}(?![\w'’])|"
        # "*Kaltfront* is coming back": a title the text sets in italics
        rf"(?<![\w*_])[*_]{n}[*_](?![\w*_])|"
        # a title the text quotes as its sentence's subject ("“Late Night with Priya Raman” has halted production";
        # not a caption quoted later, nor a nickname: Thabo "TK" Khumalo), or sets in guillemets anywhere
        rf"(?:^|(?<=[.!?:]\s))[“\"]{n}[”\"](?!\s+[A-Z])|«{n}»|"
        # "Mrs. Okafor's Lodgers, a new six-part sitcom", "Kessler: …, a four-part documentary series"
        rf"(?<![\w'’]){n}[’'\"”]?,\s+(?:a|an|the|its|their|\w+['’]s)\s+(?:[\w'’-]+\s+){{1,6}}?{_KIND}\b|"
        # "Channel 4 has commissioned Mrs. Okafor's Lodgers", "released the official trailer for Kessler"
        # (not a modifier: "axed Saturday teatime quiz X")
        rf"\b(?:commissioned|ordered|renewed|greenlit|greenlighted|picked\s+up|cancell?ed|canceled|axed|"
        rf"recommissioned|revived|trailer\s+for|premiere\s+of|return\s+of)\s+[‘“\"']?{n}(?![\w'’])"
        rf"(?!\s+(?:[a-z][\w-]*\s+){{0,2}}{_KIND}\b)|"
        # "Network Ten has confirmed Coral Point will come to an end": the subject of the news the text confirms (not
        # a network's own deed: "announced that Treehouse has greenlit")
        rf"\b(?:confirmed|announced|revealed|said)\s+(?:that\s+)?[‘“\"']?{n}[’”\"']?\s+(?:will|would)\s+(?:not\s+)?"
        rf"(?:come|end|return|be|conclude|wrap|bow)\b|"
        # "Brick & Mortar is officially reopening its doors.": the title opening the text, as the news's subject
        rf"^[‘“\"']?{n}[’”\"']?\s+(?:is|are|isn'?t|will)\s+(?:officially\s+|finally\s+)?"
        rf"(?:back|coming|returning|reopening|getting|going|set|not|ending|over)\b",
        re.IGNORECASE,
    )


def introduced(name: str, sentences: Sequence[str]) -> int | None:
    """Where the first sentences introduce the name as a title (its offset in their joined text), else None."""
    joined = " ".join(sentences)
    if name not in joined:
        return None
    m = _introducing(name).search(joined)
    return m.start() if m else None


def described_title(head: str, pick: str, sentences: Sequence[str], cands: Sequence[Candidate]) -> str | None:
    """The title the text introduces in place of a described headline's pick that the text never introduces as a
    title (None: keep the pick; a part of the pick, "Lowlands" of "Lowlands Year Zero", is no other title)."""
    run_in = _network_first(pick)  # ("Hulu for Night Ferry": its part after the network is the title)
    if not described(head, pick) or introduced(pick, sentences) is not None and not run_in:
        return None
    found: list[tuple[int, int, str]] = []
    for c in cands:
        low = c.name.casefold()
        if (
            pick
            and not run_in
            and (low in pick.casefold() or pick.casefold() in low)
            or any(
                c.flags.get(f)
                for f in ("person_shape", "person_in_text", "network", "possessive", "numeric", "generic")
            )
        ):
            continue
        if _network_first(c.name):
            continue
        at = introduced(c.name, sentences)
        if at is not None:
            found.append((at, -len(c.name), c.name))  # the earliest, and there the longest span
    return min(found)[2] if found else None


def _network_first(name: str) -> bool:
    """ "Netflix for Second Sun": a network run into the title after it is no title."""
    return any(start == 0 for start, _alias, _c in find_networks(name))
