"""Plain-text rendering for the command line: tables and a progress display."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO

from bot.cleaning import clean_line
from bot.models import Story
from bot.render.alerts import season_phrase
from bot.render.views import EVENT_STYLE


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], max_width: int | None = 60) -> str:
    """A left-aligned text table; cells longer than max_width are cut with an ellipsis (None: never cut)."""

    def cell(v: object) -> str:
        s = "" if v is None else str(v).replace("\n", " ")
        return s if max_width is None or len(s) <= max_width else s[: max_width - 1] + "…"

    cells = [[cell(h) for h in headers]] + [[cell(v) for v in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def fields(pairs: Sequence[tuple[str, object]]) -> str:
    """'name: value' lines with the values aligned and never cut; pairs whose value is None are left out."""
    shown = [(name, str(value)) for name, value in pairs if value is not None]
    width = max((len(name) for name, _ in shown), default=0) + 1
    return "\n".join(f"{name + ':':<{width}} {value}" for name, value in shown)


class Progress:
    """A one-line bar on a terminal; one plain line per step otherwise (logs, pipes, CI)."""

    def __init__(self, stream: TextIO | None = None, width: int = 30) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.width = width

    def update(self, done: int, total: int, label: str) -> None:
        label = clean_line(label)  # a source's title or address: outside text on its way to a terminal
        if self.tty:
            filled = int(self.width * done / total) if total else self.width
            bar = "#" * filled + "." * (self.width - filled)
            self.stream.write(f"\r[{bar}] {done}/{total} {label[:40]:<40}")
            if done == total:
                self.stream.write("\n")
        else:
            self.stream.write(f"{done}/{total} {label}\n")
        self.stream.flush()


def story_text(story: Story) -> str:
    label = EVENT_STYLE.get(story.event, (story.event, 0))[0]
    phrase = season_phrase(story)  # what happened to which season, as the alert says it
    lines = [
        f"[{label}] {story.show}"
        + (f" — {phrase}" if phrase else "")
        + (f" ({story.network})" if story.network else "")
    ]
    lines.append("  " + story.summary)
    for s in story.sources:
        when = f"{s.published:%Y-%m-%d %H:%M}" if s.published else "undated"
        lines.append(f"  · {s.outlet}, {when}: {s.link}")
    return "\n".join(lines)
