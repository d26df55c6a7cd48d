-- What the three portals add: job seekers' profiles and applications, saved
-- searches and their alerts, password resets, claims of accounts registered
-- on a worker's behalf, employer verification, and how a posting ended.

-- Job seekers ---------------------------------------------------------------

-- Where the worker will work, from their own commune out to abroad.
ALTER TABLE workers ADD COLUMN work_area TEXT NOT NULL DEFAULT 'province'
    CHECK (work_area IN ('commune', 'district', 'province', 'vietnam', 'abroad'));
-- When the worker can start: 'now', 'within_month', 'later'.
ALTER TABLE workers ADD COLUMN availability TEXT NOT NULL DEFAULT 'now'
    CHECK (availability IN ('now', 'within_month', 'later'));
-- Driving licence classes held, comma-separated (A1,B2,C...).
ALTER TABLE workers ADD COLUMN driving_licences TEXT NOT NULL DEFAULT '';
-- Certificates and vocational qualifications, free text, one per line.
ALTER TABLE workers ADD COLUMN certificates TEXT NOT NULL DEFAULT '';
-- The staff member or commune officer who registered the worker on their
-- behalf; NULL when the worker signed up themselves.
ALTER TABLE workers ADD COLUMN registered_by_user_id INTEGER REFERENCES users (id);
-- How consent was given when registered on the worker's behalf.
ALTER TABLE workers ADD COLUMN consent_note TEXT NOT NULL DEFAULT '';

-- A job seeker's own application to a posting. Staff referrals stay in
-- `referrals`; employers see both as their candidates.
CREATE TABLE applications (
    id         INTEGER PRIMARY KEY,
    worker_id  INTEGER NOT NULL REFERENCES workers (id) ON DELETE CASCADE,
    job_id     INTEGER NOT NULL REFERENCES jobs (id),
    status     TEXT NOT NULL CHECK (status IN ('submitted', 'interviewed', 'hired', 'not_hired', 'withdrawn')),
    message    TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (worker_id, job_id)
);
CREATE INDEX applications_job ON applications (job_id);

ALTER TABLE placements ADD COLUMN application_id INTEGER REFERENCES applications (id);

-- Saved searches and alerts ------------------------------------------------

CREATE TABLE saved_searches (
    id               INTEGER PRIMARY KEY,
    user_id          INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label            TEXT NOT NULL,
    -- The search as a canonical query string of /viec-lam.
    query            TEXT NOT NULL,
    frequency        TEXT NOT NULL CHECK (frequency IN ('daily', 'immediate')),
    -- SHA-256 of the one-click unsubscribe token.
    unsubscribe_hash TEXT NOT NULL UNIQUE,
    is_active        INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    last_checked_at  INTEGER NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX saved_searches_user ON saved_searches (user_id);

-- Postings already sent for a saved search, so none is sent twice.
CREATE TABLE saved_search_hits (
    saved_search_id INTEGER NOT NULL REFERENCES saved_searches (id) ON DELETE CASCADE,
    job_id          INTEGER NOT NULL REFERENCES jobs (id),
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (saved_search_id, job_id)
);

-- Account recovery and claims ----------------------------------------------

-- Single-use password reset links; only the SHA-256 of the token is kept.
CREATE TABLE password_resets (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX password_resets_user ON password_resets (user_id);

-- Codes that let a worker registered on their behalf take over the account.
CREATE TABLE account_claims (
    token_hash         TEXT PRIMARY KEY,
    worker_id          INTEGER NOT NULL REFERENCES workers (id) ON DELETE CASCADE,
    created_by_user_id INTEGER REFERENCES users (id),
    expires_at         INTEGER NOT NULL,
    used_at            INTEGER,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);
CREATE INDEX account_claims_worker ON account_claims (worker_id);

-- Employers and postings ----------------------------------------------------

ALTER TABLE employers ADD COLUMN verified_at INTEGER;
ALTER TABLE employers ADD COLUMN verified_by_user_id INTEGER REFERENCES users (id);
-- Why staff did not verify the employer, shown to the employer.
ALTER TABLE employers ADD COLUMN review_note TEXT NOT NULL DEFAULT '';

-- Why a closed posting closed: withdrawn by the employer or filled.
ALTER TABLE jobs ADD COLUMN closed_reason TEXT CHECK (closed_reason IN ('closed', 'filled'));
-- When the posting was last sent for review.
ALTER TABLE jobs ADD COLUMN submitted_at INTEGER;
-- How to apply besides the portal (address, office hours), shown on the page.
ALTER TABLE jobs ADD COLUMN how_to_apply TEXT NOT NULL DEFAULT '';
