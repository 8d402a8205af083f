"""The understanding step scored with the project's scorer, on the shared labels and on our own."""

import json
import runpy
import sys
from io import StringIO
from pathlib import Path

import pytest

from bot.understand.batch import analyze_jsonl

HERE = Path(__file__).parent
SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "tools" / "score_headlines.py"


def score(labels: Path, tmp_path: Path, capsys) -> dict[str, float]:
    out = StringIO()
    with labels.open() as f:
        assert analyze_jsonl(f, out) == 0
    preds = tmp_path / "pred.jsonl"
    preds.write_text(out.getvalue())
    argv = sys.argv
    sys.argv = ["score", str(labels), str(preds)]
    try:
        with pytest.raises(SystemExit) as done:
            runpy.run_path(str(SCORER), run_name="__main__")
    finally:
        sys.argv = argv
    assert done.value.code in (0, None)
    last = capsys.readouterr().out.strip().splitlines()[-1]
    return {k: float(v) for k, v in (pair.split("=") for pair in last.split())}


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not present")
@pytest.mark.parametrize("labels,floor", [(SHARED / "data" / "labelled-headlines.jsonl", 0.95),
                                          (HERE / "data" / "understand" / "own-headlines.jsonl", 0.9)])
def test_every_metric_meets_the_target(labels: Path, floor: float, tmp_path: Path, capsys):
    if not labels.exists():
        pytest.skip(f"{labels} is absent")
    metrics = score(labels, tmp_path, capsys)
    assert set(metrics) == {"alert_precision", "alert_recall", "event_acc", "show_acc", "season_acc", "network_acc"}
    low = {k: v for k, v in metrics.items() if v < floor}
    assert not low, low


def test_own_labels_are_our_own_and_varied():
    rows = [json.loads(l) for l in (HERE / "data" / "understand" / "own-headlines.jsonl").open()]
    assert len(rows) >= 80
    events = {e for r in rows for e in r["label"]["event"]}
    assert events >= {"renewed", "cancelled", "ending", "ordered", "premiere", "production", "trailer", "casting", None}
    shared = SHARED / "data" / "labelled-headlines.jsonl"
    if shared.exists():
        theirs = {json.loads(l)["title"] for l in shared.open()}
        assert not theirs & {r["title"] for r in rows}
