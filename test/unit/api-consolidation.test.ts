import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { insertMemory, updateMemory } from "../../core/db/repos/memories.js";
import { recordVersion } from "../../core/db/repos/versions.js";
import { testApi, type TestApi } from "../helpers/api.js";

const T0 = Date.UTC(2023, 4, 8, 12, 0);
let t: TestApi;

beforeEach(() => {
  t = testApi({ now: () => T0 + 86_400_000 });
});
afterEach(() => t.close());

/** What one consolidation run writes (core/memory/consolidate.ts): the dropped memory archived with a MERGE. */
function mergeAway(dropId: number, intoId: number, at: number, kind: "merged" | "summarised" = "merged"): void {
  updateMemory(
    t.db,
    dropId,
    { status: "archived", superseded_by: intoId },
    { op: "MERGE", actor: "consolidation", reason: `${kind} into #${intoId}`, now: at },
  );
  recordVersion(t.db, { memoryId: intoId, op: "MERGE", before: null, after: null, reason: `absorbed #${dropId}`, actor: "consolidation", at });
}

function fact(title: string): number {
  return insertMemory(t.db, { type: "semantic", title, content: title, occurredAt: T0, engine: "heuristic" }, { actor: "heuristic" });
}

describe("what consolidation did", () => {
  it("reports nothing before consolidation hid anything", async () => {
    fact("Maria likes tea");
    expect(await t.api.lastConsolidation({})).toBeNull();
  });

  it("lists the memories the latest run merged or summarised, with what replaced them", async () => {
    const [a, b, c, d] = ["Maria likes tea", "Maria likes green tea", "John runs", "John goes running"].map(fact);
    mergeAway(a!, b!, T0 + 1000);
    mergeAway(c!, d!, T0 + 5000);
    const epi = fact("an old episode");
    const sum = fact("a summary");
    mergeAway(epi, sum, T0 + 5000, "summarised");
    const n = (await t.api.lastConsolidation({}))!;
    expect(n).toMatchObject({ at: T0 + 5000, merged: 1, summarised: 1, decayed: 0 });
    expect(n.items.map((i) => [i.memory.title, i.kind, i.into?.title, i.restored])).toEqual([
      ["John runs", "merged", "John goes running", false],
      ["an old episode", "summarised", "a summary", false],
    ]);
  });

  it("undoMerge brings a merged memory back as the user's, once", async () => {
    const [a, b] = ["Maria likes tea", "Maria likes green tea"].map(fact);
    mergeAway(a!, b!, T0 + 1000);
    const back = await t.api.undoMerge({ id: a! });
    expect(back).toMatchObject({ id: a, status: "active", supersededBy: null, userEdited: true });
    const history = await t.api.memoryHistory({ id: a! });
    expect(history.map((v) => [v.op, v.actor])).toContainEqual(["RESTORE", "user"]);
    expect((await t.api.lastConsolidation({}))!.items[0]).toMatchObject({ restored: true });
    await expect(t.api.undoMerge({ id: a! })).rejects.toMatchObject({ code: "conflict" });
    await expect(t.api.undoMerge({ id: b! })).rejects.toMatchObject({ code: "conflict" });
    await expect(t.api.undoMerge({ id: 999 })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("adding a memory by hand", () => {
  it("adds a memory of any type as the user's, searchable at once; refuses a vault item", async () => {
    const embedder = { id: "test-embedder", dimension: 8, embed: async (texts: string[]) => texts.map(() => new Float32Array([1, 0, 0, 0, 0, 0, 0, 0])) };
    const h = testApi({ embedder, now: () => T0 });
    try {
      const m = await h.api.createMemory({ type: "procedural", content: "To renew the passport: 1. fill the form 2. bring two photos", occurredAt: T0 });
      expect(m).toMatchObject({
        type: "procedural",
        engine: "user",
        userEdited: true,
        title: "To renew the passport: 1. fill the form 2. bring two photos",
        occurredAt: T0,
      });
      expect((await h.api.memoryHistory({ id: m.id })).map((v) => [v.op, v.actor, v.reason])).toEqual([["ADD", "user", "added by hand"]]);
      const found = await h.api.search({ query: "passport photos", k: 5, mode: "bm25" });
      expect(found.hits.map((x) => x.memory.id)).toContain(m.id);
      expect((await h.api.listMemories({ types: ["procedural"] })).items.map((x) => x.id)).toEqual([m.id]);
      await expect(h.api.createMemory({ type: "vault", content: "the safe code is 1234" })).rejects.toMatchObject({ code: "bad_request", field: "type" });
      await expect(h.api.createMemory({ type: "semantic", content: "   " })).rejects.toMatchObject({ code: "bad_request" });
    } finally {
      h.close();
    }
  });
});
