"""Answers → Discord message views and terminal text. Untrusted text (questions, quotes) is escaped."""

from __future__ import annotations

from bot.answers.compose import Answer
from bot.models import Story, StorySource
from bot.render.safety import safe_text, trim
from bot.render.views import EVENT_STYLE, NEUTRAL_COLOUR, EmbedView, FieldView, MessageView, fit_message

MAX_FACTS = 6
MAX_SOURCES = 8


def _source_line(s: StorySource) -> str:
    when = f"{s.published:%b} {s.published.day}, {s.published.year}" if s.published else "undated"
    return f"{s.outlet} · {when} · {s.link}"


def _title(a: Answer) -> str:
    if a.show is None:
        return "Greenlight"
    return a.show + (f" — Season {a.season}" if a.season is not None else "")


def answer_view(a: Answer) -> MessageView:
    colour = EVENT_STYLE.get(a.status.event, ("", NEUTRAL_COLOUR))[1] if a.status else NEUTRAL_COLOUR
    fields: list[FieldView] = []
    for d in a.details:
        fields.append(
            FieldView(EVENT_STYLE.get(d.event, (d.event.title(), 0))[0], safe_text(trim(d.summary, 300)), inline=False)
        )
    if a.facts:
        lines = [
            f"• {safe_text(trim(f.text, 300))}" + (f" — {safe_text(f.speaker)}" if f.speaker else "")
            for f in a.facts[:MAX_FACTS]
        ]
        fields.append(FieldView("What has been said", "\n".join(lines), inline=False))
    if a.sources:
        lines = [
            f"[{safe_text(s.outlet)}]({s.link}) · {s.published:%b %d, %Y}"
            if s.published
            else f"[{safe_text(s.outlet)}]({s.link})"
            for s in a.sources[:MAX_SOURCES]
            if s.link.startswith(("http://", "https://"))
        ]
        if lines:
            fields.append(FieldView("Sources (newest first)", "\n".join(lines), inline=False))
    if a.suggestions:
        fields.append(FieldView("Did you mean", ", ".join(safe_text(s) for s in a.suggestions[:5]), inline=False))
    footer = "Greenlight · confirmed = announced by the network or several outlets; reported = one outlet so far"
    description = safe_text(a.headline)
    if a.matched_from:
        description = f"(I took “{safe_text(a.matched_from)}” to mean {safe_text(a.show or '')}.)\n" + description
    return fit_message(
        MessageView(
            embeds=(
                EmbedView(
                    title=safe_text(_title(a)),
                    description=description,
                    colour=colour,
                    fields=tuple(fields),
                    footer=footer,
                ),
            )
        )
    )


def answer_text(a: Answer) -> str:
    lines = [_title(a), "=" * len(_title(a))]
    if a.matched_from:
        lines.append(f"(I took “{a.matched_from}” to mean {a.show}.)")
    lines.append(a.headline)
    for d in a.details:
        lines += ["", EVENT_STYLE.get(d.event, (d.event, 0))[0] + ":", "  " + d.summary]
    if a.facts:
        lines += ["", "What has been said:"]
        lines += [f"  • {f.text}" + (f" — {f.speaker}" if f.speaker else "") for f in a.facts[:MAX_FACTS]]
    if a.sources:
        lines += ["", "Sources (newest first):"] + [f"  • {_source_line(s)}" for s in a.sources[:MAX_SOURCES]]
    if a.suggestions:
        lines += ["", "Did you mean: " + ", ".join(a.suggestions[:5]) + "?"]
    return "\n".join(lines)


def latest_view(stories: list[Story], show: str | None) -> MessageView:
    if not stories:
        what = f"about {safe_text(show)}" if show else "yet"
        return MessageView(f"No stories {what}. Moderators can add sources with `/source add`.")
    lines = []
    for s in stories[:10]:
        label = EVENT_STYLE.get(s.event, (s.event, 0))[0]
        season = f" S{s.season}" if s.season is not None else ""
        link = s.sources[0].link if s.sources else ""
        lines.append(
            f"**{label}** · {safe_text(s.show)}{season} · {s.first_seen:%b %d} · "
            f"[{safe_text(s.sources[0].outlet) if s.sources else 'source'}]({link})"
        )
    title = f"Latest about {show}" if show else "Latest stories"
    return fit_message(MessageView(embeds=(EmbedView(title=safe_text(title), description="\n".join(lines)),)))
