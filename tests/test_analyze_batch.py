"""`greenlight analyze`: one bad line is an error line, never the end of the batch."""

import json
from io import StringIO

from bot.understand.batch import analyze_jsonl


def test_blank_deeply_nested_and_lone_surrogate_lines_are_error_lines_and_the_batch_goes_on():
    lines = [
        '{"id": 1, "title": "Netflix renews \\ud800 \'Ozark\' for season 5", "text": ""}',
        "",
        "[" * 100_000,
        '{"id": 4, "title": "HBO cancels \'Lark\'", "text": "HBO has cancelled Lark."}',
    ]
    out = StringIO()
    assert analyze_jsonl(lines, out) == 2
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(rows) == 4
    assert rows[0]["id"] == 1 and "\ufffd" in rows[0]["summary"]  # written out as UTF-8, not a crash
    out.getvalue().encode("utf-8")
    assert rows[1] == {"line": 2, "id": None, "error": "line 2: the line is blank; expected a JSON object"}
    assert rows[2]["line"] == 3 and "nested too deeply" in rows[2]["error"]
    assert rows[3]["event"] == "cancelled" and rows[3]["show"] == "Lark"
