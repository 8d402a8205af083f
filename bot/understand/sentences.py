"""Sentences and page clutter: what an article says, without what the page wraps around it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from operator import itemgetter

from sentencex import segment

from bot.understand.callmemo import per_call
from bot.understand.prefilter import prefiltered

# Lines that are page furniture, not the story, tested on the lower-cased line: a line that starts like clutter
# ("READ MORE: …", "Sign up …", "Photo: …"), a short line that is clutter as a whole ("Advertisement", "Share on X"),
# and a caption-length line (under 300 characters) with a photo credit. A long paragraph that mentions "AP Photo" is
# story text and stays.
_CLUTTER_START = re.compile(
    r"(?:don['’]t miss|read more|related|see also|also read|more|recommended|watch|trending|up next|must read|"
    r"read next|keep reading|you may also like|more from)\s*[:|–-]|"
    r"sign up|subscribe|get our|join our|newsletter|"
    r"(?:photo|image|credit|photograph|pictured|courtesy)\s*[:|]|"
    # "Image courtesy of Kadokawa …", "Illustration for article titled …": a picture's line, not the story
    r"(?:photo|image|picture|illustration|photograph)s?\s+(?:courtesy|credit|via|by|for\s+(?:the\s+)?article)\b|"
    r"follow (?:us|him|her|them) on |"
    r"(?:this article|this story|this post) (?:was|has been) (?:updated|originally published)|"
    r"all rights reserved|©|copyright"
)
_CLUTTER_WHOLE = re.compile(
    r"(?:click to skip ad|skip ad|closing in\.*|advertisement|ad|sponsored(?: content)?|"
    r"(?:share|tweet|pin it|email|print|copy link|share on \w+|share this(?: article)?)\b.{0,40})\s*"
)
# A heading over links to other stories, on a line of its own
_LINKS_HEADING = re.compile(
    r"(?i)(?:related|related\s+(?:stories|articles|posts|news|content|coverage|links|reading|videos?)|"
    r"more\s+(?:stories|news|from\s+[\w ]{1,20})|you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?|"
    r"more\s+on\s+this(?:\s+story)?|trending(?:\s+now)?|latest\s+news|up\s+next|read\s+next|"
    r"also\s+read|see\s+also)\s*:?"
)
_CREDIT = prefiltered(re.compile(r"\b(?:getty images|shutterstock|ap photo)\b"))
_CLUTTER_HEAD = 80  # how much of a line the start and whole-line tests read
_CAPTION_CHARS = 300
_PASTED_CHARS = 200  # a line this long that opens with clutter may be a whole article pasted as one line


def _clutter(line: str) -> bool:
    head = line[:_CLUTTER_HEAD].lower()
    if _CLUTTER_START.match(head):
        return True
    if len(line) <= _CLUTTER_HEAD and _CLUTTER_WHOLE.fullmatch(head):
        return True
    if len(line) < _CAPTION_CHARS:
        low = line.lower()
        return ("getty" in low or "shutterstock" in low or "ap photo" in low) and _CREDIT.search(low) is not None
    return False


_AUTHOR_BIO = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s+(?:is|was|has been|serves as)\s+(?:a|an|the)?\s*"
    r"(?:[\w-]+\s+){0,3}(?i:editor|writer|reporter|correspondent|journalist|contributor|critic|columnist|producer)\b"
    r"|\b(?:having joined|has over a decade|years of (?:professional )?(?:writing|editing|reporting) experience|"
    r"you can reach (?:him|her|them)|follow (?:him|her|them) on)\b",
)
# (searched through a whole paragraph only when one of its words is there; a line's start is matched as is)
_AUTHOR_BIO_ANYWHERE = prefiltered(_AUTHOR_BIO)
# What the summary and facts read: the first paragraphs of a page, never megabytes. Every function here is linear
# in min(len(text), MAX_TEXT_CHARS); sentencex itself is quadratic on a paragraph of many sentences that each open
# an unclosed quote ("“a. " repeated: 258 ms for 50,000 chars), so paragraphs go to it in pieces of MAX_PIECE_CHARS.
MAX_TEXT_CHARS = 12_000
MAX_PIECE_CHARS = 2_000
# sentencex splits "at 8 p.m. ET starting …" after "p.m."; a time zone continues the sentence
_TIME_ZONE_NEXT = re.compile(r"^(?:ET|PT|CT|MT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|BST|UTC|CET)\b")
_HONORIFIC_END = re.compile(r"\b(?:Ms|Mrs|Messrs)\.$")
_CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)


def _bounded(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit)
    return text[: cut if cut > limit // 2 else limit]


_FEED_FOOTER = re.compile(r"The post .{1,400}? appeared first on ")


def page_paragraphs(text: str, *, limit: int = MAX_TEXT_CHARS) -> Iterator[str]:
    """The paragraphs of the first `limit` characters in order, without clutter lines and short author bios. A
    trailing author bio is only known at the end: see drop_trailing_bio."""
    story = False  # whether any line has been read
    links = False  # inside a block of links to other stories above the story, up to its blank line
    for line in _bounded(text, limit).split("\n"):
        line = line.strip()
        if links:
            links = bool(line)
            continue
        footer = _FEED_FOOTER.match(line) is not None
        if len(line) < 40 and _LINKS_HEADING.fullmatch(line) or footer:
            if not story and not footer:
                links = True  # ("Related Stories" over other headlines, above the story: the story follows)
                continue
            # "Related Stories" over a list of other headlines, a feed's "The post <headline> appeared first on
            # <site>." (which repeats the headline's words as if the text used them): the story has ended
            return
        story = story or bool(line)  # (only a heading that opens the page is above the story)
        if _clutter(line):
            line = _past_clutter(line)
        if line and not (len(line) < 400 and _AUTHOR_BIO.match(line)):
            yield line


# The end of a sentence, where the next one opens with a capital or a quote
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s+(?=[\"“‘'(]?[A-Z0-9])")


def _past_clutter(line: str) -> str:
    """What is left of a clutter line: nothing, unless it is long enough to be an article pasted as one line
    ("Photo: Courtesy of Netflix. Stranger Things fans, rejoice! …", as feeds that flatten a page send it), whose
    opening sentences alone are clutter."""
    while len(line) >= _PASTED_CHARS:
        end = _SENTENCE_END.search(line, 0, _CAPTION_CHARS)
        if end is None:
            return ""
        line = line[end.end() :]
        if not _clutter(line):
            return line
    return ""


def is_author_bio(paragraph: str) -> bool:
    return _AUTHOR_BIO_ANYWHERE.search(paragraph) is not None


def clean_page_text(text: str, *, limit: int = MAX_TEXT_CHARS) -> str:
    """Drop clutter lines and a trailing author bio from the first `limit` characters; keep paragraph breaks."""
    kept: list[str] = []
    if "*" in text:
        # Markdown from forums and newsletters: "**RENEWED**" is a heading, "*Salt & Cedar*" a title in italics
        text = _MD_ITALIC.sub("“\\1”", _MD_BOLD.sub("\\1", text))
    if ("BC" in text or "TV" in text or "HBO" in text or "AMC" in text or "FX" in text) and _glued(text):
        text = _GLUED.sub("\\1\n", text)
    for line in page_paragraphs(text, limit=limit):
        if kept and (
            line[:1].islower()
            and _WRAPPED_END.search(kept[-1])
            and _WRAPPED_START.match(line)
            or len(kept[-1]) >= 40
            and kept[-1][-1:].islower()
            and _OPEN_END.search(kept[-1])
            and not _BYLINE.match(kept[-1])
        ):
            kept[-1] += " " + line  # a hard-wrapped sentence ("… will end" / "with season 4 after …") is one
        else:
            kept.append(line)
    while kept and is_author_bio(kept[-1]):
        kept.pop()
    return "\n\n".join(kept)


_MD_BOLD = re.compile(r"\*\*([^*\n]{1,80}?)\*\*")
_MD_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,80}?)(?<=\S)\*(?![\w*])")
# Where a sentence's next clause starts: "renewed Ghosts, while So Help Me Todd was cancelled"
CLAUSE_BREAK = re.compile(r";|,\s*(?:while|but|whereas|although|though)\b|\s(?:while|whereas)\s")
# A picture's caption run into the story's first word: "John MulaneyNBC is getting into …" (a network's letters
# right after a lowercase letter, then a verb's space)
_GLUED = re.compile(
    r"([a-z])(?=(?:NBC|ABC|CBS|HBO|BBC|ITV|AMC|FX|PBS|TNT|TBS|CBC|ITVX)\s+(?:is|has|have|was|will|and)\b)"
)
# The same names and verbs, found by a scan that skips to the names' first letters in C (the pattern above tries its
# lookahead after every lowercase letter): a glued name is one right after a lowercase letter
_GLUED_NAME = re.compile(r"(?:NBC|ABC|CBS|HBO|BBC|ITV|AMC|FX|PBS|TNT|TBS|CBC|ITVX)\s+(?:is|has|have|was|will|and)\b")


def _glued(text: str) -> bool:
    """Whether _GLUED has anything to cut."""
    return any(m.start() and "a" <= text[m.start() - 1] <= "z" for m in _GLUED_NAME.finditer(text))


# A line cut inside a sentence: it ends without closing punctuation and the next line goes on in lower case (a
# byline, "by Dave Elliott", is no continuation)
_WRAPPED_END = re.compile(r"[\w,;'’-]$")
_WRAPPED_START = re.compile(r"(?!by\b)[a-z]")
# … or a sentence's line that ends on a word no sentence ends with ("… the co-creator of" / "Happy Endings, …")
_OPEN_END = re.compile(r"\s(?:of|the|a|an|and|to|in|for|with|from|on|at)$")
_BYLINE = re.compile(r"(?i)by\s")


def _pieces(paragraph: str) -> list[str]:
    """A long paragraph cut after a sentence end (". ") near MAX_PIECE_CHARS, else at a space."""
    out = []
    while len(paragraph) > MAX_PIECE_CHARS:
        window = paragraph[:MAX_PIECE_CHARS]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        cut = cut + 1 if cut > MAX_PIECE_CHARS // 2 else window.rfind(" ")
        if cut <= 0:
            cut = MAX_PIECE_CHARS
        out.append(paragraph[:cut])
        paragraph = paragraph[cut:].lstrip()
    out.append(paragraph)
    return out


def split_sentences(text: str, *, limit: int = MAX_TEXT_CHARS) -> list[str]:
    """Sentences of the first `limit` characters in order; each line is split on its own, so headings without end
    punctuation stay as their own items. Boundaries come from sentencex (abbreviations, initials, dates and quotes:
    "Jan. 9", "J.J. Abrams", "The A.V. Club", "U.S.", a quote of two sentences stays with its attribution)."""
    return list(_split(text, limit))


@per_call
def _split(text: str, limit: int) -> tuple[str, ...]:
    out: list[str] = []
    for line in _bounded(text, limit).split("\n"):
        line = line.strip()
        if line:
            out.extend(_line_sentences(line))
    return tuple(out)


def line_sentences(line: str) -> list[str]:
    """The sentences of one line (a paragraph), in order."""
    return list(_line_sentences(line))


@per_call  # (the text, its first 4,000 characters and its lead share their lines)
def _line_sentences(line: str) -> tuple[str, ...]:
    out: list[str] = []
    for piece in _pieces(line) if len(line) > MAX_PIECE_CHARS else (line,):
        for sentence in segment("en", piece):
            sentence = sentence.strip()
            if not sentence:
                continue
            if (
                out
                and out[-1].endswith(("m.", "M."))
                and _CLOCK_END.search(out[-1])
                and _TIME_ZONE_NEXT.match(sentence)
                # sentencex splits after "Ms." ("… a second season of Ms." / "Ambrose, the teacher comedy")
                or out
                and out[-1].endswith("s.")
                and _HONORIFIC_END.search(out[-1])
            ):
                out[-1] += " " + sentence
            else:
                out.append(sentence)
    return tuple(out)


def is_sentence(s: str) -> bool:
    """A real sentence ends with punctuation and has a verb-ish length; headings and captions do not."""
    return len(s) >= 25 and s.rstrip("\"'”’)").endswith((".", "!", "?", "…", ":")) and " " in s


# ------------------------------------------------------------------ word families
# Python's re tries every branch of a large "\b(?:renew\w*|cancel\w*|…)" at every character: 10–30 µs a sentence.
# Looking a sentence's words up in sets instead costs a few set operations. A family is written as terms separated
# by "|": "cast" is a whole word, "renew*" any word starting with "renew", and a term with spaces ("pick* up",
# "won't be back", "season # is confirmed", "#" a number of one or two digits; words apart by spaces, after a "." or
# "," at most) a phrase, tried with a regex only when its first word is present.
_TOKEN = re.compile(r"\w+")
_FIRST3 = itemgetter(slice(0, 3))


class Words:
    """One sentence's words, lower-cased (and, for cased families, as written), looked up by Terms."""

    __slots__ = ("_raw", "low", "starts", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = text.lower()
        self.words = frozenset(_TOKEN.findall(self.low))
        self.starts = frozenset(map(_FIRST3, self.words))
        self._raw: tuple[frozenset[str], frozenset[str]] | None = None

    def raw(self) -> tuple[frozenset[str], frozenset[str]]:
        if self._raw is None:
            words = frozenset(_TOKEN.findall(self.text))
            self._raw = (words, frozenset(map(_FIRST3, words)))
        return self._raw


def _phrase_pattern(phrase: str) -> str:
    parts = []
    for part in phrase.split():
        if part == "#":
            parts.append(r"\d{1,2}\b")
        elif part.endswith("*"):
            parts.append(re.escape(part[:-1]).replace("'", "['’]") + r"\w*")
        else:
            parts.append(re.escape(part).replace("'", "['’]") + r"\b")
    return r"[.,]?\s+".join(parts)  # "Jan. 9", "January 9, 2027"


def word_set(spec: str) -> frozenset[str]:
    """A set of words written as one string: word_set("i we you")."""
    return frozenset(spec.split())


# Words too common to say whether a phrase could be there
_COMMON = word_set("a an and as at be by for in is it no not of on or the to will with won t")


def _trigger(phrase: str) -> str:
    """The word whose presence lets a phrase be tried: its first uncommon word ("to end" → "end")."""
    parts = [p for p in phrase.split() if p != "#"]
    for part in parts:
        word = _TOKEN.match(part)
        if word and word.group().lower() not in _COMMON:
            return word.group() + ("*" if part.endswith("*") and word.group() == part[:-1] else "")
    word = _TOKEN.match(parts[0]) if parts else None
    if word is None:
        raise ValueError(f"a phrase needs a word: {phrase!r}")
    return word.group()


class _Lookup:
    """Whole words and word starts (stems of three letters or more)."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.stems: dict[str, list[str]] = {}

    def add(self, term: str) -> None:
        if term.endswith("*"):
            stem = term[:-1]
            if len(stem) < 3:
                raise ValueError(f"a stem needs three letters or more: {term!r}")
            self.stems.setdefault(stem[:3], []).append(stem)
        else:
            self.words.add(term)

    def freeze(self) -> None:
        self.word_set = frozenset(self.words)
        self.stem_keys = frozenset(self.stems)
        self.stem_tuples = {k: tuple(v) for k, v in self.stems.items()}

    def stem_hit(self, words: frozenset[str]) -> bool:
        keys, stems = self.stem_keys, self.stem_tuples
        return any(w[:3] in keys and w.startswith(stems[w[:3]]) for w in words)


class Terms:
    """A word family; `cased` families compare words as written ("May" the month, not "may")."""

    def __init__(self, spec: str, *, cased: bool = False) -> None:
        self.cased = cased
        self.single, self.triggers = _Lookup(), _Lookup()
        by_trigger: dict[str, list[str]] = {}
        for term in (t.strip() for t in spec.split("|")):
            if not term:
                continue
            if not _TOKEN.fullmatch(term.rstrip("*")):  # several words, or "first-look", "won't"
                trigger = _trigger(term)
                self.triggers.add(trigger)
                by_trigger.setdefault(trigger.rstrip("*"), []).append(term)
            else:
                self.single.add(term)
        self.single.freeze()
        self.triggers.freeze()
        # one small regex per trigger word: only the phrases that word can start or hold are tried
        self.phrases = {
            t: re.compile(r"\b(?:" + "|".join(_phrase_pattern(p) for p in ps) + ")") for t, ps in by_trigger.items()
        }

    def search(self, words: Words) -> bool:
        found, starts = words.raw() if self.cased else (words.words, words.starts)
        single = self.single
        if not single.word_set.isdisjoint(found):
            return True
        if not single.stem_keys.isdisjoint(starts) and single.stem_hit(found):
            return True
        if not self.phrases:
            return False
        triggers = self.triggers
        text = words.text if self.cased else words.low
        for trigger in triggers.word_set.intersection(found):
            if self.phrases[trigger].search(text):
                return True
        if not triggers.stem_keys.isdisjoint(starts):
            for w in found:
                for stem in triggers.stem_tuples.get(w[:3], ()):
                    if w.startswith(stem) and self.phrases[stem].search(text):
                        return True
        return False


@lru_cache(maxsize=256)
def words_of(text: str) -> Words:
    """Words of a sentence, shared by the summary and the facts of one article (both read its first sentences)."""
    return Words(text)
