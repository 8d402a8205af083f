"""WAL checkpoints on their own connection and thread, so a writer never waits for the disk to sync.

With synchronous=NORMAL a commit only appends to the write-ahead log; the expensive part (copying pages into
the database file and fsync) happens at checkpoints. SQLite runs those inside whichever commit crosses the
threshold, which stalled the poll cycle for the length of an fsync every few hundred rows (measured on this
project's 2-core machine: about 0.5 ms a feed of 50 items, a sixth of a cold cycle at the time). Here a thread
checkpoints instead; the writer's own automatic checkpoint stays as a backstop at a much larger threshold in case
this thread falls behind.
"""

from __future__ import annotations

import logging
import sqlite3
import threading

log = logging.getLogger(__name__)

BACKSTOP_PAGES = 16_384  # the writer checkpoints itself only past ~64 MB of log (4 KiB pages)


class Checkpointer:
    def __init__(self, path: str, interval: float = 0.5) -> None:
        self._path = path
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        conn = sqlite3.connect(self._path, check_same_thread=False, isolation_level=None)
        try:
            conn.execute("PRAGMA busy_timeout=5000")
            while not self._stop.wait(self._interval):
                self._checkpoint(conn)
        finally:
            conn.close()

    @staticmethod
    def _checkpoint(conn: sqlite3.Connection) -> None:
        try:
            # PASSIVE never blocks readers or the writer; frames still in use wait for the next round.
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except sqlite3.Error as exc:  # a busy or vanished file must not kill the thread
            log.warning("background WAL checkpoint failed: %s", exc)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
