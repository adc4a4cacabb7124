-- 007: people are kept apart across imported conversations. A person named in an imported
-- conversation belongs to that conversation's circle (`scope`: its participants, normalised and
-- sorted, joined by '|'): the John of one export and the John of another between other people are two
-- entities. People of the user's own chats, places, organisations and apps have scope '' (one world).
-- A user's merge records the merged circle in `circles`, so the engine keeps linking that circle's
-- mentions to the merged entity and never undoes the merge.
-- The UNIQUE key grows a column, so the table is rebuilt; alias rows are kept across the rebuild.
CREATE TEMP TABLE entity_aliases_007 AS SELECT norm, entity_id FROM entity_aliases;
CREATE TABLE entities_007 (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  kind       TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('person','place','organisation','app','thing','other')),
  aliases    TEXT NOT NULL DEFAULT '[]', -- JSON array
  norm       TEXT NOT NULL,              -- lower-cased name for lookup
  created_at INTEGER NOT NULL,
  scope      TEXT NOT NULL DEFAULT '',   -- '' or the circle of an imported conversation (see above)
  circles    TEXT NOT NULL DEFAULT '[]', -- JSON: other circles whose person of this name the user merged into this one
  UNIQUE (kind, norm, scope)
);
INSERT INTO entities_007 (id, name, kind, aliases, norm, created_at) SELECT id, name, kind, aliases, norm, created_at FROM entities;
DROP TABLE entities;
ALTER TABLE entities_007 RENAME TO entities;
INSERT OR IGNORE INTO entity_aliases (norm, entity_id) SELECT norm, entity_id FROM entity_aliases_007;
DROP TABLE entity_aliases_007;
