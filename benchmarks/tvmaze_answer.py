"""How long a large TVmaze answer holds the event loop: the client's path (fetch, decode, parse) on a 4.6 MB search
answer from the fake TVmaze (tests/faketvmaze.py, on a thread of its own), with answers over OFF_LOOP_BYTES parsed
on a thread (as shipped) and, side by side in the same run, with every answer parsed on the loop.

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

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from loopthread import LoopThread  # noqa: E402

import bot.tvmaze.client as client_module  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.ingest.fetch import Fetcher  # noqa: E402
from bot.tvmaze.client import TokenBucket, TvmazeClient  # noqa: E402
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
    out: dict[str, list[float]] = {"off the loop": [], "on the loop": []}
    shipped = client_module.OFF_LOOP_BYTES
    async with Fetcher(settings) as fetcher:
        client = TvmazeClient(fetcher, base, limiter=TokenBucket(capacity=1000, rate=1000))
        for _ in range(rounds):
            for name, threshold in (("off the loop", shipped), ("on the loop", 10**12)):
                client_module.OFF_LOOP_BYTES = threshold
                work = asyncio.ensure_future(client.search("big"))
                stall = await longest_stall(work)
                assert work.result() is not None and len(work.result()) > 0
                out[name].append(stall * 1000)
    client_module.OFF_LOOP_BYTES = shipped
    return out


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
    off, on = statistics.median(out["off the loop"]), statistics.median(out["on the loop"])
    print(f"a {len(answer) / 1e6:.1f} MB search answer ({args.shows} shows), {args.rounds} rounds each, alternating:")
    for name, values in out.items():
        print(
            f"  parsed {name}: longest loop stall median {statistics.median(values):.1f} ms, max {max(values):.1f} ms"
        )
    print(
        f"answer_mb={len(answer) / 1e6:.1f} stall_off_loop_ms={off:.1f} stall_on_loop_ms={on:.1f} ratio={on / off:.1f}"
    )


if __name__ == "__main__":
    main()
