"""greenlight watchlist MEMBER_ID [--forget]: a member's watchlist, or deleting every row about them (a data request
the operator handles) — the same core functions as /watchlist and /watch clear."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from bot.errors import CommandError

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.store import Store


def add_parsers(sub: argparse._SubParsersAction) -> None:
    wl = sub.add_parser("watchlist", help="a member's personal watchlist (/watch), or --forget every row about them")
    wl.add_argument("member", help="the member's Discord user id")
    wl.add_argument("--forget", action="store_true", help="delete their watchlist and every record of it")


def run(store: Store, settings: Settings, args: argparse.Namespace) -> int:
    from bot.cli.commands import out
    from bot.render.watch import PAUSED_WORDS
    from bot.watch.core import clear_member

    if not args.member.isdigit():
        raise CommandError(f"{args.member[:30]!r} is not a Discord user id: a number such as 123456789012345678.")
    member = int(args.member)
    if args.forget:
        n = clear_member(store, member)
        out(f"Deleted {n} row(s) about member {member}." if n else f"Nothing is stored about member {member}.")
        return 0
    watches = store.watches(member)
    out(f"Member {member} watches {len(watches)} of at most {settings.max_watches} shows.")
    for w in watches:
        events = ", ".join(w.events) if w.events else "every news event"
        paused = f", paused: {PAUSED_WORDS.get(w.paused_reason, w.paused_reason)}" if w.paused_reason else ""
        out(f"  {w.show} ({events}; added in server {w.guild_id}{paused})")
    return 0
