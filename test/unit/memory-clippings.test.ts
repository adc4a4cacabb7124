import { describe, expect, it } from "vitest";
import type { SourceRow } from "../../core/db/types.js";
import { clippingFact } from "../../core/memory/clippings.js";

/** A highlight's source as an import stores it: a file's paragraph with its `clipping` metadata. */
function highlight(text: string, book = "The Mill Girls"): SourceRow {
  return {
    id: 1,
    kind: "file",
    external_id: "1",
    conversation_id: 1,
    seq: 1,
    speaker: "User",
    role: "user",
    app: null,
    window_title: null,
    url: null,
    occurred_at: Date.UTC(2026, 10, 2, 21, 14),
    text,
    context: "",
    content_hash: "h",
    image_path: null,
    metadata: JSON.stringify({ clipping: { book, author: "Ann Walsh" } }),
  } as SourceRow;
}

describe("a highlight's fact (clippings.ts)", () => {
  it("keeps the question or exclamation the reader's note ends on, the day before it", () => {
    expect(clippingFact(highlight("Note on The Mill Girls by Ann Walsh: was Gran at Nutclough?"))?.content).toBe(
      "Note on The Mill Girls by Ann Walsh: was Gran at Nutclough (2 November 2026)?",
    );
    expect(clippingFact(highlight("Note on The Mill Girls by Ann Walsh: ask Mum about this."))?.content).toBe(
      "Note on The Mill Girls by Ann Walsh: ask Mum about this (2 November 2026).",
    );
  });

  it("titles a note by its book and its words, though the book's name holds a colon", () => {
    const book = "Retrieval Practice in Middle-School Science: A Cluster-Randomized Trial";
    expect(clippingFact(highlight(`Note on ${book}: Reading group discusses this on Thursday.`, book))?.title).toBe(
      `${book}: Reading group discusses this on Thursday.`,
    );
    expect(clippingFact(highlight("Note on The Mill Girls by Ann Walsh: ask Mum about this."))?.title).toBe("The Mill Girls: ask Mum about this.");
  });
});
