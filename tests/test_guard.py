"""The SSRF guard, on by default: internal addresses are refused and never contacted."""

import ipaddress
from ipaddress import IPv4Address

import pytest
from aiohttp import web

from bot.config import Settings
from bot.ingest.fetch import Fetcher
from bot.ingest.session import address_is_public
from bot.models import FetchErrorKind
from tests.feedserver import rss, serve

FEED = rss("Guarded", [("a", "Show renewed")])


@pytest.fixture
def guarded(settings: Settings) -> Settings:
    return settings.with_overrides(allow_private_sources=False, fetch_timeout=2.0)


def counting_app(hits: list[str]) -> web.Application:
    async def handler(request):
        hits.append(request.path)
        return web.Response(body=FEED)

    app = web.Application()
    app.router.add_get("/{tail:.*}", handler)
    return app


def test_guard_is_on_by_default():
    assert Settings().allow_private_sources is False


@pytest.mark.parametrize(
    "address,public",
    [
        ("8.8.8.8", True),
        ("2606:4700:4700::1111", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("0.0.0.0", False),
        ("100.64.0.1", False),
        ("::1", False),
        ("fd00::1", False),
        ("fe80::1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:8.8.8.8", True),
        ("224.0.0.1", False),
        ("255.255.255.255", False),
        ("2002:7f00:1::", False),
    ],
)
def test_address_table(address: str, public: bool):
    assert address_is_public(ipaddress.ip_address(address)) is public


async def test_internal_addresses_are_refused_and_never_contacted(guarded: Settings):
    hits: list[str] = []
    async with serve(counting_app(hits)) as base:
        port = base.rsplit(":", 1)[1]
        urls = [
            f"http://127.0.0.1:{port}/",
            f"http://localhost:{port}/",
            f"http://[::1]:{port}/",
            f"http://[::ffff:127.0.0.1]:{port}/",
            "http://169.254.169.254/latest/meta-data/",
            "http://10.0.0.1/",
            "http://0.0.0.0/",
            "http://[fd00::1]/",
        ]
        async with Fetcher(guarded) as f:
            results = [await f.fetch(u) for u in urls]
    for url, r in zip(urls, results, strict=True):
        assert r.error_kind is FetchErrorKind.BLOCKED, (url, r)
        assert "private network" in r.error
    assert hits == []


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.com/feed", "gopher://x/", "javascript:alert(1)", "http://"]
)
async def test_other_schemes_are_refused(guarded: Settings, url: str):
    async with Fetcher(guarded) as f:
        r = await f.fetch(url)
    assert r.error_kind is FetchErrorKind.BAD_URL


async def test_redirect_from_an_allowed_host_to_loopback_is_refused(guarded: Settings):
    inner_hits: list[str] = []
    try:
        inner_ctx = serve(counting_app(inner_hits), host="127.0.0.2")
        inner = await inner_ctx.__aenter__()
    except OSError as exc:
        pytest.skip(f"cannot bind 127.0.0.2 here: {exc}")
    try:

        async def bounce(request):
            raise web.HTTPFound(inner + "/secret")

        app = web.Application()
        app.router.add_get("/feed", bounce)
        async with serve(app) as outer:
            # The guard's real code path, with exactly 127.0.0.1 allowed to play "a public host".
            async with Fetcher(guarded, address_allowed=lambda ip: ip == IPv4Address("127.0.0.1")) as f:
                allowed = await f.fetch(outer + "/feed")
    finally:
        await inner_ctx.__aexit__(None, None, None)
    assert allowed.error_kind is FetchErrorKind.BLOCKED
    assert "127.0.0.2" in allowed.error
    assert inner_hits == []
