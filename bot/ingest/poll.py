"""Polling: fetch every due source, parse it in a worker, store its entries. One failing source never stops the
others. Understanding what was stored is the service's next step (bot/service.py)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime

from bot.config import Settings
from bot.errors import FeedError, StoreError
from bot.ingest.feeds import parse_feed
from bot.ingest.fetch import Fetcher
from bot.ingest.schedule import next_poll_after_failure, next_poll_after_success, should_disable
from bot.models import Article, FetchOutcome, PollSummary, Source
from bot.store import Store
from bot.timeutil import utcnow
from bot.workers import CpuPool, WorkerFailure

log = logging.getLogger(__name__)

START_SLICE = 64  # sources whose tasks start in one turn of the event loop
UNCHANGED_BATCH = 100  # 304s recorded in one transaction
KNOWN_GUIDS = 200  # a source's newest stored guids sent with its feed to the parser (most feeds hold fewer items)


@dataclass(frozen=True)
class SourceOutcome:
    """What happened to one source in one cycle."""

    source: Source
    status: str  # "fetched" | "not_modified" | "failed"
    new_articles: tuple[Article, ...] = ()
    stored: int = 0  # rows inserted, new or baseline
    error: str | None = None
    disabled: bool = False
    baseline: bool = False  # the source's first successful fetch: what it stored is its baseline


ProgressFn = Callable[[int, int, SourceOutcome], None]
# A 304 to record: source id, fetched at, next poll at, etag, last modified, note.
Unchanged = tuple[int, datetime, datetime, str | None, str | None, str | None]


@dataclass
class Poller:
    """Holds what one cycle needs; the clock is passed in so tests and the demo control time."""

    store: Store
    fetcher: Fetcher
    settings: Settings
    clock: Callable[[], datetime] = utcnow
    cpu: CpuPool | None = None  # worker processes for parsing; None parses in this process (small tools, tests)
    _turn: asyncio.Lock | None = field(default=None, init=False, repr=False)  # see _storing

    async def poll(
        self,
        sources: Sequence[Source] | None = None,
        progress: ProgressFn | None = None,
        stored: Callable[[Sequence[Article]], None] | None = None,
    ) -> tuple[PollSummary, list[SourceOutcome]]:
        """Poll the given sources (default: the due ones) concurrently; the fetcher bounds concurrency. `stored` is
        told each source's new articles as soon as they are committed (the service starts analysing them)."""
        if sources is None:
            sources = self.store.due_sources(self.clock())
        total = len(sources)
        outcomes: list[SourceOutcome] = []
        unchanged: list[Unchanged] = []
        self._turn = asyncio.Lock()

        async def run(src: Source) -> None:
            outcome = await self.poll_source(src, unchanged=unchanged)
            if len(unchanged) >= UNCHANGED_BATCH:
                self.store.record_successes(unchanged)
                unchanged.clear()
            outcomes.append(outcome)
            if stored and outcome.new_articles:
                stored(outcome.new_articles)
            if progress:
                progress(len(outcomes), total, outcome)

        # Tasks start a slice at a time: the first step of a thousand at once kept the loop from Discord for 80 ms.
        tasks: list[asyncio.Future[None]] = []
        try:
            for i in range(0, total, START_SLICE):
                tasks += [asyncio.ensure_future(run(s)) for s in sources[i : i + START_SLICE]]
                await asyncio.sleep(0)
        except asyncio.CancelledError:  # stopped while starting: nothing started may run on unwatched
            for task in tasks:
                task.cancel()
            raise
        # Every source finishes before a storage failure ends the cycle: stopping at the first one would close
        # the shared HTTP session under the others' fetches.
        results = await asyncio.gather(*tasks, return_exceptions=True)
        if unchanged:
            self.store.record_successes(unchanged)
        for result in results:
            if isinstance(result, BaseException):
                raise result
        return summarize(outcomes), outcomes

    async def poll_source(self, src: Source, *, unchanged: list[Unchanged] | None = None) -> SourceOutcome:
        """One source. A 304 is recorded at once, or added to `unchanged` for the caller to record with others (a
        crash before that costs nothing: the source is polled again and answers 304 again)."""
        try:
            return await self._poll_source(src, unchanged)
        except StoreError:  # the database failed (disk full, locked): never the source's fault, so never counted
            raise
        except Exception as exc:  # one broken source must never stop the cycle
            log.exception("polling %s failed unexpectedly", src.url)
            return await self._fail(src, f"Internal error while polling: {exc.__class__.__name__}: {exc}", None)

    async def _poll_source(self, src: Source, unchanged: list[Unchanged] | None) -> SourceOutcome:
        result = await self.fetcher.fetch(src.url, etag=src.etag, last_modified=src.last_modified)
        now = self.clock()
        if result.outcome is FetchOutcome.ERROR:
            return await self._fail(src, result.error or "The fetch failed.", result.retry_after)
        next_at = next_poll_after_success(now, self.settings.poll_interval, result.max_age)
        notes: list[str] = []  # said in the source's status until its next success
        if result.permanent_redirect:  # every hop a 301/308: the feed lives at its new address now
            moved = self.store.move_source(src.id, result.permanent_redirect)
            if moved:
                notes.append(moved)

        def succeeded(title: str | None = None) -> None:
            self.store.record_success(
                src.id,
                now=now,
                next_poll_at=next_at,
                etag=result.etag,
                last_modified=result.last_modified,
                title=title,
                note=" ".join(notes) or None,
            )

        if result.outcome is FetchOutcome.NOT_MODIFIED:
            if unchanged is None:
                succeeded()
            else:
                unchanged.append((src.id, now, next_at, result.etag, result.last_modified, " ".join(notes) or None))
            return SourceOutcome(src, "not_modified")
        body, cap = result.body or b"", self.settings.max_entries_per_fetch
        # The first successful fetch of a source is its baseline: stored, never announced.
        baseline = src.last_ok_at is None
        # Entries stored already would be skipped when storing: the parser leaves them out without cleaning their
        # text (on a poll most of a feed is old). Any subset is correct; the newest stored are the ones still listed.
        known = frozenset() if baseline else self.store.recent_guids(src.id, limit=KNOWN_GUIDS)
        try:
            if self.cpu is None:
                feed = parse_feed(body, content_type=result.content_type, now=now, max_entries=cap, known=known)
            else:
                feed = await self.cpu.parse(body, result.content_type, now=now, max_entries=cap, known=known)
        except (FeedError, WorkerFailure) as exc:
            return await self._fail(src, str(exc), None)
        if feed.note:  # e.g. only the newest 500 of 100,000 entries were kept
            notes.append(feed.note)
        for warning in feed.warnings:
            log.warning("%s: %s", src.url, warning)
        # Writes run inline on the event loop: a writer thread was measured (benchmarks/poll.py) to be no
        # faster, since sqlite3 takes the GIL back for every row and the thread and the parser take turns.
        async with self._storing():
            with self.store.transaction():  # the entries and the new validators commit together
                stored = self.store.store_entries(src.id, feed.entries, now=now, baseline=baseline)
                succeeded(title=None if src.title else (feed.title or None))
        # Their analysis may start now (Service.cycle); recording waits for every fetch, for a stable order.
        new = () if baseline else tuple(stored.inserted)
        return SourceOutcome(src, "fetched", new, stored.count, baseline=baseline)

    @asynccontextmanager
    async def _storing(self) -> AsyncIterator[None]:
        """One feed's entries are stored per turn of the event loop. Workers hand parsed feeds back in bursts, and a
        dozen feeds stored in one turn kept Discord waiting 200-400 ms (benchmarks/responsive.py). The store may
        also pause the writers here while the write-ahead log starts afresh (Store.wal_room)."""
        if self._turn is None:  # a source polled on its own
            await self.store.wal_room()
            yield
            return
        async with self._turn:
            await asyncio.sleep(0)  # the others queue behind; each is woken in a turn of its own
            await self.store.wal_room()
            yield

    async def _fail(self, src: Source, error: str, retry_after: float | None) -> SourceOutcome:
        now = self.clock()
        failures = src.failures + 1
        disable = should_disable(failures, self.settings.max_failures)
        reason = f"Disabled after {failures} failures in a row; last: {error}" if disable else None
        next_at = next_poll_after_failure(now, self.settings.poll_interval, failures, retry_after)
        self.store.record_failure(src.id, now=now, error=error, next_poll_at=next_at, disabled_reason=reason)
        return SourceOutcome(src, "failed", error=error, disabled=disable)


def summarize(outcomes: Sequence[SourceOutcome]) -> PollSummary:
    return PollSummary(
        fetched=sum(o.status == "fetched" for o in outcomes),
        not_modified=sum(o.status == "not_modified" for o in outcomes),
        failed=sum(o.status == "failed" for o in outcomes),
        new_articles=sum(len(o.new_articles) for o in outcomes),
        disabled=tuple(o.source.url for o in outcomes if o.disabled),
        errors=tuple((o.source.url, o.error or "") for o in outcomes if o.status == "failed"),
        baseline=sum(o.stored for o in outcomes if o.baseline),
        baseline_sources=sum(o.baseline for o in outcomes),
    )
