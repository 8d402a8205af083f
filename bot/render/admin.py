"""Message views for configuration replies: follows, sources, source previews and status."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.ingest.poll import SourceOutcome
from bot.ingest.sources import SourcePreview
from bot.models import OPT_IN_EVENTS, Delivery, Follow, GuildSettings, PausedChannel, PollSummary, Source, Story
from bot.render.alerts import render_alert, story_label
from bot.render.safety import safe_text, trim
from bot.render.views import EmbedView, FieldView, MessageView, fit_message
from bot.timeutil import ago
from bot.words import count


def follow_events_label(events: tuple[str, ...]) -> str:
    """What a follow gets, in words: an empty list is every news event, and never the opt-in reminders."""
    if events:
        return ", ".join(events)
    return "every news event; add `" + "`, `".join(OPT_IN_EVENTS) + "` for premiere reminders"


def describe_follows(follows: list[Follow], channel_id: int) -> MessageView:
    if not follows:
        return MessageView(f"<#{channel_id}> follows nothing yet. A moderator can use `/follow`.")
    lines = []
    for f in follows:
        what = safe_text(f.show) if f.show else "every show"
        events = follow_events_label(f.events)
        role = f" · mentions <@&{f.mention_role_id}>" if f.mention_role_id else ""
        paused = f" · **paused**: {safe_text(f.paused_reason)}" if f.paused_reason else ""
        lines.append(f"• {what} ({events}){role}{paused}")
    return fit_message(
        MessageView(embeds=(EmbedView(title="Followed here", description=f"<#{channel_id}>\n" + "\n".join(lines)),))
    )


def source_line(s: Source, now: datetime) -> str:
    problem = s.disabled_reason or s.last_error or s.last_note
    newest = f" · newest: {safe_text(trim(s.newest_title, 80))}" if s.newest_title else ""
    return (
        f"`#{s.id}` **{s.status}** {safe_text(trim(s.title or s.url, 80))} · fetched {ago(s.last_fetched_at, now)}"
        f" · {count(s.failures, 'failure')}{newest}" + (f"\n  ↳ {safe_text(trim(problem, 200))}" if problem else "")
    )


def sources_view(sources: list[Source], now: datetime) -> MessageView:
    if not sources:
        return MessageView("No sources yet. A moderator can add one with `/source add url:`.")
    return fit_message(
        MessageView(
            embeds=(
                EmbedView(
                    title=f"Sources ({len(sources)})", description="\n".join(source_line(s, now) for s in sources)
                ),
            )
        )
    )


def preview_view(preview: SourcePreview, stories: list[Story], *, added: Source | None = None) -> MessageView:
    newest = preview.newest
    head = (f"Added source #{added.id}: " if added else "Preview of ") + safe_text(trim(preview.title, 200))
    # a very long address is shown shortened (and not as a link, which would be broken)
    address = f"<{preview.url}>" if len(preview.url) <= 300 else safe_text(preview.url[:120]) + "…"
    text = f"{head}\n{address}\n{count(len(preview.feed.entries), 'item')}; newest: " + (
        safe_text(trim(newest.title, 300)) if newest else "(none)"
    )
    if added:
        text += "\nWhat the feed holds now is stored as background; only later items are announced."
    elif stories:
        text += f"\nThese {len(stories)} would be posted as alerts (nothing was saved):"
    else:
        text += "\nNone of its current items is renewal, cancellation or season news, so nothing would be posted."
    embeds = tuple(e for s in stories[:9] for e in render_alert(s).embeds)
    return fit_message(MessageView(trim(text, 1900), embeds))


def status_view(
    guild: GuildSettings,
    sources: list[Source],
    paused: list[PausedChannel],
    last_poll: tuple[datetime, PollSummary] | None,
    now: datetime,
    failed: tuple[int, list[Delivery]] = (0, []),
    forum_notes: list[tuple[int, str]] | None = None,
) -> MessageView:
    ok = sum(s.status in ("ok", "new") for s in sources)
    failing = [s for s in sources if s.status == "failing"]
    disabled = [s for s in sources if s.status == "disabled"]
    on_hold = sum(s.status == "paused" for s in sources)  # a moderator's choice, not a problem
    fields = [
        FieldView(
            "Sources",
            f"{len(sources)} total · {ok} ok · {len(failing)} failing · {len(disabled)} disabled"
            + (f" · {on_hold} paused" if on_hold else ""),
        )
    ]
    if failing or disabled:
        fields.append(
            FieldView("Problems", "\n".join(source_line(s, now) for s in (disabled + failing)[:10]), inline=False)
        )
    fields.append(
        FieldView(
            "Paused channels",
            "\n".join(f"<#{p.channel_id}> since {ago(p.since, now)}: {safe_text(p.reason)}" for p in paused) or "none",
            inline=False,
        )
    )
    failed_count, recent_failures = failed
    if failed_count:
        fields.append(
            FieldView(
                f"Failed alerts ({failed_count})",
                "\n".join(
                    f"<#{d.channel_id}>: {safe_text(trim(d.last_error or 'no reason recorded', 300))}"
                    for d in recent_failures
                ),
                inline=False,
            )
        )
    if forum_notes:
        fields.append(
            FieldView(
                "Forum tags",
                "\n".join(f"<#{channel_id}>: {safe_text(trim(note, 400))}" for channel_id, note in forum_notes[:5]),
                inline=False,
            )
        )
    if last_poll:
        when, summary = last_poll
        fields.append(
            FieldView(
                "Last poll",
                f"{ago(when, now)}: {summary.fetched} fetched, {summary.not_modified} not modified, "
                f"{summary.failed} failed, {summary.new_articles} new articles",
                inline=False,
            )
        )
    else:
        fields.append(FieldView("Last poll", "not yet", inline=False))
    config = (
        f"alerts: {f'<#{guild.alert_channel_id}>' if guild.alert_channel_id else 'not set'} · "
        f"moderator role: {f'<@&{guild.moderator_role_id}>' if guild.moderator_role_id else 'Manage Server only'} · "
        f"mod-log: {f'<#{guild.modlog_channel_id}>' if guild.modlog_channel_id else 'not set'}"
    )
    return fit_message(
        MessageView(embeds=(EmbedView(title="Greenlight status", description=config, fields=tuple(fields)),))
    )


def check_text(outcome: SourceOutcome, stories: list[Story], clean: Callable[[str], str] = str) -> str:
    """What fetching one source now found (`/source check`, `greenlight sources check`), in plain text; `clean`
    makes the feed's own text safe where it is shown (Discord: safe_text)."""
    source, status, stored = outcome.source, outcome.status, outcome.stored
    new_titles = [clean(trim(a.title, 120)) for a in outcome.new_articles]
    name = f"Source {source.id} ({clean(trim(source.title or source.url, 80))})"
    if status == "failed":
        return f"{name}: the fetch failed. {outcome.error or ''}".rstrip() + " It is retried on its schedule."
    if status == "not_modified" or not stored:
        return f"{name} was fetched: nothing new since the last fetch."
    lines = [f"{name} was fetched: {count(len(new_titles), 'new article')}."]
    lines += [f"  • {t}" for t in new_titles[:10]]
    background = stored - len(new_titles)
    if background > 0:
        lines.append(f"{count(background, 'item')} stored as background (never announced; used for answers).")
    if stories:
        lines.append(f"{count(len(stories), 'new story', 'new stories')}, posted to the channels that follow the show:")
        lines += [f"  • {clean(story_label(st))}" for st in stories[:10]]
    elif new_titles:
        lines.append("None of them is renewal, cancellation or season news that starts a new story.")
    return "\n".join(lines)
