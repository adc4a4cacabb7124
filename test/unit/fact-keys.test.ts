import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { factsWithoutKey, putFactKey } from "../../core/db/repos/fact-keys.js";
import { insertMemory, updateMemory } from "../../core/db/repos/memories.js";
import { backfillFactKeys } from "../../core/memory/apply.js";

let db: EngramDb;
beforeEach(() => {
  db = openDatabase(":memory:");
});
afterEach(() => db.close());

/** A semantic memory; a structured fact when `fact` is given. @returns its id */
function memory(title: string, fact?: { subject: string; predicate: string; object: string }, type: "semantic" | "episodic" = "semantic"): number {
  return insertMemory(db, { type, title, content: title, details: fact ?? {}, engine: "heuristic" }, { actor: "heuristic" });
}

function keyed(subject: string, predicate: string, object: string): number {
  const id = memory(`${subject} ${predicate} ${object}`, { subject, predicate, object });
  putFactKey(db, id, subject.toLowerCase(), predicate, object.toLowerCase());
  return id;
}

/** Counts the calls of json_extract (every read of a memory's details) while `fn` runs. */
function detailsReads(fn: () => void): number {
  let calls = 0;
  db.function("json_extract", { deterministic: true }, (json: unknown, path: unknown) => {
    calls++;
    const v = (JSON.parse(String(json)) as Record<string, unknown>)[String(path).replace(/^\$\./, "")];
    return v == null ? null : typeof v === "object" ? JSON.stringify(v) : (v as string | number);
  });
  fn();
  return calls;
}

describe("fact keys of structured semantic memories", () => {
  it("the engine's backfill finds every fact without its key, however it came to lack one, and keys it", () => {
    keyed("Sam", "likes", "tea");
    const created = memory("Sam lives in Paris", { subject: "Sam", predicate: "lives_in", object: "Paris" }); // e.g. by the user, through the API
    const lost = keyed("Ann", "works_at", "Acme");
    db.prepare("DELETE FROM memory_facts WHERE memory_id = ?").run(lost); // e.g. a restore without the table
    const edited = memory("Bob has a dog");
    updateMemory(db, edited, { details: { subject: "Bob", predicate: "has", object: "a dog" } }, { op: "UPDATE", actor: "user" });
    memory("Sam is kind"); // not structured
    memory("Sam went to Rome", { subject: "Sam", predicate: "visited", object: "Rome" }, "episodic"); // not semantic
    db.prepare("DELETE FROM memories WHERE id = ?").run(keyed("Eve", "lives_in", "Oslo")); // gone with its key

    expect(factsWithoutKey(db).map((f) => f.id)).toEqual([created, lost, edited]);
    expect(backfillFactKeys(db)).toBe(3);
    expect(
      db.prepare("SELECT memory_id, subject, predicate, object FROM memory_facts WHERE memory_id IN (?, ?, ?) ORDER BY memory_id").all(created, lost, edited),
    ).toEqual([
      { memory_id: created, subject: "sam", predicate: "lives_in", object: "paris" },
      { memory_id: lost, subject: "ann", predicate: "works_at", object: "acme" },
      { memory_id: edited, subject: "bob", predicate: "has", object: "a dog" },
    ]);
    expect(factsWithoutKey(db)).toEqual([]);
    expect(backfillFactKeys(db)).toBe(0);
  });

  it("reads no memory's details when every fact has its key, and only the missing one's otherwise, however many facts there are", () => {
    db.transaction(() => {
      for (let i = 0; i < 300; i++) keyed(`Person ${i}`, "lives_in", `Town ${i}`);
    })();
    expect(detailsReads(() => expect(backfillFactKeys(db)).toBe(0))).toBe(0);
    db.prepare("DELETE FROM memory_facts WHERE memory_id = 7").run();
    const reads = detailsReads(() => expect(backfillFactKeys(db)).toBe(1));
    expect(reads).toBeGreaterThan(0);
    expect(reads).toBeLessThan(20);
  });
});
