"""WAL checkpoints on their own connection and thread, so a writer never waits for the disk to sync.

With synchronous=NORMAL a commit only appends to the write-ahead log; the expensive part (copying pages into
the database file and fsync) happens at checkpoints. SQLite runs those inside whichever commit crosses the
threshold, which stalled the poll cycle for the length of an fsync every few hundred rows (measured on this
project's 2-core machine: about 0.5 ms a feed of 50 items, a sixth of a cold cycle at the time). Here a thread
checkpoints instead; the writer's own automatic checkpoint stays as a backstop at a much larger threshold in case
this thread falls behind.

That is not enough on its own: SQLite starts the log afresh only when a write begins after every frame has been
copied, which never happens while a poll writes a feed every few milliseconds. The log then grew to the backstop,
and the writer's own checkpoint stalled the event loop for 100-300 ms (benchmarks/responsive.py). So the bulk writers
ask `wants_restart` between writes and, when the log is long, pause (awaiting, never blocking the loop) while
`catch_up` copies the rest: their next write starts the log from its beginning.
"""

from __future__ import annotations

import logging
import sqlite3
import threading

log = logging.getLogger(__name__)

BACKSTOP_PAGES = 16_384  # the writer checkpoints itself only past ~64 MB of log (4 KiB pages)
RESTART_FRAMES = 4_096  # past ~16 MB of log, the bulk writers pause once for the log to start afresh


class Checkpointer:
    def __init__(self, path: str, interval: float = 0.5) -> None:
        self._path = path
        self._interval = interval
        self._stop = threading.Event()
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()  # one checkpoint at a time: the thread's or a catch_up
        self.frames = 0  # the log's length at the last checkpoint
        self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        conn = sqlite3.connect(self._path, check_same_thread=False, isolation_level=None)
        try:
            conn.execute("PRAGMA busy_timeout=5000")
            self._conn = conn
            while not self._stop.wait(self._interval):
                self._checkpoint()
        finally:
            with self._lock:
                self._conn = None
                conn.close()

    def _checkpoint(self) -> bool:
        """True when every frame of the log is in the database file now."""
        with self._lock:
            if self._conn is None:
                return False
            try:
                # PASSIVE never blocks readers or the writer; frames still in use wait for the next round.
                _, frames, copied = self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            except sqlite3.Error as exc:  # a busy or vanished file must not kill the thread
                log.warning("background WAL checkpoint failed: %s", exc)
                return False
            self.frames = frames
            return frames == copied

    @property
    def wants_restart(self) -> bool:
        return self.frames >= RESTART_FRAMES

    def catch_up(self, tries: int = 3) -> None:
        """Copy the whole log while the bulk writers wait (on a thread: this takes an fsync or two)."""
        for _ in range(tries):
            if self._checkpoint():
                self.frames = 0  # the next write starts the log afresh
                return

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
