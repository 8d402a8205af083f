"""(title, text) → Analysis: event, shows, seasons, network, confidence, evidence, summary, facts."""

from __future__ import annotations

import re

from bot.models import Analysis
from bot.understand.events import decide_event
from bot.understand.facts import facts_from_sentences
from bot.understand.networks import find_networks
from bot.understand.seasons import find_seasons, pick_season
from bot.understand.sentences import is_sentence, split_sentences
from bot.understand.shows import extract_shows, quoted_titles
from bot.understand.summary import article_sentences, summarize_sentences

_TRAILING_NUMBER = re.compile(r"^(?P<t>.+?)\s+(?P<n>\d{1,2})$")




def _network(title: str, lede: str, shows: list[str]) -> str | None:
    for source in (title, lede):
        for _pos, alias, canon in find_networks(source):
            # A network word inside the show's own title ("Apple Cider Vinegar") is not the network
            if any(alias in s for s in shows):
                continue
            return canon
    return None


def analyze(title: str, text: str) -> Analysis:
    title = " ".join((title or "").split())
    text = text or ""
    sentences = article_sentences(text)
    lede = sentences[0] if sentences else ""
    shows = extract_shows(title)
    title_mentions, text_mentions = find_seasons(title), find_seasons(lede)
    season, seasons = pick_season(title_mentions, text_mentions)
    # "Stranger Things 4": an unquoted title ending in a small number names the season
    if shows and season is None and not quoted_titles(title):
        m = _TRAILING_NUMBER.match(shows[0])
        if m and 1 < int(m.group("n")) <= 30:
            shows[0] = m.group("t")
            season, seasons = int(m.group("n")), (int(m.group("n")),)
    # Event words inside a title ("Law & Order", "The Last Ship") must not decide the event
    masked = title
    for name in sorted(shows, key=len, reverse=True):
        masked = masked.replace(name, "Show")
    decision = decide_event(masked, lede, title_season=season if title_mentions else None,
                            lede_season=text_mentions[0].season if text_mentions else None)
    event = decision.event if shows else None
    confidence = decision.confidence if shows else min(decision.confidence, 0.3)
    evidence = title if decision.reason == "headline" else (lede if decision.reason == "lede" else title)
    show = shows[0] if shows else None
    network = _network(title, lede, shows)
    summary = summarize_sentences(title, sentences, network=network, event=decision.event, shows=shows, season=season)
    facts = facts_from_sentences(sentences, show, season) if show else ()
    return Analysis(event=event, show=show, shows=tuple(shows), season=season, seasons=seasons, network=network,
                    confidence=round(confidence, 2), evidence=evidence, summary=summary, facts=facts)


def needs_full_text(analysis: Analysis, text: str) -> bool:
    """A relevant article whose feed text is too thin to summarise: fetch the page."""
    if analysis.event is None:
        return False
    sentences = [s for s in split_sentences(text) if is_sentence(s)]
    return len(sentences) < 2 or len(text) < 200
