-- 001: the foundation schema. See ../../../../shared/DESIGN.md, "Data model".
-- Times are integer milliseconds since the epoch, UTC.

CREATE TABLE settings (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL,              -- JSON
  updated_at INTEGER NOT NULL
);

CREATE TABLE conversations (
  id            INTEGER PRIMARY KEY,
  format        TEXT NOT NULL,           -- locomo | chatgpt | claude | text | engram
  external_id   TEXT NOT NULL,           -- sample_id, conversation uuid, file path
  title         TEXT,
  participants  TEXT NOT NULL DEFAULT '[]', -- JSON array of names
  started_at    INTEGER,
  created_at    INTEGER NOT NULL,
  UNIQUE (format, external_id)
);

CREATE TABLE sources (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL CHECK (kind IN ('chat_turn','screenshot','file','manual')),
  external_id     TEXT,                  -- LoCoMo dia_id, ChatGPT message id, ...
  conversation_id INTEGER REFERENCES conversations(id) ON DELETE CASCADE,
  seq             INTEGER,               -- order inside the conversation
  speaker         TEXT,
  role            TEXT,                  -- user | assistant | system | other
  app             TEXT,
  window_title    TEXT,
  url             TEXT,
  occurred_at     INTEGER NOT NULL,
  text            TEXT NOT NULL,
  context         TEXT NOT NULL DEFAULT '', -- neighbouring turns' text: indexed with a low weight (document expansion)
  content_hash    TEXT NOT NULL UNIQUE,  -- sha256 over kind, conversation key, external id, time, speaker, text
  image_path      TEXT,
  trust           TEXT NOT NULL CHECK (trust IN ('user','imported','captured')),
  metadata        TEXT NOT NULL DEFAULT '{}', -- JSON (image caption, attachments, ...)
  created_at      INTEGER NOT NULL,
  processed_at    INTEGER                -- set by the memory engine once processed
);
CREATE INDEX sources_conversation ON sources (conversation_id, seq);
CREATE INDEX sources_occurred ON sources (occurred_at);
CREATE INDEX sources_unprocessed ON sources (id) WHERE processed_at IS NULL;

CREATE TABLE memories (
  id               INTEGER PRIMARY KEY AUTOINCREMENT, -- rowid shared with memories_fts / memories_vec
  type             TEXT NOT NULL CHECK (type IN ('core','episodic','semantic','procedural','resource','vault')),
  title            TEXT NOT NULL,
  content          TEXT NOT NULL,
  details          TEXT NOT NULL DEFAULT '{}', -- JSON, per type
  occurred_at      INTEGER,              -- event time (episodic) or statement time
  valid_from       INTEGER NOT NULL,     -- valid time (bi-temporal)
  valid_to         INTEGER,              -- NULL = still valid
  recorded_at      INTEGER NOT NULL,     -- transaction time
  invalidated_at   INTEGER,
  superseded_by    INTEGER REFERENCES memories(id) ON DELETE SET NULL,
  status           TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','archived','deleted')),
  importance       REAL NOT NULL DEFAULT 0.5,
  pinned           INTEGER NOT NULL DEFAULT 0,
  user_edited      INTEGER NOT NULL DEFAULT 0,
  access_count     INTEGER NOT NULL DEFAULT 0,
  last_accessed_at INTEGER,
  confidence       REAL NOT NULL DEFAULT 1.0,
  engine           TEXT NOT NULL,        -- import | heuristic | llm | user
  updated_at       INTEGER NOT NULL
);
CREATE INDEX memories_type ON memories (type, status);
CREATE INDEX memories_occurred ON memories (occurred_at);

CREATE TABLE memory_sources (
  memory_id INTEGER NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  PRIMARY KEY (memory_id, source_id)
) WITHOUT ROWID;
CREATE INDEX memory_sources_source ON memory_sources (source_id);

CREATE TABLE memory_versions (
  id         INTEGER PRIMARY KEY,
  memory_id  INTEGER NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
  op         TEXT NOT NULL,              -- ADD | UPDATE | INVALIDATE | NOOP | EDIT | PIN | UNPIN | DELETE | MERGE | DECAY | RESTORE
  before     TEXT,                       -- JSON snapshot or NULL
  after      TEXT,                       -- JSON snapshot or NULL
  reason     TEXT,
  actor      TEXT NOT NULL,              -- user | import | heuristic | llm | consolidation
  created_at INTEGER NOT NULL
);
CREATE INDEX memory_versions_memory ON memory_versions (memory_id, id);

CREATE TABLE entities (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  kind       TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('person','place','organisation','app','thing','other')),
  aliases    TEXT NOT NULL DEFAULT '[]', -- JSON array
  norm       TEXT NOT NULL,              -- lower-cased name for lookup
  created_at INTEGER NOT NULL,
  UNIQUE (kind, norm)
);

CREATE TABLE edges (
  id         INTEGER PRIMARY KEY,
  src_kind   TEXT NOT NULL CHECK (src_kind IN ('memory','entity')),
  src_id     INTEGER NOT NULL,
  dst_kind   TEXT NOT NULL CHECK (dst_kind IN ('memory','entity')),
  dst_id     INTEGER NOT NULL,
  relation   TEXT NOT NULL,              -- mentions | related | supersedes | derived_from | ...
  weight     REAL NOT NULL DEFAULT 1.0,
  valid_from INTEGER,
  valid_to   INTEGER,
  created_at INTEGER NOT NULL,
  UNIQUE (src_kind, src_id, dst_kind, dst_id, relation)
);
CREATE INDEX edges_dst ON edges (dst_kind, dst_id);

-- Full-text indexes (external content; kept in sync by triggers).
CREATE VIRTUAL TABLE memories_fts USING fts5(
  title, content, content='memories', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER memories_fts_ai AFTER INSERT ON memories BEGIN
  INSERT INTO memories_fts(rowid, title, content) VALUES (new.id, new.title, new.content);
END;
CREATE TRIGGER memories_fts_ad AFTER DELETE ON memories BEGIN
  INSERT INTO memories_fts(memories_fts, rowid, title, content) VALUES ('delete', old.id, old.title, old.content);
END;
CREATE TRIGGER memories_fts_au AFTER UPDATE OF title, content ON memories BEGIN
  INSERT INTO memories_fts(memories_fts, rowid, title, content) VALUES ('delete', old.id, old.title, old.content);
  INSERT INTO memories_fts(rowid, title, content) VALUES (new.id, new.title, new.content);
END;

CREATE VIRTUAL TABLE sources_fts USING fts5(
  speaker, text, context, content='sources', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER sources_fts_ai AFTER INSERT ON sources BEGIN
  INSERT INTO sources_fts(rowid, speaker, text, context) VALUES (new.id, new.speaker, new.text, new.context);
END;
CREATE TRIGGER sources_fts_ad AFTER DELETE ON sources BEGIN
  INSERT INTO sources_fts(sources_fts, rowid, speaker, text, context) VALUES ('delete', old.id, old.speaker, old.text, old.context);
END;

-- Embedding cache: one vector per (model, content hash). The vector tables
-- (memories_vec, sources_vec: vec0, dimension of the active embedder) are
-- created by core/db/vectors.ts, because their dimension depends on the model.
CREATE TABLE embedding_cache (
  model_id     TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  vector       BLOB NOT NULL,            -- float32 little-endian
  PRIMARY KEY (model_id, content_hash)
) WITHOUT ROWID;
