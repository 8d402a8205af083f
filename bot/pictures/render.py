"""Drawing off the event loop: in a worker process for the bot, in this process for the command line."""

from __future__ import annotations

from bot.pictures.data import Picture
from bot.workers import CpuPool

PNG_MAX = 1024 * 1024  # bytes; Discord takes far more, but a chart never needs it
RENDER_TIMEOUT = 60.0  # seconds, the first picture included (a worker imports matplotlib then)


def render_in_worker(picture: Picture) -> bytes:
    """Runs inside a worker: the plotting library is imported there, on the first picture, never by the bot."""
    from bot.pictures.draw import render

    return render(picture)


async def render_picture(cpu: CpuPool, picture: Picture) -> bytes:
    """The PNG, drawn by one of the bot's worker processes (never on the loop that answers Discord)."""
    return await cpu.run(render_in_worker, picture, timeout=RENDER_TIMEOUT, what="picture")
