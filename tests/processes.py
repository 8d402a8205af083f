"""Which processes a test started are still alive: every child a test starts leads its own process group (a new
session), and whatever it starts in turn (the forkserver, its resource tracker, the workers) stays in that group
even when it is orphaned under PID 1."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path


def group_members(groups: set[int]) -> list[int]:
    """Live (not zombie) processes in these process groups."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path("/proc", entry, "stat").read_text()
        except OSError:
            continue
        state, _ppid, pgrp = stat[stat.rindex(")") + 2 :].split()[:3]
        if int(pgrp) in groups and state != "Z":
            found.append(int(entry))
    return found


async def left_behind(groups: set[int], patience: float = 30.0) -> list[str]:
    """The command lines of processes of these groups still alive after `patience` seconds (they are given time to
    notice their owner is gone, not timed: the answer is the same on a slow machine)."""
    deadline = time.monotonic() + patience
    while (alive := group_members(groups)) and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
    lines = []
    for pid in alive:
        try:
            command = Path("/proc", str(pid), "cmdline").read_bytes().replace(b"\0", b" ").decode()
            lines.append(f"{pid}: {command[:200]}")
        except OSError:
            pass
    return lines
