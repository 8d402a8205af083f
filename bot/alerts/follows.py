"""Following shows from a channel: parse the request, resolve the show, store the follow."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.cleaning import clean_line
from bot.errors import GreenlightError
from bot.models import EVENTS, FOLLOW_EVENTS, OPT_IN_EVENTS, Follow
from bot.store import Store
from bot.stories.recorder import StoryRecorder
from bot.understand import show_key

ALL_SHOWS = {"all", "*", "everything", "all shows", "every show"}
EVENT_ALIASES = {
    "canceled": "cancelled",
    "renewal": "renewed",
    "renew": "renewed",
    "cancel": "cancelled",
    "final": "ending",
    "final season": "ending",
    "order": "ordered",
    "premieres": "premiere",
    "trailers": "trailer",
    "cast": "casting",
    "premiering": "airing",
    "reminder": "airing",
    "reminders": "airing",
}
ARCHIVE_MINUTES = (60, 1440, 4320, 10080)  # the auto-archive durations Discord allows
EVENT_PRESETS = {"all": (), "decisions": ("renewed", "cancelled", "ending", "ordered")}


class FollowError(GreenlightError):
    """A follow request that cannot be carried out; the message says how to fix it."""


def parse_events(text: str | None) -> tuple[str, ...]:
    """'renewed, cancelled' → ('renewed', 'cancelled'); empty or 'all' → () meaning every news event. Opt-in events
    (`airing`, premiere reminders) are only had by naming them: 'renewed, airing'; 'all, airing' is every news event
    and the reminders."""
    if not text or not text.strip():
        return ()
    low = text.strip().lower()
    if low in EVENT_PRESETS:
        return EVENT_PRESETS[low]
    events: list[str] = []
    for raw in low.replace(";", ",").replace(" and ", ",").split(","):
        word = raw.strip()
        if not word:
            continue
        word = EVENT_ALIASES.get(word, word)
        if word in EVENT_PRESETS:  # a preset in a list: its events ('all' → every news event)
            events += [e for e in (EVENT_PRESETS[word] or EVENTS) if e not in events]
            continue
        if word not in FOLLOW_EVENTS:
            raise FollowError(
                f"'{raw.strip()}' is not an event I know. Choose from: {', '.join(FOLLOW_EVENTS)} "
                "(comma-separated), or 'decisions' for renewed, cancelled, ending and ordered. "
                f"{', '.join(OPT_IN_EVENTS)} (premiere reminders) is only sent when named."
            )
        if word not in events:
            events.append(word)
    return tuple(events)


def default_channel(store: Store, guild_id: int, here: int) -> tuple[int, str]:
    """Where /follow and /unfollow act when no channel is named: the /setup alert channel, else the channel the
    command was typed in; with the words that say which."""
    alert = store.guild_settings(guild_id).alert_channel_id
    if alert:
        return alert, "the /setup alert channel"
    return here, "this channel (no /setup alert channel is set)"


@dataclass(frozen=True)
class FollowResult:
    follow: Follow
    show_is_new: bool  # no news about this show has been seen yet
    matched_from: str | None  # the typed name when it was matched to a different title (a typo, an alias)


def follow_show(
    store: Store,
    recorder: StoryRecorder,
    *,
    guild_id: int,
    channel_id: int,
    show: str,
    events: str | None,
    mention_role_id: int | None,
    user_id: int | None,
    now: datetime,
    kind: str = "text",
    threads: bool | None = None,
    archive_minutes: int | None = None,
    tvmaze_names: Sequence[str] = (),
    as_typed: bool = False,
) -> FollowResult:
    """`show` is a title (typos are matched to known shows) or 'all'. A title no known show has is checked against
    known shows, the TVmaze cache and `tvmaze_names` (TVmaze's search for it) first: when one of them is close, a
    FollowError asks "did you mean" and nothing is created, unless `as_typed`. A show created from a typed name
    takes the first title the news or TVmaze spells for it.

    `kind` is the channel's: "forum" posts each story as a forum post; in a "text" channel `threads` starts a public
    thread on each alert, archived after `archive_minutes` without activity. Both hold for the whole channel; left
    out (None), the channel keeps what it had (no threads, one day)."""
    current = store.follows(channel_id=channel_id)
    if threads is None:
        threads = current[0].threads if current and kind == "text" else False
    if archive_minutes is None:
        archive_minutes = current[0].archive_minutes if current else 1440
    if kind not in ("text", "forum"):
        raise FollowError("Alerts go to a text channel or a forum.")
    if threads and kind == "forum":
        raise FollowError("A forum already gives each story its own post; `thread` is for text channels.")
    if archive_minutes not in ARCHIVE_MINUTES:
        raise FollowError("Threads archive after 1 hour, 1 day, 3 days or 1 week.")
    wanted = parse_events(events)
    name = clean_line(show)
    if not name:
        raise FollowError("Tell me which show to follow, or 'all' for every show.")
    if len(name) > 200:
        raise FollowError("That show name is too long; use the show's title.")
    show_id: int | None = None  # every show
    is_new, matched_from = False, None
    if name.lower() not in ALL_SHOWS:
        known = recorder.matcher.match(name, loose=True)
        spelled = next((n for n in tvmaze_names if show_key(n) == show_key(name)), None)  # TVmaze's spelling
        if known is None and spelled is None and not as_typed:
            close = recorder.names_like(name, tvmaze_names)
            if close:
                raise FollowError(
                    f"I know no show called '{name}'. Did you mean: {', '.join(close)}? Follow it by that name, or "
                    f"add `as_typed:True` to follow '{name}' as you typed it (the first title the news spells for "
                    "it will replace your spelling)."
                )
        if known is None:
            # TVmaze spells it: its name (looked up and linked in the background); else the name as typed
            show_id = recorder.resolve_show(spelled, None, now) if spelled else recorder.add_typed_show(name, now)
            is_new = True
        else:
            show_id = known.id
            matched_from = name if name.casefold() != known.title.casefold() else None
    f = store.upsert_follow(
        guild_id=guild_id,
        channel_id=channel_id,
        show_id=show_id,
        events=wanted,
        mention_role_id=mention_role_id,
        created_by=user_id,
        now=now,
        kind=kind,
        threads=threads,
        archive_minutes=archive_minutes,
    )
    return FollowResult(f, is_new, matched_from)


def unfollow_show(store: Store, recorder: StoryRecorder, *, channel_id: int, show: str) -> str:
    """Returns the title unfollowed; raises FollowError when the channel did not follow it."""
    name = clean_line(show)
    if name.lower() in ALL_SHOWS:
        if store.remove_follow(channel_id, None):
            return "every show"
        raise FollowError("This channel does not follow every show. `/following` lists what it follows.")
    for f in store.follows(channel_id=channel_id):
        if f.show and f.show.casefold() == name.casefold():
            store.remove_follow(channel_id, f.show_id)
            return f.show
    known = recorder.matcher.match(name, loose=True)
    if known is not None and store.remove_follow(channel_id, known.id):
        return known.title
    raise FollowError(f"This channel does not follow '{name}'. `/following` lists what it follows.")
