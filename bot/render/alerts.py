"""A story → its alert message: label, show, season, network, summary and linked sources."""

from __future__ import annotations

from bot.models import Story
from bot.render.safety import safe_text, trim
from bot.render.views import (
    EVENT_STYLE,
    FIELD_VALUE_MAX,
    NEUTRAL_COLOUR,
    EmbedView,
    FieldView,
    MessageView,
    fit_message,
)
from bot.tvmaze.models import ATTRIBUTION

SUMMARY_MAX = 700  # alerts are a glance, not the article


def season_label(season: int | None) -> str:
    return f"Season {season}" if season is not None else "Season not stated"


def season_phrase(story: Story) -> str:
    """What happened to which season, in words: "cancelled after season 2" (the story's season is the one that
    will not happen), "new series" for a series order; "Season N" otherwise; "" when no season is known."""
    s = story.season
    if story.event == "airing":  # a premiere reminder's headline is its phrase: "Season 3 premieres tomorrow, …"
        return story.headline
    if story.event == "cancelled":
        if s is not None and s > 1:
            return f"cancelled after season {s - 1}"
        return "cancelled before season 1" if s == 1 else ""
    if story.event == "ordered" and (s is None or s == 1):
        return "new series"
    return f"Season {s}" if s is not None else ""


def story_label(story: Story) -> str:
    """'Cancelled: Harbor Lights — cancelled after season 2' style one-line label of an alert."""
    label = EVENT_STYLE.get(story.event, (story.event.title(), NEUTRAL_COLOUR))[0]
    phrase = season_phrase(story)
    return f"{label}: {story.show}" + (f" — {phrase}" if phrase else "")


THREAD_NAME_MAX = 100  # Discord's limit on a thread's (a forum post's) name
POST_WHAT = {
    "renewed": "renewed",
    "ending": "final season",
    "ordered": "ordered",
    "premiere": "premiere date",
    "production": "production news",
    "trailer": "trailer",
    "casting": "casting news",
}


def _plain(text: str) -> str:
    """A thread name is plain text: no control characters, no runs of whitespace."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def post_title(story: Story) -> str:
    """A forum post's (or an alert thread's) name: 'Jessica Jones — Season 2 renewed', 'Dollface — cancelled after
    season 2', 'Shrinking — new series ordered'; within Discord's 100 characters, shortening the show's name."""
    phrase = season_phrase(story)
    what = POST_WHAT.get(story.event, story.event)
    if story.event == "cancelled":
        tail = phrase or "cancelled"
    elif story.event == "ordered" and phrase == "new series":
        tail = "new series ordered"
    elif story.event == "ending":
        tail = f"{phrase} is the final season" if phrase else "final season"
    elif story.event == "airing":
        tail = phrase or "premiering"
    else:
        tail = f"{phrase} {what}" if phrase else what
    tail = _plain(tail)
    show = _plain(story.show) or "Unknown show"
    room = THREAD_NAME_MAX - len(tail) - 3
    if len(show) > room:
        show = show[: max(room - 1, 1)].rstrip() + "…"
    return f"{show} — {tail}"[:THREAD_NAME_MAX]


def _season_field(story: Story) -> str:
    s = story.season
    if story.event == "cancelled" and s is not None:
        return f"No season {s}" + (f" (cancelled after season {s - 1})" if s > 1 else "")
    if story.event == "ordered" and (s is None or s == 1):
        return "Season 1 (new series)"
    return season_label(s)


def source_lines(story: Story, limit: int = FIELD_VALUE_MAX) -> str:
    """'[Outlet](link) · date' per source; outlet names are escaped, links are ours to make."""
    lines: list[str] = []
    used = 0
    for s in story.sources:
        when = f" · {s.published:%b %d}" if s.published else ""
        line = (
            f"[{safe_text(s.outlet)}]({s.link}){when}"
            if s.link.startswith(("http://", "https://"))
            else safe_text(s.outlet) + when
        )
        if used + len(line) + 1 > limit - 20:
            lines.append(f"…and {len(story.sources) - len(lines)} more")
            break
        lines.append(line)
        used += len(line) + 1
    return "\n".join(lines) or "—"


def render_alert(story: Story, mention_role_id: int | None = None) -> MessageView:
    label, colour = EVENT_STYLE.get(story.event, (story.event.title(), NEUTRAL_COLOUR))
    phrase = season_phrase(story)
    title = f"{label}: {safe_text(story.show)}" + (f" — {phrase}" if phrase else "")
    fields = [FieldView("Show", safe_text(story.show)), FieldView("Season", _season_field(story))]
    if story.network:
        fields.append(FieldView("Network", safe_text(story.network)))
    n = len(story.sources)
    link = story.link if story.link and story.link.startswith(("http://", "https://")) else None
    if story.event == "airing":  # a reminder from TVmaze's dates, not an outlet's report
        fields.append(FieldView("Source", f"[{ATTRIBUTION}]({link})" if link else ATTRIBUTION, inline=False))
        footer = f"Greenlight · {label} · date from {ATTRIBUTION}"
    else:
        fields.append(FieldView(f"Sources ({n})" if n != 1 else "Source", source_lines(story), inline=False))
        footer = f"Greenlight · {label} · reported by {n} outlet{'s' if n != 1 else ''}"
    first = (
        story.sources[0].link if story.sources and story.sources[0].link.startswith(("http://", "https://")) else link
    )
    embed = EmbedView(
        title=title,
        description=safe_text(trim(story.summary or story.headline, SUMMARY_MAX)),
        url=first,
        colour=colour,
        fields=tuple(fields),
        footer=footer,
        timestamp=story.first_seen,
    )
    content = f"<@&{mention_role_id}>" if mention_role_id else ""
    return fit_message(MessageView(content, (embed,), mention_role_id))
