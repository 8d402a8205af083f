"""What each CLI command does: core calls plus terminal output. cli.py only parses arguments."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from pathlib import Path

from bot.cli.terminal import Progress, table
from bot.config import Settings
from bot.cycle import CycleResult, run_cycle
from bot.errors import SourceError
from bot.ingest.fetch import Fetcher
from bot.ingest.opml import default_opml_path
from bot.ingest.poll import Poller, ProgressFn, SourceOutcome
from bot.ingest.sources import add_source, export_opml, import_opml, remove_source, resolve_source
from bot.models import PollSummary
from bot.store import Store
from bot.stories.recorder import StoryRecorder
from bot.timeutil import ago, utcnow


def out(text: str = "") -> None:
    print(text, flush=True)


# ---------------------------------------------------------------- sources


def sources(store: Store, settings: Settings, args: argparse.Namespace) -> int:
    action = args.action
    if action == "add":
        return asyncio.run(_sources_add(store, settings, args.url, args.name))
    if action == "list":
        return sources_list(store)
    if action == "remove":
        src = remove_source(store, args.source)
        out(f"Removed source {src.id}: {src.title or src.url} (and its {src.article_count} stored articles).")
        return 0
    if action == "enable":
        src = resolve_source(store, args.source)
        store.enable_source(src.id)
        out(f"Source {src.id} is enabled again and will be polled on the next cycle.")
        return 0
    if action == "import-opml":
        if args.defaults == bool(args.file):
            raise SourceError("Give either an OPML file or --defaults (the bundled TV-news feeds).")
        path = default_opml_path() if args.defaults else Path(args.file)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SourceError(f"Cannot read {path}: {exc.strerror}.") from None
        report = import_opml(store, data, added_by="cli", now=utcnow())
        for url in report.added:
            out(f"added    {url}")
        for url, reason in report.skipped:
            out(f"skipped  {url} ({reason})")
        out(f"{len(report.added)} added, {len(report.skipped)} skipped. They are fetched on the next poll.")
        return 0
    if action == "export-opml":
        data = export_opml(store)
        if args.file:
            Path(args.file).write_bytes(data)
            out(f"Wrote {len(store.list_sources())} sources to {args.file}.")
        else:
            sys.stdout.write(data.decode("utf-8"))
        return 0
    raise AssertionError(action)


async def _sources_add(store: Store, settings: Settings, url: str, name: str | None) -> int:
    async with Fetcher(settings) as fetcher:
        src, preview = await add_source(
            store, fetcher, url, name=name, added_by="cli", now=utcnow(), poll_interval=settings.poll_interval
        )
    out(f"Added source {src.id}: {src.title}")
    out(f"  {src.url}")
    newest = preview.newest
    out(f"  {len(preview.feed.entries)} items; newest: {newest.title if newest else '(none)'}")
    out("  These items are stored as the baseline; only items that appear later are announced.")
    return 0


def sources_list(store: Store) -> int:
    rows = store.list_sources()
    if not rows:
        out("No sources yet. Add one with `greenlight sources add URL` or `greenlight sources import-opml --defaults`.")
        return 0
    now = utcnow()
    out(
        table(
            ["#", "status", "title", "last fetch", "failures", "articles", "problem"],
            [
                [
                    s.id,
                    s.status,
                    s.title or s.url,
                    ago(s.last_fetched_at, now),
                    s.failures,
                    s.article_count,
                    s.disabled_reason or s.last_error or "",
                ]
                for s in rows
            ],
        )
    )
    return 0


# ---------------------------------------------------------------- polling


def print_summary(summary: PollSummary) -> None:
    out(
        f"Sources fetched: {summary.fetched}, not modified: {summary.not_modified}, failed: {summary.failed}. "
        f"New articles: {summary.new_articles}."
    )
    for url, reason in summary.errors[:20]:
        out(f"  failed  {url}: {reason}")
    for url in summary.disabled:
        out(f"  disabled {url} (too many failures in a row; `greenlight sources enable` turns it back on)")


async def poll(store: Store, settings: Settings, *, once: bool) -> int:
    progress = Progress()

    def show(done: int, total: int, outcome: SourceOutcome) -> None:
        progress.update(done, total, f"{outcome.status:<12} {outcome.source.title or outcome.source.url}")

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    async with Fetcher(settings) as fetcher:
        poller = Poller(store, fetcher, settings, recorder=StoryRecorder(store, fetcher))
        while True:
            summary, _ = await _cycle_until(poller, show, stop)
            if summary is not None:
                print_summary(summary)
            if once or stop.is_set():
                break
            try:
                await asyncio.wait_for(stop.wait(), timeout=min(settings.poll_interval, 60))
            except TimeoutError:
                pass
            if stop.is_set():
                break
    if stop.is_set():
        out("Stopped cleanly.")
    return 0


async def _cycle_and_index(poller: Poller, show: ProgressFn | None) -> CycleResult:
    result = await run_cycle(poller, progress=show)
    await asyncio.to_thread(poller.store.index_all)  # old news from new sources becomes searchable
    return result


async def _cycle_until(
    poller: Poller, show: ProgressFn | None, stop: asyncio.Event
) -> tuple[PollSummary | None, list[SourceOutcome]]:
    """One cycle, cancelled when Ctrl-C arrives: stored rows are committed per source, so nothing is half-written."""
    cycle = asyncio.ensure_future(_cycle_and_index(poller, show))
    stopper = asyncio.ensure_future(stop.wait())
    await asyncio.wait({cycle, stopper}, return_when=asyncio.FIRST_COMPLETED)
    stopper.cancel()
    if cycle.done():
        summary, outcomes, _queued = cycle.result()
        return summary, outcomes
    cycle.cancel()
    try:
        await cycle
    except asyncio.CancelledError:
        pass
    return None, []


# ---------------------------------------------------------------- ask


def ask(store: Store, question: str, *, as_json: bool) -> int:
    import json

    from bot.answers.compose import answer_question
    from bot.render.answers import answer_text

    answer = answer_question(store, StoryRecorder(store), question)
    if as_json:
        out(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        out(answer_text(answer))
    return 0 if answer.kind in ("answer", "nothing_for_season") else 1


# ---------------------------------------------------------------- analyze / run


def analyze(file: str) -> int:
    from bot.understand.batch import analyze_jsonl

    if file == "-":
        errors = analyze_jsonl(sys.stdin, sys.stdout)
    else:
        try:
            handle = open(file, encoding="utf-8")
        except OSError as exc:
            raise SourceError(f"Cannot read {file}: {exc.strerror}.") from None
        with handle:
            errors = analyze_jsonl(handle, sys.stdout)
    return 1 if errors else 0


def run_bot(settings: Settings) -> int:
    from bot.errors import ConfigError

    if not settings.discord_token:
        raise ConfigError(
            "DISCORD_TOKEN",
            "it is not set",
            "the bot token from https://discord.com/developers/applications → your app → Bot → Reset Token "
            "(put DISCORD_TOKEN=... in .env; see README 'Discord setup')",
        )
    from bot.app import run

    return run(settings)
