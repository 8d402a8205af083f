"""What /watch, /unwatch, /watchlist and `/watch clear` do, and the DM notice: the same functions for the bot and
for tests (the cogs only parse and render)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.alerts.follows import parse_events
from bot.cleaning import clean_line
from bot.errors import GreenlightError
from bot.store import Store
from bot.stories.recorder import StoryRecorder
from bot.watch.models import Watch

FORGET_AFTER = timedelta(days=30)  # a member Discord would not DM for this long, and who used no command, is forgotten
SHOW_MAX = 200


class WatchError(GreenlightError):
    """A watch request that cannot be carried out; the message says how to fix it."""


@dataclass(frozen=True)
class WatchResult:
    watch: Watch
    new: bool
    resumed: int  # watches paused because DMs were refused that go on again
    matched_from: str | None  # the typed name when it was matched to a different title


def _known_show(recorder: StoryRecorder, show: str) -> tuple[int, str, str | None]:
    """A show Greenlight knows (members never create shows): (id, title, the typed name when it differed)."""
    name = clean_line(show)
    if not name:
        raise WatchError("Tell me which show to watch: `/watch show:<title>` (the list suggests known shows).")
    if len(name) > SHOW_MAX:
        raise WatchError("That show name is too long; use the show's title.")
    known = recorder.matcher.match(name, loose=True)
    if known is None:
        close = recorder.names_like(name)
        hint = f" Did you mean: {', '.join(close)}?" if close else ""
        raise WatchError(
            f"I know no show called '{name}' yet.{hint} Pick one from the suggestions: a show is known once the news "
            "mentions it."
        )
    return known.id, known.title, name if name.casefold() != known.title.casefold() else None


def watch_show(
    store: Store,
    recorder: StoryRecorder,
    *,
    member_id: int,
    guild_id: int,
    show: str,
    events: str | None,
    now: datetime,
    limit: int,
) -> WatchResult:
    """Watch a known show for DMs. Watching one again replaces its events. Using /watch also resumes watches paused
    because Discord would not DM the member (they turned DMs back on)."""
    if store.watch_off(guild_id):
        raise WatchError("The moderators of this server turned personal watchlists off here (`/setup watch:off`).")
    wanted = parse_events(events)
    show_id, title, typed = _known_show(recorder, show)
    mine = store.watches(member_id)
    if len(mine) >= limit and all(w.show_id != show_id for w in mine):
        raise WatchError(
            f"You watch {len(mine)} shows, the most one member may ({limit}). `/unwatch` one first; "
            "`/watchlist` lists them."
        )
    resumed = store.resume_member(member_id) if store.watch_notice(member_id) else 0
    watch, new = store.upsert_watch(member_id, show_id, wanted, guild_id, now)
    return WatchResult(watch, new, resumed, typed)


def unwatch_show(store: Store, recorder: StoryRecorder, *, member_id: int, show: str) -> str:
    """Returns the title no longer watched; raises WatchError when the member did not watch it."""
    name = clean_line(show)
    for w in store.watches(member_id):
        if w.show.casefold() == name.casefold():
            store.remove_watch(member_id, w.show_id)
            return w.show
    known = recorder.matcher.match(name, loose=True) if name else None
    if known is not None and store.remove_watch(member_id, known.id):
        return known.title
    raise WatchError(f"You do not watch '{name}'. `/watchlist` lists what you watch.")


def resume_watches(store: Store, member_id: int) -> int:
    return store.resume_member(member_id)


def clear_member(store: Store, member_id: int) -> int:
    """`/watch clear`: every row about the member is deleted (their watches, the DM notice, their DMs in the outbox)."""
    return store.clear_member(member_id)


def notice_to_tell(store: Store, member_id: int, now: datetime) -> str | None:
    """Called on each of the member's commands: the first time after Discord refused them a DM, how to turn DMs back
    on (None afterwards, and for everyone else). Every command also notes that the member still shares a server."""
    notice = store.watch_notice(member_id)
    if notice is None:
        return None
    store.note_member_seen(member_id, now, told=True)
    if notice.told:
        return None
    return DMS_CLOSED_NOTICE


DMS_CLOSED_NOTICE = (
    "Greenlight could not send you a direct message about a show you watch: Discord said you do not accept DMs "
    "from it. Your watchlist is paused. To turn DMs back on: open this server's menu → Privacy Settings → turn on "
    "Direct Messages (or User Settings → Privacy & Safety → Allow DMs from server members), then run "
    "`/watch resume:True`."
)


def forget_departed(store: Store, now: datetime) -> list[int]:
    """Members Discord has refused DMs for 30 days and who used no Greenlight command since (they left every server
    shared with the bot, or never came back): every row about them is deleted."""
    return store.forget_unreachable(now - FORGET_AFTER)


def set_watch_off(store: Store, guild_id: int, off: bool, now: datetime) -> int:
    """`/setup watch:off|on`: returns how many existing watches made in that server stop (or go on)."""
    return store.set_watch_off(guild_id, off, now)


def watch_switch_text(off: bool, changed: int) -> str:
    if not off:
        return f"Personal watchlists are on in this server; {changed} watch(es) made here go on."
    return (
        f"Personal watchlists are off in this server: /watch is refused here and {changed} watch(es) made here "
        "stopped. Discord lets only the server hide a bot's command: Server Settings → Integrations → Greenlight → "
        "/watch, /unwatch, /watchlist → deny @everyone."
    )
