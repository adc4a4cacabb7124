-- 002: screen capture (frames) and the encrypted vault. See core/capture/README.md and
-- core/vault/README.md. Times are integer milliseconds since the epoch, UTC.

-- One stored screenshot. Its OCR text is the `screenshot` source `source_id` (which carries app,
-- title, url and time for search); the row keeps what the timeline and deduplication need.
-- `source_id` is NULL only while the frame is being written (see core/capture/pipeline.ts): a
-- NULL row older than a few minutes is a leftover of a crash and is swept on the next start.
CREATE TABLE frames (
  id             INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: ids name image files and appear in memory details
  captured_at    INTEGER NOT NULL,
  display        INTEGER NOT NULL DEFAULT 0,      -- display id (Electron display.id; 0 for files)
  app            TEXT,
  window_title   TEXT,
  url            TEXT,
  phash          TEXT NOT NULL,                   -- 64-bit dHash, 16 hex digits
  thumb          BLOB NOT NULL,                   -- 128x72 grayscale pixels (pixel-difference check)
  width          INTEGER NOT NULL,                -- pixels of the captured frame
  height         INTEGER NOT NULL,
  bytes          INTEGER NOT NULL DEFAULT 0,      -- size of the image file (0 when images are not kept)
  image_path     TEXT,                            -- relative to <data folder>/frames, e.g. 2024-05-01/12.webp
  ocr_confidence REAL,                            -- mean word confidence 0..100, NULL when no words
  word_count     INTEGER NOT NULL DEFAULT 0,
  keyframe       INTEGER NOT NULL DEFAULT 0,      -- 1: stored only because the screen stayed still keyframeMs
  pinned         INTEGER NOT NULL DEFAULT 0,      -- 1: retention never deletes it
  source_id      INTEGER REFERENCES sources(id) ON DELETE CASCADE,
  created_at     INTEGER NOT NULL
);
CREATE INDEX frames_time ON frames (captured_at);
CREATE INDEX frames_display ON frames (display, captured_at);
CREATE INDEX frames_source ON frames (source_id);

-- Vault keys (envelope encryption): one random data key encrypts every vault item; each row is
-- that data key wrapped (AES-256-GCM) by one key source: a passphrase through scrypt, or a key
-- from the OS keychain (Electron safeStorage).
CREATE TABLE vault_keys (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL,                      -- passphrase | keychain | ...
  salt        BLOB NOT NULL,
  params      TEXT NOT NULL DEFAULT '{}',         -- JSON KDF parameters (scrypt N, r, p)
  wrapped_key BLOB NOT NULL,                      -- iv(12) | tag(16) | ciphertext(32)
  created_at  INTEGER NOT NULL,
  UNIQUE (kind)
);

-- Encrypted values: redacted secrets from captures, and the secrets of `vault` memories.
CREATE TABLE vault_items (
  id         INTEGER PRIMARY KEY,
  kind       TEXT NOT NULL,                       -- card | api_key | private_key | secret | password | custom | memory
  label      TEXT,                                -- never the value
  ciphertext BLOB NOT NULL,                       -- iv(12) | tag(16) | AES-256-GCM ciphertext
  source_id  INTEGER REFERENCES sources(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL
);
CREATE INDEX vault_items_source ON vault_items (source_id);
