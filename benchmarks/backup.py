"""`greenlight backup` on a large database, idle and while the bot keeps writing (SQLite's online backup API).

Builds a database of N articles (about 1 KB of text each) through the real store, then times the product's
backup_database: once with nothing else running, once while another thread stores a feed's worth of articles in a
loop (as a polling bot does). Each copy is checked (quick_check) and counted. Prints the numbers, last a key=value line.
usage: python benchmarks/backup.py [--articles 100000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.models import Entry  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.store.health import backup_database  # noqa: E402

T0 = datetime(2026, 11, 1, tzinfo=UTC)
TEXT = "Netflix has renewed the drama for another season, the streamer said on Tuesday. " * 12


def entries(prefix: str, n: int) -> list[Entry]:
    return [
        Entry(f"{prefix}{i}", f"Story {prefix}{i}", f"https://x.example/{prefix}{i}", T0, TEXT, TEXT) for i in range(n)
    ]


def count(path: Path) -> int:
    with Store.open(path, readonly=True) as store:
        return store.count_articles()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=100_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="greenlight-backup-bench-") as tmp:
        db = Path(tmp) / "live.db"
        with Store.open(db) as store:
            src = store.add_source("https://x.example/feed", title="X", added_by=None, now=T0)
            for start in range(0, args.articles, 1000):
                store.store_entries(
                    src.id, entries(f"a{start}-", min(1000, args.articles - start)), now=T0, baseline=True
                )
            size = db.stat().st_size + Path(f"{db}-wal").stat().st_size
            started = time.perf_counter()
            backup_database(db, Path(tmp) / "idle.db")
            idle = time.perf_counter() - started

            stop, written = threading.Event(), [0]

            def keep_writing() -> None:
                n = 0
                while not stop.is_set():
                    store.store_entries(src.id, entries(f"w{n}-", 50), now=T0, baseline=True)
                    written[0] += 50
                    n += 1

            writer = threading.Thread(target=keep_writing)
            writer.start()
            started = time.perf_counter()
            try:
                backup_database(db, Path(tmp) / "busy.db")
            finally:
                busy = time.perf_counter() - started
                stop.set()
                writer.join()
        idle_rows, busy_rows = count(Path(tmp) / "idle.db"), count(Path(tmp) / "busy.db")
    print(f"database: {args.articles:,} articles, {size / 1e6:.0f} MB (file and write-ahead log)")
    print(f"backup while idle: {idle:.2f} s, {idle_rows:,} articles in the copy")
    print(
        f"backup while a writer stored {written[0]:,} more articles: {busy:.2f} s, {busy_rows:,} articles in the copy"
    )
    print(
        f"articles={args.articles} mb={size / 1e6:.0f} idle_s={idle:.2f} busy_s={busy:.2f} "
        f"idle_rows={idle_rows} busy_rows={busy_rows} written_meanwhile={written[0]} busy_vs_idle={busy / idle:.2f}"
    )


if __name__ == "__main__":
    main()
