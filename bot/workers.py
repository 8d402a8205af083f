"""CPU work in worker processes: feed parsing, article analysis and page extraction.

The loop that talks to Discord must never stall, so everything that burns CPU in proportion to what a
source sends runs here, on every core. Workers get bytes and strings and return plain dataclasses. A
worker that crashes or runs past its time limit costs only the input it held: the pool is rebuilt and
that input is reported as a `WorkerFailure` with the reason.
"""

from __future__ import annotations

import asyncio
import functools
import heapq
import itertools
import logging
import multiprocessing
import os
import select
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from bot.errors import FeedError, GreenlightError
from bot.models import Analysis, ParsedFeed

if TYPE_CHECKING:  # imported where it is used: a worker that never analyses does not load the understanding code
    from bot.understand.matching import KnownTitles

log = logging.getLogger(__name__)
T = TypeVar("T")

# What a worker imports once, so each task does not pay for it.
_PRELOAD = ["bot.ingest.feeds", "bot.understand"]


class WorkerFailure(GreenlightError):
    """An input crashed its worker or took longer than the limit; the message says which."""


# ------------------------------------------------------------ functions that run inside a worker


def parse_in_worker(
    body: bytes, content_type: str | None, now: datetime | None, max_entries: int, known: frozenset[str]
) -> ParsedFeed | tuple[str, str]:
    """ParsedFeed, or (kind, message) for a refused body (exceptions with extra arguments do not pickle)."""
    from bot.ingest.feeds import parse_feed

    try:
        return parse_feed(body, content_type=content_type, now=now, max_entries=max_entries, known=known)
    except FeedError as exc:
        return (exc.kind, str(exc))


_known_cache: tuple[tuple[str, ...], KnownTitles] | None = None  # the last snapshot of known titles, prepared once


def analyze_in_worker(items: Sequence[tuple[str, str]], known: tuple[str, ...] = ()) -> list[Analysis]:
    """Analyses of `items`; `known` is the cycle's snapshot of known titles (the same for every batch of a cycle,
    so it is prepared once per worker)."""
    global _known_cache
    from bot.understand import analyze
    from bot.understand.matching import KnownTitles

    if not known:
        return [analyze(title, text) for title, text in items]
    if _known_cache is None or _known_cache[0] != known:
        _known_cache = (known, KnownTitles.of(known))
    return [analyze(title, text, known=_known_cache[1]) for title, text in items]


def extract_in_worker(html: bytes, url: str | None) -> str | None:
    from bot.ingest.full_text import extract_main_text_sync

    return extract_main_text_sync(html, url)


def ready_in_worker() -> bool:
    return True


def worker_started(owner_pid: int) -> None:
    """Runs when a worker starts: it gives way to the loop that answers Discord and exits with its owner."""
    lower_priority()
    exit_with(owner_pid)


def lower_priority() -> None:
    """The loop that fetches and answers Discord gets a core before any worker does. With every core parsing,
    the loop waited 100-400 ms for a turn (benchmarks/responsive.py)."""
    try:
        os.nice(WORKER_NICENESS)
    except OSError:
        pass


def exit_with(owner_pid: int) -> None:
    """End this worker as soon as the process that owns the pool is gone, however it went (kill -9 included).

    A worker's parent is the forkserver, not the owner, and it holds both ends of its own task pipe and the
    forkserver's keep-alive pipe: after a kill -9 of the owner nothing ever reached EOF, so the workers, the
    forkserver and the resource tracker lived on under PID 1 (~120 MB a crash). A parent-death signal would
    only follow the forkserver; so a thread waits on a pidfd of the owner (Linux ≥ 5.3) or, where there is none,
    checks once a second. When the workers have gone, the forkserver and the resource tracker see EOF and go too."""

    def watch() -> None:
        try:
            fd = os.pidfd_open(owner_pid)
        except ProcessLookupError:
            os._exit(1)
        except (AttributeError, OSError):  # no pidfd here: look now and then
            while _alive(owner_pid):
                time.sleep(1.0)
            os._exit(1)
        select.select([fd], [], [])  # readable once the owner has exited
        os._exit(1)

    threading.Thread(target=watch, name="greenlight-owner-watch", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process took the number: the owner is gone
        return False
    return True


# ------------------------------------------------------------ the pool

URGENT, LATER = 0, 1  # job priorities: parsing and page extraction go before article analysis
WORKER_NICENESS = 10  # added to the workers' niceness


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


class _Job:
    """One call: waiting for a worker, running, or done. Its futures belong to the loop that asked for it; other
    threads reach them only through `tell`."""

    def __init__(self, loop: asyncio.AbstractEventLoop, fn: Callable[..., Any], args: tuple[Any, ...], priority: int):
        self.loop, self.fn, self.args, self.priority = loop, fn, args, priority
        self.started: asyncio.Future[None] = loop.create_future()  # a worker took it: its time limit starts
        self.result: asyncio.Future[Any] = loop.create_future()
        self.executor: Executor | None = None  # the pool it ran in
        self.running: Future[Any] | None = None
        self.abandoned = False  # its caller stopped waiting

    def tell(self, fn: Callable[..., object], *args: Any) -> None:
        """fn(*args) on the job's loop, from any thread (a loop that has closed is owed nothing)."""
        try:
            self.loop.call_soon_threadsafe(fn, *args)
        except RuntimeError:
            pass

    def began(self) -> None:
        if not self.started.done():
            self.started.set_result(None)

    def settle(self, done: Future[Any] | None, error: BaseException | None) -> None:
        self.began()
        if self.result.done() or self.abandoned:
            return
        if done is not None and done.cancelled():
            self.result.cancel()
        elif done is not None and (error := done.exception()) is None:
            self.result.set_result(done.result())
        else:
            self.result.set_exception(error or RuntimeError("the job ended without a result"))


class CpuPool:
    """A process pool fed from a queue of its own: only as many calls as it has workers are ever in the executor,
    so a call's time limit (counted from when a worker takes it) measures its own work, never the wait behind
    others. Waiting calls are handed to a worker the moment one is free, from the executor's own thread: when the
    loop was busy with hundreds of fetches, a handover through the loop left the workers idle three quarters of
    the time. The most urgent call goes first (a feed's parse before analyses started while feeds are fetched).
    `workers=0` runs calls on one thread in this process instead (for tools that want no child processes); time
    limits still apply."""

    def __init__(self, workers: int | None = None, *, task_timeout: float = 30.0) -> None:
        self.workers = default_workers() if workers is None else workers
        self.task_timeout = task_timeout
        self._executor: Executor | None = None
        self._start_lock: asyncio.Lock | None = None
        self.failures = 0  # inputs abandoned since start (crash or time limit)
        # The queue and the executor are used by the loop and by the executor's thread (when a call ends).
        self._lock = threading.RLock()
        self._queue: list[tuple[int, int, _Job]] = []
        self._order = itertools.count()
        self._running = 0
        self._closing = False

    def _pool(self) -> Executor:
        with self._lock:
            if self._executor is None:
                if self.workers == 0:
                    self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="greenlight-cpu")
                else:
                    # forkserver: children never inherit the parent's threads or open database; the preload makes
                    # each fork start with the parsers and the understanding step already imported.
                    ctx = multiprocessing.get_context("forkserver")
                    ctx.set_forkserver_preload(_PRELOAD)
                    self._executor = ProcessPoolExecutor(
                        max_workers=self.workers,
                        mp_context=ctx,
                        initializer=worker_started,
                        initargs=(os.getpid(),),
                    )
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

    def _discard(self, executor: Executor | None) -> None:
        """Stop every worker of this pool now (the only way to take back a call that will not finish) and let the
        next call start a fresh one. A pool replaced already is left alone: its replacement's calls run on."""
        with self._lock:
            if executor is None or executor is not self._executor:
                return
            self._executor = None
        if isinstance(executor, ProcessPoolExecutor):
            # ProcessPoolExecutor has no public way to stop a running task before Python 3.14.
            for proc in list(getattr(executor, "_processes", {}).values()):
                proc.kill()
        executor.shutdown(wait=False, cancel_futures=True)

    # ------------------------------------------------------------ the queue

    def _enqueue(self, job: _Job) -> None:
        with self._lock:
            heapq.heappush(self._queue, (job.priority, next(self._order), job))
            self._pump()

    def _pump(self) -> None:
        """Hand waiting calls to free workers, the most urgent first, then the longest waiting (under the lock)."""
        while self._running < max(self.workers, 1) and self._queue and not self._closing:
            job = heapq.heappop(self._queue)[2]
            if job.abandoned:
                continue
            try:
                job.executor = self._pool()
                try:
                    job.running = job.executor.submit(job.fn, *job.args)
                except BrokenProcessPool:  # a crash broke the pool since: this call goes to a fresh one
                    self._discard(job.executor)
                    job.executor = self._pool()
                    job.running = job.executor.submit(job.fn, *job.args)
            except Exception as exc:  # shut down, or no process could start: the caller hears it, never a hang
                job.tell(job.settle, None, exc)
                continue
            self._running += 1
            job.tell(job.began)
            job.running.add_done_callback(functools.partial(self._ended, job))

    def _ended(self, job: _Job, done: Future[Any]) -> None:
        """A call ended (in the executor's thread): its worker takes the next one before the loop hears of it."""
        job.running = None  # no cycle between the job and its future: the result is freed once read, not by the GC
        with self._lock:
            self._running -= 1
            self._pump()
        job.tell(job.settle, done, None)

    async def _call(self, fn: Callable[..., T], args: tuple[Any, ...], limit: float, priority: int) -> T:
        await self.start()  # a no-op once running; after a crash the new pool starts off the loop too
        job = _Job(asyncio.get_running_loop(), fn, args, priority)
        self._enqueue(job)
        try:
            await job.started  # the wait for a free worker is not the call's time
            result: T = await asyncio.wait_for(job.result, limit)
            return result
        except BaseException as exc:
            job.abandoned = True  # still waiting: it is skipped; not started in a worker yet: taken back
            if (running := job.running) is not None:  # the executor's thread may clear it meanwhile
                running.cancel()
            if isinstance(exc, BrokenProcessPool) or (isinstance(exc, TimeoutError) and self.workers):
                self._discard(job.executor)  # crashed, or the only way to stop a call that will not end
            raise

    async def run(
        self,
        fn: Callable[..., T],
        *args: Any,
        timeout: float | None = None,
        what: str = "input",
        priority: int = URGENT,
    ) -> T:
        """fn(*args) in a worker. Raises WorkerFailure when the worker dies or the time limit passes."""
        limit = self.task_timeout if timeout is None else timeout
        try:
            try:
                return await self._call(fn, args, limit, priority)
            except BrokenProcessPool:
                # Another call's crash takes the whole pool down: run this one again on a fresh pool, so only the
                # input that really crashes its worker is reported.
                return await self._call(fn, args, limit, priority)
        except TimeoutError:
            self.failures += 1
            log.warning("%s took longer than %gs; its worker was stopped", what, limit)
            raise WorkerFailure(f"Processing this {what} took longer than {limit:g} seconds.") from None
        except BrokenProcessPool:
            self.failures += 1
            raise WorkerFailure(f"The worker processing this {what} stopped unexpectedly.") from None

    async def parse(
        self,
        body: bytes,
        content_type: str | None,
        *,
        now: datetime | None = None,
        max_entries: int = 500,
        known: frozenset[str] = frozenset(),
    ) -> ParsedFeed:
        """Raises FeedError for a refused body and WorkerFailure for a body that crashed or hung its worker.
        Entries whose guid is in `known` are left out unbuilt (ParsedFeed.known counts them)."""
        out = await self.run(parse_in_worker, body, content_type, now, max_entries, known, what="feed")
        if isinstance(out, tuple):
            raise FeedError(*out)
        return out

    async def analyze_many(
        self, items: Sequence[tuple[str, str]], *, batch: int = 64, known: tuple[str, ...] = ()
    ) -> list[Analysis | str]:
        """One result per item, in order: its Analysis, or the reason it could not be analysed. A batch that
        fails is retried item by item, so one bad input costs only itself. `known`: titles the store knows."""
        chunks = [list(items[i : i + batch]) for i in range(0, len(items), batch)]

        async def one_chunk(chunk: list[tuple[str, str]]) -> list[Analysis | str]:
            try:
                return list(await self.run(analyze_in_worker, chunk, known, what="batch of articles", priority=LATER))
            except WorkerFailure:
                if len(chunk) == 1:
                    return [f"Analysis failed: the article could not be analysed within {self.task_timeout:g} s."]
            results: list[Analysis | str] = []
            for item in chunk:
                try:
                    results.extend(await self.run(analyze_in_worker, [item], known, what="article", priority=LATER))
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
        """Stop the workers after the calls they run; calls still waiting are cancelled."""
        with self._lock:
            self._closing = True
            executor, self._executor = self._executor, None
            waiting, self._queue = self._queue, []
        try:
            if executor is not None:
                executor.shutdown(wait=True, cancel_futures=True)
        finally:
            with self._lock:
                self._closing = False
        for _, _, job in waiting:
            job.tell(job.result.cancel)
            job.tell(job.began)
