"""Hostile addresses (issue 12): port 0, site-local IPv6, huge URLs, unsafe article links, and permanent moves."""

from __future__ import annotations

import ipaddress
from datetime import UTC, datetime

import pytest
from aiohttp import web

from bot.config import Settings
from bot.errors import SourceError
from bot.ingest.addresses import MAX_URL_LENGTH, _already_safe, _safe_link_full, normalize_url, safe_link, shorten_url
from bot.ingest.fetch import Fetcher
from bot.ingest.opml import build_opml, parse_opml, parse_opml_report
from bot.ingest.session import address_is_public
from bot.ingest.sources import import_opml
from bot.models import FetchErrorKind, FetchOutcome
from bot.store import Store
from tests.feedserver import rss, serve

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
HUGE = "https://huge.example/" + "a" * 100_000
FEED = rss("Moved", [("a", "Show renewed")])


# ---------------------------------------------------------------- 8. validation: port 0, fec0::/10, length


@pytest.mark.parametrize("url", ["http://example.com:0/feed", "https://example.com:00/", "http://[2001:db8::1]:0/"])
def test_port_zero_is_refused(url: str):
    with pytest.raises(SourceError, match="port 0"):
        normalize_url(url)


@pytest.mark.parametrize("address", ["fec0::1", "fec0:1234::5", "feff:ffff::1"])
def test_site_local_ipv6_is_not_public(address: str):
    assert address_is_public(ipaddress.ip_address(address)) is False


def test_public_ipv6_is_still_public():
    assert address_is_public(ipaddress.ip_address("2606:4700:4700::1111")) is True


async def test_a_site_local_literal_is_blocked_and_never_contacted(settings: Settings):
    guarded = settings.with_overrides(allow_private_sources=False, fetch_timeout=2.0)
    async with Fetcher(guarded) as f:
        r = await f.fetch("http://[fec0::1]/feed")
    assert r.error_kind is FetchErrorKind.BLOCKED


def test_a_huge_url_is_refused_and_never_echoed_whole():
    with pytest.raises(SourceError) as err:
        normalize_url(HUGE)
    assert len(str(err.value)) < 300 and "100,021 characters" in str(err.value)
    assert normalize_url("https://ok.example/" + "a" * (MAX_URL_LENGTH - 40)).startswith("https://ok.example/")
    for bad in ("ftp://" + "x" * 50_000, "x" * 50_000, "https://" + "é" * 1_000 + "/"):
        with pytest.raises(SourceError) as err:
            normalize_url(bad)
        assert len(str(err.value)) < 400


def test_control_characters_in_a_source_address_are_refused():
    with pytest.raises(SourceError):
        normalize_url("https://example.com/fe\x00ed")


def test_shorten_url():
    assert shorten_url("https://a.example/") == "https://a.example/"
    short = shorten_url(HUGE)
    assert len(short) == 100 and short.endswith("…")
    assert shorten_url("https://a.example/\x1b[31m") == "https://a.example/[31m"


def test_opml_import_never_stores_or_echoes_a_huge_url(store: Store):
    data = build_opml([(HUGE, "Huge"), ("https://fine.example/feed", "Fine")])
    assert [o.url for o in parse_opml(data)] == ["https://fine.example/feed"]
    outlines, skipped = parse_opml_report(data)
    assert len(outlines) == 1 and len(skipped) == 1
    assert len(skipped[0][0]) <= 100 and "100,021" in skipped[0][1]
    report = import_opml(store, data, added_by=None, now=NOW)
    assert report.added == ("https://fine.example/feed",)
    assert all(len(url) <= MAX_URL_LENGTH for url, _ in report.skipped)
    assert [s.url for s in store.list_sources()] == ["https://fine.example/feed"]


def test_opml_with_entities_in_utf16_is_refused():
    data = (
        '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE opml [<!ENTITY a "https://x.example/">]>'
        '<opml version="2.0"><body><outline xmlUrl="&a;feed"/></body></opml>'
    ).encode("utf-16")
    with pytest.raises(Exception, match="entities"):
        parse_opml(data)


async def test_a_huge_redirect_location_is_a_short_error(settings: Settings):
    async def bounce(request):
        raise web.HTTPFound("/" + "b" * int(request.match_info["n"]))

    app = web.Application()
    app.router.add_get("/feed/{n}", bounce)
    async with serve(app) as base, Fetcher(settings.with_overrides(fetch_timeout=5.0)) as f:
        long = await f.fetch(base + "/feed/5000")
        too_long_for_aiohttp = await f.fetch(base + "/feed/10000")  # aiohttp refuses the header itself
    assert long.outcome is FetchOutcome.ERROR and long.error_kind is FetchErrorKind.BAD_URL
    assert "5,001 characters" in (long.error or "")
    for r in (long, too_long_for_aiohttp):
        assert r.outcome is FetchOutcome.ERROR and len(r.error or "") < 400


# ---------------------------------------------------------------- 9. article links


@pytest.mark.parametrize(
    "raw,base,expected",
    [
        (
            "https://beat.example/x) [Click for free nitro](https://phish.example",
            "",
            "https://beat.example/x%29%20%5BClick%20for%20free%20nitro%5D%28https://phish.example",
        ),
        ("  https://A.Example/path?q=1#frag  ", "", "https://a.example/path?q=1#frag"),
        ("/relative/page", "https://site.example/feed", "https://site.example/relative/page"),
        ("page 2", "https://site.example/dir/", "https://site.example/dir/page%202"),
        ("//cdn.example/x", "https://site.example/", "https://cdn.example/x"),
        ("https://site.example/<script>", "", "https://site.example/%3Cscript%3E"),
        ("https://site.example/a\"b'c`d", "", "https://site.example/a%22b%27c%60d"),
        ("https://site.example/{x}|^\\", "", "https://site.example/%7Bx%7D%7C%5E%5C"),
        ("https://site.example/100%", "", "https://site.example/100%25"),
        ("https://site.example/%E2%9C%93", "", "https://site.example/%E2%9C%93"),
        ("https://site.example/✓", "", "https://site.example/%E2%9C%93"),
        ("https://bücher.example/", "", "https://xn--bcher-kva.example/"),
        ("https://site.example/a\nb\tc\x00d", "", "https://site.example/abcd"),
        ("https://site.example:443/x", "", "https://site.example/x"),
        ("https://site.example:8443/x", "", "https://site.example:8443/x"),
        ("https://[2001:db8::1]/x", "", "https://[2001:db8::1]/x"),
        ("HTTPS://site.example", "", "https://site.example/"),
        ("javascript:alert(1)", "https://site.example/", ""),
        ("JaVaScRiPt:alert(1)", "", ""),
        ("data:text/html,<b>hi</b>", "", ""),
        ("mailto:a@b.example", "", ""),
        ("ftp://files.example/x", "", ""),
        ("https://user:pw@site.example/", "", ""),
        ("https://site.example:0/", "", ""),
        ("https://site.example:99999/", "", ""),
        ("https://[::1", "", ""),
        ("https:///nohost", "", ""),
        ("https://bad host.example/", "", ""),
        ("https://site.example/" + "x" * MAX_URL_LENGTH, "", ""),
        ("relative-without-base", "", ""),
        ("", "https://site.example/", ""),
    ],
)
def test_safe_link(raw: str, base: str, expected: str):
    assert safe_link(raw, base) == expected


def test_safe_link_never_returns_a_markdown_breaker():
    for raw in ["https://a.example/x](y)", "https://a.example/[x]", "https://a.example/ x", "https://a.example/>"]:
        link = safe_link(raw)
        assert link.startswith("https://a.example/") and not set(link) & set(" ()[]<>")


def test_safe_link_shortcut_gives_what_the_full_path_gives():
    """Links already in safe_link's form are returned as they are; every other one takes the full path. Built from
    parts that each change something in the full path (case, default or odd ports, empty query or fragment, stray
    %, characters that get encoded, hosts it refuses)."""
    schemes = ["http://", "https://", "HTTP://", "ftp://", "", "//"]
    hosts = ["a.example", "A.example", "www.a.example", "127.0.0.1", "a..b", "a.", "-a", "bücher.example", "a_b", ""]
    ports = ["", ":80", ":443", ":8080", ":0", ":080", ":65535", ":65536", ":99999", ":"]
    rests = ["", "/", "/x", "/a b", "/%", "/%4", "/%41", "/%zz", "/(x)", "/x?", "/x?#", "/x#", "/x?a#b", "/x#a?",
             "/x?#f", "/~u/*!$,;:@=+&", "/é", "?q", "#f", "/x\ty", "/x'", "@evil/x"]  # fmt: skip
    shortcut = 0
    for scheme in schemes:
        for host in hosts:
            for port in ports:
                for rest in rests:
                    raw = scheme + host + port + rest
                    assert safe_link(raw, "https://base.example/d/") == _safe_link_full(raw, "https://base.example/d/")
                    shortcut += _already_safe(raw)
    assert shortcut >= 100  # the common form does take the shortcut
    assert _already_safe("https://site.example/2026/11/show-renewed?ref=rss#c")


def test_safe_link_of_a_non_string_is_empty():
    assert safe_link(None) == safe_link(5) == safe_link(["https://a.example/"]) == ""


# ---------------------------------------------------------------- 7. permanent redirects move a source


def redirect_app(codes: list[int]) -> web.Application:
    """/start → codes[0] → /hop1 → codes[1] → … → /final (the feed)."""

    async def hop(request):
        n = int(request.match_info["n"])
        if n < len(codes):
            return web.Response(
                status=codes[n], headers={"Location": f"/hop/{n + 1}" if n + 1 < len(codes) else "/final"}
            )
        return web.Response(body=FEED)

    async def final(request):
        if request.headers.get("If-None-Match") == '"v1"':
            return web.Response(status=304)
        return web.Response(body=FEED, headers={"ETag": '"v1"'})

    app = web.Application()
    app.router.add_get("/hop/{n}", hop)
    app.router.add_get("/final", final)
    return app


@pytest.mark.parametrize(
    "codes,moved",
    [([301], True), ([308], True), ([301, 308], True), ([302], False), ([301, 302], False), ([307, 301], False)],
)
async def test_permanent_redirect_is_reported_only_when_every_hop_is_permanent(
    settings: Settings, codes: list[int], moved: bool
):
    async with serve(redirect_app(codes)) as base, Fetcher(settings) as f:
        r = await f.fetch(base + "/hop/0")
        cached = await f.fetch(base + "/hop/0", etag='"v1"')
    assert r.outcome is FetchOutcome.NEW
    assert r.permanent_redirect == (normalize_url(base + "/final") if moved else None)
    assert cached.outcome is FetchOutcome.NOT_MODIFIED
    assert cached.permanent_redirect == r.permanent_redirect


async def test_no_redirect_and_failed_redirects_report_no_move(settings: Settings):
    async def gone(request):
        raise web.HTTPMovedPermanently("/missing")

    app = redirect_app([])
    app.router.add_get("/gone", gone)
    async with serve(app) as base, Fetcher(settings) as f:
        plain = await f.fetch(base + "/final")
        broken = await f.fetch(base + "/gone")
    assert plain.permanent_redirect is None
    assert broken.outcome is FetchOutcome.ERROR and broken.permanent_redirect is None


def test_move_source_updates_the_url_unless_another_source_has_it(store: Store):
    old = store.add_source("https://old.example/feed", title="Old", added_by=None, now=NOW)
    note = store.move_source(old.id, "https://new.example/feed")
    assert note is not None and "old.example" in note
    assert store.get_source(old.id).url == "https://new.example/feed"
    assert store.find_source("https://new.example/feed").id == old.id  # type: ignore[union-attr]
    assert store.move_source(old.id, "https://new.example/feed") is None  # already there: nothing to say

    taken = store.add_source("https://taken.example/feed", title=None, added_by=None, now=NOW)
    note = store.move_source(old.id, "https://taken.example/feed")
    assert note is not None and f"source {taken.id}" in note
    assert store.get_source(old.id).url == "https://new.example/feed"


def test_record_success_keeps_a_note_until_the_next_success(store: Store):
    src = store.add_source("https://n.example/feed", title=None, added_by=None, now=NOW)
    store.record_success(src.id, now=NOW, next_poll_at=NOW, etag=None, last_modified=None, note="Kept 500 of 900.")
    assert store.get_source(src.id).last_note == "Kept 500 of 900."
    store.record_success(src.id, now=NOW, next_poll_at=NOW, etag=None, last_modified=None)
    assert store.get_source(src.id).last_note is None


def test_opml_import_applies_the_checks_of_adding_one_source(store: Store):
    feeds = [
        ("https://fine.example/feed", "Fine"),
        ("http://127.0.0.1/feed", "Loopback"),
        ("http://localhost:8080/rss", "Local"),
        ("http://169.254.169.254/latest/meta-data", "Metadata"),
        ("http://[fec0::1]/feed", "Site-local"),
        ("https://fine.example/feed", "Fine again"),
        ("ftp://files.example/feed", "Not http"),
    ]
    report = import_opml(store, build_opml(feeds), added_by=None, now=NOW)
    assert report.added == ("https://fine.example/feed",)
    reasons = dict(report.skipped)
    assert "private network" in reasons["http://127.0.0.1/feed"]
    assert "localhost" in reasons["http://localhost:8080/rss"]
    assert "private network" in reasons["http://169.254.169.254/latest/meta-data"]
    assert "private network" in reasons["http://[fec0::1]/feed"]
    assert reasons["https://fine.example/feed"] == "listed twice in this file"
    assert any("ftp" in url for url in reasons)
    # A second import of the same file: everything is already there or refused, nothing added twice
    again = import_opml(store, build_opml(feeds[:1]), added_by=None, now=NOW)
    assert again.added == () and dict(again.skipped) == {"https://fine.example/feed": "already a source"}
    # Tests and the demo turn the guard off; then loopback sources are allowed, as with `sources add`
    allowed = import_opml(store, build_opml(feeds[1:2]), added_by=None, now=NOW, allow_private=True)
    assert allowed.added == ("http://127.0.0.1/feed",)
