"""The real bot in a process of its own, against a fake Discord served by another process (a test or a benchmark):

    python -m tests.botproc REST_BASE GATEWAY_URL

Settings come from the environment exactly as for `greenlight run`; only the two documented base URLs are pointed
at the fake. For kill -9 tests and benchmarks that measure the bot's own process tree.

It lives outside tests/fakediscord and imports everything inside main(): multiprocessing imports a `-m` main module
(and its packages) again in every worker process, and discord.py, the fake and the bot (~25 MB) would then sit in
each worker, which `greenlight run` does not do."""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    import discord
    import yarl

    from bot.app import run_bot
    from bot.config import configure_logging, load_settings

    rest, gateway = argv
    discord.http.Route.BASE = rest
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)
    settings = load_settings(dotenv=None)
    configure_logging(settings)
    return run_bot(settings)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
