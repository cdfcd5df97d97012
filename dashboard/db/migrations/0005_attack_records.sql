-- Attack records: the Air Force's night figures per weapon model (launched, shot down, not
-- reached), read from its summaries or from the digitised dataset. They are national (or a regional
-- command's) figures, never a place's, so they live beside the events rather than in them, and are
-- never added to the events' own counts. Lists (launch areas, targeted regions) are kept as written,
-- one per line. `national` is 1 for the Air Force Command's own summary, 0 for a regional command's,
-- whose figures the national summary of the same night already includes.

CREATE TABLE attack_records (
    record_id TEXT PRIMARY KEY CHECK (record_id <> ''),
    night TEXT NOT NULL CHECK (night LIKE '____-__-__'),
    model TEXT NOT NULL CHECK (model <> ''),
    weapon_type TEXT NOT NULL,
    category TEXT NOT NULL,
    launched INTEGER CHECK (launched >= 0),
    shot_down INTEGER CHECK (shot_down >= 0),
    not_reached INTEGER CHECK (not_reached >= 0),
    launch_areas TEXT NOT NULL,
    regions TEXT NOT NULL,
    source TEXT NOT NULL,
    national INTEGER NOT NULL CHECK (national IN (0, 1)),
    imported_from TEXT NOT NULL
);

CREATE INDEX attack_records_by_night ON attack_records (night);

-- The regions a record's attack targeted, as the gazetteer names them (events' admin1); '*' is
-- the whole country. Targets the gazetteer cannot place ("south", "front line") have no row.
CREATE TABLE attack_record_regions (
    record_id TEXT NOT NULL,
    admin1 TEXT NOT NULL,
    PRIMARY KEY (record_id, admin1)
);

-- Each record with the strike events of the same night (the event's date is the morning the night
-- ends) in a region it targeted: Russia's strikes in Ukraine.
CREATE VIEW attack_record_events AS
SELECT DISTINCT g.record_id, e.event_id
FROM attack_record_regions g
JOIN attack_records r ON r.record_id = g.record_id
JOIN events e ON e.event_date = r.night AND e.attacker = 'Russia'
    AND (e.admin1 = g.admin1 OR (g.admin1 = '*' AND e.country = 'UA'));
