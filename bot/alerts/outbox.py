"""The delivery outbox: which channels get which story, and sending them exactly once.

Rows are committed before anything is sent. A send carries a nonce derived from the row, with
enforce_nonce, so a resend after a crash between the send and the mark returns Discord's existing
message instead of posting a second one. The Sender is the Discord adapter (cogs/alerts.py).

A forum post (a thread with its starter message) cannot carry a nonce: Discord's "start thread in forum" takes no
nonce. Its attempt is counted before the post is created, so a retry after a crash between the post and the mark
first looks for the post by its name among the forum's threads (ones other deliveries own excluded) and adopts it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from bot.digest.stored import stored_message
from bot.errors import GreenlightError
from bot.models import Delivery, PausedChannel, Story
from bot.render.alerts import post_title, render_alert
from bot.render.views import MessageView
from bot.render.watch import render_dm
from bot.store import Store
from bot.store.digests import DIGEST_KIND
from bot.stories.recorder import StoryUpdate
from bot.watch.models import DM_KIND
from bot.watch.plan import dm_rows

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
RETRY_BASE = 30.0  # seconds; doubles per attempt, capped at an hour


class ChannelUnavailable(GreenlightError):
    """Discord answered 403 or 404 for a channel: stop sending there until a moderator fixes it."""

    def __init__(self, status: int, reason: str) -> None:
        self.status = status
        super().__init__(reason)


class TransientSendError(GreenlightError):
    """A 5xx or a network error: worth retrying later."""


class RejectedPayload(GreenlightError):
    """Discord refused the message itself (a 400, e.g. a payload over its limits): sending the same message again
    cannot succeed, so the delivery fails at once with Discord's reason instead of being retried."""


class MemberUnreachable(GreenlightError):
    """Discord will not deliver a direct message to this member (50007: DMs closed, or no server shared any more):
    their watches pause until they resume them; never retried."""


class MessageGone(GreenlightError):
    """The message to edit was deleted: nothing to update, and no reason to pause the channel."""


class Sender(Protocol):
    async def send(self, channel_id: int, message: MessageView, nonce: str) -> int: ...

    async def open_dm(self, user_id: int) -> int:
        """The id of the DM channel with this user (Discord returns the same one each time)."""
        ...

    async def edit(self, channel_id: int, message_id: int, message: MessageView) -> None: ...

    async def create_post(self, forum_id: int, title: str, message: MessageView, tag_ids: tuple[int, ...]) -> int:
        """A forum post with `message` as its starter; returns the post's (the thread's) id."""
        ...

    async def find_post(self, forum_id: int, title: str, exclude: set[int]) -> int | None:
        """A post of ours in the forum with this name that no other delivery owns (a crash left it unrecorded)."""
        ...

    async def edit_post(
        self,
        forum_id: int,
        post_id: int,
        message: MessageView,
        retag: tuple[int | None, int | None] | None,
        title: str | None = None,
    ) -> None:
        """Edit a post's starter message; with `retag` (old tag, new tag) swap that tag among the post's tags and
        retitle the post to `title`. Raises MessageGone for a deleted or archived post (it is never recreated)."""
        ...

    async def start_thread(self, channel_id: int, message_id: int, title: str, archive_minutes: int) -> int:
        """A public thread on an alert message; a thread that already exists on it is returned, not duplicated."""
        ...


def plan_deliveries(store: Store, updates: Iterable[StoryUpdate], now: datetime) -> int:
    """Queue new announceable stories for every channel that follows them; flag sent ones for an edit."""
    queued = 0
    for update in updates:
        if not update.created:
            store.flag_story_edits(update.story_id, now)
            continue
        if not update.announce:  # background news: never posted (checked first: most updates of a backlog)
            continue
        story = store.get_story(update.story_id)
        if story is None:
            continue
        # A follow of this show comes before a follow of every show, so its role is the one mentioned.
        rows = [
            (
                story.id,
                follow.guild_id,
                follow.channel_id,
                follow.mention_role_id,
                follow.kind,
                follow.archive_minutes if follow.kind == "text" and follow.threads else None,
            )
            for follow in sorted(store.follows_for_show(story.show_id), key=lambda f: f.show_id is None)
            if follow.wants(story.event)
        ]
        rows += dm_rows(store, story)  # members who watch the show: one direct message each
        queued += store.enqueue_deliveries(rows, now)
    return queued


@dataclass
class DeliveryReport:
    sent: int = 0
    edited: int = 0
    retried: int = 0
    failed: int = 0
    newly_paused: list[PausedChannel] = field(default_factory=list)


def retry_delay(attempts: int) -> timedelta:
    return timedelta(seconds=min(RETRY_BASE * 2 ** max(attempts - 1, 0), 3600))


async def deliver_due(store: Store, sender: Sender, now: datetime, *, limit: int = 50) -> DeliveryReport:
    """The due deliveries one after another (tests and tools; the bot runs them concurrently in DeliveryWorker)."""
    report = DeliveryReport()
    for delivery in store.due_deliveries(now, limit):
        await deliver_one(store, sender, delivery, now, report)
    return report


async def deliver_one(store: Store, sender: Sender, delivery: Delivery, now: datetime, report: DeliveryReport) -> None:
    """One delivery's next step: its post, its edit or its thread. Every outcome is stored before this returns, so
    concurrent calls (for different rows and channels) keep the once-only guarantee of each."""
    if delivery.kind == DIGEST_KIND:  # a weekly digest (bot/digest): made when planned, sent as it was made
        await _send_digest(store, sender, delivery, now, report)
        return
    story = store.get_story(delivery.story_id)
    if story is None:
        store.mark_failed(delivery.id, "The story no longer exists.")
        return
    dm = delivery.kind == DM_KIND  # channel_id is the member's: their DM channel is opened first
    message = render_dm(story) if dm else render_alert(story, delivery.mention_role_id)
    with _failures(store, delivery, now, report):
        try:
            message_id = delivery.message_id
            channel_id = await sender.open_dm(delivery.channel_id) if dm else delivery.channel_id
            if delivery.status == "pending":
                if delivery.kind == "forum":
                    message_id = await _post(store, sender, delivery, story, message, now)
                else:
                    store.note_attempt(delivery.id)
                    message_id = await sender.send(channel_id, message, delivery.nonce)
                    store.mark_sent(delivery.id, message_id, now, edits_seen=delivery.edits_wanted)
                report.sent += 1
            elif message_id is not None and delivery.needs_edit:
                if delivery.kind == "forum":
                    await _edit_post(store, sender, delivery, message_id, story, message)
                else:
                    await sender.edit(channel_id, message_id, message)
                store.mark_sent(delivery.id, message_id, now, edits_seen=delivery.edits_wanted)
                report.edited += 1
            if delivery.kind == "text" and delivery.archive_minutes is not None and delivery.thread_id is None:
                if message_id:
                    await _thread(store, sender, delivery, message_id, story)
                else:  # no message to start it on
                    store.mark_thread(delivery.id, 0)
        except MessageGone:
            store.mark_sent(delivery.id, delivery.message_id or 0, now)


@contextmanager
def _failures(store: Store, delivery: Delivery, now: datetime, report: DeliveryReport) -> Iterator[None]:
    """What Discord's refusals mean for any delivery: a channel gone pauses it, a member who takes no DMs pauses their
    watches, a rejected payload fails it for good, anything transient is retried later."""
    try:
        yield
    except MemberUnreachable as exc:
        _unreachable(store, delivery, str(exc), now)
    except ChannelUnavailable as exc:
        _pause(store, delivery, str(exc), now, report)
    except RejectedPayload as exc:
        _reject(store, delivery, str(exc), report)
    except TransientSendError as exc:
        _retry(store, delivery, str(exc), now, report)


def _unreachable(store: Store, delivery: Delivery, reason: str, now: datetime) -> None:
    """The member's watches pause and this DM is not retried: a DM refused once is refused again until they act."""
    store.pause_member(delivery.channel_id, reason, now)
    if delivery.status == "sent":  # an edit that cannot happen: the DM stays as it was
        store.mark_sent(delivery.id, delivery.message_id or 0, now)
    log.info("member %s does not take DMs from Greenlight; their watches are paused: %s", delivery.channel_id, reason)


async def _post(
    store: Store, sender: Sender, delivery: Delivery, story: Story, message: MessageView, now: datetime
) -> int:
    title = post_title(story)
    tag = store.forum_tags(delivery.channel_id).get(story.event)
    post_id = None
    store.note_attempt(delivery.id)  # counted first: a crash after Discord made the post is seen on the next try
    if delivery.attempts:  # an earlier attempt may have created the post and died before recording it
        post_id = await sender.find_post(delivery.channel_id, title, store.claimed_posts(delivery.channel_id))
        if post_id is not None:
            log.info("delivery %s: adopted forum post %s made before a crash", delivery.id, post_id)
    if post_id is None:
        post_id = await sender.create_post(delivery.channel_id, title, message, (tag,) if tag else ())
    store.mark_sent(delivery.id, post_id, now, edits_seen=delivery.edits_wanted)
    store.mark_tag(delivery.id, tag)
    return post_id


async def _edit_post(
    store: Store, sender: Sender, delivery: Delivery, post_id: int, story: Story, message: MessageView
) -> None:
    """Another outlet: the starter message lists it. A correction that changed the event: the tag follows."""
    tag = store.forum_tags(delivery.channel_id).get(story.event)
    retag = (delivery.tag_id, tag) if tag != delivery.tag_id else None
    await sender.edit_post(delivery.channel_id, post_id, message, retag, post_title(story))
    if retag is not None:
        store.mark_tag(delivery.id, tag)


async def _thread(store: Store, sender: Sender, delivery: Delivery, message_id: int, story: Story) -> None:
    """The alert's thread. Once it cannot be started (message deleted, permission missing, refused), it never is."""
    try:
        thread_id = await sender.start_thread(
            delivery.channel_id, message_id, post_title(story), delivery.archive_minutes or 1440
        )
    except MessageGone:
        thread_id = 0
    except RejectedPayload as exc:
        log.error("delivery %s: Discord refused the alert's thread: %s", delivery.id, exc)
        thread_id = 0
    except ChannelUnavailable:
        store.mark_thread(delivery.id, 0)
        raise
    store.mark_thread(delivery.id, thread_id)


def _pause(store: Store, delivery: Delivery, reason: str, now: datetime, report: DeliveryReport) -> None:
    if store.pause_channel(delivery.channel_id, delivery.guild_id, reason, now):
        report.newly_paused.extend(
            p for p in store.paused_channels(delivery.guild_id) if p.channel_id == delivery.channel_id
        )
    if delivery.status == "sent":  # an edit that cannot happen: the message stays as it was
        store.mark_sent(delivery.id, delivery.message_id or 0, now)
    for d in store.deliveries(channel_id=delivery.channel_id):  # threads wanted in a paused channel: given up
        if d.status == "sent" and d.archive_minutes is not None and d.thread_id is None:
            store.mark_thread(d.id, 0)
    log.warning("channel %s paused: %s", delivery.channel_id, reason)


def _reject(store: Store, delivery: Delivery, reason: str, report: DeliveryReport) -> None:
    what = "alert" if delivery.status == "pending" else "update of its alert"
    store.mark_failed(delivery.id, f"Discord rejected the {what}: {reason}")
    report.failed += 1
    log.error(
        "delivery %s (story %s, channel %s) rejected by Discord, not retried: %s",
        delivery.id,
        delivery.story_id,
        delivery.channel_id,
        reason,
    )


def _retry(store: Store, delivery: Delivery, error: str, now: datetime, report: DeliveryReport) -> None:
    attempts = delivery.attempts + 1
    if attempts >= MAX_ATTEMPTS:
        store.mark_failed(delivery.id, f"Gave up after {attempts} attempts: {error}")
        report.failed += 1
    else:
        store.mark_retry(delivery.id, error, now + retry_delay(attempts))
        report.retried += 1


async def _send_digest(store: Store, sender: Sender, delivery: Delivery, now: datetime, report: DeliveryReport) -> None:
    """A digest is posted once, like a text alert (its nonce makes a resend after a crash return the first post), and
    never edited or threaded."""
    digest = store.digest_of_delivery(delivery.id)
    if digest is None:
        store.mark_failed(delivery.id, "The digest no longer exists.")
        return
    with _failures(store, delivery, now, report):
        store.note_attempt(delivery.id)
        message_id = await sender.send(delivery.channel_id, stored_message(digest), delivery.nonce)
        with store.transaction():
            store.mark_sent(delivery.id, message_id, now)
            store.drop_digest_picture(digest.id)  # posted: Discord keeps it now
        report.sent += 1
