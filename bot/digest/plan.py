"""Planning each channel's digest into the outbox: once per channel and week, surviving restarts and crashes.

The digest row (message and picture) and its outbox row are one commit, keyed by channel and local week: a crash
before it plans the same week again on the next start, a crash after it leaves the post to the outbox, whose nonce
makes a resend return the first post. Sending is the outbox's (bot.alerts.outbox)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from bot.digest.compose import Digest, build_digest, channel_shows, digest_message, digest_picture
from bot.digest.schedule import DigestSchedule, latest_slot, week_of
from bot.digest.stored import message_to_json
from bot.errors import GreenlightError
from bot.pictures.data import Picture
from bot.pictures.render import PNG_MAX
from bot.render.views import MessageView
from bot.store import Store

log = logging.getLogger(__name__)
WEEK = timedelta(days=7)
Renderer = Callable[[Picture], Awaitable[bytes]]


async def draw(picture: Picture | None, render: Renderer) -> bytes | None:
    """The picture's PNG, or None (with the reason logged) when it cannot be drawn or is too big: the digest's
    lines matter more than its picture."""
    if picture is None:
        return None
    try:
        png = await render(picture)
    except GreenlightError as exc:
        log.error("the digest's picture could not be drawn (%s); posting it without one", exc)
        return None
    if len(png) > PNG_MAX:
        log.error("the digest's picture is %d bytes, over %d; posting it without one", len(png), PNG_MAX)
        return None
    return png


def digest_for(store: Store, schedule: DigestSchedule, slot: datetime) -> Digest:
    shows = channel_shows(store, schedule.channel_id)
    return build_digest(store, start=slot - WEEK, end=slot, show_ids=shows, zone=schedule.timezone)


async def plan_digests(store: Store, now: datetime, render: Renderer) -> int:
    """Plan every digest due by `now` that is not planned yet; returns how many were planned."""
    paused = {p.channel_id for p in store.paused_channels()}
    drawn: dict[Picture | None, bytes | None] = {
        None: None
    }  # channels with the same week (every show, say) share one drawing
    planned = 0
    for schedule in store.digest_schedules():
        slot = latest_slot(schedule, now)
        if slot is None or schedule.channel_id in paused:
            continue  # not due yet, or Discord refused the channel: /follow there resumes it
        week = week_of(schedule, slot)
        if store.digest_planned(schedule.channel_id, week):
            continue
        digest = digest_for(store, schedule, slot)
        picture = digest_picture(digest)
        if picture not in drawn:
            drawn[picture] = await draw(picture, render)
        png = drawn[picture]
        message = digest_message(digest, picture, png)
        if store.plan_digest(
            schedule,
            week=week,
            slot_at=slot,
            message_json=message_to_json(message),
            picture=png,
            picture_name=picture.filename if picture and png else None,
            picture_alt=picture.alt if picture and png else None,
            now=now,
        ):
            planned += 1
            log.info("digest of %s planned for channel %s", week, schedule.channel_id)
    return planned


async def preview(store: Store, channel_id: int, now: datetime, render: Renderer) -> MessageView:
    """This week's digest for the channel as it would be posted now (its schedule's zone, else UTC)."""
    schedules = store.digest_schedules(channel_id=channel_id)
    zone = schedules[0].timezone if schedules else "UTC"
    digest = build_digest(store, start=now - WEEK, end=now, show_ids=channel_shows(store, channel_id), zone=zone)
    picture = digest_picture(digest)
    return digest_message(digest, picture, await draw(picture, render))
