"""The weekly digest end to end: the real bot (discord.py) against the fake Discord, a real database, a clock the
test moves. /digest schedule|preview|off, the post with its picture, a restart, and kill -9 mid-send."""

from __future__ import annotations

import asyncio
import io
import os
import signal
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, time
from pathlib import Path

from PIL import Image

from bot.app import GreenlightBot
from bot.config import Settings
from bot.digest.schedule import DigestSchedule
from bot.store import Store
from tests.digestkit import known_week
from tests.discordkit import opt, running_bot, sub, world
from tests.fakediscord.state import ATTACH_FILES
from tests.fakediscord.uploads import UPLOADS
from tests.test_digest_compose import CANCELLED, ENDING, ORDERED, PREMIERE_DATES, PREMIERES, RENEWED

ROOT = Path(__file__).resolve().parents[1]
WEDNESDAY = datetime(2026, 11, 25, 12, tzinfo=UTC)
SLOT = datetime(2026, 11, 30, 17, tzinfo=UTC)  # Monday 17:00 UTC
DESCRIPTION = "\n".join(
    ["**Renewed**", *RENEWED, "", "**Cancelled**", *CANCELLED, "", "**Ending**", *ENDING, "",
     "**New series orders**", *ORDERED, "", "**Premiere dates announced**", *PREMIERE_DATES, "",
     "**Premieres in the next 14 days**", *PREMIERES]
)  # fmt: skip


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


def newsroom(settings: Settings, guild_id: int, channel_id: int, schedule_from: datetime | None = None) -> None:
    """The known week, followed (every show) in the channel; its outlets are never polled by these tests."""
    with Store.open(settings.db_path) as store:
        known_week(store)
        for src in store.list_sources():
            store.disable_source(src.id, "a test outlet")
        store.upsert_follow(
            guild_id=guild_id, channel_id=channel_id, show_id=None, events=(), mention_role_id=None,
            created_by=None, now=WEDNESDAY,
        )  # fmt: skip
        if schedule_from is not None:
            store.save_digest_schedule(DigestSchedule(channel_id, guild_id, 0, time(17), "UTC", schedule_from), None)


async def planning_passes(bot: GreenlightBot, more: int) -> None:
    """Wait until the digest loop has planned `more` further times (each pass sees the clock as it is now)."""
    cog = bot.get_cog("Digest")
    target = cog.passes + more  # type: ignore[union-attr]
    for _ in range(600):
        if cog.passes >= target:  # type: ignore[union-attr]
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the digest loop stopped planning")


def png_of(upload) -> Image.Image:
    image = Image.open(io.BytesIO(upload.data))
    image.load()
    return image


async def test_schedule_preview_post_restart_and_off(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        settings = settings.with_overrides(workers=1)
        newsroom(settings, guild.id, guild.news)
        clock = Clock(WEDNESDAY)
        async with running_bot(settings, clock=clock) as bot:
            bad = await fake.invoke(guild.id, guild.general, fake.owner_id, "digest", [
                sub("schedule", opt("day", "monday"), opt("time", "17:00"), opt("channel", str(guild.news), 7),
                    opt("timezone", "Mars/Olympus_Mons"))])  # fmt: skip
            answer = await bad.wait_final()
            assert bad.ephemeral and "“Mars/Olympus_Mons” is not a time zone Greenlight knows" in answer["content"]
            assert bot.runtime.store.digest_schedules() == []  # nothing stored

            member = await fake.invoke(guild.id, guild.general, guild.member, "digest", [
                sub("schedule", opt("day", "monday"), opt("time", "17:00"))])  # fmt: skip
            assert "moderator" in (await member.wait_final())["content"].lower()

            ok = await fake.invoke(guild.id, guild.general, fake.owner_id, "digest", [
                sub("schedule", opt("day", "monday"), opt("time", "17:00"), opt("channel", str(guild.news), 7),
                    opt("timezone", "utc"))])  # fmt: skip
            answer = await ok.wait_final()
            first = int(SLOT.timestamp())
            assert answer["content"].startswith(
                f"<#{guild.news}> gets “This week in TV” every Monday at 17:00 (UTC): the first on <t:{first}:F>."
            )

            clock.now = datetime(2026, 11, 30, 16, 0, tzinfo=UTC)  # an hour early: a preview, and no post
            preview = await fake.invoke(guild.id, guild.news, fake.owner_id, "digest", [sub("preview")])
            shown = await preview.wait_final(60)
            assert preview.ephemeral and shown["embeds"][0]["image"]["url"] == "attachment://digest.png"
            (upload,) = shown[UPLOADS]
            assert upload.filename == "digest.png" and upload.description.startswith("Bar charts, This week in TV")
            assert png_of(upload).width == 1200
            await planning_passes(bot, 2)
            assert fake.messages(guild.news) == []

            clock.now = datetime(2026, 11, 30, 17, 0, 30, tzinfo=UTC)
            (post,) = await fake.wait_for_messages(guild.news, 1, timeout=60)
            (embed,) = post.embeds
            assert embed["title"] == "This week in TV · 23 Nov – 30 Nov 2026"
            assert embed["description"] == DESCRIPTION
            assert embed["image"]["url"] == "attachment://digest.png"
            (upload,) = post.attachments
            assert upload.filename == "digest.png" and "Apple TV+: 2 renewed." in upload.description
            assert png_of(upload).size[0] == 1200 and len(upload.data) <= 1024 * 1024
            assert post.nonce is not None and post.allowed_mentions == {"parse": []}

        clock.now = datetime(2026, 11, 30, 17, 30, tzinfo=UTC)  # a restart in the same week
        async with running_bot(settings, clock=clock) as bot:
            await planning_passes(bot, 3)
            assert len(fake.messages(guild.news)) == 1
            (digest,) = bot.runtime.store.digests(guild.news)
            assert digest.week == "2026-W49" and digest.picture is None  # posted: its picture is not kept

            off = await fake.invoke(guild.id, guild.general, fake.owner_id, "digest", [
                sub("off", opt("channel", str(guild.news), 7))])  # fmt: skip
            assert (await off.wait_final())["content"] == f"<#{guild.news}> no longer gets the weekly digest."
            clock.now = datetime(2026, 12, 7, 17, 5, tzinfo=UTC)  # next week's slot has passed
            await planning_passes(bot, 3)
            assert len(fake.messages(guild.news)) == 1 and len(bot.runtime.store.digests(guild.news)) == 1


async def _runner(settings: Settings, fake, now: datetime) -> asyncio.subprocess.Process:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.digest_runner", str(settings.db_path), fake.rest_base, fake.gateway_url,
        now.isoformat(), cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        start_new_session=True,  # its own process group: the bot and its worker processes die together
    )  # fmt: skip
    assert proc.stdout is not None
    line = await asyncio.wait_for(proc.stdout.readline(), 60)
    assert line == b"ready\n", (line, await proc.stderr.read() if proc.stderr else b"")
    return proc


def kill_9(proc: asyncio.subprocess.Process) -> None:
    """SIGKILL to the bot and its workers at once (as when the machine or container dies): nothing is left."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


async def stop(proc: asyncio.subprocess.Process) -> tuple[bytes, bytes]:
    """SIGTERM: the bot closes cleanly and reports; then anything of its left over is killed."""
    proc.send_signal(signal.SIGTERM)
    try:
        return await asyncio.wait_for(proc.communicate(), 60)
    finally:
        kill_9(proc)


def _digest_delivery(settings: Settings):
    with Store.open(settings.db_path) as store:
        return [d for d in store.deliveries() if d.kind == "digest"]


async def test_kill_9_between_the_post_and_its_record_still_posts_once(monkeypatch, tmp_path):
    """Discord made the post, the bot died (SIGKILL) before it heard back: the next start resends it with the same
    nonce, and Discord answers with the first post instead of a second one."""
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        newsroom(settings, guild.id, guild.news, schedule_from=WEDNESDAY)
        release = fake.hold("POST", rf"^/channels/{guild.news}/messages$")
        now = datetime(2026, 11, 30, 17, 0, 30, tzinfo=UTC)
        first = await _runner(settings, fake, now)
        try:
            await fake.wait_for(lambda: len(fake.messages(guild.news)) == 1, timeout=60)
        finally:
            kill_9(first)
            await first.wait()
        release.set()
        (pending,) = _digest_delivery(settings)
        assert (pending.status, pending.attempts, pending.message_id) == ("pending", 1, None)

        second = await _runner(settings, fake, now)
        try:
            for _ in range(1200):
                if _digest_delivery(settings)[0].status == "sent":
                    break
                await asyncio.sleep(0.05)
        finally:
            out, err = await stop(second)
        (sent,) = _digest_delivery(settings)
        (post,) = fake.messages(guild.news)
        assert sent.status == "sent" and sent.message_id == post.id and sent.attempts == 2
        assert post.embeds[0]["description"] == DESCRIPTION and [a.filename for a in post.attachments] == ["digest.png"]
        assert out.decode().strip().endswith("matplotlib imported: False"), err.decode()[-2000:]


async def test_the_bot_draws_in_a_worker_and_never_imports_matplotlib_itself(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        newsroom(settings, guild.id, guild.news, schedule_from=WEDNESDAY)
        proc = await _runner(settings, fake, datetime(2026, 11, 30, 17, 0, 30, tzinfo=UTC))
        try:
            (post,) = await fake.wait_for_messages(guild.news, 1, timeout=60)
        finally:
            out, err = await stop(proc)
        assert png_of(post.attachments[0]).width == 1200  # a picture was drawn (in a worker)
        assert out.decode().strip().endswith("matplotlib imported: False"), err.decode()[-2000:]


async def test_a_channel_without_attach_files_is_paused_with_the_reason(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        settings = settings.with_overrides(workers=1)
        newsroom(settings, guild.id, guild.news, schedule_from=WEDNESDAY)
        fake.deny_bot(guild.id, guild.news, ATTACH_FILES)
        clock = Clock(datetime(2026, 11, 30, 17, 0, 30, tzinfo=UTC))
        async with running_bot(settings, clock=clock) as bot:
            for _ in range(1200):
                if bot.runtime.store.paused_channels(guild.id):
                    break
                await asyncio.sleep(0.05)
            (paused,) = bot.runtime.store.paused_channels(guild.id)
            assert "Embed Links and Attach Files there" in paused.reason and fake.messages(guild.news) == []
            await planning_passes(bot, 2)
            assert len(bot.runtime.store.digests(guild.news)) == 1  # planned once, not again while paused
