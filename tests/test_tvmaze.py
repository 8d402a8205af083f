"""The TVmaze client, cache and background step against a fake TVmaze on 127.0.0.1 (tests/faketvmaze.py)."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from aiohttp import web

from bot.config import Settings, load_settings
from bot.errors import ConfigError
from bot.ingest.fetch import Fetcher
from bot.service import Service
from bot.store import Store
from bot.tvmaze.client import TokenBucket, TvmazeClient, decoder_in
from bot.tvmaze.lookup import GIVE_UP_AFTER, SHOW_RETRY_AFTER, TvmazeWork
from bot.tvmaze.matching import choose, match_cached
from bot.workers import CpuPool
from tests.faketvmaze import FakeTvmaze, make_show
from tests.feedserver import serve

T0 = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


class FakeClock:
    """A monotonic clock whose sleep only moves the time: a 10-second test runs in no time."""

    def __init__(self) -> None:
        self.t = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.t += seconds
        await asyncio.sleep(0)


class WallClock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def most_in_window(times: list[float], window: float = 10.0) -> int:
    """The most calls that started in any half-open window [t, t + window)."""
    times = sorted(times)
    best = 0
    for i, start in enumerate(times):
        best = max(best, sum(1 for t in times[i:] if t < start + window))
    return best


def harbor_shows(fake: FakeTvmaze) -> None:
    fake.add(
        make_show(
            11,
            "Harbor Lights",
            network="Peacock",
            status="Ended",
            premiered="2024-03-07",
            ended="2026-05-01",
            seasons=[(1, "2024-03-07", "2024-05-02", 8), (2, "2025-03-06", "2026-05-01", 8)],
            akas=["Lights of the Harbor"],
        )
    )
    fake.add(
        make_show(
            12,
            "Thirteen Doors",
            network="FX",
            premiered="2022-09-01",
            seasons=[(n, f"{2021 + n}-09-01", f"{2021 + n}-10-20", 10) for n in range(1, 5)]
            + [(5, "2027-02-04", None, 10)],
            next_episode=(5, 1, "2027-02-04"),
        )
    )


@pytest.fixture
async def fake_tvmaze():
    fake = FakeTvmaze()
    harbor_shows(fake)
    async with serve(fake.app()) as base:
        yield fake, base


# ------------------------------------------------------------------ the client


async def test_client_reads_search_show_seasons_next_episode_akas_and_updates(fake_tvmaze, settings: Settings):
    fake, base = fake_tvmaze
    fake.updates = {11: 1_700_000_100, 99: 1_700_000_200}
    async with Fetcher(settings) as fetcher:
        client = TvmazeClient(fetcher, base)
        found = await client.search("Harbor Lights")
        assert [s.name for s in found or []] == ["Harbor Lights"]
        assert found and found[0].network == "Peacock" and found[0].country == "United States"
        assert found[0].url == "https://www.tvmaze.com/shows/11/harbor-lights"
        doors = await client.show(12)
        assert doors is not None and doors.status == "Running" and doors.channel == "FX"
        assert [s.number for s in doors.seasons] == [1, 2, 3, 4, 5]
        assert doors.season(5) == doors.seasons[-1] and doors.seasons[-1].premiere_date == date(2027, 2, 4)
        assert doors.seasons[0].episode_count == 10 and doors.seasons[0].end_date == date(2022, 10, 20)
        assert doors.next_episode is not None and doors.next_episode.airdate == date(2027, 2, 4)
        assert await client.akas(11) == ["Lights of the Harbor"]
        assert await client.updates("day") == {11: 1_700_000_100, 99: 1_700_000_200}
        single = await client.singlesearch("thirteen doors")
        assert single is not None and single.tvmaze_id == 12
        assert await client.search("No Such Show") == []


async def test_404_malformed_json_wrong_shape_and_5xx_are_no_data(fake_tvmaze, settings: Settings):
    fake, base = fake_tvmaze
    async with Fetcher(settings) as fetcher:
        client = TvmazeClient(fetcher, base)
        assert await client.show(404) is None  # TVmaze's 404
        assert await client.singlesearch("Nothing Like It") is None
        fake.script = [("malformed",)]
        assert await client.show(11) is None
        fake.script = [("shape",)]
        assert await client.show(11) is None
        fake.script = [("shape",)]
        assert await client.search("Harbor") is None
        fake.script = [("shape",)]
        assert await client.updates() is None
        fake.script = [("500",)]
        assert await client.search("Harbor") is None
        fake.script = [("404",)]
        assert await client.akas(11) == []
        assert (await client.show(11)) is not None  # and it works again afterwards


async def test_a_slow_server_is_a_timeout_not_a_wait(fake_tvmaze, settings: Settings):
    fake, base = fake_tvmaze
    fake.delay = 5.0
    async with Fetcher(settings) as fetcher:
        client = TvmazeClient(fetcher, base, timeout=0.5)
        started = time.monotonic()
        assert await client.show(11) is None
        assert time.monotonic() - started < 2.0


async def test_the_guard_stays_on_when_private_addresses_are_not_allowed(fake_tvmaze, settings: Settings):
    fake, base = fake_tvmaze
    async with Fetcher(settings.with_overrides(allow_private_sources=False)) as fetcher:
        assert await TvmazeClient(fetcher, base).show(11) is None
    assert fake.calls == []  # refused before any connection


async def test_a_burst_never_exceeds_20_calls_in_10_seconds(fake_tvmaze, settings: Settings):
    fake, base = fake_tvmaze
    clock = FakeClock()
    limiter = TokenBucket(clock=clock, sleep=clock.sleep)
    async with Fetcher(settings.with_overrides(max_concurrency=100, per_host_concurrency=100)) as fetcher:
        client = TvmazeClient(fetcher, base, limiter=limiter)
        results = await asyncio.gather(*(client.show(11 + i % 2) for i in range(60)))
    assert all(r is not None for r in results)
    assert len(fake.calls) == 60 and len(limiter.granted) == 60
    assert most_in_window(list(limiter.granted)) < 20
    assert clock.t - 1000.0 >= 50  # 60 calls took at least 50 (fake) seconds


def test_the_token_bucket_on_its_own():
    clock = FakeClock()
    bucket = TokenBucket(clock=clock, sleep=clock.sleep)

    async def burst() -> None:
        for _ in range(200):
            await bucket.acquire()

    asyncio.run(burst())
    assert most_in_window(list(bucket.granted)) <= 19
    assert most_in_window(list(bucket.granted), 1.0) <= 9


async def test_429_is_honoured_with_retry_after(fake_tvmaze, settings: Settings):
    fake, base = fake_tvmaze
    clock = FakeClock()
    async with Fetcher(settings) as fetcher:
        client = TvmazeClient(fetcher, base, limiter=TokenBucket(clock=clock, sleep=clock.sleep))
        fake.script = [("429", 7)]
        show = await client.show(11)
        assert show is not None and show.name == "Harbor Lights"
        assert len(fake.calls) == 2 and sum(clock.slept) >= 7  # waited as asked, then asked again
        # A wait longer than the client will hold a call for: no data now, and no call until it is over
        fake.script = [("429", 3600)]
        assert await client.show(11) is None
        calls = len(fake.calls)
        assert await client.search("Harbor") is None and len(fake.calls) == calls


# ------------------------------------------------------------------ choosing the show, the cache


def twin_shows(fake: FakeTvmaze) -> None:
    fake.add(
        make_show(21, "Tidewater", network="Showtime", premiered="2011-01-09", seasons=[(1, "2011-01-09", None, 12)])
    )
    fake.add(
        make_show(
            22, "Tidewater", network="Channel 4", country="United Kingdom", status="Ended", premiered="2004-01-13"
        )
    )


async def test_a_name_matching_two_tvmaze_shows_is_decided_by_network(store: Store, settings: Settings):
    fake = FakeTvmaze()
    twin_shows(fake)
    async with serve(fake.app()) as base, Fetcher(settings) as fetcher:
        work = TvmazeWork(store, TvmazeClient(fetcher, base), clock=lambda: T0)
        uk = store.add_show("Tidewater", "tidewater", "Channel 4", T0)
        us = store.add_show("tidewater", "tidewater", "Showtime", T0)
        nowhere = store.add_show("Tidewater", "tidewater", None, T0)
        year = store.add_show("Tidewater (2011)", "tidewater 2011", None, T0)
        for show in (uk, us, nowhere, year):
            assert await work.look_up(show.id, show.title, show.network)
        assert store.shows_to_look_up() == []
        uk_tv, us_tv = store.tvmaze_for_show(uk.id), store.tvmaze_for_show(us.id)
        assert uk_tv is not None and uk_tv.tvmaze_id == 22 and uk_tv.country == "United Kingdom"
        assert us_tv is not None and us_tv.tvmaze_id == 21 and us_tv.premiere_year == 2011
        assert store.tvmaze_for_show(nowhere.id) is None  # no network to decide by: no data, not a wrong show
        year_tv = store.tvmaze_for_show(year.id)
        assert year_tv is not None and year_tv.tvmaze_id == 21  # the premiere year decides
        titles = {s.id: (s.title, s.network) for s in store.list_shows()}
        assert titles[us.id] == ("Tidewater", "Showtime")  # TVmaze's own spelling
        # From the cache, without a call: network first, then the premiere year
        assert (match_cached(store, "Tidewater", "Channel 4") or uk_tv).tvmaze_id == 22
        assert match_cached(store, "Tidewater", None) is None
        hit = match_cached(store, "Tidewater (2004)", None)
        assert hit is not None and hit.tvmaze_id == 22


def test_choose_prefers_one_exact_candidate_even_on_another_network():
    from bot.tvmaze.models import TvShow

    moved = TvShow(1, "Lucifer", "https://www.tvmaze.com/shows/1/lucifer", network="FOX")
    assert choose([moved], "Netflix") is moved  # a rescued show keeps its TVmaze entry
    assert choose([], "Netflix") is None


async def test_lookup_caches_everything_and_refreshes_at_most_daily(fake_tvmaze, store: Store, settings: Settings):
    fake, base = fake_tvmaze
    clock = WallClock()
    async with Fetcher(settings) as fetcher:
        work = TvmazeWork(store, TvmazeClient(fetcher, base), clock=clock)
        show = store.add_show("lights of the harbor", "lights of the harbor", None, T0)
        assert await work.look_up(show.id, show.title, None)  # found by another of its names
        cached = store.tvmaze_for_show(show.id)
        assert cached is not None
        assert (cached.name, cached.network, cached.status, cached.premiered) == (
            "Harbor Lights",
            "Peacock",
            "Ended",
            date(2024, 3, 7),
        )
        assert cached.official_site == "https://example.com/harbor-lights" and cached.fetched_at == T0
        assert [(s.number, s.episode_count) for s in cached.seasons] == [(1, 8), (2, 8)]
        assert cached.aliases == ("Lights of the Harbor",)
        renamed = next(s for s in store.list_shows() if s.id == show.id)
        assert (renamed.title, renamed.network) == ("Harbor Lights", "Peacock")
        assert "lights of the harbor" in renamed.aliases

        calls = len(fake.calls)
        clock.now = T0 + timedelta(hours=23)
        assert not work.has_work() and await work.refresh() and len(fake.calls) == calls  # not yet a day
        fake.shows[11]["status"] = "Running"
        fake.shows[11]["updated"] = 1_700_000_500
        fake.updates = {11: 1_700_000_500, 12: 1_700_000_600}  # 12 is not linked: not fetched
        clock.now = T0 + timedelta(hours=25)
        assert work.has_work()
        assert await work.refresh()
        assert [p for _t, p in fake.calls[calls:]] == [
            "/updates/shows?since=day",
            "/shows/11?embed%5B%5D=seasons&embed%5B%5D=nextepisode",
            "/shows/11/akas",
        ]
        refreshed = store.tvmaze_for_show(show.id)
        assert refreshed is not None and refreshed.status == "Running" and refreshed.fetched_at == clock.now
        assert store.tvmaze_show(12) is None
        assert not work.has_work()


async def test_a_failed_lookup_waits_and_is_tried_again(fake_tvmaze, store: Store, settings: Settings):
    fake, base = fake_tvmaze
    clock = WallClock()
    async with Fetcher(settings) as fetcher:
        work = TvmazeWork(store, TvmazeClient(fetcher, base), clock=clock)
        show = store.add_show("Harbor Lights", "harbor lights", "Peacock", T0)
        fake.script = [("500",)]
        await work.run()
        assert store.tvmaze_for_show(show.id) is None and store.tvmaze_lookup_failures(show.id) == 1
        assert store.shows_to_look_up(now=clock.now) == [] and not work.has_work()  # not on every tick
        clock.now += SHOW_RETRY_AFTER
        assert store.shows_to_look_up(now=clock.now) == [(show.id, "Harbor Lights", "Peacock")] and work.has_work()
        await work.run()
        assert store.shows_to_look_up(now=clock.now) == [] and store.tvmaze_for_show(show.id) is not None
        assert store.tvmaze_lookup_failures(show.id) == 0


DEEP = b"[" * 200_000 + b"]" * 200_000


@pytest.mark.parametrize(
    "answer, reason",
    [
        ((400, b'{"name": "Bad Request", "status": 400}'), "failed"),  # TVmaze refuses the query itself
        ((200, b'{"results": "not a list"}'), "shape"),
        ((200, DEEP), "malformed JSON"),  # RecursionError in the decoder
        ((200, json.dumps([{"show": {**make_show(2**70, "Bad Show"), "id": 2**70}}]).encode()), "shape"),
    ],
    ids=["4xx", "wrong-shape", "too-deep", "id-too-large"],
)
async def test_a_show_that_always_fails_never_blocks_later_shows(
    fake_tvmaze, store: Store, settings: Settings, caplog: pytest.LogCaptureFixture, answer, reason
):
    fake, base = fake_tvmaze
    fake.raw["Bad Show"] = answer
    clock = WallClock()
    async with Fetcher(settings) as fetcher:
        fast = FakeClock()  # the token bucket's waits take no time
        client = TvmazeClient(fetcher, base, limiter=TokenBucket(clock=fast, sleep=fast.sleep))
        work = TvmazeWork(store, client, clock=clock)
        bad = store.add_show("Bad Show", "bad show", None, T0)
        later = [store.add_show(t, t.lower(), None, T0) for t in ("Harbor Lights", "Thirteen Doors")]
        with caplog.at_level(logging.INFO):
            await work.run()
            assert all(store.tvmaze_for_show(s.id) is not None for s in later)  # the queue went on
            for _ in range(GIVE_UP_AFTER - 1):
                clock.now += timedelta(days=3)
                assert work.has_work()
                await work.run()
        assert not work.has_work() and store.shows_to_look_up(now=clock.now) == []
        assert reason in (store.tvmaze_no_data_reason(bad.id) or "")  # marked "no TVmaze data", with the reason
        assert store.tvmaze_for_show(bad.id) is None
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING or r.exc_info]  # no traceback, no error


async def test_large_answers_are_parsed_off_the_event_loop(fake_tvmaze, settings: Settings):
    fake, base = fake_tvmaze
    threads: list[int] = []

    def parse(data: object) -> object:
        threads.append(threading.get_ident())
        return data

    big = [{"score": 0.5, "show": make_show(1000 + i, f"Show {i}")} for i in range(400)]
    fake.raw["big"] = (200, json.dumps(big).encode())
    fake.raw["small"] = (200, b"[]")
    async with Fetcher(settings) as fetcher:
        client = TvmazeClient(fetcher, base)
        assert len(await client.get("/search/shows", [("q", "big")], parse)) == 400
        assert await client.get("/search/shows", [("q", "small")], parse) == []
    assert threads[0] != threading.get_ident()  # the big answer: on a thread
    assert threads[1] == threading.get_ident()  # a small one is not worth the hand-over


def parsed_where(data: object) -> int:
    return os.getpid()


async def test_the_service_parses_large_answers_in_a_worker_process(fake_tvmaze, settings: Settings):
    """JSON decoding keeps the interpreter lock, so a thread still holds the loop up: the service's client decodes
    in its worker processes."""
    fake, base = fake_tvmaze
    fake.raw["big"] = (
        200,
        json.dumps([{"score": 0.5, "show": make_show(i + 1, f"S {i}")} for i in range(400)]).encode(),
    )
    pool = CpuPool(workers=1)
    try:
        async with Fetcher(settings) as fetcher:
            client = TvmazeClient(fetcher, base, decoder=decoder_in(pool))
            where = await client.get("/search/shows", [("q", "big")], parsed_where)
            assert isinstance(where, int) and where != os.getpid()
            assert len(await client.search("big")) == 400  # the real parser's result comes back whole
    finally:
        pool.close()


# ------------------------------------------------------------------ the service never waits


def feed(items: list[tuple[str, str, str]]) -> bytes:
    body = "".join(
        f"<item><guid>{g}</guid><title>{t}</title><link>https://news.example/{g}</link>"
        f"<pubDate>Fri, 20 Nov 2026 12:00:00 GMT</pubDate><description>{d}</description></item>"
        for g, t, d in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
        f"<link>https://news.example/</link>{body}</channel></rss>"
    ).encode()


async def test_a_cycle_never_waits_for_tvmaze(fake_tvmaze, tmp_path: Path):
    fake, tv_base = fake_tvmaze
    fake.delay = 5.0  # TVmaze answers only after 5 seconds
    state: dict[str, list] = {"items": []}

    async def rss(request: web.Request) -> web.Response:
        return web.Response(body=feed(state["items"]), content_type="application/rss+xml")

    app = web.Application()
    app.router.add_get("/feed", rss)
    clock = WallClock()
    settings = Settings(
        db_path=tmp_path / "g.db", allow_private_sources=True, fetch_timeout=10.0, workers=0, tvmaze_url=tv_base
    )
    async with serve(app) as base, Fetcher(settings) as fetcher:
        with Store.open(settings.db_path) as store:
            store.add_source(base + "/feed", title=None, added_by="test", now=T0)
            store.add_show("Thirteen Doors", "thirteen doors", "FX", T0)  # queued for a look-up
            service = Service(store, fetcher, settings, clock=clock)
            try:
                started = time.monotonic()
                await service.cycle()  # the baseline (an empty feed); the look-up starts in the background
                while not fake.calls:  # wait until TVmaze has the request (and sits on it for 5 seconds)
                    await asyncio.sleep(0.01)
                state["items"] = [
                    (
                        "a",
                        "Peacock renews ‘Harbor Lights’ for season 3",
                        "Peacock has renewed Harbor Lights for a third season, the streamer announced.",
                    )
                ]
                clock.now += timedelta(hours=1)
                result = await service.cycle()  # a cycle while TVmaze is answering
                assert time.monotonic() - started < 3.0  # TVmaze's 5 seconds were not waited for
                assert result.summary.new_articles == 1 and len(result.announced) == 1
                task = service._tvmaze_task
                assert task is not None and not task.done()  # the look-up runs on in the background
                assert len(fake.calls) == 1 and len(store.shows_to_look_up()) == 2
                fake.delay = 0.0  # the call in flight still takes its 5 seconds; the next ones are quick
                await asyncio.wait_for(service.background_idle(), timeout=30)
                service.start_background()  # the show the second cycle created
                await asyncio.wait_for(service.background_idle(), timeout=30)
                assert store.shows_to_look_up() == []
                shows = {s.title: s for s in store.list_shows()}
                harbor = store.tvmaze_for_show(shows["Harbor Lights"].id)
                assert harbor is not None and harbor.status == "Ended"
                doors = store.tvmaze_for_show(shows["Thirteen Doors"].id)
                assert doors is not None and doors.next_episode is not None
            finally:
                await service.close()


async def test_tvmaze_off_makes_no_call(fake_tvmaze, tmp_path: Path):
    fake, base = fake_tvmaze
    settings = Settings(db_path=tmp_path / "g.db", allow_private_sources=True, tvmaze=False, tvmaze_url=base, workers=0)
    with Store.open(settings.db_path) as store:
        store.add_show("Harbor Lights", "harbor lights", None, T0)
        async with Fetcher(settings) as fetcher:
            service = Service(store, fetcher, settings)
            assert service.tvmaze is None
            await service.understand_new()
            assert service._tvmaze_task is None
            await service.close()
    assert fake.calls == []


def test_tvmaze_settings(tmp_path: Path):
    assert Settings().tvmaze is True and Settings().tvmaze_url == "https://api.tvmaze.com"
    s = load_settings({"GREENLIGHT_TVMAZE": "off", "GREENLIGHT_TVMAZE_URL": "http://127.0.0.1:8080/"}, dotenv=None)
    assert s.tvmaze is False and s.tvmaze_url == "http://127.0.0.1:8080"
    with pytest.raises(ConfigError, match="GREENLIGHT_TVMAZE_URL"):
        load_settings({"GREENLIGHT_TVMAZE_URL": "ftp://example.com"}, dotenv=None)
    with pytest.raises(ConfigError, match="GREENLIGHT_TVMAZE"):
        load_settings({"GREENLIGHT_TVMAZE": "sometimes"}, dotenv=None)


# ------------------------------------------------------------------ recording with the cache


async def test_new_shows_take_the_cached_tvmaze_name_and_network(store: Store, settings: Settings):
    from bot.stories.recorder import StoryRecorder

    fake = FakeTvmaze()
    twin_shows(fake)
    harbor_shows(fake)
    async with serve(fake.app()) as base, Fetcher(settings) as fetcher:
        work = TvmazeWork(store, TvmazeClient(fetcher, base), clock=lambda: T0)
        for tvmaze_id in (11, 21, 22):
            assert await work.fetch_full(tvmaze_id) is not None
    calls = len(fake.calls)
    recorder = StoryRecorder(store)
    uk = recorder.resolve_show("tidewater", "Channel 4", T0)
    us = recorder.resolve_show("TIDEWATER", "Showtime", T0)
    harbor = recorder.resolve_show("Lights of the Harbor", None, T0)  # another of its names, no network given
    unknown = recorder.resolve_show("Velvet Static", None, T0)
    shows = {s.id: s for s in store.list_shows()}
    assert (shows[uk].title, shows[uk].network) == ("Tidewater", "Channel 4")
    assert (shows[us].title, shows[us].network) == ("Tidewater", "Showtime") and us != uk
    assert (shows[harbor].title, shows[harbor].network) == ("Harbor Lights", "Peacock")
    assert "Lights of the Harbor" in shows[harbor].aliases
    assert (shows[unknown].title, shows[unknown].network) == ("Velvet Static", None)
    linked = {i: store.tvmaze_for_show(i) for i in (uk, us, harbor)}
    assert {i: t.tvmaze_id for i, t in linked.items() if t} == {uk: 22, us: 21, harbor: 11}
    assert [s[0] for s in store.shows_to_look_up()] == [unknown]  # only the unknown one is still to look up
    # The same show under TVmaze's name is the same show
    assert recorder.resolve_show("Harbor Lights", "Peacock", T0) == harbor
    assert len(fake.calls) == calls  # recording made no call


async def test_clients_of_one_process_share_one_bucket(settings: Settings):
    async with Fetcher(settings) as fetcher:
        first, second = TvmazeClient(fetcher, "http://127.0.0.1:9"), TvmazeClient(fetcher, "http://127.0.0.1:9")
        assert first.limiter is second.limiter
