"""Render time per picture kind, drawn the way the bot draws them: in one worker process (one core), sent the
picture's data and returning the PNG. A season's worth of decisions (default 600 shows over 30 networks), a show
with 8 seasons and 25 stories, and a weekly digest's picture are built into a real SQLite file first.

Prints, per kind: the first render in a fresh worker (which imports matplotlib), then p50/p95/max over the runs,
the PNG's size and dimensions; last, key=value pairs. The budget is 500 ms a picture and 1 MB a PNG.
usage: python benchmarks/pictures.py [--runs 20] [--shows 600] [--networks 30]
"""

from __future__ import annotations

import argparse
import asyncio
import io
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image  # noqa: E402  (a matplotlib dependency: only to read the dimensions back)

from bot.digest.compose import build_digest, digest_picture  # noqa: E402
from bot.pictures.data import STATUSES, Picture, scorecard, timeline  # noqa: E402
from bot.pictures.render import PNG_MAX, render_picture  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.tvmaze.models import TvSeason, TvShow  # noqa: E402
from bot.understand.matching import show_key  # noqa: E402
from bot.workers import CpuPool  # noqa: E402

YEAR_START = datetime(2026, 1, 1, tzinfo=UTC)
WORDS = "Silent Golden Broken Hidden Last Crimson Northern Paper Velvet Iron Glass Harbor River Night City".split()
NOUNS = "Doors Lights Kettle Signal Keepers Agents Station House Files Empire Road Hearts Games Shadows".split()


def fill(store: Store, shows: int, networks: int) -> str:
    """A year of decisions; returns the title of the show given a long history for the timeline."""
    rng = random.Random(25)
    nets = [f"Network {i}" for i in range(networks)]
    made: set[str] = set()
    for i in range(shows):
        title = f"{rng.choice(WORDS)} {rng.choice(NOUNS)}"
        title = title if title not in made else f"{title} {i}"
        made.add(title)
        network = rng.choice(nets)
        show = store.add_show(title, show_key(title), network, YEAR_START)
        when = YEAR_START + timedelta(minutes=rng.randrange(340 * 24 * 60))
        store.create_story(
            show_id=show.id, season=rng.randint(1, 6), event=rng.choice(STATUSES), network=network,
            headline=title, summary=title, first_seen=when, announce=True,
        )  # fmt: skip
    star = store.add_show("The Long Running", show_key("The Long Running"), "Network 0", YEAR_START)
    seasons = tuple(TvSeason(n, date(2018 + n, 9, 1), date(2018 + n, 11, 20)) for n in range(1, 9))
    tv = TvShow(tvmaze_id=1, name="The Long Running", url="https://www.tvmaze.com/shows/1/x", network="Network 0",
                seasons=seasons)  # fmt: skip
    store.save_tvmaze_show(tv, show_key(tv.name), {}, YEAR_START)
    store.link_tvmaze(star.id, 1, YEAR_START)
    for n in range(25):
        store.create_story(
            show_id=star.id, season=2 + n // 3, event=("renewed", "premiere", "casting")[n % 3], network="Network 0",
            headline="x", summary="x", first_seen=datetime(2019, 3, 1, tzinfo=UTC) + timedelta(days=95 * n),
            announce=True,
        )  # fmt: skip
    return star.title


def pictures(store: Store, star: str) -> dict[str, Picture]:
    week_end = datetime(2026, 11, 30, 17, tzinfo=UTC)
    digest = build_digest(store, start=week_end - timedelta(days=28), end=week_end, show_ids=None)
    weekly = digest_picture(digest)
    assert weekly is not None
    return {
        "scorecard (all networks)": scorecard(store, network=None, year=2026),
        "scorecard (one network)": scorecard(store, network="Network 3", year=2026),
        "timeline (8 seasons, 25 stories)": timeline(store, star, today=date(2026, 12, 6)),
        f"digest ({len(digest.decisions)} decisions)": weekly,
    }


def worker_cpu(pool: CpuPool) -> float:
    """CPU seconds the pool's one worker has used so far (Linux /proc): its own cost, whatever else the machine
    runs meanwhile (the wall times include waiting for a core on a busy machine)."""
    (pid,) = getattr(pool._executor, "_processes", {}).keys()
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def measure(kinds: dict[str, Picture], runs: int) -> list[tuple[str, float, list[float], float, bytes]]:
    results = []
    for name, picture in kinds.items():
        pool = CpuPool(1, task_timeout=120)  # a fresh worker per kind: its first render pays matplotlib's import
        await pool.start()
        try:
            t = time.perf_counter()
            png = await render_picture(pool, picture)
            first = time.perf_counter() - t
            times = []
            cpu = worker_cpu(pool)
            for _ in range(runs):
                t = time.perf_counter()
                png = await render_picture(pool, picture)
                times.append(time.perf_counter() - t)
            cpu = (worker_cpu(pool) - cpu) / runs
        finally:
            pool.close()
        results.append((name, first, times, cpu, png))
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--shows", type=int, default=600)
    ap.add_argument("--networks", type=int, default=30)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.db") as store:
        star = fill(store, args.shows, args.networks)
        kinds = pictures(store, star)
    results = asyncio.run(measure(kinds, args.runs))
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall times wait for a core)")
    print(f"{'picture':34} {'first':>7} {'cpu':>7} {'p50':>7} {'p95':>7} {'max':>7} {'PNG':>6}  size")
    pairs = []
    for i, (name, first, times, cpu, png) in enumerate(results):
        p50, p95 = statistics.median(times), statistics.quantiles(times, n=20)[18]
        with Image.open(io.BytesIO(png)) as image:
            w, h = image.size
        print(f"{name:34} {first * 1000:5.0f}ms {cpu * 1000:5.0f}ms {p50 * 1000:5.0f}ms {p95 * 1000:5.0f}ms "
              f"{max(times) * 1000:5.0f}ms {len(png) / 1024:4.0f}KB  {w}x{h}")  # fmt: skip
        pairs += [f"kind{i}_cpu_ms={cpu * 1000:.0f}", f"kind{i}_p50_ms={p50 * 1000:.0f}",
                  f"kind{i}_png_kb={len(png) / 1024:.0f}"]  # fmt: skip
        assert len(png) <= PNG_MAX
    worst_cpu = max(r[3] for r in results)
    print(
        f"\nfirst: a fresh worker's first picture (imports matplotlib); cpu: the worker's CPU time per picture "
        f"(one core); p50/p95/max: wall time per call. Highest cpu: {worst_cpu * 1000:.0f} ms (budget 500 ms)."
    )
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    print(" ".join(pairs), f"worst_cpu_ms={worst_cpu * 1000:.0f}")


if __name__ == "__main__":
    main()
