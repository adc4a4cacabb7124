-- 008: the structured semantic memories that have no `memory_facts` key row, kept up to date by
-- triggers, so that the engine writes the missing keys (core/memory/apply.ts backfillFactKeys) by
-- reading this queue, usually empty, instead of reading every semantic memory's details on each run.
-- A memory is a structured fact when its type is 'semantic' and its details hold a predicate and an
-- object. It is queued when it is inserted, or its type or details change, without a key row (the
-- engine inserts the memory, then its key: in and out in one transaction; a restore from an export
-- without memory_facts, or a memory the user creates through the API, stays queued), and when its
-- key row is deleted while it stays a fact. Writing its key takes it off the queue; deleting the
-- memory too (cascade). The queue may still hold a memory that stopped being a fact: the reader
-- checks, and empties the queue after writing the keys.
CREATE TABLE memory_facts_missing (
  memory_id INTEGER PRIMARY KEY REFERENCES memories(id) ON DELETE CASCADE
);

CREATE TRIGGER memory_facts_missing_memory_ai AFTER INSERT ON memories
WHEN NEW.type = 'semantic' AND json_extract(NEW.details, '$.predicate') IS NOT NULL AND json_extract(NEW.details, '$.object') IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM memory_facts WHERE memory_id = NEW.id)
BEGIN
  INSERT OR IGNORE INTO memory_facts_missing (memory_id) VALUES (NEW.id);
END;

CREATE TRIGGER memory_facts_missing_memory_au AFTER UPDATE OF type, details ON memories
WHEN NEW.type = 'semantic' AND json_extract(NEW.details, '$.predicate') IS NOT NULL AND json_extract(NEW.details, '$.object') IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM memory_facts WHERE memory_id = NEW.id)
BEGIN
  INSERT OR IGNORE INTO memory_facts_missing (memory_id) VALUES (NEW.id);
END;

CREATE TRIGGER memory_facts_missing_key_ai AFTER INSERT ON memory_facts
BEGIN
  DELETE FROM memory_facts_missing WHERE memory_id = NEW.memory_id;
END;

-- (a memory's deletion deletes its key by cascade after the memory row is gone: not queued)
CREATE TRIGGER memory_facts_missing_key_ad AFTER DELETE ON memory_facts
WHEN EXISTS (
  SELECT 1 FROM memories m WHERE m.id = OLD.memory_id AND m.type = 'semantic'
    AND json_extract(m.details, '$.predicate') IS NOT NULL AND json_extract(m.details, '$.object') IS NOT NULL
)
BEGIN
  INSERT OR IGNORE INTO memory_facts_missing (memory_id) VALUES (OLD.memory_id);
END;

-- the facts that lack a key today (a database from before this migration): one scan, here
INSERT INTO memory_facts_missing (memory_id)
SELECT m.id FROM memories m
WHERE m.type = 'semantic' AND json_extract(m.details, '$.predicate') IS NOT NULL AND json_extract(m.details, '$.object') IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM memory_facts f WHERE f.memory_id = m.id);
