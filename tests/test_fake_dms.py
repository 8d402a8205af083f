"""The fake Discord's direct messages are as strict as Discord's: the DM channel is opened first, and a message to a
member who closed DMs (or shares no server with the bot) is refused 403 with code 50007."""

import aiohttp

from tests.fakediscord import FakeDiscord


async def call(fake: FakeDiscord, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
    async with aiohttp.ClientSession() as session:
        async with session.request(method, fake.rest_base + path, json=body) as response:
            return response.status, await response.json()


async def test_a_dm_channel_is_opened_once_per_user_and_takes_messages():
    async with FakeDiscord() as fake:
        guild = fake.add_guild()
        member = fake.add_member(guild, "viewer")
        status, channel = await call(fake, "POST", "/users/@me/channels", {"recipient_id": str(member)})
        assert status == 200 and channel["type"] == 1 and channel["recipients"][0]["id"] == str(member)
        _, again = await call(fake, "POST", "/users/@me/channels", {"recipient_id": member})
        assert again["id"] == channel["id"] == str(fake.dm_channel_of(member))
        status, _ = await call(fake, "POST", f"/channels/{channel['id']}/messages", {"content": "hi"})
        assert status == 200 and [m.content for m in fake.dms(member)] == ["hi"]
        status, fetched = await call(fake, "GET", f"/channels/{channel['id']}")
        assert status == 200 and fetched["type"] == 1


async def test_closed_dms_and_a_member_who_left_every_server_are_refused_50007():
    async with FakeDiscord() as fake:
        guild = fake.add_guild()
        member = fake.add_member(guild, "viewer")
        _, channel = await call(fake, "POST", "/users/@me/channels", {"recipient_id": member})
        messages = f"/channels/{channel['id']}/messages"
        fake.close_dms(member)
        status, body = await call(fake, "POST", messages, {"content": "hi"})
        assert (status, body["code"]) == (403, 50007)
        fake.close_dms(member, closed=False)
        status, sent = await call(fake, "POST", messages, {"content": "hi"})
        assert status == 200
        fake.remove_member(guild, member)  # no server shared with the bot any more
        status, body = await call(fake, "PATCH", f"{messages}/{sent['id']}", {"content": "edited"})
        assert (status, body["code"]) == (403, 50007)
        assert fake.dms(member)[0].edits == []


async def test_opening_a_dm_needs_a_real_recipient():
    async with FakeDiscord() as fake:
        status, body = await call(fake, "POST", "/users/@me/channels", {})
        assert status == 400 and "recipient_id" in body["errors"]
        status, body = await call(fake, "POST", "/users/@me/channels", {"recipient_id": "12345"})
        assert (status, body["code"]) == (400, 50033)
