"""Questions about the real articles, asked as members type, each checked against what the articles say.

A question holds the key facts a right answer must state in its first line ("head": each item a set of
alternatives split by "|"), the statements that would make that line wrong ("wrong": a wrong decision, season or
date) and page junk or another show's news that must appear nowhere in the answer ("junk"). The verdict:
- wrong: the answer is about another show, is of the wrong kind, states a wrong thing or shows junk;
- partly: about the right show, but a key fact is missing from its first line;
- right: otherwise.
An answer of kind "mentioned" (no story about the show, but an article's sentence naming it beside a decision,
quoted) stands for an expected "answer" and is judged by the same show, first-line and must-not checks; it is of
the wrong kind where no news ("unknown_show") or another kind is expected.
A failure "needs understanding" when the analysis of the question's article does not hold a decision about the
asked show (the show or the roundup decision was not found); otherwise the answer layer is to blame.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from bot.answers.model import Answer
from bot.render.answers import answer_text
from bot.understand import analyze, show_key

QUESTIONS = Path(__file__).parent / "data" / "answers" / "questions.jsonl"


@dataclass(frozen=True)
class Question:
    q: str
    article: str
    show: str | None
    head: tuple[str, ...]
    wrong: tuple[str, ...]
    kind: str
    junk: tuple[str, ...] = ()


@dataclass(frozen=True)
class Verdict:
    question: Question
    verdict: str  # right | partly | wrong
    why: str
    needs_understanding: bool


def load_questions() -> list[Question]:
    rows = [json.loads(x) for x in QUESTIONS.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [
        Question(r["q"], r["article"], r["show"], tuple(r["head"]), tuple(r["wrong"]), r["kind"], tuple(r["junk"]))
        for r in rows
    ]


def _flat(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.casefold().split())


def _has(text: str, alternatives: str) -> bool:
    return any(re.search(r"(?<!\w)" + re.escape(_flat(a)), text) for a in alternatives.split("|"))


def judge(question: Question, answer: Answer, articles: dict[str, dict]) -> Verdict:
    head = _flat(answer.headline)
    whole = _flat(answer_text(answer))
    why = ""
    if answer.kind != question.kind and not (question.kind == "answer" and answer.kind == "mentioned"):
        why = f"kind {answer.kind}, expected {question.kind}"
    elif question.show and show_key(answer.show or "") not in {show_key(s) for s in question.show.split("|")}:
        why = f"show {answer.show!r}, expected {question.show!r}"
    said = [w for w in question.wrong if _has(head, w)] + [j for j in question.junk if _has(whole, j)]
    if why or said:
        verdict, why = "wrong", why or f"states {said}"
    else:
        missing = [h for h in question.head if not _has(head, h)]
        verdict, why = ("partly", f"first line lacks {missing}") if missing else ("right", "")
    needs = verdict != "right" and not _decided(question, articles)
    return Verdict(question, verdict, why, needs)


def _decided(question: Question, articles: dict[str, dict]) -> bool:
    """Whether the article's analysis holds a decision about the asked show (always so for no-news questions)."""
    if not question.article or not question.show:
        return True
    article = articles[question.article]
    found = analyze(article["title"], article["text"])
    wanted = {show_key(s) for s in question.show.split("|")}
    named = {show_key(d.show or "") for d in found.decisions}
    return bool(wanted & named)


def tally(verdicts: list[Verdict]) -> dict[str, int]:
    out = {"right": 0, "partly": 0, "wrong": 0, "needs_understanding": 0, "answer_layer": 0}
    for v in verdicts:
        out[v.verdict] += 1
        if v.verdict != "right":
            out["needs_understanding" if v.needs_understanding else "answer_layer"] += 1
    return out
