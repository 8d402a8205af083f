"""Answers → Discord message views and terminal text. Untrusted text (questions, quotes) is escaped."""

from __future__ import annotations

from datetime import datetime

from bot.answers.model import Answer, TvmazeNote
from bot.answers.wording import CONFIRMATION_RULE
from bot.models import StoredFact, Story, StorySource
from bot.render.alerts import season_phrase
from bot.render.safety import safe_text, trim
from bot.render.views import EVENT_STYLE, NEUTRAL_COLOUR, EmbedView, FieldView, MessageView, fit_message

MAX_FACTS = 6
MAX_SOURCES = 8
MAX_LATEST = 10


def _day(dt: datetime) -> str:
    return f"{dt:%b} {dt.day}, {dt.year}"


def _source_line(s: StorySource) -> str:
    when = _day(s.published) if s.published else "undated"
    return f"{s.outlet} · {when} · {s.link}"


def _title(a: Answer) -> str:
    if a.show is None:
        return "Latest stories" if a.intent == "latest" else "Greenlight"
    return a.show + (f" — Season {a.season}" if a.season is not None else "")


def _facts(a: Answer) -> list[StoredFact]:
    return list(a.facts[:MAX_FACTS])


def _credit(f: StoredFact) -> str:
    """Only quotes are credited, and not when the sentence already names who said it."""
    if f.kind != "quote" or not f.speaker or f.speaker.casefold() in f.text.casefold():
        return ""
    return f" — {f.speaker}"


def _facts_heading(a: Answer, facts: list[StoredFact]) -> str:
    """Facts about another season than the one asked about say so in their heading (or line by line)."""
    seasons = {f.season for f in facts}
    if a.season is not None and len(seasons) == 1 and a.season not in seasons:
        (other,) = seasons
        return "What has been said" + (f" about season {other}" if other is not None else " about the show")
    return "What has been said"


def _fact_prefix(a: Answer, facts: list[StoredFact], f: StoredFact) -> str:
    seasons = {x.season for x in facts}
    if a.season is None or len(seasons) == 1 or f.season == a.season:
        return ""
    return f"(season {f.season}) " if f.season is not None else "(the show) "


def shown_sources(a: Answer) -> list[StorySource]:
    """Newest first, at most MAX_SOURCES, but never without the article of a fact that is shown."""
    facts = _facts(a)
    needed = {f.source.link or f"{f.source.outlet}:{f.source.title}" for f in facts}
    out: list[StorySource] = []
    room = MAX_SOURCES - len(needed)
    for s in a.sources:
        key = s.link or f"{s.outlet}:{s.title}"
        if key in needed:
            out.append(s)
        elif room > 0:
            out.append(s)
            room -= 1
    return out


def _latest_line(s: Story) -> tuple[str, str, str]:
    """(label, show and season, date) of one story in a latest list."""
    label = EVENT_STYLE.get(s.event, (s.event, 0))[0]
    phrase = season_phrase(s)
    return label, s.show + (f" — {phrase}" if phrase else ""), _day(s.first_seen)


def _tvmaze_link(note: TvmazeNote) -> str:
    return f"[{safe_text(note.name)} on TVmaze]({note.url}) · data from TVmaze, CC BY-SA"


def answer_view(a: Answer) -> MessageView:
    colour = EVENT_STYLE.get(a.status.event, ("", NEUTRAL_COLOUR))[1] if a.status else NEUTRAL_COLOUR
    fields: list[FieldView] = []
    description = safe_text(a.headline)
    if a.latest:
        lines = []
        for s in a.latest[:MAX_LATEST]:
            label, what, day = _latest_line(s)
            first = s.sources[0] if s.sources else None
            link = (
                f" · [{safe_text(first.outlet)}]({first.link})"
                if first and first.link.startswith(("http://", "https://"))
                else ""
            )
            lines.append(f"**{label}** · {safe_text(what)} · {day}{link}")
        description += "\n" + "\n".join(lines)
    for d in a.details:
        fields.append(
            FieldView(EVENT_STYLE.get(d.event, (d.event.title(), 0))[0], safe_text(trim(d.summary, 300)), inline=False)
        )
    facts = _facts(a)
    if facts:
        lines = [f"• {_fact_prefix(a, facts, f)}{safe_text(trim(f.text, 300))}" + safe_text(_credit(f)) for f in facts]
        fields.append(FieldView(_facts_heading(a, facts), "\n".join(lines), inline=False))
    if a.sources and not a.latest:
        lines = [
            f"[{safe_text(s.outlet)}]({s.link}) · {_day(s.published)}"
            if s.published
            else f"[{safe_text(s.outlet)}]({s.link})"
            for s in shown_sources(a)
            if s.link.startswith(("http://", "https://"))
        ]
        if lines:
            fields.append(FieldView("Sources (newest first)", "\n".join(lines), inline=False))
    if a.tvmaze is not None:  # said as TVmaze's, with its page linked: CC BY-SA asks for credit
        lines = [safe_text(x) for x in a.tvmaze.lines]
        if a.tvmaze.url.startswith(("http://", "https://")):
            lines.append(_tvmaze_link(a.tvmaze))
        fields.insert(0, FieldView("TVmaze", "\n".join(lines), inline=False))
    if a.suggestions:
        fields.append(FieldView("Did you mean", ", ".join(safe_text(s) for s in a.suggestions[:5]), inline=False))
    footer = f"Greenlight · {CONFIRMATION_RULE}"
    if a.tvmaze is not None:
        footer += " · show data from TVmaze (CC BY-SA)"
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
    for s in a.latest[:MAX_LATEST]:
        label, what, day = _latest_line(s)
        first = s.sources[0] if s.sources else None
        lines.append(f"  • [{label}] {what} · {day}" + (f" · {first.outlet} · {first.link}" if first else ""))
    for d in a.details:
        lines += ["", EVENT_STYLE.get(d.event, (d.event, 0))[0] + ":", "  " + d.summary]
    facts = _facts(a)
    if facts:
        lines += ["", _facts_heading(a, facts) + ":"]
        lines += [f"  • {_fact_prefix(a, facts, f)}{f.text}{_credit(f)}" for f in facts]
    if a.tvmaze is not None:
        lines += ["", "TVmaze:"] + [f"  {x}" for x in a.tvmaze.lines]
        lines.append(f"  {a.tvmaze.name} on TVmaze: {a.tvmaze.url} (data from TVmaze, CC BY-SA)")
    if a.sources and not a.latest:
        lines += ["", "Sources (newest first):"] + [f"  • {_source_line(s)}" for s in shown_sources(a)]
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
        phrase = season_phrase(s)
        season = f" — {phrase}" if phrase else ""
        link = s.sources[0].link if s.sources else ""
        lines.append(
            f"**{label}** · {safe_text(s.show)}{season} · {s.first_seen:%b %d} · "
            f"[{safe_text(s.sources[0].outlet) if s.sources else 'source'}]({link})"
        )
    title = f"Latest about {show}" if show else "Latest stories"
    return fit_message(MessageView(embeds=(EmbedView(title=safe_text(title), description="\n".join(lines)),)))
