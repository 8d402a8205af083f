"""Plain-text rendering for the command line: tables and a progress display."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], max_width: int = 60) -> str:
    """A left-aligned text table; long cells are cut with an ellipsis."""

    def cell(v: object) -> str:
        s = "" if v is None else str(v).replace("\n", " ")
        return s if len(s) <= max_width else s[: max_width - 1] + "…"

    cells = [[cell(h) for h in headers]] + [[cell(v) for v in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


class Progress:
    """A one-line bar on a terminal; one plain line per step otherwise (logs, pipes, CI)."""

    def __init__(self, stream: TextIO | None = None, width: int = 30) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.width = width

    def update(self, done: int, total: int, label: str) -> None:
        if self.tty:
            filled = int(self.width * done / total) if total else self.width
            bar = "#" * filled + "." * (self.width - filled)
            self.stream.write(f"\r[{bar}] {done}/{total} {label[:40]:<40}")
            if done == total:
                self.stream.write("\n")
        else:
            self.stream.write(f"{done}/{total} {label}\n")
        self.stream.flush()
