-- The store: reports, what each report says of each event (sources), the merged events
-- shown on the map, and the log of manual corrections. Dates are ISO text (YYYY-MM-DD) in
-- both engines, so ordering and comparison behave the same everywhere.

CREATE TABLE store_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE reports (
    article_id TEXT PRIMARY KEY,
    published TEXT NOT NULL CHECK (published = '' OR published LIKE '____-__-__'),
    title TEXT NOT NULL,
    url TEXT NOT NULL,
    text TEXT NOT NULL
);

CREATE TABLE sources (
    event_id TEXT NOT NULL CHECK (event_id <> ''),
    attack_id TEXT NOT NULL,
    event_date TEXT NOT NULL CHECK (event_date LIKE '____-__-__'),
    date_precision TEXT NOT NULL CHECK (date_precision IN ('day', 'approx')),
    attacker TEXT NOT NULL CHECK (attacker IN ('Russia', 'Ukraine', 'unknown')),
    attacker_basis TEXT NOT NULL CHECK (attacker_basis IN ('stated', 'inferred')),
    place TEXT NOT NULL CHECK (place <> ''),
    location_text TEXT NOT NULL,
    district_of TEXT NOT NULL,
    admin1 TEXT NOT NULL,
    country TEXT NOT NULL,
    latitude DOUBLE PRECISION NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude DOUBLE PRECISION NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    geo_precision TEXT NOT NULL CHECK (geo_precision IN ('district', 'city', 'region', 'country')),
    gazetteer_id TEXT NOT NULL,
    weapons TEXT NOT NULL,
    killed INTEGER CHECK (killed >= 0),
    injured INTEGER CHECK (injured >= 0),
    children INTEGER CHECK (children >= 0),
    missiles_launched INTEGER CHECK (missiles_launched >= 0),
    missiles_intercepted INTEGER CHECK (missiles_intercepted >= 0),
    drones_launched INTEGER CHECK (drones_launched >= 0),
    drones_intercepted INTEGER CHECK (drones_intercepted >= 0),
    damage TEXT NOT NULL,
    reported_by TEXT NOT NULL,
    article_id TEXT NOT NULL,
    published TEXT NOT NULL,
    source_title TEXT NOT NULL,
    source_url TEXT NOT NULL,
    evidence TEXT NOT NULL,
    confidence DOUBLE PRECISION NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    source_count INTEGER NOT NULL CHECK (source_count >= 1),
    sources_disagree BOOLEAN NOT NULL,
    figures_rule TEXT NOT NULL,
    PRIMARY KEY (event_id, article_id)
);

CREATE INDEX sources_by_article ON sources (article_id);

CREATE TABLE events (
    event_id TEXT PRIMARY KEY CHECK (event_id <> ''),
    attack_id TEXT NOT NULL,
    event_date TEXT NOT NULL CHECK (event_date LIKE '____-__-__'),
    date_precision TEXT NOT NULL CHECK (date_precision IN ('day', 'approx')),
    attacker TEXT NOT NULL CHECK (attacker IN ('Russia', 'Ukraine', 'unknown')),
    attacker_basis TEXT NOT NULL CHECK (attacker_basis IN ('stated', 'inferred')),
    place TEXT NOT NULL CHECK (place <> ''),
    location_text TEXT NOT NULL,
    district_of TEXT NOT NULL,
    admin1 TEXT NOT NULL,
    country TEXT NOT NULL,
    latitude DOUBLE PRECISION NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude DOUBLE PRECISION NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    geo_precision TEXT NOT NULL CHECK (geo_precision IN ('district', 'city', 'region', 'country')),
    gazetteer_id TEXT NOT NULL,
    weapons TEXT NOT NULL,
    killed INTEGER CHECK (killed >= 0),
    injured INTEGER CHECK (injured >= 0),
    children INTEGER CHECK (children >= 0),
    missiles_launched INTEGER CHECK (missiles_launched >= 0),
    missiles_intercepted INTEGER CHECK (missiles_intercepted >= 0),
    drones_launched INTEGER CHECK (drones_launched >= 0),
    drones_intercepted INTEGER CHECK (drones_intercepted >= 0),
    damage TEXT NOT NULL,
    reported_by TEXT NOT NULL,
    article_id TEXT NOT NULL,
    published TEXT NOT NULL,
    source_title TEXT NOT NULL,
    source_url TEXT NOT NULL,
    evidence TEXT NOT NULL,
    confidence DOUBLE PRECISION NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    source_count INTEGER NOT NULL CHECK (source_count >= 1),
    sources_disagree BOOLEAN NOT NULL,
    figures_rule TEXT NOT NULL
);

CREATE INDEX events_by_attack ON events (attack_id);

-- seq orders the corrections: they are applied oldest first.
CREATE TABLE edits (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    event_id TEXT NOT NULL,
    field TEXT NOT NULL,
    old TEXT NOT NULL,
    new TEXT NOT NULL,
    note TEXT NOT NULL
);

CREATE INDEX edits_by_event ON edits (event_id, seq);

-- One row per attack (one side, one day, one wave): its events and the places' figures
-- summed over cities and regions only, so a district never repeats its city's count.
CREATE VIEW attacks AS
SELECT attack_id,
       MIN(event_date) AS first_day,
       MAX(event_date) AS last_day,
       MIN(attacker) AS attacker,
       COUNT(*) AS events,
       SUM(CASE WHEN geo_precision <> 'district' THEN killed END) AS killed,
       SUM(CASE WHEN geo_precision <> 'district' THEN injured END) AS injured
FROM events
GROUP BY attack_id;
