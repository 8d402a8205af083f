"""Watchlist messages: the DM alert (a channel alert with a footer that says why it came) and /watchlist."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Story
from bot.render.alerts import render_alert
from bot.render.safety import safe_text
from bot.render.views import MessageView, fit_message
from bot.watch.models import DMS_CLOSED, WATCH_OFF, Watch

PAUSED_WORDS = {
    DMS_CLOSED: "paused: Discord would not deliver a DM to you (`/watch resume:True` once DMs are on)",
    WATCH_OFF: "paused: the server you added it in turned watchlists off",
}


def render_dm(story: Story) -> MessageView:
    """The same embed as a channel alert, with the footer saying which watch sent it and how to stop it."""
    alert = render_alert(story)
    embeds = (
        tuple(replace(e, footer=f"You watch {safe_text(story.show)} · /unwatch to stop") for e in alert.embeds[:1])
        + alert.embeds[1:]
    )
    return fit_message(replace(alert, embeds=embeds))


def describe_watchlist(watches: list[Watch], limit: int) -> str:
    if not watches:
        return "You watch no shows. `/watch show:<title>` sends you a direct message for each new story about it."
    lines = [f"You watch {len(watches)} of at most {limit} shows (only you see this):"]
    for w in watches:
        events = ", ".join(w.events) if w.events else "every news event"
        paused = f" — {PAUSED_WORDS.get(w.paused_reason, 'paused')}" if w.paused_reason else ""
        lines.append(f"• **{safe_text(w.show)}** ({events}){paused}")
    lines.append(
        "`/unwatch show:<title>` stops one; `/watch clear:True` deletes your watchlist and every record of it."
    )
    return "\n".join(lines)
