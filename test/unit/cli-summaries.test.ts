/** The one-line reports of `engram process` and `engram consolidate` count one thing in the singular; `engram import` offers every format. */
import { describe, expect, it } from "vitest";
import type { ConsolidateResult, ProcessResult } from "../../core/api/types.js";
import { describeConsolidation } from "../../core/transports/cli/commands/consolidate.js";
import { describeProcess } from "../../core/transports/cli/commands/process.js";
import { FORMATS } from "../../core/transports/cli/commands/import.js";
import { IMPORT_FORMATS } from "../../core/ingest/kit/types.js";

describe("engram process and consolidate reports", () => {
  it("says '1 source', '1 new entity', '1 new edge' for one, and the plural otherwise", () => {
    const one = {
      sources: 1,
      engine: "heuristic",
      seconds: 0,
      added: { semantic: 1 },
      operations: { ADD: 1 },
      entities: 1,
      edges: 1,
    } as unknown as ProcessResult;
    expect(describeProcess(one)).toBe("Processed 1 source with the heuristic engine: added 1 semantic; ADD 1; 1 new entity, 1 new edge.");
    const two = { ...one, sources: 2, entities: 0, edges: 3 } as ProcessResult;
    expect(describeProcess(two)).toBe("Processed 2 sources with the heuristic engine: added 1 semantic; ADD 1; 0 new entities, 3 new edges.");
  });

  it("says '1 merge, 1 episode summarised, 1 memory decayed' for one of each", () => {
    const one = { dryRun: false, merged: 1, summarised: 1, decayed: 1, actions: [] } as unknown as ConsolidateResult;
    expect(describeConsolidation(one)).toBe("Done: 1 merge, 1 episode summarised, 1 memory decayed.");
    expect(describeConsolidation({ ...one, dryRun: true, merged: 0, decayed: 2 })).toBe("Would do: 0 merges, 1 episode summarised, 2 memories decayed.");
  });
});

describe("engram import --format", () => {
  it("offers every format the importer reads, in its order (the CLI writes the list out to load no engine part)", () => {
    expect([...FORMATS]).toEqual([...IMPORT_FORMATS]);
  });
});
