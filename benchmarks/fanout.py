"""Fan-out benchmark: one new story to N channels across G guilds, the real bot against a fake Discord as strict as
Discord about rate limits.

usage: python benchmarks/fanout.py [--channels 1000] [--guilds 200] [--sources 1000] [--items 10] [--latency 0.08]
                                   [--poll-interval 30]

The bot runs as `greenlight run` does (bot/app.py `run_bot`, settings from the environment), in a process of its
own (tests/botproc.py points discord.py's two base URLs at the fake), so its process tree (the main
process and its worker processes) is measured alone. The fake Discord (tests/fakediscord) runs in this process,
with Discord's global limit (50 requests/s), per-route buckets, 429s with retry_after and X-RateLimit-* headers,
and an added round trip of --latency seconds on every REST call. The feeds are served by another process
(benchmarks/feedfarm.py): --sources feeds of --items items each, polled once by `greenlight poll --once` before
the bot starts (their baseline), then every --poll-interval seconds by the bot.

Every channel follows every show. Once the bot has connected and finished a poll cycle, one feed publishes one
new item (a show nothing else names: one new story). Measured:

  published_to_planned_s  the item's publication (added to its feed) to its delivery rows, committed in the
                          database (this process reads the database every 20 ms)
  planned_to_first_s      those rows to the first alert the fake received; planned_to_last_s: to the last one
  msgs_per_s              alerts per second between the first and the last; rate_vs_limit: that / 50 (the limit)
  n429                    requests the fake answered 429 during the whole run (of `requests`)
  ack_p99_ms              p99 of /following interactions sent every 100 ms during the fan-out: from the fake's
                          INTERACTION_CREATE to the bot's first answer reaching the fake
  peak_rss_mb             the highest sampled (every 100 ms) sum of VmRSS of the bot's process tree, whole run;
                          main_rss_mb / others_rss_mb split that sample (the others: the forkserver, the
                          workers forked from it, multiprocessing's resource tracker); peak_pss_mb is its PSS, which
                          counts the pages the forked processes share once (RSS counts them in each)

Targets (reported, not asserted): rate_vs_limit >= 0.8 with n429 <= 1 % of requests; 5,000 channels in <= 130 s;
planned_to_first_s <= 1; ack p99 <= 200 ms; published_to_planned_s <= poll interval + 5; peak RSS <= 250 MB at
1,000 sources and 5,000 channels.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import math
import os
import signal
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from feedfarm import FeedFarm  # noqa: E402
from rss import RssMonitor  # noqa: E402

from bot.store import Store  # noqa: E402
from bot.timeutil import utcnow  # noqa: E402
from tests.discordkit import follow_everywhere  # noqa: E402
from tests.fakediscord import FakeDiscord  # noqa: E402
from tests.fakediscord.ratelimits import GLOBAL_LIMIT  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
WATCH_EVERY = 0.02  # seconds between two looks at the database for the story's delivery rows
ASK_EVERY = 0.1  # seconds between two interactions during the fan-out
PUBLISH_TRIES = 3  # a published item the analysis does not find to be news plans nothing: publish another


def _env(db: Path, args: argparse.Namespace) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GREENLIGHT_", "DISCORD_"))}
    env.update(
        GREENLIGHT_DB=str(db),
        GREENLIGHT_ALLOW_PRIVATE_SOURCES="true",
        GREENLIGHT_TVMAZE="false",
        GREENLIGHT_POLL_INTERVAL=str(args.poll_interval),
        GREENLIGHT_LOG_LEVEL="WARNING",
        DISCORD_TOKEN="bench-token",
        PYTHONPATH=str(ROOT),
    )
    return env


def _read(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)) as conn:
        return conn.execute(sql, params).fetchall()


def build_world(fake: FakeDiscord, db: Path, farm: FeedFarm, channels: int, guilds: int) -> list[int]:
    """`guilds` guilds holding `channels` channels between them, each following every show; the farm's sources."""
    with Store.open(db) as store:
        now = utcnow()
        for url in farm.urls():
            store.add_source(url, title=None, added_by="bench", now=now)
        return follow_everywhere(store, fake, guilds, channels)


async def ask_traffic(fake: FakeDiscord, guilds: list[tuple[int, int]], stop: asyncio.Event, acks: list[float]) -> None:
    async def one(gid: int, cid: int) -> None:
        record = await fake.invoke(gid, cid, fake.owner_id, "following")
        try:
            await record.wait_response(timeout=30)
            acks.append((record.acknowledged or math.inf) - record.dispatched)
        except TimeoutError:
            acks.append(math.inf)

    tasks = []
    for gid, cid in itertools.cycle(guilds):
        if stop.is_set():
            break
        tasks.append(asyncio.create_task(one(gid, cid)))
        await asyncio.sleep(ASK_EVERY)
    await asyncio.gather(*tasks)


async def run(args: argparse.Namespace, farm: FeedFarm, tmp: Path) -> dict[str, float]:
    db, log = tmp / "bot.db", Path(args.bot_log) if args.bot_log else tmp / "bot.log"
    async with FakeDiscord(latency=args.latency) as fake:
        channels = build_world(fake, db, farm, args.channels, args.guilds)
        env = _env(db, args)
        started = time.perf_counter()
        poll = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "poll", "--once", cwd=str(ROOT), env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )  # fmt: skip
        if await poll.wait() != 0:
            raise SystemExit("the baseline poll failed")
        print(f"baseline of {args.sources} sources polled and analysed in {time.perf_counter() - started:.0f} s")
        with log.open("wb") as err:
            bot = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "tests.botproc", fake.rest_base, fake.gateway_url,
                cwd=str(ROOT), env=env, stdout=asyncio.subprocess.DEVNULL, stderr=err,
            )  # fmt: skip
        rss = RssMonitor(exclude=None, root=bot.pid)
        rss.__enter__()
        try:
            return await measure(args, fake, farm, db, channels, bot)
        except BaseException:
            print(log.read_text()[-3000:], file=sys.stderr)
            raise
        finally:
            running = list(rss.last_parts)  # the last sample while the bot ran
            if bot.returncode is None:
                bot.send_signal(signal.SIGTERM)
                await asyncio.wait_for(bot.wait(), 60)
            rss.__exit__()
            peak_mb, last_mb = ([round(kb / 1024) for kb in parts] for parts in (rss.peak_parts, running))
            print(f"RSS of the bot's processes (MB, main process first): at the peak {peak_mb}, at the end {last_mb}")
            args.rss = rss


async def _until(predicate, timeout: float, what: str, every: float = 0.1) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        await asyncio.sleep(every)


async def measure(
    args: argparse.Namespace,
    fake: FakeDiscord,
    farm: FeedFarm,
    db: Path,
    channels: list[int],
    bot: asyncio.subprocess.Process,
) -> dict[str, float]:
    runs = _read(db, "SELECT COUNT(*) FROM poll_runs")[0][0]
    started = time.perf_counter()
    await _until(lambda: bool(fake.registered_commands()), 120, "the bot to connect")
    await _until(lambda: _read(db, "SELECT COUNT(*) FROM poll_runs")[0][0] > runs, 300, "the bot's first cycle")
    print(f"bot connected ({len(fake.identified)} shards) and polled once in {time.perf_counter() - started:.0f} s")
    last_story = _read(db, "SELECT COALESCE(MAX(story_id), 0) FROM deliveries")[0][0]
    planned_at = published_at = 0.0
    story = None
    for n in range(PUBLISH_TRIES):
        published_at = time.monotonic()
        farm.publish([n], 1)
        deadline = published_at + args.poll_interval + 60
        while time.monotonic() < deadline and story is None:
            rows = _read(
                db, "SELECT story_id, COUNT(*) FROM deliveries WHERE story_id > ? GROUP BY story_id", (last_story,)
            )
            if rows:
                planned_at = time.monotonic()
                story, planned = rows[0]
            else:
                await asyncio.sleep(WATCH_EVERY)
        if story is not None:
            break
        print(f"published item {n + 1} planned no delivery (not found to be news); publishing another")
    if story is None:
        raise SystemExit("no published item planned deliveries")
    stop, acks = asyncio.Event(), []
    sample = [(fake.world.guild_of(c).id, c) for c in channels[:: max(1, len(channels) // 50)]]  # type: ignore[union-attr]
    traffic = asyncio.create_task(ask_traffic(fake, sample, stop, acks))
    await _until(lambda: all(fake.world.messages[c] for c in channels), 1800, "every channel's alert", every=0.05)
    stop.set()
    await traffic
    times = sorted(fake.world.messages[c][0].created for c in channels)
    first, last = times[0] - planned_at, times[-1] - planned_at
    rate = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else math.nan
    acks.sort()
    p99 = acks[min(len(acks) - 1, math.ceil(0.99 * len(acks)) - 1)] if acks else math.nan
    p50 = acks[len(acks) // 2] if acks else math.nan
    return {
        "planned": planned,
        "published_to_planned_s": planned_at - published_at,
        "planned_to_first_s": first,
        "planned_to_last_s": last,
        "msgs_per_s": rate,
        "rate_vs_limit": rate / GLOBAL_LIMIT,
        "n429": fake.limits.n429,
        "requests": len(fake.requests),
        "ack_p99_ms": p99 * 1000,
        "ack_p50_ms": p50 * 1000,
        "asks": len(acks),
        "duplicates": sum(len(fake.world.messages[c]) - 1 for c in channels),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--channels", type=int, default=1000)
    ap.add_argument("--guilds", type=int, default=200)
    ap.add_argument("--sources", type=int, default=1000)
    ap.add_argument("--items", type=int, default=10)
    ap.add_argument("--latency", type=float, default=0.08, help="seconds of round trip added to each REST call")
    ap.add_argument("--poll-interval", type=float, default=30.0)
    ap.add_argument("--bot-log", help="keep the bot's log (stderr) in this file")
    args = ap.parse_args()
    with FeedFarm(args.sources, args.items) as farm, tempfile.TemporaryDirectory() as tmp:
        print(
            f"{args.channels} channels in {args.guilds} guilds, all following every show; {args.sources} sources x "
            f"{args.items} items; fake Discord with its limits on and {args.latency * 1000:.0f} ms round trips; "
            f"{os.cpu_count()} cores"
        )
        print(farm.text_note)
        r = asyncio.run(run(args, farm, Path(tmp)))
    peak = args.rss.peak_mb
    parts = args.rss.peak_parts
    print(
        f"one story planned {r['planned']:.0f} deliveries {r['published_to_planned_s']:.1f} s after it was published "
        f"(poll interval {args.poll_interval:g} s); first alert {r['planned_to_first_s']:.2f} s and last "
        f"{r['planned_to_last_s']:.1f} s after planning; {r['msgs_per_s']:.1f} alerts/s = {r['rate_vs_limit']:.2f} x "
        f"the global limit; {r['n429']} of {r['requests']} requests answered 429; {r['duplicates']} duplicates"
    )
    print(
        f"/following during the fan-out: {r['asks']} asks, ack p50 {r['ack_p50_ms']:.0f} ms, "
        f"p99 {r['ack_p99_ms']:.0f} ms (40 ms of each is the fake's half round trip)"
    )
    print(
        f"channels={args.channels} planned_to_first_s={r['planned_to_first_s']:.2f} "
        f"planned_to_last_s={r['planned_to_last_s']:.1f} msgs_per_s={r['msgs_per_s']:.1f} "
        f"rate_vs_limit={r['rate_vs_limit']:.2f} n429={r['n429']} ack_p99_ms={r['ack_p99_ms']:.0f} "
        f"peak_rss_mb={peak:.0f} guilds={args.guilds} sources={args.sources} "
        f"published_to_planned_s={r['published_to_planned_s']:.1f} requests={r['requests']} "
        f"main_rss_mb={(parts[0] if parts else 0) / 1024:.0f} others_rss_mb={sum(parts[1:]) / 1024:.0f} "
        f"peak_pss_mb={args.rss.peak_pss_kb / 1024:.0f}"
    )


if __name__ == "__main__":
    main()
