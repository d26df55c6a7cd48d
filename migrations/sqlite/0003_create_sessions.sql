-- Sessions live in the database so several instances share them. Only a
-- SHA-256 hash of the session id is stored: a copy of this table cannot be
-- used to sign in.
CREATE TABLE sessions (
    id_hash      TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token   TEXT NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

-- Sign-in attempts, for throttling per account and per client address.
-- The subject is a hash, so the table holds no e-mail, phone or address.
CREATE TABLE sign_in_attempts (
    id         INTEGER PRIMARY KEY,
    subject    TEXT NOT NULL,
    at         INTEGER NOT NULL,
    succeeded  INTEGER NOT NULL CHECK (succeeded IN (0, 1)),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX sign_in_attempts_subject_at ON sign_in_attempts (subject, at);
