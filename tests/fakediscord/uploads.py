"""Uploads as Discord takes them: a multipart body with `payload_json` and the files as `files[n]`, whose metadata
(filename, description) is in the payload's `attachments` list under the same id.

Discord refuses more than 10 attachments, a description over 1024 characters, metadata naming a file that was not
sent, and a request whose files together exceed the upload limit (413 "Request entity too large", code 40005).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tests.fakediscord.limits import Errors
from tests.fakediscord.state import snowflake

ATTACHMENTS_MAX = 10
UPLOAD_MAX = 10 * 1024 * 1024  # bytes per request: Discord's default upload limit
ATTACHMENT_DESCRIPTION_MAX = 1024
UPLOADS = "_uploads"  # where the parsed files travel inside the request body (never part of Discord's payload)
TOO_LARGE = {"message": "Request entity too large", "code": 40005}
_FILE_PART = re.compile(r"^files\[(\d+)\]$")


@dataclass
class Upload:
    index: int
    filename: str
    content_type: str
    data: bytes
    description: str | None = None
    id: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The attachment object Discord returns in a message."""
        url = f"https://cdn.discordapp.example/attachments/{self.id}/{self.filename}"
        return {
            "id": str(self.id),
            "filename": self.filename,
            "description": self.description,
            "content_type": self.content_type,
            "size": len(self.data),
            "url": url,
            "proxy_url": url,
        }


def _error(code: str, message: str) -> dict[str, list[dict[str, str]]]:
    return {"_errors": [{"code": code, "message": message}]}


async def read_upload(request: web.Request) -> tuple[dict[str, Any], tuple[int, Any] | None]:
    """The payload (with its files under UPLOADS), and (status, error body) when Discord would refuse it."""
    reader = await request.multipart()
    payload: dict[str, Any] = {}
    files: dict[int, Upload] = {}
    total = 0
    while (part := await reader.next()) is not None:
        name = getattr(part, "name", None) or ""
        data = await part.read(decode=False)  # type: ignore[union-attr]
        if name == "payload_json":
            payload = json.loads(data or b"{}")
        elif m := _FILE_PART.match(name):
            total += len(data)
            ctype = part.headers.get("Content-Type", "application/octet-stream")  # type: ignore[union-attr]
            files[int(m.group(1))] = Upload(int(m.group(1)), part.filename or "file", ctype, data)  # type: ignore[union-attr]
    if total > UPLOAD_MAX:
        return payload, (413, TOO_LARGE)
    errors = attachment_errors(payload, files)
    if errors:
        return payload, (400, errors)
    uploads = []
    for meta in payload.get("attachments") or []:
        upload = files[int(meta["id"])]
        upload.filename = meta.get("filename") or upload.filename
        upload.description = meta.get("description")
        upload.id = snowflake()
        uploads.append(upload)
    listed = {int(meta["id"]) for meta in payload.get("attachments") or []}
    for index, upload in sorted(files.items()):  # files sent without metadata are attached under their own name
        if index not in listed:
            upload.id = snowflake()
            uploads.append(upload)
    payload[UPLOADS] = uploads
    return payload, None


def attachment_errors(payload: dict[str, Any], files: dict[int, Upload]) -> Errors:
    metas = payload.get("attachments") or []
    if len(files) > ATTACHMENTS_MAX or len(metas) > ATTACHMENTS_MAX:
        return {"attachments": _error("BASE_TYPE_MAX_LENGTH", f"Must be {ATTACHMENTS_MAX} or fewer in length.")}
    errors: Errors = {}
    for i, meta in enumerate(metas):
        one: Errors = {}
        try:
            index = int(meta.get("id"))
        except (TypeError, ValueError):
            index = -1
        if index not in files:
            one["id"] = _error("ATTACHMENT_NOT_FOUND", "Attachment data not found")
        description = meta.get("description")
        if description is not None and len(str(description)) > ATTACHMENT_DESCRIPTION_MAX:
            one["description"] = _error(
                "BASE_TYPE_MAX_LENGTH", f"Must be {ATTACHMENT_DESCRIPTION_MAX} or fewer in length."
            )
        if one:
            errors[str(i)] = one
    return {"attachments": errors} if errors else {}
