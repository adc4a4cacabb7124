-- 004: tables and indexes of the memory engine (core/memory). Times are epoch ms, UTC.

-- Alternative names of an entity ("Mel" for Melanie), for lookup by any name.
CREATE TABLE entity_aliases (
  norm      TEXT NOT NULL,                 -- lower-cased alias
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  PRIMARY KEY (norm, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_entity ON entity_aliases (entity_id);

-- The subject/predicate/object key of structured semantic memories, so that the engine finds the
-- memory a new fact repeats or contradicts (same subject and single-valued predicate) by index.
CREATE TABLE memory_facts (
  memory_id INTEGER PRIMARY KEY REFERENCES memories(id) ON DELETE CASCADE,
  subject   TEXT NOT NULL,                 -- normalised subject ("caroline", "the user")
  predicate TEXT NOT NULL,                 -- lives_in, works_at, likes, ...
  object    TEXT NOT NULL                  -- normalised object
);
CREATE INDEX memory_facts_key ON memory_facts (subject, predicate);

-- Finding what superseded what, and the newest processed turn of a conversation.
CREATE INDEX memories_superseded_by ON memories (superseded_by) WHERE superseded_by IS NOT NULL;
CREATE INDEX sources_conversation_processed ON sources (conversation_id, processed_at);
