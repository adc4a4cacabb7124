import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toCitation } from "../../core/api/views.js";
import { ask } from "../../core/assistant/ask.js";
import { chatTurn } from "../../core/assistant/chat.js";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { importFile } from "../../core/ingest/import.js";
import type { Embedder } from "../../models/embedder.js";
import { createEmbedder } from "../../models/embedders.js";
import { tempDir } from "../helpers/cli.js";

// The user named by an import (`--me`, "Which of these people are you?") is the same person when
// they later tell Engram something in its chat: their facts say their name, not "the user", and
// join what they said in the imported conversation.
const TRANSCRIPT = `Jon: I lost my job as a banker last week, so I'm starting my own dance studio.
Gina: That's brave, Jon! Where will it be?
Jon: I live in Lisbon, so somewhere near the river.
Gina: Sounds perfect. I love living near the old market, the stalls there are lively every morning.
`;

let dir: string;
let db: EngramDb;
let embedder: Embedder;

beforeAll(async () => {
  dir = tempDir();
  embedder = await createEmbedder();
  db = openDatabase(join(dir, "engram.db"));
  ensureVectorTables(db, embedder);
  const file = join(dir, "chat.txt");
  writeFileSync(file, TRANSCRIPT);
  await importFile(db, embedder, file, { format: "text", me: "jon" });
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the user's name", () => {
  it("is the name an import gave them, in what they later say in Engram's chat", async () => {
    await chatTurn(db, embedder, "I moved to Porto last month.", { now: Date.parse("2026-11-20T12:00:00Z") });
    const facts = db.prepare("SELECT content FROM memories WHERE type = 'semantic' AND status = 'active' AND valid_to IS NULL").pluck().all() as string[];
    expect(facts.some((f) => f.startsWith("Jon moved to Porto"))).toBe(true);
    expect(facts.some((f) => /\bthe user\b/i.test(f))).toBe(false);
    // and the chat's episode is told with their name
    const episodes = db.prepare("SELECT title FROM memories WHERE type = 'episodic' AND title LIKE '%Porto%'").pluck().all() as string[];
    expect(episodes).toEqual(["Jon tells Engram about Porto"]);
    // so where Jon lives now is Porto, the fact of the import replaced
    const lisbon = db.prepare("SELECT valid_to FROM memories WHERE type = 'semantic' AND title = 'Jon lives in Lisbon'").pluck().get();
    expect(lisbon).toEqual(expect.any(Number));
    const answer = await ask(db, embedder, "Where does Jon live?");
    expect(answer.abstained).toBe(false);
    expect(answer.answer.split("\n")[1]).toContain("Porto");
  });

  it("answers 'Where do I live?' with where the user lives now, before what only shares the word", async () => {
    await chatTurn(db, embedder, "Teaching dance lets me live my dream, I live for those classes and the kids love it.", {
      now: Date.parse("2026-11-21T12:00:00Z"),
    });
    await chatTurn(db, embedder, "Living my dream is what keeps me going, honestly I live for it every day.", { now: Date.parse("2026-11-22T12:00:00Z") });
    const answer = await ask(db, embedder, "Where do I live?");
    expect(answer.abstained).toBe(false);
    expect(answer.answer.split("\n")[1]).toContain("Jon moved to Porto");
    // what only shares the verb and is about someone else is not shown beside the answer
    expect(answer.answer).not.toContain("old market");
  });

  it("answers a question about 'I' only with the user's own facts, not another speaker's that share its words", async () => {
    // Gina loves living near the old market; Jon (the user) never said anything of a market
    expect((await ask(db, embedder, "Which market stalls do I love?")).abstained).toBe(true);
    expect((await ask(db, embedder, "Which market stalls does Gina love?")).abstained).toBe(false);
  });

  it("names the user in a citation of what they said in Engram's chat, not its label 'User'", async () => {
    const answer = await ask(db, embedder, "Where did Jon move?");
    const porto = answer.citations.find((c) => c.title.includes("Porto"));
    expect(porto?.sources.map((s) => s.speaker)).toContain("User");
    expect(toCitation(db, porto!).speaker).toBe("Jon");
  });
});
