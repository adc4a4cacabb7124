import { describe, expect, it } from "vitest";
import { splitPassages } from "../../core/ingest/kit/passages.js";

describe("splitPassages", () => {
  it("keeps a short text whole", () => {
    expect(splitPassages("Sam moved to Berlin.", 100)).toEqual([{ text: "Sam moved to Berlin.", start: 0, end: 20 }]);
  });

  it("prefers a paragraph break, then a sentence end, then a space", () => {
    const text = "First paragraph here. It goes on a while.\n\nSecond paragraph is here and continues.";
    expect(splitPassages(text, 60).map((p) => p.text)).toEqual(["First paragraph here. It goes on a while.", "Second paragraph is here and continues."]);
    expect(splitPassages("Alpha beta gamma delta. Epsilon zeta eta theta.", 30).map((p) => p.text)).toEqual([
      "Alpha beta gamma delta.",
      "Epsilon zeta eta theta.",
    ]);
    // a sentence end in the first half would make a short passage: the last space is used
    expect(splitPassages("One two three. Four five six seven eight nine.", 30).map((p) => p.text)).toEqual([
      "One two three. Four five six",
      "seven eight nine.",
    ]);
  });

  it("cuts a text without spaces hard, never inside a surrogate pair, and spans cover it", () => {
    const text = "a".repeat(9) + "😀".repeat(10);
    const parts = splitPassages(text, 10);
    expect(parts.every((p) => p.text.length <= 10 && !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(p.text))).toBe(true);
    expect(parts.map((p) => p.text).join("")).toBe(text);
    for (const p of parts) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});
