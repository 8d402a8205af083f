"""What an answer holds, for the renderers (Discord embeds, the terminal, JSON)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from bot.models import StoredFact, Story, StorySource
from bot.tvmaze.models import ATTRIBUTION


@dataclass(frozen=True)
class Answer:
    # answer | mentioned (no story, but an article's sentence names the show beside a decision) | nothing_for_season |
    # unknown_show | need_show | empty_question
    kind: str
    question: str
    show: str | None = None
    season: int | None = None
    headline: str = ""
    status: Story | None = None  # the story the headline reports: the decisive one, else what was asked about
    details: tuple[Story, ...] = ()
    facts: tuple[StoredFact, ...] = ()
    sources: tuple[StorySource, ...] = ()  # newest first; holds the article of every story and fact given
    suggestions: tuple[str, ...] = ()
    known_seasons: tuple[int, ...] = ()
    matched_from: str | None = None  # the name as typed, when it was corrected
    intent: str = "general"  # what was asked (bot.answers.questions); "latest": a list of the newest stories
    latest: tuple[Story, ...] = ()  # intent "latest": the newest stories, newest first
    tvmaze: TvmazeNote | None = None  # what TVmaze says about the show, when it is cached

    def to_dict(self) -> dict:
        def story(s: Story | None) -> dict | None:
            if s is None:
                return None
            return {
                "event": s.event,
                "show": s.show,
                "season": s.season,
                "network": s.network,
                "headline": s.headline,
                "summary": s.summary,
                "first_seen": s.first_seen.isoformat(),
                "sources": [src(x) for x in s.sources],
            }

        def src(s: StorySource) -> dict:
            return {
                "outlet": s.outlet,
                "title": s.title,
                "link": s.link,
                "published": s.published.isoformat() if s.published else None,
            }

        return {
            "kind": self.kind,
            "question": self.question,
            "show": self.show,
            "season": self.season,
            "headline": self.headline,
            "status": story(self.status),
            "details": [story(d) for d in self.details],
            "facts": [
                {"text": f.text, "kind": f.kind, "speaker": f.speaker, "season": f.season, "source": src(f.source)}
                for f in self.facts
            ],
            "sources": [src(s) for s in self.sources],
            "suggestions": list(self.suggestions),
            "known_seasons": list(self.known_seasons),
            "matched_from": self.matched_from,
            "intent": self.intent,
            "latest": [story(s) for s in self.latest],
            "tvmaze": None
            if self.tvmaze is None
            else {
                "name": self.tvmaze.name,
                "url": self.tvmaze.url,
                "status": self.tvmaze.status,
                "lines": list(self.tvmaze.lines),
                "checked": self.tvmaze.checked.isoformat() if self.tvmaze.checked else None,
                "attribution": ATTRIBUTION,
            },
        }


@dataclass(frozen=True)
class TvmazeNote:
    """TVmaze's word on the show, said as TVmaze's: the renderers link `url` and credit TVmaze (CC BY-SA)."""

    name: str
    url: str
    status: str | None
    lines: tuple[str, ...]  # a disagreement with the news first, then the status
    checked: datetime | None  # when Greenlight last fetched it


def newest_first(sources: Iterable[StorySource]) -> tuple[StorySource, ...]:
    """Dated sources newest first, then the undated ones in the order given."""
    listed = list(sources)
    dated = sorted((s for s in listed if s.published is not None), key=lambda s: s.published, reverse=True)  # type: ignore[arg-type, return-value]
    return tuple(dated + [s for s in listed if s.published is None])
