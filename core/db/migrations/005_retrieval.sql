-- 005: term statistics of the full-text indexes (document frequency per stemmed term), used by
-- core/retrieval/term-pruning.ts to keep BM25's cost bounded on large databases.
CREATE VIRTUAL TABLE memories_fts_vocab USING fts5vocab(memories_fts, 'row');
CREATE VIRTUAL TABLE sources_fts_vocab USING fts5vocab(sources_fts, 'row');
