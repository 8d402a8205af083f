"""How long a large TVmaze answer holds the event loop: the client's path (fetch, decode, parse) on a 2.6 MB search
answer from the fake TVmaze (tests/faketvmaze.py, on a thread of its own), side by side in one run: decoded in a
worker process (as the service ships it, `decoder_in(pool)`), on a thread (the client without a pool), and on the
loop.

usage: python benchmarks/tvmaze_answer.py [--rounds 5] [--shows 4000]

A probe task sleeps 1 ms at a time on the client's loop; its longest lateness is the longest stall.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from loopthread import LoopThread  # noqa: E402

from bot.config import Settings  # noqa: E402
from bot.ingest.fetch import Fetcher  # noqa: E402
from bot.tvmaze.client import TokenBucket, TvmazeClient, decode, decode_on_a_thread, decoder_in  # noqa: E402
from bot.workers import CpuPool  # noqa: E402
from tests.faketvmaze import FakeTvmaze, make_show, public  # noqa: E402
from tests.feedserver import serve  # noqa: E402


async def longest_stall(work: asyncio.Future) -> float:
    worst = 0.0
    while not work.done():
        start = time.perf_counter()
        await asyncio.sleep(0.001)
        worst = max(worst, time.perf_counter() - start - 0.001)
    return worst


async def measure(base: str, rounds: int) -> dict[str, list[float]]:
    settings = Settings(allow_private_sources=True, max_body_bytes=50_000_000, tvmaze=True)
    pool = CpuPool(workers=1)
    await pool.start()
    ways = {"in a worker process": decoder_in(pool), "on a thread": decode_on_a_thread, "on the loop": on_the_loop}
    out: dict[str, list[float]] = {name: [] for name in ways}
    try:
        async with Fetcher(settings) as fetcher:
            for _ in range(rounds):
                for name, decoder in ways.items():
                    client = TvmazeClient(fetcher, base, limiter=TokenBucket(capacity=1000, rate=1000), decoder=decoder)
                    work = asyncio.ensure_future(client.search("big"))
                    stall = await longest_stall(work)
                    assert work.result(), client.last_failure
                    out[name].append(stall * 1000)
    finally:
        pool.close()
    return out


async def on_the_loop(body: bytes, parse: Any) -> Any:
    return decode(body, parse)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--shows", type=int, default=4000)
    args = ap.parse_args()
    fake = FakeTvmaze()
    answer = json.dumps([{"score": 0.5, "show": public(make_show(i + 1, f"Show {i}"))} for i in range(args.shows)])
    fake.raw["big"] = (200, answer.encode())
    with LoopThread("fake-tvmaze") as lt:
        server = serve(fake.app())
        base = lt.call(server.__aenter__())
        try:
            out = asyncio.run(measure(base, args.rounds))
        finally:
            lt.call(server.__aexit__(None, None, None))
    worker, thread, loop = (statistics.median(out[k]) for k in ("in a worker process", "on a thread", "on the loop"))
    print(f"a {len(answer) / 1e6:.1f} MB search answer ({args.shows} shows), {args.rounds} rounds each, alternating:")
    for name, values in out.items():
        median, worst = statistics.median(values), max(values)
        print(f"  decoded {name}: longest loop stall median {median:.1f} ms, max {worst:.1f} ms")
    print(
        f"answer_mb={len(answer) / 1e6:.1f} stall_worker_ms={worker:.1f} stall_thread_ms={thread:.1f} "
        f"stall_loop_ms={loop:.1f} loop_over_worker={loop / worker:.1f}"
    )


if __name__ == "__main__":
    main()
