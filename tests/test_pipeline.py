"""A poll cycle over real local servers and a real SQLite file."""

from datetime import UTC, datetime, timedelta

from aiohttp import web

from bot.config import Settings
from bot.ingest.fetch import Fetcher
from bot.ingest.poll import Poller
from bot.store import Store
from tests.feedserver import rss, serve

T0 = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def feed_app(state: dict) -> web.Application:
    async def good(request):
        body = rss("Good", state["items"])
        etag = f'"{len(state["items"])}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(body=body, headers={"ETag": etag})

    async def broken(request):
        return web.Response(status=500)

    async def html(request):
        return web.Response(text="<!DOCTYPE html><html><body>hi</body></html>", content_type="text/html")

    app = web.Application()
    app.router.add_get("/good", good)
    app.router.add_get("/broken", broken)
    app.router.add_get("/html", html)
    return app


async def test_cycle_baseline_then_new_then_304_and_failures_isolated(store: Store, settings: Settings):
    state = {"items": [("a", "Old news one"), ("b", "Old news two")]}
    clock = Clock()
    async with serve(feed_app(state)) as base, Fetcher(settings) as fetcher:
        for path in ("/good", "/broken", "/html"):
            store.add_source(base + path, title=None, added_by="test", now=T0)
        poller = Poller(store, fetcher, settings, clock=clock)
        first, outcomes = await poller.poll()
        assert (first.fetched, first.failed, first.new_articles) == (1, 2, 0)  # baseline: stored, not new
        assert store.count_articles() == 2
        reasons = dict(first.errors)
        assert "500" in reasons[base + "/broken"] and "web page" in reasons[base + "/html"]

        state["items"] = [("c", "Ozark renewed"), *state["items"]]
        clock.now += timedelta(hours=1)
        second, outcomes = await poller.poll()
        good = next(o for o in outcomes if o.source.url.endswith("/good"))
        assert [a.title for a in good.new_articles] == ["Ozark renewed"]
        assert second.new_articles == 1 and store.count_articles() == 3

        clock.now += timedelta(hours=1)
        third, _ = await poller.poll(store.list_sources()[:1])
        assert third.not_modified == 1 and third.new_articles == 0
    good_src = store.find_source(base + "/good")
    assert good_src.etag == '"3"' and good_src.failures == 0 and good_src.title == "Good"
    broken = store.find_source(base + "/broken")
    assert broken.failures == 2 and "500" in broken.last_error
    # second failure in a row: twice the 60 s interval after that failure, not due again at once
    assert broken.next_poll_at == broken.last_fetched_at + timedelta(seconds=120)


async def test_source_is_disabled_after_max_failures_with_reason(store: Store, settings: Settings):
    clock = Clock()
    async with serve(feed_app({"items": []})) as base, Fetcher(settings) as fetcher:
        src = store.add_source(base + "/broken", title=None, added_by="test", now=T0)
        poller = Poller(store, fetcher, settings, clock=clock)
        for _ in range(settings.max_failures):
            summary, _ = await poller.poll([store.get_source(src.id)])
            clock.now += timedelta(days=2)
    src = store.get_source(src.id)
    assert src.status == "disabled"
    assert src.disabled_reason.startswith(f"Disabled after {settings.max_failures} failures")
    assert "500" in src.disabled_reason
    assert summary.disabled == (src.url,)
    assert store.due_sources(clock.now + timedelta(days=30)) == []


async def test_one_source_raising_inside_the_cycle_does_not_stop_the_others(store: Store, settings: Settings, db_path):
    """A store failure for one source (its row vanished mid-cycle) must not lose the other source's articles."""
    state = {"items": [("a", "One")]}
    async with serve(feed_app(state)) as base, Fetcher(settings) as fetcher:
        good = store.add_source(base + "/good", title=None, added_by="t", now=T0)
        ghost = store.add_source(base + "/good?copy=1", title=None, added_by="t", now=T0)
        sources = [store.get_source(good.id), store.get_source(ghost.id)]
        with store.transaction():  # its row vanishes: its articles can no longer be stored (a foreign-key failure)
            store.db.execute("DELETE FROM sources WHERE id = ?", [ghost.id])
        poller = Poller(store, fetcher, settings, clock=Clock())
        summary, outcomes = await poller.poll(sources)
    assert summary.fetched == 1 and summary.failed == 1
    assert store.articles(source_id=good.id)[0].title == "One"
