-- Documents: one row per revision of an article. Identity = URL when known, else the document id.
CREATE TABLE documents (
    key            BIGSERIAL PRIMARY KEY,
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
    published      DATE,
    metadata_json  TEXT    NOT NULL,
    raw_text       TEXT    NOT NULL,
    clean_text     TEXT    NOT NULL,
    offset_map     TEXT    NOT NULL,
    cleaning_notes TEXT    NOT NULL,
    ingested_at    TIMESTAMPTZ NOT NULL,
    search         TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(title, '')), 'A') || to_tsvector('simple', clean_text)) STORED,
    UNIQUE (identity, revision)
);
CREATE INDEX documents_doc_id ON documents (doc_id);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_search ON documents USING GIN (search);
