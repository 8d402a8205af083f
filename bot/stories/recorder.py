"""The recording step of the pipeline: file new articles' analyses as shows, stories and facts.

Pure decisions live in bot.understand; this module only moves their results in and out of the store.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from rapidfuzz import fuzz, process

from bot.models import Analysis, Article, Decision, Entry, Show, Story, StorySource
from bot.store import Store
from bot.timeutil import from_db_required
from bot.tvmaze.matching import match_cached
from bot.understand import KnownShow, ShowMatcher, StoryCandidate, analyze, find_story, should_alert, show_key
from bot.understand.facts import article_sentences, facts_naming, owners_of, season_named

log = logging.getLogger(__name__)

STORY_WINDOW = timedelta(days=7)
CLOSE_NAME = 80.0  # rapidfuzz WRatio from which a title is offered as "did you mean" for a typed name


@dataclass(frozen=True)
class StoryUpdate:
    """An article joined a story: `created` when it started one (an announcement), else another source."""

    story_id: int
    article_id: int
    created: bool
    announce: bool


def failed_analysis(reason: str) -> Analysis:
    return Analysis.nothing(reason)


def _known(show: Show) -> KnownShow:
    return KnownShow(id=show.id, title=show.title, aliases=show.aliases, network=show.network)


class StoryRecorder:
    """Keeps the show matcher in memory and rebuilds it only when a show or alias is added."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._matcher: ShowMatcher | None = None
        self._typed: set[int] | None = None

    @property
    def matcher(self) -> ShowMatcher:
        if self._matcher is None:
            self._matcher = ShowMatcher(_known(s) for s in self.store.list_shows())
        return self._matcher

    @property
    def typed(self) -> set[int]:
        """Shows still titled with the name a moderator typed in /follow (see add_typed_show)."""
        if self._typed is None:
            self._typed = self.store.typed_show_ids()
        return self._typed

    def names_like(self, name: str, searched: Sequence[str] = (), limit: int = 3) -> list[str]:
        """Titles close to a typed name, for "did you mean": known shows, the TVmaze cache, and `searched` (TVmaze's
        own search results, which already allow for typos), best first, never the typed name itself."""
        key = show_key(name)
        found = [s.title for s, score in self.matcher.suggest(name, limit=limit) if score >= CLOSE_NAME]
        cached = self.store.tvmaze_show_names() if self.store.has_tvmaze_cache() else []
        found += [
            c
            for c, score, _ in process.extract(name, cached, scorer=fuzz.WRatio, processor=show_key, limit=limit)
            if score >= CLOSE_NAME
        ]
        found += [n for n in searched if fuzz.WRatio(show_key(n), key) >= CLOSE_NAME]
        out: list[str] = []
        for title in found:
            if show_key(title) != key and all(show_key(title) != show_key(o) for o in out):
                out.append(title)
        return out[:limit]

    def add_typed_show(self, name: str, now: datetime) -> int:
        """A show a moderator follows before any news of it. TVmaze's name when the cache knows it; else the typed
        name, marked as typed: the first title the news spells for it replaces it (a typo never becomes the name
        alerts and answers use)."""
        from_tvmaze = self.store.has_tvmaze_cache() and match_cached(self.store, name, None) is not None
        show_id = self.resolve_show(name, None, now)
        if not from_tvmaze:
            self.store.mark_typed_show(show_id)
            self.typed.add(show_id)
        return show_id

    def resolve_show(self, name: str, network: str | None, now: datetime) -> int:
        """The id of the known show this name means, creating the show (or an alias) when needed.

        Exact names and aliases only: two titles spelled out in full and differently are two shows ("The Crown"
        and "The Clown" score 88.9, over the fuzzy cutoff). Fuzzy matching is for what people type (questions,
        /follow, and a show a moderator typed, which the news then spells), never for merging what articles name."""
        found = self.matcher.match(name, network, exact_only=True)
        if found is None and self.typed:
            # a name a moderator typed ("Severence") is no article's spelling: the news may correct it
            near = self.matcher.match(name, network)
            found = near if near is not None and near.id in self.typed else None
        key = show_key(name)
        if found is None:
            return self._add_show(name, network, now)
        updated = found
        if found.id in self.typed and name != found.title:  # the news spells a name a moderator typed: its title
            self.store.retitle_typed_show(found.id, name, key)
            self.typed.discard(found.id)
            kept = tuple(a for a in (*found.aliases, found.title) if show_key(a) != key)
            updated = found = KnownShow(found.id, name, kept, found.network)
            self.matcher.add(updated)
        if key != show_key(found.title) and key not in {show_key(a) for a in found.aliases}:
            self.store.add_alias(found.id, name, key)
            updated = KnownShow(found.id, found.title, (*found.aliases, name), found.network)
        if network and not found.network:
            self.store.set_show_network(found.id, network)
            updated = KnownShow(updated.id, updated.title, updated.aliases, network)
        if updated is not found:
            self.matcher.add(updated)
        return found.id

    def _add_show(self, name: str, network: str | None, now: datetime) -> int:
        """A new show. When the TVmaze cache knows it (exact name or another of its names; network and premiere
        year tell twins apart) it gets TVmaze's name, and TVmaze's network when the article names none."""
        key = show_key(name)
        title, tvmaze = name, match_cached(self.store, name, network) if self.store.has_tvmaze_cache() else None
        if tvmaze is not None:
            title, network = tvmaze.name, network or tvmaze.channel
            same = self.matcher.match(title, network, exact_only=True)
            if same is not None and show_key(same.title) == show_key(title):  # known under TVmaze's name already
                self.store.add_alias(same.id, name, key)
                self.matcher.add(KnownShow(same.id, same.title, (*same.aliases, name), same.network))
                return same.id
        show = self.store.add_show(title, show_key(title), network, now)
        aliases: tuple[str, ...] = ()
        if show_key(title) != key:
            self.store.add_alias(show.id, name, key)
            aliases = (name,)
        if tvmaze is not None:
            self.store.link_tvmaze(show.id, tvmaze.tvmaze_id, now)  # no look-up needed
        self.matcher.add(KnownShow(show.id, title, aliases, network))
        return show.id

    def record(
        self, article: Article, analysis: Analysis | str, now: datetime, *, full_text: bool = False
    ) -> list[StoryUpdate]:
        """File one article's analysis (or the reason it has none) as shows, facts and stories: one story per
        decision it announces (a roundup holds several). The caller runs this in a transaction with the
        deliveries it plans, so a crash leaves all of it or none (and then it is retried).

        A confident decision may start a story; a weak guess (below ALERT_CONFIDENCE) may only join a story
        that exists already, so it never starts an alert."""
        if isinstance(analysis, str):  # the worker could not analyse it: recorded, never retried
            self.store.save_analysis(article.id, failed_analysis(analysis), None, full_text=False)
            return []
        show_id = None
        if analysis.show and analysis.event is not None and should_alert(analysis):
            show_id = self.resolve_show(analysis.show, analysis.network, now)
        elif analysis.show:  # not news, or a weak guess: it only attaches to a show we already know
            known = self.matcher.match(analysis.show, analysis.network, exact_only=True)
            show_id = known.id if known else None
        self.store.save_analysis(article.id, analysis, show_id, full_text=full_text)
        if show_id is None:
            return []
        may_start = should_alert(analysis)
        others = self._decision_shows(article, analysis, show_id, may_start, now)
        # Each fact goes to the show its own sentence names; each other show of a roundup also gets the sentences
        # that name it, and the season they give when its decision has none
        names = [analysis.show or "", *(d.show or "" for d, _id in others)]
        sentences = article_sentences(article.text) if others else []
        owned = owners_of(analysis.facts, names, sentences)
        self.store.save_facts(show_id, article.id, owned[0], analysis.season)
        decided: list[tuple[Decision, int]] = []
        for (d, other), facts in zip(others, owned[1:], strict=True):
            name = d.show or ""
            season = (
                d.season if d.season is not None else season_named(sentences, name, [n for n in names if n != name])
            )
            self.store.save_facts(other, article.id, [*facts, *facts_naming(sentences, name, season)], season)
            decided.append((replace(d, season=season), other))
        if analysis.event is None:
            return []
        main = self._join_story(
            article, show_id, analysis.event, analysis.season, analysis.network, analysis.summary, now, may_start
        )
        updates = [main] if main else []
        for d, other in decided:  # the roundup's other decisions, each its own story
            update = self._join_story(article, other, d.event, d.season, d.network, analysis.summary, now, may_start)
            if update:
                updates.append(update)
        return updates

    def _decision_shows(
        self, article: Article, analysis: Analysis, show_id: int, may_start: bool, now: datetime
    ) -> list[tuple[Decision, int]]:
        """The shows of a roundup's other decisions: created when the analysis may alert, else only known ones."""
        out: list[tuple[Decision, int]] = []
        seen = {show_id}
        for d in analysis.decisions[1:]:
            if not d.show:
                continue
            if may_start:
                other: int | None = self.resolve_show(d.show, d.network, now)
            else:
                known = self.matcher.match(d.show, d.network)
                other = known.id if known else None
            if other is not None and other not in seen:
                seen.add(other)
                out.append((d, other))
        return out

    def analyse_and_record(self, articles: Sequence[Article], now: datetime) -> list[StoryUpdate]:
        """Analyse in this process and record, for tools and tests that build a database without the service
        (which analyses in worker processes and plans deliveries too)."""
        updates: list[StoryUpdate] = []
        for article in articles:
            with self.store.transaction():
                updates += self.record(article, analyze(article.title, article.text), now)
        return updates

    def forget_unsaved_shows(self) -> None:
        """After a rolled-back transaction the in-memory matcher may know shows the database does not."""
        self._matcher = None
        self._typed = None

    def _join_story(
        self,
        article: Article,
        show_id: int,
        event: str,
        season: int | None,
        network: str | None,
        summary: str,
        now: datetime,
        may_start: bool,
    ) -> StoryUpdate | None:
        when = article.published or article.fetched_at
        rows = self.store.story_candidates(show_id, when - STORY_WINDOW)
        candidates = [
            StoryCandidate(r["id"], r["show_id"], r["season"], r["event"], from_db_required(r["first_seen"]))
            for r in rows
        ]
        story_id = find_story(show_id, season, event, when, candidates, window=STORY_WINDOW)
        created = story_id is None
        if story_id is None:
            if not may_start:
                return None
            announce = article.is_new
            story_id = self.store.create_story(
                show_id=show_id,
                season=season,
                event=event,
                network=network,
                headline=article.title,
                summary=summary,
                first_seen=when,
                announce=announce,
            )
        else:
            announce = bool(next(r["announce"] for r in rows if r["id"] == story_id))
        self.store.attach_article(story_id, article.id, now, season=season, network=network)
        return StoryUpdate(story_id, article.id, created, announce)


def preview_stories(entries: Sequence[Entry], outlet: str, now: datetime, limit: int = 9) -> list[Story]:
    """What a feed's current items would be announced as, without storing anything (/source test)."""
    newest_first = sorted(entries, key=lambda e: e.published or now, reverse=True)
    stories: list[Story] = []
    for e in newest_first[:50]:
        a = analyze(e.title, e.text)
        if a.event is None or a.show is None or not should_alert(a):
            continue
        when = e.published or now
        stories.append(
            Story(
                0,
                0,
                a.show,
                a.season,
                a.event,
                a.network,
                e.title,
                a.summary,
                when,
                when,
                True,
                (StorySource(0, outlet, e.title, e.link, e.published),),
            )
        )
        if len(stories) >= limit:
            break
    return stories
