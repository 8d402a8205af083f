"""Shared fixtures: a real SQLite file per test and settings fit for loopback test servers."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings
from bot.store import Store

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "greenlight.db"


@pytest.fixture
def store(db_path: Path):
    with Store.open(db_path) as s:
        yield s


@pytest.fixture
def settings(db_path: Path) -> Settings:
    # The guard is off only because test servers live on 127.0.0.1; guard tests turn it back on.
    # TVmaze off: tests never call the real API (its own tests point it at tests/faketvmaze.py).
    return Settings(
        db_path=db_path,
        allow_private_sources=True,
        fetch_timeout=2.0,
        poll_interval=60.0,
        max_failures=3,
        tvmaze=False,
    )


@pytest.fixture(scope="session")
def real_news_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The 265 real articles served as ten local outlets and polled through the CLI, once per test run (the
    answering test and the show-rows check share it); skipped when ../shared holds no real sets."""
    import asyncio

    from tests.realnews import REAL_SETS, build_database
    from tests.test_cli import greenlight

    if not all(p.exists() for p in REAL_SETS):
        pytest.skip("the real article sets are absent")
    db = tmp_path_factory.mktemp("realnews") / "greenlight.db"
    return db, asyncio.run(build_database(db, greenlight))
