-- Corrections with a history: who made each change, which edit it belongs to (one edit may
-- change several fields, as a new place changes its coordinates and region), and which earlier
-- edit it reverts (0 for none). Changes logged before this migration are each their own edit.

ALTER TABLE edits ADD COLUMN editor TEXT NOT NULL DEFAULT '';
ALTER TABLE edits ADD COLUMN edit_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE edits ADD COLUMN reverts INTEGER NOT NULL DEFAULT 0;
UPDATE edits SET edit_id = seq;

-- Figures that wait for an editor: a report added in the app to an event that other reports
-- already support is 'pending' until an editor accepts or rejects it. A pending report's figure
-- never replaces one a reviewed report gives; a rejected report's figures are never the event's.
-- Sources without a row here are reviewed (ingested by the store's operator, or first of their event).
CREATE TABLE source_reviews (
    event_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'rejected')),
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    reviewed_by TEXT NOT NULL,
    reviewed_at TEXT NOT NULL,
    PRIMARY KEY (event_id, article_id)
);
