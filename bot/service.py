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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.alerts.airing import plan_reminders
from bot.alerts.outbox import plan_deliveries
from bot.config import Settings
from bot.ingest.fetch import HTML_ACCEPT, Fetcher
from bot.ingest.poll import Poller, ProgressFn, SourceOutcome
from bot.models import AIRING, Analysis, Article, FetchOutcome, PollSummary
from bot.store import Store
from bot.stories.recorder import StoryRecorder, StoryUpdate
from bot.timeutil import utcnow
from bot.tvmaze.client import TvmazeClient
from bot.tvmaze.lookup import TvmazeWork
from bot.understand import needs_full_text
from bot.workers import CpuPool

log = logging.getLogger(__name__)

BATCH = 500  # articles read from the to-do list at a time
YIELD_EVERY = 8  # records between two yields to the event loop (each is ~1-3 ms), so Discord is never kept waiting


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
        self.tvmaze: TvmazeWork | None = None  # GREENLIGHT_TVMAZE off: no call is ever made
        if settings.tvmaze:
            client = TvmazeClient(fetcher, settings.tvmaze_url, timeout=settings.fetch_timeout)
            self.tvmaze = TvmazeWork(store, client, on_change=self.recorder.forget_unsaved_shows, clock=clock)
        self._tvmaze_task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Start the worker processes off the event loop (otherwise the first cycle starts them on it)."""
        await self.cpu.start()

    async def cycle(self, progress: ProgressFn | None = None) -> CycleResult:
        """Poll the due sources, then understand every new article (this cycle's and any a crash left)."""
        started = self.clock()
        summary, outcomes = await self.poller.poll(progress=progress)
        queued, announced = await self.understand_new()
        self.store.record_poll_run(started, self.clock(), summary)
        return CycleResult(summary, outcomes, queued, announced)

    async def understand_new(self) -> tuple[int, tuple[int, ...]]:
        queued, announced = 0, []
        while batch := self.store.unanalysed_articles(new=True, limit=BATCH):
            q, a = await self.understand(batch, full_text=True)
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
        follows = [f for f in self.store.follows() if f.paused_reason is None and f.wants(AIRING)]
        if not follows:
            return 0, []
        every_show = any(f.show_id is None for f in follows)
        wanted = {f.show_id for f in follows}
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
            await self._record(batch, results, {})
            done += len(batch)
            self._backlog_after = batch[-1].id
            batch = following
        analysing.cancel()
        return done

    def _analyse_soon(self, batch: Sequence[Article]) -> asyncio.Future[list[Analysis | str]]:
        return asyncio.ensure_future(self.cpu.analyze_many([(a.title, a.text) for a in batch]))

    async def understand(self, articles: Sequence[Article], *, full_text: bool) -> tuple[int, list[int]]:
        """Analyse in workers, then record each article with the deliveries it needs in one transaction."""
        results = await self.cpu.analyze_many([(a.title, a.text) for a in articles])
        texts: dict[int, str] = {}
        if full_text:
            texts = await self._full_texts(articles, results)
            if texts:
                redo = [i for i, a in enumerate(articles) if a.id in texts]
                again = await self.cpu.analyze_many([(articles[i].title, texts[articles[i].id]) for i in redo])
                for i, result in zip(redo, again, strict=True):
                    results[i] = result
        return await self._record(articles, results, texts)

    async def _record(
        self, articles: Sequence[Article], results: Sequence[Analysis | str], texts: dict[int, str]
    ) -> tuple[int, list[int]]:
        """Each article with the deliveries it needs, one transaction each, yielding to the loop now and then."""
        queued, announced = 0, []
        now = self.clock()
        for n, (article, result) in enumerate(zip(articles, results, strict=True), 1):
            try:
                with self.store.transaction():
                    if article.id in texts:
                        self.store.replace_article_text(article.id, texts[article.id])
                    updates = self.recorder.record(article, result, now, full_text=article.id in texts)
                    queued += plan_deliveries(self.store, updates, now)
                    announced += [u.story_id for u in updates if u.created and u.announce]
            except Exception:
                self.recorder.forget_unsaved_shows()
                raise
            if n % YIELD_EVERY == 0:
                await asyncio.sleep(0)
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
