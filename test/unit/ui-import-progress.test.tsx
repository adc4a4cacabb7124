// @vitest-environment jsdom
/** The import progress of the app while the import's stages overlap (embedding runs ahead of storing, storing ahead of building memories). */
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { ImportEvent } from "../../core/api/types.js";
import { ImportProgressView } from "../../renderer/components/ImportProgressView.js";
import { addEvent, startProgress, type ImportProgressState } from "../../renderer/lib/import-progress.js";

const event = (phase: ImportEvent["phase"], done: number): ImportEvent => ({
  type: "progress",
  phase,
  unit: phase === "validate" ? "bytes" : "messages",
  done,
  total: phase === "validate" ? 179_500 : 419,
  conversations: 1,
  turns: done,
});

/** The state after `events`, one every 500 ms. */
function after(events: ImportEvent[]): ImportProgressState {
  return events.reduce((s, e, i) => addEvent(s, e, 1_000 + i * 500), startProgress(1_000));
}

describe("import progress while stages overlap", () => {
  afterEach(cleanup);

  it("says what it is doing by the last stage that started, and shows every unfinished stage as running", () => {
    // as the server reports: embedding ahead of storing, storing ahead of building memories
    const state = after([
      event("validate", 179_500),
      event("embed", 128),
      event("import", 128),
      event("process", 0),
      event("embed", 192),
      event("process", 64),
      event("import", 256),
      event("embed", 320),
    ]);
    render(<ImportProgressView name="conv26.json" state={state} now={1_000 + 8 * 500} onCancel={() => {}} />);
    const progress = screen.getByTestId("import-progress");
    expect(progress.querySelector(".import-now")?.textContent).toMatch(/^Building memories · 64 of 419 messages/);
    const phases = within(progress).getByRole("list", { name: "Import phases" });
    const stageClass = (label: string) => within(phases).getByText(label).closest("li")?.className;
    expect(stageClass("Reading the file")).toBe("phase done");
    expect(stageClass("Embedding messages")).toBe("phase active");
    expect(stageClass("Storing messages")).toBe("phase active");
    expect(stageClass("Building memories")).toBe("phase active");
  });
});
