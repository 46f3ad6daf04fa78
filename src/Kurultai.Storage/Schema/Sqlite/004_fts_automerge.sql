-- Merge full-text segments in larger steps while documents stream in: measured on 30 MB of articles, indexing took
-- 1.16 s of CPU instead of 1.36 s (and 1.7 s of wall time instead of 2.5 s), for a 2 % larger index.
INSERT INTO documents_fts (documents_fts, rank) VALUES ('automerge', 16);
