import { describe, expect, it } from "vitest";
import { z } from "zod";
import { packByBudget } from "../../models/llm/budget.js";
import { grammarSchemaFor, LlmOutputError, parseJsonOutput } from "../../models/llm/json.js";

/** One token per character: enough to check the packing rule without a model. */
const chars = (t: string) => t.length;

describe("context budgeting", () => {
  it("keeps the most relevant items that fit, in their input order", () => {
    const items = [
      { text: "aaaaaaaaaa", score: 0.2, value: 1 }, // 10
      { text: "bbbbbbbbbbbbbbbbbbbb", score: 0.9, value: 2 }, // 20
      { text: "ccccc", score: 0.5, value: 3 }, // 5
      { text: "dddddddddddddddddddddddddddddd", score: 0.8, value: 4 }, // 30
    ];
    const fit = packByBudget(items, 40, chars, 1);
    // 2 (21) fits, 4 (31) does not, 3 (6) fits, 1 (11) fits: 38 ≤ 40.
    expect(fit.kept.map((i) => i.value)).toEqual([1, 2, 3]);
    expect(fit.dropped.map((i) => i.value)).toEqual([4]);
    expect(fit.tokens).toBe(38);
  });

  it("keeps nothing when the budget is exhausted or negative", () => {
    const fit = packByBudget([{ text: "x", score: 1 }], -5, chars);
    expect(fit.kept).toEqual([]);
    expect(fit.budget).toBe(0);
    expect(() => packByBudget([], Number.NaN, chars)).toThrow(/finite number/);
  });
});

describe("structured output schemas", () => {
  it("turns a zod schema into the grammar subset: anyOf → oneOf, unsupported keywords dropped", () => {
    const schema = z.object({
      kind: z.enum(["a", "b"]),
      note: z.string().max(20).nullable(),
      n: z.number().int().min(0),
    });
    const g = grammarSchemaFor(schema) as Record<string, unknown>;
    expect(g).not.toHaveProperty("$schema");
    expect(g).not.toHaveProperty("required");
    const props = g.properties as Record<string, Record<string, unknown>>;
    expect(props.kind).toEqual({ type: "string", enum: ["a", "b"] });
    expect(props.note).toEqual({ oneOf: [{ type: "string", maxLength: 20 }, { type: "null" }] });
    expect(props.n).toEqual({ type: "integer" });
  });

  it("refuses constructs a grammar cannot express", () => {
    const both = z.intersection(z.string().min(2), z.string().max(5));
    expect(() => grammarSchemaFor(both)).toThrow(/uses "allOf"/);
    expect(() => grammarSchemaFor(z.object({ when: z.date() }))).toThrow();
  });

  it("validates output with zod and reports the raw text", () => {
    const schema = z.object({ n: z.number().max(3) });
    expect(parseJsonOutput(schema, '{"n": 2}')).toEqual({ n: 2 });
    expect(() => parseJsonOutput(schema, '{"n": 9}')).toThrow(/does not match the schema: n:/);
    const err = (() => {
      try {
        parseJsonOutput(schema, "{oops");
      } catch (e) {
        return e as LlmOutputError;
      }
    })();
    expect(err).toBeInstanceOf(LlmOutputError);
    expect(err?.raw).toBe("{oops");
  });
});
