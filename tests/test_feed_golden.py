"""Golden files for the feed parser: every feed in tests/data/feeds/ has <feed>.golden.json beside it, holding what
bot.ingest.feeds.parse_feed makes of it — the feed's title, link and warnings and every field of every entry
(guid, title, link, published as ISO-8601 or null, text, summary_raw), or, for a body it refuses, the error's
class, kind and message. Any change in the parser's output fails here.

After an intended change to the parser, or after adding a feed to tests/data/feeds/, regenerate the golden files
and review the diff before committing it:

    python -m tests.golden            # rewrite the golden files, list the ones that changed
    python -m tests.golden --check    # write nothing; exit 1 when one is missing, stale or orphaned
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.golden import REGENERATE, feed_files, golden_path, orphans, parse_result, render

# Bodies the parser must refuse, and how. Listed here so that regenerating cannot quietly turn a refusal into a feed.
REFUSED = {"entities.xml": "unsafe_feed", "malformed.xml": "not_a_feed", "page.html": "not_a_feed"}


def golden(feed: Path) -> dict:
    path = golden_path(feed)
    assert path.exists(), f"{path.name} is missing: run `{REGENERATE}` and review it"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("feed", feed_files(), ids=lambda p: p.name)
def test_parser_output_matches_the_golden_file(feed: Path):
    expected = golden(feed)
    actual = json.loads(render(parse_result(feed)))  # through JSON, as the golden file was written
    assert actual == expected, f"parse_feed's output for {feed.name} changed; if intended, run `{REGENERATE}`"


@pytest.mark.parametrize("feed", feed_files(), ids=lambda p: p.name)
def test_refusals_are_exactly_the_listed_ones(feed: Path):
    expected = golden(feed)
    if feed.name in REFUSED:
        assert "parsed" not in expected
        assert expected["refused"]["error"] == "FeedError" and expected["refused"]["kind"] == REFUSED[feed.name]
    else:
        assert "refused" not in expected and expected["parsed"]["entries"], f"{feed.name} should parse to entries"


def test_every_golden_file_has_its_feed():
    assert orphans() == [], f"golden files without a feed: run `{REGENERATE}`"


def test_the_corpus_covers_each_format_and_every_listed_refusal():
    names = {p.name for p in feed_files()}
    assert set(REFUSED) <= names
    assert len(names - set(REFUSED)) >= 7  # RSS 2.0, 0.91, 1.0 (RDF), Atom, JSON Feed and the repair cases
