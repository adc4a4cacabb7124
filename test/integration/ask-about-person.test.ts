import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personAsked } from "../../core/assistant/about-person.js";
import { ask } from "../../core/assistant/ask.js";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { storeConversation } from "../../core/ingest/store.js";
import { createMemoryEngine } from "../../core/memory/index.js";
import type { Embedder } from "../../models/embedder.js";
import { createEmbedder } from "../../models/embedders.js";

let embedder: Embedder;
let db: EngramDb;

/** A chat of Tom (the user) with one other person, its messages `[ISO time, speaker, text]`, processed by the memory engine. */
async function rememberChat(externalId: string, other: string, messages: Array<[string, string, string]>): Promise<void> {
  await storeConversation(db, embedder, {
    format: "telegram",
    externalId,
    title: other,
    participants: ["Tom", other],
    startedAt: Date.parse(messages[0]![0]),
    turns: messages.map(([at, speaker, text], i) => ({
      externalId: `${externalId}-${i}`,
      speaker,
      role: speaker === "Tom" ? ("user" as const) : ("other" as const),
      occurredAt: Date.parse(at),
      text,
      metadata: {},
    })),
  });
  await createMemoryEngine(db, embedder).process();
}

beforeAll(async () => {
  embedder = await createEmbedder();
  db = openDatabase(":memory:");
  ensureVectorTables(db, embedder);
  await rememberChat("anna", "Anna", [
    ["2026-05-01T09:00:00Z", "Anna", "Big news: I got the job at the British Museum! I start on June 1st."],
    ["2026-05-01T09:05:00Z", "Tom", "Amazing, congratulations!"],
    ["2026-05-09T18:00:00Z", "Anna", "My sister Ola is visiting 20-27 May, we should all get dinner."],
    ["2026-05-09T18:04:00Z", "Tom", "Sounds good, I'll book somewhere."],
    ["2026-05-12T10:00:00Z", "Anna", "Ola wants to see the Tate Modern while she's here."],
    ["2026-05-20T08:00:00Z", "Anna", "I bought a new bike last weekend."],
  ]);
  await rememberChat("jon", "Jon", [
    ["2026-06-02T19:00:00Z", "Jon", "I went to the bank yesterday to sort out the studio's account."],
    ["2026-06-02T19:02:00Z", "Tom", "Fun times."],
    ["2026-06-03T19:00:00Z", "Jon", "Dance is my life, I'm passionate about teaching kids to dance."],
    ["2026-06-04T19:00:00Z", "Jon", "I picked up a new pair of shoes for the studio opening on Friday."],
    ["2026-06-05T19:00:00Z", "Jon", "I would like to buy a van like yours for the studio next month."],
  ]);
  await rememberChat("lee", "Lee", [
    ["2026-07-02T19:00:00Z", "Lee", "Yesterday at the theater I asked Sam to become my girlfriend, and she agreed!"],
    ["2026-07-02T19:01:00Z", "Tom", "No way, congrats!"],
    ["2026-07-09T19:00:00Z", "Lee", "Sam and I are going to a baseball game next Sunday, our first one together."],
    ["2026-07-16T19:00:00Z", "Lee", "Sam and I won the pub quiz at McGee's last night."],
  ]);
}, 120_000);

afterAll(() => db?.close());

describe("asking about one person as a whole", () => {
  it("reads 'Who is …?', 'Tell me about …', 'What is … like?' as questions about a person, and not one relation or a thing", () => {
    expect(personAsked("Who is Ola?")).toEqual({ name: "Ola", like: false });
    expect(personAsked("Tell me about Anna Kowalska.")).toEqual({ name: "Anna Kowalska", like: false });
    expect(personAsked("What do you know about Jon?")).toEqual({ name: "Jon", like: false });
    expect(personAsked("What is Jon like?")).toEqual({ name: "Jon", like: true });
    expect(personAsked("What attributes describe John?")).toEqual({ name: "John", like: true });
    for (const q of ["Who is Maria married to?", "Who is my manager?", "Who is Alfie's teacher?", "What is Valorant?", "Who is picking me up?"])
      expect(personAsked(q)).toBeNull();
  });

  it("answers 'Who is Ola?' and 'Tell me about Ola' with what says who she is first", async () => {
    for (const q of ["Who is Ola?", "Tell me about Ola", "What do you know about Ola?"]) {
      const a = await ask(db, embedder, q);
      // ("Tell me about Ola" had abstained: no memory holds "tell" or "about")
      expect(a.abstained, q).toBe(false);
      expect(a.answer.split("\n")[1], q).toMatch(/sister Ola/);
      expect(a.answer, q).toContain("Tate Modern");
      expect(a.answer, q).not.toContain("bike");
    }
  });

  it("answers 'Who is Sam?' first with the sentence that says whose girlfriend Sam is, though her name is not beside the role", async () => {
    const a = await ask(db, embedder, "Who is Sam?");
    expect(a.answer.split("\n")[1]).toMatch(/Lee's girlfriend/);
  });

  it("answers 'What is Jon like?', 'Describe Jon' with what Jon is, before what Jon did", async () => {
    // ("What kind of person is Jon?" had abstained, "Describe Jon" answered with a trip to the bank)
    for (const q of ["What is Jon like?", "Describe Jon", "What kind of person is Jon?", "What attributes describe Jon?"]) {
      const a = await ask(db, embedder, q);
      expect(a.abstained, q).toBe(false);
      expect(a.answer.split("\n")[1], q).toMatch(/passionate about teaching kids to dance/);
    }
  });

  it("still abstains for a person no memory names", async () => {
    expect((await ask(db, embedder, "Who is Jill?")).abstained).toBe(true);
    expect((await ask(db, embedder, "Tell me about Jill")).abstained).toBe(true);
  });
});
