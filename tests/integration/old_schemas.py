"""The store's schema as earlier versions created it, copied verbatim from intake/store.py at
the commit named: stores they wrote are upgraded when opened (test_store_upgrade.py)."""

# ff7a095, the first release: `messages.raw` in the middle, `outbound.raw`, fewer tables.
FIRST_RELEASE = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY,
    queue_id TEXT NOT NULL UNIQUE,
    received_at REAL NOT NULL,
    mail_from TEXT NOT NULL,
    rcpt_tos TEXT NOT NULL,
    peer TEXT NOT NULL DEFAULT '',
    helo TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL,
    body_hash TEXT NOT NULL,
    header_message_id TEXT,
    raw BLOB,
    state TEXT NOT NULL DEFAULT 'received',
    kind TEXT,
    topic TEXT,
    language TEXT,
    case_ref TEXT,
    sender TEXT,
    subject TEXT,
    reason TEXT,
    explanation TEXT,
    processed_at REAL
);
CREATE INDEX IF NOT EXISTS messages_state ON messages(state);
CREATE INDEX IF NOT EXISTS messages_header_id ON messages(header_message_id);
CREATE INDEX IF NOT EXISTS messages_case ON messages(case_ref);
CREATE TABLE IF NOT EXISTS cases (
    ref TEXT PRIMARY KEY,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    topic TEXT NOT NULL,
    route TEXT NOT NULL,
    sender TEXT,
    subject TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    state TEXT NOT NULL DEFAULT 'open',
    quoted_ref TEXT,
    opened_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    answered_at REAL,
    closed_at REAL,
    UNIQUE (year, seq)
);
CREATE TABLE IF NOT EXISTS case_seq (year INTEGER PRIMARY KEY, last INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS case_participants (
    case_ref TEXT NOT NULL, address TEXT NOT NULL, PRIMARY KEY (case_ref, address)
);
CREATE TABLE IF NOT EXISTS case_message_ids (
    message_id TEXT PRIMARY KEY, case_ref TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS outbound (
    id INTEGER PRIMARY KEY,
    message_row INTEGER,
    case_ref TEXT,
    kind TEXT NOT NULL,
    mail_from TEXT NOT NULL,
    rcpt_tos TEXT NOT NULL,
    delivered_to TEXT NOT NULL DEFAULT '[]',
    message_id TEXT NOT NULL UNIQUE,
    raw BLOB,
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL,
    next_attempt_at REAL NOT NULL,
    last_error TEXT,
    done_at REAL
);
CREATE INDEX IF NOT EXISTS outbound_due ON outbound(state, next_attempt_at);
CREATE TABLE IF NOT EXISTS acks (
    sender TEXT NOT NULL, case_ref TEXT NOT NULL, sent_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS acks_sender ON acks(sender, sent_at);
CREATE INDEX IF NOT EXISTS acks_time ON acks(sent_at);
"""

# 95e5897: every table of today, `messages.raw` still in the middle.
RAW_IN_THE_MIDDLE = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY,
    queue_id TEXT NOT NULL UNIQUE,
    received_at REAL NOT NULL,
    mail_from TEXT NOT NULL,
    rcpt_tos TEXT NOT NULL,
    peer TEXT NOT NULL DEFAULT '',
    helo TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL,
    body_hash TEXT NOT NULL,
    header_message_id TEXT,
    raw BLOB,
    state TEXT NOT NULL DEFAULT 'received',
    kind TEXT,
    topic TEXT,
    language TEXT,
    case_ref TEXT,
    sender TEXT,
    subject TEXT,
    reason TEXT,
    explanation TEXT,
    processed_at REAL
);
CREATE INDEX IF NOT EXISTS messages_state ON messages(state);
CREATE INDEX IF NOT EXISTS messages_header_id ON messages(header_message_id);
CREATE INDEX IF NOT EXISTS messages_case ON messages(case_ref);
CREATE TABLE IF NOT EXISTS cases (
    ref TEXT PRIMARY KEY,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    topic TEXT NOT NULL,
    route TEXT NOT NULL,
    sender TEXT,
    subject TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    state TEXT NOT NULL DEFAULT 'open',
    quoted_ref TEXT,
    opened_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    answered_at REAL,
    closed_at REAL,
    UNIQUE (year, seq)
);
CREATE TABLE IF NOT EXISTS case_seq (year INTEGER PRIMARY KEY, last INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS case_participants (
    case_ref TEXT NOT NULL, address TEXT NOT NULL, PRIMARY KEY (case_ref, address)
);
CREATE TABLE IF NOT EXISTS case_message_ids (
    message_id TEXT PRIMARY KEY, case_ref TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS outbound (
    id INTEGER PRIMARY KEY,
    message_row INTEGER,
    case_ref TEXT,
    kind TEXT NOT NULL,
    mail_from TEXT NOT NULL,
    rcpt_tos TEXT NOT NULL,
    delivered_to TEXT NOT NULL DEFAULT '[]',
    message_id TEXT NOT NULL UNIQUE,
    raw BLOB,
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL,
    next_attempt_at REAL NOT NULL,
    last_error TEXT,
    done_at REAL
);
CREATE INDEX IF NOT EXISTS outbound_due ON outbound(state, next_attempt_at);
CREATE TABLE IF NOT EXISTS acks (
    sender TEXT NOT NULL, case_ref TEXT NOT NULL, sent_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS acks_sender ON acks(sender, sent_at);
CREATE INDEX IF NOT EXISTS acks_time ON acks(sent_at);
CREATE TABLE IF NOT EXISTS case_reminders (
    case_ref TEXT NOT NULL, address TEXT NOT NULL, sent_at REAL NOT NULL,
    PRIMARY KEY (case_ref, address)
);
CREATE TABLE IF NOT EXISTS case_corrections (
    id INTEGER PRIMARY KEY,
    case_ref TEXT NOT NULL,
    from_topic TEXT NOT NULL,
    to_topic TEXT NOT NULL,
    corrected_by TEXT NOT NULL,
    corrected_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS case_corrections_case ON case_corrections(case_ref);
CREATE TABLE IF NOT EXISTS case_bounces (
    message_row INTEGER NOT NULL,
    outbound_id INTEGER NOT NULL,
    case_ref TEXT,
    failed_address TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (message_row, outbound_id, failed_address)
);
CREATE TABLE IF NOT EXISTS case_erasures (
    case_ref TEXT PRIMARY KEY,
    topic TEXT NOT NULL,
    opened_at REAL NOT NULL,
    answered_at REAL,
    closed_at REAL,
    requested_by TEXT NOT NULL,
    erased_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS notices_sent (key TEXT PRIMARY KEY, sent_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS enquiry_overrides (
    message_row INTEGER PRIMARY KEY, requested_at REAL NOT NULL
);
"""

# 75ed954: `messages.raw` moved to the end of the record for the listener's zeroblob.
RAW_LAST = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY,
    queue_id TEXT NOT NULL UNIQUE,
    received_at REAL NOT NULL,
    mail_from TEXT NOT NULL,
    rcpt_tos TEXT NOT NULL,
    peer TEXT NOT NULL DEFAULT '',
    helo TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL,
    body_hash TEXT NOT NULL,
    header_message_id TEXT,
    state TEXT NOT NULL DEFAULT 'received',
    kind TEXT,
    topic TEXT,
    language TEXT,
    case_ref TEXT,
    sender TEXT,
    subject TEXT,
    reason TEXT,
    explanation TEXT,
    processed_at REAL,
    -- Last, and nothing with a default after it: the listener writes a message into a
    -- zeroblob, which SQLite materialises in memory unless it ends the record (ingest.py).
    -- Reading the other columns then never walks the message's overflow pages either.
    raw BLOB
);
CREATE INDEX IF NOT EXISTS messages_state ON messages(state);
CREATE INDEX IF NOT EXISTS messages_header_id ON messages(header_message_id);
CREATE INDEX IF NOT EXISTS messages_case ON messages(case_ref);
CREATE TABLE IF NOT EXISTS cases (
    ref TEXT PRIMARY KEY,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    topic TEXT NOT NULL,
    route TEXT NOT NULL,
    sender TEXT,
    subject TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    state TEXT NOT NULL DEFAULT 'open',
    quoted_ref TEXT,
    opened_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    answered_at REAL,
    closed_at REAL,
    UNIQUE (year, seq)
);
CREATE TABLE IF NOT EXISTS case_seq (year INTEGER PRIMARY KEY, last INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS case_participants (
    case_ref TEXT NOT NULL, address TEXT NOT NULL, PRIMARY KEY (case_ref, address)
);
CREATE TABLE IF NOT EXISTS case_message_ids (
    message_id TEXT PRIMARY KEY, case_ref TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS outbound (
    id INTEGER PRIMARY KEY,
    message_row INTEGER,
    case_ref TEXT,
    kind TEXT NOT NULL,
    mail_from TEXT NOT NULL,
    rcpt_tos TEXT NOT NULL,
    delivered_to TEXT NOT NULL DEFAULT '[]',
    message_id TEXT NOT NULL UNIQUE,
    raw BLOB,
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL,
    next_attempt_at REAL NOT NULL,
    last_error TEXT,
    done_at REAL
);
CREATE INDEX IF NOT EXISTS outbound_due ON outbound(state, next_attempt_at);
CREATE TABLE IF NOT EXISTS acks (
    sender TEXT NOT NULL, case_ref TEXT NOT NULL, sent_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS acks_sender ON acks(sender, sent_at);
CREATE INDEX IF NOT EXISTS acks_time ON acks(sent_at);
CREATE TABLE IF NOT EXISTS case_reminders (
    case_ref TEXT NOT NULL, address TEXT NOT NULL, sent_at REAL NOT NULL,
    PRIMARY KEY (case_ref, address)
);
CREATE TABLE IF NOT EXISTS case_corrections (
    id INTEGER PRIMARY KEY,
    case_ref TEXT NOT NULL,
    from_topic TEXT NOT NULL,
    to_topic TEXT NOT NULL,
    corrected_by TEXT NOT NULL,
    corrected_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS case_corrections_case ON case_corrections(case_ref);
CREATE TABLE IF NOT EXISTS case_bounces (
    message_row INTEGER NOT NULL,
    outbound_id INTEGER NOT NULL,
    case_ref TEXT,
    failed_address TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (message_row, outbound_id, failed_address)
);
CREATE TABLE IF NOT EXISTS case_erasures (
    case_ref TEXT PRIMARY KEY,
    topic TEXT NOT NULL,
    opened_at REAL NOT NULL,
    answered_at REAL,
    closed_at REAL,
    requested_by TEXT NOT NULL,
    erased_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS notices_sent (key TEXT PRIMARY KEY, sent_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS enquiry_overrides (
    message_row INTEGER PRIMARY KEY, requested_at REAL NOT NULL
);
"""

# Version 2 (`PRAGMA user_version` 2): the octets in tables of their own (version 1 was this
# without the acks_case index); `cases` without `reopened_at`, which version 3 added.
VERSION_2 = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY,
    queue_id TEXT NOT NULL UNIQUE,
    received_at REAL NOT NULL,
    mail_from TEXT NOT NULL,
    rcpt_tos TEXT NOT NULL,
    peer TEXT NOT NULL DEFAULT '',
    helo TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL,
    body_hash TEXT NOT NULL,
    header_message_id TEXT,
    state TEXT NOT NULL DEFAULT 'received',
    kind TEXT,
    topic TEXT,
    language TEXT,
    case_ref TEXT,
    sender TEXT,
    subject TEXT,
    reason TEXT,
    explanation TEXT,
    processed_at REAL
);
CREATE INDEX IF NOT EXISTS messages_state ON messages(state);
CREATE INDEX IF NOT EXISTS messages_header_id ON messages(header_message_id);
CREATE INDEX IF NOT EXISTS messages_case ON messages(case_ref);
CREATE TABLE IF NOT EXISTS cases (
    ref TEXT PRIMARY KEY,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    topic TEXT NOT NULL,
    route TEXT NOT NULL,
    sender TEXT,
    subject TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    state TEXT NOT NULL DEFAULT 'open',
    quoted_ref TEXT,
    opened_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    answered_at REAL,
    closed_at REAL,
    UNIQUE (year, seq)
);
CREATE TABLE IF NOT EXISTS case_seq (year INTEGER PRIMARY KEY, last INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS case_participants (
    case_ref TEXT NOT NULL, address TEXT NOT NULL, PRIMARY KEY (case_ref, address)
);
CREATE TABLE IF NOT EXISTS case_message_ids (
    message_id TEXT PRIMARY KEY, case_ref TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS outbound (
    id INTEGER PRIMARY KEY,
    message_row INTEGER,
    case_ref TEXT,
    kind TEXT NOT NULL,
    mail_from TEXT NOT NULL,
    rcpt_tos TEXT NOT NULL,
    delivered_to TEXT NOT NULL DEFAULT '[]',
    message_id TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL,
    next_attempt_at REAL NOT NULL,
    last_error TEXT,
    done_at REAL
);
CREATE INDEX IF NOT EXISTS outbound_due ON outbound(state, next_attempt_at);
CREATE TABLE IF NOT EXISTS acks (
    sender TEXT NOT NULL, case_ref TEXT NOT NULL, sent_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS acks_sender ON acks(sender, sent_at);
CREATE INDEX IF NOT EXISTS acks_time ON acks(sent_at);
CREATE INDEX IF NOT EXISTS acks_case ON acks(case_ref);
CREATE TABLE IF NOT EXISTS case_reminders (
    case_ref TEXT NOT NULL, address TEXT NOT NULL, sent_at REAL NOT NULL,
    PRIMARY KEY (case_ref, address)
);
CREATE TABLE IF NOT EXISTS case_corrections (
    id INTEGER PRIMARY KEY,
    case_ref TEXT NOT NULL,
    from_topic TEXT NOT NULL,
    to_topic TEXT NOT NULL,
    corrected_by TEXT NOT NULL,
    corrected_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS case_corrections_case ON case_corrections(case_ref);
CREATE TABLE IF NOT EXISTS case_bounces (
    message_row INTEGER NOT NULL,
    outbound_id INTEGER NOT NULL,
    case_ref TEXT,
    failed_address TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (message_row, outbound_id, failed_address)
);
CREATE TABLE IF NOT EXISTS case_erasures (
    case_ref TEXT PRIMARY KEY,
    topic TEXT NOT NULL,
    opened_at REAL NOT NULL,
    answered_at REAL,
    closed_at REAL,
    requested_by TEXT NOT NULL,
    erased_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS notices_sent (key TEXT PRIMARY KEY, sent_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS enquiry_overrides (
    message_row INTEGER PRIMARY KEY, requested_at REAL NOT NULL
);
-- The octets, apart from the rows whose state changes: SQLite rewrites a whole record on any
-- UPDATE, blob included (intake.bodies). No body row: purged or erased. `raw` is last, so a
-- zeroblob written into through blob I/O is never materialised in memory.
CREATE TABLE IF NOT EXISTS message_bodies (
    message_row INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
    raw BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS outbound_bodies (
    outbound_id INTEGER PRIMARY KEY REFERENCES outbound(id) ON DELETE CASCADE,
    raw BLOB NOT NULL
);
"""
