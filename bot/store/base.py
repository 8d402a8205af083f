"""Opening, migrating and closing the database; the lock and transaction helpers every query uses."""

from __future__ import annotations

import asyncio
import fcntl
import os
import socket
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Self

import sqlite_utils

from bot.errors import PollerLockedError, StorageError, StoreError
from bot.store.checkpoint import BACKSTOP_PAGES, Checkpointer
from bot.store.schema import MIGRATION_SET, migrations, unknown_migrations
from bot.timeutil import utcnow

BUSY_TIMEOUT = 5.0  # seconds a statement waits for another connection's lock before it fails as "locked"
SQLITE_HEADER = b"SQLite format 3\x00"
LOCK_SUFFIX = ".lock"
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", LOCK_SUFFIX)  # files beside a database that are part of it
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_NOTADB = 5, 6, 26
ELSEWHERE = "Greenlight leaves it untouched; choose another file with --db or GREENLIGHT_DB."

# sqlite3 error codes (primary code: the low byte) that mean the storage failed, not the SQL.
_STORAGE_PROBLEMS = {
    3: "permission denied",  # SQLITE_PERM
    SQLITE_BUSY: "it stayed locked by another connection for {timeout:g} s",
    SQLITE_LOCKED: "it stayed locked by another connection for {timeout:g} s",
    7: "out of memory",  # SQLITE_NOMEM
    8: "it is read-only",  # SQLITE_READONLY
    10: "a disk input/output error",  # SQLITE_IOERR
    11: "the file is damaged",  # SQLITE_CORRUPT
    13: "the disk is full",  # SQLITE_FULL
    14: "the file cannot be opened (was it moved or deleted?)",  # SQLITE_CANTOPEN
    15: "a locking protocol error",  # SQLITE_PROTOCOL
    SQLITE_NOTADB: "the file is not a database",
}


def storage_error(path: str, exc: sqlite3.Error) -> StorageError | None:
    """A StorageError with one clear sentence for a failure of the disk or the file; None for anything else
    (a bug in a query stays a bug and keeps its traceback)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None or (code & 0xFF) not in _STORAGE_PROBLEMS:
        return None
    problem = _STORAGE_PROBLEMS[code & 0xFF].format(timeout=BUSY_TIMEOUT)
    return StorageError(f"The database {path} could not be used: {problem} ({exc}).")


@contextmanager
def storage_errors(path: str) -> Iterator[None]:
    """Re-raise a failure of the disk or the file as StorageError; other sqlite3 errors pass unchanged."""
    try:
        yield
    except sqlite3.Error as exc:
        error = storage_error(path, exc)
        if error is None:
            raise
        raise error from exc


def is_sqlite_file(path: Path, *, strict: bool = False) -> bool:
    """Whether the file starts with SQLite's header. A file that cannot be read is not one, unless `strict`
    (then the OSError is raised)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        if strict:
            raise
        return False


class PollerLock:
    """The right to poll one database: an exclusive flock on `<database>.lock`, held by one process at a time.

    The lock file holds the holder's pid, host and start time so a refused process can say who has it. The kernel
    releases a flock when its holder exits, however it exits, so a crashed poller never leaves a stale lock."""

    NO_FILE = -1  # the "descriptor" of an in-memory database's lock: no other process can open that database

    def __init__(self, database: Path | None) -> None:
        self.database = database
        self.path = None if database is None else database.with_name(database.name + LOCK_SUFFIX)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        if self.path is None:
            self._fd = self.NO_FILE
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise StoreError(f"Cannot create the poller lock file {self.path}: {exc.strerror}.") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").split()
            os.close(fd)
            pid = int(holder[0]) if holder and holder[0].isdigit() else None
            who = "pid unknown: it is just starting"
            if pid is not None:
                who = f"pid {pid}" + (f" on {holder[1]}" if len(holder) > 1 else "")
                who += f", since {holder[2]}" if len(holder) > 2 else ""
            raise PollerLockedError(
                f"Another Greenlight process ({who}) is already polling {self.database}. Only one process polls a "
                "database at a time: stop that one first, or let it do the polling.",
                pid,
            ) from None
        except OSError as exc:
            os.close(fd)
            raise StoreError(f"Cannot lock {self.path}: {exc.strerror}.") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()} {socket.gethostname()} {utcnow():%Y-%m-%dT%H:%M:%SZ}\n".encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if fd == self.NO_FILE:
            return
        try:
            os.ftruncate(fd, 0)  # the file stays (removing it would race with the next holder); only the pid goes
        finally:
            os.close(fd)  # closing releases the flock

    def __enter__(self) -> Self:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


class StoreBase:
    """The connection, its lock and transactions; query mixins build on these."""

    def __init__(self, db: sqlite_utils.Database, path: str, *, readonly: bool = False, created: bool = False) -> None:
        self.db = db
        self.path = path
        self.readonly = readonly  # opened with mode=ro: no migrations, no WAL switch, no checkpointer
        self.created = created  # there was no database (or an empty file) at `path` before this open
        self.file: Path | None = None if path == ":memory:" else Path(path).expanduser().resolve()
        self._identity = self._stat_identity()
        # Search-index backlog batches run on a worker thread while the poller and commands use the event loop:
        # one lock keeps their transactions from interleaving on the shared connection.
        self._lock = threading.RLock()
        self._checkpointer: Checkpointer | None = None
        self._catching_up: asyncio.Future[None] | None = None

    @contextmanager
    def _tx(self) -> Iterator[None]:
        with storage_errors(self.path), self._lock, self.db.atomic():
            yield

    async def wal_room(self) -> None:
        """Called by bulk writers between transactions: when the write-ahead log has grown long, wait (without
        blocking the loop) for the checkpointer to copy all of it, so the next write starts it afresh instead of
        SQLite's backstop checkpointing inside a commit on the loop (see bot/store/checkpoint.py)."""
        checkpointer = self._checkpointer
        if checkpointer is None or not checkpointer.wants_restart:
            return
        if self._catching_up is None or self._catching_up.done():
            self._catching_up = asyncio.ensure_future(asyncio.to_thread(checkpointer.catch_up))
        await asyncio.shield(self._catching_up)

    def transaction(self) -> AbstractContextManager[None]:
        """Several store calls as one commit (the calls inside become savepoints).

        A failure of the disk or the file (full, locked past the busy timeout, read-only, damaged) is raised as
        StorageError with one clear message: the database failed, not whatever the caller was doing."""
        return self._tx()

    # ------------------------------------------------------------ lifecycle

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool | None = False) -> Self:
        """Open a Greenlight database, creating it when there is none, and bring its schema up to date.

        readonly=False: read and write; a file or folder that cannot be written is refused with the reason.
        readonly=True: read only (mode=ro): no migrations, no WAL switch, no checkpointer; the file must exist.
        readonly=None: read-write when the file can be written, read-only when it cannot (commands that only read).
        Nothing in an existing file changes before it is known to be Greenlight's (or empty): another program's
        SQLite file is refused untouched. `store.created` says whether a new database was made.
        """
        if str(path) == ":memory:":
            return cls._finish(cls._connect(":memory:", readonly=False), ":memory:", readonly=False, created=True)
        shown = str(path)
        file = Path(path).expanduser().resolve()
        folder = file.parent
        if file.is_dir():
            raise StoreError(
                f"{shown} is a folder, not a database file. Give a file path such as {file / 'greenlight.db'}."
            )
        if not folder.is_dir():
            raise StoreError(
                f"The folder for the database does not exist: {folder}. Create it or choose another GREENLIGHT_DB."
            )
        exists = file.exists()
        created = not exists or file.stat().st_size == 0
        if not created:
            cls._check_header(file, shown)
        folder_writable = os.access(folder, os.W_OK)
        writable = folder_writable and (not exists or os.access(file, os.W_OK))
        if readonly is None:
            readonly = exists and not writable
        if readonly and created:
            raise StoreError(f"{shown} holds no database yet, so there is nothing to read.")
        if not readonly and not writable:
            if not exists:
                raise StoreError(f"Cannot create the database {shown}: no permission to create files in {folder}.")
            why = (
                "the file is not writable"
                if not os.access(file, os.W_OK)
                else f"its folder {folder} is not writable, so SQLite cannot keep its -wal and -shm files beside it"
            )
            raise StoreError(
                f"{shown} is read-only ({why}). Commands that only read it (ask, sources list, sources show, "
                "sources export-opml) still work; this one writes."
            )
        try:
            conn = cls._connect(file, readonly=readonly)
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot open the database {shown}: {exc}.") from None
        try:
            return cls._finish(conn, shown, readonly=readonly, created=created)
        except BaseException:
            conn.close()
            raise

    @staticmethod
    def _connect(file: Path | str, *, readonly: bool) -> sqlite3.Connection:
        def connect(target: str, uri: bool = False) -> sqlite3.Connection:
            return sqlite3.connect(target, uri=uri, timeout=BUSY_TIMEOUT, check_same_thread=False, isolation_level=None)

        if not readonly:
            return connect(str(file))
        uri = Path(file).as_uri() + "?mode=ro"
        conn = connect(uri, uri=True)
        try:
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:
            conn.close()
            if Path(f"{file}-wal").exists():
                raise
        # A WAL database in a folder that cannot be written: a reader cannot create the -shm file it needs. With
        # no -wal file there is nothing unmerged, so the main file is the whole database and can be read as is.
        return connect(uri + "&immutable=1", uri=True)

    @staticmethod
    def _check_header(file: Path, shown: str) -> None:
        try:
            sqlite = is_sqlite_file(file, strict=True)
        except OSError as exc:
            raise StoreError(f"Cannot read the database {shown}: {exc.strerror}.") from None
        if not sqlite:
            raise StoreError(f"{shown} is not a Greenlight database: it is not an SQLite file at all. {ELSEWHERE}")

    @staticmethod
    def _check_ours(db: sqlite_utils.Database, shown: str) -> None:
        """Refuse a non-empty SQLite file that Greenlight did not make, before anything in it changes."""
        tables = [
            row[0]
            for row in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                " ORDER BY name"
            ).fetchall()
        ]
        if not tables:
            return  # an empty database: Greenlight makes its tables
        if migrations.migrations_table in tables:
            sets = {row[0] for row in db.execute(f"SELECT DISTINCT migration_set FROM [{migrations.migrations_table}]")}
            if MIGRATION_SET in sets or (not sets and tables == [migrations.migrations_table]):
                return  # Greenlight's, or a first open that stopped before its first migration
        listed = ", ".join(tables[:8]) + (f" and {len(tables) - 8} more" if len(tables) > 8 else "")
        raise StoreError(
            f"{shown} is not a Greenlight database: it is another program's SQLite database (tables: {listed}). "
            + ELSEWHERE
        )

    @classmethod
    def _finish(cls, conn: sqlite3.Connection, shown: str, *, readonly: bool, created: bool) -> Self:
        db = sqlite_utils.Database(conn)
        on_disk = shown != ":memory:"
        try:
            cls._check_ours(db, shown)
            if not readonly:
                cls._use_wal(db)
                db.execute("PRAGMA synchronous=NORMAL")
                if on_disk:
                    db.execute(f"PRAGMA wal_autocheckpoint={BACKSTOP_PAGES}")
            db.execute("PRAGMA foreign_keys=ON")
            unknown = unknown_migrations(db)
            pending = [m.name for m in migrations.pending(db)]
        except sqlite3.DatabaseError as exc:
            error = storage_error(shown, exc)
            if error is not None and (getattr(exc, "sqlite_errorcode", 0) & 0xFF) != SQLITE_NOTADB:
                raise error from None
            raise StoreError(f"{shown} is not a Greenlight database ({exc}). {ELSEWHERE}") from None
        if unknown:
            raise StoreError(
                f"{shown} was written by a newer Greenlight (it has migrations this version does not know: "
                f"{', '.join(unknown)}). Upgrade Greenlight, or use another database file."
            )
        if pending and readonly:
            raise StoreError(
                f"{shown} was written by an older Greenlight and needs upgrading ({', '.join(pending)}), but it can "
                "only be read here. Run any command on it once with permission to write it, to upgrade it."
            )
        if pending:
            cls._migrate(db, shown)
        store = cls(db, shown, readonly=readonly, created=created)
        if on_disk and not readonly:
            store._checkpointer = Checkpointer(str(store.file))
        return store

    @staticmethod
    def _use_wal(db: sqlite_utils.Database) -> None:
        """Switching to WAL needs an exclusive lock, and SQLite does not wait for that one (no busy handler): while
        another process opens the same new file and makes the same switch, try again until the busy timeout."""
        deadline = time.monotonic() + BUSY_TIMEOUT
        while True:
            try:
                db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if getattr(exc, "sqlite_errorcode", 0) & 0xFF not in (SQLITE_BUSY, SQLITE_LOCKED):
                    raise
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    @staticmethod
    def _migrate(db: sqlite_utils.Database, shown: str) -> None:
        """All pending migrations in one write transaction: two processes opening a new file at once do not both
        run the first migration (the second waits, then finds nothing pending)."""
        with storage_errors(shown):
            db.execute("BEGIN IMMEDIATE")
            try:
                migrations.apply(db)
                db.execute("COMMIT")
            except BaseException:
                if db.conn.in_transaction:
                    db.execute("ROLLBACK")
                raise

    def close(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.stop()
            self._checkpointer = None
        self.db.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ one process at a time; the file itself

    def poller_lock(self) -> PollerLock:
        """The right to poll this database, as a context manager (or .acquire() / .release()).

        Raises PollerLockedError, naming the holder's pid, when another process polls it already. Take it before
        the first cycle and hold it until polling stops; it is per process, so take it once, not per cycle.
        An in-memory database (no other process can open it) gets a lock that always succeeds."""
        if self.readonly:
            raise StoreError(f"{self.path} is open read-only: it cannot be polled.")
        return PollerLock(self.file)

    def own_files(self) -> list[Path]:
        """The database file and the files beside it that are part of it (-wal, -shm, -journal, .lock)."""
        if self.file is None:
            return []
        return [self.file] + [self.file.with_name(self.file.name + suffix) for suffix in COMPANION_SUFFIXES]

    def _stat_identity(self) -> tuple[int, int] | None:
        if self.file is None:
            return None
        try:
            st = self.file.stat()
        except OSError:
            return None
        return (st.st_dev, st.st_ino)

    def ensure_file(self) -> None:
        """Raise StorageError when the database file was deleted or replaced since it was opened: this process
        would go on writing to a file nobody else can see, and the next command would make a new, empty one."""
        if self.file is not None and self._stat_identity() != self._identity:
            raise StorageError(
                f"The database file {self.path} was deleted or replaced while Greenlight had it open. Stopping, "
                "so nothing more is written where no one can read it."
            )

    def _rows(self, sql: str, params: Iterable[object] = ()) -> list[dict]:
        with storage_errors(self.path), self._lock:
            cursor = self.db.execute(sql, list(params))
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    @staticmethod
    def _where(**conditions: object) -> tuple[str, list[object]]:
        """'col = ?' for every condition that is not None: the optional filters of list queries."""
        parts = [f"{column.replace('__', '.')} = ?" for column, value in conditions.items() if value is not None]
        return " AND ".join(parts) or "1=1", [v for v in conditions.values() if v is not None]
