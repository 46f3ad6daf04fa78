-- The full-text index is brought up to date when it is searched, not on every insert: storing a document no longer
-- tokenises its text, so extract (which never searches) does not pay for search. search_state remembers up to which
-- document key the index is complete; keys only grow.
DROP TRIGGER documents_ai;
CREATE TABLE search_state (indexed_through INTEGER NOT NULL);
INSERT INTO search_state (indexed_through) SELECT COALESCE(MAX(key), 0) FROM documents;
-- Only an indexed document may be deleted from the index (deleting what FTS5 never saw would corrupt it).
DROP TRIGGER documents_ad;
CREATE TRIGGER documents_ad AFTER DELETE ON documents
WHEN old.key <= (SELECT indexed_through FROM search_state) BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, clean_text) VALUES ('delete', old.key, old.title, old.clean_text);
END;
