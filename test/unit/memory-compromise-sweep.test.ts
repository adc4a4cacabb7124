import { readFileSync } from "node:fs";
import nlp from "compromise";
import { afterAll, describe, expect, it } from "vitest";
import { compromiseSweep, installFastSweep } from "../../core/memory/compromise-sweep.js";
import { LOCOMO } from "../helpers/cli.js";

type One = { bulkMatch: unknown };
const one = (nlp as unknown as { world(): { methods: { one: One } } }).world().methods.one;

/** The first 500 sentences of LoCoMo conv-26 (the dev split's first conversation). */
function conv26Sentences(): string[] {
  const [first] = JSON.parse(readFileSync(LOCOMO, "utf8")) as Array<{ conversation: Record<string, unknown> }>;
  const seg = new Intl.Segmenter("en", { granularity: "sentence" });
  const out: string[] = [];
  for (const [k, v] of Object.entries(first!.conversation)) {
    if (!/^session_\d+$/.test(k) || !Array.isArray(v)) continue;
    for (const turn of v as Array<{ text: string }>) for (const s of seg.segment(turn.text)) if (s.segment.trim()) out.push(s.segment.trim());
  }
  return out.slice(0, 500);
}

/** Everything the engine reads of a parse: every term's tags, contractions expanded, names, nouns, a pattern. */
function readParse(text: string): unknown {
  const doc = nlp(text);
  doc.contractions().forEach((m) => {
    if (m.has("(i|we|#Negative)")) (m as unknown as ReturnType<typeof nlp>).contractions().expand();
  });
  return {
    terms: (doc.json() as Array<{ terms: Array<Record<string, unknown>> }>).map((x) =>
      x.terms.map(({ text, pre, post, normal, tags, chunk }) => ({ text, pre, post, normal, tags, chunk })),
    ),
    people: doc.people().out("array"),
    places: doc.places().out("array"),
    orgs: doc.organizations().out("array"),
    nouns: doc.nouns().out("array"),
    likes: (doc.match("i (really)? (love|like|enjoy) [<o>.+]").groups("o") as ReturnType<typeof nlp> | undefined)?.text() ?? null,
  };
}

describe("fast sweep (core/memory/compromise-sweep.ts)", () => {
  afterAll(() => installFastSweep());

  it("tag, name and match exactly as compromise itself on a conversation's sentences", () => {
    const sentences = conv26Sentences();
    expect(sentences.length).toBe(500);
    one.bulkMatch = compromiseSweep;
    const plain = sentences.map(readParse);
    installFastSweep();
    expect(one.bulkMatch).not.toBe(compromiseSweep);
    const fast = sentences.map(readParse);
    for (let i = 0; i < sentences.length; i++) expect(fast[i], sentences[i]).toEqual(plain[i]);
  });
});
