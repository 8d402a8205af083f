"""The fake Discord takes uploads as Discord does (payload_json plus files[n]) and refuses what Discord refuses."""

import json

import aiohttp

from tests.fakediscord import FakeDiscord
from tests.fakediscord.uploads import ATTACHMENTS_MAX, UPLOAD_MAX


def form(payload: dict, files: list[tuple[str, bytes]]) -> aiohttp.FormData:
    data = aiohttp.FormData()
    data.add_field("payload_json", json.dumps(payload), content_type="application/json")
    for i, (name, body) in enumerate(files):
        data.add_field(f"files[{i}]", body, filename=name, content_type="application/octet-stream")
    return data


async def post(fake: FakeDiscord, channel: int, payload: dict, files: list[tuple[str, bytes]]):
    async with aiohttp.ClientSession() as session:
        url = f"{fake.rest_base}/channels/{channel}/messages"
        async with session.post(url, data=form(payload, files)) as response:
            return response.status, await response.json()


def meta(n: int, description: str = "a picture") -> list[dict]:
    return [{"id": i, "filename": f"p{i}.png", "description": description} for i in range(n)]


async def test_an_upload_is_attached_with_its_description():
    async with FakeDiscord() as fake:
        channel = fake.add_channel(fake.add_guild(), "news")
        payload = {"content": "hi", "attachments": meta(1, "Bar chart of the week")}
        status, body = await post(fake, channel, payload, [("ignored.png", b"\x89PNG data")])
        assert status == 200
        (attachment,) = body["attachments"]
        assert attachment["filename"] == "p0.png" and attachment["description"] == "Bar chart of the week"
        assert attachment["size"] == len(b"\x89PNG data")
        (message,) = fake.messages(channel)
        assert message.attachments[0].data == b"\x89PNG data" and not fake.rejections


async def test_eleven_attachments_are_refused():
    async with FakeDiscord() as fake:
        channel = fake.add_channel(fake.add_guild(), "news")
        n = ATTACHMENTS_MAX + 1
        status, body = await post(fake, channel, {"attachments": meta(n)}, [(f"{i}.png", b"x") for i in range(n)])
        assert status == 400 and body["code"] == 50035
        assert body["errors"]["attachments"]["_errors"][0]["code"] == "BASE_TYPE_MAX_LENGTH"
        assert fake.messages(channel) == []
        status, _ = await post(fake, channel, {"attachments": meta(10)}, [(f"{i}.png", b"x") for i in range(10)])
        assert status == 200


async def test_too_large_a_request_is_refused_413():
    async with FakeDiscord() as fake:
        channel = fake.add_channel(fake.add_guild(), "news")
        big = b"\0" * (UPLOAD_MAX // 2 + 1)
        status, body = await post(fake, channel, {"attachments": meta(2)}, [("a.png", big), ("b.png", big)])
        assert status == 413 and body == {"message": "Request entity too large", "code": 40005}
        assert fake.messages(channel) == []


async def test_a_long_description_and_missing_file_data_are_refused():
    async with FakeDiscord() as fake:
        channel = fake.add_channel(fake.add_guild(), "news")
        status, body = await post(fake, channel, {"attachments": meta(1, "x" * 1025)}, [("a.png", b"x")])
        assert status == 400 and "description" in body["errors"]["attachments"]["0"]
        status, body = await post(fake, channel, {"attachments": meta(2)}, [("a.png", b"x")])
        assert (
            status == 400 and body["errors"]["attachments"]["1"]["id"]["_errors"][0]["code"] == "ATTACHMENT_NOT_FOUND"
        )
        assert fake.messages(channel) == []
