"""The one service: worker processes that fail alone, stories that do not depend on fetch order, and a cycle
that loses nothing when it is killed or stopped."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sqlite3
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiohttp import web

from bot.config import Settings
from bot.errors import FeedError
from bot.ingest.fetch import Fetcher
from bot.service import Service
from bot.store import Store
from bot.workers import LATER, CpuPool, WorkerFailure
from tests.feedserver import serve
from tests.processes import left_behind

ROOT = Path(__file__).resolve().parents[1]
T0 = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
NETWORKS = ["Netflix", "HBO", "FX", "Hulu", "Peacock"]
# Distinct titles: "Story 4" and "Story 41" would rightly be taken for one show with a typo.
TITLES = (
    "Amber Coast Anvil Bramble Cinder Delta Ember Falcon Garnet Hollow Ivory Juniper Kestrel Lantern Meadow Nectar "
    "Onyx Pebble Quarry Raven Saffron Thistle Umber Velvet Willow Yarrow Zephyr Basalt Cobalt Driftwood Fennel "
    "Glacier Heron Indigo Jasper Kelp Larch Mistral Nimbus Orchard Pylon Quill Russet Sorrel Tundra Upland Vesper "
    "Wicker Yonder Zinnia"
).split()


def item(guid: str, title: str, text: str, published: datetime) -> str:
    return (
        f"<item><guid>{guid}</guid><title>{title}</title><link>https://news.example/{guid}</link>"
        f"<pubDate>{published:%a, %d %b %Y %H:%M:%S} GMT</pubDate><description>{text}</description></item>"
    )


def rss(name: str, items: list[str]) -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{name}</title>'
        f"<link>https://news.example/</link>{''.join(items)}</channel></rss>"
    ).encode()


def renewal(outlet: int, show: int, minutes: int) -> str:
    net = NETWORKS[show % len(NETWORKS)]
    return item(
        f"o{outlet}-s{show}",
        f"{net} renews ‘The {TITLES[show]} Files’ for season {2 + show % 3}",
        f"{net} has renewed the drama The {TITLES[show]} Files for another season, the network said. "
        f"Outlet {outlet} reports that production begins next spring.",
        T0 + timedelta(minutes=minutes),
    )


def farm(state: dict[str, list[str]]) -> web.Application:
    async def feed(request: web.Request) -> web.Response:
        name = request.match_info["name"]
        return web.Response(body=rss(name, state[name]), content_type="application/rss+xml")

    app = web.Application()
    app.router.add_get("/{name}", feed)
    return app


# ------------------------------------------------------------------ workers


async def test_a_worker_that_hangs_or_crashes_costs_only_its_input():
    pool = CpuPool(workers=1, task_timeout=1.0)
    try:
        started = time.monotonic()
        with pytest.raises(WorkerFailure, match="longer than 1 seconds"):
            await pool.run(time.sleep, 30, what="feed")
        assert time.monotonic() - started < 10  # abandoned at its limit, not waited for
        with pytest.raises(WorkerFailure, match="stopped unexpectedly"):
            await pool.run(os._exit, 3, what="feed")
        # The pool recovers: the next input is parsed as usual
        feed = await pool.parse(rss("Fine", [renewal(1, 1, 0)]), "application/rss+xml")
        assert [e.title for e in feed.entries] == [f"HBO renews ‘The {TITLES[1]} Files’ for season 3"]
        with pytest.raises(FeedError):
            await pool.parse(b"<html>not a feed</html>", "text/html")
        assert pool.failures == 2
    finally:
        pool.close()


async def test_a_batch_with_a_bad_article_is_retried_item_by_item():
    pool = CpuPool(workers=1, task_timeout=5.0)
    try:
        items = [("Netflix renews ‘Ozark’ for season 5", "Netflix renewed Ozark."), ("Weather today", "Sunny.")]
        results = await pool.analyze_many(items, batch=2)
        assert [getattr(r, "event", None) for r in results] == ["renewed", None]
    finally:
        pool.close()


async def test_a_parse_goes_before_analyses_waiting_for_a_worker():
    pool = CpuPool(workers=1, task_timeout=30.0)
    ended: list[str] = []

    async def analysis(name: str, seconds: float) -> None:
        await pool.run(time.sleep, seconds, priority=LATER)  # stands in for a batch of articles
        ended.append(name)

    async def parse() -> None:
        await pool.parse(rss("Feed", [renewal(1, 1, 0)]), "application/rss+xml")
        ended.append("parse")

    try:
        await pool.start()
        busy = asyncio.ensure_future(analysis("analysis 1", 0.5))
        await asyncio.sleep(0.05)  # not needed for the order asserted below: the first may still be waiting
        waiting = [asyncio.ensure_future(analysis(f"analysis {n}", 0.01)) for n in (2, 3)]
        await asyncio.gather(busy, *waiting, parse())
    finally:
        pool.close()
    # FIFO would run the parse last; the feed's fetch must never wait behind analyses that have not started.
    assert ended.index("parse") < ended.index("analysis 2") < ended.index("analysis 3")


# ------------------------------------------------------------------ order independence


async def _stories_after_cycles(tmp_path: Path, order: list[int], tag: str) -> list[tuple]:
    state: dict[str, list[str]] = {f"o{i}": [] for i in range(4)}
    db = tmp_path / f"{tag}.db"
    settings = Settings(
        db_path=db, allow_private_sources=True, fetch_timeout=5.0, poll_interval=60.0, workers=1, tvmaze=False
    )
    async with serve(farm(state)) as base:
        with Store.open(db) as store:
            for i in order:  # the order sources were added decides their ids and the order they are fetched in
                store.add_source(f"{base}/o{i}", title=f"Outlet {i}", added_by="test", now=T0)
            async with Fetcher(settings) as fetcher:
                service = Service(store, fetcher, settings, clock=lambda: T0)
                await service.cycle()  # empty baselines
                for i in range(4):  # every outlet reports shows 0-5, each at its own minute
                    state[f"o{i}"] = [renewal(i, s, minutes=(7 * i + 3 * s) % 17) for s in range(6)]
                for src in store.list_sources():
                    store.record_success(src.id, now=T0, next_poll_at=T0, etag=None, last_modified=None)
                await service.cycle()
                await service.close()
            return sorted(
                (s.show, s.event, s.season, s.headline, s.summary, tuple(x.link for x in s.sources))
                for s in store.stories(limit=100)
            )


async def test_the_same_articles_give_the_same_stories_whatever_the_fetch_order(tmp_path: Path):
    orders = [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1]]
    results = [await _stories_after_cycles(tmp_path, order, f"run{n}") for n, order in enumerate(orders)]
    assert len(results[0]) == 6 and all(len(s[5]) == 4 for s in results[0])  # one story per show, 4 outlets each
    assert results[1] == results[0] and results[2] == results[0]


class WatchedPool(CpuPool):
    """The real worker pool, noting the texts of the articles each analysis is asked for, when it is asked."""

    def __init__(self, workers: int) -> None:
        super().__init__(workers, task_timeout=30.0)
        self.asked: list[str] = []
        self._news: asyncio.Condition | None = None

    def _condition(self) -> asyncio.Condition:
        if self._news is None:
            self._news = asyncio.Condition()
        return self._news

    async def analyze_many(self, items, *, batch=64, known=()):  # type: ignore[no-untyped-def]
        self.asked += [text for _, text in items]
        async with self._condition():
            self._condition().notify_all()
        return await super().analyze_many(items, batch=batch, known=known)

    def count(self, mark: str) -> int:
        return sum(mark in text for text in self.asked)

    async def asked_for(self, mark: str, count: int, guard: float = 10.0) -> bool:
        """Whether `count` articles whose text holds `mark` were asked for; waits for that (the guard only ends a
        test that would otherwise hang)."""
        async with self._condition():
            try:
                await asyncio.wait_for(self._condition().wait_for(lambda: self.count(mark) >= count), guard)
            except TimeoutError:
                return False
        return True


def long_renewal(outlet: int, show: int, minutes: int, brand: str = "") -> str:
    """A renewal long enough to summarise from the feed alone (no page to fetch)."""
    net = NETWORKS[show % len(NETWORKS)]
    return item(
        f"o{outlet}-s{show}",
        f"{net} renews ‘{brand}The {TITLES[show]} Files’ for season {2 + show % 3}",
        f"{net} has renewed the drama {brand}The {TITLES[show]} Files for another season, the network said on "
        f"Thursday. Outlet {outlet} reports that production on the new episodes begins next spring in Atlanta, "
        "with the whole main cast expected to return.",
        T0 + timedelta(minutes=minutes),
    )


def held_farm(state: dict[str, list[str]], hold: dict[str, Callable[[], Awaitable[None]]]) -> web.Application:
    """Feeds as farm() serves them, but a feed named in `hold` answers only once its coroutine returns."""

    async def feed(request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name in hold:
            await hold[name]()
        return web.Response(body=rss(name, state[name]), content_type="application/rss+xml")

    app = web.Application()
    app.router.add_get("/{name}", feed)
    return app


async def test_analysis_starts_while_another_source_is_still_being_fetched(tmp_path: Path):
    state: dict[str, list[str]] = {name: [] for name in ("held", "o1", "o2", "o3")}
    pool = WatchedPool(workers=1)
    released: list[bool] = []
    others = {f"o{i}": [long_renewal(i, s, minutes=s) for s in range(3)] for i in (1, 2, 3)}

    async def until_the_others_are_analysed() -> None:
        if state["held"]:  # the second cycle; the first stores empty baselines
            released.append(await pool.asked_for(" reports that ", 9))  # o1-o3's nine articles

    settings = Settings(db_path=tmp_path / "held.db", allow_private_sources=True, fetch_timeout=60.0, tvmaze=False)
    async with serve(held_farm(state, {"held": until_the_others_are_analysed})) as base:
        with Store.open(settings.db_path) as store:
            for name in state:
                store.add_source(f"{base}/{name}", title=name, added_by="test", now=T0)
            async with Fetcher(settings) as fetcher:
                service = Service(store, fetcher, settings, clock=lambda: T0, cpu=pool)
                await service.cycle()
                state.update(others)
                state["held"] = [long_renewal(0, s, minutes=s) for s in range(3)]
                for src in store.list_sources():
                    store.record_success(src.id, now=T0, next_poll_at=T0, etag=None, last_modified=None)
                result = await service.cycle()
                await service.close()
            stories = store.stories(limit=100)
    # The held feed was answered only after the other feeds' articles had gone to the workers.
    assert released == [True]
    assert result.summary.fetched == 4 and result.summary.new_articles == 12
    assert len(stories) == 3 and all(len(s.sources) == 4 for s in stories)


async def _stories_when_sources_finish_in(tmp_path: Path, order: list[int], tag: str) -> tuple[list[tuple], list[str]]:
    """The stories after a cycle in which the sources' feeds are answered one by one in `order`, each only once the
    articles of the one before have gone to the worker: the sources are stored, and analysed, in that order."""
    names = [f"o{i}" for i in range(4)]
    state: dict[str, list[str]] = {name: [] for name in names}
    pool = WatchedPool(workers=1)
    # Every outlet reports the same four renewals at the same minute; half of them call the show "Marvel's …",
    # so which name a show is filed under depends on which report is recorded first.
    brands = ["", "Marvel's ", "", "Marvel's "]
    news = {i: [long_renewal(i, s, minutes=10, brand=brands[i]) for s in range(4)] for i in range(4)}

    def after(previous: int | None) -> Callable[[], Awaitable[None]]:
        async def wait() -> None:
            if state["o0"] and previous is not None:  # the second cycle
                await pool.asked_for(f"Outlet {previous} reports", 4)

        return wait

    hold = {f"o{k}": after(order[n - 1] if n else None) for n, k in enumerate(order)}
    db = tmp_path / f"{tag}.db"
    settings = Settings(db_path=db, allow_private_sources=True, fetch_timeout=60.0, tvmaze=False)
    async with serve(held_farm(state, hold)) as base:
        with Store.open(db) as store:
            for name in names:  # added (and so numbered) in the same order every time
                store.add_source(f"{base}/{name}", title=name, added_by="test", now=T0)
            async with Fetcher(settings) as fetcher:
                service = Service(store, fetcher, settings, clock=lambda: T0, cpu=pool)
                await service.cycle()
                for i in range(4):
                    state[f"o{i}"] = news[i]
                for src in store.list_sources():
                    store.record_success(src.id, now=T0, next_poll_at=T0, etag=None, last_modified=None)
                await service.cycle()
                await service.close()
            first_ask = list(dict.fromkeys(text.split("Outlet ", 1)[1][0] for text in pool.asked if "Outlet " in text))
            stories = sorted(
                (s.show, s.event, s.season, s.headline, s.summary, tuple(sorted(x.link for x in s.sources)))
                for s in store.stories(limit=100)
            )
    return stories, [f"o{i}" for i in first_ask]


async def test_the_same_stories_whatever_order_the_sources_finish_in(tmp_path: Path):
    orders = [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1]]
    runs = [await _stories_when_sources_finish_in(tmp_path, order, f"finish{n}") for n, order in enumerate(orders)]
    for order, (_, asked) in zip(orders, runs, strict=True):
        assert asked == [f"o{i}" for i in order]  # analysed in the order they finished: the orders really differ
    stories = runs[0][0]
    assert len(stories) == 4 and all(len(s[5]) == 4 for s in stories)
    assert runs[1][0] == stories and runs[2][0] == stories


async def test_an_earlier_article_that_arrives_later_leads_the_story(tmp_path: Path, settings: Settings):
    state = {"late": [], "early": []}
    async with serve(farm(state)) as base:
        with Store.open(settings.db_path) as store:
            late = store.add_source(f"{base}/late", title="Late Wire", added_by="test", now=T0)
            async with Fetcher(settings) as fetcher:
                service = Service(store, fetcher, settings.with_overrides(workers=1), clock=lambda: T0)
                await service.cycle()
                state["late"] = [renewal(1, 4, minutes=60)]
                store.record_success(late.id, now=T0, next_poll_at=T0, etag=None, last_modified=None)
                await service.cycle()
                (story,) = store.stories()
                assert "Outlet 1" in story.summary
                early = store.add_source(f"{base}/early", title="Early Wire", added_by="test", now=T0)
                await service.cycle()  # baseline of the new source: empty
                state["early"] = [renewal(2, 4, minutes=5)]
                store.record_success(early.id, now=T0, next_poll_at=T0, etag=None, last_modified=None)
                await service.cycle()
                await service.close()
            (story,) = store.stories()
            assert len(story.sources) == 2 and "Outlet 2" in story.summary  # the earliest report leads
            assert story.first_seen == T0 + timedelta(minutes=5)


# ------------------------------------------------------------------ crashes and stops


def _env(db: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GREENLIGHT_", "DISCORD_"))}
    env.update(
        GREENLIGHT_DB=str(db),
        GREENLIGHT_ALLOW_PRIVATE_SOURCES="true",
        GREENLIGHT_WORKERS="2",
        GREENLIGHT_TVMAZE="false",
        PYTHONPATH=str(ROOT),
    )
    return env


GROUPS: set[int] = set()  # process groups of the `greenlight poll` runs of the test running now


async def _poll(db: Path, *args: str, capture: bool = False) -> asyncio.subprocess.Process:
    # Unread pipes fill up and stall the child: capture only when the output is read.
    out = asyncio.subprocess.PIPE if capture else asyncio.subprocess.DEVNULL
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "poll",
        *args,
        cwd=str(ROOT),
        env=_env(db),
        stdout=out,
        stderr=out,
        start_new_session=True,  # its own process group: what it starts can be found after it is gone
    )
    GROUPS.add(proc.pid)
    return proc


def _make_due(db: Path) -> None:
    with Store.open(db) as store:
        for src in store.list_sources():
            store.record_success(src.id, now=src.added_at, next_poll_at=src.added_at, etag=None, last_modified=None)


async def test_kill_9_at_random_points_loses_no_analysis_and_no_delivery(tmp_path: Path):
    GROUPS.clear()
    db = tmp_path / "kill.db"
    state: dict[str, list[str]] = {f"o{i}": [] for i in range(12)}
    rng = random.Random(7)
    async with serve(farm(state)) as base:
        with Store.open(db) as store:
            for name in state:
                store.add_source(f"{base}/{name}", title=name, added_by="test", now=T0)
            store.upsert_follow(
                guild_id=1, channel_id=10, show_id=None, events=(), mention_role_id=None, created_by=None, now=T0
            )
        proc = await _poll(db, "--once")
        assert await asyncio.wait_for(proc.wait(), 60) == 0  # empty baselines
        killed = 0
        for round_ in range(5):
            for i, name in enumerate(state):  # each round every outlet publishes more news
                state[name] += [renewal(i, 10 * round_ + s, minutes=round_ * 60 + s) for s in range(8)]
            _make_due(db)
            proc = await _poll(db, "--once")
            try:
                await asyncio.wait_for(proc.wait(), rng.uniform(0.3, 2.5))
            except TimeoutError:
                proc.send_signal(signal.SIGKILL)
                await proc.wait()
                killed += 1
        proc = await _poll(db, "--once", capture=True)  # the next start finishes what the kills left
        out, err = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, err.decode()[-2000:]
    assert killed >= 1  # otherwise the test proved nothing; the delays are tuned to land inside cycles
    with Store.open(db) as store:
        assert store.count_articles() == 12 * 8 * 5
        assert store.count_unanalysed() == 0
        announced = [s for s in store.stories(limit=1000) if s.announce]
        assert len(announced) == 40  # one story per show (8 a round), every outlet joined
        assert all(len(s.sources) == 12 for s in announced)
        for story in announced:
            assert len(store.deliveries(story_id=story.id)) == 1, story.show
    check = sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0]
    assert check == "ok"
    assert await left_behind(GROUPS) == []  # no worker, forkserver or resource tracker outlives a kill -9


async def test_sigterm_stops_a_running_poll_cleanly(tmp_path: Path):
    GROUPS.clear()
    db = tmp_path / "term.db"
    state = {f"o{i}": [renewal(i, s, minutes=s) for s in range(30)] for i in range(20)}
    async with serve(farm(state)) as base:
        with Store.open(db) as store:
            for name in state:
                store.add_source(f"{base}/{name}", title=name, added_by="test", now=T0)
        proc = await _poll(db, capture=True)
        assert proc.stdout is not None
        await asyncio.wait_for(proc.stdout.readline(), 60)  # it is working: the first progress line is out
        proc.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0, err.decode()[-2000:]
    assert b"Stopped cleanly." in out and b"Traceback" not in err
    assert await left_behind(GROUPS) == []
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
