"""Queries for `greenlight health` and the Docker healthcheck: the bot's gateway state and the outbox backlog."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bot.store.base import StoreBase
from bot.timeutil import from_db, to_db


@dataclass(frozen=True)
class GatewayState:
    connected: bool
    changed_at: datetime  # when it connected or lost the connection
    heartbeat_at: datetime  # the running bot writes this every tick
    pid: int | None


class HealthQueries(StoreBase):
    def record_gateway(self, connected: bool, now: datetime) -> None:
        """The bot connected to (or lost) Discord's gateway."""
        with self._tx():
            self.db.execute(
                """INSERT INTO bot_health (id, connected, changed_at, heartbeat_at, pid) VALUES (1, ?, ?, ?, ?)
                   ON CONFLICT (id) DO UPDATE SET connected = excluded.connected, changed_at = excluded.changed_at,
                     heartbeat_at = excluded.heartbeat_at, pid = excluded.pid""",
                [int(connected), to_db(now), to_db(now), os.getpid()],
            )

    def record_heartbeat(self, now: datetime) -> None:
        with self._tx():
            self.db.execute("UPDATE bot_health SET heartbeat_at = ? WHERE id = 1", [to_db(now)])

    def gateway_state(self) -> GatewayState | None:
        rows = self._rows("SELECT * FROM bot_health WHERE id = 1")
        if not rows:
            return None
        r = rows[0]
        return GatewayState(bool(r["connected"]), from_db(r["changed_at"]), from_db(r["heartbeat_at"]), r["pid"])  # type: ignore[arg-type]

    def pending_deliveries(self) -> tuple[int, datetime | None]:
        """Alerts queued and not sent yet, and when the oldest was queued."""
        row = self.db.execute("SELECT COUNT(*), MIN(created_at) FROM deliveries WHERE status = 'pending'").fetchone()
        return row[0], from_db(row[1])


def backup_database(source: Path, target: Path) -> int:
    """Copy the database at `source` to the new file `target` with SQLite's online backup API, in one step: one read
    snapshot (in WAL mode the bot's writes go on meanwhile; copying a few pages per step would restart the copy after
    every write of a busy bot), including what is still in the write-ahead log. The copy is checked before it is
    kept. Returns its size in bytes."""
    import sqlite3

    partial = target.with_name(target.name + ".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)  # pages=-1: everything under one snapshot
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            problem = dst.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dst.close()
    finally:
        src.close()
    if problem != "ok":
        partial.unlink(missing_ok=True)
        raise OSError(f"the copy failed SQLite's check ({problem})")
    partial.replace(target)
    return target.stat().st_size
