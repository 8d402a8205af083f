"""`greenlight analyze`: JSON lines of {id, title, text} in, one analysis per line out, in order."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from bot.understand.analyze import analyze


def analysis_record(item_id: object, title: str, text: str) -> dict:
    a = analyze(title, text)
    return {"id": item_id, "event": a.event, "show": a.show, "shows": list(a.shows), "season": a.season,
            "seasons": list(a.seasons), "network": a.network, "confidence": a.confidence, "summary": a.summary}


def analyze_jsonl(in_lines: Iterable[str], out: TextIO) -> int:
    """Malformed lines get {"line": N, "error": ...} and the rest still run. Returns the number of errors."""
    errors = 0
    for number, line in enumerate(in_lines, 1):
        if not line.strip():
            continue
        item_id = None
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ValueError("the line is not a JSON object")
            item_id = row.get("id")
            title = row.get("title")
            if not isinstance(title, str) or not title.strip():
                raise ValueError('"title" is missing or empty')
            text = row.get("text") or ""
            if not isinstance(text, str):
                raise ValueError('"text" must be a string')
            record = analysis_record(item_id, title, text)
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            errors += 1
            record = {"line": number, "id": item_id, "error": f"line {number}: {exc}"}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return errors
