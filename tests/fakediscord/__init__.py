"""A local fake Discord (REST + gateway) for end-to-end tests of the real discord.py bot."""

from __future__ import annotations

import discord
import pytest
import yarl

from tests.fakediscord.interactions import InteractionRecord
from tests.fakediscord.server import FakeDiscord

__all__ = ["FakeDiscord", "InteractionRecord", "patch_discord"]


def patch_discord(monkeypatch: pytest.MonkeyPatch, fake: FakeDiscord) -> None:
    """The only two patches: where discord.py sends REST calls and where it opens the gateway."""
    monkeypatch.setattr(discord.http.Route, "BASE", fake.rest_base)
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(fake.gateway_url))
