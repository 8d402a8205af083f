"""Every saved real feed in ../shared/data/real-feeds parses without an exception (skipped when absent)."""

import os
from datetime import UTC
from pathlib import Path

import pytest

from bot.errors import FeedError
from bot.ingest.feeds import parse_feed

REAL = Path(
    os.environ.get("GREENLIGHT_REAL_FEEDS", Path(__file__).resolve().parents[2] / "shared" / "data" / "real-feeds")
)
FILES = sorted(REAL.glob("*")) if REAL.is_dir() else []


@pytest.mark.skipif(not FILES, reason=f"real feeds not found at {REAL}")
def test_every_real_feed_parses():
    failures, entries = [], 0
    for path in FILES:
        try:
            feed = parse_feed(path.read_bytes())
        except FeedError as exc:
            failures.append(f"{path.name}: {exc.kind}: {exc}")
            continue
        for e in feed.entries:
            assert isinstance(e.title, str) and isinstance(e.guid, str) and e.guid
            assert e.published is None or e.published.tzinfo == UTC
        entries += len(feed.entries)
    assert not failures, failures
    assert entries > 1000
