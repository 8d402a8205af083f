"""What each CLI command does: core calls plus terminal output. cli.py only parses arguments."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
import time
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, TypeVar

from bot.cli.terminal import Progress, table
from bot.config import Settings
from bot.errors import SourceError
from bot.ingest.fetch import Fetcher
from bot.ingest.opml import default_opml_path
from bot.ingest.poll import ProgressFn, SourceOutcome
from bot.ingest.sources import add_source, export_opml, import_opml, remove_source, resolve_source
from bot.models import PollSummary
from bot.service import CycleResult, Service
from bot.store import Store
from bot.timeutil import ago, utcnow

T = TypeVar("T")


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
        analysed = await _understand_backlog(store, fetcher, settings)
    out(f"Added source {src.id}: {src.title}")
    out(f"  {src.url}")
    newest = preview.newest
    out(f"  {len(preview.feed.entries)} items; newest: {newest.title if newest else '(none)'}")
    out(
        f"  These items are the baseline ({analysed} analysed for answers); only items that appear later are announced."
    )
    return 0


async def _understand_backlog(store: Store, fetcher: Fetcher, settings: Settings) -> int:
    service = Service(store, fetcher, settings)
    try:
        return await service.understand_backlog()
    finally:
        await service.close()


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
    all_failed = False
    async with Fetcher(settings) as fetcher:
        service = Service(store, fetcher, settings)
        try:
            while True:
                nothing_due = not store.due_sources(utcnow())
                # Even with nothing due, a cycle finishes what an interrupted one left on the to-do list.
                done = await _unless_stopped(_cycle_and_backlog(service, show), stop)
                if done is not None:
                    result, analysed, seconds = done
                    if nothing_due and once:
                        out(_nothing_due(store))
                    else:
                        print_summary(result.summary)
                    if analysed:
                        out(f"Background: {analysed} older articles analysed and searchable {seconds:.1f} s later.")
                    all_failed = result.summary.failed > 0 and not (
                        result.summary.fetched + result.summary.not_modified
                    )
                if once or stop.is_set():
                    break
                try:
                    await asyncio.wait_for(stop.wait(), timeout=min(settings.poll_interval, 60))
                except TimeoutError:
                    pass
                if stop.is_set():
                    break
        finally:
            await service.close()
    if stop.is_set():
        out("Stopped cleanly.")
    return 1 if once and all_failed else 0


def _nothing_due(store: Store) -> str:
    waiting = [s.next_poll_at for s in store.list_sources() if s.status != "disabled" and s.next_poll_at]
    if not waiting:
        return "No source is due: there are no enabled sources. Add one with `greenlight sources add URL`."
    return f"No source is due yet; the next one is due {ago(min(waiting), utcnow())}."


async def _cycle_and_backlog(service: Service, show: ProgressFn | None) -> tuple[CycleResult, int, float]:
    """A cycle, then the baseline of new sources analysed and indexed (old news becomes answerable)."""
    result = await service.cycle(progress=show)
    started = time.monotonic()
    analysed = await service.understand_backlog()
    await asyncio.to_thread(service.store.index_all)
    return result, analysed, time.monotonic() - started


async def _unless_stopped(work: Coroutine[Any, Any, T], stop: asyncio.Event) -> T | None:
    """The work, cancelled when Ctrl-C arrives: each article is committed with its stories and deliveries, and
    what was not analysed yet stays on the database's to-do list for the next start."""
    task = asyncio.ensure_future(work)
    stopper = asyncio.ensure_future(stop.wait())
    await asyncio.wait({task, stopper}, return_when=asyncio.FIRST_COMPLETED)
    stopper.cancel()
    if task.done():
        return task.result()
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    return None


# ---------------------------------------------------------------- ask


def ask(store: Store, question: str, *, as_json: bool) -> int:
    import json

    from bot.answers.compose import answer_question
    from bot.render.answers import answer_text
    from bot.stories.recorder import StoryRecorder

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
