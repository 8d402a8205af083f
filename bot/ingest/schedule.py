"""When to poll a source next: pure functions over the last outcome, the clock passed in."""

from __future__ import annotations

from datetime import datetime, timedelta

MAX_BACKOFF = 24 * 3600.0  # never wait more than a day after failures
MAX_CACHE_WAIT = 6 * 3600.0  # a server's max-age may slow us down, but only this far


def next_poll_after_success(now: datetime, interval: float, max_age: float | None) -> datetime:
    """A fresh source waits the interval, or longer when the server asks for it via max-age."""
    delay = interval
    if max_age is not None and max_age > interval:
        delay = min(max_age, max(MAX_CACHE_WAIT, interval))
    return now + timedelta(seconds=delay)


def next_poll_after_failure(now: datetime, interval: float, failures: int, retry_after: float | None) -> datetime:
    """Exponential backoff from the interval (failures counts this one), and never sooner than Retry-After."""
    delay = min(interval * 2 ** max(failures - 1, 0), MAX_BACKOFF)
    if retry_after is not None:
        delay = max(delay, min(retry_after, MAX_BACKOFF))
    return now + timedelta(seconds=delay)


def should_disable(failures: int, max_failures: int) -> bool:
    return failures >= max_failures
