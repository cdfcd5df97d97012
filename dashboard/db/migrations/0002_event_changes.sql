-- Which save last wrote each event, and which saves removed events: a reader holding the
-- events of an earlier version reads only what changed since, not the whole table.
-- Events stored before this migration count as written by save 0.

ALTER TABLE events ADD COLUMN saved_in INTEGER NOT NULL DEFAULT 0;

CREATE INDEX events_by_save ON events (saved_in);

CREATE TABLE removed_events (
    event_id TEXT NOT NULL,
    removed_in INTEGER NOT NULL
);

CREATE INDEX removed_events_by_save ON removed_events (removed_in);
