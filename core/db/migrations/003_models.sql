-- 003: on-device models, LoRA adapters and the LLM call log (training data for adapters).
-- Owned by models/registry.ts, models/adapters/registry.ts, models/adapters/dataset.ts.
-- Times are integer milliseconds since the epoch, UTC.

-- Installed models: downloaded from models/catalog.json or imported from a local file.
CREATE TABLE models (
  id           TEXT PRIMARY KEY,         -- catalog id, or derived from the imported file's name
  role         TEXT NOT NULL CHECK (role IN ('chat','embedding')),
  path         TEXT NOT NULL,            -- GGUF file (chat) or model folder (embedding)
  size_bytes   INTEGER NOT NULL,
  sha256       TEXT,                     -- hex; NULL only for an embedding folder imported in place
  origin       TEXT NOT NULL CHECK (origin IN ('catalog','import')),
  active       INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0,1)), -- the model used for its role
  metadata     TEXT NOT NULL DEFAULT '{}', -- JSON: architecture, context length, quantisation, ...
  installed_at INTEGER NOT NULL
);
-- At most one active model per role.
CREATE UNIQUE INDEX models_active_role ON models (role) WHERE active = 1;

-- LoRA adapters: one per (base model, memory operation).
CREATE TABLE adapters (
  id         INTEGER PRIMARY KEY,
  base_model TEXT NOT NULL REFERENCES models(id) ON DELETE CASCADE,
  op         TEXT NOT NULL,              -- extract | update | answer | ...
  path       TEXT NOT NULL,              -- GGUF LoRA file
  scale      REAL NOT NULL DEFAULT 1.0,
  sha256     TEXT NOT NULL,
  origin     TEXT NOT NULL CHECK (origin IN ('import','catalog')),
  rank       INTEGER,
  alpha      REAL,
  created_at INTEGER NOT NULL,
  UNIQUE (base_model, op)
);

-- Every LLM call a memory operation made: the input it gave the model, the output,
-- whether the engine kept it, and the user's correction. Source of adapter training data.
CREATE TABLE llm_calls (
  id               INTEGER PRIMARY KEY,
  op               TEXT NOT NULL,
  model_id         TEXT,                 -- models.id at the time (kept when the model is removed)
  adapter_id       INTEGER,              -- adapters.id at the time, NULL for the base model
  input            TEXT NOT NULL,        -- JSON array of {role, content}
  output           TEXT NOT NULL,        -- the model's answer as text (JSON text for structured calls)
  kept             INTEGER NOT NULL DEFAULT 0 CHECK (kept IN (0,1)),
  corrected_output TEXT,                 -- what the user changed the result to, as text
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL
);
CREATE INDEX llm_calls_op ON llm_calls (op, id);
