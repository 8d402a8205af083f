"""question → Answer: find the show and season, gather stories and facts, compose a sourced answer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from bot.answers.questions import Question, parse_question
from bot.models import Follow, Show, StoredFact, Story, StorySource
from bot.store import Store
from bot.stories.recorder import StoryRecorder
from bot.understand.matching import KnownShow

DECISIVE = ("renewed", "cancelled", "ending", "ordered")
DETAIL = ("premiere", "production", "casting", "trailer")
_OFFICIAL = re.compile(
    r"\b(announced|announces|confirmed|confirms|officially|official|statement|"
    r"has (renewed|cancell?ed|canceled|ordered)|"
    r"(renews|cancels|orders|picks up))\b",
    re.I,
)
SUGGEST_MIN = 60.0  # weaker matches are noise, not suggestions


@dataclass(frozen=True)
class Answer:
    kind: str  # answer | nothing_for_season | unknown_show | need_show | empty_question
    question: str
    show: str | None = None
    season: int | None = None
    headline: str = ""
    status: Story | None = None
    details: tuple[Story, ...] = ()
    facts: tuple[StoredFact, ...] = ()
    sources: tuple[StorySource, ...] = ()
    suggestions: tuple[str, ...] = ()
    known_seasons: tuple[int, ...] = ()
    matched_from: str | None = None  # the name as typed, when it was corrected

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
        }


def _date(dt: datetime | None) -> str:
    return f"{dt:%b} {dt.day}, {dt.year}" if dt else "date unknown"


def _season_words(season: int | None) -> str:
    return f"season {season}" if season is not None else "another season"


def is_confirmed(story: Story) -> bool:
    """Several outlets, or wording of an announcement: treat as confirmed; one outlet's say-so is a report."""
    return len(story.sources) >= 2 or bool(_OFFICIAL.search(story.summary or story.headline))


def status_sentence(story: Story) -> str:
    who = story.network or "The network"
    s = story.season
    what = {
        "renewed": f"{who} renewed {story.show} for {_season_words(s)}",
        "cancelled": f"{who} cancelled {story.show}" + (f" (no season {s})" if s else ""),
        "ending": f"{story.show} will end with season {s}" if s else f"{story.show}'s next season will be its last",
        "ordered": f"{who} ordered {story.show}" + (f" (season {s})" if s and s > 1 else " to series"),
        "premiere": f"{story.show} " + (f"season {s} " if s else "") + "has a premiere date",
        "production": f"Production news for {story.show}" + (f" season {s}" if s else ""),
        "casting": f"Casting news for {story.show}" + (f" season {s}" if s else ""),
        "trailer": f"A trailer or first look for {story.show}" + (f" season {s}" if s else ""),
    }.get(story.event, f"News about {story.show}")
    outlet = story.sources[0].outlet if story.sources else "an outlet"
    if is_confirmed(story):
        tail = f" — announced {_date(story.first_seen)}" + (
            f", reported by {len(story.sources)} outlets" if len(story.sources) > 1 else f" (via {outlet})"
        )
    else:
        tail = (
            f" — reported by {outlet} on {_date(story.first_seen)}; "
            f"not yet confirmed by {story.network or 'the network'}"
        )
    return what + tail + "."


def _sources(stories: list[Story], facts: list[StoredFact]) -> tuple[StorySource, ...]:
    seen: dict[str, StorySource] = {}
    for s in [src for st in stories for src in st.sources] + [f.source for f in facts]:
        seen.setdefault(s.link or f"{s.outlet}:{s.title}", s)
    return tuple(
        sorted(seen.values(), key=lambda s: s.published or datetime.min.replace(tzinfo=None).astimezone(), reverse=True)
    )


def resolve_show(question: Question, recorder: StoryRecorder) -> tuple[KnownShow | None, str | None, tuple[str, ...]]:
    """(show, typed name when corrected, suggestions). Exact title or alias first, then runs of words, then fuzzy."""
    matcher = recorder.matcher
    candidates = [question.show_text] if question.show_text else []
    candidates += [s for s in question.spans if s not in candidates]
    for name in candidates:
        exact = matcher.match(name, exact_only=True)
        if exact is not None:
            return exact, None, ()
    if not question.show_text:
        return None, None, ()
    typo = matcher.match(question.show_text)  # whole-title similarity only: "Night" is not "Night Court"
    if typo is not None:
        return typo, question.show_text, ()
    ranked = matcher.suggest(question.show_text, limit=5)
    if question.trailing_number is not None:  # "Stranger Things 4": try the title without the number
        base = question.show_text.rsplit(" ", 1)[0]
        hit = matcher.match(base)
        if hit is not None:
            return hit, None, ()
    return None, None, tuple(k.title for k, score in ranked if score >= SUGGEST_MIN)


def answer_question(
    store: Store, recorder: StoryRecorder, text: str, *, channel_follows: list[Follow] | None = None
) -> Answer:
    return answer_parsed(store, recorder, parse_question(text), channel_follows=channel_follows)


def answer_parsed(
    store: Store, recorder: StoryRecorder, question: Question, *, channel_follows: list[Follow] | None = None
) -> Answer:
    text = question.text
    if not question.text.strip():
        return Answer(
            "empty_question", text, headline="Ask me about a show, e.g. “what do we know about season 2 of Severance?”"
        )
    show, matched_from, suggestions = resolve_show(question, recorder)
    season = question.season
    if show is not None and question.trailing_number is not None and season is None and matched_from is None:
        if recorder.matcher.match(question.show_text) is None or show.title.casefold() != question.show_text.casefold():
            season = question.trailing_number
    if show is None and not question.show_text:
        followed = [f for f in (channel_follows or []) if f.show_id is not None]
        if len(followed) == 1:
            only = followed[0]
            assert only.show_id is not None  # filtered above
            show = KnownShow(only.show_id, only.show or "", (), None)
        else:
            names = tuple(f.show for f in followed if f.show)[:5]
            return Answer(
                "need_show",
                question.text,
                season=season,
                suggestions=names,
                headline="Which show do you mean? Name it in your question, e.g. “season 2 of Severance”.",
            )
    if show is None:
        # Not a show we track, but articles may still mention it: full-text search (always quoted) finds them
        mentions = store.search_articles(question.show_text, limit=5) if len(question.show_text) >= 3 else []
        outlets = {s.id: s.title or s.url for s in store.list_sources()} if mentions else {}
        sources = tuple(
            StorySource(a.id, outlets.get(a.source_id, "an outlet"), a.title, a.link, a.published) for a in mentions
        )
        headline = f"I have no news about “{question.show_text}” as a show."
        if sources:
            many = len(sources) > 1
            headline += (
                f" {len(sources)} article{'s' if many else ''} mention{'' if many else 's'} it; see the sources."
            )
        if suggestions:
            headline += " Did you mean " + ", ".join(suggestions[:3]) + "?"
        return Answer(
            "unknown_show", question.text, season=season, suggestions=suggestions, headline=headline, sources=sources
        )
    return compose(store, show, season, question, matched_from)


def compose(
    store: Store, show: KnownShow | Show, season: int | None, question: Question, matched_from: str | None
) -> Answer:
    stories = store.stories(show_id=show.id, limit=50)
    known_seasons = tuple(sorted({s.season for s in stories if s.season is not None}))
    if season is not None:
        about = [s for s in stories if s.season == season]
        facts = store.facts_for(show.id, season, limit=12)
        # A cancellation without a season still answers "is there a season N?"
        about += [s for s in stories if s.season is None and s.event == "cancelled"]
    else:
        about = stories
        facts = store.facts_for(show.id, None, limit=12)
    decisive = [s for s in about if s.event in DECISIVE]
    details = tuple(s for s in about if s.event in DETAIL)[:4]
    status = decisive[0] if decisive else None
    if not about and not facts:
        if stories:
            latest = stories[0]
            headline = (
                f"Nothing yet about season {season} of {show.title}. The latest I know: {status_sentence(latest)}"
            )
            return Answer(
                "nothing_for_season",
                question.text,
                show.title,
                season,
                headline,
                latest,
                (),
                tuple(store.facts_for(show.id, None, limit=5)),
                _sources([latest], []),
                (),
                known_seasons,
                matched_from,
            )
        return Answer(
            "nothing_for_season",
            question.text,
            show.title,
            season,
            f"I know of {show.title} but have no news about it yet" + (f" (season {season})." if season else "."),
            known_seasons=known_seasons,
            matched_from=matched_from,
        )
    headline = _headline(show, season, question.intent, status, details)
    if question.intent == "when":  # the premiere story is the headline; do not repeat it below
        details = tuple(d for d in details if d.summary != headline)
    return Answer(
        "answer",
        question.text,
        show.title,
        season,
        headline,
        status,
        details,
        tuple(facts),
        _sources(([status] if status else []) + list(details), list(facts)),
        (),
        known_seasons,
        matched_from,
    )


def _headline(
    show: KnownShow | Show, season: int | None, intent: str, status: Story | None, details: tuple[Story, ...]
) -> str:
    premiere = next((d for d in details if d.event == "premiere"), None)
    if intent == "when":
        if premiere:
            return f"{premiere.summary or status_sentence(premiere)}"
        lead = f"No premiere date yet for {show.title}" + (f" season {season}" if season else "") + "."
        return lead + (" " + status_sentence(status) if status else "")
    if status is None:
        what = f"No renewal or cancellation news for {show.title}" + (f" season {season}" if season else "") + " yet."
        return what + (" " + status_sentence(details[0]) if details else "")
    if intent == "renewed":
        prefix = {"renewed": "Yes. ", "ending": "Yes, one more. ", "ordered": "Yes. ", "cancelled": "No. "}.get(
            status.event, ""
        )
        return prefix + status_sentence(status)
    if intent == "cancelled":
        prefix = {"cancelled": "Yes. ", "renewed": "No. ", "ending": "Not cancelled, but ending. "}.get(
            status.event, ""
        )
        return prefix + status_sentence(status)
    return status_sentence(status)


def answer_show(store: Store, recorder: StoryRecorder, show: str, season: int | None) -> Answer:
    """/status show:… season:…: the same answer as a question about that show and season."""
    name = " ".join(show.split())
    return answer_parsed(store, recorder, Question(name, name, season, "general", None, (name,)))
