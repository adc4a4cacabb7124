/** `engram import`'s progress bar while the import's stages overlap (core/ingest/import.ts pipeline). */
import { describe, expect, it } from "vitest";
import type { ImportEvent } from "../../core/api/types.js";
import { importProgress, importSummary, type StageCounts } from "../../core/transports/cli/commands/import.js";

const event = (phase: ImportEvent["phase"], done: number, unit: ImportEvent["unit"] = "messages"): ImportEvent => ({
  type: "progress",
  phase,
  unit,
  done,
  total: unit === "messages" ? 4124 : 100,
  conversations: 7,
  turns: 4124,
});

describe("engram import's progress bar", () => {
  it("follows the last stage that started and never goes back when an earlier stage reports", () => {
    // as the pipeline reports: embedding runs ahead of storing, storing ahead of remembering
    const events = [event("embed", 64), event("import", 64), event("embed", 128), event("process", 64), event("import", 128), event("embed", 192)];
    const stages: StageCounts = {};
    const shown = events.map((e) => importProgress(stages, e));
    expect(shown.map((p) => p.value)).toEqual([64, 64, 64, 64, 64, 64]);
    expect(shown.at(-1)!.text).toBe("embedding 192 · storing 128 · remembering 64 of 4124 turns · 7 conversations");
    expect(shown.every((p) => p.total === 4124)).toBe(true);
  });

  it("shows checking in bytes and an export's rows as they come", () => {
    const stages: StageCounts = {};
    expect(importProgress(stages, { ...event("validate", 2048, "bytes"), total: 4096 }).text).toBe("checking 2.0 KB of 4.0 KB");
    expect(importProgress(stages, event("import", 40, "rows"))).toEqual({ value: 40, total: 100, text: "storing 40 rows" });
  });

  it("shows the search index of a large database being built, in postings", () => {
    const stages: StageCounts = { process: 4124 };
    expect(importProgress(stages, event("index", 25, "postings"))).toEqual({ value: 25, total: 100, text: "indexing for search: 25 of 100 postings" });
  });
});

describe("engram import's summary line", () => {
  const report = {
    file: "small.json",
    format: "locomo" as const,
    conversations: 1,
    turns: 18,
    added: 18,
    duplicates: 0,
    memories: 9,
    coreMemory: null,
    resumed: 0,
  };

  it("gives the import's rate over the import's own work and the search indexing apart, with units", () => {
    // a small import into a large database: 28 s of its 40.3 s went to the term bitmaps ('index' phase)
    const line = importSummary({ ...report, seconds: 40.3, indexSeconds: 28.0 });
    expect(line).toBe(
      "small.json (locomo): 1 conversation, 18 turns: 18 added, 0 already present, 9 memories made; 18 turns in 12.3 s (1.5 turns/s); indexing for search 28.0 s",
    );
  });

  it("says nothing of indexing when there was none to speak of, and rounds a fast rate to whole turns", () => {
    const line = importSummary({ ...report, conversations: 3, turns: 4124, added: 4124, memories: 2301, seconds: 13.9, indexSeconds: 0.001 });
    expect(line).toBe(
      "small.json (locomo): 3 conversations, 4124 turns: 4124 added, 0 already present, 2301 memories made; 4124 turns in 13.9 s (297 turns/s)",
    );
  });

  it("counts a Kindle's clippings by book and clipping", () => {
    const line = importSummary({ ...report, file: "My Clippings.txt", format: "kindle", conversations: 3, turns: 5, added: 5, memories: 8, seconds: 0.5 });
    expect(line).toBe("My Clippings.txt (kindle): 3 books, 5 clippings: 5 added, 0 already present, 8 memories made; 5 clippings in 0.5 s (10 clippings/s)");
  });

  it("says how many turns stored before as another person's are the user's now (--me given again)", () => {
    const line = importSummary({ ...report, added: 0, duplicates: 18, memories: 1, seconds: 0.5, claimed: 9 });
    expect(line).toBe(
      "small.json (locomo): 1 conversation, 18 turns: 0 added, 18 already present, 1 memory made; 18 turns in 0.5 s (36 turns/s)\n  9 turns stored before as another person's are yours now, and so are their facts",
    );
  });

  it("counts one of a thing in the singular", () => {
    const one = { ...report, turns: 1, added: 1, memories: 1, seconds: 2, resumed: 1 };
    expect(importSummary(one)).toBe(
      "small.json (locomo): 1 conversation, 1 turn: 1 added, 0 already present, 1 memory made; 1 turn in 2.0 s (0.5 turns/s)\n  finished 1 source an interrupted run had left unprocessed",
    );
    expect(importSummary({ file: "a.engram", format: "engram", restored: { memories: 1, sources: 1 }, reembedded: false })).toBe(
      "a.engram (Engram export): restored 1 memory, 1 source",
    );
    expect(importProgress({}, { ...event("import", 1), total: 1, conversations: 1 }).text).toBe("storing 1 of 1 turn · 1 conversation");
  });
});
