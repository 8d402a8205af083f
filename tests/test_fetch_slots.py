"""A fetch's time limit measures the fetch, not the wait for a free connection slot."""

import asyncio

from aiohttp import web

from bot.config import Settings
from bot.ingest.fetch import Fetcher
from bot.models import FetchOutcome
from tests.feedserver import rss, serve


def slow_app(delay: float) -> web.Application:
    async def feed(request: web.Request) -> web.Response:
        await asyncio.sleep(delay)  # the server's own pace: each answer takes `delay`
        return web.Response(body=rss("Slow", [("a", "Item")]), content_type="application/rss+xml")

    app = web.Application()
    app.router.add_get("/{n}", feed)
    return app


async def test_waiting_behind_other_fetches_is_not_a_timeout(settings: Settings):
    # One slot, eight fetches of 0.3 s each: the last waits ~2.1 s for its slot, far past the 1 s limit.
    tight = settings.with_overrides(max_concurrency=1, per_host_concurrency=1, fetch_timeout=1.0)
    async with serve(slow_app(0.3)) as base, Fetcher(tight) as fetcher:
        results = await asyncio.gather(*(fetcher.fetch(f"{base}/{n}") for n in range(8)))
    assert [r.outcome for r in results] == [FetchOutcome.NEW] * 8, [r.error for r in results]


async def test_a_server_slower_than_the_limit_still_times_out(settings: Settings):
    async with serve(slow_app(2.0)) as base, Fetcher(settings.with_overrides(fetch_timeout=0.5)) as fetcher:
        result = await fetcher.fetch(f"{base}/1")
    assert result.outcome is FetchOutcome.ERROR and "within 0.5 seconds" in (result.error or "")
