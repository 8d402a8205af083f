"""Questions against the demo database (built by the real demo pipeline), and question parsing."""

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.answers.compose import answer_question, answer_show
from bot.answers.questions import parse_question
from bot.config import Settings
from bot.demo.run import run_demo
from bot.render.answers import answer_text, answer_view
from bot.store import Store
from bot.stories.recorder import StoryRecorder
from bot.timeutil import utcnow

CLUTTER = ("Click to Skip Ad", "Closing in", "DON’T MISS", "phone's map", "Sign up", "Senior Editor", "Share on")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert asyncio.run(run_demo(Settings(), keep=path)) == 0
    return path


@pytest.fixture
def store(demo_db: Path):
    with Store.open(demo_db) as s:
        yield s


def ask(store: Store, q: str, **kw):
    return answer_question(store, StoryRecorder(store), q, **kw)


@pytest.mark.parametrize(
    "question",
    [
        "what do we know about season 2 of Jessica Jones?",
        "what do we know about season 2 of jessica jones",
        "jessica jones s2?",
        "Jessica Jones season two",
        "is Jessica Jones renewed for season 2?",
        "any news on jessica jones season 2",
        "Jesica Jones season 2",
        "JESSICA JONES second season",
        "what's the latest on Jessica Jones' 2nd season?",
        "tell me about Marvel's Jessica Jones season 2",
    ],
)
def test_jessica_jones_phrasings(store: Store, question: str):
    a = ask(store, question)
    assert a.kind == "answer" and a.show == "Jessica Jones" and a.season == 2
    assert a.status is not None and a.status.event == "renewed" and a.status.network == "Netflix"
    assert "Netflix renewed Jessica Jones for season 2" in a.headline
    text = answer_text(a)
    assert any("Rosenberg" in (f.speaker or "") for f in a.facts)
    assert any("Kilgrave" in f.text for f in a.facts)
    assert "/pages/tvwire-jessica-jones.html" in text
    assert not any(c in text for c in CLUTTER)


@pytest.mark.parametrize(
    "question,kind,event,prefix",
    [
        ("is Harbor Lights renewed?", "answer", "cancelled", "No."),
        ("has Harbor Lights been cancelled", "answer", "cancelled", "Yes."),
        ("is Thirteen Doors coming back?", "answer", "ending", "Yes, one more."),
        ("any news on ghosts season 6", "answer", "renewed", ""),
    ],
)
def test_status_questions(store: Store, question: str, kind: str, event: str, prefix: str):
    a = ask(store, question)
    assert a.kind == kind and a.status.event == event and a.headline.startswith(prefix)


def test_when_question_uses_the_premiere_story(store: Store):
    a = ask(store, "when does Law & Order: Harbor Unit season 2 come out")
    assert a.show == "Law & Order: Harbor Unit" and a.season == 2
    assert "February 5, 2027" in a.headline


def test_confirmed_and_reported_are_worded_differently(store: Store):
    assert "reported by 2 outlets" in ask(store, "jessica jones s2").headline
    lone = ask(store, "ghosts season 6")
    assert "not yet confirmed by CBS" in lone.headline


def test_nothing_known_about_that_season(store: Store):
    a = ask(store, "what do we know about season 4 of Jessica Jones?")
    assert a.kind == "nothing_for_season" and a.season == 4
    assert a.headline.startswith("Nothing yet about season 4 of Jessica Jones") and "season 2" in a.headline


def test_unknown_show_gets_did_you_mean(store: Store):
    a = ask(store, "is Harbour Lite renewed?")
    assert a.kind in ("answer", "unknown_show")
    unknown = ask(store, "what about season 2 of Thirteen Windows")
    assert unknown.kind == "unknown_show" and "Thirteen Doors" in unknown.suggestions
    text = answer_text(unknown)
    assert text.count("Did you mean") == 1 and "Did you mean: Thirteen Doors?" in text
    nothing = ask(store, "is Zyxwv renewed?")
    assert nothing.kind == "unknown_show" and nothing.suggestions == ()


def test_no_show_named_uses_the_channel_follow_or_asks_back(store: Store):
    jj = StoryRecorder(store).matcher.match("Jessica Jones")
    store.upsert_follow(
        guild_id=1, channel_id=99, show_id=jj.id, events=(), mention_role_id=None, created_by=None, now=utcnow()
    )
    a = ask(store, "what do we know about season 2?", channel_follows=store.follows(channel_id=99))
    assert a.kind == "answer" and a.show == "Jessica Jones"
    b = ask(store, "what do we know about season 2?", channel_follows=[])
    assert b.kind == "need_show" and "Which show" in b.headline


def test_status_command_path(store: Store):
    a = answer_show(store, StoryRecorder(store), "Jessica Jones", 2)
    assert a.kind == "answer" and a.status.event == "renewed"


def test_hostile_question_is_escaped(store: Store):
    a = ask(store, "@everyone is [free nitro](https://evil.example) renewed? <@&5>")
    view = answer_view(a)
    flat = "".join(e.title + e.description + "".join(f.value for f in e.fields) for e in view.embeds) + view.content
    assert (
        "@everyone" not in flat and "<@&5>" not in flat and "](https://evil" not in flat and "https://evil" not in flat
    )


@pytest.mark.parametrize(
    "text,show,season,intent",
    [
        ("what do we know about season 2 of jessica jones", "jessica jones", 2, "general"),
        ("is Ozark renewed?", "Ozark", None, "renewed"),
        ("has The Bear been cancelled", "The Bear", None, "cancelled"),
        ("when does Severance season 2 come out", "Severance", 2, "when"),
        ("any news on wednesday season 2", "wednesday", 2, "general"),
        ("Law & Order: SVU season 26 premiere date", "Law & Order: SVU", 26, "when"),
        ("is 'You' coming back?", "You", None, "renewed"),
        ("3 Body Problem s2", "3 Body Problem", 2, "general"),
    ],
)
def test_parse_question(text: str, show: str, season: int | None, intent: str):
    q = parse_question(text)
    assert (q.show_text, q.season, q.intent) == (show, season, intent)


def test_cli_ask_text_and_json(demo_db: Path):
    r = subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(demo_db), "ask", "what do we know about season 2 of Jessica Jones?"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 0 and "Netflix renewed Jessica Jones for season 2" in r.stdout and "Rosenberg" in r.stdout
    assert not any(c in r.stdout for c in CLUTTER)
    j = subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(demo_db), "ask", "--json", "jessica jones s2"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    data = json.loads(j.stdout)
    assert data["kind"] == "answer" and data["status"]["event"] == "renewed" and data["sources"]
