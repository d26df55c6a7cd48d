-- vieclam schema, SQLite dialect. Portable types shared with the PostgreSQL
-- migration: INTEGER for ids, counts, money (VND) and flags (0/1); TEXT for
-- dates ('YYYY-MM-DD'); INTEGER unix seconds (UTC) for instants (*_at).

-- Reference data ------------------------------------------------------------

CREATE TABLE admin_units (
    code            TEXT PRIMARY KEY,
    parent_code     TEXT REFERENCES admin_units (code),
    level           TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune')),
    kind            TEXT NOT NULL,
    name            TEXT NOT NULL,
    name_with_type  TEXT NOT NULL,
    name_folded     TEXT NOT NULL,
    is_poor_commune INTEGER NOT NULL DEFAULT 0 CHECK (is_poor_commune IN (0, 1)),
    valid_from      TEXT NOT NULL,
    valid_to        TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX admin_units_parent ON admin_units (parent_code);

CREATE TABLE countries (
    code       TEXT PRIMARY KEY,
    name_vi    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE ethnicities (
    code       TEXT PRIMARY KEY,
    name_vi    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE occupations (
    code        TEXT PRIMARY KEY,
    group_code  TEXT REFERENCES occupations (code),
    name_vi     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE holidays (
    day        TEXT PRIMARY KEY,
    name_vi    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('public', 'tet')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE targets (
    year       INTEGER NOT NULL,
    metric     TEXT NOT NULL,
    min_value  INTEGER NOT NULL,
    max_value  INTEGER,
    note_vi    TEXT NOT NULL DEFAULT '',
    note_en    TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (year, metric)
);

-- Accounts -----------------------------------------------------------------

CREATE TABLE employers (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL,
    name_folded         TEXT NOT NULL,
    tax_code            TEXT UNIQUE,
    sector              TEXT NOT NULL DEFAULT '',
    is_verified         INTEGER NOT NULL DEFAULT 0 CHECK (is_verified IN (0, 1)),
    overseas_licence_no TEXT,
    commune_code        TEXT REFERENCES admin_units (code),
    province_code       TEXT REFERENCES admin_units (code),
    address             TEXT NOT NULL DEFAULT '',
    phone               TEXT,
    email               TEXT,
    website             TEXT,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
);

CREATE TABLE households (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    commune_code TEXT NOT NULL REFERENCES admin_units (code),
    village      TEXT NOT NULL DEFAULT '',
    head_name    TEXT NOT NULL DEFAULT '',
    member_count INTEGER NOT NULL DEFAULT 1 CHECK (member_count >= 1),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX households_commune ON households (commune_code);

CREATE TABLE household_poverty (
    household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    year         INTEGER NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('poor', 'near_poor', 'recently_out', 'none')),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (household_id, year)
);
CREATE INDEX household_poverty_year_status ON household_poverty (year, status);

CREATE TABLE workers (
    id                       INTEGER PRIMARY KEY,
    full_name                TEXT NOT NULL,
    full_name_folded         TEXT NOT NULL,
    birth_date               TEXT,
    gender                   TEXT NOT NULL CHECK (gender IN ('female', 'male', 'other')),
    ethnicity_code           TEXT REFERENCES ethnicities (code),
    commune_code             TEXT NOT NULL REFERENCES admin_units (code),
    village                  TEXT NOT NULL DEFAULT '',
    phone                    TEXT,
    email                    TEXT,
    citizen_id               TEXT UNIQUE,
    household_id             INTEGER REFERENCES households (id),
    education_level          TEXT NOT NULL CHECK (education_level IN
        ('none', 'primary', 'lower_secondary', 'upper_secondary', 'college', 'university', 'postgraduate')),
    vocational_training      TEXT NOT NULL CHECK (vocational_training IN
        ('none', 'under_3_months', 'elementary', 'intermediate', 'college')),
    skills                   TEXT NOT NULL DEFAULT '',
    willing_outside_province INTEGER NOT NULL DEFAULT 0 CHECK (willing_outside_province IN (0, 1)),
    willing_abroad           INTEGER NOT NULL DEFAULT 0 CHECK (willing_abroad IN (0, 1)),
    expected_salary          INTEGER CHECK (expected_salary >= 0),
    is_employed              INTEGER NOT NULL DEFAULT 0 CHECK (is_employed IN (0, 1)),
    consent_at               INTEGER,
    created_at               INTEGER NOT NULL,
    updated_at               INTEGER NOT NULL
);
CREATE INDEX workers_commune ON workers (commune_code);
CREATE INDEX workers_household ON workers (household_id);

CREATE TABLE worker_occupations (
    worker_id       INTEGER NOT NULL REFERENCES workers (id) ON DELETE CASCADE,
    occupation_code TEXT NOT NULL REFERENCES occupations (code),
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (worker_id, occupation_code)
);
CREATE INDEX worker_occupations_code ON worker_occupations (occupation_code);

CREATE TABLE worker_languages (
    worker_id  INTEGER NOT NULL REFERENCES workers (id) ON DELETE CASCADE,
    language   TEXT NOT NULL,
    level      TEXT NOT NULL CHECK (level IN ('native', 'fluent', 'basic')),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (worker_id, language)
);

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    email           TEXT UNIQUE,
    phone           TEXT UNIQUE,
    display_name    TEXT NOT NULL,
    password_hash   TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('job_seeker', 'employer', 'commune_officer', 'staff', 'admin')),
    employer_id     INTEGER REFERENCES employers (id),
    worker_id       INTEGER REFERENCES workers (id),
    commune_code    TEXT REFERENCES admin_units (code),
    is_disabled     INTEGER NOT NULL DEFAULT 0 CHECK (is_disabled IN (0, 1)),
    last_sign_in_at INTEGER,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    CHECK (email IS NOT NULL OR phone IS NOT NULL)
);

-- Jobs ---------------------------------------------------------------------

CREATE TABLE jobs (
    id              INTEGER PRIMARY KEY,
    employer_id     INTEGER NOT NULL REFERENCES employers (id),
    external_ref    TEXT UNIQUE,
    title           TEXT NOT NULL,
    description     TEXT NOT NULL DEFAULT '',
    occupation_code TEXT REFERENCES occupations (code),
    salary_min      INTEGER CHECK (salary_min >= 0),
    salary_max      INTEGER CHECK (salary_max >= 0),
    quantity        INTEGER NOT NULL DEFAULT 1 CHECK (quantity >= 1),
    work_location   TEXT NOT NULL CHECK (work_location IN ('in_province', 'in_vietnam', 'abroad')),
    commune_code    TEXT REFERENCES admin_units (code),
    district_code   TEXT REFERENCES admin_units (code),
    province_code   TEXT REFERENCES admin_units (code),
    country_code    TEXT REFERENCES countries (code),
    employment_type TEXT NOT NULL CHECK (employment_type IN
        ('full_time', 'part_time', 'seasonal', 'contract', 'apprenticeship')),
    deadline        TEXT,
    status          TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'published', 'closed', 'expired')),
    review_note     TEXT NOT NULL DEFAULT '',
    published_at    INTEGER,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max),
    CHECK (work_location <> 'in_province' OR commune_code IS NOT NULL),
    CHECK (work_location <> 'in_vietnam' OR province_code IS NOT NULL),
    CHECK (work_location <> 'abroad' OR country_code IS NOT NULL)
);
CREATE INDEX jobs_status_published ON jobs (status, published_at);
CREATE INDEX jobs_employer ON jobs (employer_id);
CREATE INDEX jobs_commune ON jobs (commune_code);
CREATE INDEX jobs_status_district ON jobs (status, district_code);

-- Matching, referral, placement -------------------------------------------

CREATE TABLE referrals (
    id                  INTEGER PRIMARY KEY,
    worker_id           INTEGER NOT NULL REFERENCES workers (id),
    job_id              INTEGER NOT NULL REFERENCES jobs (id),
    referred_by_user_id INTEGER REFERENCES users (id),
    status              TEXT NOT NULL CHECK (status IN ('referred', 'interviewed', 'hired', 'not_hired', 'withdrawn')),
    priority_reason     TEXT NOT NULL DEFAULT '',
    note                TEXT NOT NULL DEFAULT '',
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    UNIQUE (worker_id, job_id)
);
CREATE INDEX referrals_job ON referrals (job_id);

CREATE TABLE placements (
    id                  INTEGER PRIMARY KEY,
    worker_id           INTEGER NOT NULL REFERENCES workers (id),
    job_id              INTEGER REFERENCES jobs (id),
    employer_id         INTEGER REFERENCES employers (id),
    referral_id         INTEGER REFERENCES referrals (id),
    placed_on           TEXT NOT NULL,
    is_abroad           INTEGER NOT NULL DEFAULT 0 CHECK (is_abroad IN (0, 1)),
    country_code        TEXT REFERENCES countries (code),
    source              TEXT NOT NULL CHECK (source IN ('referral', 'fair', 'staff', 'employer', 'self_reported')),
    verified_by_user_id INTEGER REFERENCES users (id),
    verified_at         INTEGER,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    CHECK (is_abroad = 0 OR country_code IS NOT NULL)
);
CREATE INDEX placements_placed_on ON placements (placed_on);
CREATE INDEX placements_worker ON placements (worker_id);

-- Job fairs and counselling ------------------------------------------------

CREATE TABLE fairs (
    id             INTEGER PRIMARY KEY,
    title          TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('periodic', 'mobile', 'online')),
    commune_code   TEXT REFERENCES admin_units (code),
    venue          TEXT NOT NULL DEFAULT '',
    held_on        TEXT NOT NULL,
    starts_at_time TEXT NOT NULL DEFAULT '07:30',
    booth_capacity INTEGER NOT NULL DEFAULT 0 CHECK (booth_capacity >= 0),
    status         TEXT NOT NULL CHECK (status IN ('planned', 'open', 'held', 'cancelled')),
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);
CREATE INDEX fairs_held_on ON fairs (held_on);

CREATE TABLE fair_registrations (
    id          INTEGER PRIMARY KEY,
    fair_id     INTEGER NOT NULL REFERENCES fairs (id) ON DELETE CASCADE,
    employer_id INTEGER REFERENCES employers (id),
    worker_id   INTEGER REFERENCES workers (id),
    booth_no    INTEGER,
    status      TEXT NOT NULL CHECK (status IN ('requested', 'confirmed', 'cancelled', 'attended')),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    CHECK ((employer_id IS NULL) <> (worker_id IS NULL)),
    UNIQUE (fair_id, employer_id),
    UNIQUE (fair_id, worker_id)
);

CREATE TABLE counselling_sessions (
    id                 INTEGER PRIMARY KEY,
    title              TEXT NOT NULL,
    topic              TEXT NOT NULL DEFAULT '',
    commune_code       TEXT REFERENCES admin_units (code),
    fair_id            INTEGER REFERENCES fairs (id),
    held_on            TEXT NOT NULL,
    counsellor_user_id INTEGER REFERENCES users (id),
    anonymous_count    INTEGER NOT NULL DEFAULT 0 CHECK (anonymous_count >= 0),
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);
CREATE INDEX counselling_sessions_held_on ON counselling_sessions (held_on);

CREATE TABLE counselling_attendance (
    session_id INTEGER NOT NULL REFERENCES counselling_sessions (id) ON DELETE CASCADE,
    worker_id  INTEGER NOT NULL REFERENCES workers (id),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (session_id, worker_id)
);

-- Audit and outboxes ---------------------------------------------------------

CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY,
    at            INTEGER NOT NULL,
    actor_user_id INTEGER REFERENCES users (id),
    action        TEXT NOT NULL,
    entity        TEXT NOT NULL,
    entity_id     INTEGER NOT NULL,
    fields        TEXT NOT NULL DEFAULT '',
    request_id    TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TABLE search_outbox (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    entity     TEXT NOT NULL CHECK (entity IN ('job', 'worker')),
    entity_id  INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE mail_outbox (
    id              INTEGER PRIMARY KEY,
    dedupe_key      TEXT UNIQUE,
    to_address      TEXT NOT NULL,
    subject         TEXT NOT NULL,
    text_body       TEXT NOT NULL,
    html_body       TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    claimed_by      TEXT,
    claimed_at      INTEGER,
    last_error      TEXT NOT NULL DEFAULT '',
    sent_at         INTEGER,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
