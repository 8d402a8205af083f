from datetime import UTC, datetime, timedelta

from bot.ingest.schedule import MAX_BACKOFF, next_poll_after_failure, next_poll_after_success, should_disable

NOW = datetime(2026, 11, 20, tzinfo=UTC)


def test_success_waits_the_interval_or_a_longer_max_age_within_bounds():
    assert next_poll_after_success(NOW, 900, None) == NOW + timedelta(seconds=900)
    assert next_poll_after_success(NOW, 900, 60) == NOW + timedelta(seconds=900)
    assert next_poll_after_success(NOW, 900, 3600) == NOW + timedelta(seconds=3600)
    assert next_poll_after_success(NOW, 900, 10**9) == NOW + timedelta(hours=6)


def test_failures_back_off_exponentially_and_are_capped():
    delays = [(next_poll_after_failure(NOW, 60, n, None) - NOW).total_seconds() for n in (1, 2, 3, 4)]
    assert delays == [60, 120, 240, 480]
    assert (next_poll_after_failure(NOW, 900, 40, None) - NOW).total_seconds() == MAX_BACKOFF


def test_retry_after_is_honoured_but_bounded():
    assert (next_poll_after_failure(NOW, 60, 1, 600) - NOW).total_seconds() == 600
    assert (next_poll_after_failure(NOW, 60, 1, 10**9) - NOW).total_seconds() == MAX_BACKOFF
    assert (next_poll_after_failure(NOW, 600, 1, 5) - NOW).total_seconds() == 600


def test_disable_threshold():
    assert not should_disable(9, 10)
    assert should_disable(10, 10)
