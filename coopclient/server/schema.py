"""The ledger database's schema (docs/ledger.md, "Storage"), for SQLite and PostgreSQL.

One description, two dialects: only the column types differ (INTEGER/BLOB against BIGINT/BYTEA) and the way
the append-only rule is enforced:
- SQLite: `BEFORE UPDATE` and `BEFORE DELETE` triggers on `entries`, `merkle_nodes` and `checkpoints` that
  `RAISE(ABORT, 'ledger is append-only')` (SQLite has no TRUNCATE; `DELETE FROM t` fires the trigger).
- PostgreSQL: a plpgsql function that raises, called by a `BEFORE UPDATE OR DELETE` row trigger and a
  `BEFORE TRUNCATE` statement trigger (row triggers miss TRUNCATE) on the same tables, plus
  `REVOKE TRUNCATE ... FROM PUBLIC`. A superuser can still drop all of it, which is why checkpoints are
  published outside the database and `LedgerStore.verify_integrity` recomputes every hash.

The schema is created at open, in one transaction under the append lock (so two server processes starting
together do not race), and only when `ledger_meta.schema_version` is missing. An older version is migrated
in the same way (each step's statements, then the new version, in one transaction); a database whose version
is newer than this code's is refused rather than written to.

Version 2 adds the state every server process on one database shares, so it holds across restarts and
`--workers`: `nonces` (the signed requests' nonces, kept for their day window) and `rate_buckets` (the token
buckets; on PostgreSQL UNLOGGED: it is not worth a WAL write, a backup or a replica, and a crash only gives
every bucket back in full).

Version 3 keeps each day's earnings on its `stat_days` row, so a release reads one row per day instead of
joining every day to its earnings (coopclient/server/aggregates.py): `earn_currency` and `earn_micros` are the
day's earnings when they are in one currency (`earn_currency` NULL and `earn_micros` 0 when the day earned
nothing); a day paid in several currencies has `earn_micros` NULL, the marker that its earnings are the
`stat_earnings` rows — which now hold only such days (a single currency would be the same amount stored
twice). The migration fills the new columns from `stat_earnings` and removes the rows they replace.

Version 4 keeps each member's month summed per cell (`stat_member_months`) under the month's policy
(`stat_month_policy`), so a release reads one row per member-cell instead of every day
(coopclient/server/month_sums.py says what the sums are and how they stay right). The migration fills them
from `stat_days` and the log's policy entries.

Version 5 makes `entries_by_kind` a partial index without the `stats.day` entries: nearly every entry, and
never looked up by kind alone (a member's are read by `entries_by_signer`, a rebuild walks `seq`), so each
goes into one b-tree fewer at ingest. (Deriving the level-0 Merkle nodes from `entries.leaf_hash` instead of
storing them would halve the node rows too, but a deleted entry row would then take its leaf hash with it:
the server could no longer prove its neighbours, and a member would be told "history damaged" instead of
which of its days is missing. The nodes stay.)
"""

from __future__ import annotations

from collections.abc import Callable

from coopclient.server import month_sums
from coopclient.server.db import Database

SCHEMA_VERSION = 5

APPEND_ONLY_TABLES = ("entries", "merkle_nodes", "checkpoints")
APPEND_ONLY_MESSAGE = "ledger is append-only"


class SchemaError(RuntimeError):
    """The database's schema cannot be used by this version; the message says why."""


# {int} / {blob} / {bigint} are filled per engine.
_TABLES = [
    "CREATE TABLE IF NOT EXISTS ledger_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS members (
        key_id TEXT PRIMARY KEY,
        public_key TEXT UNIQUE NOT NULL,
        pseudonym TEXT UNIQUE NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('member', 'treasurer', 'log')),
        enrolled_day TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS invites (
        token_sha256 TEXT PRIMARY KEY,
        expires_day TEXT NOT NULL,
        redeemed_by TEXT)""",
    """CREATE TABLE IF NOT EXISTS entries (
        seq {bigint} PRIMARY KEY CHECK (seq >= 0),
        entry_id TEXT UNIQUE NOT NULL,
        kind TEXT NOT NULL,
        signer_key_id TEXT NOT NULL,
        body {blob} NOT NULL,
        signature {blob} NOT NULL,
        leaf_hash {blob} NOT NULL,
        prev_hash {blob} NOT NULL,
        entry_hash {blob} NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS merkle_nodes (
        level {int} NOT NULL,
        idx {bigint} NOT NULL,
        hash {blob} NOT NULL,
        PRIMARY KEY (level, idx))""",
    """CREATE TABLE IF NOT EXISTS checkpoints (
        size {bigint} PRIMARY KEY,
        root {blob} NOT NULL,
        note TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS batches (
        idempotency_key TEXT PRIMARY KEY,
        key_id TEXT NOT NULL,
        request_sha256 TEXT NOT NULL,
        response TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS stat_days (
        member TEXT NOT NULL,
        day TEXT NOT NULL,
        platform TEXT NOT NULL,
        task_kind TEXT NOT NULL,
        seq {bigint} NOT NULL,
        active_s {bigint} NOT NULL,
        unpaid_s {bigint} NOT NULL,
        tasks_done {bigint} NOT NULL,
        rejections {bigint} NOT NULL,
        PRIMARY KEY (member, day, platform, task_kind))""",
    """CREATE TABLE IF NOT EXISTS stat_earnings (
        member TEXT NOT NULL,
        day TEXT NOT NULL,
        platform TEXT NOT NULL,
        task_kind TEXT NOT NULL,
        currency TEXT NOT NULL,
        micros {bigint} NOT NULL,
        PRIMARY KEY (member, day, platform, task_kind, currency))""",
    # A member's own entries (GET /v1/entries/mine) and the policy / release listings, in leaf order.
    "CREATE INDEX IF NOT EXISTS entries_by_signer ON entries (signer_key_id, seq)",
    "CREATE INDEX IF NOT EXISTS entries_by_kind ON entries (kind, seq)",
    # The aggregates read a month at a time: covering indexes led by the day, so both tables are read by
    # index-only range scans in the same order and merge-joined (coopclient/server/aggregates.py, _QUERY).
    "CREATE INDEX IF NOT EXISTS stat_days_by_day ON stat_days "
    "(day, member, platform, task_kind, active_s, unpaid_s, tasks_done, rejections)",
    "CREATE INDEX IF NOT EXISTS stat_earnings_by_day ON stat_earnings "
    "(day, member, platform, task_kind, currency, micros)",
]

# Version 2: shared by the server processes (coopclient/server/nonces.py, buckets.py). Neither table keeps a
# key or an address in clear: `digest` is sha256 of key id and nonce, `name` sha256 of the bucket's name.
_V2_TABLES = [
    """CREATE TABLE IF NOT EXISTS nonces (
        day TEXT NOT NULL,
        digest TEXT NOT NULL,
        PRIMARY KEY (day, digest))""",
    """CREATE {unlogged}TABLE IF NOT EXISTS rate_buckets (
        name TEXT PRIMARY KEY,
        tokens {real} NOT NULL,
        stamp {real} NOT NULL)""",
]

# Version 3: the day's earnings on its row (see the module docstring). The covering index gains the two
# columns (a release reads the month from it alone), and a partial index lists the days paid in several
# currencies, the only ones a release joins to stat_earnings.
_EARNINGS_OF = (
    "FROM stat_earnings e WHERE e.member = stat_days.member AND e.day = stat_days.day "
    "AND e.platform = stat_days.platform AND e.task_kind = stat_days.task_kind"
)
_V3_EARNINGS_ON_DAYS = [
    "ALTER TABLE stat_days ADD COLUMN earn_currency TEXT",
    "ALTER TABLE stat_days ADD COLUMN earn_micros {bigint}",
    # The backfill, for a database that already has projections: one currency is copied onto the row (and its
    # stat_earnings row removed), none is 0, several leave the NULL marker.
    f"UPDATE stat_days SET earn_currency = CASE WHEN (SELECT COUNT(*) {_EARNINGS_OF}) = 1 "
    f"THEN (SELECT MIN(e.currency) {_EARNINGS_OF}) END, "
    f"earn_micros = CASE (SELECT COUNT(*) {_EARNINGS_OF}) WHEN 0 THEN 0 "
    f"WHEN 1 THEN (SELECT MIN(e.micros) {_EARNINGS_OF}) END",
    "DELETE FROM stat_earnings WHERE EXISTS (SELECT 1 FROM stat_days d WHERE d.member = stat_earnings.member "
    "AND d.day = stat_earnings.day AND d.platform = stat_earnings.platform AND d.task_kind = stat_earnings.task_kind "
    "AND d.earn_micros IS NOT NULL)",
    "DROP INDEX IF EXISTS stat_days_by_day",
    "CREATE INDEX IF NOT EXISTS stat_days_by_day ON stat_days "
    "(day, member, platform, task_kind, active_s, unpaid_s, tasks_done, rejections, earn_currency, earn_micros)",
    "CREATE INDEX IF NOT EXISTS stat_days_in_currencies ON stat_days "
    "(day, member, platform, task_kind, active_s, unpaid_s, tasks_done, rejections) WHERE earn_micros IS NULL",
]
# Version 4: the member-month sums and the policy they are under (coopclient/server/month_sums.py).
_V4_MONTH_SUMS = [
    """CREATE TABLE IF NOT EXISTS stat_month_policy (
        month TEXT PRIMARY KEY,
        policy TEXT)""",
    """CREATE TABLE IF NOT EXISTS stat_member_months (
        member TEXT NOT NULL,
        month TEXT NOT NULL,
        platform TEXT NOT NULL,
        task_kind TEXT NOT NULL,
        active_s {bigint} NOT NULL,
        unpaid_s {bigint} NOT NULL,
        tasks_done {bigint} NOT NULL,
        rejections {bigint} NOT NULL,
        earned_micros {bigint} NOT NULL,
        below_floor_s {bigint} NOT NULL,
        missing TEXT,
        cell_rank {bigint},
        PRIMARY KEY (member, month, platform, task_kind))""",
    # A release reads the month's rows that contribution bounding keeps (cell_rank <= max_cells) ...
    "CREATE INDEX IF NOT EXISTS stat_member_months_by_rank ON stat_member_months (month, cell_rank)",
    # ... and checks that none of the month's earnings lacks a rate (nearly always: no row to read).
    "CREATE INDEX IF NOT EXISTS stat_member_months_missing ON stat_member_months (month, missing) "
    "WHERE missing IS NOT NULL",
]

# Version 5: the kind index leaves out `stats.day`, nearly every entry, which is never
# looked up by kind alone (a member's are read by entries_by_signer, a rebuild walks seq). Queries by kind say
# `kind <> 'stats.day'` so that SQLite, which does not deduce it from `kind IN (...)`, uses the index.
NOT_STATS = "kind <> 'stats.day'"
_V5_KIND_INDEX = [
    "DROP INDEX IF EXISTS entries_by_kind",
    f"CREATE INDEX IF NOT EXISTS entries_by_kind ON entries (kind, seq) WHERE {NOT_STATS}",
]


# The statements that take a database from version (key - 1) to version key.
_MIGRATIONS: dict[int, list[str]] = {2: _V2_TABLES, 3: _V3_EARNINGS_ON_DAYS, 4: _V4_MONTH_SUMS, 5: _V5_KIND_INDEX}
# What a step computes beyond SQL, after its statements (a new database has nothing to fill).
_BACKFILLS: dict[int, Callable[[Database], None]] = {4: month_sums.rebuild}

_TYPES = {
    "sqlite": {"int": "INTEGER", "bigint": "INTEGER", "blob": "BLOB", "real": "REAL", "unlogged": ""},
    "postgresql": {
        "int": "INTEGER",
        "bigint": "BIGINT",
        "blob": "BYTEA",
        "real": "DOUBLE PRECISION",
        "unlogged": "UNLOGGED ",
    },
}


def _sqlite_guards() -> list[str]:
    statements = []
    for table in APPEND_ONLY_TABLES:
        for op in ("UPDATE", "DELETE"):
            statements.append(
                f"CREATE TRIGGER IF NOT EXISTS {table}_no_{op.lower()} BEFORE {op} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END"
            )
    return statements


def _postgres_guards() -> list[str]:
    # Run without parameters, so the % placeholders of RAISE reach PostgreSQL as written.
    statements = [
        "CREATE OR REPLACE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$ "
        f"BEGIN RAISE EXCEPTION '{APPEND_ONLY_MESSAGE}: % on % refused', TG_OP, TG_TABLE_NAME; END $fn$"
    ]
    for table in APPEND_ONLY_TABLES:
        statements += [
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION ledger_append_only()",
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()",
        ]
    statements.append(f"REVOKE TRUNCATE ON {', '.join(APPEND_ONLY_TABLES)} FROM PUBLIC")
    return statements


def schema_statements(engine: str) -> list[str]:
    """Every statement that creates version SCHEMA_VERSION on `engine` ("sqlite" or "postgresql")."""
    types = _TYPES[engine]
    # A new database is version 1 followed by every migration (which find no rows to move): one definition
    # of the schema, so a migrated database and a new one cannot drift apart.
    steps = [sql for version in sorted(_MIGRATIONS) for sql in _MIGRATIONS[version]]
    tables = [sql.format(**types) for sql in _TABLES + steps]
    return tables + (_sqlite_guards() if engine == "sqlite" else _postgres_guards())


def migration_statements(engine: str, version: int) -> list[str]:
    """The statements that take a database at `version - 1` to `version`."""
    return [sql.format(**_TYPES[engine]) for sql in _MIGRATIONS[version]]


def ensure_schema(db: Database) -> int:
    """Create the schema if the database has none; returns the version in place.

    Raises:
        SchemaError: the database was written by a newer version of the ledger server.
    """
    with db.transaction(append_lock=True):
        version = stored_version(db)
        if version is None:
            for sql in schema_statements(db.engine):
                db.execute(sql)
            db.execute("INSERT INTO ledger_meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            return SCHEMA_VERSION
        if version > SCHEMA_VERSION:
            raise SchemaError(
                f"{db.description}: ledger schema version {version} is newer than this server's "
                f"{SCHEMA_VERSION}; upgrade coopclient"
            )
        for step in range(version + 1, SCHEMA_VERSION + 1):
            for sql in migration_statements(db.engine, step):
                db.execute(sql)
            if step in _BACKFILLS:
                _BACKFILLS[step](db)
        if version < SCHEMA_VERSION:
            db.execute("UPDATE ledger_meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
        return SCHEMA_VERSION


def stored_version(db: Database) -> int | None:
    """The `schema_version` in `ledger_meta`, or None if the ledger has no schema yet."""
    if db.engine == "sqlite":
        exists = db.fetchone("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ledger_meta'")
    else:
        exists = db.fetchone("SELECT 1 WHERE to_regclass('ledger_meta') IS NOT NULL")
    if exists is None:
        return None
    row = db.fetchone("SELECT value FROM ledger_meta WHERE key = 'schema_version'")
    if row is None:
        return None
    try:
        return int(row[0])
    except ValueError:
        raise SchemaError(f"{db.description}: ledger_meta.schema_version: not a number: {row[0]!r}") from None


def append_only_guards(db: Database) -> set[str]:
    """The names of the append-only triggers present (for the integrity audit)."""
    if db.engine == "sqlite":
        rows = db.fetchall("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    else:
        rows = db.fetchall("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'")
    return {str(r[0]) for r in rows}


def expected_guards(engine: str) -> set[str]:
    """The trigger names `schema_statements(engine)` creates."""
    if engine == "sqlite":
        return {f"{t}_no_{op}" for t in APPEND_ONLY_TABLES for op in ("update", "delete")}
    return {f"{t}_{suffix}" for t in APPEND_ONLY_TABLES for suffix in ("append_only", "no_truncate")}
