import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask } from "../../core/assistant/ask.js";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { importFile } from "../../core/ingest/import.js";
import { storeConversation } from "../../core/ingest/store.js";
import { createMemoryEngine } from "../../core/memory/index.js";
import { createEmbedder } from "../../models/embedders.js";
import type { Embedder } from "../../models/embedder.js";
import { tempDir } from "../helpers/cli.js";

/**
 * A memory with a long title or a long quotation is far from a short question in the embedder's space
 * (cosine under RELEVANCE.unlike) however well it answers it. Ranked first by search, it answers when it
 * holds most of the question's words, or names whom the question names and shares another of its words;
 * a memory that shares only a name and the type of answer asked for ("number" of "3 rows") still does not.
 */

let embedder: Embedder;
let db: EngramDb;
const dir = tempDir();

/** A note file of `text`, written and imported. */
async function note(name: string, text: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  await importFile(db, embedder, file);
}

beforeAll(async () => {
  embedder = await createEmbedder();
  db = openDatabase(join(dir, "engram.db"));
  ensureVectorTables(db, embedder);
  await note(
    "brightwell-brief.md",
    "# Brightwell – Spring 2027 campaign brief\n\n## Background\nBrightwell is launching its new Rosehip Night Oil in March 2027, alongside the refreshed Daily Balance range.\n\n" +
      "## Tone of voice\n- Warm, confident and a little playful\n- Use British spelling\n- Say “skin”, not “complexion”\n",
  );
  await note(
    "mensah-2024.md",
    "# Reading notes\n\nMensah (2024), Cueing memories in sleep: closed-loop auditory stimulation and targeted memory reactivation in older adults. " +
      "Hannah's thesis from the lab. Her closed-loop code (appendix B) is on the lab GitLab: ask her for access before the end of November.\n",
  );
  const at = Date.UTC(2026, 10, 8, 9, 0);
  await storeConversation(db, embedder, {
    format: "text",
    externalId: "allotment",
    title: "Allotment crew",
    participants: ["Ana Costa", "Raj"],
    startedAt: at,
    turns: [
      { externalId: "a-1", speaker: "Ana Costa", role: "other", occurredAt: at, text: "Garlic is in, 3 rows by the compost bins.", metadata: {} },
      { externalId: "a-2", speaker: "Raj", role: "other", occurredAt: at + 60_000, text: "Nice one. I'm bringing the leaf mould next Saturday.", metadata: {} },
    ],
  });
  await createMemoryEngine(db, embedder).process();
});
afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a long memory that search ranks first", () => {
  it("answers a question naming what it is about with another of the question's words", async () => {
    const a = await ask(db, embedder, "What tone does Brightwell want?");
    expect(a.abstained).toBe(false);
    expect(a.answer.split("\n")[1]).toMatch(/Warm, confident and a little playful/);
  });
  it("answers a question most of whose words it holds", async () => {
    const a = await ask(db, embedder, "Whose closed-loop code do I need to ask for?");
    expect(a.abstained).toBe(false);
    expect(a.answer.split("\n")[1]).toMatch(/Hannah/);
  });
  it("does not answer with a name and a number that the question's type of answer matches", async () => {
    expect((await ask(db, embedder, "What is Ana's flight number?")).abstained).toBe(true);
  });
});
