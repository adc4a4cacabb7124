import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { forgetMemories } from "../../core/api/forget.js";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import type { MemoryRow } from "../../core/db/types.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { storeSources } from "../../core/ingest/store.js";
import { createMemoryEngine } from "../../core/memory/index.js";
import { sha256 } from "../../core/util/hash.js";
import { lettersEmbedder as embedder } from "../fixtures/letters-embedder.js";
import { screenshotItem } from "../helpers/screenshot-item.js";

/**
 * Screen memories from captured frames (core/memory/screen): activities, the day, documents, and
 * their continuation across batches. The frames are screenshot sources with known OCR text (OCR
 * itself is tested in capture-pipeline.test.ts; the pipeline path in screen-capture.test.ts).
 */

const TZ = process.env.TZ;
const T0 = Date.UTC(2026, 11, 1, 10, 0); // Tuesday 1 December 2026, 10:00 UTC
const MIN = 60_000;
const root = mkdtempSync(join(tmpdir(), "engram-screen-"));
let db: EngramDb;
let n = 0;

beforeAll(() => {
  process.env.TZ = "UTC"; // clock times in memories are local; pin the zone
});
afterAll(() => {
  if (TZ == null) delete process.env.TZ;
  else process.env.TZ = TZ;
  rmSync(root, { recursive: true, force: true });
});
function freshDb(): EngramDb {
  const d = openDatabase(join(root, `db${++n}.db`));
  ensureVectorTables(d, embedder);
  return d;
}
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const NAV = "Next: Closure Example, Previous: Types, Up: Using libffi";
const CLOSURE = [
  ["The Closure API", NAV, "libffi also provides a way to write a generic function that can accept and decode any combination of arguments."],
  ["Allocating closures", "ffi_closure_alloc allocates a chunk of memory holding a closure and its writable address.", NAV],
  ["Preparing closures", "ffi_prep_closure_loc prepares a closure function with the given call interface and user data.", NAV],
];
const TYPES = ["Primitive Types", NAV, "libffi has a number of built-in type descriptors, such as ffi_type_uint8 for unsigned bytes."];

/** A captured frame: a screenshot source at `minutes` after T0. */
function shot(minutes: number, app: string, title: string, text: string, url?: string) {
  return screenshotItem(T0 + Math.round(minutes * MIN), app, title, text, url ?? null);
}

const FIREFOX = "— Mozilla Firefox";
const morning = [
  shot(
    0,
    "Firefox",
    `The Closure API (libffi: the portable foreign function interface library) ${FIREFOX}`,
    CLOSURE[0]!.join("\n"),
    "file:///usr/share/doc/libffi8/html/The-Closure-API.html",
  ),
  shot(
    4,
    "Firefox",
    `The Closure API (libffi: the portable foreign function interface library) ${FIREFOX}`,
    [...CLOSURE[0]!, ...CLOSURE[1]!].join("\n"),
    "file:///usr/share/doc/libffi8/html/The-Closure-API.html",
  ),
  // a glance at a chat (20 s) while reading: a brief moment inside the reading, not a cut
  shot(6, "Slack", "#release - Acme - Slack", "Priya: the release candidate is ready for review"),
  shot(
    6.33,
    "Firefox",
    `The Closure API (libffi: the portable foreign function interface library) ${FIREFOX}`,
    [...CLOSURE[0]!, ...CLOSURE[1]!].join("\n"),
    "file:///usr/share/doc/libffi8/html/The-Closure-API.html",
  ),
  shot(
    9,
    "Firefox",
    `(2) The Closure API (libffi: the portable foreign function interface library) ${FIREFOX}`,
    [...CLOSURE[1]!, ...CLOSURE[2]!].join("\n"),
    "file:///usr/share/doc/libffi8/html/The-Closure-API.html#index-ffi_005fprep_005fclosure_005floc",
  ),
  shot(
    12,
    "Firefox",
    `Primitive Types (libffi: the portable foreign function interface library) ${FIREFOX}`,
    TYPES.join("\n"),
    "file:///usr/share/doc/libffi8/html/Primitive-Types.html",
  ),
  shot(12.4, "gnome-terminal-server", "sam@box: ~/engram", "$ npm test\n214 passed, 0 failed in 3.1s"),
  shot(18.4, "gnome-terminal-server", "sam@box: ~/engram", "$ npm test\n214 passed, 0 failed in 3.1s\n$ git push\nTo origin main pushed"),
];

function memories(where = "1"): MemoryRow[] {
  return db.prepare(`SELECT * FROM memories WHERE status = 'active' AND ${where} ORDER BY occurred_at, id`).all() as MemoryRow[];
}
const screen = (kind: string) => memories(`json_extract(details, '$.screen') = '${kind}'`);
const sourcesOf = (id: number) =>
  (db.prepare("SELECT source_id FROM memory_sources WHERE memory_id = ? ORDER BY source_id").all(id) as Array<{ source_id: number }>).map((r) => r.source_id);

async function capture(frames: ReturnType<typeof shot>[]) {
  const stored = await storeSources(db, embedder, frames);
  return { ids: stored.sourceIds, report: await createMemoryEngine(db, embedder).process() };
}

describe("screen memories", () => {
  it("makes one episodic memory per activity of a minute or more, titled in words, with provenance to every frame", async () => {
    const { ids } = await capture(morning);
    const acts = screen("activity");
    expect(acts.map((m) => m.title)).toEqual([
      'Reading "The Closure API" (libffi) in Firefox, 10:00–10:12',
      "Working in the terminal (~/engram) in Terminal, 10:12–10:18",
    ]);
    // "Primitive Types" was on screen for 24 s: a brief moment of the day, not an activity; nor is the glance at Slack
    const [closure, terminal] = acts;
    expect(sourcesOf(closure!.id)).toEqual([ids[0], ids[1], ids[3], ids[4]]);
    expect(sourcesOf(terminal!.id)).toEqual(ids.slice(6, 8));
    expect(closure!.content).toContain("Tuesday 1 December 2026, 10:00–10:12 (12 min).");
    expect(closure!.content).toContain("Sections: Allocating closures; Preparing closures.");
    expect(closure!.content).toMatch(/Read: libffi also provides a way .* \/ ffi_closure_alloc allocates .* \/ ffi_prep_closure_loc prepares/);
    expect(closure!.content).not.toContain("Next: Closure Example"); // navigation shared with the other libffi page
    expect(terminal!.content).toContain("Commands: npm test; git push");
    expect(JSON.parse(closure!.details)).toMatchObject({
      app: "Firefox",
      document: "The Closure API",
      site: "libffi",
      span: { start: T0, end: T0 + 12 * MIN },
      frames: 4,
    });
  });

  it("keeps each document read as ONE resource memory, its scrolled text merged without repeated lines", async () => {
    await capture(morning);
    const docs = screen("document");
    expect(docs.map((m) => m.title)).toEqual(["Firefox — The Closure API (libffi)", "Firefox — Primitive Types (libffi)"]);
    const page = docs[0]!.content.split("\n").slice(1);
    expect(page).toEqual([CLOSURE[0]![0], CLOSURE[0]![2], CLOSURE[1]![0], CLOSURE[1]![1], CLOSURE[2]![0], CLOSURE[2]![1]]);
    expect(memories("type = 'resource'")).toHaveLength(2);
  });

  it("links activities to their app, site and document entities", async () => {
    await capture(morning);
    const [closure] = screen("activity");
    const names = db
      .prepare("SELECT e.name, e.kind FROM edges g JOIN entities e ON e.id = g.dst_id WHERE g.src_id = ? AND g.relation = 'mentions' ORDER BY e.name")
      .all(closure!.id);
    expect(names).toEqual([
      { name: "Firefox", kind: "app" },
      { name: "The Closure API", kind: "thing" },
      { name: "libffi", kind: "thing" },
    ]);
  });

  it("UPDATEs an activity that goes on in a later batch instead of adding another, and extends the one before", async () => {
    await capture(morning.slice(0, 2)); // 10:00 and 10:04
    const [first] = screen("activity");
    expect(first!.title).toBe('Reading "The Closure API" (libffi) in Firefox, 10:00–10:04');
    const { report } = await capture(morning.slice(2)); // 10:09 onwards, a later batch
    const acts = screen("activity");
    expect(acts[0]!.id).toBe(first!.id);
    expect(acts[0]!.title).toBe('Reading "The Closure API" (libffi) in Firefox, 10:00–10:12');
    expect(sourcesOf(first!.id)).toHaveLength(4);
    expect(acts).toHaveLength(2);
    expect(report.operations.UPDATE).toBeGreaterThanOrEqual(2); // the activity and the day
    const ops = db.prepare("SELECT op FROM memory_versions WHERE memory_id = ? ORDER BY id").all(first!.id);
    expect(ops).toEqual([{ op: "ADD" }, { op: "UPDATE" }]);
    // one frame at a time gives the same memories as one batch
    const oneBatch = await (async () => {
      db.close();
      db = freshDb();
      await capture(morning);
      return screen("activity").map((m) => [m.title, m.content]);
    })();
    db.close();
    db = freshDb();
    for (const f of morning) await capture([f]);
    expect(screen("activity").map((m) => [m.title, m.content])).toEqual(oneBatch);
    expect(screen("document")).toHaveLength(2);
  });

  it("writes one day memory that adds up time per app and site, updated as the day goes on", async () => {
    await capture(morning);
    const [day] = screen("day");
    expect(day!.title).toBe("Tuesday 1 December 2026: 12 min reading libffi in Firefox, 6 min in the terminal (Terminal)");
    expect(day!.content.split("\n")).toEqual([
      "Tuesday 1 December 2026, on screen 10:00–10:18 (18 min in activities): 12 min reading libffi in Firefox, 6 min in the terminal (Terminal).",
      "Time per app: Firefox 12 min, Terminal 6 min.",
      '10:00–10:12 Reading "The Closure API" (libffi) in Firefox (12 min)',
      "10:12–10:18 Working in the terminal (~/engram) in Terminal (6 min)",
      "And 2 brief moments (under 1 min) in Slack, Firefox.",
    ]);
    await capture([
      shot(25, "code", "● engine.ts — engram — Visual Studio Code", "export function engineWith(db, embedder, extractor) {"),
      shot(
        30,
        "code",
        "engine.ts — engram — Visual Studio Code",
        "export function engineWith(db, embedder, extractor) {\n  const report = emptyReport(extractor.name);",
      ),
      shot(
        36,
        "code",
        "engine.ts — engram — Visual Studio Code",
        "export function engineWith(db, embedder, extractor) {\n  const report = emptyReport(extractor.name);\n  return report;",
      ),
      shot(
        42,
        "Firefox",
        `Primitive Types (libffi: the portable foreign function interface library) ${FIREFOX}`,
        TYPES.join("\n"),
        "file:///usr/share/doc/libffi8/html/Primitive-Types.html",
      ),
    ]);
    const days = screen("day");
    expect(days).toHaveLength(1);
    expect(days[0]!.id).toBe(day!.id);
    expect(days[0]!.title).toBe("Tuesday 1 December 2026: 17 min in VS Code on engram, 12 min reading libffi in Firefox, 6 min in the terminal (Terminal)");
    // the day links to its activities
    const parts = db.prepare("SELECT COUNT(*) AS n FROM edges WHERE src_id = ? AND relation = 'derived_from'").get(day!.id) as { n: number };
    expect(parts.n).toBe(3);
    // a frame on the next day makes that day's own memory
    await capture([shot(24 * 60, "code", "engine.ts — engram — Visual Studio Code", "export function engineWith(db, embedder, extractor) {")]);
    expect(screen("day").map((d) => JSON.parse(d.details).date)).toEqual(["2026-12-01", "2026-12-02"]);
  });

  it("leaves no cached embedding of a day memory the user forgets, nor of its earlier versions", async () => {
    await capture(morning);
    await capture([shot(25, "code", "engine.ts — engram — Visual Studio Code", "export function engineWith(db, embedder, extractor) {")]);
    const [day] = screen("day");
    // a day is embedded from its title and its text (its sums are in both), once per version
    const versions = (db.prepare("SELECT after FROM memory_versions WHERE memory_id = ? AND after IS NOT NULL").all(day!.id) as Array<{ after: string }>).map(
      (v) => JSON.parse(v.after) as MemoryRow,
    );
    const texts = [...new Set([day!, ...versions].map((m) => `${m.title}\n${m.content}`))];
    const cached = () =>
      (
        db
          .prepare(`SELECT COUNT(*) AS n FROM embedding_cache WHERE content_hash IN (${texts.map(() => "?").join(", ")})`)
          .get(...texts.map((t) => sha256(t))) as { n: number }
      ).n;
    expect(texts.length).toBeGreaterThan(1);
    expect(cached()).toBe(texts.length);
    forgetMemories(db, join(root, `db${n}.db`), [day!.id]);
    expect(cached()).toBe(0);
  });

  it("keeps activities and days out of the monthly digests of old chat episodes (the day is their digest)", async () => {
    await capture(morning);
    const before = screen("activity").length + screen("day").length;
    const r = await createMemoryEngine(db, embedder).consolidate({ now: T0 + 200 * 86_400_000 });
    expect(r.summarised).toBe(0);
    expect(screen("activity").length + screen("day").length).toBe(before);
  });

  it("never changes a screen memory the user edited: the activity goes on in a new one", async () => {
    await capture(morning.slice(0, 2));
    const [first] = screen("activity");
    db.prepare("UPDATE memories SET user_edited = 1, content = 'my own words' WHERE id = ?").run(first!.id);
    await capture(morning.slice(2, 3));
    const acts = screen("activity");
    expect(acts.find((m) => m.id === first!.id)!.content).toBe("my own words");
    expect(acts).toHaveLength(2);
  });
});
