/** `engram import`'s progress bar while the import's stages overlap (core/ingest/import.ts pipeline). */
import { describe, expect, it } from "vitest";
import type { ImportEvent } from "../../core/api/types.js";
import { importProgress, type StageCounts } from "../../core/transports/cli/commands/import.js";

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
