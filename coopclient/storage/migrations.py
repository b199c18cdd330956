"""The store's schema, as numbered migrations. ``PRAGMA user_version`` holds the number applied last.

Rules: a migration is never edited once released; a change is a new migration appended to ``MIGRATIONS``.
Each migration runs inside the transaction that also bumps ``user_version``.
"""

from __future__ import annotations

SCHEMA_V1 = """
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE accounts (
  id INTEGER PRIMARY KEY, platform TEXT NOT NULL, name TEXT NOT NULL, url TEXT NOT NULL DEFAULT '',
  created_ms INTEGER NOT NULL, UNIQUE (platform, name, url));
CREATE TABLE projects (
  id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts(id), platform_ref TEXT,
  name TEXT NOT NULL, config_xml TEXT NOT NULL, task_type TEXT NOT NULL,
  rate_micros INTEGER, rate_currency TEXT, created_ms INTEGER NOT NULL);
CREATE TABLE batches (
  id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL REFERENCES projects(id), source TEXT NOT NULL,
  source_sha256 TEXT, imported_ms INTEGER NOT NULL, task_count INTEGER NOT NULL DEFAULT 0);
CREATE TABLE tasks (
  id INTEGER PRIMARY KEY, batch_id INTEGER NOT NULL REFERENCES batches(id), seq INTEGER NOT NULL,
  platform_ref TEXT, payload TEXT NOT NULL, task_type TEXT NOT NULL, unsupported_reason TEXT,
  status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'done', 'skipped')),
  updated_ms INTEGER, UNIQUE (batch_id, seq));
CREATE INDEX tasks_batch_status ON tasks (batch_id, status);
CREATE TABLE results (
  task_id INTEGER PRIMARY KEY REFERENCES tasks(id), result_id TEXT NOT NULL UNIQUE,
  result TEXT NOT NULL, was_cancelled INTEGER NOT NULL DEFAULT 0, lead_time_ms INTEGER NOT NULL,
  version INTEGER NOT NULL, created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL);
CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY, idempotency_key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
  target TEXT NOT NULL, payload TEXT NOT NULL, payload_sha256 TEXT NOT NULL, created_ms INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0, next_attempt_ms INTEGER NOT NULL DEFAULT 0, last_error TEXT,
  parked INTEGER NOT NULL DEFAULT 0, acked_ms INTEGER);
CREATE TABLE work_sessions (
  id TEXT PRIMARY KEY, manual INTEGER NOT NULL, platform TEXT, category TEXT NOT NULL,
  started_ms INTEGER NOT NULL, tz TEXT NOT NULL, last_heartbeat_ms INTEGER NOT NULL, ended_ms INTEGER,
  end_reason TEXT, state TEXT NOT NULL CHECK (state IN ('open', 'closed', 'recovered')), note TEXT);
CREATE INDEX sessions_state ON work_sessions (state);
CREATE TABLE activity_spans (
  id INTEGER PRIMARY KEY, session_id TEXT NOT NULL REFERENCES work_sessions(id), seq INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('active', 'idle')), category TEXT NOT NULL,
  task_id INTEGER REFERENCES tasks(id), project_id INTEGER, platform TEXT, day TEXT NOT NULL,
  start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL, gap_before_ms INTEGER,
  bridged_ms INTEGER NOT NULL DEFAULT 0,
  idle_decision TEXT CHECK (idle_decision IN ('pending', 'keep', 'discard', 'reassign')),
  recovered INTEGER NOT NULL DEFAULT 0,
  UNIQUE (session_id, seq), CHECK (end_ms >= start_ms));
CREATE INDEX spans_task ON activity_spans (task_id);
CREATE INDEX spans_day ON activity_spans (day);
CREATE TABLE earnings (
  id INTEGER PRIMARY KEY, entry_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
  amount_micros INTEGER NOT NULL, currency TEXT NOT NULL, day TEXT NOT NULL,
  task_id INTEGER REFERENCES tasks(id), project_id INTEGER, platform TEXT, fx_rate TEXT, note TEXT,
  created_ms INTEGER NOT NULL);
CREATE UNIQUE INDEX earnings_one_piece_rate_per_task ON earnings (task_id) WHERE kind = 'piece_rate';
CREATE INDEX earnings_day ON earnings (day);
CREATE TABLE fx_rates (
  day TEXT NOT NULL, base TEXT NOT NULL, quote TEXT NOT NULL, rate TEXT NOT NULL, source TEXT,
  PRIMARY KEY (day, base, quote));
CREATE TABLE wage_floors (
  effective TEXT PRIMARY KEY, hourly_micros INTEGER NOT NULL, currency TEXT NOT NULL,
  regional_factors TEXT NOT NULL DEFAULT '{}', source TEXT NOT NULL, created_ms INTEGER NOT NULL);
"""

# Reports over a year of heartbeats must not scan a million spans (ActivityWatch's report timeouts, #629):
# per-day totals are kept in step with the spans and earnings by triggers, in the same transaction.
_SPAN_BUCKET = """CASE WHEN {r}.state = 'active' OR {r}.idle_decision IN ('keep', 'reassign') THEN {r}.category
  WHEN {r}.idle_decision = 'discard' THEN '~discarded' ELSE '~pending' END"""


def _span_rollup(row: str, sign: str) -> str:
    bucket = _SPAN_BUCKET.format(r=row)
    key = f"{row}.day, coalesce({row}.project_id, 0), coalesce({row}.platform, '')"
    return f"""
  INSERT INTO time_rollup (day, project_id, platform, bucket, ms)
    VALUES ({key}, {bucket}, {sign}({row}.end_ms - {row}.start_ms))
    ON CONFLICT DO UPDATE SET ms = ms + excluded.ms;
  INSERT INTO time_rollup (day, project_id, platform, bucket, ms)
    VALUES ({key}, '~gap', {sign}{row}.bridged_ms)
    ON CONFLICT DO UPDATE SET ms = ms + excluded.ms;"""


def _money_rollup(row: str, sign: str) -> str:
    key = f"{row}.day, coalesce({row}.project_id, 0), coalesce({row}.platform, ''), {row}.kind, {row}.currency"
    return f"""
  INSERT INTO money_rollup (day, project_id, platform, kind, currency, micros, entries)
    VALUES ({key}, {sign}{row}.amount_micros, {sign}1)
    ON CONFLICT DO UPDATE SET micros = micros + excluded.micros, entries = entries + excluded.entries;"""


SCHEMA_V2 = f"""
CREATE TABLE time_rollup (
  day TEXT NOT NULL, project_id INTEGER NOT NULL, platform TEXT NOT NULL, bucket TEXT NOT NULL,
  ms INTEGER NOT NULL, PRIMARY KEY (day, project_id, platform, bucket)) WITHOUT ROWID;
CREATE TABLE money_rollup (
  day TEXT NOT NULL, project_id INTEGER NOT NULL, platform TEXT NOT NULL, kind TEXT NOT NULL,
  currency TEXT NOT NULL, micros INTEGER NOT NULL, entries INTEGER NOT NULL,
  PRIMARY KEY (day, project_id, platform, kind, currency)) WITHOUT ROWID;
CREATE TRIGGER spans_rollup_insert AFTER INSERT ON activity_spans BEGIN {_span_rollup("NEW", "+")}
END;
CREATE TRIGGER spans_rollup_delete AFTER DELETE ON activity_spans BEGIN {_span_rollup("OLD", "-")}
END;
CREATE TRIGGER spans_rollup_update AFTER UPDATE ON activity_spans BEGIN {_span_rollup("OLD", "-")}
{_span_rollup("NEW", "+")}
END;
CREATE TRIGGER earnings_rollup_insert AFTER INSERT ON earnings BEGIN {_money_rollup("NEW", "+")}
END;
CREATE TRIGGER earnings_rollup_delete AFTER DELETE ON earnings BEGIN {_money_rollup("OLD", "-")}
END;
CREATE TRIGGER earnings_rollup_update AFTER UPDATE ON earnings BEGIN {_money_rollup("OLD", "-")}
{_money_rollup("NEW", "+")}
END;
INSERT INTO time_rollup (day, project_id, platform, bucket, ms)
  SELECT day, coalesce(project_id, 0), coalesce(platform, ''), bucket, sum(ms) FROM (
    SELECT day, project_id, platform, {_SPAN_BUCKET.format(r="activity_spans")} AS bucket,
           end_ms - start_ms AS ms FROM activity_spans
    UNION ALL
    SELECT day, project_id, platform, '~gap', bridged_ms FROM activity_spans)
  GROUP BY 1, 2, 3, 4;
INSERT INTO money_rollup (day, project_id, platform, kind, currency, micros, entries)
  SELECT day, coalesce(project_id, 0), coalesce(platform, ''), kind, currency, sum(amount_micros), count(*)
  FROM earnings GROUP BY 1, 2, 3, 4, 5;
"""

# The co-op ledger (docs/ledger.md), member's side. What is kept here is what the member shared, byte for byte
# (so "What I share" shows the exact text sent), and the last checkpoint they verified (so a rewritten history
# is caught on the next sync). The member's private key is never here: it lives in the OS keyring.
SCHEMA_V3 = """
CREATE TABLE ledger_link (
  id INTEGER PRIMARY KEY CHECK (id = 1), server_url TEXT NOT NULL, pseudonym TEXT NOT NULL,
  public_key TEXT NOT NULL, origin TEXT NOT NULL, log_key TEXT NOT NULL, treasurer_key TEXT NOT NULL,
  witness_url TEXT, witness_key TEXT, enrolled_day TEXT NOT NULL, consented_day TEXT,
  paused INTEGER NOT NULL DEFAULT 0);
CREATE TABLE ledger_shares (
  entry_id TEXT PRIMARY KEY, day TEXT NOT NULL, platform TEXT NOT NULL, task_kind TEXT NOT NULL,
  kind TEXT NOT NULL, body TEXT NOT NULL, supersedes TEXT REFERENCES ledger_shares(entry_id),
  created_ms INTEGER NOT NULL, sent_ms INTEGER, leaf_index INTEGER, verified INTEGER NOT NULL DEFAULT 0);
CREATE INDEX ledger_shares_cell ON ledger_shares (day, platform, task_kind);
CREATE TABLE ledger_batches (
  batch_key TEXT PRIMARY KEY, known_size INTEGER NOT NULL, created_ms INTEGER NOT NULL, done_ms INTEGER);
CREATE TABLE ledger_batch_rows (
  batch_key TEXT NOT NULL REFERENCES ledger_batches(batch_key),
  outbox_seq INTEGER NOT NULL UNIQUE REFERENCES outbox(seq),
  PRIMARY KEY (batch_key, outbox_seq)) WITHOUT ROWID;
CREATE TABLE ledger_state (
  id INTEGER PRIMARY KEY CHECK (id = 1), checkpoint TEXT, size INTEGER NOT NULL DEFAULT 0, root TEXT,
  witness_size INTEGER NOT NULL DEFAULT 0, warning TEXT);
CREATE TABLE ledger_policy (
  entry_id TEXT PRIMARY KEY, kind TEXT NOT NULL, body TEXT NOT NULL, leaf_index INTEGER NOT NULL);
"""

# The platform's id of the annotation a delivered row created (Label Studio's annotation id), so that an edit
# made after delivery is sent as an update of that annotation instead of being parked. NULL when unknown: the
# row is not delivered yet, or the server answered a replay without telling which annotation it kept.
SCHEMA_V4 = """
ALTER TABLE outbox ADD COLUMN remote_id TEXT;
"""

# Which sync last re-checked a shared entry against the server (a sync counter, 0 = never re-checked since it
# was first verified): each sync re-checks the few hundred least recently re-checked, so a body altered later
# in the server's database is found within a few syncs without fetching every entry every time.
SCHEMA_V5 = """
ALTER TABLE ledger_shares ADD COLUMN rechecked INTEGER NOT NULL DEFAULT 0;
CREATE INDEX ledger_shares_recheck ON ledger_shares (verified, rechecked, leaf_index);
"""

# How far (a tree size) every entry the ledger lists under the member's key has been checked: signed by this
# key, and sent by this app. Each sync lists the entries from there on, so an entry slipped in under the
# member's key (a forged signature, or a stolen key) is found on the next sync; the mark stops at the first
# such entry, so the warning stays for as long as the entry is in the log.
SCHEMA_V6 = """
ALTER TABLE ledger_state ADD COLUMN mine_scanned INTEGER NOT NULL DEFAULT 0;
"""

# Care around distressing content (issue 15): a batch that may be distressing, flagged by its batch file's
# content warning ('file') or by the member ('member'). NULL: not flagged. Its tasks' images are shown
# greyscale and blurred, and time on them counts as exposure.
SCHEMA_V7 = """
ALTER TABLE batches ADD COLUMN content_warning TEXT;
ALTER TABLE batches ADD COLUMN flagged_by TEXT CHECK (flagged_by IN ('file', 'member'));
"""

# Rejections answered with evidence (issue 15): every answer of the platform's server to a result row's
# requests, as the relay got it (the request, the status code, the server's Date header, the SHA-256 of the
# body; the annotation id when the row was delivered), kept for the member's evidence pack; and the inclusion
# proof of each shared ledger entry as last verified (JSON: tree size, root and proof hashes in base64, the signed
# checkpoint note of that size when it was the stored one), so a pack can be checked offline against it.
SCHEMA_V8 = """
ALTER TABLE ledger_shares ADD COLUMN proof TEXT;
CREATE TABLE outbox_responses (
  id INTEGER PRIMARY KEY, outbox_seq INTEGER NOT NULL REFERENCES outbox(seq), at_ms INTEGER NOT NULL,
  method TEXT NOT NULL, path TEXT NOT NULL, status INTEGER NOT NULL, server_date TEXT NOT NULL,
  body_sha256 TEXT NOT NULL, remote_id TEXT);
CREATE INDEX outbox_responses_seq ON outbox_responses (outbox_seq);
"""

# The pay known before the work is taken (issue 15): the wage estimated when a batch was imported (the
# member's pace on its kind of task then, and its piece rate), kept so that what the batch really paid can be
# compared with it afterwards. No row: no rate, or not enough history to estimate.
SCHEMA_V9 = """
CREATE TABLE batch_estimates (
  batch_id INTEGER PRIMARY KEY REFERENCES batches(id), task_type TEXT NOT NULL, tasks INTEGER NOT NULL,
  median_ms INTEGER NOT NULL, fast_ms INTEGER NOT NULL, slow_ms INTEGER NOT NULL,
  rate_micros INTEGER NOT NULL, rate_currency TEXT NOT NULL, created_ms INTEGER NOT NULL);
"""

# Statement imports (issues 12 and 13): what a platform, a client or a bank says was paid, one row per
# (source, reference), so importing the same statement twice changes nothing; 'treasurer' lines feed the
# reconciliation, 'member' lines are the member's own earnings records (their earnings entries carry ids
# derived from (source, reference)). And the column mappings of sheets in no known format, by name (JSON).
SCHEMA_V10 = """
CREATE TABLE statement_lines (
  id INTEGER PRIMARY KEY, side TEXT NOT NULL CHECK (side IN ('treasurer', 'member')), source TEXT NOT NULL,
  reference TEXT NOT NULL, line_no INTEGER NOT NULL, paid_on TEXT NOT NULL, payee TEXT NOT NULL,
  platform TEXT NOT NULL, amount_micros INTEGER NOT NULL, currency TEXT NOT NULL, fee_micros INTEGER,
  status TEXT NOT NULL CHECK (status IN ('paid', 'pending', 'rejected', 'returned', 'reversed')),
  imported_ms INTEGER NOT NULL, UNIQUE (source, reference));
CREATE INDEX statement_lines_period ON statement_lines (side, paid_on, platform);
CREATE TABLE column_mappings (name TEXT PRIMARY KEY, spec TEXT NOT NULL, saved_ms INTEGER NOT NULL);
"""

MIGRATIONS: tuple[str, ...] = (
    SCHEMA_V1,
    SCHEMA_V2,
    SCHEMA_V3,
    SCHEMA_V4,
    SCHEMA_V5,
    SCHEMA_V6,
    SCHEMA_V7,
    SCHEMA_V8,
    SCHEMA_V9,
    SCHEMA_V10,
)
SCHEMA_VERSION = len(MIGRATIONS)
