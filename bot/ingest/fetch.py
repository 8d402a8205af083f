"""Conditional GET of a URL → exactly one FetchResult. Never raises for network or HTTP problems."""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import urljoin, urlsplit

import aiohttp

from bot.config import Settings
from bot.errors import SourceError
from bot.ingest.addresses import MAX_URL_LENGTH, normalize_url, shorten_url
from bot.ingest.network_words import network_problem
from bot.ingest.session import AddressPolicy, BlockedAddress, make_session
from bot.models import FetchErrorKind, FetchOutcome, FetchResult
from bot.timeutil import utcnow

log = logging.getLogger(__name__)

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, "
    "text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)
HTML_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
MAX_HINT = 86_400.0  # Retry-After and max-age are honoured up to a day
REDIRECTS = {301, 302, 303, 307, 308}
PERMANENT_REDIRECTS = {301, 308}


def parse_retry_after(value: str | None) -> float | None:
    """Seconds, or an HTTP date; clamped to 0..MAX_HINT. None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = (parsedate_to_datetime(value) - utcnow()).total_seconds()
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    return max(0.0, min(seconds, MAX_HINT))


def parse_max_age(value: str | None) -> float | None:
    if not value:
        return None
    for part in value.split(","):
        name, _, arg = part.strip().partition("=")
        if name.strip().lower() == "max-age":
            try:
                return max(0.0, min(float(arg.strip().strip('"')), MAX_HINT))
            except ValueError:
                return None
    return None


def _status_text(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def _blocked_cause(exc: BaseException) -> BlockedAddress | None:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, BlockedAddress):
            return seen
        inner = getattr(seen, "os_error", None)
        if isinstance(inner, BlockedAddress):
            return inner
        seen = seen.__cause__ or seen.__context__
    return None


class Fetcher:
    """Owns the one session and the concurrency limits (global and per host)."""

    def __init__(
        self,
        settings: Settings,
        *,
        session: aiohttp.ClientSession | None = None,
        address_allowed: AddressPolicy | None = None,
    ) -> None:
        self.settings = settings
        self._session = session
        self._own_session = session is None
        self._address_allowed = address_allowed
        self._global = asyncio.Semaphore(settings.max_concurrency)
        self._hosts: defaultdict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(settings.per_host_concurrency)
        )

    @property
    def session(self) -> aiohttp.ClientSession:
        if self._session is None:  # created lazily: a session must be born inside the running loop
            self._session = make_session(self.settings, address_allowed=self._address_allowed)
        return self._session

    async def close(self) -> None:
        if self._session is not None and self._own_session:
            await self._session.close()
        self._session = None

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None, accept: str = FEED_ACCEPT
    ) -> FetchResult:
        def error(kind: FetchErrorKind, message: str, **kw: Any) -> FetchResult:
            return FetchResult(url, FetchOutcome.ERROR, error_kind=kind, error=message, **kw)

        try:
            current = normalize_url(url)
        except SourceError as exc:
            return error(FetchErrorKind.BAD_URL, str(exc))
        headers = {"Accept": accept, "Accept-Encoding": "gzip, deflate"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        # The time limit counts only time spent fetching: waiting for a free slot behind other sources is not
        # the server's fault, and counting it turned a busy cycle into a wall of "timeouts" on healthy feeds.
        budget = self.settings.fetch_timeout
        loop = asyncio.get_running_loop()
        try:
            start = current
            permanent = True  # every hop so far was a 301 or 308: the feed has moved to `current`
            for hop in range(self.settings.max_redirects + 1):
                host = urlsplit(current).hostname or ""
                async with self._global, self._hosts[host]:
                    started = loop.time()
                    try:
                        async with asyncio.timeout(budget):
                            result = await self._get(url, current, headers, error)
                    finally:
                        budget -= loop.time() - started
                if isinstance(result, FetchResult):
                    if hop and permanent and result.ok and current != start:
                        result = replace(result, permanent_redirect=current)
                    return result
                status, location = result
                permanent = permanent and status in PERMANENT_REDIRECTS
                try:
                    current = normalize_url(location)
                except SourceError as exc:
                    return error(FetchErrorKind.BAD_URL, f"A redirect led to a refused address: {exc}")
            return error(
                FetchErrorKind.TOO_MANY_REDIRECTS,
                f"The address redirected more than {self.settings.max_redirects} times (a redirect loop?).",
            )
        except TimeoutError:
            return error(
                FetchErrorKind.TIMEOUT,
                f"The server did not answer in full within {self.settings.fetch_timeout:g} seconds.",
            )
        except Exception as exc:  # every other failure is still one outcome, never an exception
            blocked = _blocked_cause(exc)
            if blocked is not None:
                return error(
                    FetchErrorKind.BLOCKED,
                    f"That address leads to {blocked.address}, inside a private network, "
                    "so Greenlight will not fetch it.",
                )
            if isinstance(exc, (aiohttp.ClientError, OSError, ValueError)):
                log.debug("fetch of %s failed: %r", shorten_url(current, 300), exc)
                return error(FetchErrorKind.NETWORK, network_problem(exc, current))
            raise

    async def _get(
        self, original: str, url: str, headers: dict[str, str], error: Callable[..., FetchResult]
    ) -> FetchResult | tuple[int, str]:
        """One hop: a FetchResult, or (status, next URL) when the answer is a redirect."""
        async with self.session.get(url, headers=headers, allow_redirects=False) as resp:
            common: dict[str, Any] = dict(
                status=resp.status,
                final_url=url,
                content_type=resp.headers.get("Content-Type"),
                retry_after=parse_retry_after(resp.headers.get("Retry-After")),
                max_age=parse_max_age(resp.headers.get("Cache-Control")),
            )
            if resp.status in REDIRECTS and resp.headers.get("Location"):
                location = resp.headers["Location"]
                if len(location) > MAX_URL_LENGTH:
                    return error(
                        FetchErrorKind.BAD_URL,
                        f"The server redirected to an address of {len(location):,} characters; "
                        f"the limit is {MAX_URL_LENGTH:,}.",
                        **common,
                    )
                return resp.status, urljoin(url, location)
            if resp.status == 304:
                return FetchResult(
                    original,
                    FetchOutcome.NOT_MODIFIED,
                    etag=resp.headers.get("ETag"),
                    last_modified=resp.headers.get("Last-Modified"),
                    **common,
                )
            if resp.status != 200:
                hint = ""
                if resp.status == 429 and common["retry_after"] is not None:
                    hint = f" It asked to wait {common['retry_after']:.0f} seconds."
                return error(
                    FetchErrorKind.HTTP_STATUS, f"The server answered {_status_text(resp.status)}.{hint}", **common
                )
            cap = self.settings.max_body_bytes
            if (
                resp.content_length is not None
                and resp.content_length > cap
                and not resp.headers.get("Content-Encoding")
            ):
                return error(
                    FetchErrorKind.TOO_LARGE,
                    f"The body is {resp.content_length:,} bytes; the limit is {cap:,}.",
                    **common,
                )
            chunks: list[bytes] = []
            size = 0
            async for chunk in resp.content.iter_chunked(65_536):  # decompressed bytes: a gzip bomb stops here
                size += len(chunk)
                if size > cap:
                    return error(
                        FetchErrorKind.TOO_LARGE, f"The body is larger than the limit of {cap:,} bytes.", **common
                    )
                chunks.append(chunk)
            return FetchResult(
                original,
                FetchOutcome.NEW,
                body=b"".join(chunks),
                etag=resp.headers.get("ETag"),
                last_modified=resp.headers.get("Last-Modified"),
                **common,
            )
