"""Opening a database: what is refused (and left untouched), read-only use, storage failures, the poller lock."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.errors import PollerLockedError, StorageError, StoreError
from bot.store import Store, migrations

T0 = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Really read-only for this process: chmod for a normal user; root ignores modes, so the immutable flag."""
    if os.geteuid() == 0:
        done: list[Path] = []
        try:
            for p in paths:
                if subprocess.run(["chattr", "+i", str(p)], capture_output=True).returncode:
                    pytest.skip("running as root on a file system without chattr +i: nothing is read-only")
                done.append(p)
            yield
        finally:
            for p in done:
                subprocess.run(["chattr", "-i", str(p)], check=True)
    else:
        modes = {p: p.stat().st_mode for p in paths}
        try:
            for p in paths:
                p.chmod(0o555 if p.is_dir() else 0o444)
            yield
        finally:
            for p, mode in modes.items():
                p.chmod(mode)


def make_greenlight_db(path: Path, sources: int = 1) -> None:
    with Store.open(path) as s:
        for i in range(sources):
            s.add_source(f"https://example{i}.com/feed", title=f"Ex {i}", added_by="test", now=T0)


def test_another_programs_database_is_refused_and_left_exactly_as_it_was(tmp_path: Path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE foo (x INTEGER)")
    conn.execute("INSERT INTO foo VALUES (1)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    with pytest.raises(StoreError, match=r"not a Greenlight database: it is another program's SQLite .*tables: foo"):
        Store.open(other)
    with pytest.raises(StoreError, match="another program's"):
        Store.open(other, readonly=None)
    assert other.read_bytes() == before  # no tables added, and still in its own journal mode (not WAL)
    assert not Path(f"{other}-wal").exists()
    conn = sqlite3.connect(other)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == ["foo"]
    conn.close()


def test_an_empty_sqlite_file_becomes_a_new_database_and_says_it_was_created(tmp_path: Path):
    empty = tmp_path / "empty.db"
    empty.touch()
    with Store.open(empty) as s:
        assert s.created and not s.readonly
    with Store.open(tmp_path / "fresh.db") as s:
        assert s.created
    with Store.open(tmp_path / "fresh.db") as s:
        assert not s.created


def test_a_folder_is_named_as_a_folder(tmp_path: Path):
    with pytest.raises(StoreError, match="is a folder, not a database file") as err:
        Store.open(tmp_path)
    assert "not a Greenlight database" not in str(err.value)


def test_a_database_that_cannot_be_created_says_why(tmp_path: Path):
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only(folder), pytest.raises(StoreError, match="Cannot create the database .*no permission"):
        Store.open(folder / "g.db")
    with pytest.raises(StoreError, match="folder for the database does not exist"):
        Store.open(tmp_path / "missing" / "g.db")


def test_a_read_only_database_is_read_only_not_foreign(tmp_path: Path):
    db = tmp_path / "g.db"
    make_greenlight_db(db, sources=2)
    with read_only(db):
        with pytest.raises(StoreError, match=r"is read-only \(the file is not writable\)") as err:
            Store.open(db)
        assert "not a Greenlight database" not in str(err.value)
        with Store.open(db, readonly=None) as s:
            assert s.readonly and s._checkpointer is None
            assert [x.title for x in s.list_sources()] == ["Ex 0", "Ex 1"]
            with pytest.raises(StorageError, match="read-only"):
                s.enable_source(1)
        with Store.open(db, readonly=True) as s:
            assert len(s.list_sources()) == 2
    assert not any(t.name == "wal-checkpoint" and t.is_alive() for t in threading.enumerate())


def test_a_database_in_a_read_only_folder_can_still_be_read(tmp_path: Path):
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "g.db"
    make_greenlight_db(db)
    assert not Path(f"{db}-wal").exists()  # closed cleanly: SQLite removed its log
    with read_only(folder):
        with pytest.raises(StoreError, match="its folder .* is not writable"):
            Store.open(db)
        with Store.open(db, readonly=None) as s:
            assert s.readonly and [x.title for x in s.list_sources()] == ["Ex 0"]


def test_a_read_only_database_that_needs_migrations_says_so(tmp_path: Path):
    import sqlite_utils

    db = tmp_path / "old.db"
    old = sqlite_utils.Database(db)
    migrations.apply(old, stop_before=[m.name for m in migrations._migrations[1:]])
    old.conn.close()
    with read_only(db), pytest.raises(StoreError, match="older Greenlight and needs upgrading"):
        Store.open(db, readonly=None)
    with Store.open(db) as s:  # with write permission it upgrades as before
        assert not migrations.pending(s.db)


def test_read_only_open_of_a_missing_file_creates_nothing(tmp_path: Path):
    with pytest.raises(StoreError, match="no database yet"):
        Store.open(tmp_path / "none.db", readonly=True)
    assert not (tmp_path / "none.db").exists()


def test_busy_timeout_is_set_and_a_lock_held_too_long_is_a_storage_error(db_path: Path):
    with Store.open(db_path) as s:
        assert s.db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        s.db.execute("PRAGMA busy_timeout=100")  # the test need not wait the full five seconds
        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
        try:
            with pytest.raises(StorageError, match=r"could not be used: it stayed locked .*database is locked"):
                s.add_source("https://example.com/feed", title=None, added_by=None, now=T0)
        finally:
            other.execute("ROLLBACK")
            other.close()
        s.add_source("https://example.com/feed", title=None, added_by=None, now=T0)  # and it recovers


def test_a_full_disk_is_one_storage_error_and_nothing_half_written(db_path: Path):
    from bot.models import Entry

    with Store.open(db_path) as s:
        src = s.add_source("https://example.com/feed", title=None, added_by=None, now=T0)
        pages = s.db.execute("PRAGMA page_count").fetchone()[0]
        s.db.execute(f"PRAGMA max_page_count={pages + 2}")  # the database may not grow: as good as a full disk
        big = [Entry(f"g{i}", f"Title {i}", f"https://example.com/{i}", T0, "word " * 2000, "") for i in range(50)]
        with pytest.raises(StorageError, match="the disk is full"):
            s.store_entries(src.id, big, now=T0, baseline=True)
        assert s.count_articles() == 0


def test_a_query_bug_is_not_disguised_as_a_storage_error(store: Store):
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        store._rows("SELECT * FROM no_such_table")


def test_only_one_poller_per_database(db_path: Path):
    make_greenlight_db(db_path)
    with Store.open(db_path) as a, Store.open(db_path) as b:
        with a.poller_lock() as lock:
            assert lock.held and lock.path == db_path.with_name("greenlight.db.lock")
            with pytest.raises(PollerLockedError, match=f"pid {os.getpid()}") as err:
                b.poller_lock().acquire()
            assert err.value.pid == os.getpid() and "already polling" in str(err.value)
        with b.poller_lock():  # released: the next poller may start
            pass


def test_the_poller_lock_names_another_process_and_dies_with_it(db_path: Path):
    make_greenlight_db(db_path)
    root = Path(__file__).resolve().parents[1]
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from bot.store import Store\n"
            f"s = Store.open({str(db_path)!r}); s.poller_lock().acquire(); print('held', flush=True); time.sleep(60)",
        ],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with Store.open(db_path) as s:
            with pytest.raises(PollerLockedError) as err:
                s.poller_lock().acquire()
            assert err.value.pid == holder.pid and f"pid {holder.pid}" in str(err.value)
            holder.kill()  # a crash: no cleanup code runs, and the kernel still frees the lock
            holder.wait(10)
            with s.poller_lock() as lock:
                assert lock.held
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(10)


def test_an_in_memory_database_needs_no_lock_file():
    with Store.open(":memory:") as s, s.poller_lock() as lock:
        assert lock.held and lock.path is None


def test_a_read_only_store_cannot_be_polled(tmp_path: Path):
    db = tmp_path / "g.db"
    make_greenlight_db(db)
    with read_only(db), Store.open(db, readonly=None) as s, pytest.raises(StoreError, match="read-only"):
        s.poller_lock()


def test_a_database_deleted_while_open_is_noticed(db_path: Path):
    with Store.open(db_path) as s:
        s.ensure_file()
        db_path.unlink()
        with pytest.raises(StorageError, match="deleted or replaced"):
            s.ensure_file()


def test_processes_opening_a_new_database_at_the_same_moment_all_succeed(tmp_path: Path):
    """Each waits for the others' locks (busy timeout from the first statement) and the migrations run once."""
    for round_ in range(5):
        db = tmp_path / f"new{round_}.db"
        errors: list[BaseException] = []
        barrier = threading.Barrier(4)

        def open_it(db: Path = db, errors: list[BaseException] = errors, barrier: threading.Barrier = barrier) -> None:
            barrier.wait()
            try:
                Store.open(db).close()
            except BaseException as exc:  # collected: the assertion below shows it
                errors.append(exc)

        threads = [threading.Thread(target=open_it) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        with Store.open(db) as s:
            assert not migrations.pending(s.db)
