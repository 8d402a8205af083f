"""A planned digest in the outbox: sent once with its picture and alt text, retried after a network error, failed
for good when Discord refuses the payload; the Sender is our own protocol, implemented in-test."""

from datetime import time, timedelta

from bot.alerts.outbox import RejectedPayload, TransientSendError, deliver_due
from bot.digest.plan import plan_digests
from bot.digest.schedule import DigestSchedule
from tests.digestkit import WEEK_END, known_week

NOW = WEEK_END + timedelta(minutes=1)


class Sender:
    def __init__(self, *fails: Exception) -> None:
        self.fails = list(fails)
        self.sent: list[tuple[int, object, str]] = []

    async def send(self, channel_id, message, nonce):
        if self.fails:
            raise self.fails.pop(0)
        self.sent.append((channel_id, message, nonce))
        return 500 + len(self.sent)


async def fake_png(picture) -> bytes:
    return b"\x89PNG " + picture.filename.encode()


def planned(store) -> None:
    known_week(store)
    store.upsert_follow(guild_id=1, channel_id=10, show_id=None, events=(), mention_role_id=None, created_by=None,
                        now=WEEK_END - timedelta(days=9))  # fmt: skip
    store.save_digest_schedule(DigestSchedule(10, 1, 0, time(17), "UTC", WEEK_END - timedelta(days=9)), None)


async def test_sent_once_with_its_picture_after_a_network_error(store):
    planned(store)
    assert await plan_digests(store, NOW, fake_png) == 1
    sender = Sender(TransientSendError("network down"))
    report = await deliver_due(store, sender, NOW)
    assert report.retried == 1 and sender.sent == []
    (delivery,) = store.deliveries(channel_id=10)
    assert delivery.kind == "digest" and delivery.status == "pending" and delivery.last_error == "network down"
    await deliver_due(store, sender, NOW + timedelta(minutes=5))
    ((channel, message, nonce),) = sender.sent
    assert channel == 10 and nonce == delivery.nonce
    assert message.embeds[0].title == "This week in TV · 23 Nov – 30 Nov 2026"  # type: ignore[attr-defined]
    (file,) = message.files  # type: ignore[attr-defined]
    assert file.name == "digest.png" and file.data == b"\x89PNG digest.png" and file.description.startswith("Bar")
    assert [d.status for d in store.deliveries(channel_id=10)] == ["sent"]
    assert store.digests(10)[0].picture is None
    await deliver_due(store, sender, NOW + timedelta(days=1))
    assert len(sender.sent) == 1  # never again


async def test_a_refused_digest_fails_for_good(store):
    planned(store)
    await plan_digests(store, NOW, fake_png)
    report = await deliver_due(store, Sender(RejectedPayload("400 Invalid Form Body")), NOW)
    assert report.failed == 1
    (delivery,) = store.deliveries(channel_id=10)
    assert delivery.status == "failed" and "400 Invalid Form Body" in (delivery.last_error or "")


async def test_a_picture_that_cannot_be_drawn_leaves_the_lines(store):
    from bot.workers import WorkerFailure

    async def broken(picture) -> bytes:
        raise WorkerFailure("The worker processing this picture stopped unexpectedly.")

    planned(store)
    await plan_digests(store, NOW, broken)
    sender = Sender()
    await deliver_due(store, sender, NOW)
    ((_, message, _),) = sender.sent
    assert message.files == () and message.embeds[0].image is None  # type: ignore[attr-defined]
    assert "**Severance** for season 3" in message.embeds[0].description  # type: ignore[attr-defined]


async def test_a_huge_picture_is_left_out(store):
    async def huge(picture) -> bytes:
        return b"\x89PNG" + b"\0" * (1024 * 1024)

    planned(store)
    await plan_digests(store, NOW, huge)
    assert store.digests(10)[0].picture is None and store.digests(10)[0].picture_name is None


async def test_a_schedule_set_mid_week_starts_with_the_next_slot(store):
    known_week(store)
    store.save_digest_schedule(DigestSchedule(10, 1, 0, time(17), "UTC", WEEK_END - timedelta(days=6)), None)
    assert await plan_digests(store, WEEK_END - timedelta(seconds=1), fake_png) == 0
    assert await plan_digests(store, WEEK_END, fake_png) == 1
    assert [d.slot_at for d in store.digests(10)] == [WEEK_END]


async def test_channels_with_the_same_week_share_one_drawing(store):
    planned(store)
    for channel in (11, 12):
        store.upsert_follow(guild_id=1, channel_id=channel, show_id=None, events=(), mention_role_id=None,
                            created_by=None, now=WEEK_END - timedelta(days=9))  # fmt: skip
        store.save_digest_schedule(DigestSchedule(channel, 1, 0, time(17), "UTC", WEEK_END - timedelta(days=9)), None)
    drawings = []

    async def counted(picture) -> bytes:
        drawings.append(picture)
        return await fake_png(picture)

    assert await plan_digests(store, NOW, counted) == 3
    assert len(drawings) == 1 and all(store.digests(c)[0].picture == b"\x89PNG digest.png" for c in (10, 11, 12))
