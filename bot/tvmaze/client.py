"""The TVmaze API client: every call goes through the guarded Fetcher (one session, the SSRF guard, the byte cap)
and a token bucket that keeps this process under TVmaze's 20 calls per 10 seconds. A 429 is honoured with its
Retry-After; every other failure (timeout, 5xx, 404, malformed JSON, wrong shape) is None: "no TVmaze data"."""

from __future__ import annotations

import asyncio
import json
import logging
import time
import weakref
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlencode

from bot.ingest.fetch import Fetcher
from bot.models import FetchOutcome
from bot.tvmaze.models import TvShow
from bot.tvmaze.parse import ShapeError, parse_akas, parse_search, parse_show, parse_updates
from bot.workers import CpuPool, WorkerFailure

log = logging.getLogger(__name__)

JSON_ACCEPT = "application/json"
NOT_FOUND = object()  # a 404: TVmaze has nothing there (a failure too, but a definite answer)
OFF_LOOP_BYTES = 64_000  # answers larger than this are decoded and parsed on a thread, off the event loop
T = TypeVar("T")


@dataclass(frozen=True)
class Unusable:
    """An answer that cannot be used, and why (said in the log and kept as the show's "no data" reason)."""

    reason: str


def decode(body: bytes, parse: Callable[[Any], T]) -> T | Unusable:
    """JSON bytes → parse(data), or Unusable. Never raises for any body: nesting too deep for the decoder
    (RecursionError), numbers too long to convert, malformed JSON or the wrong shape are all "no data"."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:
        return Unusable(f"malformed JSON ({exc.__class__.__name__})")
    try:
        return parse(data)
    except (ShapeError, TypeError, ValueError, AttributeError, KeyError, RecursionError) as exc:
        return Unusable(f"an unexpected shape ({str(exc)[:200] or exc.__class__.__name__})")


Decoder = Callable[[bytes, Callable[[Any], Any]], Awaitable[Any]]


async def decode_on_a_thread(body: bytes, parse: Callable[[Any], T]) -> T | Unusable:
    """decode() on a thread: the parsing leaves the loop, but JSON decoding (and the garbage collections its
    objects set off) keep the interpreter lock, so the loop still waits for those."""
    return await asyncio.to_thread(decode, body, parse)


def decoder_in(pool: CpuPool) -> Decoder:
    """decode() in one of the pool's worker processes, where no lock is shared with the loop; only the parsed
    result comes back. A worker that fails or times out is "no data"."""

    async def run(body: bytes, parse: Callable[[Any], Any]) -> Any:
        try:
            return await pool.run(decode, body, parse, what="TVmaze answer")
        except WorkerFailure as exc:
            return Unusable(str(exc))

    return run


class TokenBucket:
    """`capacity` calls at once, then `rate` calls a second. In any `window` seconds at most capacity + rate × window
    calls start: the defaults (9, 1/s) allow 19 in 10 s, under TVmaze's 20. The clock and sleep are injectable so a
    test can run a burst without waiting."""

    def __init__(
        self,
        capacity: float = 9,
        rate: float = 1.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self.capacity = capacity
        self.rate = rate
        self.clock = clock
        self.sleep = sleep
        self.tokens = float(capacity)
        self.updated = clock()
        self.blocked_until = 0.0  # a 429's Retry-After holds every call until then
        self.granted: deque[float] = deque(maxlen=1000)  # when the latest calls were let through (tests count them)
        self._lock = asyncio.Lock()

    def _refill(self) -> None:
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    def hold(self, seconds: float) -> None:
        """No call before `seconds` from now, and no burst right after (the bucket is emptied)."""
        self.blocked_until = max(self.blocked_until, self.clock() + seconds)
        self._refill()
        self.tokens = 0.0

    def held_for(self) -> float:
        return max(0.0, self.blocked_until - self.clock())

    async def acquire(self) -> None:
        async with self._lock:  # callers queue in order; none takes a token another is waiting for
            while (wait := self.held_for()) > 0:
                await self.sleep(wait)
            self._refill()
            while self.tokens < 1:
                await self.sleep((1 - self.tokens) / self.rate)
                self._refill()
            self.tokens -= 1
            self.granted.append(self.clock())


_SHARED: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, TokenBucket] = weakref.WeakKeyDictionary()


def shared_limiter() -> TokenBucket:
    """The process's one bucket (per event loop): every client of the process shares TVmaze's allowance."""
    loop = asyncio.get_running_loop()
    bucket = _SHARED.get(loop)
    if bucket is None:
        bucket = _SHARED[loop] = TokenBucket()
    return bucket


class TvmazeClient:
    def __init__(
        self,
        fetcher: Fetcher,
        base_url: str,
        *,
        limiter: TokenBucket | None = None,
        timeout: float = 10.0,
        max_wait: float = 60.0,
        decoder: Decoder | None = None,
    ) -> None:
        self.fetcher = fetcher
        self.base_url = base_url.rstrip("/")
        self._limiter = limiter  # None: the process's shared bucket, found on first use (inside the loop)
        self.timeout = timeout  # seconds for one call, on top of the fetcher's own limit
        self.max_wait = max_wait  # a Retry-After longer than this is not waited for: the call is None
        self.calls = 0
        self.last_failure: str | None = None  # why the latest call gave no data (None: it did, or it was a 404)
        self.decoder = decoder or decode_on_a_thread  # where answers over OFF_LOOP_BYTES are decoded and parsed

    @property
    def limiter(self) -> TokenBucket:
        if self._limiter is None:
            self._limiter = shared_limiter()
        return self._limiter

    async def _body(self, path: str, params: list[tuple[str, str]] | None = None) -> bytes | object | None:
        """The answer's bytes, NOT_FOUND for a 404, or None for every other failure (`last_failure` says which)."""
        url = self.base_url + path + (("?" + urlencode(params)) if params else "")
        for _attempt in range(3):
            if self.limiter.held_for() > self.max_wait:
                return self._failed(f"TVmaze asked to wait {self.limiter.held_for():.0f} s")
            await self.limiter.acquire()
            self.calls += 1
            try:
                async with asyncio.timeout(self.timeout):
                    result = await self.fetcher.fetch(url, accept=JSON_ACCEPT)
            except TimeoutError:
                log.info("TVmaze did not answer %s within %g s", path, self.timeout)
                return self._failed(f"TVmaze did not answer within {self.timeout:g} s")
            if result.status == 429:
                wait = result.retry_after if result.retry_after is not None else 2.0
                self.limiter.hold(wait)
                log.info("TVmaze asked to wait %g s (429)", wait)
                continue
            if result.status == 404:
                return NOT_FOUND
            if result.outcome is not FetchOutcome.NEW or result.body is None:
                log.info("TVmaze call %s failed: %s", path, result.error)
                return self._failed(f"TVmaze call failed: {result.error or result.status}")
            return result.body
        return self._failed("TVmaze kept answering 429 (too many requests)")

    def _failed(self, reason: str) -> Any:
        """None ("no TVmaze data"), remembering why."""
        self.last_failure = reason[:300]
        return None

    async def get(self, path: str, params: list[tuple[str, str]] | None, parse: Callable[[Any], Any]) -> Any:
        """parse(the decoded JSON), NOT_FOUND for a 404, or None when TVmaze failed or answered something that is
        not JSON of the expected shape. Answers over OFF_LOOP_BYTES are decoded and parsed by `decoder` (the
        service's worker processes; a thread without them): a 4.6 MB answer held the event loop (and so Discord)
        for 184 ms."""
        self.last_failure = None
        body = await self._body(path, params)
        if body is None or body is NOT_FOUND:
            return body
        assert isinstance(body, bytes)
        if len(body) > OFF_LOOP_BYTES:
            outcome = await self.decoder(body, parse)
        else:
            outcome = decode(body, parse)
        if isinstance(outcome, Unusable):
            log.info("TVmaze answered %s with %s", path, outcome.reason)
            return self._failed(f"TVmaze answered with {outcome.reason}")
        return outcome

    async def search(self, name: str) -> list[TvShow] | None:
        """Shows whose name matches, best first; [] when there are none; None when TVmaze failed."""
        found = await self.get("/search/shows", [("q", name)], parse_search)
        return [] if found is NOT_FOUND else found

    async def singlesearch(self, name: str) -> TvShow | None:
        found = await self.get("/singlesearch/shows", [("q", name)], parse_show)
        return None if found is NOT_FOUND else found

    async def show(self, tvmaze_id: int) -> TvShow | None:
        """One show with its seasons and next episode embedded."""
        params = [("embed[]", "seasons"), ("embed[]", "nextepisode")]
        found = await self.get(f"/shows/{tvmaze_id}", params, parse_show)
        if found is NOT_FOUND or (found is not None and found.tvmaze_id != tvmaze_id):
            return self._failed(f"TVmaze has no show {tvmaze_id}") if found is not NOT_FOUND else None
        return found

    async def akas(self, tvmaze_id: int) -> list[str] | None:
        found = await self.get(f"/shows/{tvmaze_id}/akas", None, parse_akas)
        return [] if found is NOT_FOUND else found

    async def updates(self, since: str = "day") -> dict[int, int] | None:
        """TVmaze id → when it last changed, for shows changed in the last day, week or month."""
        found = await self.get("/updates/shows", [("since", since)], parse_updates)
        return None if found is NOT_FOUND else found
