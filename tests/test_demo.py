"""`greenlight demo` end to end: bundled feeds on 127.0.0.1, a kept database, stories printed once."""

import os
import re
import subprocess
import sys
from pathlib import Path

from bot.store import Store

CLUTTER = (
    "Click to Skip Ad",
    "Closing in",
    "DON’T MISS",
    "DON'T MISS",
    "READ MORE",
    "Sign up",
    "Senior Editor",
    "Share on Facebook",
    "phone",
)


def test_demo_runs_offline_and_keeps_its_database(tmp_path: Path):
    keep = tmp_path / "demo.db"
    r = subprocess.run(
        [sys.executable, "-m", "bot", "demo", "--keep", str(keep)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert r.returncode == 0, r.stderr
    out = r.stdout
    # The seed-based story appears once, with both outlets that carried it
    assert out.count("[Renewed] Jessica Jones — Season 2 (Netflix)") == 1
    # A cancellation says which season was the last, not the one that will not happen
    assert "[Cancelled] Harbor Lights — cancelled after season 2 (Peacock)" in out
    block = out.split("[Renewed] Jessica Jones")[1].split("\n\n")[0]
    assert "Netflix has renewed Jessica Jones for a second season" in block
    assert "TV Wire" in block and "Screen Beat" in block
    assert not any(c in block for c in CLUTTER)
    # every event kind the sample news holds is announced, and the non-news is not
    for label in (
        "[Cancelled]",
        "[Series order]",
        "[Premiere date]",
        "[Production]",
        "[Trailer]",
        "[Casting]",
        "[Final season]",
    ):
        assert label in out, label
    assert "Lantern Keepers" not in out.split("3. ")[1]  # speculation and reviews are not stories
    assert re.search(r"Sources fetched: 0, not modified: 3", out)
    assert "1. Adding the sources" in out

    # TVmaze: the demo serves a small TVmaze-shaped index beside its outlets; shows are validated offline
    tv = out.split("5. TVmaze")[1]
    # the step says what it waits for before it waits (it is never silent for long)
    assert tv.index("Looking up ") < tv.index("✓ ") and "this takes a few seconds" in tv
    assert "✓ Law & Order: Harbor Unit (NBC): TVmaze lists the show as Running; last season 1 (2025)." in tv
    assert "✓ 1983 (Prime Video): TVmaze lists the show as Running; season 2 premieres Friday 12 March 2027." in tv
    assert "Season 2 premieres Friday 12 March 2027 on Prime Video — TVmaze." in tv
    assert "✓ Harbor Lights (Peacock): TVmaze lists the show as Ended; last season 2 (2025)." in tv
    assert "/tvmaze-pages/shows/9004/1983" in tv and "CC BY-SA" in tv

    # Its pictures, beside the kept database (the README shows them)
    pictures = out.split("6. Pictures of what was gathered:")[1]
    for kind in ("scorecard", "timeline"):
        path = tmp_path / f"demo-{kind}.png"
        assert str(path) in pictures and path.read_bytes().startswith(b"\x89PNG")

    with Store.open(keep) as store:
        assert store.shows_to_look_up() == []
        stories = store.stories(limit=50)
        jj = [s for s in stories if s.show == "Jessica Jones"]
        assert len(jj) == 1 and len(jj[0].sources) == 2
        facts = store.facts_for(jj[0].show_id, 2)
        assert any("Kilgrave" in f.text for f in facts)
        assert any(f.speaker == "Rosenberg" for f in facts)
    # The kept database's outlets are gone with the demo: polling it says so plainly instead of failing
    polled = subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(keep), "poll", "--once"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={k: v for k, v in os.environ.items() if not k.startswith("GREENLIGHT_")},
    )
    assert polled.returncode == 0 and "Traceback" not in polled.stderr, polled.stderr
    assert "there are no enabled sources" in polled.stdout
    listed = subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(keep), "sources", "list"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert "sample news site stopped" in listed.stdout


def test_demo_refuses_to_overwrite_a_file(tmp_path: Path):
    existing = tmp_path / "mine.db"
    existing.write_text("precious")
    r = subprocess.run(
        [sys.executable, "-m", "bot", "demo", "--keep", str(existing)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.startswith("greenlight: refusing to overwrite") and r.stderr.count("\n") == 1
    assert existing.read_text() == "precious"
