"""News forums and alert threads (issue 15): the real bot against the fake Discord, and the pure pieces."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import aiohttp
import pytest

from bot.alerts.follows import FollowError, follow_show
from bot.alerts.forums import TAG_NAMES, map_tags, plan_tags, tags_note
from bot.alerts.outbox import TransientSendError, deliver_due, plan_deliveries
from bot.models import Story
from bot.render.alerts import THREAD_NAME_MAX, post_title, render_alert
from bot.store import Store
from bot.stories.recorder import StoryUpdate
from cogs.alerts import DiscordSender
from cogs.embeds import to_embeds
from tests.discordkit import embed_text, hold_deliveries, opt, running_bot, sub, world
from tests.fakediscord import FakeDiscord
from tests.fakediscord.state import CREATE_PUBLIC_THREADS, MANAGE_CHANNELS, SEND_MESSAGES
from tests.test_discord_e2e import DOLLFACE, GHOSTS, JJ, JJ_OTHER, JJ_THIRD, add_source

NOW = datetime(2026, 11, 26, 12, tzinfo=UTC)


def _story(show: str = "Jessica Jones", season: int | None = 2, event: str = "renewed") -> Story:
    return Story(1, 1, show, season, event, "Netflix", "headline", "summary", NOW, NOW, True)


# ---------------------------------------------------------------- pure pieces


@pytest.mark.parametrize(
    ("story", "title"),
    [
        (_story(), "Jessica Jones — Season 2 renewed"),
        (_story(show="Dollface", season=3, event="cancelled"), "Dollface — cancelled after season 2"),
        (_story(show="Shrinking", season=None, event="ordered"), "Shrinking — new series ordered"),
        (_story(show="Ghosts", season=5, event="ending"), "Ghosts — Season 5 is the final season"),
        (_story(show="Severance", season=3, event="premiere"), "Severance — Season 3 premiere date"),
        (_story(show="Severance", season=None, event="trailer"), "Severance — trailer"),
    ],
)
def test_post_titles(story: Story, title: str) -> None:
    assert post_title(story) == title


def test_post_title_fits_discords_100_characters_and_is_plain_text() -> None:
    title = post_title(_story(show="The Extraordinarily Long " * 10 + "\nShow\x00", season=12))
    assert len(title) <= THREAD_NAME_MAX and title.endswith("… — Season 12 renewed")
    assert "\n" not in title and "\x00" not in title


def test_tags_are_mapped_by_name_case_insensitively_and_created_only_with_manage_channels() -> None:
    existing = [(1, "RENEWED"), (2, "Spoilers"), (3, " casting ")]
    assert map_tags(existing) == {"renewed": 1, "casting": 3}
    plan = plan_tags(existing, can_manage=True)
    assert plan.create == (
        "Cancelled",
        "Final season",
        "Series order",
        "Premiere date",
        "Production",
        "Trailer",
        "Premiering",
    )
    assert plan.missing == ()
    assert plan_tags(existing, can_manage=False).create == ()
    note = tags_note(map_tags(existing), can_manage=False, full=False)
    assert note is not None and "Manage Channels" in note and "Cancelled" in note and "Renewed" not in note


def test_never_more_than_twenty_tags() -> None:
    existing = [(i, f"Mod tag {i}") for i in range(17)]
    plan = plan_tags(existing, can_manage=True)
    assert plan.create == ("Renewed", "Cancelled", "Final season")
    assert len(existing) + len(plan.create) == 20
    assert plan.missing == ("ordered", "premiere", "production", "trailer", "casting", "airing")
    full = [(i, f"Mod tag {i}") for i in range(20)]
    assert plan_tags(full, can_manage=True).create == ()
    note = tags_note({}, can_manage=True, full=True)
    assert note is not None and "20 tags" in note


def test_every_event_has_a_tag_name_within_discords_limit() -> None:
    assert all(1 <= len(name) <= 20 for name in TAG_NAMES.values()) and len(TAG_NAMES) == 9
    assert TAG_NAMES["airing"] == "Premiering"  # premiere reminders (opt-in), the last tag made


def test_following_again_without_thread_keeps_the_channels_threads(tmp_path) -> None:
    def follow(**kw):  # "all" needs no show matching
        args = dict(guild_id=1, channel_id=2, show="all", events=None, mention_role_id=None, user_id=None, now=NOW)
        return follow_show(store, None, **{**args, **kw}).follow  # type: ignore[arg-type]

    with Store.open(tmp_path / "bot.db") as store:
        assert follow(threads=True, archive_minutes=60).threads
        again = follow(events="renewed")
        assert again.threads and again.archive_minutes == 60 and again.kind == "text"
        assert not follow(threads=False).threads
        with pytest.raises(FollowError, match="1 hour, 1 day"):
            follow(threads=True, archive_minutes=30)
        forum = follow(channel_id=3, kind="forum")
        assert forum.kind == "forum" and not forum.threads


# ---------------------------------------------------------------- the fake is as strict as Discord


async def _call(fake: FakeDiscord, method: str, path: str, body: dict) -> tuple[int, dict]:
    async with aiohttp.ClientSession() as session:
        async with session.request(method, fake.rest_base + path, json=body) as response:
            return response.status, await response.json()


async def test_fake_enforces_thread_and_tag_limits() -> None:
    async with FakeDiscord() as fake:
        gid = fake.add_guild()
        owner_role = fake.add_role(gid, "Bot", MANAGE_CHANNELS)
        fake.grant_role(gid, fake.bot_id, owner_role)
        forum = fake.add_forum(gid, "news", ("Renewed",))
        tag = int(fake.forum_tags(forum)[0]["id"])
        message = {"content": "hello"}
        status, err = await _call(fake, "POST", f"/channels/{forum}/threads", {"name": "x" * 101, "message": message})
        assert status == 400 and "name" in err["errors"]
        status, err = await _call(
            fake, "POST", f"/channels/{forum}/threads", {"name": "ok", "message": message, "applied_tags": [tag] * 6}
        )
        assert status == 400 and "applied_tags" in err["errors"]
        status, err = await _call(fake, "POST", f"/channels/{forum}/threads", {"name": "ok"})
        assert status == 400 and "message" in err["errors"]
        status, err = await _call(
            fake, "POST", f"/channels/{forum}/threads", {"name": "ok", "message": {"content": "x" * 2001}}
        )
        assert status == 400 and "content" in err["errors"]["message"]
        status, post = await _call(
            fake, "POST", f"/channels/{forum}/threads", {"name": "x" * 100, "message": message, "applied_tags": [tag]}
        )
        assert status == 201 and post["id"] == post["message"]["id"] and post["applied_tags"] == [str(tag)]
        many = [{"name": f"t{i}"} for i in range(21)]
        status, err = await _call(fake, "PATCH", f"/channels/{forum}", {"available_tags": many})
        assert status == 400 and "available_tags" in err["errors"]
        status, err = await _call(fake, "PATCH", f"/channels/{forum}", {"available_tags": [{"name": "x" * 21}]})
        assert status == 400 and err["errors"]["available_tags"]["0"]["name"]
        status, err = await _call(fake, "PATCH", f"/channels/{post['id']}", {"applied_tags": ["123"]})
        assert status == 400 and "applied_tags" in err["errors"]  # not one of the forum's tags
        fake.archive_thread(int(post["id"]))
        status, err = await _call(fake, "PATCH", f"/channels/{post['id']}/messages/{post['id']}", {"content": "y"})
        assert status == 400 and err["code"] == 50083
        text = fake.add_channel(gid, "text")
        status, err = await _call(fake, "POST", f"/channels/{text}/messages", {"content": "alert"})
        status, err = await _call(fake, "POST", f"/channels/{text}/messages/{err['id']}/threads", {"name": "t"})
        assert status == 403  # no Create Public Threads
        assert len(fake.rejections) == 7


# ---------------------------------------------------------------- end to end


async def _follow(fake: FakeDiscord, guild, channel: int, *options: dict) -> str:
    record = await fake.invoke(guild.id, guild.general, fake.owner_id, "follow", [opt("show", "all"), *options])
    answer = await record.wait_final(10)
    return answer["content"]


def _grant_bot(fake: FakeDiscord, guild_id: int, permissions: int) -> None:
    fake.grant_role(guild_id, fake.bot_id, fake.add_role(guild_id, "Greenlight role", permissions))


def _tag_ids(fake: FakeDiscord, forum: int) -> dict[str, int]:
    return {t["name"]: int(t["id"]) for t in fake.forum_tags(forum)}


async def _wait_posts(fake: FakeDiscord, forum: int, count: int, timeout: float = 10.0) -> list:
    await fake.wait_for(lambda: len(fake.threads(forum)) >= count, timeout=timeout)
    return fake.threads(forum)


async def test_forum_follow_creates_tags_and_each_story_becomes_a_tagged_post(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        forum = fake.add_forum(guild.id, "tv-forum", ("Spoilers", "renewed"))
        moderators_tags = _tag_ids(fake, forum)
        _grant_bot(fake, guild.id, MANAGE_CHANNELS)
        feeds.items["wire"], feeds.items["beat"] = [], []
        async with running_bot(settings) as bot:
            text = await _follow(fake, guild, forum, opt("channel", str(forum), 7))
            assert f"<#{forum}> now follows **every show**" in text and "becomes a post in this forum" in text
            assert "Added the tags Cancelled, Final season" in text
            tags = _tag_ids(fake, forum)
            assert len(tags) == 10 and tags["Spoilers"] == moderators_tags["Spoilers"]
            assert tags["renewed"] == moderators_tags["renewed"]  # the moderator's tag is used, not duplicated
            assert set(tags) >= {
                "Cancelled",
                "Final season",
                "Series order",
                "Premiere date",
                "Trailer",
                "Casting",
                "Premiering",
            }
            await add_source(fake, guild, feeds.url("wire"))
            await add_source(fake, guild, feeds.url("beat"))

            feeds.items["wire"].insert(0, JJ)
            (post,) = await _wait_posts(fake, forum, 1)
            assert post.name == "Jessica Jones — Season 2 renewed" and post.applied_tags == [tags["renewed"]]
            (starter,) = fake.messages(post.id)
            assert starter.id == post.id and starter.embeds[0]["title"] == "Renewed: Jessica Jones — Season 2"
            story = bot.runtime.store.get_story(bot.runtime.store.deliveries()[0].story_id)
            assert starter.embeds == [e.to_dict() for e in to_embeds(render_alert(story))]  # a channel alert's embed
            assert starter.allowed_mentions["parse"] == []

            # a second outlet: the starter message is edited to list it, no second post
            feeds.items["beat"].insert(0, JJ_OTHER)
            await fake.wait_for(lambda: starter.edits, timeout=10)
            assert "Sources (2)" in embed_text(starter.current_embeds) and "Beat News" in embed_text(
                starter.current_embeds
            )
            assert post.edits == []  # same event: the tag is not touched

            feeds.items["beat"].insert(0, DOLLFACE)
            posts = await _wait_posts(fake, forum, 2)
            assert [p.name for p in posts] == [
                "Jessica Jones — Season 2 renewed",
                "Dollface — cancelled after season 2",
            ]
            assert posts[1].applied_tags == [tags["Cancelled"]]
            assert len(starter.edits) == 1 and fake.messages(guild.news) == []
            assert bot.runtime.store.forum_notes(guild.id) == []


async def test_without_manage_channels_existing_tags_are_used_and_status_says_what_is_missing(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        forum = fake.add_forum(guild.id, "tv-forum", ("RENEWED", "Mod pick"))
        feeds.items["wire"] = []
        async with running_bot(settings):
            text = await _follow(fake, guild, forum, opt("channel", str(forum), 7))
            assert "Manage Channels" in text and "Cancelled" in text and "(1 of 9 kinds have a tag)" in text
            assert [t["name"] for t in fake.forum_tags(forum)] == ["RENEWED", "Mod pick"]  # nothing added or removed
            assert not [r for r in fake.requests if r[0] == "PATCH" and r[1].endswith(f"/channels/{forum}")]
            status = await (
                await fake.invoke(guild.id, guild.general, fake.owner_id, "greenlight", [sub("status")])
            ).wait_final()
            shown = embed_text(status["embeds"])
            assert "Forum tags" in shown and f"<#{forum}>" in shown and "Manage Channels" in shown

            await add_source(fake, guild, feeds.url("wire"))
            feeds.items["wire"].insert(0, JJ)
            (post,) = await _wait_posts(fake, forum, 1)
            assert post.applied_tags == [_tag_ids(fake, forum)["RENEWED"]]
            feeds.items["wire"].insert(0, DOLLFACE)
            posts = await _wait_posts(fake, forum, 2)
            assert posts[1].applied_tags == []  # no Cancelled tag: posted untagged


async def test_a_full_forum_keeps_its_twenty_tags(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        forum = fake.add_forum(guild.id, "tv-forum", tuple(f"Mod {i}" for i in range(18)))
        _grant_bot(fake, guild.id, MANAGE_CHANNELS)
        async with running_bot(settings) as bot:
            text = await _follow(fake, guild, forum, opt("channel", str(forum), 7))
            names = [t["name"] for t in fake.forum_tags(forum)]
            assert len(names) == 20 and names[:18] == [f"Mod {i}" for i in range(18)]
            assert names[18:] == ["Renewed", "Cancelled"]
            assert "20 tags" in text
            ((_, note),) = bot.runtime.store.forum_notes(guild.id)
            assert "Final season" in note and "Renewed" not in note


async def test_a_correction_that_changes_the_event_moves_the_tag(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        forum = fake.add_forum(guild.id, "tv-forum", ("Spoilers",))
        _grant_bot(fake, guild.id, MANAGE_CHANNELS)
        feeds.items["wire"] = []
        async with running_bot(settings) as bot:
            await _follow(fake, guild, forum, opt("channel", str(forum), 7))
            await add_source(fake, guild, feeds.url("wire"))
            feeds.items["wire"].insert(0, JJ)
            (post,) = await _wait_posts(fake, forum, 1)
            tags = _tag_ids(fake, forum)
            # a moderator adds their own tag to the post; the correction must keep it
            post.applied_tags.append(tags["Spoilers"])
            store = bot.runtime.store
            # the post is recorded a moment after Discord made it; only a recorded post is flagged for an edit
            await fake.wait_for(lambda: store.deliveries()[0].status == "sent", timeout=10)
            (delivery,) = store.deliveries()
            with store._tx():
                store.db.execute("UPDATE stories SET event = 'ending' WHERE id = ?", [delivery.story_id])
            store.flag_story_edits(delivery.story_id, bot.runtime.clock())
            await fake.wait_for(lambda: store.deliveries()[0].tag_id == tags["Final season"], timeout=10)
            assert post.applied_tags == [tags["Spoilers"], tags["Final season"]] and len(post.edits) == 1
            assert post.name == "Jessica Jones — Season 2 is the final season"
            assert "Final season" in embed_text(fake.messages(post.id)[0].current_embeds)
            assert store.deliveries()[0].tag_id == tags["Final season"]


async def test_archived_or_deleted_posts_are_not_recreated(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        forum = fake.add_forum(guild.id, "tv-forum")
        feeds.items["wire"], feeds.items["beat"] = [], []
        async with running_bot(settings) as bot:
            await _follow(fake, guild, forum, opt("channel", str(forum), 7))
            await add_source(fake, guild, feeds.url("wire"))
            await add_source(fake, guild, feeds.url("beat"))
            feeds.items["wire"].insert(0, JJ)
            feeds.items["wire"].insert(0, GHOSTS)
            by_name = {p.name: p for p in await _wait_posts(fake, forum, 2)}
            first, second = by_name["Jessica Jones — Season 2 renewed"], by_name["Ghosts — Season 6 renewed"]
            fake.archive_thread(first.id)
            fake.delete_thread(second.id)
            store = bot.runtime.store
            feeds.items["beat"].insert(0, JJ_OTHER)
            feeds.items["beat"].insert(0, ("g-b", "‘Ghosts’ renewed for season 6 at CBS", "CBS renewed the comedy."))
            feeds.items["beat"].insert(0, JJ_THIRD)  # a marker: its post arrives after the edits were attempted
            await fake.wait_for(
                lambda: any(p.name.startswith("Jessica Jones — Season 3") for p in fake.threads(forum)), timeout=10
            )
            posts = fake.threads(forum)
            assert [p.name for p in posts] == ["Jessica Jones — Season 2 renewed", "Jessica Jones — Season 3 renewed"]
            assert fake.messages(first.id)[0].edits == []  # archived: left as it was
            # the marker's post is recorded a moment after Discord made it
            await fake.wait_for(lambda: all(d.status == "sent" for d in store.deliveries()), timeout=10)
            assert [(d.status, d.needs_edit, d.last_error) for d in store.deliveries()] == [("sent", False, None)] * 3
            assert store.paused_channels() == []


async def test_a_crash_between_the_post_and_the_mark_does_not_post_twice(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        forum = fake.add_forum(guild.id, "tv-forum")
        feeds.items["wire"] = []
        async with running_bot(settings, tick=3600) as bot:  # the loop sleeps: the outbox is driven by hand
            await hold_deliveries(bot)
            await _follow(fake, guild, forum, opt("channel", str(forum), 7))
            await add_source(fake, guild, feeds.url("wire"))
            feeds.items["wire"].insert(0, JJ)
            runtime = bot.runtime
            store = runtime.store
            await runtime.service.poller.poll([store.get_source(store.list_sources()[0].id)])
            await runtime.service.understand_new()
            (delivery,) = store.due_deliveries(runtime.clock())
            assert delivery.kind == "forum"
            story = store.get_story(delivery.story_id)
            # what the outbox does, cut short: attempt noted, post created, then the process "dies"
            store.note_attempt(delivery.id)
            post_id = await DiscordSender(bot).create_post(forum, post_title(story), render_alert(story), ())
        assert len(fake.threads(forum)) == 1
        with Store.open(settings.db_path) as store:
            assert store.deliveries()[0].status == "pending"
        async with running_bot(settings, tick=0.1) as bot:  # restart
            await fake.wait_for(lambda: bot.runtime.store.deliveries()[0].status == "sent", timeout=10)
            assert bot.runtime.store.deliveries()[0].message_id == post_id
        assert len(fake.threads(forum)) == 1
        posts = [r for r in fake.requests if r[0] == "POST" and r[1].endswith(f"/channels/{forum}/threads")]
        assert len(posts) == 1  # the post was found by its name, not created again
        assert any(r[1].endswith(f"/guilds/{guild.id}/threads/active") for r in fake.requests)


async def test_missing_create_posts_pauses_the_forum_and_names_the_permission(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        forum = fake.add_forum(guild.id, "tv-forum")
        fake.deny_bot(guild.id, forum, SEND_MESSAGES)
        feeds.items["wire"] = []
        async with running_bot(settings) as bot:
            await (
                await fake.invoke(
                    guild.id, guild.general, fake.owner_id, "setup", [opt("modlog_channel", str(guild.modlog), 7)]
                )
            ).wait_final()
            text = await _follow(fake, guild, forum, opt("channel", str(forum), 7))
            assert "lacks Create Posts" in text
            await add_source(fake, guild, feeds.url("wire"))
            feeds.items["wire"].insert(0, JJ)
            (note,) = await fake.wait_for_messages(guild.modlog, 1, timeout=10)
            assert f"<#{forum}>" in note.content and "Create Posts" in note.content
            assert [p.channel_id for p in bot.runtime.store.paused_channels(guild.id)] == [forum]
            assert fake.threads(forum) == []


async def test_text_channel_threads_opt_in(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        _grant_bot(fake, guild.id, CREATE_PUBLIC_THREADS)
        feeds.items["wire"] = []
        async with running_bot(settings) as bot:
            text = await _follow(
                fake,
                guild,
                guild.news,
                opt("channel", str(guild.news), 7),
                opt("thread", True, 5),
                opt("thread_archive", 60, 4),
            )
            assert "starts a public thread" in text
            await add_source(fake, guild, feeds.url("wire"))
            feeds.items["wire"].insert(0, JJ)
            (message,) = await fake.wait_for_messages(guild.news, 1, timeout=10)
            await fake.wait_for(lambda: fake.threads(guild.news), timeout=10)
            (thread,) = fake.threads(guild.news)
            assert thread.id == message.id and thread.name == "Jessica Jones — Season 2 renewed"
            assert thread.auto_archive_duration == 60
            await fake.wait_for(lambda: bot.runtime.store.deliveries()[0].thread_id == thread.id)
            # a second start (after a crash between the message and the thread) finds the thread, makes none
            assert await DiscordSender(bot).start_thread(guild.news, message.id, thread.name, 60) == message.id
            assert len(fake.threads(guild.news)) == 1
            # channels that did not opt in get no thread
            await _follow(fake, guild, guild.general, opt("channel", str(guild.general), 7))
            feeds.items["wire"].insert(0, DOLLFACE)
            await fake.wait_for_messages(guild.general, 1, timeout=10)
            await fake.wait_for(lambda: len(fake.threads(guild.news)) == 2, timeout=10)
            assert fake.threads(guild.general) == []


async def test_missing_create_public_threads_pauses_and_names_it(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        feeds.items["wire"] = []
        async with running_bot(settings) as bot:
            await (
                await fake.invoke(
                    guild.id, guild.general, fake.owner_id, "setup", [opt("modlog_channel", str(guild.modlog), 7)]
                )
            ).wait_final()
            text = await _follow(fake, guild, guild.news, opt("channel", str(guild.news), 7), opt("thread", True, 5))
            assert "lacks Create Public Threads" in text
            await add_source(fake, guild, feeds.url("wire"))
            feeds.items["wire"].insert(0, JJ)
            (note,) = await fake.wait_for_messages(guild.modlog, 1, timeout=10)
            assert "Create Public Threads" in note.content
            (message,) = fake.messages(guild.news)  # the alert itself went out
            store = bot.runtime.store
            assert [p.channel_id for p in store.paused_channels(guild.id)] == [guild.news]
            assert store.deliveries()[0].thread_id == 0 and store.deliveries()[0].status == "sent"


async def test_a_forum_refuses_thread_true(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        forum = fake.add_forum(guild.id, "tv-forum")
        async with running_bot(settings) as bot:
            text = await _follow(fake, guild, forum, opt("channel", str(forum), 7), opt("thread", True, 5))
            assert "already gives each story its own post" in text and bot.runtime.store.follows() == []


async def test_a_crash_between_the_alert_and_its_thread_starts_one_thread(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        _grant_bot(fake, guild.id, CREATE_PUBLIC_THREADS)
        feeds.items["wire"] = []
        async with running_bot(settings, tick=3600) as bot:  # the loop sleeps: the outbox is driven by hand
            await hold_deliveries(bot)
            await _follow(fake, guild, guild.news, opt("channel", str(guild.news), 7), opt("thread", True, 5))
            await add_source(fake, guild, feeds.url("wire"))
            feeds.items["wire"].insert(0, JJ)
            runtime = bot.runtime
            store = runtime.store
            await runtime.service.poller.poll([store.get_source(store.list_sources()[0].id)])
            await runtime.service.understand_new()
            (delivery,) = store.due_deliveries(runtime.clock())
            assert delivery.archive_minutes == 1440
            story = store.get_story(delivery.story_id)
            sender = DiscordSender(bot)
            # the alert is sent and recorded, its thread started, then the process "dies" before recording the thread
            store.note_attempt(delivery.id)
            message_id = await sender.send(guild.news, render_alert(story), delivery.nonce)
            store.mark_sent(delivery.id, message_id, runtime.clock())
            await sender.start_thread(guild.news, message_id, post_title(story), 1440)
        async with running_bot(settings, tick=0.1) as bot:  # restart
            await fake.wait_for(lambda: bot.runtime.store.deliveries()[0].thread_id == message_id, timeout=10)
        assert len(fake.messages(guild.news)) == 1 and [t.id for t in fake.threads(guild.news)] == [message_id]
        starts = [r for r in fake.requests if r[0] == "POST" and r[1].endswith(f"/messages/{message_id}/threads")]
        assert [status for _, _, status in starts] == [201, 400]  # Discord allows one thread per message


# ---------------------------------------------------------------- the outbox's forum decisions, with an in-test Sender


class ForumSender:
    """Discord makes the first post and then the answer is lost (a timeout): the post exists, unrecorded."""

    def __init__(self) -> None:
        self.posts: dict[int, str] = {}
        self.creates = 0
        self.lookups: list[set[int]] = []

    async def create_post(self, forum_id, title, message, tag_ids):
        self.creates += 1
        post_id = 5000 + len(self.posts)
        self.posts[post_id] = title
        if self.creates == 1:
            raise TransientSendError("Network error: timed out")
        return post_id

    async def find_post(self, forum_id, title, exclude):
        self.lookups.append(set(exclude))
        return next((p for p, t in self.posts.items() if t == title and p not in exclude), None)


async def test_a_post_whose_answer_was_lost_is_adopted_not_posted_again(store: Store) -> None:
    from tests.test_outbox import T0, story

    sid = story(store)
    store.upsert_follow(
        guild_id=1, channel_id=10, show_id=None, events=(), mention_role_id=None, created_by=None, now=T0, kind="forum"
    )
    plan_deliveries(store, [StoryUpdate(sid, 0, True, True)], T0)
    sender = ForumSender()
    first = await deliver_due(store, sender, T0)  # type: ignore[arg-type]
    assert first.retried == 1 and store.deliveries()[0].status == "pending"
    second = await deliver_due(store, sender, T0 + timedelta(hours=2))  # type: ignore[arg-type]
    (delivery,) = store.deliveries()
    assert second.sent == 1 and sender.creates == 1 and delivery.message_id == 5000 and delivery.kind == "forum"
    assert sender.lookups == [set()] and store.claimed_posts(10) == {5000}
