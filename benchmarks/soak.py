"""Soak: the real bot for N minutes against the fake Discord, with feeds that keep changing and an /ask every 2 s.

usage: python benchmarks/soak.py [--minutes 10] [--feeds 40] [--tick 2] [--poll 10]

The real discord.py bot (bot/app.py, started with tests/discordkit.py's `running_bot`, worker processes and all)
talks to the test fake Discord, which runs on its own event loop in another thread (benchmarks/responsive.py's
FakeThread) together with the feeds. Every 15 s one show's renewal is published by a first outlet, and a few
outlets repeat earlier news (the bot edits its alert to add them). One channel follows every show.

Every 10 s the run samples the bot's process tree (RSS of the bot and its workers), its open file descriptors,
its threads and the size of the database's write-ahead log. Growth per hour is the least-squares slope over the
samples after the warm-up (the first fifth of the run, at least a minute: start-up and the first cycles are not
growth). Deliveries: `planned` is
the rows the bot planned for the channel, `sent` those it marked sent, `messages` what reached the fake Discord,
`duplicates` messages for a story that already had one. The last line is key=value pairs.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pytest  # noqa: E402
from responsive import FakeThread  # noqa: E402

from bot.config import Settings  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.timeutil import utcnow  # noqa: E402
from tests.discordkit import Feeds, build_guild, opt, running_bot  # noqa: E402
from tests.fakediscord import FakeDiscord, patch_discord  # noqa: E402
from tests.feedserver import serve  # noqa: E402

SAMPLE_EVERY = 10.0
WARM_UP = 60.0
PUBLISH_EVERY = 15.0
ASK_EVERY = 2.0
NETWORKS = ["Netflix", "HBO", "FX", "Hulu", "Peacock", "AMC", "Starz"]
WORDS = (
    "Amber Anvil Bramble Cinder Delta Ember Falcon Garnet Hollow Ivory Juniper Kestrel Lantern Meadow Nectar Onyx "
    "Pebble Quarry Raven Saffron Thistle Umber Velvet Willow Yarrow Zephyr Basalt Cobalt Driftwood Fennel Glacier "
    "Heron Indigo Jasper Kelp Larch Mistral Nimbus Orchard Pylon Quill Russet Sorrel Tundra Upland Vesper Wicker"
).split()


def show_name(n: int) -> str:
    """Distinct two-word titles ('The Amber Heron'), never one a typo away from another."""
    return f"The {WORDS[n % len(WORDS)]} {WORDS[(n * 7 + 3) % len(WORDS)]}"


class Outlets(Feeds):
    """The tests' changing feeds (tests/discordkit.py), published into while the bot runs."""

    def __init__(self, count: int) -> None:
        super().__init__({f"o{i}": [] for i in range(count)})

    def publish(self, n: int, outlets: list[str]) -> None:
        name, net, season = show_name(n), NETWORKS[n % len(NETWORKS)], 2 + n % 3
        for outlet in outlets:
            text = (
                f"{net} has renewed the drama {name} for season {season}, the network said on Monday. "
                f"{outlet} reports that production starts next year."
            )
            self.items[outlet].insert(0, (f"{outlet}-{n}", f"{net} renews ‘{name}’ for season {season}", text))
            del self.items[outlet][30:]  # a feed keeps its newest items


def tree_pids(root: int) -> list[int]:
    """The process and all its descendants (the forkserver and the workers), from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path("/proc", entry, "stat").read_text()
            except OSError:
                continue
            ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += children.get(pid, [])
    return out


def rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path("/proc", str(pid), "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def sample(db: Path) -> dict[str, float]:
    me = os.getpid()
    wal = db.with_name(db.name + "-wal")
    return {
        "t": time.monotonic(),
        "rss_mb": rss_mb(tree_pids(me)),
        "fds": len(os.listdir("/proc/self/fd")),
        "threads": threading.active_count(),
        "wal_mb": (wal.stat().st_size if wal.exists() else 0) / 1e6,
    }


def per_hour(samples: list[dict[str, float]], key: str) -> float:
    """Least-squares slope of `key` over time, per hour, after the warm-up (the first fifth of the run, at least
    WARM_UP seconds: the workers start, the first cycles run, the thread pools fill)."""
    start = samples[0]["t"] + max(WARM_UP, (samples[-1]["t"] - samples[0]["t"]) / 5)
    kept = [x for x in samples if x["t"] >= start]
    if len(kept) < 2:
        return float("nan")
    ts = [s["t"] for s in kept]
    ys = [s[key] for s in kept]
    mt, my = sum(ts) / len(ts), sum(ys) / len(ys)
    var = sum((t - mt) ** 2 for t in ts)
    return 3600 * sum((t - mt) * (y - my) for t, y in zip(ts, ys, strict=True)) / var if var else float("nan")


async def asks(fake: FakeDiscord, guild_id: int, channel: int, stop: threading.Event, kinds: Counter[str]) -> None:
    """On the fake's loop: an /ask every ASK_EVERY seconds, each from a new member (no per-member cooldown)."""
    k = 0
    while not stop.is_set():
        member = fake.add_member(guild_id, f"asker{k}")
        name = show_name(k % 40)
        record = await fake.invoke(guild_id, channel, member, "ask", [opt("question", f"is {name} renewed?")])
        try:
            await record.wait_response(timeout=30)
            kinds["answered"] += 1
        except TimeoutError:
            kinds["unanswered"] += 1
        k += 1
        await asyncio.sleep(ASK_EVERY)


async def run(args: argparse.Namespace, db: Path) -> dict[str, Any]:
    outlets = Outlets(args.feeds)
    settings = Settings(
        db_path=db, allow_private_sources=True, discord_token="fake-token", tvmaze=False, poll_interval=args.poll
    )
    patches = pytest.MonkeyPatch()
    samples: list[dict[str, float]] = []
    kinds: Counter[str] = Counter()
    try:
        with FakeThread() as ft:
            patch_discord(patches, ft.fake)
            guild = build_guild(ft.fake)
            server = serve(outlets.app())
            outlets.base = ft.call(server.__aenter__())
            with Store.open(db) as store:
                for outlet in outlets.items:
                    store.add_source(outlets.url(outlet), title=outlet, added_by="soak", now=utcnow())
                store.upsert_follow(
                    guild_id=guild.id,
                    channel_id=guild.news,
                    show_id=None,
                    events=(),
                    mention_role_id=None,
                    created_by=None,
                    now=utcnow(),
                )
            try:
                async with running_bot(settings, tick=args.tick) as bot:
                    stop = threading.Event()
                    asking = ft.submit(asks(ft.fake, guild.id, guild.general, stop, kinds))
                    end = time.monotonic() + args.minutes * 60
                    next_sample = next_publish = time.monotonic()
                    n = 0
                    names = list(outlets.items)
                    while time.monotonic() < end:
                        now = time.monotonic()
                        if now >= next_publish:  # a new show from one outlet, and an earlier one from three more
                            outlets.publish(n, [names[n % len(names)]])
                            if n >= 2:
                                outlets.publish(n - 2, [names[(n + k) % len(names)] for k in (5, 11, 17)])
                            n += 1
                            next_publish += PUBLISH_EVERY
                        if now >= next_sample:
                            samples.append(sample(db))
                            next_sample += SAMPLE_EVERY
                        await asyncio.sleep(0.5)
                    stop.set()
                    await asyncio.wrap_future(asking)
                    await asyncio.sleep(args.tick * 3)  # the last tick's deliveries go out
                    samples.append(sample(db))
                    planned = bot.runtime.store.deliveries(channel_id=guild.news)
                    stories = len({d.story_id for d in planned})
            finally:
                ft.call(server.__aexit__(None, None, None))
            messages = [m for m in ft.fake.messages(guild.news) if not m.deleted]
    finally:
        patches.undo()
    seen: set[str] = set()
    duplicates = 0
    for m in messages:
        key = "".join(str(e.get("url")) + str(e.get("title")) for e in m.embeds)
        duplicates += key in seen
        seen.add(key)
    return {
        "samples": samples,
        "planned": len(planned),
        "stories": stories,
        "sent": sum(1 for d in planned if d.message_id is not None),
        "messages": len(messages),
        "edits": sum(len(m.edits) for m in messages),
        "duplicates": duplicates,
        "published": n,
        "asks": kinds,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=10.0, help="how long the bot runs (default 10)")
    ap.add_argument("--feeds", type=int, default=40, help="outlets, each a feed")
    ap.add_argument("--tick", type=float, default=2.0, help="the bot's tick in seconds (production: 30)")
    ap.add_argument("--poll", type=float, default=10.0, help="seconds between polls of one feed")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        r = asyncio.run(run(args, Path(tmp) / "soak.db"))
    s = r["samples"]
    first, last = s[0], s[-1]
    print(
        f"{args.minutes:g} min, {args.feeds} feeds polled every {args.poll:g} s, tick {args.tick:g} s; "
        f"{r['published']} shows published; asks: {dict(r['asks'])}"
    )
    for key, unit in (("rss_mb", "MB"), ("fds", ""), ("threads", ""), ("wal_mb", "MB")):
        print(
            f"  {key:8} first {first[key]:8.1f}{unit}  last {last[key]:8.1f}{unit}  max "
            f"{max(x[key] for x in s):8.1f}{unit}  growth {per_hour(s, key):+.1f}{unit}/hour"
        )
    print(
        f"deliveries: {r['planned']} planned for {r['stories']} stories, {r['sent']} marked sent, "
        f"{r['messages']} messages reached Discord, {r['edits']} edits, {r['duplicates']} duplicates"
    )
    print(
        f"minutes={args.minutes:g} rss_mb_per_hour={per_hour(s, 'rss_mb'):.1f} fds_per_hour={per_hour(s, 'fds'):.1f} "
        f"threads_per_hour={per_hour(s, 'threads'):.1f} wal_mb_per_hour={per_hour(s, 'wal_mb'):.1f} "
        f"rss_mb={last['rss_mb']:.0f} planned={r['planned']} sent={r['sent']} messages={r['messages']} "
        f"edits={r['edits']} duplicates={r['duplicates']} asks_answered={r['asks']['answered']} "
        f"asks_unanswered={r['asks']['unanswered']}"
    )


if __name__ == "__main__":
    main()
