"""Hosting (issue 23): `greenlight backup` while the bot writes, restore, `greenlight health` beside a running bot,
and the container files (Docker is not on every machine: the files are checked here; CI builds the image when
`docker info` works, see .ci/run)."""

from __future__ import annotations

import re
import shutil
import threading
from pathlib import Path

import yaml

from bot.models import Entry
from bot.store import Store
from bot.timeutil import utcnow
from tests.discordkit import running_bot, world
from tests.test_cli import greenlight, run

ROOT = Path(__file__).resolve().parents[1]


def entries(prefix: str, n: int) -> list[Entry]:
    return [Entry(f"{prefix}{i}", f"Story {i}", f"https://x.example/{prefix}{i}", None, "t", "t") for i in range(n)]


def test_backup_while_writing_includes_the_write_ahead_log_and_restores(tmp_path: Path):
    db = tmp_path / "live.db"
    with Store.open(db) as store:
        src = store.add_source("https://x.example/feed", title="X", added_by=None, now=utcnow())
        store.store_entries(src.id, entries("a", 200), now=utcnow(), baseline=True)
        assert Path(str(db) + "-wal").stat().st_size > 0  # committed rows still in the log, not in the file
        stop = threading.Event()

        def keep_writing() -> None:  # the bot goes on storing articles meanwhile
            n = 0
            while not stop.is_set():
                store.store_entries(src.id, entries(f"w{n}-", 5), now=utcnow(), baseline=True)
                n += 1

        writer = threading.Thread(target=keep_writing)
        writer.start()
        try:
            r = greenlight("--db", str(db), "backup", str(tmp_path / "copy.db"), cwd=tmp_path)
        finally:
            stop.set()
            writer.join()
        assert r.returncode == 0, r.stderr
        assert "Backed up" in r.stdout and "To restore: stop Greenlight" in r.stdout
        naive = tmp_path / "naive.db"
        shutil.copyfile(db, naive)  # what copying the file alone would give

    with Store.open(tmp_path / "copy.db") as copy:
        kept = copy.count_articles()
    assert kept >= 200 and kept % 5 == 0  # every committed batch or none of it: a consistent snapshot
    again = greenlight("--db", str(db), "backup", str(tmp_path / "copy.db"), cwd=tmp_path)
    assert again.returncode == 1 and "already exists" in again.stderr
    over = greenlight("--db", str(db), "backup", str(db) + "-wal", cwd=tmp_path)
    assert over.returncode == 1 and "database in use" in over.stderr

    # Restore as the README says: stop, copy over the database, drop the old -wal/-shm, start again.
    restored = tmp_path / "restored.db"
    shutil.copyfile(tmp_path / "copy.db", restored)
    listed = greenlight("--db", str(restored), "sources", "list", cwd=tmp_path)
    assert listed.returncode == 0 and "X" in listed.stdout and str(kept) in listed.stdout


async def test_health_says_connected_last_cycle_and_pending_then_unhealthy_when_stopped(monkeypatch, tmp_path):
    async with world(monkeypatch, tmp_path) as (fake, guild, feeds, settings):
        db = str(settings.db_path)
        missing = await run("--db", db, "health", cwd=tmp_path)
        assert missing.returncode == 1 and "no database at" in missing.stdout
        assert not settings.db_path.exists()  # a healthcheck never creates the database
        Store.open(settings.db_path).close()
        before = await run("--db", db, "health", cwd=tmp_path)
        assert before.returncode == 1 and "never connected" in before.stdout
        async with running_bot(settings) as bot:
            await fake.wait_for(lambda: bot.runtime.store.gateway_state() is not None, timeout=10)
            up = await run("--db", db, "health", cwd=tmp_path)
            assert up.returncode == 0, up.stdout
            assert re.search(r"^gateway: connected \d+s ago \(pid \d+\)$", up.stdout, re.M)
            assert "pending deliveries: 0" in up.stdout and up.stdout.strip().endswith("status: healthy")
        down = await run("--db", db, "health", cwd=tmp_path)
    assert down.returncode == 1 and "gateway: disconnected" in down.stdout and "status: unhealthy" in down.stdout


def test_container_files_run_as_a_user_keep_the_database_on_a_volume_and_check_health():
    docker = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    steps = [line.split(None, 1) for line in docker.splitlines() if line.strip() and not line.startswith("#")]
    keywords = [s[0] for s in steps if s[0].isupper()]
    assert keywords[0] == "FROM" and "python:3.11" in docker
    user = [s[1] for s in steps if s[0] == "USER"]
    assert user and user[-1].strip() not in ("root", "0")
    assert any(s[0] == "VOLUME" and "/data" in s[1] for s in steps)
    assert "GREENLIGHT_DB=/data/greenlight.db" in docker
    health = [s[1] for s in steps if s[0] == "HEALTHCHECK"]
    assert health and health[0].endswith('CMD ["greenlight", "health"]')
    assert [s[1] for s in steps if s[0] == "CMD"][-1].strip() == '["greenlight", "run"]'
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert ".env" in ignored and "*.db" in ignored  # no token or database baked into the image

    compose = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    service = compose["services"]["greenlight"]
    assert service["build"] == "." and service["restart"] == "unless-stopped"
    assert any(v.endswith(":/data") for v in service["volumes"]) and "greenlight-data" in compose["volumes"]
    assert service["env_file"] == [".env"] and service["healthcheck"]["test"][-2:] == ["greenlight", "health"]

    unit = (ROOT / "deploy" / "greenlight.service").read_text(encoding="utf-8")
    sections = dict.fromkeys(re.findall(r"^\[(\w+)\]$", unit, re.M))
    assert list(sections) == ["Unit", "Service", "Install"]
    assert re.search(r"^User=greenlight$", unit, re.M) and re.search(r"^ExecStart=\S+greenlight run$", unit, re.M)
    assert re.search(r"^Restart=on-failure$", unit, re.M) and "KillSignal=SIGTERM" in unit


def test_the_readme_hosting_section_names_what_exists():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    hosting = readme.split("## Hosting", 1)[1].split("\n## ", 1)[0]
    for needed in ("docker compose up -d", "greenlight backup", "greenlight health", "deploy/greenlight.service"):
        assert needed in hosting


def test_the_readme_settings_table_lists_every_setting():
    from bot.config import ENV_SETTINGS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("| setting | default | meaning |", 1)[1].split("\n\n", 1)[0]
    listed = set(re.findall(r"`((?:GREENLIGHT|DISCORD)_[A-Z_]+)`", table))
    assert set(ENV_SETTINGS) - listed == set()


def test_the_readme_invite_urls_carry_the_permissions_they_name():
    import discord

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    needed = discord.Permissions(
        view_channel=True, send_messages=True, embed_links=True, attach_files=True, read_message_history=True
    )
    optional = discord.Permissions(needed.value)
    optional.update(create_public_threads=True, manage_channels=True)
    assert f"&permissions={needed.value}`" in readme and f"&permissions={optional.value}`" in readme
