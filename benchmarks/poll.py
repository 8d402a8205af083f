"""Poll benchmark: a bare aiohttp + fastfeedparser loop (the floor) against Greenlight's cold and warm cycles.

usage: python benchmarks/poll.py [--feeds 1000] [--items 50]
The feeds are served by a separate process (benchmarks/feedfarm.py). All three runs use the same URLs.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import aiohttp  # noqa: E402
import fastfeedparser  # noqa: E402

from bot.config import Settings  # noqa: E402
from bot.fetch import Fetcher  # noqa: E402
from bot.pipeline import Poller  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.timeutil import utcnow  # noqa: E402
from feedfarm import FeedFarm  # noqa: E402

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


async def greenlight_cycles(urls: list[str], db: Path) -> tuple[float, float, int, int]:
    settings = Settings(db_path=db, allow_private_sources=True, max_concurrency=CONCURRENCY, fetch_timeout=60)
    with Store.open(db) as store:
        now = utcnow()
        ids = [store.add_source(u, title=None, added_by="bench", now=now).id for u in urls]
        async with Fetcher(settings) as fetcher:
            poller = Poller(store, fetcher, settings)
            try:
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
            finally:
                poller.close()
        stored = store.count_articles()
    if cold.failed or warm.failed or warm.not_modified != len(urls):
        raise SystemExit(f"benchmark run was not clean: cold={cold} warm={warm}")
    return cold_s, warm_s, stored, index_s


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--feeds", type=int, default=1000)
    ap.add_argument("--items", type=int, default=50)
    args = ap.parse_args()
    with FeedFarm(args.feeds, args.items) as farm, tempfile.TemporaryDirectory() as tmp:
        urls = farm.urls()
        print(f"{len(urls)} feeds x {args.items} items, {farm.total_bytes / len(urls) / 1000:.0f} KB per feed, "
              f"served by a separate process on {len(farm.hosts)} loopback addresses")
        asyncio.run(floor(urls[:50]))  # warm up the server and the interpreter
        floor_s, entries = asyncio.run(floor(urls))
        cold_s, warm_s, stored, index_s = asyncio.run(greenlight_cycles(urls, Path(tmp) / "bench.db"))
    n = len(urls)
    floor_fps, cold_fps, warm_fps = n / floor_s, n / cold_s, n / warm_s
    print(f"floor (aiohttp + fastfeedparser): {floor_fps:8.0f} feeds/s  ({entries} entries parsed)")
    print(f"greenlight cold cycle:            {cold_fps:8.0f} feeds/s  ({stored} articles stored)")
    print(f"  then search-indexing that old news after the cycle: {index_s:.1f} s ({stored / index_s:.0f} articles/s)")
    print(f"greenlight warm cycle (all 304):  {warm_fps:8.0f} feeds/s")
    print(f"cold/floor = {cold_fps / floor_fps:.2f} (target >= 0.6); warm = {warm_fps:.0f} feeds/s (target >= 1000)")
    print(f"feeds={n} items={args.items} floor_fps={floor_fps:.0f} cold_fps={cold_fps:.0f} warm_fps={warm_fps:.0f} "
          f"cold_vs_floor={cold_fps / floor_fps:.2f} warm_vs_floor={warm_fps / floor_fps:.2f} backlog_index_s={index_s:.1f}")


if __name__ == "__main__":
    main()
