import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { embedCached, forgetCachedEmbeddings } from "../../core/db/embedding-cache.js";
import { sha256 } from "../../core/util/hash.js";

/** An embedder that returns a constant unit vector and counts the texts it was given. */
function fakeEmbedder(id: string) {
  const seen: string[] = [];
  return {
    id,
    dimension: 2,
    seen,
    embed: async (texts: string[]) => {
      seen.push(...texts);
      return texts.map(() => new Float32Array([1, 0]));
    },
  };
}

let db: EngramDb;
beforeEach(() => {
  db = openDatabase(":memory:");
});
afterEach(() => db.close());

const rows = () =>
  (
    db.prepare("SELECT model_id, content_hash FROM embedding_cache ORDER BY model_id, content_hash").all() as Array<{ model_id: string; content_hash: string }>
  ).map((r) => `${r.model_id}:${r.content_hash}`);

describe("embedding cache", () => {
  it("embeds a text once per embedder, then reads it back", async () => {
    const e = fakeEmbedder("use-lite");
    await embedCached(db, e, ["one", "two", "one"]);
    await embedCached(db, e, ["two"]);
    expect(e.seen).toEqual(["one", "two"]);
  });

  it("forgetting texts drops their vectors of every embedder, and nothing else", async () => {
    for (const id of ["all-minilm", "bge-small", "use-lite"]) await embedCached(db, fakeEmbedder(id), ["one", "two", "three"]);
    forgetCachedEmbeddings(db, ["one", "three", "one"]);
    expect(rows()).toEqual(["all-minilm", "bge-small", "use-lite"].map((id) => `${id}:${sha256("two")}`));
    forgetCachedEmbeddings(db, []);
    forgetCachedEmbeddings(db, ["two"]);
    expect(rows()).toEqual([]);
    forgetCachedEmbeddings(db, ["two"]); // an empty cache
    expect(rows()).toEqual([]);
  });
});
