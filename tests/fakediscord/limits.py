"""Discord's payload limits, checked the way Discord checks them, with Discord's 400 error shape.

A rejected payload answers 400 `{"code": 50035, "message": "Invalid Form Body", "errors": {...}}`, where
`errors` mirrors the payload's shape down to the offending key, which holds `{"_errors": [{code, message}]}`.
discord.py flattens that into `HTTPException.text` ("In embeds.0.title: Must be 256 or fewer in length.").

Lengths are counted in code points (Python `len`) after trimming leading and trailing whitespace.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

CONTENT_MAX = 2000
EMBEDS_MAX = 10
EMBED_TOTAL_MAX = 6000
TITLE_MAX, DESCRIPTION_MAX, FIELDS_MAX, FIELD_NAME_MAX, FIELD_VALUE_MAX = 256, 4096, 25, 256, 1024
FOOTER_MAX, AUTHOR_NAME_MAX = 2048, 256
COMMAND_NAME_MAX, COMMAND_DESCRIPTION_MAX, OPTIONS_MAX, CHOICES_MAX, CHOICE_NAME_MAX = 32, 100, 25, 25, 100
OPTION_LENGTH_MAX = 6000  # the largest max_length a string option may declare

Errors = dict[str, Any]

_HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$")


def length(text: object) -> int:
    return len(str(text).strip())


def _error(code: str, message: str) -> dict[str, list[dict[str, str]]]:
    return {"_errors": [{"code": code, "message": message}]}


def _too_long(limit: int) -> dict[str, list[dict[str, str]]]:
    return _error("BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")


def _too_many(limit: int) -> dict[str, list[dict[str, str]]]:
    return _error("BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")


def _required() -> dict[str, list[dict[str, str]]]:
    return _error("BASE_TYPE_REQUIRED", "This field is required")


def invalid_form_body(errors: Errors) -> dict[str, Any]:
    return {"code": 50035, "message": "Invalid Form Body", "errors": errors}


def well_formed_url(url: object) -> bool:
    """What Discord accepts as an embed url: http(s), a host, no spaces or control characters."""
    if not isinstance(url, str) or not url or any(c.isspace() or ord(c) < 32 for c in url):
        return False
    try:
        parts = urlsplit(url)
        port = parts.port  # raises on a malformed port
    except ValueError:
        return False
    del port
    host = parts.hostname or ""
    if parts.scheme.lower() not in ("http", "https") or not host:
        return False
    if host.startswith("[") or ":" in host:  # IPv6 literal
        return True
    try:
        host.encode("idna")
    except UnicodeError:
        return False
    return bool(_HOST.match(host.encode("idna").decode("ascii")))


def _check_text(errors: Errors, key: str, value: object, limit: int) -> None:
    if value is not None and length(value) > limit:
        errors[key] = _too_long(limit)


def embed_size(embed: dict[str, Any]) -> int:
    total = length(embed.get("title") or "") + length(embed.get("description") or "")
    total += length((embed.get("footer") or {}).get("text") or "")
    total += length((embed.get("author") or {}).get("name") or "")
    for f in embed.get("fields") or []:
        total += length(f.get("name") or "") + length(f.get("value") or "")
    return total


def embed_errors(embed: dict[str, Any]) -> Errors:
    errors: Errors = {}
    _check_text(errors, "title", embed.get("title"), TITLE_MAX)
    _check_text(errors, "description", embed.get("description"), DESCRIPTION_MAX)
    if embed.get("url") is not None and not well_formed_url(embed["url"]):
        errors["url"] = _error("URL_TYPE_INVALID_URL", "Not a well formed URL.")
    footer = embed.get("footer")
    if footer is not None:
        if not footer.get("text") or not length(footer["text"]):
            errors["footer"] = {"text": _required()}
        elif length(footer["text"]) > FOOTER_MAX:
            errors["footer"] = {"text": _too_long(FOOTER_MAX)}
    author = embed.get("author")
    if author is not None:
        if not author.get("name") or not length(author["name"]):
            errors["author"] = {"name": _required()}
        elif length(author["name"]) > AUTHOR_NAME_MAX:
            errors["author"] = {"name": _too_long(AUTHOR_NAME_MAX)}
        elif author.get("url") is not None and not well_formed_url(author["url"]):
            errors["author"] = {"url": _error("URL_TYPE_INVALID_URL", "Not a well formed URL.")}
    fields = embed.get("fields") or []
    if len(fields) > FIELDS_MAX:
        errors["fields"] = _too_many(FIELDS_MAX)
    else:
        field_errors: Errors = {}
        for i, f in enumerate(fields):
            one: Errors = {}
            for key, limit in (("name", FIELD_NAME_MAX), ("value", FIELD_VALUE_MAX)):
                value = f.get(key)
                if value is None or not length(value):
                    one[key] = _required()
                elif length(value) > limit:
                    one[key] = _too_long(limit)
            if one:
                field_errors[str(i)] = one
        if field_errors:
            errors["fields"] = field_errors
    return errors


def message_errors(body: dict[str, Any] | None) -> Errors:
    """Errors of a message payload (create, edit, interaction callback data, followup, webhook edit)."""
    body = body or {}
    errors: Errors = {}
    _check_text(errors, "content", body.get("content"), CONTENT_MAX)
    embeds = body.get("embeds")
    if embeds is None:
        return errors
    if len(embeds) > EMBEDS_MAX:
        errors["embeds"] = _too_many(EMBEDS_MAX)
        return errors
    per_embed = {str(i): e for i, e in ((i, embed_errors(embed)) for i, embed in enumerate(embeds)) if e}
    if per_embed:
        errors["embeds"] = per_embed
    elif sum(embed_size(e) for e in embeds) > EMBED_TOTAL_MAX:
        errors["embeds"] = _error("MAX_EMBED_SIZE_EXCEEDED", f"Embed size exceeds maximum size of {EMBED_TOTAL_MAX}")
    return errors


def _name_errors(name: object, *, lowercase: bool) -> dict[str, Any] | None:
    """^[-_\\p{L}\\p{N}]{1,32}$, and lowercase for slash commands and their options."""
    if not isinstance(name, str) or not 1 <= len(name) <= COMMAND_NAME_MAX:
        return _error("BASE_TYPE_BAD_LENGTH", f"Must be between 1 and {COMMAND_NAME_MAX} in length.")
    if not all(c in "-_" or c.isalnum() for c in name):
        return _error("STRING_TYPE_REGEX", "String value did not match validation regex.")
    if lowercase and name != name.lower():
        return _error("APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
    return None


def _description_errors(description: object) -> dict[str, Any] | None:
    if not isinstance(description, str) or not 1 <= len(description) <= COMMAND_DESCRIPTION_MAX:
        return _error("BASE_TYPE_BAD_LENGTH", f"Must be between 1 and {COMMAND_DESCRIPTION_MAX} in length.")
    return None


def _choice_errors(choices: list[dict[str, Any]]) -> Errors:
    if len(choices) > CHOICES_MAX:
        return _too_many(CHOICES_MAX)
    errors: Errors = {}
    for i, choice in enumerate(choices):
        one: Errors = {}
        name = choice.get("name")
        if not isinstance(name, str) or not 1 <= len(name) <= CHOICE_NAME_MAX:
            one["name"] = _error("BASE_TYPE_BAD_LENGTH", f"Must be between 1 and {CHOICE_NAME_MAX} in length.")
        value = choice.get("value")
        if isinstance(value, str) and not 1 <= len(value) <= CHOICE_NAME_MAX:
            one["value"] = _error("BASE_TYPE_BAD_LENGTH", f"Must be between 1 and {CHOICE_NAME_MAX} in length.")
        if one:
            errors[str(i)] = one
    return errors


def _option_errors(option: dict[str, Any], lowercase: bool) -> Errors:
    errors: Errors = {}
    if (e := _name_errors(option.get("name"), lowercase=lowercase)) is not None:
        errors["name"] = e
    if (e := _description_errors(option.get("description"))) is not None:
        errors["description"] = e
    if option.get("choices"):
        if e := _choice_errors(option["choices"]):
            errors["choices"] = e
    for key in ("min_length", "max_length"):
        if option.get(key) is not None and not 0 <= option[key] <= OPTION_LENGTH_MAX:
            errors[key] = _error("NUMBER_TYPE_MAX", f"int value should be less than or equal to {OPTION_LENGTH_MAX}.")
    if option.get("options"):
        if e := _options_errors(option["options"], lowercase):
            errors["options"] = e
    return errors


def _options_errors(options: list[dict[str, Any]], lowercase: bool) -> Errors:
    if len(options) > OPTIONS_MAX:
        return _too_many(OPTIONS_MAX)
    return {str(i): e for i, e in ((i, _option_errors(o, lowercase)) for i, o in enumerate(options)) if e}


def command_errors(command: dict[str, Any]) -> Errors:
    """One application command: its name, description, options (recursively) and choices."""
    slash = command.get("type", 1) == 1
    errors: Errors = {}
    if (e := _name_errors(command.get("name"), lowercase=slash)) is not None:
        errors["name"] = e
    if slash and (e := _description_errors(command.get("description"))) is not None:
        errors["description"] = e
    if command.get("options"):
        if e := _options_errors(command["options"], slash):
            errors["options"] = e
    return errors


def commands_errors(commands: list[dict[str, Any]]) -> Errors:
    return {str(i): e for i, e in ((i, command_errors(c)) for i, c in enumerate(commands)) if e}


def autocomplete_errors(data: dict[str, Any] | None) -> Errors:
    choices = (data or {}).get("choices") or []
    errors = _choice_errors(choices)
    return {"choices": errors} if errors else {}


def callback_errors(body: dict[str, Any] | None) -> Errors:
    """An interaction callback: a message (types 4 and 7) or autocomplete choices (type 8), under `data`."""
    body = body or {}
    kind = body.get("type")
    if kind in (4, 7):
        errors = message_errors(body.get("data"))
    elif kind == 8:
        errors = autocomplete_errors(body.get("data"))
    else:
        errors = {}
    return {"data": errors} if errors else {}


# ---------------------------------------------------------------- threads, forum posts and forum tags

THREAD_NAME_MAX = 100
APPLIED_TAGS_MAX = 5
AVAILABLE_TAGS_MAX = 20
TAG_NAME_MAX = 20
ARCHIVE_DURATIONS = (60, 1440, 4320, 10080)


def _bad_length(limit: int) -> dict[str, list[dict[str, str]]]:
    return _error("BASE_TYPE_BAD_LENGTH", f"Must be between 1 and {limit} in length.")


def thread_errors(body: dict[str, Any] | None, *, creating: bool, available: set[int] | None = None) -> Errors:
    """A thread's name, auto_archive_duration and applied_tags (create, or PATCH of the thread)."""
    body = body or {}
    errors: Errors = {}
    name = body.get("name")
    if creating or name is not None:
        if not isinstance(name, str) or not 1 <= length(name) <= THREAD_NAME_MAX:
            errors["name"] = _bad_length(THREAD_NAME_MAX)
    duration = body.get("auto_archive_duration")
    if duration is not None and duration not in ARCHIVE_DURATIONS:
        errors["auto_archive_duration"] = _error("BASE_TYPE_CHOICES", f"Value must be one of {ARCHIVE_DURATIONS}.")
    tags = body.get("applied_tags")
    if tags is not None:
        if len(tags) > APPLIED_TAGS_MAX:
            errors["applied_tags"] = _too_many(APPLIED_TAGS_MAX)
        elif available is not None and any(int(t) not in available for t in tags):
            errors["applied_tags"] = _error("TAG_NOT_AVAILABLE", "Tag is not available in this forum.")
    return errors


def forum_post_errors(body: dict[str, Any] | None, available: set[int]) -> Errors:
    """POST /channels/{forum}/threads: the thread, and its starter message under `message` (required)."""
    body = body or {}
    errors = thread_errors(body, creating=True, available=available)
    message = body.get("message")
    if not isinstance(message, dict) or not (message.get("content") or message.get("embeds")):
        errors["message"] = _required()
    elif e := message_errors(message):
        errors["message"] = e
    return errors


def available_tags_errors(tags: list[dict[str, Any]]) -> Errors:
    """PATCH of a forum's available_tags: at most 20, each named with 1 to 20 characters."""
    if len(tags) > AVAILABLE_TAGS_MAX:
        return {"available_tags": _too_many(AVAILABLE_TAGS_MAX)}
    per_tag = {
        str(i): {"name": _bad_length(TAG_NAME_MAX)}
        for i, tag in enumerate(tags)
        if not isinstance(tag.get("name"), str) or not 1 <= length(tag["name"]) <= TAG_NAME_MAX
    }
    return {"available_tags": per_tag} if per_tag else {}
