"""What watchlists cost where it matters: planning a story's deliveries runs on the bot's event loop inside the
story's transaction, and the fair order decides when the channels' next news goes out.

Builds a real SQLite file with F channels following every show (in F/5 servers) and W members watching the show,
then, per run, records one story and plans it exactly as the service does (plan_deliveries in store.transaction()).
Prints the planning time with channels only and with the watchers as well (median of the runs, side by side in one
run), and where a small server's next story stands in the outbox's fair order behind the big story's DMs.
usage: python benchmarks/watch_plan.py [--channels 5000] [--watchers 5000] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.alerts.outbox import plan_deliveries  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.stories.recorder import StoryUpdate  # noqa: E402
from bot.timeutil import utcnow  # noqa: E402
from bot.understand import show_key  # noqa: E402

RATE = 45.0  # alerts a second the worker sends (90 % of Discord's 50/s)


def _story(store: Store, show_id: int, season: int) -> int:
    return store.create_story(
        show_id=show_id, season=season, event="renewed", network=None, headline="h", summary="s",
        first_seen=utcnow(), announce=True,
    )  # fmt: skip


def _plan(store: Store, story_id: int) -> float:
    started = time.perf_counter()
    with store.transaction():
        plan_deliveries(store, [StoryUpdate(story_id, 1, True, True)], utcnow())
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--channels", type=int, default=5000)
    ap.add_argument("--watchers", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    now = utcnow()
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.db") as store:
        watched = store.add_show("Severance", show_key("Severance"), None, now)
        unwatched = store.add_show("Ghosts", show_key("Ghosts"), None, now)
        with store.transaction():
            for k in range(args.channels):
                store.upsert_follow(
                    guild_id=1_000 + k // 5, channel_id=10_000_000 + k, show_id=None, events=(), mention_role_id=None,
                    created_by=None, now=now,
                )  # fmt: skip
            for m in range(args.watchers):
                store.upsert_watch(50_000_000 + m, watched.id, (), 1_000 + m % max(args.channels // 5, 1), now)
        plain, with_dms = [], []
        for run in range(args.runs):  # alternated, so both see the same database size
            plain.append(_plan(store, _story(store, unwatched.id, run + 1)))
            with_dms.append(_plan(store, _story(store, watched.id, run + 1)))
        store.db.execute("DELETE FROM deliveries")
        big = _story(store, watched.id, 99)
        _plan(store, big)  # the channels and every watcher
        small = _story(store, unwatched.id, 99)
        with store.transaction():  # one small server's own news, planned after the big story
            store.enqueue_deliveries([(small, 1, 10_000_000, None, "text", None)], utcnow())
        order = [d.story_id for d in store.due_deliveries(utcnow(), args.channels + args.watchers + 10)]
        position = order.index(small) + 1
    p, w = statistics.median(plain), statistics.median(with_dms)
    print(f"planning one story for {args.channels} channels: {p * 1000:.1f} ms (median of {args.runs})")
    print(f"... and {args.watchers} watchers as well: {w * 1000:.1f} ms ({w / p:.2f} x)")
    print(
        f"a small server's next story is #{position} of {len(order)} in the fair order "
        f"(~{position / RATE:.1f} s at {RATE:.0f} alerts/s after the big story is planned)"
    )
    print(
        f"channels={args.channels} watchers={args.watchers} plan_channels_ms={p * 1000:.1f} "
        f"plan_with_dms_ms={w * 1000:.1f} ratio={w / p:.2f} small_story_position={position}"
    )


if __name__ == "__main__":
    main()
