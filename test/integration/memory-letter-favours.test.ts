/**
 * A favour or an offer in a message sent to the user alone (a Zoom meeting's direct message, a text,
 * an email: its metadata `letter`/`sms`/`email`, memory/letters.ts) is asked of the user or offered to
 * them, whoever spoke just before it in the room, and the day it names is one to come.
 */
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { storeConversation } from "../../core/ingest/store.js";
import { createMemoryEngine } from "../../core/memory/index.js";
import { lettersEmbedder as embedder } from "../fixtures/letters-embedder.js";

let db: EngramDb | undefined;
afterEach(() => db?.close());

/** The semantic memories made of a meeting's chat on Tuesday 6 October 2026: [speaker, text, sent to the user alone (or to the one named)]. */
async function remembered(turns: Array<[string, string, boolean | string]>): Promise<string[]> {
  db = openDatabase(":memory:");
  ensureVectorTables(db, embedder);
  const t0 = Date.parse("2026-10-06T15:01:00Z");
  await storeConversation(db, embedder, {
    format: "zoomchat",
    externalId: "zoomchat:sync",
    title: "Weekly design sync",
    participants: ["Amara Osei", "Tom Fairley", "Me"],
    startedAt: t0,
    turns: turns.map(([speaker, text, toUser], i) => ({
      externalId: `t${i}`,
      speaker,
      role: speaker === "Me" ? "user" : "other",
      occurredAt: t0 + i * 60_000,
      text,
      metadata: toUser ? { letter: { to: [toUser === true ? "the user" : toUser] } } : {},
    })),
  });
  await createMemoryEngine(db, embedder).process();
  return db.prepare("SELECT content FROM memories WHERE type = 'semantic' AND status = 'active' ORDER BY id").pluck().all() as string[];
}

describe("a direct message to the user in a group's chat", () => {
  it("asks the user the favour, for a day to come, not the one who spoke before it", async () => {
    const facts = await remembered([
      ["Amara Osei", "Usability test recordings from last week are in the drive.", false],
      ["Tom Fairley", "Are you still OK to cover my stand-up on Friday? I'm at the dentist 9-10", true],
      ["Me", "Yes, no problem!", false],
      ["Tom Fairley", "Could you water my plants on Sunday while I'm in Leeds?", true],
    ]);
    expect(facts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Weekly design sync: Tom Fairley asked the user to cover Tom Fairley's stand-up on Friday \(Friday 9 October 2026\)/),
        expect.stringMatching(/Tom Fairley asked the user to water Tom Fairley's plants on Sunday \(Sunday 11 October 2026\) while Tom Fairley is in Leeds/),
      ]),
    );
    expect(facts.join("\n")).not.toMatch(/Amara Osei's stand-up|asked Amara/);
  });

  it("offers the user the help offered in it", async () => {
    const facts = await remembered([
      ["Tom Fairley", "The offsite is in Bath this year.", false],
      ["Amara Osei", "Want a lift to the station on Friday?", true],
    ]);
    expect(facts.join("\n")).toMatch(/Amara Osei offered the user a lift to the station on Friday \(Friday 9 October 2026\)/);
    expect(facts.join("\n")).not.toMatch(/offered Tom/);
  });

  it("asks the user a favour announced before it is asked ('Huge favour: could you …?')", async () => {
    const facts = await remembered([
      ["Sam Okafor", "Huge favour: could you feed Miso on Wednesday while I'm in Leeds for work? The spare key is under the blue plant pot", true],
    ]);
    expect(facts.join("\n")).toMatch(/Sam Okafor asked the user to feed Miso on Wednesday \(Wednesday 7 October 2026\) while Sam Okafor is in Leeds for work/);
  });

  it("asks a letter's recipient the favour asked of them by name", async () => {
    const facts = await remembered([["Tom Fairley", "Hi Sam,\n\nCan you sort the cake for Friday?\n\nTom", "Sam Carter"]]);
    expect(facts.join("\n")).toMatch(/Tom Fairley asked Sam Carter to sort the cake for Friday \(Friday 9 October 2026\)/);
  });
});
