-- Event records as one document reports them (FORMAT.md), linked to the document revision they came from.
CREATE TABLE events (
    id             TEXT    PRIMARY KEY,
    doc_key        INTEGER NOT NULL REFERENCES documents (key) ON DELETE CASCADE,
    doc            TEXT    NOT NULL,
    event_date     TEXT    NOT NULL,
    date_end       TEXT,
    event_type     TEXT    NOT NULL,
    sub_event_type TEXT    NOT NULL,
    actor1         TEXT    NOT NULL,
    actor2         TEXT,
    country        TEXT    NOT NULL,
    admin1         TEXT    NOT NULL,
    location       TEXT    NOT NULL,
    fatalities     INTEGER NOT NULL,
    background     INTEGER NOT NULL,
    event_id       TEXT,
    json           TEXT    NOT NULL
);
CREATE INDEX events_doc_key ON events (doc_key);
CREATE INDEX events_country_date ON events (country, event_date);
