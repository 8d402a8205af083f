"""greenlight scorecard | timeline | digest, run as real subprocesses on a known database; and matplotlib stays
unloaded on every path that draws nothing."""

import subprocess
import sys
from pathlib import Path

from PIL import Image

from bot.store import Store
from tests.digestkit import known_week

ROOT = Path(__file__).resolve().parents[1]


def greenlight(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], capture_output=True, text=True, timeout=120, cwd=cwd,
        env={"PATH": "/usr/bin:/bin", "GREENLIGHT_TVMAZE": "false", "HOME": str(cwd)},
    )  # fmt: skip


def known_db(tmp_path: Path) -> Path:
    db = tmp_path / "g.db"
    with Store.open(db) as store:
        known_week(store)
    return db


def test_scorecard_and_timeline_pictures(tmp_path):
    db = known_db(tmp_path)
    r = greenlight("--db", str(db), "scorecard", "--year", "2026", "--out", "scorecard.png", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Wrote scorecard.png (") and "Apple TV+: 3 renewed." in r.stdout
    with Image.open(tmp_path / "scorecard.png") as image:
        assert image.format == "PNG" and image.width == 1200
    again = greenlight("--db", str(db), "scorecard", "--year", "2026", "--out", "scorecard.png", cwd=tmp_path)
    assert again.returncode == 1 and "already exists. Add --force" in again.stderr
    r = greenlight("--db", str(db), "timeline", "Severance", "--out", "t.png", cwd=tmp_path)
    assert r.returncode == 0 and "Timeline of Severance." in r.stdout, r.stderr
    with Image.open(tmp_path / "t.png") as image:
        assert image.width == 1200
    r = greenlight("--db", str(db), "timeline", "Westworld", "--out", "w.png", cwd=tmp_path)
    assert r.returncode == 1 and "knows no show called “Westworld”" in r.stderr and not (tmp_path / "w.png").exists()
    r = greenlight(
        "--db", str(db), "scorecard", "--network", "Peacock", "--year", "2026", "--out", "p.png", cwd=tmp_path
    )
    assert r.returncode == 1 and "No decisions by “Peacock” in 2026" in r.stderr


def test_digest_text_and_picture(tmp_path):
    db = known_db(tmp_path)
    r = greenlight("--db", str(db), "digest", "--since", "9999d", "--out", "digest.png", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("This week in TV · ") and lines[0].endswith("(every show)")
    assert "  Severance for season 3 (Apple TV+) — Deadline <https://deadline.example/severance-s3>" in lines
    assert "  Dollface after season 2 (Hulu) — TVLine <https://tvline.example/dollface>" in lines
    assert not any("Loot" in line for line in lines)  # background news
    assert lines[-1].startswith("Wrote digest.png (")
    assert (tmp_path / "digest.png").read_bytes().startswith(b"\x89PNG")
    bad = greenlight("--db", str(db), "digest", "--since", "7x", cwd=tmp_path)
    assert bad.returncode == 1 and "is not a period" in bad.stderr


PATHS_THAT_DRAW_NOTHING = """
import sys
from bot.cli.main import main
db = sys.argv[1]
assert main(["--db", db, "sources", "list"]) == 0
assert main(["--db", db, "ask", "what do we know about season 3 of Severance?"]) == 0
assert main(["--db", db, "digest", "--since", "9999d"]) == 0
assert main(["--db", db, "timeline", "Westworld", "--out", "x.png"]) == 1
import bot.app, cogs.alerts, cogs.digest, cogs.pictures, bot.digest.plan, bot.pictures.render  # the bot's own modules
from bot.digest.plan import plan_digests
print("matplotlib imported:", "matplotlib" in sys.modules)
"""


def test_paths_that_draw_nothing_never_import_matplotlib(tmp_path):
    db = known_db(tmp_path)
    r = subprocess.run(
        [sys.executable, "-c", PATHS_THAT_DRAW_NOTHING, str(db)], capture_output=True, text=True, timeout=120,
        cwd=ROOT, env={"PATH": "/usr/bin:/bin", "GREENLIGHT_TVMAZE": "false", "HOME": str(tmp_path)},
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().endswith("matplotlib imported: False")
    # ...and the check can fail: drawing one picture imports it.
    drawn = subprocess.run(
        [sys.executable, "-c", PATHS_THAT_DRAW_NOTHING.replace('"Westworld", "--out", "x.png"]) == 1',
                                                               '"Severance", "--out", "x.png"]) == 0'), str(db)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "GREENLIGHT_TVMAZE": "false", "HOME": str(tmp_path), "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert drawn.returncode == 0, drawn.stderr
    assert drawn.stdout.strip().endswith("matplotlib imported: True")
