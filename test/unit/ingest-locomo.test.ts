import { describe, expect, it } from "vitest";
import { detectFormat, parseExport, validateExport } from "../../core/ingest/parse.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { LOCOMO } from "../helpers/cli.js";

/** The first conversation of the file (the generator is closed after it). */
async function firstConversation(): Promise<ParsedConversation> {
  for await (const c of parseExport(LOCOMO)) return c;
  throw new Error("no conversation");
}

describe("LoCoMo import (real locomo-dev.json)", () => {
  it("is detected and yields its 7 conversations with 4124 turns", async () => {
    expect(await detectFormat(LOCOMO)).toBe("locomo");
    const convs: ParsedConversation[] = [];
    for await (const c of parseExport(LOCOMO)) convs.push(c);
    expect(convs.map((c) => c.externalId)).toEqual(["conv-26", "conv-30", "conv-41", "conv-42", "conv-43", "conv-44", "conv-47"]);
    expect(convs.reduce((n, c) => n + c.turns.length, 0)).toBe(4124);
    const summary = await validateExport(LOCOMO);
    expect(summary).toMatchObject({ format: "locomo", conversations: 7, turns: 4124 });
  });

  it("keeps dia_ids, speakers, session times and turn order", async () => {
    const first = await firstConversation();
    expect(first).toMatchObject({ format: "locomo", externalId: "conv-26", title: "Caroline & Melanie", participants: ["Caroline", "Melanie"] });
    // conv-26 session_1 is "1:56 pm on 8 May, 2023"; turn k of a session is k seconds after its start.
    expect(first.startedAt).toBe(Date.parse("2023-05-08T13:56:00Z"));
    const d13 = first.turns.find((t) => t.externalId === "D1:3")!;
    expect(d13).toMatchObject({ speaker: "Caroline", role: "other", occurredAt: Date.parse("2023-05-08T13:56:02Z") });
    expect(d13.text).toMatch(/LGBTQ support group/);
    // session_2 is "1:14 pm on 25 May, 2023"
    expect(first.turns.find((t) => t.externalId === "D2:1")!.occurredAt).toBe(Date.parse("2023-05-25T13:14:00Z"));
    for (let i = 1; i < first.turns.length; i++) {
      const [a, b] = [first.turns[i - 1]!, first.turns[i]!];
      if (a.externalId!.split(":")[0] === b.externalId!.split(":")[0]) expect(b.occurredAt).toBeGreaterThan(a.occurredAt);
    }
    expect(first.turns.every((t) => /^D\d+:\d+$/.test(t.externalId!))).toBe(true);
  });

  it("keeps image captions in the text and the metadata, and drops the answer fields", async () => {
    const first = await firstConversation();
    const d15 = first.turns.find((t) => t.externalId === "D1:5")!;
    expect(d15.text).toBe(
      "The transgender stories were so inspiring! I was so happy and thankful for all the support. [shared an image: a photo of a dog walking past a wall with a painting of a woman]",
    );
    expect(d15.metadata).toEqual({
      image_caption: "a photo of a dog walking past a wall with a painting of a woman",
      image_url: "https://i.redd.it/l7hozpetnhlb1.jpg",
      query: "transgender pride flag mural",
    });
    expect(JSON.stringify(first)).not.toMatch(/"(qa|observation|session_summary|event_summary|evidence)"/);
  });
});
