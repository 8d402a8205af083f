"""Settings from the environment and a `.env` file. The only reader of os.environ."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.errors import ConfigError

_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
LOG_FORMATS = ("text", "json")
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


@dataclass(frozen=True)
class Settings:
    discord_token: str | None = None
    db_path: Path = Path("greenlight.db")
    poll_interval: float = 900.0  # seconds between polls of one source
    fetch_timeout: float = 20.0  # total seconds for one fetch, from its first byte sent (not its wait for a slot)
    workers: int | None = None  # worker processes for parsing and analysis; None: one per core, 0: none
    task_timeout: float = 30.0  # seconds one feed or batch of articles may take in a worker before it is abandoned
    full_text_timeout: float = 10.0  # seconds to extract an article page's main text
    max_body_bytes: int = 5_000_000  # after decompression
    user_agent: str = "Greenlight/0.1 (TV news bot; +https://github.com/greenlight-bot/greenlight)"
    allow_private_sources: bool = False  # SSRF guard off: only for tests and the demo
    log_level: str | None = None  # None: INFO for `run` and a running `poll`, WARNING for one-shot commands
    log_format: str = "text"  # "text" (one line per record) or "json" (one JSON object per line, for log collectors)
    max_failures: int = 10  # consecutive failures before a source is disabled
    max_concurrency: int = 50
    per_host_concurrency: int = 4
    max_redirects: int = 5
    dev_guild_id: int | None = None  # sync slash commands to this guild only
    max_entries_per_fetch: int = 500  # newest entries kept from one parse of a feed; the rest are dropped
    tvmaze: bool = True  # look shows up on TVmaze (off: no call is ever made)
    tvmaze_url: str = "https://api.tvmaze.com"  # TVmaze's API; tests and the demo point it at a local server
    max_sources: int = 5_000  # sources in one database; adding or importing more is refused
    max_sources_per_guild: int = 500  # sources one Discord server may add
    private_hosts: tuple[str, ...] = ()  # host or host:port sources and pages may be on although private
    discord_rate: float = 50.0  # the bot's global limit, requests a second (Discord's default; large bots get more)
    delivery_concurrency: int = 8  # alerts in flight at once (each channel one at a time)
    shard_count: int | None = None  # None: as many shards as Discord recommends (GET /gateway/bot)
    shard_ids: tuple[int, ...] | None = None  # the shards this process runs (None: all of them)
    max_watches: int = 50  # shows one member may watch for direct messages (/watch)

    def with_overrides(self, **changes: Any) -> Settings:
        return replace(self, **changes)


def _parse_bool(name: str, raw: str) -> bool:
    low = raw.strip().lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    raise ConfigError(name, f"{raw!r} is not a yes/no value", "one of true/false, yes/no, 1/0")


def _parse_positive_float(lo: float, hi: float, example: str, unit: str = "seconds") -> Callable[[str, str], float]:
    expected = f"{unit} between {lo:g} and {hi:g}, e.g. {example}"

    def parse(name: str, raw: str) -> float:
        try:
            value = float(raw)
        except ValueError:
            raise ConfigError(name, f"{raw!r} is not a number", expected) from None
        if not lo <= value <= hi:
            raise ConfigError(name, f"{value:g} is out of range", expected)
        return value

    return parse


def _parse_int(lo: int, hi: int, example: str) -> Callable[[str, str], int]:
    expected = f"a whole number between {lo} and {hi}, e.g. {example}"

    def parse(name: str, raw: str) -> int:
        try:
            value = int(raw.strip().replace("_", ""))
        except ValueError:
            raise ConfigError(name, f"{raw!r} is not a whole number", expected) from None
        if not lo <= value <= hi:
            raise ConfigError(name, f"{value} is out of range", expected)
        return value

    return parse


def _parse_bytes(name: str, raw: str) -> int:
    text = raw.strip().upper().removesuffix("B")
    factor = 1
    for suffix, mult in (("K", 1_000), ("M", 1_000_000), ("G", 1_000_000_000)):
        if text.endswith(suffix):
            text, factor = text[:-1], mult
            break
    try:
        value = int(float(text) * factor)
    except ValueError:
        raise ConfigError(name, f"{raw!r} is not a size", "a number of bytes such as 5000000 or 5MB") from None
    if not 1_000 <= value <= 1_000_000_000:
        raise ConfigError(name, f"{value} bytes is out of range", "between 1KB and 1GB, e.g. 5MB")
    return value


def _parse_log_level(name: str, raw: str) -> str:
    level = raw.strip().upper()
    if level not in _LOG_LEVELS:
        raise ConfigError(name, f"{raw!r} is not a log level", "one of " + ", ".join(_LOG_LEVELS))
    return level


def _parse_log_format(name: str, raw: str) -> str:
    value = raw.strip().lower() or "text"
    if value not in LOG_FORMATS:
        raise ConfigError(name, f"{raw!r} is not a log format", "text or json")
    return value


def _parse_text(name: str, raw: str) -> str:
    if not raw.strip():
        raise ConfigError(name, "it is empty", "a non-empty text")
    return raw.strip()


def _parse_optional_text(name: str, raw: str) -> str | None:
    return raw.strip() or None


def _parse_base_url(name: str, raw: str) -> str:
    text = raw.strip().rstrip("/")
    expected = "an http:// or https:// address such as https://api.tvmaze.com"
    scheme, sep, rest = text.partition("://")
    if not sep or scheme.lower() not in ("http", "https") or not rest or rest.startswith("/"):
        raise ConfigError(name, f"{raw!r} is not a web address", expected)
    return text


def _parse_hosts(name: str, raw: str) -> tuple[str, ...]:
    """'127.0.0.1:8080, feeds.lan' → ('127.0.0.1:8080', 'feeds.lan'): lowercased host names, an optional port,
    IPv6 addresses in brackets."""
    expected = "host names or addresses with an optional port, comma-separated, e.g. 127.0.0.1:8080,feeds.lan"
    hosts = []
    for part in raw.split(","):
        entry = part.strip().lower()
        if not entry:
            continue
        host, port = split_host_port(entry)
        if not host or (port is not None and not 0 < port < 65536) or any(c in host for c in "/@?# "):
            raise ConfigError(name, f"{part.strip()!r} is not a host or host:port", expected)
        hosts.append(entry)
    return tuple(hosts)


def split_host_port(entry: str) -> tuple[str, int | None]:
    """'feeds.lan:8080' → ('feeds.lan', 8080); '[::1]:80' → ('::1', 80); 'feeds.lan' → ('feeds.lan', None).
    A port that is not a number gives port -1 (refused by the caller)."""
    if entry.startswith("["):
        host, _, rest = entry[1:].partition("]")
        port_text = rest[1:] if rest.startswith(":") else None
    elif entry.count(":") == 1:
        host, port_text = entry.split(":")
    else:
        host, port_text = entry, None
    if port_text is None:
        return host, None
    return host, int(port_text) if port_text.isdigit() and port_text.isascii() else -1


def _parse_guild(name: str, raw: str) -> int | None:
    if not raw.strip():
        return None
    return _parse_int(1, 2**63 - 1, "123456789012345678")(name, raw)


def _parse_shard_ids(name: str, raw: str) -> tuple[int, ...] | None:
    """`0-3` or `0,1,2,3`; empty: every shard."""
    text = raw.replace(" ", "")
    if not text:
        return None
    expected = "shard numbers such as 0-3 or 0,2,4 (each below GREENLIGHT_SHARD_COUNT)"
    ids: list[int] = []
    try:
        for part in text.split(","):
            lo, dash, hi = part.partition("-")
            ids += range(int(lo), int(hi) + 1) if dash else [int(lo)]
    except ValueError:
        raise ConfigError(name, f"{raw!r} is not a list of shards", expected) from None
    if not ids or min(ids) < 0:
        raise ConfigError(name, f"{raw!r} names no shard", expected)
    return tuple(sorted(set(ids)))


# env name → (Settings field, parser). `.env.example` documents each of them.
ENV_SETTINGS: dict[str, tuple[str, Callable[[str, str], object]]] = {
    "DISCORD_TOKEN": ("discord_token", _parse_optional_text),
    "GREENLIGHT_DB": ("db_path", lambda n, r: Path(_parse_text(n, r)).expanduser()),
    "GREENLIGHT_POLL_INTERVAL": ("poll_interval", _parse_positive_float(1, 86_400, "900")),
    "GREENLIGHT_FETCH_TIMEOUT": ("fetch_timeout", _parse_positive_float(0.1, 600, "20")),
    "GREENLIGHT_WORKERS": ("workers", lambda n, r: _parse_int(0, 64, "2")(n, r) if r.strip() else None),
    "GREENLIGHT_TASK_TIMEOUT": ("task_timeout", _parse_positive_float(1, 600, "30")),
    "GREENLIGHT_MAX_BODY_BYTES": ("max_body_bytes", _parse_bytes),
    "GREENLIGHT_USER_AGENT": ("user_agent", _parse_text),
    "GREENLIGHT_ALLOW_PRIVATE_SOURCES": ("allow_private_sources", _parse_bool),
    "GREENLIGHT_LOG_LEVEL": ("log_level", lambda n, r: _parse_log_level(n, r) if r.strip() else None),
    "GREENLIGHT_LOG_FORMAT": ("log_format", _parse_log_format),
    "GREENLIGHT_MAX_FAILURES": ("max_failures", _parse_int(1, 1000, "10")),
    "GREENLIGHT_MAX_CONCURRENCY": ("max_concurrency", _parse_int(1, 1000, "50")),
    "GREENLIGHT_PER_HOST_CONCURRENCY": ("per_host_concurrency", _parse_int(1, 100, "4")),
    "GREENLIGHT_DEV_GUILD": ("dev_guild_id", _parse_guild),
    "GREENLIGHT_MAX_ENTRIES_PER_FETCH": ("max_entries_per_fetch", _parse_int(1, 100_000, "500")),
    "GREENLIGHT_TVMAZE": ("tvmaze", _parse_bool),
    "GREENLIGHT_TVMAZE_URL": ("tvmaze_url", _parse_base_url),
    "GREENLIGHT_MAX_SOURCES": ("max_sources", _parse_int(1, 1_000_000, "5000")),
    "GREENLIGHT_MAX_SOURCES_PER_GUILD": ("max_sources_per_guild", _parse_int(1, 1_000_000, "500")),
    "GREENLIGHT_PRIVATE_HOSTS": ("private_hosts", _parse_hosts),
    "GREENLIGHT_DISCORD_RATE": ("discord_rate", _parse_positive_float(1, 10_000, "50", "requests a second")),
    "GREENLIGHT_DELIVERY_CONCURRENCY": ("delivery_concurrency", _parse_int(1, 200, "8")),
    "GREENLIGHT_SHARD_COUNT": ("shard_count", lambda n, r: _parse_int(1, 100_000, "4")(n, r) if r.strip() else None),
    "GREENLIGHT_SHARD_IDS": ("shard_ids", _parse_shard_ids),
    "GREENLIGHT_MAX_WATCHES": ("max_watches", _parse_int(1, 10_000, "50")),
}


def read_dotenv(path: Path) -> dict[str, str]:
    """Parse KEY=VALUE lines; comments, blank lines and `export ` prefixes are allowed."""
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        line = line.removeprefix("export ").strip()
        key, sep, value = line.partition("=")
        if not sep or not key.strip():
            raise ConfigError(
                f"{path}:{lineno}", "this line is not KEY=VALUE", "lines like GREENLIGHT_DB=./greenlight.db"
            )
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        values[key.strip()] = value
    return values


def load_settings(environ: Mapping[str, str] | None = None, dotenv: Path | None = Path(".env")) -> Settings:
    """Settings from `.env` overlaid by the real environment (the environment wins)."""
    merged: dict[str, str] = dict(read_dotenv(dotenv)) if dotenv else {}
    merged.update(os.environ if environ is None else environ)
    changes: dict[str, Any] = {}
    for env_name, (field, parse) in ENV_SETTINGS.items():
        if env_name in merged:
            changes[field] = parse(env_name, merged[env_name])
    settings = Settings(**changes)
    if settings.shard_ids is not None:
        if settings.shard_count is None:
            raise ConfigError("GREENLIGHT_SHARD_IDS", "it needs GREENLIGHT_SHARD_COUNT", "both set, or neither")
        if max(settings.shard_ids) >= settings.shard_count:
            raise ConfigError(
                "GREENLIGHT_SHARD_IDS",
                f"shard {max(settings.shard_ids)} does not exist with {settings.shard_count} shards",
                f"numbers from 0 to {settings.shard_count - 1}",
            )
    return settings


class JsonLogFormatter(logging.Formatter):
    """One JSON object per line (GREENLIGHT_LOG_FORMAT=json): time, level, logger, message, and the traceback."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(settings: Settings, *, long_running: bool = True) -> None:
    """Log to standard error. Unless GREENLIGHT_LOG_LEVEL says otherwise, the bot and a running poller log INFO and
    one-shot commands only warnings, so their output is not mixed with routine log lines."""
    level = settings.log_level or ("INFO" if long_running else "WARNING")
    handler = logging.StreamHandler()
    if settings.log_format == "json":
        handler.setFormatter(JsonLogFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=getattr(logging, level), handlers=[handler])
