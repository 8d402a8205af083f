"""Poll benchmark: a bare aiohttp + fastfeedparser loop (the floor) against Greenlight's cold and warm cycles.

usage: python benchmarks/poll.py [--feeds 1000] [--items 50] [--rounds 3]
The feeds are served by a separate process (benchmarks/feedfarm.py). Every run uses the same URLs. This
machine's speed drifts by 2x from minute to minute, so each round measures all runs back to back and the
medians of the rounds are printed. A fourth run, the floor plus a bare INSERT of the parsed fields, shows
how much of the gap is the cost of storing 50,000 rows at all.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import aiohttp  # noqa: E402
import fastfeedparser  # noqa: E402
from feedfarm import FeedFarm  # noqa: E402

from bot.config import Settings  # noqa: E402
from bot.ingest.fetch import Fetcher  # noqa: E402
from bot.ingest.poll import Poller  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.timeutil import utcnow  # noqa: E402

CONCURRENCY = 50


async def floor(urls: list[str]) -> tuple[float, int]:
    """What any poller must at least do: fetch every body and parse it."""
    sem = asyncio.Semaphore(CONCURRENCY)
    entries = 0

    async def one(session: aiohttp.ClientSession, url: str) -> None:
        nonlocal entries
        async with sem, session.get(url) as resp:
            body = await resp.read()
        entries += len(fastfeedparser.parse(body).entries)

    start = time.perf_counter()
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=CONCURRENCY)) as session:
        await asyncio.gather(*(one(session, u) for u in urls))
    return time.perf_counter() - start, entries


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


async def greenlight_cycles(urls: list[str], db: Path) -> tuple[float, float, int, int]:
    settings = Settings(db_path=db, allow_private_sources=True, max_concurrency=CONCURRENCY, fetch_timeout=60)
    with Store.open(db) as store:
        now = utcnow()
        ids = [store.add_source(u, title=None, added_by="bench", now=now).id for u in urls]
        async with Fetcher(settings) as fetcher:
            poller = Poller(store, fetcher, settings)
            sources = [store.get_source(i) for i in ids]
            start = time.perf_counter()
            cold, _ = await poller.poll(sources)
            cold_s = time.perf_counter() - start
            sources = [store.get_source(i) for i in ids]
            start = time.perf_counter()
            warm, _ = await poller.poll(sources)
            warm_s = time.perf_counter() - start
            start = time.perf_counter()
            store.index_all()
            index_s = time.perf_counter() - start
        stored = store.count_articles()
    if cold.failed or warm.failed or warm.not_modified != len(urls):
        raise SystemExit(f"benchmark run was not clean: cold={cold} warm={warm}")
    return cold_s, warm_s, stored, index_s


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--feeds", type=int, default=1000)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--rounds", type=int, default=3, help="each round runs all four side by side; medians are printed")
    args = ap.parse_args()
    rounds: list[dict[str, float]] = []
    with FeedFarm(args.feeds, args.items) as farm:
        urls = farm.urls()
        n = len(urls)
        print(
            f"{n} feeds x {args.items} items, {farm.total_bytes / n / 1000:.0f} KB per feed, "
            f"served by a separate process on {len(farm.hosts)} loopback addresses; {args.rounds} rounds"
        )
        asyncio.run(floor(urls[:50]))  # warm up the server and the interpreter
        for r in range(args.rounds):
            with tempfile.TemporaryDirectory() as tmp:
                floor_s, entries = asyncio.run(floor(urls))
                bare_s = asyncio.run(bare_store(urls, Path(tmp) / "bare.db"))
                cold_s, warm_s, stored, index_s = asyncio.run(greenlight_cycles(urls, Path(tmp) / "bench.db"))
            if stored != entries:
                raise SystemExit(f"stored {stored} articles but the feeds hold {entries}")
            m = {"floor": n / floor_s, "bare": n / bare_s, "cold": n / cold_s, "warm": n / warm_s, "index_s": index_s}
            m["cold_vs_floor"], m["bare_vs_floor"] = m["cold"] / m["floor"], m["bare"] / m["floor"]
            rounds.append(m)
            print(
                f"round {r + 1}: floor {m['floor']:.0f}, floor+bare store {m['bare']:.0f}, cold {m['cold']:.0f}, "
                f"warm {m['warm']:.0f} feeds/s; "
                f"cold/floor {m['cold_vs_floor']:.2f}, bare/floor {m['bare_vs_floor']:.2f}"
            )
    med = {k: statistics.median(r[k] for r in rounds) for k in rounds[0]}
    print(f"floor (aiohttp + fastfeedparser):      {med['floor']:8.0f} feeds/s  ({entries} entries parsed)")
    print(f"floor + bare INSERT of parsed fields:  {med['bare']:8.0f} feeds/s  (the least storing articles costs)")
    print(f"greenlight cold cycle:                 {med['cold']:8.0f} feeds/s  ({stored} articles stored)")
    print(f"  then search-indexing that old news after the cycle: {med['index_s']:.1f} s")
    print(f"greenlight warm cycle (all 304):       {med['warm']:8.0f} feeds/s")
    print(
        f"medians of {args.rounds} rounds: cold/floor = {med['cold_vs_floor']:.2f} (target >= 0.6), "
        f"bare/floor = {med['bare_vs_floor']:.2f}; warm = {med['warm']:.0f} feeds/s (target >= 1000)"
    )
    print(
        f"feeds={n} items={args.items} rounds={args.rounds} "
        f"floor_fps={med['floor']:.0f} bare_store_fps={med['bare']:.0f} "
        f"cold_fps={med['cold']:.0f} warm_fps={med['warm']:.0f} cold_vs_floor={med['cold_vs_floor']:.2f} "
        f"bare_vs_floor={med['bare_vs_floor']:.2f} backlog_index_s={med['index_s']:.1f}"
    )


if __name__ == "__main__":
    main()
