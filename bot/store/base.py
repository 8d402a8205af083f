"""Opening, migrating and closing the database; the lock and transaction helpers every query uses."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Self

import sqlite_utils

from bot.errors import StoreError
from bot.store.checkpoint import BACKSTOP_PAGES, Checkpointer
from bot.store.schema import migrations, unknown_migrations


class StoreBase:
    """The connection, its lock and transactions; query mixins build on these."""

    def __init__(self, db: sqlite_utils.Database, path: str) -> None:
        self.db = db
        self.path = path
        # Search-index backlog batches run on a worker thread while the poller and commands use the event loop:
        # one lock keeps their transactions from interleaving on the shared connection.
        self._lock = threading.RLock()
        self._checkpointer: Checkpointer | None = None

    @contextmanager
    def _tx(self) -> Iterator[None]:
        with self._lock, self.db.atomic():
            yield

    def transaction(self) -> AbstractContextManager[None]:
        """Several store calls as one commit (the calls inside become savepoints)."""
        return self._tx()

    # ------------------------------------------------------------ lifecycle

    @classmethod
    def open(cls, path: str | Path) -> Self:
        path = str(path)
        on_disk = path != ":memory:"
        if on_disk:
            parent = Path(path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(
                    f"The folder for the database does not exist: {parent}. Create it or choose another GREENLIGHT_DB."
                )
        try:
            conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            db = sqlite_utils.Database(conn)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA busy_timeout=5000")
            if on_disk:
                db.execute(f"PRAGMA wal_autocheckpoint={BACKSTOP_PAGES}")
            unknown = unknown_migrations(db)
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{path} is not a Greenlight database ({exc}). Point GREENLIGHT_DB at another file."
            ) from None
        if unknown:
            conn.close()
            raise StoreError(
                f"{path} was written by a newer Greenlight (it has migrations this version does not know: "
                f"{', '.join(unknown)}). Upgrade Greenlight, or use another database file."
            )
        migrations.apply(db)
        store = cls(db, path)
        if on_disk:
            store._checkpointer = Checkpointer(path)
        return store

    def close(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.stop()
            self._checkpointer = None
        self.db.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _rows(self, sql: str, params: Iterable[object] = ()) -> list[dict]:
        with self._lock:
            cursor = self.db.execute(sql, list(params))
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    @staticmethod
    def _where(**conditions: object) -> tuple[str, list[object]]:
        """'col = ?' for every condition that is not None: the optional filters of list queries."""
        parts = [f"{column.replace('__', '.')} = ?" for column, value in conditions.items() if value is not None]
        return " AND ".join(parts) or "1=1", [v for v in conditions.values() if v is not None]
