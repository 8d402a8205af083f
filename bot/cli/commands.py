"""What each CLI command does: core calls plus terminal output. cli.py only parses arguments."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sqlite3
import sys
import time
from collections.abc import Coroutine, Sequence
from pathlib import Path
from typing import Any, TypeVar

from bot.cleaning import for_terminal
from bot.cli.terminal import Progress, fields, story_text, table
from bot.config import Settings
from bot.errors import CommandError, ConfigError, SourceError
from bot.health import health_report
from bot.ingest.fetch import Fetcher
from bot.ingest.network_words import MAX_MESSAGE
from bot.ingest.opml import default_opml_path
from bot.ingest.poll import ProgressFn, SourceOutcome
from bot.ingest.sources import (
    SourceLimits,
    add_source,
    enable_source,
    export_opml,
    import_opml,
    pause_source,
    remove_source,
    removed_text,
    resolve_source,
)
from bot.models import PollSummary
from bot.render.admin import check_text
from bot.service import CycleResult, Service
from bot.store import Store
from bot.store.base import COMPANION_SUFFIXES, is_sqlite_file
from bot.store.health import backup_database
from bot.timeutil import ago, utcnow
from bot.words import count

T = TypeVar("T")


def out(text: str = "") -> None:
    print(for_terminal(text), flush=True)  # stored text came from outside: no escape sequence reaches a terminal


def note(text: str) -> None:
    """A remark about the run itself, on standard error so it never mixes with a command's output."""
    print(for_terminal(f"greenlight: {text}"), file=sys.stderr, flush=True)


# Commands that only read the database: they also work on one that cannot be written (opened read-only then).
READS = {("sources", "list"), ("sources", "show"), ("sources", "export-opml"), ("ask", None)}
READS |= {("scorecard", None), ("timeline", None), ("digest", None)}  # pictures and the digest only read
# Commands that are expected to start a new database; any other that creates one says it found none.
CREATES = {("sources", "add"), ("sources", "import-opml"), ("run", None)}


def forget_new_database(store: Store) -> None:
    """Delete a database this command created and then failed in before storing anything (a refused import or
    add): a mistyped --db must not leave an empty database behind. Called after the store is closed."""
    for path in store.own_files():
        path.unlink(missing_ok=True)


def open_store(settings: Settings, command: tuple[str, str | None]) -> Store:
    """The database for `command` (a (command, action) pair); making a new one is always said, on stderr."""
    store = Store.open(settings.db_path, readonly=None if command in READS else False)
    if store.created:
        where = store.file or store.path
        if command in CREATES:
            note(f"created a new database at {where}.")
        else:
            note(
                f"created a new database at {where}: there was none. If you expected one, check --db or "
                "GREENLIGHT_DB (or whether the file was deleted)."
            )
    return store


# ---------------------------------------------------------------- sources

FETCHED_WHEN = (
    "They are fetched on the next poll: within a minute while `greenlight run` or `greenlight poll` is running "
    "(what their feeds hold then is background, never announced). To fetch them now: `greenlight poll --now`."
)


def sources(store: Store, settings: Settings, args: argparse.Namespace) -> int:
    action = args.action
    if action == "add":
        return asyncio.run(_sources_add(store, settings, args.url, args.name))
    if action == "list":
        return sources_list(store, full=args.full)
    if action == "show":
        return sources_show(store, args.source)
    if action == "remove":
        out(removed_text(remove_source(store, args.source, utcnow())))
        return 0
    if action == "enable":
        out(enable_source(store, args.source)[1])
        return 0
    if action == "pause":
        src = pause_source(store, args.source)
        out(f"Source {src.id} is paused: it is not polled until `greenlight sources enable {src.id}`.")
        return 0
    if action == "check":
        return asyncio.run(_sources_check(store, settings, args.source))
    if action == "import-opml":
        if args.defaults == bool(args.file):
            raise SourceError("Give either an OPML file or --defaults (the bundled TV-news feeds).")
        path = default_opml_path() if args.defaults else Path(args.file)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SourceError(f"Cannot read {path}: {exc.strerror}.") from None
        report = import_opml(
            store,
            data,
            added_by="cli",
            now=utcnow(),
            allow_private=settings.allow_private_sources,
            private_hosts=settings.private_hosts,
            limits=SourceLimits.of(settings),
        )
        for url in report.added:
            out(f"added    {url}")
        for url, reason in report.skipped:
            out(f"skipped  {url} ({reason})")
        out(f"{len(report.added)} added, {len(report.skipped)} skipped.")
        if report.added:
            out(FETCHED_WHEN)
        return 0
    if action == "export-opml":
        data = export_opml(store)
        if args.file in (None, "-"):
            sys.stdout.write(for_terminal(data.decode("utf-8")))
            sys.stdout.flush()
            return 0
        write_new_file(store, args.file, data, force=args.force)
        out(f"Wrote {len(store.list_sources())} sources to {args.file}.")
        return 0
    raise AssertionError(action)


def write_new_file(store: Store, name: str, data: bytes, *, force: bool) -> None:
    """Write `data` to the file `name`: never over the database in use or its -wal/-shm, never over any SQLite
    database (or beside one, as its -wal/-shm/-journal), and over another existing file only with `force`."""
    target = Path(name).expanduser()
    where = target.resolve()
    own = store.own_files()
    if where in own or any(where.exists() and p.exists() and where.samefile(p) for p in own):
        raise CommandError(f"Refusing to write over {name}: it is the database in use ({store.path}).")
    if where.is_dir():
        raise CommandError(f"Cannot write {name}: it is a folder. Give a file name, such as {target / 'feeds.opml'}.")
    for suffix in COMPANION_SUFFIXES:
        if where.name.endswith(suffix) and is_sqlite_file(where.with_name(where.name.removesuffix(suffix))):
            raise CommandError(f"Refusing to write {name}: it belongs to the SQLite database beside it.")
    if is_sqlite_file(where):
        raise CommandError(
            f"Refusing to write over {name}: it is an SQLite database (perhaps another Greenlight's), not an OPML "
            "file. Move or delete it yourself if it should go."
        )
    try:
        with where.open("wb" if force else "xb") as handle:
            handle.write(data)
    except FileExistsError:
        raise CommandError(f"{name} already exists. Add --force to replace it.") from None
    except OSError as exc:
        raise CommandError(f"Cannot write {name}: {exc.strerror}.") from None


async def _sources_add(store: Store, settings: Settings, url: str, name: str | None) -> int:
    async with Fetcher(settings) as fetcher:
        src, preview = await add_source(
            store,
            fetcher,
            url,
            name=name,
            added_by="cli",
            now=utcnow(),
            poll_interval=settings.poll_interval,
            limits=SourceLimits.of(settings),
        )
        analysed = await _understand_backlog(store, fetcher, settings)
    out(f"Added source {src.id}: {src.title}")
    out(f"  {src.url}")
    newest = preview.newest
    out(f"  {count(len(preview.feed.entries), 'item')}; newest: {newest.title if newest else '(none)'}")
    out(
        f"  These items are the baseline ({analysed} analysed for answers); only items that appear later are announced."
    )
    return 0


async def _sources_check(store: Store, settings: Settings, url_or_id: str) -> int:
    source = resolve_source(store, url_or_id)
    async with Fetcher(settings) as fetcher:
        service = Service(store, fetcher, settings)
        try:
            with store.poller_lock():
                outcome, announced = await service.check_source(source)
        finally:
            await service.close()
    out(check_text(outcome, store.stories(ids=announced, limit=100) if announced else []))
    return 1 if outcome.status == "failed" else 0


async def _understand_backlog(store: Store, fetcher: Fetcher, settings: Settings) -> int:
    service = Service(store, fetcher, settings)
    try:
        return await service.understand_backlog()
    finally:
        await service.close()


def sources_list(store: Store, *, full: bool = False) -> int:
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
                    s.disabled_reason or s.last_error or s.last_note or "",
                ]
                for s in rows
            ],
            max_width=None if full else MAX_MESSAGE,  # a network problem is said whole
        )
    )
    return 0


def sources_show(store: Store, url_or_id: str) -> int:
    """Everything stored about one source, nothing cut."""
    s = resolve_source(store, url_or_id)
    now = utcnow()
    out(
        fields(
            [
                ("source", s.id),
                ("title", s.title or "(none yet)"),
                ("address", s.url),
                ("status", s.status),
                ("added", f"{ago(s.added_at, now)}" + (f" by {s.added_by}" if s.added_by else "")),
                ("last fetch", ago(s.last_fetched_at, now)),
                ("last success", ago(s.last_ok_at, now)),
                (
                    "next poll",
                    "when enabled" if s.disabled_reason else ago(s.next_poll_at, now).replace("never", "now"),
                ),
                ("failures in a row", s.failures),
                ("articles", s.article_count),
                ("newest", s.newest_title),
                ("disabled", s.disabled_reason),
                ("last error", s.last_error),
                ("note", s.last_note),
            ]
        )
    )
    return 0


# ---------------------------------------------------------------- polling


def print_summary(summary: PollSummary) -> None:
    out(
        f"Sources fetched: {summary.fetched}, not modified: {summary.not_modified}, failed: {summary.failed}. "
        f"New articles: {summary.new_articles}." + _baseline_note(summary)
    )
    for url, reason in summary.errors[:20]:
        out(f"  failed  {url}: {reason}")
    for url in summary.disabled:
        out(f"  disabled {url} (too many failures in a row; `greenlight sources enable` turns it back on)")


def _baseline_note(summary: PollSummary) -> str:
    """A first poll stores what the feeds hold without announcing it: "New articles: 0" alone reads as nothing."""
    if not summary.baseline_sources:
        return ""
    many = summary.baseline_sources > 1
    return (
        f" First poll of {summary.baseline_sources} source{'s' if many else ''}: {summary.baseline} articles stored "
        "as the baseline (never announced); they are being analysed so questions can use them."
    )


STORIES_SHOWN = 20  # stories listed after a cycle; the rest are counted


def print_stories(store: Store, story_ids: Sequence[int]) -> None:
    """The stories a cycle found, as the demo shows them (each will be posted to the channels that follow it)."""
    if not story_ids:
        return
    stories = sorted(store.stories(ids=story_ids, limit=STORIES_SHOWN), key=lambda s: (s.first_seen, s.id))
    out(f"\n{count(len(story_ids), 'new story', 'new stories')}:\n")
    for story in stories:
        out(story_text(story) + "\n")
    if len(story_ids) > len(stories):
        out(f'… and {len(story_ids) - len(stories)} more: `greenlight ask "latest news"` lists them.')


async def poll(store: Store, settings: Settings, *, once: bool, now: bool = False) -> int:
    progress = Progress()

    def show(done: int, total: int, outcome: SourceOutcome) -> None:
        progress.update(done, total, f"{outcome.status:<12} {outcome.source.title or outcome.source.url}")

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    # One process polls a database at a time; a second one is refused with the holder's pid (PollerLockedError).
    with store.poller_lock():
        if now:  # `poll --now`: every enabled source is due, whatever its schedule or back-off says
            store.make_due(utcnow())
        all_failed = await _poll_loop(store, settings, show, stop, once=once)
    if stop.is_set():
        out("Stopped cleanly.")
    return 1 if once and all_failed else 0


async def _poll_loop(store: Store, settings: Settings, show: ProgressFn, stop: asyncio.Event, *, once: bool) -> bool:
    """Cycles until stopped (or one with --once); True when every source of the last cycle failed."""
    all_failed = False
    async with Fetcher(settings) as fetcher:
        service = Service(store, fetcher, settings)
        try:
            while True:
                store.ensure_file()  # a database deleted under a running poller stops it, never silently recreated
                nothing_due = not store.due_sources(utcnow())
                # Even with nothing due, a cycle finishes what an interrupted one left on the to-do list.
                done = await _unless_stopped(_cycle_and_backlog(service, show), stop)
                if done is not None:
                    result, analysed, seconds = done
                    if nothing_due and once:
                        out(_nothing_due(store))
                    else:
                        print_summary(result.summary)
                        print_stories(service.store, result.announced)
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
    return all_failed


def _nothing_due(store: Store) -> str:
    waiting = [s.next_poll_at for s in store.list_sources() if not s.disabled_reason and s.next_poll_at]
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
    # "No news about X" is an answer too; only a question without a show to look for is not
    return 1 if answer.kind in ("empty_question", "need_show") else 0


# ---------------------------------------------------------------- health / backup


def health(settings: Settings) -> int:
    """`greenlight health`: read-only, and never creates a database (a healthcheck may run before the bot starts)."""
    if not is_sqlite_file(settings.db_path.expanduser()):
        out(f"status: unhealthy — no database at {settings.db_path} yet (is `greenlight run` running with it?)")
        return 1
    with Store.open(settings.db_path, readonly=True) as store:
        report = health_report(store, utcnow(), settings.poll_interval)
    for line in report.lines:
        out(line)
    return 0 if report.healthy else 1


def backup(settings: Settings, name: str, *, force: bool) -> int:
    """`greenlight backup PATH`: SQLite's online backup of the database in use (the bot may keep running)."""
    source = settings.db_path.expanduser()
    if not is_sqlite_file(source):
        raise CommandError(f"There is no Greenlight database at {source} to back up (check --db or GREENLIGHT_DB).")
    target = Path(name).expanduser()
    own = [source, *(source.with_name(source.name + suffix) for suffix in COMPANION_SUFFIXES)]
    if any(target.resolve() == p.resolve() or (target.exists() and p.exists() and target.samefile(p)) for p in own):
        raise CommandError(f"Refusing to write the backup over {name}: it is the database in use or one of its files.")
    if target.is_dir():
        raise CommandError(f"{name} is a folder. Give a file name, such as {target / 'greenlight-backup.db'}.")
    if target.exists() and not force:
        raise CommandError(f"{name} already exists. Add --force to replace it, or choose a new name.")
    started = time.monotonic()
    try:
        size = backup_database(source, target)
    except (OSError, sqlite3.Error) as exc:
        raise CommandError(f"Could not back up {source} to {name}: {exc}.") from None
    out(f"Backed up {source} to {name} ({size:,} bytes, {time.monotonic() - started:.1f} s), checked with SQLite.")
    out(f"To restore: stop Greenlight, then `cp {name} {source}` and delete {source}-wal and {source}-shm if present.")
    return 0


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
    if not settings.discord_token:
        raise ConfigError(
            "DISCORD_TOKEN",
            "it is not set",
            "the bot token from https://discord.com/developers/applications → your app → Bot → Reset Token "
            "(put DISCORD_TOKEN=... in .env; see README 'Discord setup')",
        )
    open_store(settings, ("run", None)).close()  # database problems are reported before Discord is contacted
    from bot.app import run_bot as start

    return start(settings)
