"""Free-text questions → (show text, season, what is asked). Pure; show matching happens in bot.answers.compose."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understand.numbers import NUM, WORD_NUMBERS, to_int

_ORD = r"(\d{1,2})(?:st|nd|rd|th)"

# Order matters: the first pattern that matches gives the season and is cut out of the text.
SEASON_PATTERNS = [
    re.compile(rf"\b(?:season|series|part|seasons)\s+{NUM}\b", re.I),
    re.compile(rf"\b{_ORD}\s+(?:season|series)\b", re.I),
    re.compile(rf"\b({'|'.join(WORD_NUMBERS)})\s+(?:season|series)\b", re.I),
    re.compile(r"\bs(\d{1,2})\b(?:\s*e\d{1,3})?", re.I),
]

# What is asked. Order matters: the first intent whose words occur wins; their words never stay in the show's name.
INTENTS = [
    (
        "casting",
        re.compile(r"\b(cast(ing)?|who (joined|joins|is joining|stars?|plays?)|joins?|joined|joining|actors?)\b", re.I),
    ),
    ("trailer", re.compile(r"\b(trailers?|teasers?|first look|footage)\b", re.I)),
    ("production", re.compile(r"\b(production|filming|shooting|wrapped)\b", re.I)),
    ("ending", re.compile(r"\b(ending|final season|last season|end(s)? with)\b", re.I)),
    (
        "cancelled",
        re.compile(r"\b(cancel+ed|cancel+ing|cancel|axed|axe|canned|scrapped|over for good|dead|ended?)\b", re.I),
    ),
    (
        "renewed",
        re.compile(
            r"\b(renew(ed|al)?|coming back|come back|return(ing)?|another season|more seasons?|green-?lit|"
            r"ordered|picked[ -]up|pick-?up)\b",
            re.I,
        ),
    ),
    (
        "when",
        re.compile(
            r"\b(when|whens|when's|release|premiere|air(s|ing)?|come out|comes out|coming out|out yet|date|"
            r"start(s|ing)?|begin(s|ning)?|debut(s|ing)?)\b",
            re.I,
        ),
    ),
]
# A question without a show that asks for news: answered with the latest stories
_NEWS = re.compile(
    r"\b(what'?s new|whats new|what is new|anything new|news|latest|updates?|what'?s happening|what happened)\b", re.I
)

# Question scaffolding: what is left after removing these (and the season) should be the show's title.
_SCAFFOLD = re.compile(
    r"\b(what|whats|what's|do|does|did|we|you|know|about|any|news|on|is|are|was|has|have|had|been|will|there|be|"
    r"a|an|of|for|so far|yet|update|updates|info|information|tell|me|us|"
    r"latest|status|when|whens|where|why|how|release|premiere|date|come|comes|coming|out|renewed|renewal|renew|"
    r"cancel+ed|cancel|axed|get|getting|got|another|next|new|season|series|air|airs|airing|return|returning|"
    r"back|happening|happen|it|please|pls|hey|greenlight|can|could|would|should|going|to|gonna|officially|"
    r"confirmed|going on|with|axe|canned|saved|"
    r"cast|casting|who|joined|joins|join|joining|actors?|trailers?|teasers?|footage|production|filming|"
    r"ordered|pickup|picked-up|ending|premieres?|premiered|released?|renewing|cancell?ing|greenlit|"
    r"green-lit|more|anything|start|starts|starting|begin|begins|beginning|debut|debuts|debuting)\b",
    re.I,
)
# A greeting, thanks or a plea for help, with no question in it: answered with a short how-to
_GREETING = re.compile(
    r"(?:hi|hello|hey|hiya|howdy|yo|sup|hola|greetings|good (?:morning|afternoon|evening)|thanks|thank you|ty|help|"
    r"what can you do|how does (?:this|it) work|who are you)(?: there| greenlight| all| everyone| bot)?[\s!.?]*",
    re.I,
)
_MENTION = re.compile(r"<@!?\d+>")
# Terminal escape sequences and other control characters: never part of a question, never echoed
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
# An object pronoun after a connector ends a title ("The Last of Us", "Call Me by Your Name"): it stays
_TITLE_END = {"us", "me", "you", "it", "we", "them", "her", "him"}
_CONNECTOR = {"of", "for", "with", "to", "and", "&", "at", "like", "by", "without", "about"}


def clean_text(text: str) -> str:
    """Mentions, terminal escapes and control characters removed; whitespace collapsed."""
    text = _ANSI.sub(" ", text)
    text = _CONTROL.sub(" ", text)
    return " ".join(_MENTION.sub(" ", text).split())


@dataclass(frozen=True)
class Question:
    text: str  # the question as asked (never echoed unescaped)
    show_text: str  # what is left for the show's title, maybe empty
    season: int | None
    intent: (
        str  # "general" | "renewed" | "cancelled" | "ending" | "when" | "casting" | "trailer" | "production" | "latest"
        # | "hello" (a greeting or a plea for help: no show is looked for)
    )
    trailing_number: int | None = None  # "Stranger Things 4": a number that may be a season or part of a title
    spans: tuple[str, ...] = ()  # runs of the question's words, longest first, for fallback matching


def is_scaffold(word: str) -> bool:
    """A word of the question's scaffolding ("any", "news", "about"), not of a title."""
    return bool(_SCAFFOLD.fullmatch(word.strip("'\"?!.,").lower()))


def _strip_edges(tokens: list[str]) -> list[str]:
    """Scaffolding is removed only at the ends: titles may hold common words ("The Last of Us", "You")."""
    start, end = 0, len(tokens)
    while start < end and _SCAFFOLD.fullmatch(tokens[start].strip("'\"").lower()):
        start += 1
    while end > start and _SCAFFOLD.fullmatch(tokens[end - 1].strip("'\"").lower()):
        word = tokens[end - 1].strip("'\"").lower()
        before = tokens[end - 2].strip("'\"").lower() if end - 2 >= start else ""
        if end - 2 > start and ((word in _TITLE_END and before in _CONNECTOR) or before in ("&", "and")):
            break
        end -= 1
    kept = tokens[start:end]
    if kept and kept[-1].lower().endswith("'s"):
        kept[-1] = kept[-1][:-2]
    return kept


def spans(tokens: list[str], longest: int = 8) -> list[str]:
    """Every run of words, longest first: fallbacks for a title hidden among common words."""
    out: list[str] = []
    for size in range(min(longest, len(tokens)), 0, -1):
        for i in range(len(tokens) - size + 1):
            out.append(" ".join(tokens[i : i + size]))
    return out


def parse_question(text: str) -> Question:
    raw = clean_text(text)
    if _GREETING.fullmatch(raw.strip()):
        return Question(raw, "", None, "hello")
    work = raw.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    season = None
    for pattern in SEASON_PATTERNS:
        m = pattern.search(work)
        if m:
            season = to_int(m.group(1))
            work = work[: m.start()] + " " + work[m.end() :]
            break
    # "… been picked up?": an intent phrase at the end whose words could also end a title ("Banged Up")
    work = re.sub(r"\s+(?:been\s+)?pick(?:ed|s)?[ -]up\s*(?=[?!.]*$)", " picked-up ", work, flags=re.I)
    intent = "general"
    for name, pattern in INTENTS:
        if pattern.search(work):
            intent = name
            break
    quoted = re.search(r"(?:^|\s)[\"']([^\"']{1,80})[\"'](?=\s|[?!.,]|$)", work)
    tokens = re.sub(r"[?!.,;]+(?=\s|$)", " ", work).split()
    if quoted:
        show_text = quoted.group(1).strip()
    else:
        show_text = " ".join(_strip_edges(tokens)).strip(" -:'\"")
    if not show_text and intent == "general" and _NEWS.search(work):
        intent = "latest"
    trailing = None
    m = re.search(r"\s(\d{1,2})$", show_text)
    if m and season is None:
        trailing = int(m.group(1))
    return Question(raw, show_text, season, intent, trailing, tuple(spans(tokens)))
