-- Documents: one row per revision of an article. Identity = URL when known, else the document id.
CREATE TABLE documents (
    key            INTEGER PRIMARY KEY,
    doc_id         TEXT    NOT NULL,
    identity       TEXT    NOT NULL,
    revision       INTEGER NOT NULL,
    content_hash   TEXT    NOT NULL UNIQUE,
    source         TEXT    NOT NULL,
    format         TEXT    NOT NULL,
    title          TEXT,
    outlet         TEXT,
    url            TEXT,
    language       TEXT,
    published      TEXT,
    metadata_json  TEXT    NOT NULL,
    raw_text       TEXT    NOT NULL,
    clean_text     TEXT    NOT NULL,
    offset_map     TEXT    NOT NULL,
    cleaning_notes TEXT    NOT NULL,
    ingested_at    TEXT    NOT NULL,
    UNIQUE (identity, revision)
);
CREATE INDEX documents_doc_id ON documents (doc_id);
CREATE INDEX documents_published ON documents (published);

CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title, clean_text,
    content = 'documents', content_rowid = 'key',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, clean_text) VALUES (new.key, new.title, new.clean_text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, clean_text) VALUES ('delete', old.key, old.title, old.clean_text);
END;
