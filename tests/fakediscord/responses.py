"""The fake Discord's answers: JSON exactly as discord.py expects it, and Discord's error bodies."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from tests.fakediscord.limits import Errors, invalid_form_body

MISSING_PERMISSIONS = {"message": "Missing Permissions", "code": 50013}
ARCHIVED = {"message": "Thread is archived", "code": 50083}
THREAD_EXISTS = {"message": "A thread has already been created for this message", "code": 160004}
UNKNOWN_CHANNEL = {"message": "Unknown Channel", "code": 10003}


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    # discord.py checks for exactly "application/json" (aiohttp's json_response adds a charset)
    return web.Response(
        body=json.dumps(data).encode(), status=status, headers={"Content-Type": "application/json", **(headers or {})}
    )


def rejected(errors: Errors) -> web.Response:
    """Discord's answer to a payload over its limits."""
    return json_response(invalid_form_body(errors), 400)
