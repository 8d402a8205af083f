"""What a weekly digest says: the week's decisions for the shows a channel follows, each linking its story's first
source, the premieres of the next 14 days from the TVmaze cache, and a scorecard picture of the week."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.models import Story
from bot.pictures.data import Decision, Picture, ScorecardData, latest_decisions, scorecard_alt
from bot.render.safety import safe_text
from bot.render.views import DESCRIPTION_MAX, EmbedView, FileView, MessageView, embed_url
from bot.store import Store
from bot.tvmaze.models import ATTRIBUTION, TvShow

DIGEST_EVENTS = ("renewed", "cancelled", "ending", "ordered", "premiere")
HEADINGS = {
    "renewed": "Renewed",
    "cancelled": "Cancelled",
    "ending": "Ending",
    "ordered": "New series orders",
    "premiere": "Premiere dates announced",
}
PREMIERE_DAYS = 14
COLOUR = 0x009E73
PICTURE_NAME = "digest.png"


@dataclass(frozen=True)
class Digest:
    start: datetime  # UTC, included
    end: datetime  # UTC, excluded
    zone: str  # dates are shown in this time zone
    scope: str  # "the shows this channel follows" or "every show"
    sections: tuple[tuple[str, tuple[str, ...]], ...]  # (heading, lines), in DIGEST_EVENTS order, none empty
    premieres: tuple[str, ...]
    decisions: tuple[Decision, ...]  # for the picture: one per show, its latest of the week

    @property
    def empty(self) -> bool:
        return not self.sections and not self.premieres

    @property
    def period(self) -> str:
        zone = ZoneInfo(self.zone)
        first = self.start.astimezone(zone).date()
        last = (self.end - timedelta(microseconds=1)).astimezone(zone).date()
        return f"{first:%-d %b}{f' {first:%Y}' if first.year != last.year else ''} – {last:%-d %b %Y}"


def channel_shows(store: Store, channel_id: int) -> set[int] | None:
    """The shows a channel follows; None when it follows every show."""
    follows = store.follows(channel_id=channel_id)
    if any(f.show_id is None for f in follows):
        return None
    return {f.show_id for f in follows if f.show_id is not None}


def _phrase(story: Story) -> str:
    s = story.season
    if story.event == "renewed":
        return f" for season {s}" if s else ""
    if story.event == "cancelled":
        return f" after season {s - 1}" if s and s > 1 else (" before season 1" if s == 1 else "")
    if story.event == "ending":
        return f": season {s} is the last" if s else ": the coming season is the last"
    if story.event == "ordered":
        return ": new series" if s in (None, 1) else f": season {s}"
    return f" season {s}" if s else ""


def story_line(story: Story) -> str:
    """ "**Show** for season 3 (Network) — [Outlet](first source)": untrusted text escaped, the link checked."""
    line = f"**{safe_text(story.show)}**{_phrase(story)}"
    if story.network:
        line += f" ({safe_text(story.network)})"
    first = story.sources[0] if story.sources else None
    outlet = safe_text(first.outlet) if first else "source"
    link = embed_url(first.link if first else story.link)
    return line + (f" — [{outlet}]({link})" if link else (f" — {outlet}" if first else ""))


def _premiere_day(tv: TvShow, days: set[date]) -> tuple[date, int | None] | None:
    for season in tv.seasons:
        if season.premiere_date in days:
            return season.premiere_date, season.number
    nxt = tv.next_episode
    if nxt is not None and nxt.number == 1 and nxt.airdate in days:
        return nxt.airdate, nxt.season
    return None


def premiere_lines(store: Store, show_ids: set[int] | None, today: date) -> tuple[str, ...]:
    days = [today + timedelta(days=i) for i in range(PREMIERE_DAYS)]
    found = []
    for show_id, title, tv in store.premiering_shows(days):
        if show_ids is not None and show_id not in show_ids:
            continue
        hit = _premiere_day(tv, set(days))
        if hit is None:
            continue
        day, season = hit
        line = f"{day:%a %-d %b} — **{safe_text(title)}**" + (f" season {season}" if season else "")
        line += f" ({safe_text(tv.channel)})" if tv.channel else ""
        link = embed_url(tv.url)
        found.append((day, title.casefold(), line + (f" — [TVmaze]({link})" if link else "")))
    return tuple(line for *_, line in sorted(found))


def build_digest(
    store: Store, *, start: datetime, end: datetime, show_ids: set[int] | None, zone: str = "UTC"
) -> Digest:
    """The digest of [start, end): decisions first seen then, premieres in the 14 days from `end`'s local date."""
    stories = store.stories_between(start, end, events=DIGEST_EVENTS, show_ids=show_ids)
    sections = tuple(
        (HEADINGS[event], lines)
        for event in DIGEST_EVENTS
        if (lines := tuple(story_line(s) for s in stories if s.event == event))
    )
    today = end.astimezone(ZoneInfo(zone)).date()
    scope = "every show" if show_ids is None else "the shows this channel follows"
    return Digest(start, end, zone, scope, sections, premiere_lines(store, show_ids, today), latest_decisions(stories))


def digest_picture(digest: Digest) -> Picture | None:
    """The week's scorecard; None for a week without decisions (no empty picture is ever posted)."""
    if not digest.decisions:
        return None
    data = ScorecardData(f"This week in TV: {digest.period}", digest.decisions)
    return Picture("scorecard", data, PICTURE_NAME, scorecard_alt(data))


def _blocks(digest: Digest) -> list[tuple[str, tuple[str, ...]]]:
    blocks = list(digest.sections)
    if digest.premieres:
        blocks.append((f"Premieres in the next {PREMIERE_DAYS} days", digest.premieres))
    return blocks


def _description(blocks: list[tuple[str, tuple[str, ...]]], limit: int = DESCRIPTION_MAX) -> str:
    """Every line that fits within Discord's limit; a section cut short says how many more it had."""
    out: list[str] = []
    used = 0
    for heading, lines in blocks:
        head = ("\n" if out else "") + f"**{heading}**"
        if used + len(head) + 40 > limit:
            break
        out.append(head)
        used += len(head) + 1
        for i, line in enumerate(lines):
            more = f"… and {len(lines) - i} more"
            if used + len(line) + 1 + len(more) + 1 > limit:
                out.append(more)
                used += len(more) + 1
                break
            out.append(line)
            used += len(line) + 1
    return "\n".join(out)


def nothing_line(digest: Digest) -> str:
    return (
        f"This week in TV ({digest.period}): nothing to report — no renewals, cancellations, series orders, "
        f"premiere dates or premieres for {digest.scope}."
    )


def digest_message(digest: Digest, picture: Picture | None = None, png: bytes | None = None) -> MessageView:
    """One embed with the week's lines and the picture in it; a week with nothing says so in one line, no embed."""
    if digest.empty:
        return MessageView(content=nothing_line(digest))
    embed = EmbedView(
        title=f"This week in TV · {digest.period}",
        description=_description(_blocks(digest)),
        colour=COLOUR,
        footer=f"Greenlight · {digest.scope} · links go to each story's first source · premieres: {ATTRIBUTION}",
        image=f"attachment://{picture.filename}" if picture and png else None,
    )
    files = (FileView(picture.filename, png, picture.alt),) if picture and png else ()
    return MessageView(embeds=(embed,), files=files)


_LINK = re.compile(r"\[([^\]]*)\]\((https?://[^)\s]+)\)")
_ESCAPED = re.compile(r"\\(.)")


def plain(line: str) -> str:
    """A Discord line for a terminal: no bold, links as "Outlet <url>", escapes undone."""
    return _ESCAPED.sub(r"\1", _LINK.sub(r"\1 <\2>", line.replace("**", "")))


def digest_text(digest: Digest) -> str:
    """The digest for a terminal: the same lines, without Discord's markdown."""
    if digest.empty:
        return nothing_line(digest)
    out = [f"This week in TV · {digest.period} ({digest.scope})"]
    for heading, lines in _blocks(digest):
        out += ["", heading, *(f"  {plain(line)}" for line in lines)]
    return "\n".join(out)
