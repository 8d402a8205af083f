"""greenlight scorecard | timeline | digest: the pictures and the weekly digest, drawn in this process."""

from __future__ import annotations

import argparse
import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.errors import CommandError

if TYPE_CHECKING:  # the parser is built before any command runs: the rest is imported when one does
    from bot.pictures.data import Picture
    from bot.store import Store

_SINCE = re.compile(r"^\s*(\d{1,4})\s*([hdw])\s*$", re.IGNORECASE)
_UNIT = {"h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    sc = sub.add_parser("scorecard", help="draw the year's renewals, cancellations and orders per network (PNG)")
    sc.add_argument("--network", help="one network: its shows are named")
    sc.add_argument("--year", type=int, help="the year (default: this year)")
    sc.add_argument("--out", required=True, metavar="FILE", help="the PNG to write, e.g. scorecard.png")
    sc.add_argument("--force", action="store_true", help="replace FILE if it exists")
    tl = sub.add_parser("timeline", help="draw a show's seasons (TVmaze) and its news (PNG)")
    tl.add_argument("show", help='the show\'s title, e.g. "Severance"')
    tl.add_argument("--out", required=True, metavar="FILE", help="the PNG to write, e.g. timeline.png")
    tl.add_argument("--force", action="store_true", help="replace FILE if it exists")
    dg = sub.add_parser("digest", help="the weekly digest of a period, as text (and its picture with --out)")
    dg.add_argument("--since", default="7d", help="how far back: 7d, 2w, 48h (default: 7d)")
    dg.add_argument("--channel", type=int, help="a Discord channel id: only the shows it follows")
    dg.add_argument("--out", metavar="FILE", help="also write the digest's picture here")
    dg.add_argument("--force", action="store_true", help="replace FILE if it exists")


def parse_since(text: str) -> timedelta:
    m = _SINCE.match(text)
    if not m or int(m.group(1)) == 0:
        raise CommandError(f"--since {text[:20]!r} is not a period. Use a number and h, d or w: 48h, 7d, 2w.")
    return int(m.group(1)) * _UNIT[m.group(2).lower()]


def draw_to(store: Store, picture: Picture, name: str, *, force: bool) -> None:
    from bot.cli.commands import out, write_new_file
    from bot.pictures.draw import render  # matplotlib: imported only when a picture is drawn
    from bot.pictures.render import PNG_MAX

    png = render(picture)
    if len(png) > PNG_MAX:
        raise CommandError(f"The picture came out at {len(png)} bytes, over the {PNG_MAX} limit; nothing written.")
    write_new_file(store, name, png, force=force)
    out(f"Wrote {name} ({len(png) // 1024} KB). {picture.alt}")


def run(store: Store, args: argparse.Namespace, now: datetime) -> int:
    from bot.cli.commands import out
    from bot.digest.compose import build_digest, channel_shows, digest_picture, digest_text
    from bot.pictures.data import scorecard, timeline

    if args.command == "scorecard":
        draw_to(store, scorecard(store, network=args.network, year=args.year or now.year), args.out, force=args.force)
        return 0
    if args.command == "timeline":
        draw_to(store, timeline(store, args.show, today=now.date()), args.out, force=args.force)
        return 0
    shows = channel_shows(store, args.channel) if args.channel else None
    digest = build_digest(store, start=now - parse_since(args.since), end=now, show_ids=shows)
    out(digest_text(digest))
    if args.out:
        picture = digest_picture(digest)
        if picture is None:
            out("\nNo renewals, cancellations or orders in that period: no picture written.")
        else:
            out("")
            draw_to(store, picture, args.out, force=args.force)
    return 0
