"""Poll benchmark: what the bot runs (bot/service.py `Service`) against bare aiohttp + fastfeedparser (the floor).

usage: python benchmarks/poll.py [--feeds 1000] [--items 50] [--rounds 3] [--profile cold|backlog|warm|steady]

The feeds are served by a separate process (benchmarks/feedfarm.py) with real TV-news texts as item bodies (read
at run time from ../shared/data/real-articles-dev.jsonl; generated text, with a note, when it is absent). This
machine's speed drifts by 2x from minute to minute, so each round measures every run back to back on the same
URLs, and the medians of the rounds are printed. One round:

  floor      bare aiohttp + fastfeedparser: fetch and parse every feed
  floor warm the floor's warm pass: the same fetches with the ETags it got, every one answered 304 (the warm
             cycle is compared with this: warm with warm)
  bare       the floor plus one bare INSERT per parsed entry (the least storing articles costs: a ceiling)
  reader     lemon24/reader's update_feeds on the same farm, when `import reader` works
  cold       `service.cycle()` on fresh sources: fetch, parse in worker processes, store (the baseline is not news:
             its analysis is the background work below). The worker pool is started before the clock starts,
             as it is in the running bot.
  backlog    `service.understand_backlog()` then `store.index_all()` until done (what `greenlight poll --once`
             runs after the cycle; the bot runs it in slices between ticks)
  warm       `service.cycle()` with every source due again and every feed answering 304
  tvmaze     (with --slow-tvmaze S, default 5) the cold cycle in --tvmaze-pairs pairs (default 3), each run on a
             fresh database holding PENDING_SHOWS shows that wait for a TVmaze look-up, as a bot's earlier tick
             leaves them: once with TVmaze off, once with TVmaze on against a fake TVmaze (tests/faketvmaze.py, on
             its own thread) that answers every call after S seconds, its look-up task started and its first call
             in flight before the clock starts. Each pair alternates which runs first; the change is the median of
             the pairs' ratios (the machine's speed drifts, so a run compares only with its own pair partner).
  steady     10 % of the feeds publish 2 new items each (about shows nothing else names, so each starts a story);
             one `service.cycle()` with every source due; a follow of every show in one channel, so each new
             story plans a delivery. Latency per new item = from the cycle's start until its delivery row is
             written (timed by wrapping store.enqueue_deliveries; the row's created_at is one clock reading per batch,
             too coarse). Items whose analysis finds no news (or one story for two items) plan no delivery: counted.

peak_rss_mb: the highest sampled sum of VmRSS (every 100 ms) over this process and all its descendants (worker
pool, forkserver), excluding the farm's server process, or this process's own VmHWM when that is higher. RSS
counts pages shared between the forked workers once per process.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import math
import os
import pstats
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import aiohttp  # noqa: E402
import fastfeedparser  # noqa: E402
from feedfarm import FeedFarm  # noqa: E402
from loopthread import LoopThread  # noqa: E402
from rss import RssMonitor  # noqa: E402

from bot.config import Settings  # noqa: E402
from bot.ingest.fetch import Fetcher  # noqa: E402
from bot.models import PollSummary  # noqa: E402
from bot.service import Service  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.timeutil import utcnow  # noqa: E402
from bot.understand import show_key  # noqa: E402
from tests.faketvmaze import FakeTvmaze  # noqa: E402
from tests.feedserver import serve  # noqa: E402

CONCURRENCY = 50
READER_WORKERS = 20
STEADY_SHARE, STEADY_ITEMS = 0.10, 2
PENDING_SHOWS = 40  # shows waiting for a TVmaze look-up when the timed cold cycle starts
SETTLE = 1.0  # seconds between the workers' warm-up and a TVmaze pair's timed cycle


# ------------------------------------------------------------ the floor, the ceiling and reader


async def floor(urls: list[str]) -> tuple[float, int, dict[str, str]]:
    """What any poller must at least do: fetch every body and parse it. Returns the ETags for the warm floor."""
    sem = asyncio.Semaphore(CONCURRENCY)
    entries = 0
    etags: dict[str, str] = {}

    async def one(session: aiohttp.ClientSession, url: str) -> None:
        nonlocal entries
        async with sem, session.get(url) as resp:
            body = await resp.read()
            if "ETag" in resp.headers:
                etags[url] = resp.headers["ETag"]
        entries += len(fastfeedparser.parse(body).entries)

    start = time.perf_counter()
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=CONCURRENCY)) as session:
        await asyncio.gather(*(one(session, u) for u in urls))
    return time.perf_counter() - start, entries, etags


async def floor_warm(urls: list[str], etags: dict[str, str]) -> float:
    """The floor's warm pass: the same fetches, conditional, every one answered 304 (what a warm cycle must do)."""
    sem = asyncio.Semaphore(CONCURRENCY)
    unchanged = 0

    async def one(session: aiohttp.ClientSession, url: str) -> None:
        nonlocal unchanged
        async with sem, session.get(url, headers={"If-None-Match": etags.get(url, "")}) as resp:
            await resp.read()
            unchanged += resp.status == 304

    start = time.perf_counter()
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=CONCURRENCY)) as session:
        await asyncio.gather(*(one(session, u) for u in urls))
    elapsed = time.perf_counter() - start
    if unchanged != len(urls):
        raise SystemExit(f"the floor's warm pass got {unchanged} answers 304 of {len(urls)}")
    return elapsed


async def bare_store(urls: list[str], db: Path) -> float:
    """The floor plus the least any poller that keeps articles must add: one INSERT per parsed entry (raw fields,
    no cleaning, no bookkeeping) into Greenlight's own articles table, one transaction per feed."""
    sem = asyncio.Semaphore(CONCURRENCY)
    with Store.open(db) as store:
        now = utcnow()
        ids = [store.add_source(u, title=None, added_by="bench", now=now).id for u in urls]
        conn = store.db.conn

        async def one(session: aiohttp.ClientSession, source_id: int, url: str) -> None:
            async with sem, session.get(url) as resp:
                body = await resp.read()
            rows = [
                (
                    source_id,
                    e.get("id") or e.get("link"),
                    e.get("title") or "",
                    e.get("link") or "",
                    e.get("published"),
                    e.get("description") or "",
                    e.get("description") or "",
                )
                for e in fastfeedparser.parse(body).entries
            ]
            conn.execute("BEGIN")
            conn.executemany(
                "INSERT INTO articles (source_id, guid, title, link, published, text, summary_raw,"
                " fetched_at, is_new, fts_pending) VALUES (?, ?, ?, ?, ?, ?, ?, '', 0, 1)",
                rows,
            )
            conn.execute("COMMIT")

        start = time.perf_counter()
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=CONCURRENCY)) as session:
            await asyncio.gather(*(one(session, i, u) for i, u in zip(ids, urls, strict=True)))
        return time.perf_counter() - start


def reader_cold(urls: list[str], db: Path) -> tuple[float, int] | None:
    """lemon24/reader's update_feeds on the same feeds (fetch, parse with feedparser, store); None when absent."""
    try:
        import reader
    except ImportError:
        return None
    r = reader.make_reader(str(db))
    try:
        for u in urls:
            r.add_feed(u)
        start = time.perf_counter()
        r.update_feeds(workers=READER_WORKERS)
        seconds = time.perf_counter() - start
        return seconds, r.get_entry_counts().total
    finally:
        r.close()


# ------------------------------------------------------------ Greenlight


class Profiler:
    def __init__(self, phase: str | None) -> None:
        self.phase = phase
        self.reports: dict[str, str] = {}

    async def run(self, phase: str, make: Callable[[], object]) -> object:
        if phase != self.phase or phase in self.reports:
            return await make()  # type: ignore[misc]
        prof = cProfile.Profile()
        prof.enable()
        try:
            return await make()  # type: ignore[misc]
        finally:
            prof.disable()
            out = io.StringIO()
            pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(18)
            self.reports[phase] = out.getvalue()


async def greenlight_round(
    urls: list[str], db: Path, farm: FeedFarm, rng: random.Random, profiler: Profiler
) -> dict[str, float]:
    settings = Settings(  # TVmaze off: a benchmark makes no call outside this machine
        db_path=db, allow_private_sources=True, max_concurrency=CONCURRENCY, fetch_timeout=60, tvmaze=False
    )
    offset = timedelta(0)

    def clock() -> datetime:
        return utcnow() + offset

    n = len(urls)
    m: dict[str, float] = {}

    def unclean(phase: str, summary: PollSummary, extra: str = "") -> SystemExit:
        errors = "; ".join(f"{url}: {error}" for url, error in summary.errors[:3])
        return SystemExit(
            f"{phase} cycle was not clean: fetched {summary.fetched}, not modified {summary.not_modified}, "
            f"failed {summary.failed}, new {summary.new_articles}{extra}; first errors: {errors or 'none'}"
        )

    with Store.open(db) as store:
        for u in urls:
            store.add_source(u, title=None, added_by="bench", now=clock())
        store.upsert_follow(
            guild_id=1, channel_id=1, show_id=None, events=(), mention_role_id=None, created_by=None, now=clock()
        )
        planned: dict[int, float] = {}  # story id -> when its first delivery row was written
        enqueue = store.enqueue_deliveries

        def timed_enqueue(rows: list, now: datetime) -> int:  # type: ignore[type-arg]
            queued = enqueue(rows, now)
            if queued:
                for row in rows:
                    planned.setdefault(row[0], time.perf_counter())  # row[0]: its story
            return queued

        store.enqueue_deliveries = timed_enqueue  # type: ignore[method-assign]
        async with Fetcher(settings) as fetcher:
            service = Service(store, fetcher, settings, clock=clock)
            try:
                await service.cpu.analyze_many([("Warm-up", "The workers start before the clock.")] * 64 * 2)

                start = time.perf_counter()
                cold = await profiler.run("cold", service.cycle)
                m["cold_s"] = time.perf_counter() - start
                m["stored"] = store.count_articles()
                if cold.summary.fetched != n:  # type: ignore[attr-defined]
                    raise unclean("cold", cold.summary)  # type: ignore[attr-defined]

                async def backlog() -> None:
                    await service.understand_backlog()
                    store.index_all()

                start = time.perf_counter()
                await profiler.run("backlog", backlog)
                m["backlog_s"] = time.perf_counter() - start

                offset = timedelta(days=1)  # every source is due again; every feed answers 304
                start = time.perf_counter()
                warm = await profiler.run("warm", service.cycle)
                m["warm_s"] = time.perf_counter() - start
                if warm.summary.not_modified != n:  # type: ignore[attr-defined]
                    raise unclean("warm", warm.summary)  # type: ignore[attr-defined]

                publishers = sorted(rng.sample(range(n), max(1, round(n * STEADY_SHARE))))
                new_items = farm.publish(publishers, STEADY_ITEMS)
                offset = timedelta(days=2)
                planned.clear()
                start = time.perf_counter()
                steady = await profiler.run("steady", service.cycle)
                m["steady_cycle_s"] = time.perf_counter() - start
                s = steady.summary  # type: ignore[attr-defined]
                if s.fetched != len(publishers) or s.new_articles != len(new_items) or s.failed:
                    raise unclean("steady", s, f" ({len(new_items)} items published)")
                # A new item's latency is the first delivery of a story it is in (an article naming two shows can
                # start two stories); a story that holds no new item is counted apart.
                links = {it["guid"] for it in new_items}
                first: dict[str, float] = {}
                others = 0
                for story_id, when in planned.items():
                    story = store.get_story(story_id)
                    hits = {src.link for src in story.sources if src.link in links} if story else set()
                    for link in hits:
                        first[link] = min(first.get(link, when), when)
                    others += not hits
                lat = sorted(t - start for t in first.values())
                m["steady_items"], m["steady_planned"], m["steady_other"] = len(new_items), len(lat), others
                m["steady_stories"] = len(planned) - others
                m["steady_p50"] = statistics.median(lat) if lat else math.nan
                m["steady_p95"] = lat[min(len(lat) - 1, math.ceil(0.95 * len(lat)) - 1)] if lat else math.nan
                m["steady_max"] = lat[-1] if lat else math.nan
            finally:
                await service.close()
    return m


class SlowTvmaze(LoopThread):
    """The fake TVmaze on its own loop and thread, answering every call after `delay` seconds."""

    def __init__(self, delay: float) -> None:
        super().__init__("fake-tvmaze")
        self.fake = FakeTvmaze(delay=delay)
        self.url = ""
        self._stop = asyncio.Event()

    async def _serve(self, ready: asyncio.Future[str]) -> None:
        async with serve(self.fake.app()) as base:
            ready.set_result(base)
            await self._stop.wait()

    async def _start(self) -> str:
        ready: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._server = asyncio.ensure_future(self._serve(ready))
        return await ready

    async def _close(self) -> None:
        self._stop.set()
        await self._server

    def __enter__(self) -> SlowTvmaze:
        super().__enter__()
        self.url = self.call(self._start())
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.call(self._close())
        finally:
            super().__exit__(*exc)


async def cold_beside_tvmaze(urls: list[str], db: Path, tvmaze: SlowTvmaze | None) -> dict[str, float]:
    """One cold `service.cycle()` with PENDING_SHOWS shows queued for TVmaze: TVmaze off (None) or on, slow."""
    settings = Settings(
        db_path=db,
        allow_private_sources=True,
        max_concurrency=CONCURRENCY,
        fetch_timeout=60,
        tvmaze=tvmaze is not None,
        tvmaze_url=tvmaze.url if tvmaze else "http://127.0.0.1:9",
    )
    with Store.open(db) as store:
        now = utcnow()
        for u in urls:
            store.add_source(u, title=None, added_by="bench", now=now)
        for i in range(PENDING_SHOWS):
            title = f"Pending Show {i}"
            store.add_show(title, show_key(title), None, now)
        async with Fetcher(settings) as fetcher:
            service = Service(store, fetcher, settings)
            try:
                await service.cpu.analyze_many([("Warm-up", "The workers start before the clock.")] * 64 * 2)
                calls_before = 0
                if tvmaze is not None:
                    calls_before = len(tvmaze.fake.calls)
                    service.start_background()  # what the bot's previous tick left running
                    while len(tvmaze.fake.calls) == calls_before:  # TVmaze holds the first call for its delay
                        await asyncio.sleep(0.01)
                await asyncio.sleep(SETTLE)  # both legs start the same time after the warm-up
                start = time.perf_counter()
                result = await service.cycle()
                seconds = time.perf_counter() - start
                if result.summary.fetched != len(urls):
                    raise SystemExit(f"cold cycle beside TVmaze fetched {result.summary.fetched} of {len(urls)}")
                busy = service._tvmaze_task is not None and not service._tvmaze_task.done()
                calls = len(tvmaze.fake.calls) - calls_before if tvmaze else 0
            finally:
                await service.close()
    return {"cold_s": seconds, "tvmaze_busy": float(busy), "tvmaze_calls": float(calls)}


# ------------------------------------------------------------ main


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--feeds", type=int, default=1000)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--rounds", type=int, default=3, help="each round runs everything side by side; medians printed")
    phases = ("cold", "backlog", "warm", "steady")
    ap.add_argument("--profile", choices=phases, help="cProfile this phase (this process only)")
    ap.add_argument(
        "--slow-tvmaze", type=float, default=5.0, help="seconds the fake TVmaze takes per call; 0 skips the pairs"
    )
    ap.add_argument("--tvmaze-pairs", type=int, default=3, help="TVmaze off/on cold cycles per round")
    args = ap.parse_args()
    rounds: list[dict[str, float]] = []
    profiler = Profiler(args.profile)
    entries = 0
    try:
        import reader  # noqa: F401

        have_reader = True
    except ImportError:
        have_reader = False
        print("reader not installed: skipped (pip install reader)")
    with FeedFarm(args.feeds, args.items) as farm, RssMonitor(exclude=farm.pid) as rss:
        urls = farm.urls()
        n = len(urls)
        print(
            f"{n} feeds x {args.items} items, {farm.total_bytes / n / 1000:.0f} KB per feed, "
            f"served by a separate process on {len(farm.hosts)} loopback addresses; {args.rounds} rounds; "
            f"{os.cpu_count()} cores"
        )
        print(farm.text_note)
        asyncio.run(floor(urls[:50]))  # warm up the server and the interpreter
        for r in range(args.rounds):
            with tempfile.TemporaryDirectory() as tmp:
                floor_s, entries, etags = asyncio.run(floor(urls))
                floor_warm_s = asyncio.run(floor_warm(urls, etags))
                bare_s = asyncio.run(bare_store(urls, Path(tmp) / "bare.db"))
                rd = reader_cold(urls, Path(tmp) / "reader.db") if have_reader else None
                g = asyncio.run(greenlight_round(urls, Path(tmp) / "bench.db", farm, random.Random(r), profiler))
                pairs: list[dict[str, dict[str, float]]] = []
                if args.slow_tvmaze > 0:
                    with SlowTvmaze(args.slow_tvmaze) as tv:
                        for p in range(args.tvmaze_pairs):
                            legs = [("off", None), ("on", tv)]
                            pair = {}
                            for name, server in legs if (r + p) % 2 == 0 else legs[::-1]:
                                db = Path(tmp) / f"tv-{p}-{name}.db"
                                pair[name] = asyncio.run(cold_beside_tvmaze(urls, db, server))
                            pairs.append(pair)
            farm.reset()
            if g["stored"] != entries:
                raise SystemExit(f"stored {g['stored']:.0f} articles but the feeds hold {entries}")
            if rd is not None and rd[1] != entries:
                print(f"  note: reader stored {rd[1]} entries of {entries}")
            m = {
                "floor": n / floor_s,
                "floor_warm": n / floor_warm_s,
                "bare": n / bare_s,
                "cold": n / g["cold_s"],
                "warm": n / g["warm_s"],
                "reader": n / rd[0] if rd else math.nan,
                "backlog_s": g["backlog_s"],
                "steady_cycle_s": g["steady_cycle_s"],
                "steady_p50": g["steady_p50"],
                "steady_p95": g["steady_p95"],
                "steady_max": g["steady_max"],
                "steady_planned": g["steady_planned"],
                "steady_items": g["steady_items"],
                "steady_other": g["steady_other"],
                "steady_stories": g["steady_stories"],
            }
            m["cold_vs_floor"], m["bare_vs_floor"] = m["cold"] / m["floor"], m["bare"] / m["floor"]
            m["warm_vs_floor"], m["vs_reader"] = m["warm"] / m["floor"], m["cold"] / m["reader"]
            m["warm_vs_floor_warm"] = m["warm"] / m["floor_warm"]
            for pair in pairs:
                print(
                    f"  cold cycle with {PENDING_SHOWS} shows queued for TVmaze: off {n / pair['off']['cold_s']:.0f} "
                    f"feeds/s, on (every call answered after {args.slow_tvmaze:g} s) {n / pair['on']['cold_s']:.0f} "
                    f"feeds/s: {pair['on']['cold_s'] / pair['off']['cold_s'] - 1:+.1%}; "
                    f"{pair['on']['tvmaze_calls']:.0f} TVmaze calls began during the cycle, look-ups "
                    f"{'still running' if pair['on']['tvmaze_busy'] else 'finished'} when it ended",
                    flush=True,
                )
            if pairs:  # the pair's ratio, not the ratio of medians: the machine's speed drifts between pairs
                m["tvmaze_change"] = statistics.median(p["on"]["cold_s"] / p["off"]["cold_s"] - 1 for p in pairs)
            rounds.append(m)
            print(
                f"round {r + 1}: floor {m['floor']:.0f}, floor+bare store {m['bare']:.0f}, reader {m['reader']:.0f}, "
                f"cold {m['cold']:.0f}, warm {m['warm']:.0f} feeds/s; backlog analysed {m['backlog_s']:.1f} s; "
                f"steady: {m['steady_planned']:.0f}/{m['steady_items']:.0f} items planned a delivery, "
                f"p50 {m['steady_p50']:.2f} s, p95 {m['steady_p95']:.2f} s, max {m['steady_max']:.2f} s "
                f"(cycle {m['steady_cycle_s']:.2f} s); cold/floor {m['cold_vs_floor']:.2f}, "
                f"bare/floor {m['bare_vs_floor']:.2f}",
                flush=True,
            )
        rss.sample()
    med = {k: statistics.median(r[k] for r in rounds) for k in rounds[0]}
    stored = entries
    k = max(1, round(n * STEADY_SHARE))
    print(f"floor (aiohttp + fastfeedparser):      {med['floor']:8.0f} feeds/s  ({entries} entries parsed)")
    print(f"floor + bare INSERT of parsed fields:  {med['bare']:8.0f} feeds/s  (the least storing articles costs)")
    if have_reader:
        print(f"reader update_feeds (workers={READER_WORKERS}):   {med['reader']:8.0f} feeds/s")
    print(f"greenlight cold cycle (fetch, parse, store): {med['cold']:8.0f} feeds/s  ({stored} articles stored)")
    print(f"  then analysing and indexing that baseline in the background: {med['backlog_s']:.1f} s")
    print(f"floor's warm pass (conditional, all 304): {med['floor_warm']:5.0f} feeds/s")
    print(
        f"greenlight warm cycle (all 304):       {med['warm']:8.0f} feeds/s  "
        f"({med['warm_vs_floor_warm']:.2f} x the floor's warm pass)"
    )
    print(
        f"steady state ({k} feeds publish {STEADY_ITEMS} items each): cycle start to delivery planned, per item: "
        f"p50 {med['steady_p50']:.2f} s, p95 {med['steady_p95']:.2f} s, max {med['steady_max']:.2f} s; "
        f"{med['steady_planned']:.0f} of {med['steady_items']:.0f} items planned a delivery "
        f"(as {med['steady_stories']:.0f} stories; {med['steady_other']:.0f} stories without a new item)"
    )
    print(
        f"medians of {args.rounds} rounds: cold/floor = {med['cold_vs_floor']:.2f} (target >= 0.6), "
        f"bare/floor = {med['bare_vs_floor']:.2f}, warm = {med['warm']:.0f} feeds/s (target >= 1000), "
        f"greenlight cold / reader cold = {med['vs_reader']:.2f}; peak RSS {rss.peak_mb:.0f} MB"
    )
    if "tvmaze_change" in med:
        print(
            f"cold cycle beside a TVmaze answering after {args.slow_tvmaze:g} s, against TVmaze off: "
            f"{med['tvmaze_change']:+.1%} (target: within 5 %)"
        )
    for phase, report in profiler.reports.items():
        print(f"--- profile of the {phase} phase (main process only; worker time shows as waiting) ---")
        print(report)
    print(
        f"feeds={n} items={args.items} rounds={args.rounds} "
        f"floor_fps={med['floor']:.0f} bare_store_fps={med['bare']:.0f} cold_store_fps={med['cold']:.0f} "
        f"backlog_analysed_s={med['backlog_s']:.1f} cold_vs_floor={med['cold_vs_floor']:.2f} "
        f"warm_fps={med['warm']:.0f} warm_vs_floor={med['warm_vs_floor']:.2f} "
        f"floor_warm_fps={med['floor_warm']:.0f} warm_vs_floor_warm={med['warm_vs_floor_warm']:.2f} "
        f"reader_cold_fps={med['reader']:.0f} vs_reader={med['vs_reader']:.2f} "
        f"steady_p50_s={med['steady_p50']:.2f} steady_p95_s={med['steady_p95']:.2f} "
        f"steady_max_s={med['steady_max']:.2f} steady_planned={med['steady_planned']:.0f}/{med['steady_items']:.0f} "
        f"peak_rss_mb={rss.peak_mb:.0f}"
        + (f" cold_tvmaze_change={med['tvmaze_change']:+.3f}" if "tvmaze_change" in med else "")
    )


if __name__ == "__main__":
    main()
