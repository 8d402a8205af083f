"""Golden files for the feed parser: tests/data/feeds/<feed>.golden.json holds what parse_feed makes of <feed>.

After an intended change to the parser (or a new feed in tests/data/feeds/), regenerate and review the diff:

    python -m tests.golden            # rewrite every golden file, list the ones that changed
    python -m tests.golden --check    # write nothing; exit 1 when a golden file is missing, stale or orphaned

tests/test_feed_golden.py compares the parser's output with these files.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.errors import FeedError
from bot.ingest.feeds import parse_feed

FEEDS = Path(__file__).resolve().parent / "data" / "feeds"
SUFFIX = ".golden.json"
REGENERATE = "python -m tests.golden"

# The Content-Type a server would send with each file (it is part of parse_feed's input): by name, else by suffix.
CONTENT_TYPES = {
    "atom.xml": "application/atom+xml",
    ".json": "application/feed+json",
    ".html": "text/html; charset=utf-8",
    ".rdf": "application/rdf+xml",
    ".xml": "application/xml",
}


def feed_files() -> list[Path]:
    """Every feed under tests/data/feeds (a golden file is not a feed)."""
    return sorted(p for p in FEEDS.iterdir() if p.is_file() and not p.name.endswith(SUFFIX))


def golden_path(feed: Path) -> Path:
    return feed.with_name(feed.name + SUFFIX)


def orphans() -> list[Path]:
    """Golden files whose feed is gone."""
    feeds = {golden_path(f) for f in feed_files()}
    return sorted(p for p in FEEDS.glob("*" + SUFFIX) if p not in feeds)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def parse_result(feed: Path) -> dict[str, Any]:
    """What parse_feed makes of the file: the whole ParsedFeed (every field of it and of each entry), or the
    FeedError it raises. Any other exception propagates: a crash is never golden."""
    content_type = CONTENT_TYPES.get(feed.name, CONTENT_TYPES.get(feed.suffix))
    result: dict[str, Any] = {"feed": feed.name, "content_type": content_type}
    try:
        parsed = parse_feed(feed.read_bytes(), content_type=content_type)
    except FeedError as exc:
        result["refused"] = {"error": type(exc).__name__, "kind": exc.kind, "message": str(exc)}
        return result
    result["parsed"] = {
        "title": parsed.title,
        "link": parsed.link,
        "entries": [{f.name: _plain(getattr(e, f.name)) for f in dataclasses.fields(e)} for e in parsed.entries],
        "warnings": list(parsed.warnings),
    }
    return result


def render(result: dict[str, Any]) -> str:
    return json.dumps(result, ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.golden", description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 if any golden file would change")
    args = ap.parse_args(argv)
    stale = 0
    for feed in feed_files():
        path = golden_path(feed)
        text = render(parse_result(feed))
        before = path.read_text(encoding="utf-8") if path.exists() else None
        if before == text:
            continue
        stale += 1
        state = "missing" if before is None else "changed"
        if args.check:
            print(f"{state:8} {path.relative_to(FEEDS.parents[2])}")
        else:
            path.write_text(text, encoding="utf-8")
            print(f"{'written' if before is None else 'updated':8} {path.relative_to(FEEDS.parents[2])}")
    for path in orphans():
        stale += 1
        if args.check:
            print(f"orphaned {path.relative_to(FEEDS.parents[2])}")
        else:
            path.unlink()
            print(f"removed  {path.relative_to(FEEDS.parents[2])}")
    total = len(feed_files())
    print(f"{total} feeds, {stale} golden file(s) {'out of date' if args.check else 'rewritten'}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
