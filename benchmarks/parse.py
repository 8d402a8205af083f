"""Parsing benchmark: parse_feed over the test corpus (tests/data/feeds) and over generated 50-item RSS feeds, and
the time to refuse an entity bomb (a billion laughs; target: well under 1 s, since it is refused before parsing).

The tests assert what the parser does (tests/test_feeds.py, tests/test_feed_golden.py); timing lives here.

usage: python benchmarks/parse.py [--feeds 300] [--rounds 20]
The last line is key=value pairs: corpus_fps, generated_fps, generated_eps, bomb_ms, bomb_ok.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.errors import FeedError  # noqa: E402
from bot.ingest.feeds import parse_feed  # noqa: E402
from tests.feedserver import entity_bomb  # noqa: E402  (the test suite's bomb, measured here)

CORPUS = ROOT / "tests" / "data" / "feeds"
BOMB_TARGET_S = 1.0


def generated_feed(n: int, items: int = 50) -> bytes:
    rows = "".join(
        f"<item><guid>g{n}-{i}</guid><title>{escape(f'Show {n}-{i} renewed for season {i % 9 + 2}')}</title>"
        f"<link>https://feed{n}.example/{i}</link><pubDate>Fri, 20 Nov 2026 12:{i % 60:02d}:00 GMT</pubDate>"
        f"<description>&lt;p&gt;The network confirmed it on Friday. &lt;b&gt;More&lt;/b&gt; soon.&lt;/p&gt;"
        f"</description></item>"
        for i in range(items)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed {n}</title>'
        f"<link>https://feed{n}.example/</link>{rows}</channel></rss>"
    ).encode()


def corpus() -> list[bytes]:
    """The corpus feeds that parse (refusals are timed on their own)."""
    bodies = []
    for path in sorted(CORPUS.iterdir()):
        if path.name.endswith(".golden.json"):
            continue
        body = path.read_bytes()
        try:
            parse_feed(body)
        except FeedError:
            continue
        bodies.append(body)
    return bodies


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--feeds", type=int, default=300, help="generated 50-item feeds")
    ap.add_argument("--rounds", type=int, default=20, help="passes over the test corpus")
    args = ap.parse_args()

    small = corpus()
    start = time.perf_counter()
    for _ in range(args.rounds):
        for body in small:
            parse_feed(body)
    corpus_s = time.perf_counter() - start
    corpus_n = len(small) * args.rounds

    bodies = [generated_feed(n) for n in range(args.feeds)]
    start = time.perf_counter()
    entries = sum(len(parse_feed(body).entries) for body in bodies)
    gen_s = time.perf_counter() - start

    bomb = entity_bomb()
    start = time.perf_counter()
    try:
        parse_feed(bomb)
        refused = False
    except FeedError as exc:
        refused = exc.kind == "unsafe_feed"
    bomb_s = time.perf_counter() - start
    bomb_ok = refused and bomb_s < BOMB_TARGET_S

    print(f"test corpus: {len(small)} feeds × {args.rounds} rounds: {corpus_n / corpus_s:8.0f} feeds/s")
    print(
        f"generated:   {len(bodies)} feeds, {entries} entries: {len(bodies) / gen_s:8.0f} feeds/s, "
        f"{entries / gen_s:8.0f} entries/s"
    )
    print(
        f"entity bomb: {'refused' if refused else 'NOT REFUSED'} in {bomb_s * 1000:.2f} ms "
        f"(target < {BOMB_TARGET_S * 1000:.0f} ms)"
    )
    print(
        f"corpus_fps={corpus_n / corpus_s:.0f} generated_fps={len(bodies) / gen_s:.0f} "
        f"generated_eps={entries / gen_s:.0f} bomb_ms={bomb_s * 1000:.2f} bomb_ok={int(bomb_ok)}"
    )
    if not bomb_ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
