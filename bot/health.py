"""Is the bot healthy? Read from the database the running bot writes to, so `greenlight health` (and the container's
healthcheck) can ask from another process: the gateway connection, the last poll cycle, the pending alerts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.store import Store
from bot.timeutil import ago

HEARTBEAT_SECONDS = 30.0  # how often the running bot says it is alive
HEARTBEAT_STALE = timedelta(minutes=3)
CYCLE_SLACK = timedelta(minutes=5)  # beyond two poll intervals, before a quiet poller counts as stuck


@dataclass(frozen=True)
class HealthReport:
    healthy: bool
    lines: tuple[str, ...]  # "gateway: …", "last cycle: …", "pending deliveries: …", then the verdict


def health_report(store: Store, now: datetime, poll_interval: float) -> HealthReport:
    problems: list[str] = []
    lines: list[str] = []
    gateway = store.gateway_state()
    if gateway is None:
        lines.append("gateway: never connected (is `greenlight run` running on this database?)")
        problems.append("the bot has never connected")
    elif now - gateway.heartbeat_at > HEARTBEAT_STALE:
        lines.append(f"gateway: no sign of the bot since {ago(gateway.heartbeat_at, now)} (pid {gateway.pid})")
        problems.append("the bot is not running")
    elif gateway.connected:
        lines.append(f"gateway: connected {ago(gateway.changed_at, now)} (pid {gateway.pid})")
    else:
        lines.append(f"gateway: disconnected {ago(gateway.changed_at, now)}; discord.py is reconnecting")
        problems.append("the gateway is not connected")
    last = store.last_poll_run()
    sources = [s for s in store.list_sources() if s.status not in ("disabled", "paused")]
    if last is None:
        lines.append("last cycle: none yet" + ("" if sources else " (no enabled sources)"))
        if sources and gateway is not None and now - gateway.changed_at > CYCLE_SLACK:
            problems.append("no poll cycle has run")
    else:
        finished, summary = last
        lines.append(
            f"last cycle: {ago(finished, now)} (fetched {summary.fetched}, not modified {summary.not_modified}, "
            f"failed {summary.failed})"
        )
        if sources and now - finished > timedelta(seconds=2 * poll_interval) + CYCLE_SLACK:
            problems.append("no poll cycle for more than two poll intervals")
    pending, oldest = store.pending_deliveries()
    lines.append(f"pending deliveries: {pending}" + (f" (oldest queued {ago(oldest, now)})" if oldest else ""))
    lines.append("status: healthy" if not problems else "status: unhealthy — " + "; ".join(problems))
    return HealthReport(not problems, tuple(lines))
