"""/scorecard and /timeline through the real bot and the fake Discord: deferred, drawn in a worker, answered with
the picture attached (with its alt text); refusals are ephemeral and draw nothing."""

from datetime import UTC, datetime

from tests.discordkit import opt, running_bot, world
from tests.fakediscord.uploads import UPLOADS
from tests.test_digest_e2e import Clock, newsroom, png_of


async def test_scorecard_and_timeline_commands(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        settings = settings.with_overrides(workers=1)
        newsroom(settings, guild.id, guild.news)
        async with running_bot(settings, clock=Clock(datetime(2026, 12, 6, 12, tzinfo=UTC))):
            record = await fake.invoke(guild.id, guild.general, guild.member, "scorecard", [])
            shown = await record.wait_final(60)
            assert record.response["type"] == 5 and not record.ephemeral  # deferred, for everyone
            (embed,) = shown["embeds"]
            assert embed["title"] == "Renewals and cancellations in 2026"
            assert embed["image"]["url"] == "attachment://scorecard.png"
            (upload,) = shown[UPLOADS]
            assert upload.description.startswith("Bar charts, Renewals and cancellations in 2026, shows per network")
            assert png_of(upload).width == 1200

            record = await fake.invoke(guild.id, guild.general, guild.member, "scorecard",
                                       [opt("network", "Peacock"), opt("year", 2026, 4)])  # fmt: skip
            refused = await record.wait_final()
            assert record.ephemeral and refused["content"].startswith("No decisions by “Peacock” in 2026.")
            assert UPLOADS not in refused

            record = await fake.invoke(guild.id, guild.general, guild.member, "timeline", [opt("show", "severance")])
            shown = await record.wait_final(60)
            assert shown["embeds"][0]["title"] == "Severance: seasons and news"
            assert "TVmaze (CC BY-SA)" in shown["embeds"][0]["footer"]["text"]
            (upload,) = shown[UPLOADS]
            assert upload.filename == "timeline.png" and upload.description.startswith("Timeline of Severance.")
