"""Planning direct messages: the outbox rows for the members who watch a new story's show."""

from __future__ import annotations

from bot.models import Story, wants_event
from bot.store import Store
from bot.watch.models import DM_KIND

OutboxRow = tuple[int, int, int, int | None, str, int | None]  # AlertQueries.enqueue_deliveries' row


def dm_rows(store: Store, story: Story) -> list[OutboxRow]:
    """One row per watching member: guild 0 (a DM belongs to no server) and the member's id as the channel, so the
    outbox's UNIQUE(story, channel) makes it one DM per story per member, whichever servers they share."""
    wanted = [member for member, events in store.watchers_of(story.show_id) if wants_event(events, story.event)]
    return [(story.id, 0, member, None, DM_KIND, None) for member in wanted]
