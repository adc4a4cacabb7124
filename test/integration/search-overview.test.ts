import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask } from "../../core/assistant/ask.js";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { storeConversation, storeSources } from "../../core/ingest/store.js";
import { createMemoryEngine } from "../../core/memory/index.js";
import { asksOverview } from "../../core/retrieval/answer-type.js";
import { searchMemories } from "../../core/retrieval/search.js";
import { createEmbedder } from "../../models/embedders.js";
import type { Embedder } from "../../models/embedder.js";
import { screenshotItem } from "../helpers/screenshot-item.js";

/**
 * A question about a whole period ("What did I do on Tuesday morning?", "What did we talk about
 * last week?") is answered by the memory that summarises the period — a day of screen time, a chat
 * session — not by the one activity or fact that shares most of its words.
 */

const TZ = process.env.TZ;
const MIN = 60_000;
const MON = Date.UTC(2026, 10, 30, 9, 0); // Monday 30 November 2026, 09:00 UTC
const TUE = Date.UTC(2026, 11, 1, 9, 0); // Tuesday 1 December 2026, 09:00 UTC
const NOW = Date.UTC(2026, 11, 1, 12, 0); // asked on Tuesday at noon
let embedder: Embedder;
let screen: EngramDb;
let chat: EngramDb;

/** A captured frame `minutes` after `day`'s 09:00. */
function shot(day: number, minutes: number, app: string, title: string, text: string) {
  return screenshotItem(day + minutes * MIN, app, title, text);
}

/** Frames every 2 minutes from `from` to `to` minutes, all showing the same window. */
function run(day: number, from: number, to: number, app: string, title: string, text: string) {
  const out = [];
  for (let m = from; m <= to; m += 2) out.push(shot(day, m, app, title, `${text}\nline ${m}`));
  return out;
}

beforeAll(async () => {
  process.env.TZ = "UTC"; // a day of screen time is a local day; pin the zone
  embedder = await createEmbedder();
  screen = openDatabase(":memory:");
  ensureVectorTables(screen, embedder);
  await storeSources(screen, embedder, [
    ...run(MON, 0, 30, "Firefox", "Sourdough starter guide — Mozilla Firefox", "Feeding a sourdough starter with rye flour every twelve hours"),
    ...run(TUE, 0, 40, "Firefox", "The Closure API — Mozilla Firefox", "libffi closures: ffi_closure_alloc and ffi_prep_closure_loc on the computer"),
    ...run(TUE, 42, 80, "VS Code", "notes.md — engram — Visual Studio Code", "Release notes draft: the release moves to the 14th"),
  ]);
  await createMemoryEngine(screen, embedder).process();

  chat = openDatabase(":memory:");
  ensureVectorTables(chat, embedder);
  const turns: Array<[number, string, string]> = [
    [Date.UTC(2026, 10, 10, 18, 0), "Ana", "I adopted a grey kitten called Pixel from the shelter."],
    [Date.UTC(2026, 10, 10, 18, 1), "Ben", "Pixel is a great name! I started restoring an old sailing boat."],
    [Date.UTC(2026, 10, 24, 18, 0), "Ana", "I finally ran my first half marathon in Lisbon on Sunday."],
    [Date.UTC(2026, 10, 24, 18, 1), "Ben", "Well done! I sold the sailing boat to a fisherman in Porto."],
  ];
  await storeConversation(chat, embedder, {
    format: "text",
    externalId: "ana-ben",
    title: "Ana and Ben",
    participants: ["Ana", "Ben"],
    startedAt: turns[0]![0],
    turns: turns.map(([at, speaker, text], i) => ({ externalId: `t${i + 1}`, speaker, role: "other", occurredAt: at, text, metadata: {} })),
  });
  await createMemoryEngine(chat, embedder).process();
});
afterAll(() => {
  screen?.close();
  chat?.close();
  if (TZ == null) delete process.env.TZ;
  else process.env.TZ = TZ;
});

const detailsOf = (db: EngramDb, id: number) => JSON.parse((db.prepare("SELECT details FROM memories WHERE id = ?").get(id) as { details: string }).details);

describe("which questions ask about a whole period", () => {
  it("an opening such as 'What did I do' followed only by when is an overview; a thing named makes it specific", () => {
    expect(asksOverview("What did I do on the computer on Tuesday morning?")).toEqual({ kind: "period", people: [] });
    expect(asksOverview("What did we talk about last week?")).toEqual({ kind: "period", people: [] });
    expect(asksOverview("What happened yesterday?")).toEqual({ kind: "period", people: [] });
    expect(asksOverview("What am I doing on Monday?")).toEqual({ kind: "period", people: [] });
    // (what is on a day, or on a calendar, is what is planned for it)
    expect(asksOverview("What's on my calendar on Friday?")).toEqual({ kind: "period", people: [] });
    expect(asksOverview("What do I have on Friday?")).toEqual({ kind: "period", people: [] });
    expect(asksOverview("What's on tomorrow?")).toEqual({ kind: "period", people: [] });
    expect(asksOverview("What's on the menu on Friday?")).toBeNull();
    expect(asksOverview("Summarise my day")).toEqual({ kind: "period", people: [] });
    expect(asksOverview("How much time did I spend in Firefox?")).toEqual({ kind: "time", people: [] });
    expect(asksOverview("What did I do in VS Code?")).toBeNull();
    expect(asksOverview("What did we talk about regarding the boat?")).toBeNull();
    expect(asksOverview("What did Caroline do last weekend?")).toBeNull();
  });

  it("names who talked: 'What did Ana and Ben talk about …', 'the topic of discussion between John and Tim …'", () => {
    expect(asksOverview("What did Ana and Ben talk about on 24 November?")).toEqual({ kind: "period", people: ["Ana", "Ben"] });
    expect(asksOverview("What is the topic of discussion between John and Tim on 11 December, 2023?")).toEqual({
      kind: "period",
      people: ["John", "Tim"],
    });
    expect(asksOverview("What did I talk about with Ana last week?")).toEqual({ kind: "period", people: ["Ana"] });
  });
});

describe("a day of screen time answers a question about the day", () => {
  it("search puts Tuesday's day memory first for 'What did I do on the computer on Tuesday morning?', not Monday's", async () => {
    const hits = await searchMemories(screen, embedder, "What did I do on the computer on Tuesday morning?", { k: 3, now: NOW });
    const first = detailsOf(screen, hits[0]!.id);
    expect(first.screen).toBe("day");
    expect(first.date).toBe("2026-12-01");
    // without the overview, the activity that says "computer" came first
    expect(hits.slice(1).map((h) => detailsOf(screen, h.id).screen)).not.toContain("day");
  });

  it("ask answers it from the day memory, with the day's header (what and when) shown", async () => {
    const a = await ask(screen, embedder, "What did I do on the computer on Tuesday morning?", { now: NOW });
    expect(detailsOf(screen, a.citations[0]!.memory_id).screen).toBe("day");
    expect(a.answer).toContain("Tuesday 1 December 2026, on screen 09:00");
  });

  it("'How much time did I spend in Firefox?' names no day: the latest day memory comes first, with its time per app", async () => {
    const hits = await searchMemories(screen, embedder, "How much time did I spend in Firefox?", { k: 3, now: NOW });
    expect(detailsOf(screen, hits[0]!.id).date).toBe("2026-12-01");
    const a = await ask(screen, embedder, "How much time did I spend in Firefox?", { now: NOW });
    expect(a.answer).toMatch(/Time per app: Firefox \d+ min/);
  });

  it("a question about one thing keeps its own ranking: 'What was I doing in VS Code?' gets the VS Code activity first", async () => {
    const hits = await searchMemories(screen, embedder, "What was I doing in VS Code?", { k: 3, now: NOW });
    expect(detailsOf(screen, hits[0]!.id).screen).toBe("activity");
    expect(hits[0]!.title).toContain("VS Code");
  });
});

describe("a chat session's episode answers a question about the conversation of a period", () => {
  it("'What did we talk about last week?' puts that week's session first, not the other's", async () => {
    const hits = await searchMemories(chat, embedder, "What did we talk about last week?", { k: 3, now: Date.UTC(2026, 11, 1, 12, 0) });
    expect(hits[0]!.type).toBe("episodic");
    expect(hits[0]!.content).toContain("marathon");
    expect(hits.filter((h) => h.type === "episodic").map((h) => h.content)).not.toContainEqual(expect.stringContaining("kitten"));
  });

  it("a session between the people named, on the day named: 'What did Ana and Ben talk about on 10 November?' — and none with someone else", async () => {
    const now = Date.UTC(2026, 11, 1, 12, 0);
    const hits = await searchMemories(chat, embedder, "What did Ana and Ben talk about on 10 November?", { k: 3, now });
    expect(hits[0]!.type).toBe("episodic");
    expect(hits[0]!.content).toContain("kitten");
    const a = await ask(chat, embedder, "What did Ana and Ben talk about on 10 November?", { now });
    expect(a.citations[0]!.memory_id).toBe(hits[0]!.id);
    const other = await searchMemories(chat, embedder, "What did Ana and Carla talk about on 10 November?", { k: 3, now });
    expect(other[0]!.type).not.toBe("episodic");
  });
});
