"""The 100 saved real feeds (../shared/data/real-feeds, almost no TV news): the understanding step must stay quiet.

Every titled entry is analysed the way `greenlight analyze` reports it; an alert is an entry whose "event" is set
(confident enough to alert). Skipped when the shared feeds are absent."""

import os
from pathlib import Path

import pytest

from bot.errors import FeedError
from bot.ingest.feeds import parse_feed
from bot.understand.batch import analysis_record

REAL = Path(
    os.environ.get("GREENLIGHT_REAL_FEEDS", Path(__file__).resolve().parents[2] / "shared" / "data" / "real-feeds")
)
FILES = sorted(REAL.glob("*")) if REAL.is_dir() else []


@pytest.mark.skipif(not FILES, reason=f"real feeds not found at {REAL}")
def test_real_general_news_feeds_raise_at_most_five_alerts():
    alerts, entries = [], 0
    for path in FILES:
        try:
            feed = parse_feed(path.read_bytes())
        except FeedError:
            continue
        for e in feed.entries:
            if not (e.title or "").strip():
                continue
            entries += 1
            record = analysis_record(e.guid, e.title, e.text or "")
            if record["event"] is not None:
                alerts.append((record["event"], record["show"], e.title[:80]))
    assert entries > 3000
    assert len(alerts) <= 5, alerts
