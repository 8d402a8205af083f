"""One whole cycle, the same for `greenlight poll`, the demo and the bot: poll due sources (ingest), record
what they say (stories), plan deliveries (alerts), and remember the run for /greenlight status."""

from __future__ import annotations

from bot.alerts.outbox import plan_deliveries
from bot.ingest.poll import Poller, ProgressFn, SourceOutcome
from bot.models import PollSummary

CycleResult = tuple[PollSummary, list[SourceOutcome], int]


async def run_cycle(poller: Poller, progress: ProgressFn | None = None) -> CycleResult:
    """Poll the due sources, queue alerts for new stories; returns (summary, outcomes, deliveries queued)."""
    started = poller.clock()
    summary, outcomes = await poller.poll(progress=progress)
    finished = poller.clock()
    updates = [u for o in outcomes for u in o.story_updates]
    queued = plan_deliveries(poller.store, updates, finished)
    poller.store.record_poll_run(started, finished, summary)
    return summary, outcomes, queued
