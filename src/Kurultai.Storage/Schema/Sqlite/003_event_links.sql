-- Which fused event each stored record belongs to. Fusion rewrites all links at once, so they live in their own
-- narrow table instead of a column of events (rewriting every wide events row cost more than inserting the events).
CREATE TABLE event_links (
    record_id TEXT PRIMARY KEY,
    event_id  TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO event_links (record_id, event_id) SELECT id, event_id FROM events WHERE event_id IS NOT NULL;
ALTER TABLE events DROP COLUMN event_id;
