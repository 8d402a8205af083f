"""Count a labelled set's extra roundup decisions: decisions whose show no label of the article names. The scorer
does not count them, yet each would be an alert of its own.

usage: python -m tests.extra_decisions LABELS.jsonl [LABELS.jsonl ...]
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from io import StringIO
from pathlib import Path

from bot.understand.batch import analyze_jsonl


def _norm(name: str) -> str:
    """The scorer's normalisation of a show name."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold().replace("&", " and ")
    return " ".join(re.sub(r"[^a-z0-9+ ]+", " ", s).split())


def extra_decisions(path: Path) -> list[tuple[str, str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    named: dict[str, set[str]] = {}
    for line in lines:
        row = json.loads(line)
        label = row.get("label") or {}
        shows = {_norm(s) for s in label.get("show") or [] if s}
        for also in row.get("also") or label.get("also") or []:
            shows |= {_norm(s) for s in also.get("show") or [] if s}
        named[row["id"]] = shows
    out = StringIO()
    analyze_jsonl(lines, out)
    extra = []
    for line in out.getvalue().splitlines():
        p = json.loads(line)
        for d in p.get("decisions") or []:
            if d.get("event") and d.get("show") and named.get(p["id"]) and _norm(d["show"]) not in named[p["id"]]:
                extra.append((p["id"], d["event"], d["show"]))
    return extra


def main(argv: list[str]) -> int:
    total = 0
    for name in argv:
        found = extra_decisions(Path(name))
        total += len(found)
        print(f"{Path(name).name}: {len(found)} extra decisions {found}")
    print(f"extra_decisions={total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
