"""greenlight — the command line. Calls the same core functions as the Discord cogs."""

from __future__ import annotations

import argparse
import asyncio
import os
import select
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from bot import __version__
from bot.cleaning import for_terminal
from bot.config import Settings, configure_logging, load_settings
from bot.errors import ConfigError, GreenlightError
from bot.timeutil import utcnow

EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 128 + signal.SIGPIPE  # what a shell reports for a tool ended by SIGPIPE


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="greenlight", description="Greenlight: TV-show news for Discord communities.")
    p.add_argument("--version", action="version", version=f"greenlight {__version__}")
    p.add_argument("--db", metavar="PATH", help="database file (default: GREENLIGHT_DB or ./greenlight.db)")
    p.add_argument("--env-file", metavar="PATH", help="settings file to read (default: .env, when there is one)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    demo = sub.add_parser("demo", help="run the whole pipeline on bundled sample feeds (no token, no internet)")
    demo.add_argument("--keep", metavar="PATH", help="keep the demo database at PATH")

    poll = sub.add_parser("poll", help="poll due sources (forever, or once with --once)")
    poll.add_argument("--once", action="store_true", help="one cycle of due sources, then a summary")
    poll.add_argument("--now", action="store_true", help="one cycle of every enabled source, due or not")

    src = sub.add_parser("sources", help="add, list, remove, import and export sources")
    ssub = src.add_subparsers(dest="action", metavar="ACTION")
    ssub.required = True
    add = ssub.add_parser("add", help="add a feed URL (fetched once to check it)")
    add.add_argument("url")
    add.add_argument("--name", help="a display name instead of the feed's own title")
    ls = ssub.add_parser("list", help="a table of sources")
    ls.add_argument("--full", action="store_true", help="show each problem in full instead of cut to fit")
    show = ssub.add_parser("show", help="everything about one source, its whole last error included")
    show.add_argument("source", help="the source's number or URL")
    rm = ssub.add_parser("remove", help="stop polling and listing a source (its articles stay for answers)")
    rm.add_argument("source", help="the source's number or URL")
    en = ssub.add_parser("enable", help="re-enable a paused or disabled source")
    en.add_argument("source", help="the source's number or URL")
    pause = ssub.add_parser("pause", help="stop polling a source until it is enabled again")
    pause.add_argument("source", help="the source's number or URL")
    check = ssub.add_parser("check", help="fetch one source now and say what it found")
    check.add_argument("source", help="the source's number or URL")
    imp = ssub.add_parser("import-opml", help="add every feed of an OPML file")
    imp.add_argument("file", nargs="?", help="OPML file")
    imp.add_argument("--defaults", action="store_true", help="the bundled list of TV-news feeds")
    exp = ssub.add_parser("export-opml", help="write sources as OPML to FILE ('-' or none: standard output)")
    exp.add_argument("file", nargs="?", help="a new file; an existing one only with --force, never a database")
    exp.add_argument("--force", action="store_true", help="replace FILE if it exists (never a database)")

    ana = sub.add_parser("analyze", help="analyse JSON lines of {id,title,text}; '-' reads standard input")
    ana.add_argument("file")

    ask = sub.add_parser("ask", help="answer a question from what Greenlight has gathered")
    ask.add_argument("question", help='e.g. "what do we know about season 2 of Jessica Jones?"')
    ask.add_argument("--json", action="store_true", help="print the structured answer as JSON")

    sub.add_parser("run", help="start the Discord bot (needs DISCORD_TOKEN)")
    from bot.cli import pictures  # the weekly digest and pictures (matplotlib is imported only when one is drawn)

    pictures.add_parsers(sub)
    from bot.cli import watch

    watch.add_parsers(sub)
    sub.add_parser("health", help="is the bot connected, when did it last poll, how many alerts wait (exit 0: healthy)")
    backup = sub.add_parser("backup", help="copy the database to PATH safely, even while the bot runs")
    backup.add_argument("path", help="a new file for the copy")
    backup.add_argument("--force", action="store_true", help="replace PATH if it exists (never the database itself)")
    return p


def load(args: argparse.Namespace) -> Settings:
    dotenv = Path(".env")  # optional unless named
    if args.env_file is not None:
        dotenv = Path(args.env_file).expanduser()
        if not dotenv.is_file():
            problem = "it is a folder" if dotenv.is_dir() else "there is no such file"
            raise ConfigError(f"--env-file {args.env_file}", problem, "a file of KEY=VALUE lines, such as .env")
    try:
        settings = load_settings(dotenv=dotenv)
    except OSError as exc:
        raise ConfigError(str(dotenv), f"it cannot be read ({exc.strerror})", "a readable settings file") from None
    except UnicodeDecodeError:
        raise ConfigError(str(dotenv), "it is not UTF-8 text", "a text file of KEY=VALUE lines") from None
    if args.db:
        settings = settings.with_overrides(db_path=Path(args.db).expanduser())
    long_running = args.command == "run" or (args.command == "poll" and not (args.once or args.now))
    configure_logging(settings, long_running=long_running)
    return settings


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        if not _stdout_gone():
            raise
        # The reader went away (`greenlight ask … | head -1`): stop quietly, as other Unix tools do. Standard output
        # now points at /dev/null so the interpreter's last flush does not complain either.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):  # standard output without a descriptor of its own (embedded, tests)
            pass
        return EXIT_BROKEN_PIPE


def _stdout_gone() -> bool:
    """Whether standard output is a pipe nobody reads any more (a broken pipe elsewhere is a real error)."""
    try:
        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(events & select.POLLERR for _, events in poller.poll(0))
    except (OSError, ValueError):
        return True


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load(args)
    except ConfigError as exc:
        print(for_terminal(f"greenlight: setting {exc}"), file=sys.stderr)
        return EXIT_USAGE
    try:
        return dispatch(args, settings)
    except ConfigError as exc:
        print(for_terminal(f"greenlight: setting {exc}"), file=sys.stderr)
        return EXIT_USAGE
    except GreenlightError as exc:
        print(for_terminal(f"greenlight: {exc}"), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("greenlight: stopped.", file=sys.stderr)
        return 130


def dispatch(args: argparse.Namespace, settings: Settings) -> int:
    from bot.cli import commands  # imported late: argparse errors stay fast

    if args.command == "demo":
        from bot.demo.run import run_demo

        return asyncio.run(run_demo(settings, keep=Path(args.keep) if args.keep else None))
    if args.command == "analyze":
        return commands.analyze(args.file)
    if args.command == "run":
        return commands.run_bot(settings)
    if args.command == "backup":
        return commands.backup(settings, args.path, force=args.force)
    if args.command == "health":
        return commands.health(settings)
    store = commands.open_store(settings, (args.command, getattr(args, "action", None)))
    unused = False  # made by this command, which then failed before storing anything
    try:
        with store:
            try:
                if args.command == "poll":
                    return asyncio.run(commands.poll(store, settings, once=args.once or args.now, now=args.now))
                if args.command == "sources":
                    return commands.sources(store, settings, args)
                if args.command == "ask":
                    return commands.ask(store, args.question, as_json=args.json)
                if args.command in ("scorecard", "timeline", "digest"):
                    from bot.cli import pictures

                    return pictures.run(store, args, utcnow())
                if args.command == "watchlist":
                    from bot.cli import watch

                    return watch.run(store, settings, args)
            except GreenlightError:
                unused = store.created and store.count_sources() == 0
                raise
    finally:
        if unused:
            commands.forget_new_database(store)
    raise AssertionError(f"unhandled command {args.command}")
