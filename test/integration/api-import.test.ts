/**
 * What the app's Import shows comes from `importFile`'s events and result: every phase (reading
 * the file in bytes, then embedding, storing and building memories in messages), and plain notes
 * accepted as the user's own text.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ImportEvent } from "../../core/api/types.js";
import type { Embedder } from "../../models/embedder.js";
import { createEmbedder, disposeEmbedders } from "../../models/embedders.js";
import { testApi, type TestApi } from "../helpers/api.js";
import { writeChatgptExport } from "../fixtures/exports.js";

let embedder: Embedder;
let t: TestApi;

beforeAll(async () => {
  embedder = await createEmbedder();
  t = testApi({ embedder });
}, 120_000);

afterAll(async () => {
  t?.close();
  if (t) rmSync(t.dir, { recursive: true, force: true });
  await disposeEmbedders();
});

describe("importFile as the Import dialog sees it", () => {
  it("reports every phase with its unit: reading in bytes, then embedding, storing and building memories in messages", async () => {
    const chats = join(t.dir, "conversations.json");
    await writeChatgptExport(chats, 2, 150, 80);
    const events: ImportEvent[] = [];
    const r = await t.api.importFile({ path: chats }, { onEvent: (e) => events.push(e) });
    expect(r).toMatchObject({ format: "chatgpt", conversations: 2, turns: 300 });
    // the search index's share of the wall time is given apart (a small database: next to nothing)
    expect(r.indexSeconds).toBeGreaterThanOrEqual(0);
    expect(r.indexSeconds).toBeLessThan(r.seconds);
    const phases = [...new Set(events.map((e) => e.phase))];
    expect(phases).toEqual(["validate", "embed", "import", "process"]);
    const units = Object.fromEntries(events.map((e) => [e.phase, e.unit]));
    expect(units).toEqual({ validate: "bytes", embed: "messages", import: "messages", process: "messages" });
    const last = (phase: string) => events.filter((e) => e.phase === phase).at(-1)!;
    for (const phase of ["embed", "import", "process"]) expect(last(phase)).toMatchObject({ done: r.turns, total: r.turns });
    expect(last("validate").done).toBe(last("validate").total);
    // embedding moves in steps within a conversation (batches of 64), not only at its end
    expect(events.some((e) => e.phase === "embed" && e.done > 0 && e.done < 150)).toBe(true);
  }, 120_000);

  it("accepts a plain note with format note: the user's own text, made into memories", async () => {
    const note = join(t.dir, "notes.txt");
    writeFileSync(note, "Plant the tomatoes after the last frost in May.\n\nMy sister Ana is visiting Lisbon next week.\n");
    const r = await t.api.importFile({ path: note, format: "note" });
    expect(r).toMatchObject({ format: "note", conversations: 1, turns: 2, added: 2 });
    expect(r.memories).toBeGreaterThan(0);
    const rows = t.db.prepare("SELECT kind, trust, speaker, text FROM sources WHERE kind = 'file' ORDER BY id").all();
    expect(rows).toEqual([
      { kind: "file", trust: "user", speaker: "User", text: "Plant the tomatoes after the last frost in May." },
      { kind: "file", trust: "user", speaker: "User", text: "My sister Ana is visiting Lisbon next week." },
    ]);
    const found = await t.api.search({ query: "tomatoes frost", k: 3, sourceKinds: ["file"] });
    expect(found.hits.length).toBeGreaterThan(0);
    // detected as a note without a format too (the drop zone's "Detect automatically")
    const other = join(t.dir, "ideas.md");
    writeFileSync(other, "Rent a bike in Porto on the trip.\n");
    expect(await t.api.importFile({ path: other })).toMatchObject({ format: "note", added: 1 });
    // (the timeline names a note without a heading by its name, not its file's: "ideas", not "ideas.md")
    const day = (await t.api.timeline({ days: 1, tzOffsetMinutes: 0 })).days[0]!;
    expect(day.conversations.map((c) => c.title)).toEqual(expect.arrayContaining(["ideas", "notes"]));
    // (and a journal's page named by its day, as Logseq names it, by the day in words)
    const journal = join(t.dir, "2026_11_09.md");
    writeFileSync(journal, "- Called the garage about the MOT.\n");
    await t.api.importFile({ path: journal });
    const titles = (await t.api.timeline({ days: 5, tzOffsetMinutes: 0 })).days.flatMap((d) => d.conversations.map((c) => c.title));
    expect(titles).toContain("9 November 2026");
  }, 120_000);

  it("shows a calendar's events on the timeline, on their days, the ones to come first", async () => {
    const monday = testApi({ embedder, now: () => Date.parse("2026-11-16T09:00:00Z") });
    try {
      const ics = join(monday.dir, "calendar.ics");
      const event = (uid: string, start: string, summary: string) => ["BEGIN:VEVENT", `UID:${uid}`, `DTSTART:${start}`, `SUMMARY:${summary}`, "END:VEVENT"];
      writeFileSync(
        ics,
        [
          "BEGIN:VCALENDAR",
          "VERSION:2.0",
          ...event("a", "20261030T080000Z", "Car service"),
          ...event("b", "20261117T093000Z", "Dentist"),
          ...event("c", "20261118", "Inset day"),
          "END:VCALENDAR",
          "",
        ].join("\r\n"),
      );
      expect(await monday.api.importFile({ path: ics })).toMatchObject({ format: "ics", conversations: 1, turns: 3, added: 3 });
      const r = await monday.api.timeline({ days: 7, tzOffsetMinutes: 0 });
      expect(r.days.map((d) => [d.date, d.episodes.map((e) => e.title)])).toEqual([
        ["2026-11-18", ["Inset day: Wednesday 18 November 2026 (all day)"]],
        ["2026-11-17", ["Dentist: Tuesday 17 November 2026, 09:30 UTC"]],
        ["2026-10-30", ["Car service: Friday 30 October 2026, 08:00 UTC"]],
      ]);
      // (an all-day event is said to be one, so the timeline shows no time of day for it)
      expect(r.days.map((d) => d.episodes.map((e) => e.allDay ?? false))).toEqual([[true], [false], [false]]);
      // (and it stays on its day in a time zone west of UTC: New York's timeline, where its midnight UTC is the evening before)
      const newYork = await monday.api.timeline({ days: 7, tzOffsetMinutes: 300 });
      expect(newYork.days.find((d) => d.episodes.some((e) => e.allDay))?.date).toBe("2026-11-18");
    } finally {
      monday.close();
    }
  }, 120_000);
});
