-- 009: term bitmaps for BM25 at scale (in a large index only) (core/retrieval/term-bitmaps.ts). For the commonest terms of
-- a full-text index, which documents hold them (one bit per document id), and each document's
-- length in tokens, so that a query with common terms finds the documents holding most of its terms
-- with a few word-wide ANDs instead of FTS5 walking and scoring every posting. Derived data: built
-- from the index, never exported, emptied with the user's data.
CREATE TABLE fts_term_bitmaps (
  fts  TEXT NOT NULL,    -- 'memories_fts' | 'sources_fts'
  term TEXT NOT NULL,    -- the term as the index stores it (Porter stem)
  docs INTEGER NOT NULL, -- documents holding it when built
  format TEXT NOT NULL CHECK (format IN ('bits', 'ids')),
  postings BLOB NOT NULL, -- 'bits': Uint32 little-endian words, bit (id & 31) of word (id >> 5) set when document
                          -- `id` holds the term; 'ids': the ids, Int32 little-endian, ascending (a sparse term)
  repeats BLOB NOT NULL,  -- the ids of the documents holding it more than once, Int32 little-endian, ascending
  PRIMARY KEY (fts, term)
);

-- one row per index with bitmaps: what they cover, and every covered document's length
CREATE TABLE fts_bitmap_state (
  fts      TEXT PRIMARY KEY,
  max_id   INTEGER NOT NULL, -- the last document id the bitmaps cover (later ones are read at query time)
  docs     INTEGER NOT NULL, -- documents in the index then
  lengths  BLOB NOT NULL,    -- Uint16 little-endian per id 0..max_id: tokens in all columns (capped at 65,535)
  built_at INTEGER NOT NULL  -- epoch ms
);

-- every instance of a term as stored (term, doc, col, offset), in document order: the bitmaps are read
-- from here (a MATCH would stem the stored stem again, "agre" → "agr", and not count repeats)
CREATE VIRTUAL TABLE memories_fts_instance USING fts5vocab(memories_fts, 'instance');
CREATE VIRTUAL TABLE sources_fts_instance USING fts5vocab(sources_fts, 'instance');
