"""CPU work in worker processes: feed parsing, article analysis and page extraction.

The loop that talks to Discord must never stall, so everything that burns CPU in proportion to what a
source sends runs here, on every core. Workers get bytes and strings and return plain dataclasses. A
worker that crashes or runs past its time limit costs only the input it held: the pool is rebuilt and
that input is reported as a `WorkerFailure` with the reason.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime
from typing import Any, TypeVar

from bot.errors import FeedError, GreenlightError
from bot.models import Analysis, ParsedFeed

log = logging.getLogger(__name__)
T = TypeVar("T")

# What a worker imports once, so each task does not pay for it.
_PRELOAD = ["bot.ingest.feeds", "bot.understand"]


class WorkerFailure(GreenlightError):
    """An input crashed its worker or took longer than the limit; the message says which."""


# ------------------------------------------------------------ functions that run inside a worker


def parse_in_worker(
    body: bytes, content_type: str | None, now: datetime | None, max_entries: int
) -> ParsedFeed | tuple[str, str]:
    """ParsedFeed, or (kind, message) for a refused body (exceptions with extra arguments do not pickle)."""
    from bot.ingest.feeds import parse_feed

    try:
        return parse_feed(body, content_type=content_type, now=now, max_entries=max_entries)
    except FeedError as exc:
        return (exc.kind, str(exc))


def analyze_in_worker(items: Sequence[tuple[str, str]]) -> list[Analysis]:
    from bot.understand import analyze

    return [analyze(title, text) for title, text in items]


def extract_in_worker(html: bytes, url: str | None) -> str | None:
    from bot.ingest.full_text import extract_main_text_sync

    return extract_main_text_sync(html, url)


def ready_in_worker() -> bool:
    return True


# ------------------------------------------------------------ the pool


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


class CpuPool:
    """A process pool that only ever holds as many tasks as it has workers, so a task's time limit
    measures its own work and never the wait behind others. `workers=0` runs tasks on one thread in
    this process instead (for tools that want no child processes); time limits still apply."""

    def __init__(self, workers: int | None = None, *, task_timeout: float = 30.0) -> None:
        self.workers = default_workers() if workers is None else workers
        self.task_timeout = task_timeout
        self._executor: Executor | None = None
        self._slots: asyncio.Semaphore | None = None
        self._start_lock: asyncio.Lock | None = None
        self.failures = 0  # inputs abandoned since start (crash or time limit)

    def _pool(self) -> Executor:
        if self._executor is None:
            if self.workers == 0:
                self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="greenlight-cpu")
            else:
                # forkserver: children never inherit the parent's threads or open database; the preload makes
                # each fork start with the parsers and the understanding step already imported.
                ctx = multiprocessing.get_context("forkserver")
                ctx.set_forkserver_preload(_PRELOAD)
                self._executor = ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx)
        return self._executor

    def _start(self) -> Executor:
        """The pool with every worker running. Starting processes blocks for a while (the forkserver imports the
        parsers), so it runs on a thread, never on the loop that answers Discord."""
        pool = self._pool()
        if isinstance(pool, ProcessPoolExecutor):
            for started in [pool.submit(ready_in_worker) for _ in range(self.workers)]:
                started.result()
        return pool

    async def start(self) -> None:
        """Start the workers now (the bot does it at start-up) instead of on the first task."""
        async with self._starting():
            if self._executor is None:
                await asyncio.to_thread(self._start)

    def _starting(self) -> asyncio.Lock:
        if self._start_lock is None:
            self._start_lock = asyncio.Lock()
        return self._start_lock

    def _slot(self) -> asyncio.Semaphore:
        if self._slots is None:
            self._slots = asyncio.Semaphore(max(self.workers, 1))
        return self._slots

    def _kill(self) -> None:
        """Stop every worker now: the only way to take back a task that will not finish."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if isinstance(executor, ProcessPoolExecutor):
            # ProcessPoolExecutor has no public way to stop a running task before Python 3.14.
            for proc in list(getattr(executor, "_processes", {}).values()):
                proc.kill()
        executor.shutdown(wait=False, cancel_futures=True)

    async def run(self, fn: Callable[..., T], *args: Any, timeout: float | None = None, what: str = "input") -> T:
        """fn(*args) in a worker. Raises WorkerFailure when the worker dies or the time limit passes."""
        limit = self.task_timeout if timeout is None else timeout
        loop = asyncio.get_running_loop()
        async with self._slot():
            await self.start()  # a no-op once running; after a crash the new pool starts off the loop too
            pool = self._pool()
            try:
                future = loop.run_in_executor(pool, fn, *args)
            except (BrokenProcessPool, RuntimeError):  # broken or shut down under us: start afresh once
                self._kill()
                future = loop.run_in_executor(self._pool(), fn, *args)
            try:
                try:
                    return await asyncio.wait_for(future, limit)
                except BrokenProcessPool:
                    # Another task's crash takes the whole pool down: run this one again, alone on a fresh pool,
                    # so only the input that really crashes its worker is reported.
                    self._kill()
                    return await asyncio.wait_for(loop.run_in_executor(self._pool(), fn, *args), limit)
            except TimeoutError:
                self.failures += 1
                log.warning("%s took longer than %gs; its worker was stopped", what, limit)
                if self.workers:
                    self._kill()
                raise WorkerFailure(f"Processing this {what} took longer than {limit:g} seconds.") from None
            except BrokenProcessPool:
                self.failures += 1
                self._kill()
                raise WorkerFailure(f"The worker processing this {what} stopped unexpectedly.") from None

    async def parse(
        self, body: bytes, content_type: str | None, *, now: datetime | None = None, max_entries: int = 500
    ) -> ParsedFeed:
        """Raises FeedError for a refused body and WorkerFailure for a body that crashed or hung its worker."""
        out = await self.run(parse_in_worker, body, content_type, now, max_entries, what="feed")
        if isinstance(out, tuple):
            raise FeedError(*out)
        return out

    async def analyze_many(self, items: Sequence[tuple[str, str]], *, batch: int = 64) -> list[Analysis | str]:
        """One result per item, in order: its Analysis, or the reason it could not be analysed. A batch that
        fails is retried item by item, so one bad input costs only itself."""
        chunks = [list(items[i : i + batch]) for i in range(0, len(items), batch)]

        async def one_chunk(chunk: list[tuple[str, str]]) -> list[Analysis | str]:
            try:
                return list(await self.run(analyze_in_worker, chunk, what="batch of articles"))
            except WorkerFailure:
                if len(chunk) == 1:
                    return [f"Analysis failed: the article could not be analysed within {self.task_timeout:g} s."]
            results: list[Analysis | str] = []
            for item in chunk:
                try:
                    results.extend(await self.run(analyze_in_worker, [item], what="article"))
                except WorkerFailure as exc:
                    results.append(f"Analysis failed: {exc}")
            return results

        done = await asyncio.gather(*(one_chunk(c) for c in chunks))
        return [r for chunk in done for r in chunk]

    async def extract(self, html: bytes, url: str | None, *, timeout: float) -> str | None:
        try:
            return await self.run(extract_in_worker, html, url, timeout=timeout, what="page")
        except WorkerFailure as exc:
            log.warning("full text of %s: %s", url, exc)
            return None

    def close(self) -> None:
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
