"""`greenlight analyze`: JSON lines of {id, title, text} in, one analysis per line out, in order."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from bot.understand.analyze import analyze, should_alert


def analysis_record(item_id: object, title: str, text: str) -> dict:
    """One line of `greenlight analyze`: "event" is set only when the analysis is confident enough to alert
    (ALERT_CONFIDENCE); "decisions" lists every decision of a roundup, the main one first."""
    a = analyze(title, text)
    alert = should_alert(a)
    decisions = (
        [{"event": d.event, "show": d.show, "season": d.season, "network": d.network} for d in a.decisions]
        if alert
        else []
    )
    return {
        "id": item_id,
        "event": a.event if alert else None,
        "show": a.show,
        "shows": list(a.shows),
        "season": a.season,
        "seasons": list(a.seasons),
        "network": a.network,
        "confidence": a.confidence,
        "summary": a.summary,
        "decisions": decisions,
    }


def analyze_jsonl(in_lines: Iterable[str], out: TextIO) -> int:
    """Malformed lines get {"line": N, "error": ...} and the rest still run. Returns the number of errors."""
    errors = 0
    for number, line in enumerate(in_lines, 1):
        item_id = None
        try:
            if not line.strip():
                raise ValueError("the line is blank; expected a JSON object")
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ValueError("the line is not a JSON object")  # noqa: TRY004 (a bad line, reported as such)
            item_id = row.get("id")
            item_id = _valid_text(item_id) if isinstance(item_id, str) else item_id
            title = row.get("title")
            if not isinstance(title, str) or not title.strip():
                raise ValueError('"title" is missing or empty')
            text = row.get("text") or ""
            if not isinstance(text, str):
                raise ValueError('"text" must be a string')  # noqa: TRY004 (a bad line, reported as such)
            record = analysis_record(item_id, _valid_text(title), _valid_text(text))
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            errors += 1
            record = {"line": number, "id": item_id, "error": f"line {number}: {exc}"}
        except RecursionError:
            errors += 1
            record = {"line": number, "id": item_id, "error": f"line {number}: the JSON is nested too deeply"}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return errors


def _valid_text(text: str) -> str:
    """Lone surrogates ("\\ud800" in JSON) cannot be written out as UTF-8: they become U+FFFD."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
