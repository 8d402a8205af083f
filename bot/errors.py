"""One exception hierarchy for the core, so callers can catch Greenlight's own failures."""


class GreenlightError(Exception):
    """Base of every error the core raises on purpose."""


class ConfigError(GreenlightError):
    """A setting is missing or invalid; the message names it and what a valid value looks like."""

    def __init__(self, setting: str, problem: str, expected: str) -> None:
        self.setting = setting
        super().__init__(f"{setting}: {problem}; expected {expected}")


class StoreError(GreenlightError):
    """The database cannot be used (e.g. written by a newer Greenlight)."""


class FeedError(GreenlightError):
    """A body could not be turned into feed entries. `kind` is a short machine name."""

    def __init__(self, kind: str, message: str) -> None:
        self.kind = kind
        super().__init__(message)


class SourceError(GreenlightError):
    """A source cannot be added, found or removed; the message says what to do next."""


class CommandError(GreenlightError):
    """A command's own file cannot be read or written (missing, a folder, already there, the database itself)."""


class StorageError(StoreError):
    """Reading or writing the database failed (disk full, locked too long, read-only, damaged).

    Never the fault of a source: a poll cycle that meets one stops cleanly instead of counting a failure."""


class PollerLockedError(StoreError):
    """Another process is already polling this database; `pid` is the holder's process id when known."""

    def __init__(self, message: str, pid: int | None) -> None:
        self.pid = pid
        super().__init__(message)


class DiscordUnavailableError(GreenlightError):
    """Discord could not be reached (network, DNS, or Discord itself failing) when the bot started."""
