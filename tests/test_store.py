import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.errors import SourceError, StoreError
from bot.models import Entry
from bot.store import Store, migrations

T0 = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def entry(guid: str, title: str = "Show renewed", text: str = "body") -> Entry:
    return Entry(
        guid=guid,
        title=title,
        link=f"https://example.com/{guid}",
        published=T0,
        text=text,
        summary_raw=f"<p>{text}</p>",
    )


def test_entries_dedupe_across_polls_and_baseline_is_not_new(store: Store):
    src = store.add_source("https://example.com/feed", title="Ex", added_by="test", now=T0)
    first = store.store_entries(src.id, [entry("a"), entry("b"), entry("b")], now=T0, baseline=True)
    assert [a.guid for a in first.inserted] == ["a", "b"]
    assert not any(a.is_new for a in first.inserted)
    second = store.store_entries(src.id, [entry("a"), entry("b"), entry("c")], now=T0, baseline=False)
    assert [a.guid for a in second.inserted] == ["c"]
    assert second.seen == 2
    assert second.inserted[0].is_new
    assert store.count_articles() == 3


def test_same_guid_in_two_sources_is_two_articles(store: Store):
    a = store.add_source("https://a.example/feed", title=None, added_by=None, now=T0)
    b = store.add_source("https://b.example/feed", title=None, added_by=None, now=T0)
    store.store_entries(a.id, [entry("x")], now=T0, baseline=False)
    store.store_entries(b.id, [entry("x")], now=T0, baseline=False)
    assert store.count_articles() == 2


def test_duplicate_source_is_refused_politely(store: Store):
    store.add_source("https://example.com/feed", title=None, added_by=None, now=T0)
    with pytest.raises(SourceError, match="already a source"):
        store.add_source("https://example.com/feed", title=None, added_by=None, now=T0)


def test_full_text_search_quotes_user_text(store: Store):
    src = store.add_source("https://example.com/feed", title=None, added_by=None, now=T0)
    store.store_entries(
        src.id,
        [
            entry("a", 'Night Agent season 2: "Night" falls', "Netflix renewed it."),
            entry("b", "Other news", "Nothing here."),
        ],
        now=T0,
        baseline=False,
    )
    hits = store.search_articles('season 2: "Night')
    assert [a.guid for a in hits] == ["a"]
    assert store.search_articles("renewed")[0].guid == "a"
    assert store.search_articles("   ") == []


def test_a_removed_source_is_not_polled_nor_listed_but_keeps_its_articles(store: Store):
    src = store.add_source("https://example.com/feed", title="Wire", added_by=None, now=T0)
    store.store_entries(src.id, [entry("a", "Ozark cancelled")], now=T0, baseline=False)
    store.remove_source(src.id, T0)
    assert store.list_sources() == [] and store.due_sources(T0) == [] and store.find_source(src.id) is None
    assert [a.guid for a in store.search_articles("Ozark")] == ["a"]  # stories and answers keep their source
    assert store.count_articles() == 1
    again = store.add_source("https://example.com/feed", title="Wire again", added_by=None, now=T0)
    assert again.id == src.id and again.article_count == 1 and store.due_sources(T0)[0].id == src.id
    assert again.last_ok_at is None  # its next fetch is a baseline: what it missed meanwhile is not announced


def test_validators_and_failures_survive_a_restart(db_path: Path):
    with Store.open(db_path) as s:
        src = s.add_source("https://example.com/feed", title=None, added_by="mod", now=T0)
        s.record_success(
            src.id,
            now=T0,
            next_poll_at=T0 + timedelta(minutes=15),
            etag='"v1"',
            last_modified="Fri, 20 Nov 2026 12:00:00 GMT",
            title="Example",
        )
        s.record_success(src.id, now=T0, next_poll_at=T0 + timedelta(minutes=30), etag=None, last_modified=None)
        s.record_failure(src.id, now=T0, error="The server answered 500.", next_poll_at=T0 + timedelta(hours=1))
    with Store.open(db_path) as s:
        again = s.get_source(src.id)
    assert again.etag == '"v1"'  # a 304 without validators keeps the old ones
    assert again.last_modified == "Fri, 20 Nov 2026 12:00:00 GMT"
    assert again.title == "Example"
    assert again.failures == 1 and again.last_error == "The server answered 500."
    assert again.next_poll_at == T0 + timedelta(hours=1)
    assert again.added_by == "mod" and again.added_at == T0


def test_due_sources_skip_disabled_and_future(store: Store):
    due = store.add_source("https://a.example/feed", title=None, added_by=None, now=T0)
    later = store.add_source("https://b.example/feed", title=None, added_by=None, now=T0)
    off = store.add_source("https://c.example/feed", title=None, added_by=None, now=T0)
    store.record_success(later.id, now=T0, next_poll_at=T0 + timedelta(hours=1), etag=None, last_modified=None)
    store.disable_source(off.id, "Disabled after 10 failures")
    assert [s.id for s in store.due_sources(T0)] == [due.id]
    assert {s.id for s in store.due_sources(T0 + timedelta(hours=2))} == {due.id, later.id}
    store.enable_source(off.id)
    assert off.id in {s.id for s in store.due_sources(T0)}


def test_migrations_run_twice_are_harmless(db_path: Path):
    Store.open(db_path).close()
    with Store.open(db_path) as s:
        migrations.apply(s.db)
        names = [m.name for m in migrations.applied(s.db)]
    assert len(names) == len(set(names)) == len(migrations._migrations)


def test_older_database_is_migrated_and_keeps_its_rows(db_path: Path):
    # Build a database with only the first migration, as an older Greenlight would have left it.
    import sqlite_utils

    db = sqlite_utils.Database(db_path)
    first = migrations._migrations[0].name
    migrations.apply(db, stop_before=[m.name for m in migrations._migrations[1:]] or None)
    db.execute(
        "INSERT INTO sources (url, added_at) VALUES ('https://old.example/feed', '2026-01-01T00:00:00.000000+00:00')"
    )
    db.conn.commit()
    db.conn.close()
    with Store.open(db_path) as s:
        assert [m.name for m in migrations.applied(s.db)][0] == first
        assert len(migrations.applied(s.db)) == len(migrations._migrations)
        assert s.find_source("https://old.example/feed") is not None


def test_database_from_a_newer_version_is_refused(db_path: Path):
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('greenlight', 'm999_future', 'x')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer Greenlight"):
        Store.open(db_path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path):
    bad = tmp_path / "notes.db"
    bad.write_text("these are my notes, not a database " * 100)
    with pytest.raises(StoreError, match="not a Greenlight database"):
        Store.open(bad)
    assert bad.read_text().startswith("these are my notes")


def test_background_checkpoint_moves_the_log_into_the_database_file(db_path: Path):
    """Writers never checkpoint below ~64 MB of log; the store's own thread must copy the pages in soon after."""
    import threading
    import time

    with Store.open(db_path) as store:
        src = store.add_source("https://example.com/feed", title="Ex", added_by="test", now=T0)
        text = "word " * 400
        store.store_entries(src.id, [entry(f"g{i}", text=text) for i in range(1000)], now=T0, baseline=True)
        deadline = time.monotonic() + 10
        while db_path.stat().st_size < 1_000_000 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert db_path.stat().st_size >= 1_000_000  # ~2 MB of rows reached the database file itself
    assert not any(t.name == "wal-checkpoint" and t.is_alive() for t in threading.enumerate())


async def test_a_long_log_starts_afresh_once_the_writers_make_room(db_path: Path):
    """SQLite starts the log afresh only when a write begins after every frame was copied. While feeds are stored
    one after another that never happens (here a reader's snapshot stands in for the writes that land during each
    checkpoint), so the log grew to the writer's own backstop checkpoint, run inside a commit on the event loop.
    The writers' pause (wal_room) lets the checkpointer copy it all, and the next write starts the log afresh."""
    import struct

    from bot.store.checkpoint import RESTART_FRAMES, Checkpointer

    def log_frames() -> int:  # mxFrame in the wal-index header, read without checkpointing anything
        with open(f"{db_path}-shm", "rb") as shm:
            return struct.unpack("=I", shm.read(20)[16:20])[0]

    text = "word " * 2000  # ~10 KB a row
    with Store.open(db_path) as store:
        assert store._checkpointer is not None
        store._checkpointer.stop()
        checkpointer = store._checkpointer = Checkpointer(str(db_path), interval=3600)  # checkpoints when told
        try:
            src = store.add_source("https://example.com/feed", title="Ex", added_by="test", now=T0)
            for n in range(0, 2400, 100):
                store.store_entries(src.id, [entry(f"g{n + i}", text=text) for i in range(100)], now=T0, baseline=True)
            reader = sqlite3.connect(db_path)
            reader.execute("BEGIN")
            reader.execute("SELECT count(*) FROM articles").fetchone()
            store.store_entries(src.id, [entry(f"h{i}", text=text) for i in range(100)], now=T0, baseline=True)
            assert not checkpointer._checkpoint()  # the frames written after the reader's snapshot stay in the log
            reader.execute("COMMIT")
            reader.close()
            assert checkpointer.wants_restart
            before = log_frames()
            assert before >= RESTART_FRAMES
            store.store_entries(src.id, [entry("without-room")], now=T0, baseline=True)
            assert log_frames() > before  # a write alone appends: the log never starts afresh
            await store.wal_room()
            assert not checkpointer.wants_restart
            store.store_entries(src.id, [entry("after-room")], now=T0, baseline=True)
            assert log_frames() < 100
        finally:
            checkpointer.stop()
