from pathlib import Path

import pytest

from bot.config import ENV_SETTINGS, Settings, load_settings
from bot.errors import ConfigError


def test_defaults_without_environment(tmp_path: Path):
    s = load_settings({}, dotenv=tmp_path / "missing.env")
    assert s == Settings()
    assert s.allow_private_sources is False
    assert s.db_path == Path("greenlight.db")
    assert s.max_body_bytes == 5_000_000


def test_dotenv_is_read_and_environment_wins(tmp_path: Path):
    env = tmp_path / ".env"
    env.write_text(
        "# comment\nexport GREENLIGHT_POLL_INTERVAL=120\nGREENLIGHT_LOG_LEVEL='debug'\nGREENLIGHT_MAX_BODY_BYTES=2MB\n"
    )
    s = load_settings({"GREENLIGHT_POLL_INTERVAL": "300"}, dotenv=env)
    assert s.poll_interval == 300
    assert s.log_level == "DEBUG"
    assert s.max_body_bytes == 2_000_000


@pytest.mark.parametrize(
    "name,value,expected_words",
    [
        ("GREENLIGHT_POLL_INTERVAL", "often", "seconds"),
        ("GREENLIGHT_POLL_INTERVAL", "0", "between"),
        ("GREENLIGHT_ALLOW_PRIVATE_SOURCES", "maybe", "true/false"),
        ("GREENLIGHT_MAX_BODY_BYTES", "huge", "5MB"),
        ("GREENLIGHT_LOG_LEVEL", "loud", "INFO"),
        ("GREENLIGHT_MAX_FAILURES", "-1", "between"),
        ("GREENLIGHT_DB", "  ", "non-empty"),
        ("GREENLIGHT_DEV_GUILD", "abc", "whole number"),
    ],
)
def test_invalid_setting_names_itself_and_a_valid_value(name: str, value: str, expected_words: str, tmp_path: Path):
    with pytest.raises(ConfigError) as err:
        load_settings({name: value}, dotenv=tmp_path / "none")
    assert err.value.setting == name
    assert str(err.value).startswith(name)
    assert expected_words in str(err.value)


def test_bad_dotenv_line_is_reported_with_its_line_number(tmp_path: Path):
    env = tmp_path / ".env"
    env.write_text("GREENLIGHT_DB=x.db\nthis is not a setting\n")
    with pytest.raises(ConfigError, match=r"\.env:2"):
        load_settings({}, dotenv=env)


def test_every_setting_is_documented_in_env_example():
    example = (Path(__file__).resolve().parents[1] / ".env.example").read_text()
    for name in ENV_SETTINGS:
        assert f"{name}=" in example, f"{name} is missing from .env.example"


def test_shards_are_a_count_and_this_processs_range(tmp_path: Path):
    missing = tmp_path / "missing.env"
    s = load_settings({"GREENLIGHT_SHARD_COUNT": "8", "GREENLIGHT_SHARD_IDS": "0-2, 6"}, dotenv=missing)
    assert (s.shard_count, s.shard_ids) == (8, (0, 1, 2, 6))
    assert load_settings({"GREENLIGHT_SHARD_IDS": ""}, dotenv=missing).shard_ids is None
    with pytest.raises(ConfigError, match="GREENLIGHT_SHARD_IDS: shard 8 does not exist with 8 shards"):
        load_settings({"GREENLIGHT_SHARD_COUNT": "8", "GREENLIGHT_SHARD_IDS": "7-8"}, dotenv=missing)
    with pytest.raises(ConfigError, match="needs GREENLIGHT_SHARD_COUNT"):
        load_settings({"GREENLIGHT_SHARD_IDS": "1"}, dotenv=missing)
    with pytest.raises(ConfigError, match="not a list of shards"):
        load_settings({"GREENLIGHT_SHARD_COUNT": "2", "GREENLIGHT_SHARD_IDS": "one"}, dotenv=missing)
    with pytest.raises(ConfigError, match="requests a second"):
        load_settings({"GREENLIGHT_DISCORD_RATE": "0"}, dotenv=missing)
