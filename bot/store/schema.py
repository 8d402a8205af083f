"""The database schema as sqlite-utils migrations. Add a new function for every change; never edit old ones."""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "greenlight"
migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_sources_articles(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            title TEXT,
            etag TEXT,
            last_modified TEXT,
            next_poll_at TEXT,
            failures INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            disabled_reason TEXT,
            added_at TEXT NOT NULL,
            added_by TEXT,
            last_fetched_at TEXT,
            last_ok_at TEXT
        )"""
    )
    db.execute(
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            guid TEXT NOT NULL,
            title TEXT NOT NULL,
            link TEXT NOT NULL,
            published TEXT,
            text TEXT NOT NULL,
            summary_raw TEXT NOT NULL,
            fetched_at TEXT NOT NULL,
            is_new INTEGER NOT NULL,
            UNIQUE (source_id, guid)
        )"""
    )
    db.execute("CREATE INDEX articles_published ON articles(published)")
    db.table("articles").enable_fts(["title", "text"], create_triggers=True, tokenize="porter")
    # Rows are indexed in bulk by Store.store_entries: a per-row trigger made inserts 3x slower.
    db.execute("DROP TRIGGER articles_ai")


@migrations()
def m002_shows_stories_facts(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE shows (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            key TEXT NOT NULL,
            network TEXT,
            created_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX shows_key ON shows(key)")
    db.execute(
        """CREATE TABLE show_aliases (
            show_id INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,
            alias TEXT NOT NULL,
            key TEXT NOT NULL,
            PRIMARY KEY (show_id, key)
        )"""
    )
    db.execute(
        """CREATE TABLE analyses (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            event TEXT,
            show_id INTEGER REFERENCES shows(id),
            show TEXT,
            shows_json TEXT NOT NULL,
            season INTEGER,
            seasons_json TEXT NOT NULL,
            network TEXT,
            confidence REAL NOT NULL,
            evidence TEXT NOT NULL,
            summary TEXT NOT NULL,
            full_text INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX analyses_show ON analyses(show_id, season)")
    db.execute(
        """CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            show_id INTEGER NOT NULL REFERENCES shows(id),
            season INTEGER,
            event TEXT NOT NULL,
            network TEXT,
            headline TEXT NOT NULL,
            summary TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            announce INTEGER NOT NULL
        )"""
    )
    db.execute("CREATE INDEX stories_show ON stories(show_id, event, first_seen)")
    db.execute(
        """CREATE TABLE story_articles (
            story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
            added_at TEXT NOT NULL,
            PRIMARY KEY (story_id, article_id)
        )"""
    )
    db.execute(
        """CREATE TABLE facts (
            id INTEGER PRIMARY KEY,
            show_id INTEGER NOT NULL REFERENCES shows(id),
            season INTEGER,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            speaker TEXT,
            text TEXT NOT NULL,
            UNIQUE (show_id, season, text)
        )"""
    )
    db.execute("CREATE INDEX facts_show ON facts(show_id, season)")


@migrations()
def m003_guilds_follows_deliveries(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE guild_settings (
            guild_id INTEGER PRIMARY KEY,
            alert_channel_id INTEGER,
            moderator_role_id INTEGER,
            modlog_channel_id INTEGER,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE follows (
            id INTEGER PRIMARY KEY,
            guild_id INTEGER NOT NULL,
            channel_id INTEGER NOT NULL,
            show_id INTEGER REFERENCES shows(id) ON DELETE CASCADE,
            events TEXT,
            mention_role_id INTEGER,
            created_by INTEGER,
            created_at TEXT NOT NULL
        )"""
    )
    # One follow per (channel, show); NULL show means "every show", which UNIQUE would not catch.
    db.execute("CREATE UNIQUE INDEX follows_channel_show ON follows(channel_id, COALESCE(show_id, 0))")
    db.execute(
        """CREATE TABLE paused_channels (
            channel_id INTEGER PRIMARY KEY,
            guild_id INTEGER NOT NULL,
            reason TEXT NOT NULL,
            since TEXT NOT NULL,
            reported INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute(
        """CREATE TABLE deliveries (
            id INTEGER PRIMARY KEY,
            story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            guild_id INTEGER NOT NULL,
            channel_id INTEGER NOT NULL,
            mention_role_id INTEGER,
            status TEXT NOT NULL,
            message_id INTEGER,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            last_error TEXT,
            needs_edit INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            UNIQUE (story_id, channel_id)
        )"""
    )
    db.execute("CREATE INDEX deliveries_status ON deliveries(status, next_attempt_at)")
    db.execute(
        """CREATE TABLE poll_runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            fetched INTEGER NOT NULL,
            not_modified INTEGER NOT NULL,
            failed INTEGER NOT NULL,
            new_articles INTEGER NOT NULL
        )"""
    )


@migrations()
def m004_deferred_search_index(db: sqlite_utils.Database) -> None:
    """Baseline articles (old news from a newly added feed) are indexed for search after the poll, not during it:
    FTS indexing was 80% of a cold poll cycle. The triggers only touch rows that are in the index."""
    db.execute("ALTER TABLE articles ADD COLUMN fts_pending INTEGER NOT NULL DEFAULT 0")
    db.execute("CREATE INDEX articles_fts_pending ON articles(id) WHERE fts_pending = 1")
    db.execute("DROP TRIGGER IF EXISTS articles_ad")
    db.execute("DROP TRIGGER IF EXISTS articles_au")
    db.execute(
        """CREATE TRIGGER articles_ad AFTER DELETE ON articles WHEN old.fts_pending = 0 BEGIN
             INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
           END"""
    )
    db.execute(
        """CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles WHEN old.fts_pending = 0 BEGIN
             INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
             INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
           END"""
    )


@migrations()
def m005_per_source_published_index(db: sqlite_utils.Database) -> None:
    """Dates are only ever sorted within one source (or a handful of joined rows). An index led by source_id
    takes a feed's rows at one place in the tree; the global date index scattered every insert (a third of the
    insert cost of a cold poll, measured with benchmarks/poll.py)."""
    db.execute("DROP INDEX IF EXISTS articles_published")
    db.execute("CREATE INDEX articles_source_published ON articles(source_id, published)")


@migrations()
def m006_article_link_keys_source_notes(db: sqlite_utils.Database) -> None:
    """An article is the same article when its normalised link is the same, whatever its GUID (feeds that
    change an item's GUID on every poll made a new story each time): `link_key` (bot.store.articles.link_key,
    NULL when the link identifies no article) is indexed per source and filled for the rows already stored.
    `sources.last_note` keeps what the last successful poll wants to say (entries left out, a move)."""
    from bot.store.articles import link_key  # imported here: the store package imports this module

    db.execute("ALTER TABLE articles ADD COLUMN link_key TEXT")
    rows = db.execute("SELECT id, link FROM articles").fetchall()
    db.conn.executemany(
        "UPDATE articles SET link_key = ? WHERE id = ?", [(link_key(link or "") or None, id_) for id_, link in rows]
    )
    db.execute("CREATE INDEX articles_source_link_key ON articles(source_id, link_key) WHERE link_key IS NOT NULL")
    db.execute("ALTER TABLE sources ADD COLUMN last_note TEXT")


@migrations()
def m014_tvmaze_cache(db: sqlite_utils.Database) -> None:
    """What TVmaze says about shows: one row per TVmaze show, its seasons and other names, and which Greenlight
    show it is. A show with a tvmaze_links row was looked up (tvmaze_id NULL: TVmaze has no such show); a show
    without one is still to look up, so the queue survives a restart."""
    db.execute(
        """CREATE TABLE tvmaze_shows (
            tvmaze_id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            key TEXT NOT NULL,
            network TEXT,
            web_channel TEXT,
            country TEXT,
            status TEXT,
            premiered TEXT,
            ended TEXT,
            official_site TEXT,
            url TEXT NOT NULL,
            next_airdate TEXT,
            next_season INTEGER,
            next_number INTEGER,
            updated INTEGER,
            fetched_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX tvmaze_shows_key ON tvmaze_shows(key)")
    db.execute(
        """CREATE TABLE tvmaze_seasons (
            tvmaze_id INTEGER NOT NULL REFERENCES tvmaze_shows(tvmaze_id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            premiere_date TEXT,
            end_date TEXT,
            episode_count INTEGER,
            network TEXT,
            PRIMARY KEY (tvmaze_id, number)
        )"""
    )
    db.execute(
        """CREATE TABLE tvmaze_akas (
            tvmaze_id INTEGER NOT NULL REFERENCES tvmaze_shows(tvmaze_id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            key TEXT NOT NULL,
            PRIMARY KEY (tvmaze_id, key)
        )"""
    )
    db.execute("CREATE INDEX tvmaze_akas_key ON tvmaze_akas(key)")
    db.execute(
        """CREATE TABLE tvmaze_links (
            show_id INTEGER PRIMARY KEY REFERENCES shows(id) ON DELETE CASCADE,
            tvmaze_id INTEGER REFERENCES tvmaze_shows(tvmaze_id) ON DELETE SET NULL,
            looked_up_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX tvmaze_links_tvmaze ON tvmaze_links(tvmaze_id)")
    db.execute("CREATE TABLE tvmaze_state (name TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migrations()
def m015_forum_posts(db: sqlite_utils.Database) -> None:
    """News forums and alert threads (issue 15). A follow remembers the kind of channel and whether alerts in a text
    channel start a thread; a delivery copies that, and records the post's forum tag and its text-channel thread
    (NULL: not started yet, 0: given up). `forum_tags` maps each event to a forum's tag; `forums` keeps why a forum
    has no tag for some events (shown in /greenlight status)."""
    db.execute("ALTER TABLE follows ADD COLUMN kind TEXT NOT NULL DEFAULT 'text'")
    db.execute("ALTER TABLE follows ADD COLUMN threads INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE follows ADD COLUMN archive_minutes INTEGER NOT NULL DEFAULT 1440")
    db.execute("ALTER TABLE deliveries ADD COLUMN kind TEXT NOT NULL DEFAULT 'text'")
    db.execute("ALTER TABLE deliveries ADD COLUMN archive_minutes INTEGER")
    db.execute("ALTER TABLE deliveries ADD COLUMN thread_id INTEGER")
    db.execute("ALTER TABLE deliveries ADD COLUMN tag_id INTEGER")
    db.execute(
        """CREATE TABLE forum_tags (
            channel_id INTEGER NOT NULL,
            event TEXT NOT NULL,
            tag_id INTEGER NOT NULL,
            PRIMARY KEY (channel_id, event)
        )"""
    )
    db.execute(
        """CREATE TABLE forums (
            channel_id INTEGER PRIMARY KEY,
            guild_id INTEGER NOT NULL,
            note TEXT,
            updated_at TEXT NOT NULL
        )"""
    )


@migrations()
def m016_an_article_in_several_stories(db: sqlite_utils.Database) -> None:
    """A roundup ("NBC renews X, cancels Y and Z") is one article and several decisions, each its own story: an
    article may now belong to several stories (once each), so story_articles loses its UNIQUE(article_id)."""
    db.execute(
        """CREATE TABLE story_articles_new (
            story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            added_at TEXT NOT NULL,
            PRIMARY KEY (story_id, article_id)
        )"""
    )
    db.execute("INSERT INTO story_articles_new SELECT story_id, article_id, added_at FROM story_articles")
    db.execute("DROP TABLE story_articles")
    db.execute("ALTER TABLE story_articles_new RENAME TO story_articles")
    db.execute("CREATE INDEX story_articles_article ON story_articles(article_id)")


@migrations()
def m017_story_link(db: sqlite_utils.Database) -> None:
    """A premiere reminder is a story without articles: its link is the show's TVmaze page (its source)."""
    db.execute("ALTER TABLE stories ADD COLUMN link TEXT")


@migrations()
def m018_new_articles_index(db: sqlite_utils.Database) -> None:
    """New articles are few beside a big baseline: finding the ones still to analyse must not scan them all."""
    db.execute("CREATE INDEX articles_new ON articles(id) WHERE is_new = 1")


@migrations()
def m019_live_deliveries_index(db: sqlite_utils.Database) -> None:
    """The delivery worker looks for the deliveries still to do many times a minute; beside a long history of sent
    ones it must not scan them all. The WHERE is AlertQueries._LIVE. needs_edit counts the edits asked for since
    then (it was 0 or 1): an edit that was in flight when another outlet joined clears only the ones it saw."""
    db.execute(
        """CREATE INDEX deliveries_live ON deliveries(next_attempt_at) WHERE (status = 'pending'
             OR (status = 'sent' AND needs_edit > 0) OR (status = 'sent' AND archive_minutes IS NOT NULL
             AND thread_id IS NULL))"""
    )


@migrations()
def m021_tvmaze_lookup_retries(db: sqlite_utils.Database) -> None:
    """A TVmaze look-up that failed is retried later with a growing wait, one show at a time, so one show that
    always fails never holds up the shows after it; after a few failures the show is linked to no TVmaze show
    and `no_data_reason` says why."""
    db.execute(
        """CREATE TABLE tvmaze_retries (
            show_id INTEGER PRIMARY KEY REFERENCES shows(id) ON DELETE CASCADE,
            failures INTEGER NOT NULL,
            retry_at TEXT NOT NULL,
            reason TEXT NOT NULL
        )"""
    )
    db.execute("ALTER TABLE tvmaze_links ADD COLUMN no_data_reason TEXT")
    # Names stored before outside text was cleaned (bot/cleaning.py) lose their control, bidi and zero-width
    # characters too: shows, their aliases, TVmaze's names, networks and statuses, and sources' titles.
    from bot.cleaning import clean_line

    for table, key, columns in (
        ("shows", "id", ("title", "network")),
        ("show_aliases", "rowid", ("alias",)),
        ("tvmaze_shows", "tvmaze_id", ("name", "network", "web_channel", "country", "status")),
        ("sources", "id", ("title",)),
    ):
        for row in db.execute(f"SELECT {key}, {', '.join(columns)} FROM {table}").fetchall():
            cleaned = [clean_line(v) if isinstance(v, str) else v for v in row[1:]]
            if cleaned != list(row[1:]):
                sets = ", ".join(f"{c} = ?" for c in columns)
                db.execute(f"UPDATE {table} SET {sets} WHERE {key} = ?", [*cleaned, row[0]])


@migrations()
def m022_source_guild(db: sqlite_utils.Database) -> None:
    """Which server added a source (NULL: the command line or an older version), so sources can be capped per
    server as well as per database."""
    db.execute("ALTER TABLE sources ADD COLUMN guild_id INTEGER")
    db.execute("CREATE INDEX sources_guild ON sources(guild_id) WHERE guild_id IS NOT NULL")


@migrations()
def m027_weekly_digests(db: sqlite_utils.Database) -> None:
    """Weekly digests (issue 25). `digest_schedules`: a channel's day and local time (with its IANA time zone, so the
    hour holds across daylight-saving changes). `digests`: one row per channel and week (UNIQUE), holding the message
    and picture made when it was planned; it reaches Discord through the outbox as a delivery of kind 'digest' that
    names it, so a delivery's story_id may now be NULL (rebuilt with sqlite-utils' transform, which keeps every
    column, index and constraint a newer migration added)."""
    db.execute(
        """CREATE TABLE digest_schedules (
            channel_id INTEGER PRIMARY KEY,
            guild_id INTEGER NOT NULL,
            weekday INTEGER NOT NULL,
            local_time TEXT NOT NULL,
            timezone TEXT NOT NULL,
            created_by INTEGER,
            created_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE digests (
            id INTEGER PRIMARY KEY,
            channel_id INTEGER NOT NULL,
            guild_id INTEGER NOT NULL,
            week TEXT NOT NULL,
            slot_at TEXT NOT NULL,
            message_json TEXT NOT NULL,
            picture BLOB,
            picture_name TEXT,
            picture_alt TEXT,
            created_at TEXT NOT NULL,
            UNIQUE (channel_id, week)
        )"""
    )
    db.table("deliveries").transform(not_null={"story_id": False})
    db.execute("ALTER TABLE deliveries ADD COLUMN digest_id INTEGER REFERENCES digests(id) ON DELETE CASCADE")


def unknown_migrations(db: sqlite_utils.Database) -> list[str]:
    known = {m.name for m in migrations._migrations}
    return [m.name for m in migrations.applied(db) if m.name not in known]


@migrations()
def m023_removed_sources_and_typed_show_names(db: sqlite_utils.Database) -> None:
    """A removed source keeps its row and articles (stories and answers keep their sources): `removed_at` marks it,
    and it is no longer polled or listed. `named_by` is 'moderator' for a show created from a name typed in /follow:
    the first title the news or TVmaze spells for it replaces that name (which stays an alias)."""
    db.execute("ALTER TABLE sources ADD COLUMN removed_at TEXT")
    db.execute("ALTER TABLE shows ADD COLUMN named_by TEXT")


@migrations()
def m024_bot_health(db: sqlite_utils.Database) -> None:
    """What `greenlight health` reads about the running bot: whether its gateway is connected, and when it said so."""
    db.execute(
        """CREATE TABLE bot_health (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            connected INTEGER NOT NULL,
            changed_at TEXT NOT NULL,
            heartbeat_at TEXT NOT NULL,
            pid INTEGER
        )"""
    )


@migrations()
def m025_watchlists(db: sqlite_utils.Database) -> None:
    """Personal watchlists (issue 24). `watches`: a member's show, the events wanted (NULL: every news event), the
    server it was made in, and why it is paused ('dms_closed': Discord refused a DM; 'watch_off': that server turned
    watches off). `watch_notices`: a member Discord would not DM, since when, whether they were told, and when they
    last used a command (the 30-day removal counts from both). `watch_off_guilds`: servers with watches off. A DM is
    a delivery of kind 'dm' whose channel_id is the member's id: UNIQUE(story_id, channel_id) makes it one DM per
    story per member, whichever servers they share with the bot."""
    db.execute(
        """CREATE TABLE watches (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL,
            show_id INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,
            events TEXT,
            guild_id INTEGER NOT NULL,
            paused_reason TEXT,
            created_at TEXT NOT NULL,
            UNIQUE (member_id, show_id)
        )"""
    )
    db.execute("CREATE INDEX watches_show ON watches(show_id) WHERE paused_reason IS NULL")
    db.execute("CREATE INDEX watches_guild ON watches(guild_id)")
    db.execute(
        """CREATE TABLE watch_notices (
            member_id INTEGER PRIMARY KEY,
            reason TEXT NOT NULL,
            since TEXT NOT NULL,
            told INTEGER NOT NULL DEFAULT 0,
            seen_at TEXT
        )"""
    )
    db.execute("CREATE TABLE watch_off_guilds (guild_id INTEGER PRIMARY KEY, since TEXT NOT NULL)")
