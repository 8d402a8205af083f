"""A per-user allowance for questions, so one member cannot make the bot flood a channel."""

from __future__ import annotations

import time
from collections import defaultdict, deque
from collections.abc import Callable


class Cooldown:
    """At most `burst` uses per `per_seconds` for each key; the clock is passed in for tests."""

    def __init__(self, burst: int = 5, per_seconds: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.burst, self.per_seconds, self.clock = burst, per_seconds, clock
        self._uses: defaultdict[int, deque[float]] = defaultdict(deque)

    def retry_after(self, key: int) -> float:
        """0 when the key may go ahead now (and the use is counted), else the seconds to wait."""
        now = self.clock()
        uses = self._uses[key]
        while uses and now - uses[0] >= self.per_seconds:
            uses.popleft()
        if len(uses) >= self.burst:
            return self.per_seconds - (now - uses[0])
        uses.append(now)
        return 0.0
