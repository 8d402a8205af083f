"""Extractive summaries: the article's own sentences that carry the news, clutter removed.

The summary leads with the news sentence: the one among the first few that names the show (or "the series") and the
decision ("renewed", "cancelled", "will end with", "ordered", "premieres", …), not a chatty opener ("X's grip on the
small screen shows no signs of slowing down."), a "Meanwhile, …" aside or a quote. Then up to two of the sentences
right after it that still talk about the news. Work is bounded: only LEAD_WINDOW sentences are lead candidates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.understand.numbers import WORD_NUMBERS
from bot.understand.prefilter import prefiltered
from bot.understand.sentences import (
    Terms,
    Words,
    is_author_bio,
    is_sentence,
    line_sentences,
    page_paragraphs,
    word_set,
    words_of,
)

MAX_ARTICLE_SENTENCES = 40  # what analyze() reads: the lede, the summary's first sentences, the facts' window
LEAD_WINDOW = 6  # news leads with the news: later sentences are background (5 to 8 score the same on dev)
MAX_SUMMARY_CHARS = 600
MAX_LEAD_CHARS = 450  # a longer "sentence" is a list or a run-on caption, a poor lead

_ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"] + [
    f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10 if n not in (11, 12, 13) else 0, 'th') }" for n in range(2, 31)
]


def _each(firsts: str, lasts: str) -> str:
    """Every "first last" phrase: _each("not|not to", "return*|renew*") → "not return*|not renew*|not to return*|…"."""
    return "|".join(f"{a} {b}" for a in firsts.split("|") for b in lasts.split("|"))


# How each decision is worded in a news sentence (word families, see sentences.Terms)
_FAMILIES = {
    "renewed": "renew*|reup|reups|pickup|pickups|commission*|recommission*|greenl*|order*|return*|save|saves|"
    "saved|revive|revived|revives|resurrect*|rescue|rescued|rescues|green light|coming back|back for|re-up|re-ups|"
    + _each("pick|picks|picked", "up")
    + "|"
    + _each("another", "season|series")
    + "|"
    + _each("|".join(_ORDINALS), "season|series|installment")
    + "|"
    + _each("season #|series #|season # is|series # is", "confirmed|official|happening"),
    "cancelled": "cancel*|axe|axes|axed|axing|scrap*|shelved|dropp*|dead|pull* the plug|one and done|no more|"
    "part* ways|"
    + _each(
        "not|not to|not be|won't|won't be|wont|wont be",
        "return*|renew*|coming back|back|proceed*|moving forward|going forward",
    ),
    "ending": "end*|final|last|conclu*|farewell|close|finish*|wrap* up",
    "ordered": "order*|greenl*|pickup|pickups|commission*|recommission*|revival|reboot|green light|straight to series|"
    "in the works|" + _each("pick|picks|picked", "up"),
    "premiere": "premiere*|debut*|return*|arriv*|launch*|release*|drop|drops|air|airs|date",
    "production": "production|filming|film|films|shoot*|cameras|wrap*|underway|table read",
    "trailer": "trailer|trailers|teaser|teasers|promo|clip|footage|first look|first-look|sneak peek|"
    + _each("first|new", "image|images|photo|photos"),
    "casting": "cast*|join*|board|boards|role|exit*|leav*|depart*|replac*|tapped|recurring|recast*|promoted|"
    "to star|will star|to play|will play|sign on|signs on|series regular|return* as",
}
_DECISION = {k: Terms(v) for k, v in _FAMILIES.items()}
# Any decision at all, when analyze() found none (weak premiere words such as "airs" or "date" left out)
_ANY_DECISION = Terms(
    "|".join(_FAMILIES[k] for k in ("renewed", "cancelled", "ordered", "production", "trailer", "casting"))
    + "|premiere*|debut*|final|ending|to end|will end"
)
_NEWS_WORDS = Terms(
    "renew*|cancel*|axed|final|last|end|ending|order*|greenl*|premiere*|return*|season|series|production|filming|"
    "trailer|teaser|cast|join|joins|announced|confirmed|pickup|picked up"
)
# "the series", "the hit comedy", "the show": the show named without its title
_REFERENCE_NOUNS = word_set(
    "series show drama comedy sitcom thriller docuseries miniseries procedural dramedy anime revival reboot spinoff "
    "spin pilot"
)
_REFERENCE = prefiltered(
    re.compile(
        r"\b(?:the|its)\s+(?:[\w'’-]+\s+){0,3}?(?:series|show|drama|comedy|sitcom|thriller|"
        r"docuseries|miniseries|procedural|dramedy|anime|revival|reboot|spinoff|spin-off|pilot)\b"
    )
)
_CHATTY_START = re.compile(
    r"^[\"'“‘(]*(?:meanwhile|but|and|so|also|still|however|plus|oh|well|now|in other news|"
    r"elsewhere|of course|speaking of|as for|if you|you|fans|good news|bad news|get ready|"
    r"here's|here is|it's official|heads up)\b"
)
_FIRST_PERSON = word_set("i we our you your")  # lower-cased words ("us" left out: "US" is a country)
_QUOTE_START = re.compile(r"^[\"“‘']")
# The opening quoted span; a single closing quote must not be an apostrophe ("I'm", "Schitt’s")
_QUOTED_OPENING = re.compile(r"^(?:[\"“]([^\"”]*)[\"”]|['‘]((?:[^'’]|['’](?=\w))*)['’](?!\w))")
_LEAD_IN = re.compile(r"^(?:Meanwhile|But|However|Also|And|Still|So|Plus|Now),\s+(?=\w)")
_MONTHS = (
    "January February March April May June July August September October November December Jan Feb Aug Sep Sept "
    "Oct Nov Dec"
)
_DATE = Terms("|".join(f"{m} #" for m in _MONTHS.lower().split()))
_WORD = re.compile(r"[a-z][a-z'-]{3,}")
_STOPWORDS = word_set(
    "this that with from will have been their about after what when season series show shows news first into more "
    "than over just they them also says said"
)
_SEASON_WORDS = frozenset(("season", "series", "part"))


@lru_cache(maxsize=64)
def _season_pattern(season: int) -> re.Pattern[str]:
    words = [str(season)] + [w for w, n in WORD_NUMBERS.items() if n == season]
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(
        rf"\b(?:(?:season|series|part)\s+(?:{alt})|(?:{alt})(?:st|nd|rd|th)?\s+(?:season|series))\b",
    )


def _norm(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").lower()


class _Lead:
    """What the summary looks for, prepared once per article."""

    def __init__(self, shows: Iterable[str], event: str | None, season: int | None, network: str | None) -> None:
        self.names = [n for n in {_norm(s).strip() for s in shows if s} if len(n) >= 2]
        self.decision = _DECISION.get(event or "", _ANY_DECISION)
        self.dated = event == "premiere"  # a premiere's news is its date
        self.season = _season_pattern(season) if season else None
        self.network = _norm(network) if network else None
        self.title_words: set[str] = set()

    def with_title(self, title: str) -> _Lead:
        """The headline's content words: a sentence that repeats them is usually the one the headline sums up."""
        self.title_words = {w for w in _WORD.findall(_norm(title)[:300]) if w not in _STOPWORDS}
        return self

    def names_show(self, low: str) -> bool:
        for name in self.names:
            at = low.find(name)
            # a whole-word hit: "You" is not inside "young"
            if at >= 0 and not low[at + len(name) : at + len(name) + 1].isalnum() and not low[at - 1 : at].isalnum():
                return True
        return False

    def score(self, sentence: str, position: int) -> float:
        words = words_of(sentence)
        low = _norm(sentence)
        named = self.names_show(low)
        referred = not named and not _REFERENCE_NOUNS.isdisjoint(words.words) and bool(_REFERENCE.search(low))
        # The decision outweighs the name: a chatty opener often names the show and decides nothing. Another
        # decision than the one analyze() found counts for less ("debuted in September" in a renewal story).
        dated = _DATE.search(words)
        if self.decision.search(words) or (self.dated and dated):
            decision = 3.0
        elif self.decision is _ANY_DECISION:
            decision = 0.0
        else:
            decision = 1.5 if _ANY_DECISION.search(words) else 0.0
        score = (decision or -2.0) + (2.0 if named else 1.0 if referred else 0.0)
        if decision:
            score += (2.0 if named else 1.0 if referred else 0.0) * decision / 3.0
        if self.title_words:
            score += min(1.2, 0.3 * sum(1 for w in self.title_words if w in low))
        if self.season is not None and not _SEASON_WORDS.isdisjoint(words.words) and self.season.search(low):
            score += 0.5
        if self.network and self.network in low:
            score += 0.5
        if dated:
            score += 0.25
        if _CHATTY_START.match(low):
            score -= 2.0
        if _is_quotation(sentence):
            score -= 3.0  # quotes belong in facts; the summary reports
        end = sentence.rstrip("\"'”’)")[-1:]
        if end == "?":
            score -= 2.0  # a question is a teaser, not the news
        elif end == "!":
            score -= 1.0
        quoted = '"' in sentence or "“" in sentence
        if not _FIRST_PERSON.isdisjoint(Words(_unquoted(sentence)).words if quoted else words.words):
            score -= 1.0
        if len(sentence) < 40:
            score -= 1.0
        if len(sentence) > MAX_LEAD_CHARS:
            score -= 3.0
        return score - 0.4 * position


def _is_quotation(sentence: str) -> bool:
    """Opens with someone's words ("“We are thrilled,” she said"), not with a quoted title ("'Dear Edward' won't …")."""
    m = _QUOTED_OPENING.match(sentence)
    if m is None:
        return bool(_QUOTE_START.match(sentence))  # never closed: a quotation running on
    inner = m.group(1) if m.group(1) is not None else m.group(2)
    return len(inner) > 60 or inner[-1:] in (",", ".", "!", "?", "…")


def _unquoted(sentence: str) -> str:
    """The sentence without its quoted parts (a quote's "we" is the speaker's, not the writer's)."""
    return re.sub(r"[\"“][^\"”]*[\"”]?", " ", sentence) if ('"' in sentence or "“" in sentence) else sentence


def article_sentences(text: str, *, limit: int = MAX_ARTICLE_SENTENCES) -> list[str]:
    """The article's first `limit` real sentences, clutter removed; computed once per article and shared. The page is
    read paragraph by paragraph and no further than needed (the same sentences as splitting clean_page_text(text))."""
    out: list[str] = []
    starts: list[tuple[str, int]] = []  # (paragraph, index of its first sentence in out)
    for paragraph in page_paragraphs(text):
        starts.append((paragraph, len(out)))
        out.extend(s for s in line_sentences(paragraph) if is_sentence(s))
        if len(out) >= limit:
            return out[:limit]
    while starts and is_author_bio(starts[-1][0]):  # the page's end was reached: drop a trailing author bio
        del out[starts.pop()[1] :]
    return out


def summarize(
    title: str,
    text: str,
    max_sentences: int = 3,
    *,
    show: str | None = None,
    network: str | None = None,
    event: str | None = None,
    shows: Iterable[str] = (),
    season: int | None = None,
) -> str:
    """1–3 sentences of the article itself; the cleaned headline when the text has none."""
    return summarize_sentences(
        title,
        article_sentences(text),
        max_sentences,
        show=show,
        network=network,
        event=event,
        shows=shows,
        season=season,
    )


def summarize_sentences(
    title: str,
    sentences: list[str],
    max_sentences: int = 3,
    *,
    show: str | None = None,
    network: str | None = None,
    event: str | None = None,
    shows: Iterable[str] = (),
    season: int | None = None,
) -> str:
    """The news sentence first (show + decision), then up to max_sentences - 1 of the sentences right after it that
    still talk about the news. `event` is the decision analyze() found ("renewed", …); `shows` every show named."""
    title_low = title.strip().lower()
    window = [s for s in sentences[: LEAD_WINDOW + 2] if s.strip().lower() != title_low][:LEAD_WINDOW]
    if not window:
        return title.strip()
    lead = _Lead((show, *shows) if show else tuple(shows), event, season, network).with_title(title)
    scores = [lead.score(s, i) for i, s in enumerate(window)]
    best = max(range(len(window)), key=lambda i: (scores[i], -i))
    chosen = [window[best]]
    length = len(window[best])
    for i in range(best + 1, min(best + 3, len(window))):
        if len(chosen) >= max_sentences:
            break
        s = window[i]
        low = _norm(s)
        if length + 1 + len(s) > MAX_SUMMARY_CHARS or _is_quotation(s) or _CHATTY_START.match(low):
            break
        words = words_of(s)
        if lead.names_show(low) or _NEWS_WORDS.search(words) or _DATE.search(words):
            chosen.append(s)
            length += 1 + len(s)
        else:
            break
    lead_in = _LEAD_IN.match(chosen[0])
    if lead_in:  # "Meanwhile, the teaser …" → "The teaser …": the summary stands alone
        rest = chosen[0][lead_in.end() :]
        chosen[0] = rest[:1].upper() + rest[1:]
    if length > MAX_SUMMARY_CHARS:  # one run-on "sentence": cut at a word
        return chosen[0][: chosen[0].rfind(" ", 0, MAX_SUMMARY_CHARS - 1)].rstrip(" ,;:–—-") + "…"
    return " ".join(chosen)
