"""Peak RSS of a process tree, sampled from /proc (Linux): for the poll and fan-out benchmarks."""

from __future__ import annotations

import os
import threading


def _proc_children() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(b")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    return children


def _tree_children(pid: int) -> list[int]:
    """A process's children from /proc/PID/task/*/children: a few reads, where scanning all of /proc (hundreds of
    processes on a shared machine) held the GIL long enough to delay the measuring process's own event loop."""
    kids: list[int] = []
    try:
        for task in os.scandir(f"/proc/{pid}/task"):
            try:
                with open(f"{task.path}/children") as f:
                    kids += [int(k) for k in f.read().split()]
            except OSError:
                continue
    except OSError:
        pass
    return kids


def status_kb(pid: int, field: str, file: str = "status") -> int:
    try:
        with open(f"/proc/{pid}/{file}") as f:
            for line in f:
                if line.startswith(field):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class RssMonitor:
    """Samples the summed RSS of `root` (this process by default) and its descendants, leaving out `exclude` and
    its descendants. `peak_parts` is the per-process split (root first) of the highest sample. RSS counts the pages
    forked processes share once per process; `peak_pss_kb` (the same sample's PSS) counts them once in all."""

    def __init__(self, exclude: int | None, every: float = 0.1, root: int | None = None) -> None:
        self.exclude, self.every = exclude, every
        self.root = root if root is not None else os.getpid()
        self.peak_kb = 0
        self.peak_parts: list[int] = []
        self.last_parts: list[int] = []  # the latest sample's split
        self.peak_pss_kb = 0  # the proportional set size at the RSS peak: shared pages divided among their sharers
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="rss-monitor")

    def tree(self) -> list[int]:
        children = _tree_children if os.path.exists(f"/proc/{self.root}/task") else _proc_children()
        out, todo = [], [self.root]
        while todo:
            pid = todo.pop()
            if pid == self.exclude:
                continue
            out.append(pid)
            todo.extend(children(pid) if callable(children) else children.get(pid, ()))
        return out

    def sample(self) -> None:
        tree = self.tree()
        parts = [status_kb(p, "VmRSS:") for p in tree]
        self.last_parts = parts
        if sum(parts) > self.peak_kb:
            self.peak_kb, self.peak_parts = sum(parts), parts
            self.peak_pss_kb = sum(status_kb(p, "Pss:", "smaps_rollup") for p in tree)

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.sample()

    def __enter__(self) -> RssMonitor:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def peak_mb(self) -> float:
        return max(self.peak_kb, status_kb(self.root, "VmHWM:")) / 1024
