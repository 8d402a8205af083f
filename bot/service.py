"""The one service behind `greenlight poll`, the demo and the bot: poll due sources, understand what is new,
record stories, plan deliveries; then, in the background, understand the baseline of new sources.

CPU work (parsing, analysis, page extraction) runs in worker processes (bot/workers.py); this process
keeps the network, the one SQLite writer and Discord. Work is driven by what the database says is still
to do (articles without an analysis), so a crash at any point is finished on the next start.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.alerts.airing import plan_reminders
from bot.alerts.outbox import plan_deliveries
from bot.config import Settings
from bot.ingest.fetch import HTML_ACCEPT, Fetcher
from bot.ingest.poll import Poller, ProgressFn, SourceOutcome
from bot.models import AIRING, Analysis, Article, FetchOutcome, PollSummary, Source
from bot.store import Store
from bot.stories.recorder import StoryRecorder, StoryUpdate
from bot.timeutil import utcnow
from bot.tvmaze.client import TvmazeClient, decoder_in
from bot.tvmaze.lookup import TvmazeWork
from bot.understand import needs_full_text
from bot.workers import CpuPool

log = logging.getLogger(__name__)

BATCH = 500  # articles read from the to-do list at a time
YIELD_EVERY = 8  # records between two yields to the event loop (each is ~1-3 ms), so Discord is never kept waiting
CHUNK = 64  # articles per worker call when recording: the first are recorded while the workers do the next
AHEAD_CHUNK = 16  # articles per worker call while feeds are fetched: a parse may wait for one such call to end
AHEAD_MAX = 2 * BATCH  # new articles analysed ahead in one cycle; the rest wait for the recording step

# An article's analysis (or why it has none) and the full text it was analysed on, when its feed's was too thin.
Prepared = tuple[Analysis | str, str | None]


class Ahead:
    """The pure part of understanding (analysis in the workers, the page of a thin article), started for a source's
    new articles as soon as they are stored, while other sources are still being fetched. Nothing is recorded here:
    recording takes these results in its own stable order, so stories never depend on which source finished first.
    What was not started here (past AHEAD_MAX, or articles a crash left) is prepared when it is recorded.

    A few lanes (one per worker) each take every article stored since their last call, up to AHEAD_CHUNK: a
    hundred sources with two new items each are a dozen worker calls, not a hundred."""

    def __init__(self, prepare: Callable[[Sequence[Article]], Awaitable[list[Prepared]]], lanes: int) -> None:
        self._prepare = prepare
        self._lanes = max(1, lanes)
        self._room = AHEAD_MAX  # bounds the results held in memory until they are recorded
        self._waiting: list[tuple[Article, asyncio.Future[Prepared]]] = []  # stored, not handed to a worker yet
        self._results: dict[int, asyncio.Future[Prepared]] = {}
        self._running: set[asyncio.Task[None]] = set()

    def start(self, articles: Sequence[Article]) -> None:
        articles = articles[: self._room]
        self._room -= len(articles)
        loop = asyncio.get_running_loop()
        for article in articles:
            self._results[article.id] = future = loop.create_future()
            self._waiting.append((article, future))
        while self._waiting and len(self._running) < self._lanes:
            lane = asyncio.ensure_future(self._lane())
            self._running.add(lane)
            lane.add_done_callback(self._running.discard)

    async def _lane(self) -> None:
        while self._waiting:
            chunk, self._waiting = self._waiting[:AHEAD_CHUNK], self._waiting[AHEAD_CHUNK:]
            futures = [future for _, future in chunk]
            try:
                _fill(futures, await self._prepare([article for article, _ in chunk]))
            except Exception as exc:  # said by whoever records these articles
                _fill(futures, exc)

    def take(self, article_id: int) -> asyncio.Future[Prepared] | None:
        """The article's result to come when it was started here, else None."""
        return self._results.pop(article_id, None)

    def cancel(self) -> None:
        """At the end of the cycle: what is still running was never needed (or the cycle was stopped)."""
        for lane in self._running:
            lane.cancel()
        _drop(self._results.values())
        self._results.clear()


def _fill(futures: Sequence[asyncio.Future[Prepared]], results: Sequence[Prepared] | BaseException) -> None:
    for k, future in enumerate(futures):
        if future.done():
            continue
        if isinstance(results, BaseException):
            future.set_exception(results)
        else:
            future.set_result(results[k])


def _drop(futures: Iterable[asyncio.Future[Any]]) -> None:
    """Cancel what still runs; an error nobody will read is marked read, so it is not logged as lost."""
    for future in futures:
        if not future.cancel() and not future.cancelled():
            future.exception()


@dataclass(frozen=True)
class CycleResult:
    summary: PollSummary
    outcomes: list[SourceOutcome]
    queued: int  # deliveries planned
    announced: tuple[int, ...]  # stories this cycle created that will be announced


class Service:
    def __init__(
        self,
        store: Store,
        fetcher: Fetcher,
        settings: Settings,
        *,
        clock: Callable[[], datetime] = utcnow,
        cpu: CpuPool | None = None,
        recorder: StoryRecorder | None = None,
    ) -> None:
        self.store = store
        self.fetcher = fetcher
        self.settings = settings
        self.clock = clock
        self.cpu = cpu or CpuPool(settings.workers, task_timeout=settings.task_timeout)
        self.recorder = recorder or StoryRecorder(store)
        self.poller = Poller(store, fetcher, settings, clock=clock, cpu=self.cpu)
        self._backlog_after = 0  # baseline articles below this id were analysed in this process's lifetime
        self._known: tuple[str, ...] = ()  # titles known at the start of the current cycle (see cycle)
        self.tvmaze: TvmazeWork | None = None  # GREENLIGHT_TVMAZE off: no call is ever made
        if settings.tvmaze:
            client = TvmazeClient(
                fetcher, settings.tvmaze_url, timeout=settings.fetch_timeout, decoder=decoder_in(self.cpu)
            )
            self.tvmaze = TvmazeWork(store, client, on_change=self.recorder.forget_unsaved_shows, clock=clock)
        self._tvmaze_task: asyncio.Task[None] | None = None
        # Recording is one at a time: a moderator's /source check may record beside the loop's cycle.
        self._recording = asyncio.Lock()
        # Called (on the loop) as soon as deliveries are planned or alerts flagged for an edit, mid-cycle: the bot's
        # delivery worker starts sending then, not when the cycle ends.
        self.on_planned: Callable[[], None] | None = None

    def _planned(self) -> None:
        if self.on_planned is not None:
            self.on_planned()

    async def start(self) -> None:
        """Start the worker processes off the event loop (otherwise the first cycle starts them on it)."""
        await self.cpu.start()

    async def cycle(self, progress: ProgressFn | None = None) -> CycleResult:
        """Poll the due sources, then understand every new article (this cycle's and any a crash left). A source's
        new articles are analysed while the other sources are fetched; they are recorded after the fetches."""
        started = self.clock()
        # Titles known at the start of the cycle: every new article of the cycle is read with the same snapshot,
        # so its analysis never depends on which source's fetch finished first.
        self._known = self.store.known_titles()
        ahead = Ahead(self._prepare, self.cpu.workers)
        try:
            summary, outcomes = await self.poller.poll(progress=progress, stored=ahead.start)
            queued, announced = await self.understand_new(ahead)
        finally:
            ahead.cancel()
        self.store.record_poll_run(started, self.clock(), summary)
        return CycleResult(summary, outcomes, queued, announced)

    async def check_source(self, source: Source) -> tuple[SourceOutcome, tuple[int, ...]]:
        """Poll one source now, whatever its schedule (`/source check`), and record what is new: its outcome and
        the stories it started (posted like any other)."""
        outcome = await self.poller.poll_source(source)
        _, announced = await self.understand_new()
        return outcome, announced

    async def understand_new(self, ahead: Ahead | None = None) -> tuple[int, tuple[int, ...]]:
        async with self._recording:
            return await self._understand_new(ahead)

    async def _understand_new(self, ahead: Ahead | None) -> tuple[int, tuple[int, ...]]:
        queued, announced = 0, []
        while batch := self.store.unanalysed_articles(new=True, limit=BATCH):
            q, a = await self.understand(batch, full_text=True, ahead=ahead)
            queued += q
            announced += a
        try:
            q, a = self.remind_premieres()
            queued += q
            announced += a
        except Exception:  # a reminder is never worth failing the news for: the next tick tries again
            log.exception("could not plan premiere reminders")
        self.start_background()
        return queued, tuple(announced)

    def remind_premieres(self) -> tuple[int, list[int]]:
        """Premiere reminders (the opt-in `airing` event) from TVmaze's cached dates, for the shows a channel follows
        with `airing`: the day before and the day a season premieres ("today" is the service clock's UTC date).
        Each is a story made once, with its deliveries in the same transaction, so a crash or a restart neither
        loses nor repeats one."""
        follows = [f for f in self.store.follows_naming(AIRING) if f.paused_reason is None and f.wants(AIRING)]
        watched = self.store.watched_shows_naming(AIRING)  # members' watches (bot/watch) that opted in too
        if not follows and not watched:
            return 0, []
        every_show = any(f.show_id is None for f in follows)
        wanted = {f.show_id for f in follows} | watched
        now = self.clock()
        today = (now.astimezone(UTC) if now.tzinfo else now).date()
        shows = [
            s for s in self.store.premiering_shows((today, today + timedelta(days=1))) if every_show or s[0] in wanted
        ]
        if not shows:
            return 0, []
        queued, announced = 0, []
        for r in plan_reminders(shows, today, self.store.reminders_made(AIRING)):
            with self.store.transaction():
                if (r.show_id, r.season, r.headline) in self.store.reminders_made(AIRING, r.show_id):
                    continue  # made since the plan was read (another process)
                story_id = self.store.create_story(
                    show_id=r.show_id,
                    season=r.season,
                    event=AIRING,
                    network=r.network,
                    headline=r.headline,
                    summary=r.summary,
                    first_seen=now,
                    announce=True,
                    link=r.link,
                )
                queued += plan_deliveries(self.store, [StoryUpdate(story_id, 0, True, True)], now)
                announced.append(story_id)
        if queued:
            self._planned()
        return queued, announced

    def start_background(self) -> None:
        """Look new shows up on TVmaze (and refresh the cache when due) in a task of its own: a cycle never waits
        for TVmaze, and a TVmaze failure never fails a cycle."""
        if self.tvmaze is None or (self._tvmaze_task is not None and not self._tvmaze_task.done()):
            return
        try:
            if not self.tvmaze.has_work():
                return
        except Exception:
            log.exception("could not read the TVmaze queue")
            return
        self._tvmaze_task = asyncio.create_task(self.tvmaze.run(), name="greenlight-tvmaze")

    async def background_idle(self) -> None:
        """Wait for the TVmaze task in flight (the demo and tests; the bot never waits for it)."""
        if self._tvmaze_task is not None:
            await asyncio.shield(self._tvmaze_task)

    async def understand_backlog(self, *, max_seconds: float | None = None) -> int:
        """Analyse baseline articles (never announced) until none are left or the time is up; returns how many."""
        deadline = None if max_seconds is None else time.monotonic() + max_seconds
        done = 0
        # Rows only ever get higher ids, so each call goes on from the last one instead of rescanning the done.
        batch = self.store.unanalysed_articles(new=False, limit=BATCH, after_id=self._backlog_after)
        analysing = self._analyse_soon(batch)
        while batch and (deadline is None or time.monotonic() < deadline):
            results = await analysing
            # The workers analyse the next batch while this process records this one.
            following = self.store.unanalysed_articles(new=False, limit=BATCH, after_id=batch[-1].id)
            analysing = self._analyse_soon(following)
            await self._record(batch, [_ready((r, None)) for r in results])
            done += len(batch)
            self._backlog_after = batch[-1].id
            batch = following
        analysing.cancel()
        return done

    def _analyse_soon(self, batch: Sequence[Article]) -> asyncio.Future[list[Analysis | str]]:
        return asyncio.ensure_future(self.cpu.analyze_many([(a.title, a.text) for a in batch]))

    async def understand(
        self, articles: Sequence[Article], *, full_text: bool, ahead: Ahead | None = None
    ) -> tuple[int, list[int]]:
        """Analyse in workers, then record each article with the deliveries it needs in one transaction, in the
        order given. Results started ahead are used as they are; the rest are prepared now, a chunk per worker call,
        and each article is recorded as soon as its own chunk is done."""
        loop = asyncio.get_running_loop()
        pending: list[asyncio.Future[Prepared] | None] = [ahead.take(a.id) if ahead else None for a in articles]
        rest = [i for i, p in enumerate(pending) if p is None]
        chunks = []
        for c in range(0, len(rest), CHUNK):
            chunk = rest[c : c + CHUNK]
            futures = [loop.create_future() for _ in chunk]
            chunks.append(asyncio.ensure_future(self._prepare_into([articles[i] for i in chunk], futures, full_text)))
            for i, future in zip(chunk, futures, strict=True):
                pending[i] = future
        ready = [p for p in pending if p is not None]
        try:
            return await self._record(articles, ready)
        finally:
            _drop(chunks)  # only when recording stopped early
            _drop(ready)

    async def _prepare_into(
        self, articles: Sequence[Article], futures: Sequence[asyncio.Future[Prepared]], full_text: bool
    ) -> None:
        try:
            _fill(futures, await self._prepare(articles, full_text=full_text))
        except Exception as exc:  # said by whoever records these articles
            _fill(futures, exc)

    async def _prepare(self, articles: Sequence[Article], *, full_text: bool = True) -> list[Prepared]:
        """The pure part of understanding: analysis, and for thin relevant articles their page's text (analysed
        again). Safe to run early and in any order: it records nothing."""
        known = self._known
        results = await self.cpu.analyze_many([(a.title, a.text) for a in articles], known=known)
        texts = await self._full_texts(articles, results) if full_text else {}
        if texts:
            redo = [i for i, a in enumerate(articles) if a.id in texts]
            again = await self.cpu.analyze_many([(articles[i].title, texts[articles[i].id]) for i in redo], known=known)
            for i, result in zip(redo, again, strict=True):
                results[i] = result
        return [(r, texts.get(a.id)) for a, r in zip(articles, results, strict=True)]

    async def _record(
        self, articles: Sequence[Article], prepared: Sequence[asyncio.Future[Prepared]]
    ) -> tuple[int, list[int]]:
        """Each article with the deliveries it needs, one transaction each, in the order given (waiting for each
        article's own result); yielding to the loop now and then."""
        queued, announced = 0, []
        now = self.clock()
        for n, (article, future) in enumerate(zip(articles, prepared, strict=True), 1):
            result, text = await future
            try:
                with self.store.transaction():
                    if text is not None:
                        self.store.replace_article_text(article.id, text)
                    updates = self.recorder.record(article, result, now, full_text=text is not None)
                    planned = plan_deliveries(self.store, updates, now)
                    announced += [u.story_id for u in updates if u.created and u.announce]
            except Exception:
                self.recorder.forget_unsaved_shows()
                raise
            queued += planned
            if planned or any(not u.created for u in updates):  # committed: new deliveries, or edits flagged
                self._planned()
            if n % YIELD_EVERY == 0:
                await asyncio.sleep(0)
                await self.store.wal_room()
        return queued, announced

    async def _full_texts(self, articles: Sequence[Article], results: Sequence[Analysis | str]) -> dict[int, str]:
        """Pages of relevant new articles whose feed text is too thin to summarise, fetched concurrently."""
        wanted = [
            a
            for a, r in zip(articles, results, strict=True)
            if isinstance(r, Analysis) and a.link.startswith(("http://", "https://")) and needs_full_text(r, a.text)
        ]

        async def one(article: Article) -> tuple[int, str | None]:
            result = await self.fetcher.fetch(article.link, accept=HTML_ACCEPT)
            if result.outcome is not FetchOutcome.NEW or not result.body:
                log.info("full text of %s unavailable: %s", article.link, result.error)
                return article.id, None
            text = await self.cpu.extract(result.body, article.link, timeout=self.settings.full_text_timeout)
            return article.id, text if text and len(text) > len(article.text) else None

        found = await asyncio.gather(*(one(a) for a in wanted))
        return {i: t for i, t in found if t}

    async def close(self) -> None:
        task, self._tvmaze_task = self._tvmaze_task, None
        if task is not None and not task.done():
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass
        await asyncio.to_thread(self.cpu.close)


def _ready(value: Prepared) -> asyncio.Future[Prepared]:
    future: asyncio.Future[Prepared] = asyncio.get_running_loop().create_future()
    future.set_result(value)
    return future
