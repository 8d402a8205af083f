"""Questions as members type them, about the two real article sets served as ten local outlets and polled through
the real path. Each is checked against the key facts its article states (tests/answering.py); the rate of right
answers must not fall, and no answer may state a wrong decision, season or date beyond the known ones listed here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.answers.compose import answer_question
from bot.store import Store
from bot.stories.recorder import StoryRecorder
from tests.answering import judge, load_questions, tally
from tests.realnews import REAL_SETS, load_articles
from tests.test_cli import greenlight

pytestmark = pytest.mark.skipif(not all(p.exists() for p in REAL_SETS), reason="the real article sets are absent")

# Reached: 108 of 110 right (0 partly, 2 wrong). Both need the understanding step (s026's stored text never names
# How I Met Your Father; "Downtown Abbey" is the headline's misspelling). Shows decided only inside roundups are
# answered from the sentence that names them (kind "mentioned", judged as an answer), and this round's understanding
# work finds more of them as decisions. Before: 102 (answer layer alone), 89 right with 2 partly and 19 wrong; before
# the work on issue 20 (its first 100 questions): 47 right.
MIN_RIGHT = 108
# Answers that state a wrong decision, season or date today, each because of what the analysis holds: none now
KNOWN_WRONG_STATEMENTS: set[str] = set()


@pytest.fixture(scope="module")
def built(real_news_db: tuple[Path, dict[str, str]]) -> tuple[Path, dict[str, str]]:
    return real_news_db


def test_first_poll_says_the_baseline_is_stored_and_analysed(built):
    _db, outputs = built
    first = outputs["first poll"]
    assert "New articles: 0." in first
    assert "First poll of 1 source: 27 articles stored as the baseline" in first and "being analysed" in first
    assert "27 older articles analysed" in first
    assert "First poll" not in outputs["last poll"]  # the others' baselines were stored by `sources add`
    with Store.open(_db) as store:
        assert store.count_articles() == len(load_articles()) == 265


def test_questions_members_ask_are_answered_from_the_articles(built, capsys):
    db, _outputs = built
    articles = {a["id"]: a for a in load_articles()}
    questions = load_questions()
    assert len(questions) >= 80
    with Store.open(db) as store:
        recorder = StoryRecorder(store)
        verdicts = [judge(q, answer_question(store, recorder, q.q), articles) for q in questions]
    counts = tally(verdicts)
    with capsys.disabled():
        print(f"\nanswering test: {counts}")
        for v in verdicts:
            if v.verdict != "right":
                blame = "understanding" if v.needs_understanding else "answer layer"
                print(f"  [{v.verdict}, {blame}] {v.question.q}: {v.why}")
    assert counts["right"] >= MIN_RIGHT, counts
    stating = {v.question.q for v in verdicts if v.why.startswith("states")}
    assert stating <= KNOWN_WRONG_STATEMENTS, stating - KNOWN_WRONG_STATEMENTS


def test_ask_json_is_the_core_answer_and_no_news_is_not_an_error(built):
    db, _outputs = built
    roundup = greenlight("--db", str(db), "ask", "--json", "did the carrie diaries get axed", cwd=db.parent)
    assert roundup.returncode == 0, roundup.stderr
    said = json.loads(roundup.stdout)
    with Store.open(db) as store:
        core = answer_question(store, StoryRecorder(store), "did the carrie diaries get axed").to_dict()
    assert said == core and said["show"] == "The Carrie Diaries" and said["headline"].startswith("Yes.")
    unknown = greenlight("--db", str(db), "ask", "is abbott elementary renewed", cwd=db.parent)
    assert unknown.returncode == 0 and "no news about" in unknown.stdout
