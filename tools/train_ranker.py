"""Train the show ranker's weights (bot/data/show_ranker.json) on labelled articles.

usage: python tools/train_ranker.py TRAIN.jsonl [TRAIN.jsonl …] [--eval HELD_OUT.jsonl …] [--write]

Each labelled article whose label names a show gives one training example: its candidates
(`bot.understand.analyze.show_candidates`) and which of them the label accepts. The model is a listwise softmax
(the right candidate's score against the article's others) with L2 regularisation, fitted by gradient descent in
plain Python: a few hundred articles train in seconds. `--eval` prints top-1 accuracy on sets it did not train
on, the honest number; `--write` saves the weights (with the sets they came from) as package data.
"""

from __future__ import annotations

import json
import math
import re
import sys
import unicodedata
from pathlib import Path

from bot.understand.analyze import decided_names, show_candidates
from bot.understand.candidates import FEATURES

OUT = Path(__file__).resolve().parents[1] / "bot" / "data" / "show_ranker.json"
L2 = 0.02
EPOCHS = 400
RATE = 0.5


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().casefold().replace("&", " and ")
    return " ".join(re.sub(r"[^a-z0-9+ ]+", " ", s).split())


# Sets from outlets the rules were never tuned on count more: they show where the rules' pick is wrong
UNSEEN_WEIGHT = {"real-articles-dev2.jsonl": 3.0}


def examples(paths: list[str]) -> tuple[list[tuple[list[list[float]], list[int], float]], int]:
    out = []
    unreachable = 0
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            label = row.get("label") or {}
            shows = [s for s in label.get("show") or [] if s]
            if not shows or label.get("event") == [None]:
                continue
            good = {norm(s) for s in shows}
            cands = [c for _p, c in show_candidates(row.get("title", ""), row.get("text", ""))]
            if not cands:
                continue
            pos = [i for i, c in enumerate(cands) if norm(c.name) in good]
            if not pos:
                unreachable += 1
                continue
            out.append(([c.vector() for c in cands], pos, UNSEEN_WEIGHT.get(Path(path).name, 1.0)))
    return out, unreachable


def title_examples(paths: list[str]) -> list[tuple[list[float], int, float]]:
    """Pointwise examples for "is this name a decided show": every candidate and every name a decision found,
    labelled by whether the article's label (main show or a roundup's other decisions) names it."""
    out = []
    for path in paths:
        weight = UNSEEN_WEIGHT.get(Path(path).name, 1.0)
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            label = row.get("label") or {}
            if not label.get("show") or label.get("event") == [None]:
                continue
            good = {norm(s) for s in label["show"] if s}
            good |= {norm(s) for other in label.get("also") or [] for s in other.get("show") or [] if s}
            title, text = row.get("title", ""), row.get("text", "")
            cands = [c for _p, c in show_candidates(title, text)] + decided_names(title, text)
            for c in cands:
                out.append((_without_rules(c.vector()), int(norm(c.name) in good), weight))
    return out


def _without_rules(v: list[float]) -> list[float]:
    return [0.0 if f.startswith("rule_") else x for f, x in zip(FEATURES, v, strict=True)]


def fit_titles(data: list[tuple[list[float], int, float]]) -> list[float]:
    """Logistic regression, positives weighted up to balance the classes."""
    n = len(FEATURES)
    w = [0.0] * n
    pos = sum(y for _v, y, _w in data) or 1
    balance = (len(data) - pos) / pos
    total = sum(wt * (balance if y else 1.0) for _v, y, wt in data)
    for _epoch in range(EPOCHS):
        grad = [L2 * x for x in w]
        for v, y, wt in data:
            z = sum(a * b for a, b in zip(w, v, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            coef = (p - y) * wt * (balance if y else 1.0) / total
            for k in range(n):
                grad[k] += coef * v[k]
        w = [a - RATE * 2 * g for a, g in zip(w, grad, strict=True)]
    return w


def title_report(w: list[float], data: list[tuple[list[float], int, float]]) -> str:
    tp = fp = fn = 0
    for v, y, _wt in data:
        guess = sum(a * b for a, b in zip(w, v, strict=True)) >= 0
        tp += guess and y
        fp += guess and not y
        fn += (not guess) and y
    return f"precision {tp / max(tp + fp, 1):.3f} recall {tp / max(tp + fn, 1):.3f} ({len(data)} names)"


def fit(data: list[tuple[list[list[float]], list[int], float]]) -> list[float]:
    n = len(FEATURES)
    w = [0.0] * n
    w[FEATURES.index("rule_pick")] = 1.0  # start from the rules' choice
    for _epoch in range(EPOCHS):
        grad = [L2 * x for x in w]
        total = sum(weight for _v, _p, weight in data)
        for vecs, pos, weight in data:
            scores = [sum(a * b for a, b in zip(w, v, strict=True)) for v in vecs]
            top = max(scores)
            exp = [math.exp(s - top) for s in scores]
            z = sum(exp)
            zp = sum(exp[i] for i in pos)
            for v, e, i in zip(vecs, exp, range(len(vecs)), strict=True):
                # d(-log P(pos))/dw = E_all[v] - E_pos[v]
                coef = e / z - (e / zp if i in pos else 0.0)
                if coef:
                    for k in range(n):
                        grad[k] += weight * coef * v[k] / total
        w = [a - RATE * g for a, g in zip(w, grad, strict=True)]
    return w


def accuracy(w: list[float], data: list[tuple[list[list[float]], list[int], float]]) -> float:
    right = 0
    for vecs, pos, _weight in data:
        scores = [sum(a * b for a, b in zip(w, v, strict=True)) for v in vecs]
        right += max(range(len(vecs)), key=lambda i: (scores[i], -i)) in pos
    return right / max(len(data), 1)


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    write = "--write" in argv
    argv = [a for a in argv if a != "--write"]
    train_paths = argv[: argv.index("--eval")] if "--eval" in argv else argv
    eval_paths = argv[argv.index("--eval") + 1 :] if "--eval" in argv else []
    train, lost = examples(train_paths)
    print(f"training on {len(train)} articles ({lost} whose right show is no candidate)")
    w = fit(train)
    rule = [1.0 if f == "rule_pick" else 0.0 for f in FEATURES]
    print(f"train top-1: ranker {accuracy(w, train):.3f}  rules alone {accuracy(rule, train):.3f}")
    for path in eval_paths:
        held, lost = examples([path])
        print(
            f"held out {Path(path).name}: ranker {accuracy(w, held):.3f}  rules alone {accuracy(rule, held):.3f}"
            f"  ({len(held)} articles, {lost} unreachable)"
        )
    titles = title_examples(train_paths)
    tw = fit_titles(titles)
    print(f"title model, train: {title_report(tw, titles)}")
    for path in eval_paths:
        print(f"title model, held out {Path(path).name}: {title_report(tw, title_examples([path]))}")
    for f, x, t in sorted(zip(FEATURES, w, tw, strict=True), key=lambda p: -abs(p[1])):
        print(f"  {f:18s} ranker {x:+.3f}  title {t:+.3f}")
    if write:
        OUT.write_text(
            json.dumps(
                {
                    "features": list(FEATURES),
                    "weights": [round(x, 4) for x in w],
                    "title_weights": [round(x, 4) for x in tw],
                    "trained_on": [Path(p).name for p in train_paths],
                },
                indent=1,
            )
            + "\n",
            encoding="utf-8",
        )
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
