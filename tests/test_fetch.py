"""Fetching against real aiohttp servers on 127.0.0.1: every outcome is one FetchResult."""

import asyncio
import gzip
import tracemalloc
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from aiohttp import web

from bot.config import Settings
from bot.ingest.fetch import Fetcher, parse_max_age, parse_retry_after
from bot.ingest.network_words import MAX_MESSAGE
from bot.models import FetchErrorKind, FetchOutcome
from tests.feedserver import rss, serve

FEED = rss("Test feed", [("a", "Show renewed")])


def app_with(handler, path="/feed") -> web.Application:
    app = web.Application()
    app.router.add_get(path, handler)
    return app


async def test_200_then_304_by_etag(settings: Settings):
    seen = []

    async def handler(request):
        seen.append(request.headers.get("If-None-Match"))
        if request.headers.get("If-None-Match") == '"v1"':
            return web.Response(status=304, headers={"ETag": '"v1"'})
        return web.Response(
            body=FEED,
            headers={"ETag": '"v1"', "Content-Type": "application/rss+xml", "Cache-Control": "public, max-age=600"},
        )

    async with serve(app_with(handler)) as base, Fetcher(settings) as f:
        first = await f.fetch(base + "/feed")
        second = await f.fetch(base + "/feed", etag=first.etag)
    assert first.outcome is FetchOutcome.NEW and first.body == FEED and first.etag == '"v1"'
    assert first.max_age == 600
    assert second.outcome is FetchOutcome.NOT_MODIFIED and second.ok
    assert seen == [None, '"v1"']


async def test_304_by_last_modified(settings: Settings):
    stamp = "Fri, 20 Nov 2026 12:00:00 GMT"

    async def handler(request):
        if request.headers.get("If-Modified-Since") == stamp:
            return web.Response(status=304)
        return web.Response(body=FEED, headers={"Last-Modified": stamp})

    async with serve(app_with(handler)) as base, Fetcher(settings) as f:
        first = await f.fetch(base + "/feed")
        second = await f.fetch(base + "/feed", last_modified=first.last_modified)
    assert first.last_modified == stamp
    assert second.outcome is FetchOutcome.NOT_MODIFIED


async def test_http_errors_are_named(settings: Settings):
    async def status(request):
        code = int(request.match_info["code"])
        headers = {"Retry-After": "120"} if code == 429 else {}
        return web.Response(status=code, headers=headers, text="no")

    app = web.Application()
    app.router.add_get("/s/{code}", status)
    async with serve(app) as base, Fetcher(settings) as f:
        r404 = await f.fetch(base + "/s/404")
        r500 = await f.fetch(base + "/s/500")
        r429 = await f.fetch(base + "/s/429")
    assert r404.error_kind is FetchErrorKind.HTTP_STATUS and "404 Not Found" in r404.error
    assert r500.status == 500 and "500" in r500.error
    assert r429.retry_after == 120 and "wait 120 seconds" in r429.error


def test_retry_after_and_max_age_parsing():
    future = datetime.now(UTC) + timedelta(seconds=300)
    assert 280 <= parse_retry_after(format_datetime(future, usegmt=True)) <= 300
    assert parse_retry_after("10") == 10
    assert parse_retry_after("-5") == 0
    assert parse_retry_after("9999999") == 86_400
    assert parse_retry_after("soon") is None
    assert parse_max_age("no-cache, max-age=60") == 60
    assert parse_max_age("private") is None


async def test_timeout_and_slow_trickle(settings: Settings):
    async def sleepy(request):
        await asyncio.sleep(5)
        return web.Response(body=FEED)

    async def trickle(request):
        resp = web.StreamResponse()
        await resp.prepare(request)
        for _ in range(50):
            await resp.write(b"<rss>   ")
            await asyncio.sleep(0.1)
        return resp

    app = web.Application()
    app.router.add_get("/sleepy", sleepy)
    app.router.add_get("/trickle", trickle)
    fast = settings.with_overrides(fetch_timeout=0.5)
    async with serve(app) as base, Fetcher(fast) as f:
        r1 = await f.fetch(base + "/sleepy")
        r2 = await f.fetch(base + "/trickle")
    assert r1.error_kind is FetchErrorKind.TIMEOUT and r2.error_kind is FetchErrorKind.TIMEOUT
    assert "0.5 seconds" in r2.error


async def test_redirects_followed_within_limit_and_loops_stopped(settings: Settings):
    async def hop(request):
        n = int(request.match_info["n"])
        if n == 0:
            return web.Response(body=FEED)
        raise web.HTTPFound(f"/hop/{n - 1}")

    async def loop(request):
        raise web.HTTPFound("/loop")

    app = web.Application()
    app.router.add_get("/hop/{n}", hop)
    app.router.add_get("/loop", loop)
    async with serve(app) as base, Fetcher(settings) as f:
        ok = await f.fetch(base + "/hop/3")
        looped = await f.fetch(base + "/loop")
    assert ok.outcome is FetchOutcome.NEW and ok.final_url.endswith("/hop/0")
    assert looped.error_kind is FetchErrorKind.TOO_MANY_REDIRECTS


async def test_oversize_bodies_and_gzip_bomb_stop_at_the_cap(settings: Settings):
    big = b"<rss>" + b"x" * 300_000
    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)

    async def sized(request):
        return web.Response(body=big)

    async def unsized(request):
        resp = web.StreamResponse()
        await resp.prepare(request)
        for i in range(0, len(big), 10_000):
            await resp.write(big[i : i + 10_000])
        return resp

    async def bombed(request):
        return web.Response(body=bomb, headers={"Content-Encoding": "gzip", "Content-Type": "application/rss+xml"})

    app = web.Application()
    app.router.add_get("/sized", sized)
    app.router.add_get("/unsized", unsized)
    app.router.add_get("/bomb", bombed)
    small = settings.with_overrides(max_body_bytes=100_000)
    async with serve(app) as base, Fetcher(small) as f:
        r1 = await f.fetch(base + "/sized")
        r2 = await f.fetch(base + "/unsized")
        tracemalloc.start()
        r3 = await f.fetch(base + "/bomb")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert r1.error_kind is r2.error_kind is r3.error_kind is FetchErrorKind.TOO_LARGE
    assert len(bomb) < 100_000  # the compressed body alone is under the cap
    assert peak < 20 * 1024 * 1024, f"a 64 MiB bomb used {peak:,} bytes; the cap should stop it early"


async def test_connection_refused_is_a_network_error(settings: Settings):
    async with serve(web.Application()) as base:
        dead = base
    async with Fetcher(settings) as f:
        r = await f.fetch(dead + "/feed")
    assert r.error_kind is FetchErrorKind.NETWORK


async def test_per_host_concurrency_is_honoured(settings: Settings):
    in_flight = 0
    peak = 0

    async def handler(request):
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.05)
        in_flight -= 1
        return web.Response(body=FEED)

    limited = settings.with_overrides(per_host_concurrency=2, max_concurrency=20)
    async with serve(app_with(handler, "/feed/{n}")) as base, Fetcher(limited) as f:
        results = await asyncio.gather(*(f.fetch(f"{base}/feed/{i}") for i in range(10)))
    assert all(r.outcome is FetchOutcome.NEW for r in results)
    assert peak == 2


async def test_network_failures_are_said_in_words_short_enough_for_the_table(settings: Settings):
    async with serve(web.Application()) as base:
        dead = base
    async with Fetcher(settings) as f:
        refused = await f.fetch(dead + "/feed")
        unknown = await f.fetch("http://no-such-outlet.invalid/feed")
    assert refused.error == "127.0.0.1 refused to connect: is the site down?"
    assert unknown.error_kind is FetchErrorKind.NETWORK
    assert unknown.error == "No address for no-such-outlet.invalid: is this machine online?"
    for r in (refused, unknown):
        assert "Error" not in (r.error or "") and len(r.error or "") <= MAX_MESSAGE


def test_every_network_problem_fits_the_sources_table() -> None:
    import errno
    import ssl

    import aiohttp

    from bot.ingest.network_words import network_problem

    key = aiohttp.client_reqrep.ConnectionKey("h", 443, True, True, None, None, None)
    failures = [
        aiohttp.ClientConnectorDNSError(key, OSError(-2, "Name or service not known")),
        aiohttp.ClientConnectorError(key, ConnectionRefusedError(errno.ECONNREFUSED, "refused")),
        aiohttp.ClientConnectorError(key, OSError(errno.ENETUNREACH, "unreachable")),
        aiohttp.ClientConnectorCertificateError(key, ssl.SSLCertVerificationError("bad")),
        aiohttp.ServerDisconnectedError(),
        aiohttp.ClientPayloadError("cut"),
        ConnectionResetError(),
        OSError("other"),
    ]
    url = "https://" + "very-long-subdomain." * 6 + "example.com/feed"
    for exc in failures:
        message = network_problem(exc, url)
        assert len(message) <= MAX_MESSAGE and "Error" not in message, message
