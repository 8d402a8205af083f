"""Adding, previewing, removing, importing and exporting sources: the same calls for the CLI and the cogs."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from bot.cleaning import clean_line
from bot.config import Settings
from bot.errors import FeedError, SourceError
from bot.ingest.addresses import DEFAULT_PORTS, normalize_url, shorten_url
from bot.ingest.feeds import parse_feed
from bot.ingest.fetch import Fetcher
from bot.ingest.opml import build_opml, parse_opml_report
from bot.ingest.schedule import next_poll_after_success
from bot.ingest.session import address_is_public, host_allowed
from bot.models import PAUSED_REASON, Entry, FetchOutcome, ParsedFeed, Source
from bot.store import Store
from bot.words import count


@dataclass(frozen=True)
class SourceLimits:
    """How many sources a database, and one Discord server, may hold (GREENLIGHT_MAX_SOURCES[_PER_GUILD])."""

    total: int = Settings.max_sources
    per_guild: int = Settings.max_sources_per_guild

    @classmethod
    def of(cls, settings: Settings) -> SourceLimits:
        return cls(settings.max_sources, settings.max_sources_per_guild)

    def check(self, store: Store, guild_id: int | None, adding: int = 1) -> None:
        """Raise SourceError, saying what to do, when `adding` more sources would pass a limit."""
        counts = [(store.count_sources(), self.total, "GREENLIGHT_MAX_SOURCES", "This Greenlight has")]
        if guild_id is not None:
            mine = store.count_sources(guild_id=guild_id)
            counts.append((mine, self.per_guild, "GREENLIGHT_MAX_SOURCES_PER_GUILD", "This server has added"))
        for have, limit, setting, who in counts:
            if have + adding > limit:
                raise SourceError(
                    f"{who} {have:,} sources and may have at most {limit:,} ({setting}), so there is room for "
                    f"{max(0, limit - have):,} more. Remove sources no longer needed (/source remove, or "
                    "`greenlight sources remove`), or ask the bot's operator to raise the limit."
                )


@dataclass(frozen=True)
class SourcePreview:
    url: str
    title: str
    feed: ParsedFeed
    etag: str | None
    last_modified: str | None
    max_age: float | None

    @property
    def newest(self) -> Entry | None:
        dated = [e for e in self.feed.entries if e.published]
        if dated:
            return max(dated, key=lambda e: e.published)  # type: ignore[arg-type, return-value]
        return self.feed.entries[0] if self.feed.entries else None


async def preview_source(fetcher: Fetcher, url: str) -> SourcePreview:
    """Fetch and parse a URL once; raise SourceError with the reason when it is not a usable feed."""
    url = normalize_url(url)
    result = await fetcher.fetch(url)
    if result.outcome is not FetchOutcome.NEW or result.body is None:
        raise SourceError(f"Could not use {url}: {result.error or 'the server sent no content.'}")
    try:
        feed = parse_feed(result.body, content_type=result.content_type)
    except FeedError as exc:
        raise SourceError(f"Could not use {url}: {exc}") from None
    return SourcePreview(url, feed.title or url, feed, result.etag, result.last_modified, result.max_age)


async def add_source(
    store: Store,
    fetcher: Fetcher,
    url: str,
    *,
    name: str | None,
    added_by: str | None,
    now: datetime,
    poll_interval: float,
    guild_id: int | None = None,
    limits: SourceLimits | None = None,
) -> tuple[Source, SourcePreview]:
    """Validate, fetch once, then store the source and its current items as the baseline (not news).

    `guild_id` is the Discord server adding it (None: the command line); `limits` default to the settings'
    defaults. The baseline is analysed in the background by the service (bot/service.py): its facts answer
    questions, but it is never announced."""
    url = normalize_url(url)
    if store.find_source(url) is not None:
        raise SourceError(f"{url} is already a source.")
    (limits or SourceLimits()).check(store, guild_id)
    preview = await preview_source(fetcher, url)
    source = store.add_source(
        url, title=clean_line(name, 200) or preview.title, added_by=added_by, now=now, guild_id=guild_id
    )
    store.store_entries(source.id, preview.feed.entries, now=now, baseline=True)
    store.record_success(
        source.id,
        now=now,
        next_poll_at=next_poll_after_success(now, poll_interval, preview.max_age),
        etag=preview.etag,
        last_modified=preview.last_modified,
    )
    return store.get_source(source.id), preview


def resolve_source(store: Store, url_or_id: str) -> Source:
    source = store.find_source(url_or_id)
    if source is None:
        try:
            source = store.find_source(normalize_url(url_or_id))
        except SourceError:
            source = None
    if source is None:
        raise SourceError(f"No source matches {url_or_id!r}. `sources list` shows the numbers and addresses.")
    return source


def remove_source(store: Store, url_or_id: str, now: datetime) -> Source:
    """Stop polling and listing a source; its articles stay, so no story or answer loses its source."""
    source = resolve_source(store, url_or_id)
    store.remove_source(source.id, now)
    return source


def removed_text(source: Source) -> str:
    """What removing a source did, the same words for the CLI and /source remove."""
    return (
        f"Removed source {source.id} ({source.title or source.url}): it is no longer polled. Its "
        f"{count(source.article_count, 'stored article')} stay, so the stories and answers they support keep their "
        "source; adding the address again brings it back."
    )


def pause_source(store: Store, url_or_id: str) -> Source:
    source = resolve_source(store, url_or_id)
    if source.disabled_reason and source.disabled_reason.startswith(PAUSED_REASON):
        raise SourceError(f"Source {source.id} is already paused; enable it to poll it again.")
    store.disable_source(source.id, f"{PAUSED_REASON}: not polled until it is enabled again.")
    return store.get_source(source.id)


def enable_source(store: Store, url_or_id: str) -> tuple[Source, str]:
    """Re-enable a paused or disabled source (its failures forgotten, polled on the next cycle); with the sentence
    that says what changed."""
    src = resolve_source(store, url_or_id)
    if src.disabled_reason is None and not src.failures:
        return src, f"Source {src.id} is already enabled; nothing changed."
    store.enable_source(src.id)
    if src.disabled_reason is None:
        return src, (
            f"Source {src.id} was not disabled; its {count(src.failures, 'failure')} in a row are forgotten and it is "
            "retried on the next cycle."
        )
    return src, f"Source {src.id} is enabled again and will be polled on the next cycle."


@dataclass(frozen=True)
class ImportReport:
    added: tuple[str, ...]
    skipped: tuple[tuple[str, str], ...]  # (url, reason)


def private_host_reason(url: str, private_hosts: tuple[str, ...] = ()) -> str | None:
    """Why an address may not be a source while the SSRF guard is on, judged from the URL alone (an import does
    not fetch; names that resolve inside the network are still refused when they are fetched). Hosts listed in
    GREENLIGHT_PRIVATE_HOSTS (`private_hosts`) are allowed."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host_allowed(private_hosts, host, parts.port or DEFAULT_PORTS.get(parts.scheme.lower())):
        return None
    if host == "localhost" or host.endswith(".localhost"):
        return "that address is this machine (localhost), so Greenlight will not fetch it"
    try:
        ip = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return None
    if not address_is_public(ip):
        return f"that address leads to {ip}, inside a private network, so Greenlight will not fetch it"
    return None


def import_opml(
    store: Store,
    data: bytes,
    *,
    added_by: str | None,
    now: datetime,
    allow_private: bool = False,
    private_hosts: tuple[str, ...] = (),
    guild_id: int | None = None,
    limits: SourceLimits | None = None,
) -> ImportReport:
    """Add every outline's feed URL with the same checks as adding one; each is polled (and baselined) on the next
    cycle. Skipped outlines come back with their reason (invalid, private, too long, a repeat, already a source).
    A file over the OPML limits, or one that would take the sources past a limit, is refused whole: nothing is
    added."""
    try:
        outlines, skipped = parse_opml_report(data)
    except FeedError as exc:
        raise SourceError(str(exc)) from None
    wanted: list[tuple[str, str | None]] = []
    taken: set[str] = set()
    for outline in outlines:
        try:
            url = normalize_url(outline.url)
        except SourceError as exc:
            skipped.append((shorten_url(outline.url), str(exc)))
            continue
        private = None if allow_private else private_host_reason(url, private_hosts)
        if private:
            skipped.append((shorten_url(url), private))
            continue
        if url in taken or store.find_source(url) is not None:
            skipped.append((shorten_url(url), "already a source"))
            continue
        taken.add(url)
        wanted.append((url, outline.title))
    (limits or SourceLimits()).check(store, guild_id, len(wanted))
    for url, title in wanted:
        store.add_source(url, title=title, added_by=added_by, now=now, guild_id=guild_id)
    return ImportReport(tuple(u for u, _ in wanted), tuple(skipped))


def export_opml(store: Store) -> bytes:
    return build_opml((s.url, s.title) for s in store.list_sources())
