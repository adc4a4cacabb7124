import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { storeConversation } from "../../core/ingest/store.js";
import { createMemoryEngine } from "../../core/memory/index.js";
import { createEmbedder } from "../../models/embedders.js";
import type { Embedder } from "../../models/embedder.js";

/**
 * A group chat's name says what its talk is of ("Just Eat product alumni"): its facts are told under
 * it, as a note's are under its title; a chat of two, a name made of its people's names, a channel's
 * stock name ("general") and a transcript's file name are no such name.
 */

let embedder: Embedder;
let db: EngramDb;
const AT = Date.UTC(2026, 10, 9, 12, 0);

/** A chat of `format` (an app's export) named `title`, each of its people saying one line in turn, a minute apart. */
async function chat(
  externalId: string,
  title: string,
  lines: Array<[string, string]>,
  format: "telegram" | "skype" | "snapchat" | "zoomchat" | "matrix" | "signal" | "discord" = "telegram",
) {
  await storeConversation(db, embedder, {
    format,
    externalId,
    title,
    participants: [...new Set(lines.map((l) => l[0]))],
    startedAt: AT,
    turns: lines.map(([speaker, text], i) => ({ externalId: `${externalId}-${i}`, speaker, role: "other", occurredAt: AT + i * 60_000, text, metadata: {} })),
  });
}

beforeAll(async () => {
  embedder = await createEmbedder();
  db = openDatabase(":memory:");
  ensureVectorTables(db, embedder);
  await chat("alumni", "Just Eat product alumni", [
    ["Ella Ward", "I've booked the back room at The Harp in Covent Garden from 6:30."],
    ["Tom Becker", "I'm in!"],
    ["Chloe Bennett", "I'll bring my interview war stories."],
  ]);
  await chat("general", "general", [
    ["Sam", "I've booked the five-a-side pitch at Goals Leeds for Friday at 7."],
    ["Jo", "Nice one"],
    ["Kit", "Count me in"],
  ]);
  // (Skype's and Snapchat's exports name their groups too)
  await chat(
    "reunion",
    "Flat 4B reunion",
    [
      ["Hannah Price", "I've booked the cottage on Bishophill for the first weekend of December."],
      ["Tom Hale", "Perfect"],
      ["Elena Novak", "Can't wait"],
    ],
    "skype",
  );
  await chat(
    "21st",
    "Priya's 21st",
    [
      ["Maisie Kent", "We're getting her the Polaroid camera she keeps sending us."],
      ["Josh Reid", "Love that"],
      ["Lucy Ford", "I'll order it tonight"],
    ],
    "snapchat",
  );
  // (and a Matrix room Element exported)
  await chat(
    "matrix:!qPzVxKwTnRbLmYdHcJ:matrix.org",
    "Tidewater",
    [
      ["Priya Natarajan", "We're shipping 2.0 on Tuesday 8 December, the changelog is nearly done."],
      ["Jonas Weber", "Great"],
      ["Mei Tanaka", "I'll write the release notes"],
    ],
    "matrix",
  );
  // (and a Signal group, named by its folder as sigexport writes it)
  await chat(
    "signal:HackneyHarriers",
    "Hackney Harriers",
    [
      ["Dan Okoro", "Kit order is in: club vests are £22 each, pay me by Friday."],
      ["Tomasz Nowak", "Nice"],
      ["Me", "Paid!"],
    ],
    "signal",
  );
  // (a Zoom meeting's saved chat is told under the meeting's topic, as its transcript is)
  await chat(
    "interview",
    "Lumenwave Senior Product Designer interview",
    [
      ["Rachel Okoye", "The take-home task is due Monday 30 November, send it to me by email."],
      ["Me", "Thanks, will do"],
    ],
    "zoomchat",
  );
  // (a server's channel in a Discord data package, which holds only the user's own messages)
  await chat(
    "discord:package:1436120033445566778",
    "#hackathon-team (UoM Code Club)",
    [["User", "We came second!! £200 of Amazon vouchers, so £50 each"]],
    "discord",
  );
  await createMemoryEngine(db, embedder).process();
});
afterAll(() => db?.close());

describe("a group chat's name", () => {
  it("tells the group's facts under it, and a channel's stock name under nothing", () => {
    const facts = (db.prepare("SELECT content FROM memories WHERE type = 'semantic' ORDER BY id").all() as Array<{ content: string }>).map((m) => m.content);
    expect(facts).toContainEqual(expect.stringMatching(/^Just Eat product alumni: Ella Ward has booked the back room at The Harp/));
    expect(facts).toContainEqual(expect.stringMatching(/^Sam has booked the five-a-side pitch at Goals Leeds/));
    expect(facts).toContainEqual(expect.stringMatching(/^Flat 4B reunion: Hannah Price has booked the cottage on Bishophill/));
    expect(facts).toContainEqual(expect.stringMatching(/^Priya's 21st: .*Polaroid camera/));
    expect(facts).toContainEqual(expect.stringMatching(/^Lumenwave Senior Product Designer interview: .*take-home task is due Monday 30 November/));
    expect(facts).toContainEqual(expect.stringMatching(/^Tidewater: Priya Natarajan and others are shipping 2\.0 on Tuesday 8 December/));
    expect(facts).toContainEqual(expect.stringMatching(/^Hackney Harriers: .*club vests are £22 each/));
    expect(facts).toContainEqual(expect.stringMatching(/^hackathon-team \(UoM Code Club\): .*came second/));
  });
});
