"""Fuzzing parse_feed with a fixed seed: every body ends as a ParsedFeed that keeps its promises, or a FeedError.

The cases come from benchmarks/fuzz.py (which runs tens of thousands of them): byte flips, truncation,
duplication, impossible character references, NULs and control bytes, deep nesting, huge attributes, absurd
dates, hostile links and re-encodings of real feeds, plus synthetic JSON Feeds with wrong types and lone
surrogates, deep JSON, entity bombs in several encodings, oversized feeds and random bytes. Real feeds are read
from ../shared/data/real-feeds (or GREENLIGHT_REAL_FEEDS); without them only the synthetic cases run.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from bot.errors import FeedError
from bot.ingest.feeds import parse_feed


def _load_fuzz() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "fuzz.py"
    spec = importlib.util.spec_from_file_location("greenlight_benchmarks_fuzz", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


fuzz = _load_fuzz()
BASES = fuzz.real_feeds(24_000)
SEED = 20261126


def run(cases) -> tuple[Counter[str], list[str]]:
    outcomes: Counter[str] = Counter()
    failures: list[str] = []
    for label, body in cases:
        outcome, _seconds, detail = fuzz.judge(body)
        outcomes[outcome.split(":")[0]] += 1
        if outcome == "invalid" or outcome.startswith("uncaught"):
            failures.append(f"{label}: {outcome}: {detail}")
    return outcomes, failures


@pytest.mark.skipif(not BASES, reason=f"real feeds not found at {fuzz.REAL_FEEDS}")
def test_mutated_real_feeds_end_as_a_feed_or_a_feed_error():
    # Speed is benchmarks/fuzz.py's to report (slowest inputs included), not a wall-clock assertion here.
    outcomes, failures = run(fuzz.cases(SEED, 400, BASES))
    assert not failures, failures[:10]
    assert outcomes["ok"] > 100 and outcomes["feed_error"] > 10, outcomes


def test_synthetic_hostile_bodies_end_as_a_feed_or_a_feed_error():
    rng = random.Random(SEED)
    cases = [(f"{name}:{i}", make(rng)) for i in range(12) for name, make in sorted(fuzz.SYNTHETIC.items())]
    outcomes, failures = run(cases)
    assert not failures, failures[:10]
    assert outcomes["ok"] and outcomes["feed_error"], outcomes


@pytest.mark.parametrize("name", sorted(fuzz.REAL_MUTATORS))
def test_each_mutation_of_a_small_feed(name: str):
    base = (
        b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Fuzz</title>'
        b"<link>https://f.example/</link>"
        + b"".join(
            b"<item><guid>g%d</guid><title>Show %d renewed</title><link>https://f.example/%d</link>"
            b"<pubDate>Wed, 25 Nov 2026 1%d:00:00 GMT</pubDate>"
            b"<description>&lt;p&gt;Text.&lt;/p&gt;</description></item>" % (i, i, i, i)
            for i in range(5)
        )
        + b"</channel></rss>"
    )
    rng = random.Random(name)
    _, failures = run((f"{name}:{i}", fuzz.REAL_MUTATORS[name](base, rng)) for i in range(15))
    assert not failures, failures


def test_the_judge_catches_what_escapes(monkeypatch):
    """The harness itself: an exception other than FeedError is counted as uncaught, not hidden."""

    def boom(body, **kwargs):
        raise ValueError("escaped")

    monkeypatch.setattr(fuzz, "parse_feed", boom)
    assert fuzz.judge(b"<rss/>")[0] == "uncaught:ValueError"
    monkeypatch.setattr(fuzz, "parse_feed", parse_feed)
    with pytest.raises(FeedError):
        parse_feed(b"[" * 100_000)


@pytest.mark.skipif(not BASES, reason=f"real feeds not found at {fuzz.REAL_FEEDS}")
async def test_mutated_real_feeds_polled_through_greenlight_poll_name_every_failure(tmp_path: Path):
    """The real path: mutated real feeds served on 127.0.0.1 and polled by `greenlight poll --once` in its own
    process (workers included): every failure is named, nothing is an internal error or a traceback."""
    import asyncio
    import os
    from datetime import UTC, datetime

    from aiohttp import web

    from bot.store import Store
    from tests.feedserver import serve

    bodies = [body for _label, body in fuzz.cases(SEED + 1, 150, BASES)]

    async def feed(request: web.Request) -> web.Response:
        return web.Response(body=bodies[int(request.match_info["n"])], content_type="application/xml")

    app = web.Application()
    app.router.add_get("/{n}", feed)
    db = tmp_path / "fuzz.db"
    async with serve(app) as base:
        with Store.open(db) as store:
            for n in range(len(bodies)):
                store.add_source(f"{base}/{n}", title=f"fuzz {n}", added_by="test", now=datetime.now(UTC))
        env = {k: v for k, v in os.environ.items() if not k.startswith(("GREENLIGHT_", "DISCORD_"))}
        env |= {"GREENLIGHT_ALLOW_PRIVATE_SOURCES": "true", "GREENLIGHT_TVMAZE": "false", "GREENLIGHT_DB": str(db)}
        root = Path(__file__).resolve().parents[1]
        env["PYTHONPATH"] = str(root)
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "poll", "--once", cwd=str(root), env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        out, err = await asyncio.wait_for(proc.communicate(), 600)
    text = out.decode() + err.decode()
    assert proc.returncode in (0, 1), text[-3000:]  # 1 only when every source failed
    assert "Traceback" not in text and "Internal error" not in text, text[-3000:]
    with Store.open(db) as store:
        sources = store.list_sources()
        failed = [s for s in sources if s.last_error]
        assert len(sources) == len(bodies) and all(s.last_ok_at or s.last_error for s in sources)
        assert all("Internal error" not in (s.last_error or "") for s in failed)
        assert store.count_unanalysed() == 0  # what was stored was understood too
