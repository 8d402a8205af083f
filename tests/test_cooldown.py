from bot.answers.cooldown import Cooldown


def test_burst_then_wait_then_allowed_again():
    now = [0.0]
    c = Cooldown(burst=2, per_seconds=10, clock=lambda: now[0])
    assert c.retry_after(1) == 0 and c.retry_after(1) == 0
    assert c.retry_after(1) == 10
    assert c.retry_after(2) == 0  # another member is not affected
    now[0] = 4.0
    assert c.retry_after(1) == 6
    now[0] = 10.0
    assert c.retry_after(1) == 0
