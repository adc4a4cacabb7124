-- 009: BM25 impact lists (core/retrieval/impact-lists.ts). For the commonest terms of a full-text
-- index, the documents in which the term weighs most (its BM25 term weight: term frequency against
-- document length), best first, so that a query with common terms reads a few short lists instead
-- of FTS5 walking and scoring every posting. Derived data: rebuilt from the indexed text, never
-- exported, emptied with the user's data.
CREATE TABLE fts_impact_lists (
  fts     TEXT NOT NULL,    -- 'memories_fts' | 'sources_fts'
  term    TEXT NOT NULL,    -- the term as the index stores it (Porter stem)
  docs    INTEGER NOT NULL, -- documents holding the term when the list was built
  ids     BLOB NOT NULL,    -- document ids, Int32 little-endian, best first
  weights BLOB NOT NULL,    -- their BM25 term weights (idf included), Float32 little-endian
  PRIMARY KEY (fts, term)
);

-- one row per index with lists: what they cover and the collection statistics they were scored with
CREATE TABLE fts_impact_state (
  fts        TEXT PRIMARY KEY,
  max_id     INTEGER NOT NULL, -- the last document id the lists cover (later ones are scored at query time)
  docs       INTEGER NOT NULL, -- documents in the index then
  avg_tokens REAL NOT NULL,    -- their mean length in tokens, all columns
  built_at   INTEGER NOT NULL  -- epoch ms
);
