"""Show titles in an article's text: capitalised spans, weighted by the cues around them.

Headlines are often all lowercase, ALL CAPS or shorthand ("'Sons'"); the text under them usually spells the title
out, properly cased ("FX has renewed Sons of Anarchy"). This module finds those spans with a linear token scan
(no regular expression with overlapping quantifiers), so any text is cheap to read, and scores each span by
what surrounds it: "the drama X", "renewed X for", "X, the comedy", "X season 2" are titles; "X, who plays",
"star X", "creator X" are people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate

from bot.understand.casefree import case_free
from bot.understand.casing import NET_LOWER
from bot.understand.casing import is_mixed_case as is_mixed_case  # (re-exported: tests import them from here)
from bot.understand.casing import recase as recase
from bot.understand.evidence import foreign_word, is_first_name, zipf
from bot.understand.networks import canonical_network
from bot.understand.wordlists import FOREIGN_JOIN, US_STATES, words

_EDGE = "\"'“”‘’«»()[]{}*"
_SMALL = words(
    """
    & a all an and are at be de del du for from in is it la le me my no not of on or our that the this to vs vs.
    was we were what who with you your
    """
)
# Connectors that may sit inside a title only between capitalised words ("Orange Is the New Black")
_JOIN = words(
    """
    & a an and at de du for from in is la le no of on or the to vs vs. with x
    """
)
_SENTENCE_WORDS = words(
    """
    A After All Also Although An And Are As At Bad Because Before Big But By Despite During Eight Even Every
    Everything Fans Final Finally First Five For Four From Good Great Had Has Have He Her Here His Hit How However
    I If In Is It Its Just Last Like Meanwhile My New Nine No Not Nothing Now Of On One Only Or Our Over Set Seven
    She Since Six So Some Something Still Ten That The Their Then There These They This Those Though Three To Two
    Under Until Viewers Was We What When Where Whether Which While Who Why Will With Yes You Your
    """
)

_NOT_TITLE_WORDS = _SENTENCE_WORDS | words(
    """
    According America American Angeles Apr April Aug August Autumn Axed Boss Bosses Breaking British Broadcaster
    Bros Bros. Canceled Cancelled Cast CEO Channel Chief Christmas Comic Con Content Creator Credit Dame Deadline
    Dec December Director Eighth Emmy Emmys Entertainment Episode Exclusive Executive Facebook Fall Fan Feb
    February Fifth Filming Fourth Friday Getty Globe Globes Golden Head Hollywood Image Images Instagram Jan
    January Jul July Jun June Lionsgate London Los Mar March May Media Monday More Network News Ninth Nov November
    Oct October Officer Officially Ordered Originally Oscar Oscars Part Per Photo Platform Premiere President
    Producer Production Read Reddit Related Renewed Report Reportedly Reports Saturday Season Second Sep Sept
    September Series Seventh Showrunner Sir Sixth Sony Source Sources Speaking Spring Star Stars Streamer
    Streaming Studios Summer Sunday Talking Teaser Television Television. Tenth Third Thursday TikTok Trailer
    Tuesday TV Twitter U.K. U.S. UK Universal Update US Variety Via Warner Watch Wednesday Winter Writer X York
    YouTube
    """
)
# Words right before a span that say "this is a title": "the drama X", "renewed X", "of X"
_NEVER_START = _NOT_TITLE_WORDS - words(
    """
    A After All Also America American An And Angeles Are As At Bad Before Big Boss British But By Channel Chief
    Christmas Comic Despite Eight Eighth Entertainment Even Every Everything Fans Fifth Final Finally First Five
    For Four Fourth From Golden Good Great Had Has Have He Head Her Here His Hit Hollywood How However I If In Is
    It Its Just Last Like London Los Meanwhile Media My Network New Nine Ninth No Not Nothing Now Of On One Only
    Or Our Over Report Second Set Seven Seventh She Since Six Sixth So Some Something Source Star Stars Still Ten
    Tenth That The Their Then There These They Third This Those Three To Two Under Universal Until Viewers Warner
    Was We What When Where Which While Who Why Will With Yes York You Your
    """
)
# Cues strong enough that even a common word after them is a title: "renewed Wednesday", "the drama Vera"
_STRONG_CUES = words(
    """
    axed axes canceled cancelled cancels comedy commissioned drama ordered orders recommissioned renewed renewing
    renews saved series show sitcom thriller «q»
    """
)
# "an order for X", "the third season of X": a noun, then a preposition, then a title
_NOUN_CUES = words(
    """
    commission finale go-ahead greenlight order pickup renewal season series
    """
)
# Words that can open a title although they usually open a sentence
_TITLE_OPENERS = words(
    """
    After All At Before Every Everything For From Her Here His How I In It It's Its My No Not Nothing On Only Our
    Over Something That Their There This Under We What When Who Why Yes You Your
    """
)
_TITLE_NOUNS = words(
    """
    adaptation anime comedy documentary docuseries drama dramedy fantasy favorite favourite format franchise hit
    horror miniseries mystery original prequel procedural program programme reboot revival romance saga sequel
    serial series show sitcom soap spin-off spinoff thriller title titled western
    """
)
_DECISION_VERBS = words(
    """
    about announced axed axes cancel canceled cancellation cancelled cancels commissioned commissions confirmed
    dropped ended ending for greenlights greenlit in of on ordered orders picked picking picks premiering pulled
    recommissioned recommissions renew renewal renewed renewing renews rescued returning revived revives saved
    saves scrapped scraps set sets shelved unveiled
    """
)
_PERSON_BEFORE = words(
    """
    actor actress alum author book books boss by chief co-creator comedian creator director executive film from
    head host hosted movie novel novelist officer played playing presenter producer rapper said says showrunner
    singer star starring stars told veteran writer
    """
)
_PERSON_AFTER = words(
    """
    «credit» «says» added admitted as created directed directs explained hosted hosts joined joins noted played
    plays plays, posted produces revealed said says shared starred starring stars teased told tweeted who wrote
    """
)
# Genres that a person's name qualifies: "the Ryan Murphy drama" (a franchise's is a format: "a Cruel Intentions
# series" is titled Cruel Intentions)
_CREDIT_NOUNS = words(
    """
    comedy docuseries drama dramedy procedural sitcom thriller
    """
)
# What a person has done, after "has"/"had": "Lee Mack has confirmed"
_PERSON_DID = words(
    """
    addressed admitted announced boarded confirmed explained hinted insisted joined opened revealed said shared
    signed spoken teased told
    """
)
_TITLE_AFTER = words(
    """
    arrives axed begins canceled cancelled cast centers centres creator debuts ended ends episode episodes fans
    finale follows gets got had has is isn't isn’t premiered premieres prequel produced reboot renewed return returned
    returns revival season seasons sequel series showrunner spinoff star stars starts tells was will won't won’t
    wraps
    """
)


_CREDIT_AFTER = words("creator showrunner")
# What follows a name used as a modifier: "a Yorkshire ghost story", "a Chicago TV station" (a lowercase word that
# is no verb or preposition, maybe after an acronym)
MODIFIER_NEXT = re.compile(
    r"[\s-]+(?:[A-Z]{2,}\s+)?(?!(?:is|was|has|will|and|or|to|for|on|in|at|by|with|from|of|the)\b)[a-z]"
)


@dataclass(frozen=True)
class TextTitle:
    name: str
    weight: float
    start: int  # character offset of the first mention
    count: int


_TRAIL = _EDGE + ",.;:!?…"


# A token and the whitespace before it: leading punctuation, the word, trailing punctuation (one regex pass; the
# word runs to its last character that is no trailing punctuation)
_PARTS = re.compile(
    rf"(\s*)(?=\S)([{re.escape(_EDGE)}]*)((?:\S*[^\s{re.escape(_TRAIL)}])?)([{re.escape(_TRAIL)}]*)(?!\S)"
)


_TRIM_AT_START = _SENTENCE_WORDS - words(
    """
    A An Bad Big Eight Everything Final First Five Four Good Great Hit How Last Like New Nine No Not Nothing One
    Only Over Set Seven Six Something Still Ten The Three Two Under What Where Which Who Why Yes
    """
)
# ("People Are Talking", "Public Speaking": a gerund that never starts a title may end one)
# ("Star" ends "9-1-1: Lone Star": in sentence-case text a capitalised Star is part of a name)
_NEVER_END = (_NEVER_START - words("Speaking Talking Star")) | words(
    """
    Cast Fifth Final Finale First Fourth New Premiere Season Seasons Second Sixth Teaser Third Trailer
    """
)
_BREAK = words(
    """
    Apr April Aug August Axed Canceled Cancelled Dec December Feb February Finale Friday Jan January Jul July Jun
    June Monday Nov November Oct October Premiere Premieres Recap Renewed Review Saturday Sep Sept September
    Sunday Teaser Thursday Trailer Tuesday Wednesday
    """
)
_COUNTED = re.compile(
    r"^(?:\d{1,3}(?:st|nd|rd|th)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|many|"
    r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$",
    re.IGNORECASE,
)
_NUMBERISH = re.compile(r"^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|[IVX]{1,4})$", re.IGNORECASE)


# Abbreviations that sit inside titles ("Inside No. 9", "Mr. Robot", "St. Denis Medical"): their dot ends nothing
_ABBREVIATIONS = words(
    """
    Capt Dr Jr Lt Mr Mrs Ms Mt No Prof Sgt Sr St Vol
    """
)


def _abbreviation(word: str) -> bool:
    return "." in word or word in _ABBREVIATIONS


def _credit_follows(tokens: list[tuple[str, str, str, str]], end: int) -> bool:
    """Lowercase words then a kind of show right after a span: "(the Denis Leary) military comedy"."""
    if tokens[end][3]:
        return False  # punctuation after the span ends the phrase
    for k in range(end + 1, min(end + 4, len(tokens))):
        _ws, lead, word, trail = tokens[k]
        if lead or not word.isalpha() or not word.islower():
            return False
        if word in _CREDIT_NOUNS:
            return True
        if trail:
            return False
    return False


def _elided(word: str, trail: str) -> bool:
    """ "Workin’ Moms", "Nothin’ But": a dropped g keeps its apostrophe inside the title."""
    return trail in ("’", "'") and word.endswith("in") and len(word) > 3


def _closes(word: str, trail: str) -> bool:
    """Punctuation after a word that ends a capitalised span (not an abbreviation's dot, not an elision)."""
    if not trail or _elided(word, trail):
        return False
    return trail[-1] in ",.;!?…)”\"’'" and not (trail == "." and _abbreviation(word))


def _network_ahead(tokens: list[tuple[str, str, str, str]], k: int) -> bool:
    """The next one to three words name a network and end the phrase ("at HBO.", "on Apple TV+")."""
    words: list[str] = []
    for _ws, lead, word, trail in tokens[k : k + 3]:
        if lead:
            return False
        words.append(word)
        if " ".join(words).lower() in NET_LOWER and (
            trail or len(words) == 3 or k + len(words) >= len(tokens) or not tokens[k + len(words)][2][:1].isupper()
        ):
            return True
        if trail:
            return False
    return False


def _owner_ahead(tokens: list[tuple[str, str, str, str]], k: int) -> bool:
    """A possessive among the next capitalised words ("with The Kettering Incident’s …", "and Boys' …")."""
    for _ws, lead, word, trail in tokens[k : k + 5]:
        if lead or not (word[:1].isupper() or word.lower() in ("the", "of", "a")):
            return False
        if word.endswith(("’s", "'s")) or trail[:2] in ("’s", "'s"):
            return True
        if trail:
            return False
    return False


def _bracket_ends_line(tokens: list[tuple[str, str, str, str]], k: int) -> bool:
    """A bracket opens at token k and closes the line within four tokens ("Will Trent (season 4)")."""
    if k >= len(tokens) or "\n" in tokens[k][0] or not tokens[k][1].startswith(("(", "[")):
        return False
    for j in range(k, min(k + 4, len(tokens))):
        if j > k and "\n" in tokens[j][0]:
            return False
        if tokens[j][3].startswith((")", "]")):
            return j + 1 >= len(tokens) or "\n" in tokens[j + 1][0]
    return False


_KIND_WORDS = frozenset("drama comedy series thriller show sitcom procedural soap mystery docuseries".split())


def _described_after(tokens: list[tuple[str, str, str, str]], k: int) -> bool:
    """ "Crow's Nest: The Cornish lifeboat drama, …": after the colon a description of the show, not a subtitle."""
    return tokens[k][2] in ("The", "A", "An") and any(w in _KIND_WORDS for _ws, _l, w, _t in tokens[k + 1 : k + 5])


# The labels a list line opens with in capitals ("RENEWED: …", "EXCLUSIVE: …")
_LINE_LABELS = frozenset(
    "renewed cancelled canceled axed ended ending ordered returning confirmed exclusive update updated breaking "
    "premiere premieres trailer watch new".split()
)


# A question's opening words ("Why Was Paper Lanterns Canceled?"): no part of the title they ask about
QUESTION_WORDS = words("Why How When Where What")
AUXILIARIES = words("Was Is Will Did Does Has Are Were Can Could")
_ASKED_STATES = words("Canceled Cancelled Renewed Axed Ending Ended Returning Back Over Coming Leaving")


_JOB_OF = re.compile(
    r"\b(?:head|chief|director|controller|president|vp|boss|commissioner|editor|executive)\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"[\w-]+,\s*$",
    re.IGNORECASE,
)
_AFTER_TV = frozenset(("anime", "series", "adaptation", "show", "drama", "special", "version"))


# Words a number follows to name a part of a show ("Season 2", "Part 3"), and "Book" ("Book 2") besides
NUMBERED_PARTS = frozenset(("season", "series", "part", "episode", "volume", "chapter"))
NUMBERED_PARTS_OR_BOOK = NUMBERED_PARTS | {"book"}
_REPEATING_JOIN = frozenset(("by", "after", "upon", "for"))  # joints _JOIN lacks ("Brick by Brick", "Day after Day")
_DEGREE = re.compile(r"(?:[A-Z]\.){1,2}[A-Z]|Esq|Jr")


def _quoted_run_end(tokens: list[tuple[str, str, str, str]], k: int) -> int | None:
    """The last token of a run of up to four capitalised words from k that a closing quote ends, else None."""
    for j in range(k, min(k + 4, len(tokens))):
        _ws, lead, word, trail = tokens[j]
        if lead or "\n" in _ws or not (word[:1].isupper() or word[:1].isdigit() or word.lower() in _JOIN):
            return None
        if trail.lstrip(",.!?")[:1] in ('"', "”", "’", "'"):
            return j
        if trail and trail not in (".",):
            return None
    return None


def _tabloid_opener(tokens: list[tuple[str, str, str, str]], i: int) -> bool:
    """A sentence's first word in capitals before lower case ("FANS of …", "VIEWERS were …"): a tabloid's style, an
    ordinary word and no title's start (an acronym or a rare word such as "NCIS" or "HOLLYOAKS" is not this)."""
    word, trail = tokens[i][2], tokens[i][3]
    if trail or len(word) < 3 or not word.isalpha() or not word.isupper() or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1][2]
    return nxt[:1].islower() and not tokens[i + 1][1] and zipf(word) >= 4.0


def spans(text: str, limit: int = 4000) -> list[tuple[str, int, str, str]]:
    """Capitalised spans of text: (span, start offset, word before, word after), in order; linear in len(text)."""
    text = text[:limit]
    # (findall builds the tokens' tuples in C; a token's offset is where the tokens before it and its spaces end)
    # (spaces before it, leading punctuation, word, trailing punctuation): a line break is in the token's spaces
    tokens = _PARTS.findall(text)
    ends = [0, *accumulate(map(len, map("".join, tokens)))]  # (a token's parts join to its chunk of the text)
    out: list[tuple[str, int, str, str]] = []
    n = len(tokens)
    i = 0  # the next token not yet inside a span
    # a span opens only on a word with a capital or a digit first: the others are skipped without a look
    for opening in [k for k, t in enumerate(tokens) if t[2][:1].isupper() or t[2][:1].isdigit()]:
        if opening < i:
            continue
        i = opening
        pos = ends[i] + len(tokens[i][0])
        _ws, lead, word, trail = tokens[i]
        if trail.endswith(":") and word.isupper() and word.lower() in _LINE_LABELS:
            i += 1  # "RENEWED: Harrow Point (Peacock).": a list line's label, not the title's first word
            continue
        prev_trail = tokens[i - 1][3] if i else ""
        sentence_start = i == 0 or prev_trail[-1:] in (".", "!", "?", "…", ":") or "\n" in tokens[i][0]
        if sentence_start and _tabloid_opener(tokens, i):
            i += 1  # "FANS of BBC sitcom Us Lot were left heartbroken": a tabloid's capitalised first word
            continue
        words = [word + trail if _elided(word, trail) else word]
        end_i = i
        closed = _closes(word, trail)
        k = i + 1
        while not closed and k < n and len(words) < 12:
            if "\n" in tokens[k][0]:
                break
            _ws, _l, w, t = tokens[k]
            if _l:  # an opening quote or bracket starts something else
                break
            low = w.lower()
            if w in _BREAK or low in NUMBERED_PARTS and k + 1 < n and _NUMBERISH.match(tokens[k + 1][2]):
                break  # "UnREAL Season 2", "The Traitors Trailer": the title ends before these
            if w == "TV" and k + 1 < n and tokens[k + 1][2] in _AFTER_TV:
                break  # "the Kurogane no Hanayome TV anime": what the title is made into, not part of it
            if (w[:1].isupper() or w[:1].isdigit()) and (w != "I" or k + 1 < n and tokens[k + 1][2][:1].isupper()):
                if tokens[k - 1][3] == "." and words[-1] in _ABBREVIATIONS:
                    words[-1] += "."  # "Inside No. 9" keeps its dot
                words.append(w + t if _elided(w, t) else w)
                end_i = k
                closed = _closes(w, t)
                if t.endswith(":"):
                    # a subtitle after the colon ("Star Wars: Andor") goes on; a description or the text ends it
                    first = tokens[k + 1][2][:1] if k + 1 < n else ""
                    if (first.isupper() or first.isdigit()) and not _described_after(tokens, k + 1):
                        words[-1] += ":"
                    else:
                        closed = True
                k += 1
                continue
            if low in ("at", "on", "for", "to", "from", "with", "by") and _network_ahead(tokens, k + 1):
                break  # "The Chair Company at HBO": the network is where it airs, not part of the title
            if low in ("at", "for", "on") and canonical_network(" ".join(words)) is not None:
                break  # "an order at FX for The Understudies": the network runs into no title after it
            if low in ("with", "and", "&") and _owner_ahead(tokens, k + 1):
                break  # "The Gloaming with The Kettering Incident’s Victoria Madden": a credit follows, not the title
            if (
                w.islower()
                and len(words) < 6
                and (words[-1][:1].isupper() or foreign_word(words[-1]))
                and words[0][:1].isupper()
                and foreign_word(w)
                and (k + 1 >= n or not tokens[k + 1][2][:1].isupper() or t)
            ):
                # "Los años raros", "Nada que temer": a title in another language goes on in lower case
                words.append(w + t if _elided(w, t) else w)
                end_i = k
                closed = bool(t)
                k += 1
                continue
            if (
                low in _REPEATING_JOIN
                and not t
                and k + 1 < n
                and tokens[k + 1][2] == words[-1]
                and not tokens[k + 1][1]
            ):
                # "Brick by Brick", "Side by Side", "Day after Day": a word repeated across the joint is one title
                words.extend((w, tokens[k + 1][2]))
                end_i = k + 1
                closed = _closes(tokens[k + 1][2], tokens[k + 1][3])
                k += 2
                continue
            if (low in _JOIN or w in FOREIGN_JOIN) and not t and k + 1 < n:
                # "of the", "in the": joining words lead to a capitalised word within two tokens
                nxt = tokens[k + 1]
                dated = nxt[2] in ("March", "May") and k + 2 < n and tokens[k + 2][2][:1].isdigit()  # "on March 14"
                if nxt[2][:1].isupper() and not nxt[1] and nxt[2] not in _BREAK and not dated:
                    words.append(w)
                    k += 1
                    continue
                if nxt[2].lower() in _JOIN and not nxt[3] and k + 2 < n:
                    nxt2 = tokens[k + 2]
                    if nxt2[2][:1].isupper() and not nxt2[1] and nxt2[2] not in _BREAK:
                        words.extend((w, nxt[2]))
                        k += 2
                        continue
            break
        if (
            tokens[end_i][3] == ","
            and end_i + 1 < n
            and _DEGREE.fullmatch(tokens[end_i + 1][2])
            and not tokens[end_i + 1][1]
        ):
            # "Sam Ortega, M.D.", "Jolene Marsh, P.I.": the letters after the comma end the title
            end_i += 1
            words[-1] += ","
            words.append(tokens[end_i][2] + tokens[end_i][3][:1] if tokens[end_i][3][:1] == "." else tokens[end_i][2])
        if lead and lead[-1] in "\"“‘'" and tokens[end_i][3] == ",":
            # "“My Dearest Neighbor, Mr. Yoon”": a quoted title goes on past its comma to the closing quote
            close = _quoted_run_end(tokens, end_i + 1)
            if close is not None:
                words[-1] += ","
                run = tokens[end_i + 1 : close + 1]
                # (a dot inside the run is an abbreviation's: "Mr. Yoon")
                words.extend(t[2] + ("." if t[3][:1] == "." and j < len(run) - 1 else "") for j, t in enumerate(run))
                end_i = close
        if len(words) == 1:
            one = words[0]
            if (
                one in _NEVER_START
                or sentence_start
                and one in _SENTENCE_WORDS
                or one.lower() in _JOIN
                or one in _NEVER_END
                or one[:1].isdigit()
                and (len(one) < 3 and one.isdigit() or any(c.islower() for c in one))
                or not one[:1].isupper()
                and not (one.isdigit() and len(one) >= 3)
            ):
                # one word that the checks below drop whatever its context ("The", "It", "2024"): not read further
                i = end_i + 1
                continue
        before = tokens[i - 1][2].lower() if i and not sentence_start else ""
        if before in ("for", "to", "of") and i >= 2 and tokens[i - 2][2].lower() in _NOUN_CUES:
            before = tokens[i - 2][2].lower()  # "a straight-to-series order for The Order", "third season of Vera"
        after = tokens[end_i + 1][2].lower() if end_i + 1 < n else ""
        last_trail = tokens[end_i][3]
        if before and tokens[i - 1][3][-1:] == "," and _JOB_OF.search(text, max(0, pos - 50), pos):
            before = "head"  # "said Apple's head of comedy, Gwen Albright": the job's holder, not a comedy
        if before and tokens[i - 1][3][-1:] in (",", ";") and i >= 2 and _COUNTED.match(tokens[i - 2][2]):
            before = ""  # "after 14 series, Lee Mack has confirmed": a count of series, then a new clause
        if before in ("the", "a", "an") and _credit_follows(tokens, end_i):
            after = "«credit»"  # "the Denis Leary military comedy": whose show it is, not its title
        if after in ("has", "had", "have") and end_i + 2 < n and tokens[end_i + 2][2].lower() in _PERSON_DID:
            after = "«says»"  # "X has confirmed", "X had revealed": people speak, shows do not
        # (a comma or full stop inside the closing quote, as American style writes it: “No Activity,”)
        if lead and lead[-1] in "\"'“‘«" and last_trail.lstrip(",.")[:1] in ('"', "'", "”", "’", "»"):
            before = "«q»"  # a quoted title
        i = end_i + 1
        if len(words) > 2 and all(w.isupper() for w in words if w.isalpha()):
            continue  # SHOUTING, not a title
        trimmed = 0
        untrimmed = list(words)
        # a list's line ("Will Trent (season 4)"): a title and its bracket open the line, not a sentence
        whole_line = sentence_start and _bracket_ends_line(tokens, end_i + 1)
        asked = sentence_start and len(words) > 2 and words[0] in QUESTION_WORDS and words[1] in AUXILIARIES
        if asked:
            # "Why Was Paper Lanterns Canceled?": a page's question heading around the title
            words = words[2:]
            if len(words) > 1 and words[-1] in _ASKED_STATES:
                words = words[:-1]
        # (a span quoted whole is written as a title: "“Spring Ferry” is a healing romance" keeps its first word)
        # (not a quoted "Season 4" sign)
        quoted = (
            bool(lead)
            and lead[-1] in '"“‘'
            and last_trail.lstrip(",.")[:1] in ('"', "”", "’")
            and words[0].lower() not in NUMBERED_PARTS_OR_BOOK
        )
        while (
            words
            and not quoted
            and (
                words[0] in _NEVER_START
                or sentence_start
                and not whole_line
                and words[0] in _TRIM_AT_START
                or words[0].isdigit()
                and len(words) > 1
                and (len(words[0]) <= 3 or 1990 <= int(words[0]) <= 2039)  # a count or a year; "1600 Penn" is a title
                # ("running out on 7 Days in Cairo": mid-sentence, a number before capitals opens a title)
                and (
                    sentence_start
                    or len(words[0]) > 2
                    or len(words) < 3
                    or before in ("the", "a", "an")
                    or before in NUMBERED_PARTS_OR_BOOK
                    or not words[1][:1].isupper()
                )
                or words[0][:1].isdigit()
                and any(c.islower() for c in words[0])
            )
        ):
            words = words[1:]
            trimmed += 1
            # ("4 and The Rookie": a capitalised article starts the title that follows)
            while words and words[0].lower() in _JOIN and not (words[0] in ("The", "A", "An") and len(words) > 1):
                words = words[1:]
        if trimmed or asked:
            before = ""
            if (
                sentence_start
                and not asked
                and (untrimmed[0] in _TITLE_OPENERS or untrimmed[0].isdigit() and trimmed == 1)
                and len(untrimmed) >= 3
            ):
                # ("60 Days to Flip is back.": a title may open with a number too)
                # "You Won't Believe This aired last year": a title may open with a pronoun; kept as a weak guess
                out.append((" ".join(untrimmed).rstrip(":"), pos, "«weak»", after))
        # "Dry Season, an eight-part horror series": a capitalised Season no number follows ends the title, unless
        # an ordinal or "Final" says which season ("its Final Season")
        last_season = len(words) >= 2 and words[-1] in ("Season", "Series") and words[-2] not in _NEVER_END
        while words and (
            words[-1][:1].isdigit()
            and any(c.islower() for c in words[-1])  # "The 10-episode season": a count, not a title's word
            and ("-" in words[-1] or re.fullmatch(r"\d+(?:st|nd|rd|th|s)", words[-1]) is not None)  # ("Dépanneur 24h")
            or words[-1].lower() in _JOIN
            or words[-1] in _NEVER_END
            and not (len(words) == 3 and words[1] in ("and", "&") and words[0] not in _NOT_TITLE_WORDS)
            or words[-1].rstrip(":") == ""
        ):
            if last_season and len(words) >= 2 and words[-1] in ("Season", "Series"):
                break
            words = words[:-1]  # ("Rise and Fall" keeps its last word: a pair of words joined is a title)
        if (
            not words
            # (the first word is mostly capitalised: the scan of the others is rarely needed)
            or not (words[0][:1].isupper() or any(w[:1].isupper() or w.isdigit() and len(w) >= 3 for w in words))
            or len(words) == 1
            and (
                words[0].isdigit() and len(words[0]) < 3 or words[0] in _NOT_TITLE_WORDS and before not in _STRONG_CUES
            )
            or sentence_start
            and not trimmed
            and len(words) == 1
            and words[0] in _SENTENCE_WORDS
        ):
            continue
        half = len(words) // 2
        if len(words) % 2 == 0 and half and words[:half] == words[half:] and not quoted:
            # "Bridgerton Bridgerton is set to return": a heading run into its paragraph (a flattened page)
            out.append((" ".join(words[:half]).rstrip(":"), pos, before, ""))
            words = words[half:]
            second = text.find(words[0], pos + 1)
            pos = second if second >= 0 else pos
            before = ""
        if len(words) >= 2 and words[-1] in _OCCASIONS and after.lower().startswith("special"):
            words = words[:-1]  # "the Doctor Who Christmas special": an episode of Doctor Who
        name = " ".join(words).rstrip(":")
        out.append((name, pos, before, after))
        # "Martin Freeman in The Responder", "Ryan Murphy's American Horror Story": the pieces are candidates too
        for j, w in enumerate(words):
            if words[:j] == words[j + 1 :]:
                continue  # "Pound for Pound", "Neck and Neck": one title, its halves the same word
            if w.lower() in ("in", "and", "from", "with", "on", "for") and 0 < j < len(words) - 1:
                tail = words[j + 1 :]
                if tail and tail[0] not in _NEVER_START:
                    # "starring Brianne Howey and Antonia Gentry": both are people
                    cue = before if before in _PERSON_BEFORE and w.lower() == "and" else ""
                    out.append((" ".join(tail).rstrip(":"), pos + 1, cue, after))
                out.append((" ".join(words[:j]).rstrip(":"), pos, before, ""))
            elif (
                w.endswith(("'s", "’s"))
                and j < len(words) - 1
                and words[j + 1] not in _NEVER_START
                and (len([x for x in words[: j + 1] if x != "The"]) >= 2 or canonical_network(w[:-2]))
            ):
                # "Ryan Murphy's American Horror Story", "HBO's Girls" — but not "The Handmaid's Tale"
                out.append((" ".join(words[j + 1 :]).rstrip(":"), pos + 1, "«owner»", after))
    return out


_OCCASIONS = frozenset("Christmas Holiday Festive Halloween Easter Thanksgiving Valentine's Hogmanay".split())


def _possessive(name: str) -> bool:
    return name.endswith(("'s", "’s"))


# A name the text gives as a project's title: "X, the project's working title", "X (working title)"; or a name
# the text says is a show: "Broken Spur, the Paramount+ Western she created", "Kaali Raat, a gritty crime thriller"
_NAMED_AS_TITLE = case_free(
    re.compile(
        r"[\"”’']?\s*[,(]\s*(?:the\s+|its\s+|a\s+)?(?:[\w-]+['’]s?\s+)?(?:working|tentative|provisional)\s+title\b|"
        # "Andheri Gali, created by Sunita Kulkarni and directed by …": a work credited to its makers
        r"[\"”’']?,\s+(?:created|co-created|written|directed|developed|produced)\s+(?:for\s+television\s+)?by\b|"
        r"[\"”’']?,\s+(?:the|a|an|its|their|her|his)\s+(?:(?!(?:of|star|stars|creator|showrunner|actor|actress|writer|director|"
        r"producer|host|lead|and|who|which|with)\b)[\w+'’.-]+\s+){0,4}?(?:series|drama|comedy|thriller|western|sitcom|show|"
        r"procedural|anime|miniseries|docuseries|dramedy|spinoff|spin-off)\b"
        # (not "… global Top 10, the show fell out of the chart": a new clause, whose subject the kind word is)
        r"(?!\s+(?:is|was|were|has|had|have|will|would|can|could|did|does|fell|rose|dropped|slipped|climbed|went|"
        r"became|got|remains|remained|premiered|debuted|aired|ran|ended)\b)",
        re.IGNORECASE,
    )
)


_COMPANY = re.compile(
    r"^(?!the\s)\S+(?:\s+\S+){0,3}\s+(?:Pictures|Productions?|Films?|Studios?|Entertainment|Media|Animation|Group|"
    r"Company|Inc\.?|Ltd\.?|LLC|Limited)$",
    re.IGNORECASE,
)
# "Hollis Grant (The Carvers, Nine Mile Road) has joined …": the shows a person is known for, in brackets
_CREDIT_BRACKET = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2}\s*\((?:[^()]*,\s*)?$")
CHART_PLACE = re.compile(r"(?:(?:the\s+)?Top|No\.?|Number)\s+\d{1,3}", re.IGNORECASE)
_PERSONS_WORK = re.compile(
    r"\b(?:whose|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:film|feature|movie|debut|novel|album|podcast|play)\s*"
    r"[\"“‘']?$",
    re.IGNORECASE,
)


# "The streamer has cancelled Yesterday, Again, its time-loop drama": a title with a comma in it, one word before
# and one or two after, not a list ("Ruckus, The Marlow Brief, Dust & Daylight and …") nor a place ("Tacoma,
# Washington")
_COMMA_TITLE = re.compile(
    r"(?<![\w'’.-])([A-Z][a-z]+), ((?!The\b|A\b|An\b)[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"(?![\w'’-]| (?!Season|Series)[A-Z]|,\s*[A-Z]|\s+(?:and|&)\s)"
)
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|of|to|outside)\s+$")
_CALENDAR = words(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December"
)


def _comma_titles(text: str) -> dict[int, str]:
    """Where each title with a comma in it starts: one the text writes at least twice, once inside a sentence."""
    seen: dict[str, list[int]] = {}
    inside: set[str] = set()
    for m in _COMMA_TITLE.finditer(text):
        a, b = m.group(1), m.group(2)
        if a in _CALENDAR or b in US_STATES or canonical_network(a) or canonical_network(b) or is_first_name(a):
            continue
        before = text[max(0, m.start() - 12) : m.start()]
        if _PLACE_BEFORE.search(before):
            continue
        seen.setdefault(m.group(0), []).append(m.start())
        if re.search(r"[a-z][a-z,]* $", before):
            inside.add(m.group(0))
    return {at: name for name, starts in seen.items() if len(starts) >= 2 and name in inside for at in starts}


_ARTICLES = frozenset("a an the la le el les los las il lo der die das y yr o".split())


def text_titles(text: str, limit: int = 2000) -> list[TextTitle]:
    """Title-like spans of the text's first paragraphs, strongest first."""
    found: dict[str, list] = {}
    order: list[str] = []
    commas = _comma_titles(text[:limit]) if ", " in text[:limit] else {}
    for name, pos, before, after in spans(text, limit):
        if commas:
            if pos in commas and commas[pos].startswith(name + ","):
                name = commas[pos]  # "Yesterday" of "Yesterday, Again"
            elif any(pos == at + len(whole) - len(name) and whole.endswith(" " + name) for at, whole in commas.items()):
                continue  # "Again" of "Yesterday, Again": counted with its first word
        bare = name.removeprefix("The ")
        # (the name before an apostrophe is looked up only when there is one: otherwise it is the bare name)
        owner = bare.split("'")[0].split("’")[0]
        if len(name) < 2 or canonical_network(bare) or owner != bare and canonical_network(owner):
            continue
        if _COMPANY.search(name) and before != "«q»":
            continue  # "Longhouse Pictures", "Nordlicht Film": who makes a show
        if name.isupper() and name.lower() in _LINE_LABELS:
            continue  # "Copper Street (ABC) — RENEWED for season 6": a list's label in capitals
        if name.isupper() and name.isalpha() and len(name) > 2 and before != "«q»" and zipf(name) >= 4.0:
            # "ITV has axed TWO daytime faves", "FILMING on Rook has been halted": a tabloid's emphasis ("SEE" quoted
            # is Apple's series)
            continue
        if CHART_PLACE.fullmatch(name):
            continue  # "a Top 10 hit", "No. 2 on the chart": a place in a chart
        parts = re.split(r"\s+(?:and|&)\s+|,\s+", bare)
        if len(parts) > 1 and all(canonical_network(p) for p in parts):
            continue  # "Acorn TV and Channel 5 have commissioned …": the networks, together
        first, _sp, rest = name.partition(" ")
        opener = text[max(0, pos - 3) : pos].rstrip()[-1:]
        if rest and canonical_network(rest) and not (opener and (opener.isalnum() or opener in ",;('’\"“‘")):
            continue  # "Thought Netflix was cynical?", "While Hulu has produced …": a sentence's opening word
        weight = 0.0
        near = text[max(0, pos - 24) : pos]
        if "episode" in near[max(near.rfind("\n"), near.rfind(". ")) + 1 :].lower():  # in the same line and sentence
            weight -= 3  # "episode 5 – 'Allegiance'": an episode's title, not the show's
        bracketed = text[pos - 1 : pos] == "(" and text[pos + len(name) : pos + len(name) + 1] == ")"
        if bracketed and 2 <= len(name.split()) <= 3 and is_first_name(name.split()[0]):
            weight -= 3  # "the Interpol agent who nearly caught them (Hugo Bergstrom)": who plays a part
        if _PERSONS_WORK.search(text, max(0, pos - 40), pos) or _CREDIT_BRACKET.search(text, max(0, pos - 60), pos):
            weight -= 3  # "directed by Yang, whose feature debut "Nightbus" …": a person's other work
        if _possessive(name):
            # "Sir David Jason's sitcom", "Netflix's": an owner, rarely the title itself
            weight -= 1.5
        if before == "«weak»":
            weight -= 0.5
        elif before in _NOUN_CUES:
            weight += 2
        elif before == "«q»":
            weight += 2.5
        elif before == "«owner»":
            weight += 1
        elif before in _TITLE_NOUNS:
            weight += 3
        elif before in _DECISION_VERBS:
            weight += 2 if before not in {"of", "about", "for", "on", "in"} else 0.5
        end = pos + len(name)
        named = _NAMED_AS_TITLE.match(text, end) if "," in text[end : end + 2] or "(" in text[end : end + 3] else None
        if named:
            weight += 3  # "Marry Me, the project's working title, …"
        if name.startswith(("Co ", "Co. ", "County ")):
            weight -= 2  # "being shot in Co Wicklow": an Irish county
        if before in _PERSON_BEFORE:
            weight -= 2.5
        if after in _PERSON_AFTER and not (named and named.group().endswith("by")):
            weight -= 2  # (not "Andheri Gali, created by …": made by someone, so a work)
        if after in _CREDIT_AFTER:
            weight += 0.5  # "the “Doctor Who” showrunner's new drama": a title, but named for whose it is
        elif after in _TITLE_AFTER:
            weight += 1.5
        words = name.split()
        if (
            len(words) == 2
            and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
            and weight < 2
            and words[0].lower() not in _ARTICLES  # ("An Cladach", "El Chapo" open with an article)
            and (is_first_name(words[0]) or zipf(words[1]) < 3.0 or name in US_STATES)
        ):
            # "Jenna Ortega", "Ncuti Gatwa": a first name or a rare surname looks like a person ("Kettle Creek" not)
            weight -= 0.5
        key = name.casefold()
        if key not in found:
            found[key] = [name, weight, pos, 1]
            order.append(key)
        else:
            entry = found[key]
            entry[1] = max(entry[1], weight) + 0.5
            entry[3] += 1
    return sorted(
        (TextTitle(v[0], v[1], v[2], v[3]) for v in (found[k] for k in order)), key=lambda t: (-t.weight, t.start)
    )
