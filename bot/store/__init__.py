"""The one package that speaks SQL. Callers speak in dataclasses from bot.models; times are aware UTC."""

from bot.store.alerts import AlertQueries
from bot.store.answers import AnswerQueries
from bot.store.articles import ArticleQueries, StoredEntries
from bot.store.digests import DigestQueries
from bot.store.health import HealthQueries
from bot.store.schema import MIGRATION_SET, migrations
from bot.store.sources import SourceQueries
from bot.store.stories import StoryQueries
from bot.store.tvmaze import TvmazeQueries
from bot.store.watches import WatchQueries


class Store(
    SourceQueries,
    ArticleQueries,
    StoryQueries,
    AlertQueries,
    AnswerQueries,
    TvmazeQueries,
    DigestQueries,
    HealthQueries,
    WatchQueries,
):
    """Open with Store.open(path); every public method is one short transaction."""


__all__ = ["MIGRATION_SET", "Store", "StoredEntries", "migrations"]
