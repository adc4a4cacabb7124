import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { upsertConversation } from "../../core/db/repos/conversations.js";
import { insertMemory } from "../../core/db/repos/memories.js";
import { insertSource } from "../../core/db/repos/sources.js";
import { testApi, type TestApi } from "../helpers/api.js";

const DAY = 86_400_000;
const T0 = Date.UTC(2023, 4, 8, 12, 0); // 8 May 2023, 12:00 UTC

let t: TestApi;
let now = T0 + 30 * DAY;

/** A conversation of 9 turns (one per hour on 8 May) with one stand-in memory per turn, plus entities and links. */
function seed() {
  const conv = upsertConversation(t.db, {
    format: "locomo",
    externalId: "conv-1",
    title: "Caroline and Mel",
    participants: ["Caroline", "Mel"],
    startedAt: T0,
  });
  const sources: number[] = [];
  const memories: number[] = [];
  for (let i = 0; i < 9; i++) {
    const speaker = i % 2 ? "Mel" : "Caroline";
    const s = insertSource(t.db, {
      kind: "chat_turn",
      externalId: `D1:${i + 1}`,
      conversationId: conv,
      seq: i,
      speaker,
      role: "user",
      occurredAt: T0 + i * 3_600_000,
      text: `turn ${i} about ${i === 4 ? "the pottery class" : "the weather"}`,
      contentHash: `h${i}`,
      trust: "imported",
    })!;
    sources.push(s);
    memories.push(
      insertMemory(
        t.db,
        { type: "episodic", title: `${speaker} turn ${i}`, content: `turn ${i}`, occurredAt: T0 + i * 3_600_000, engine: "import" },
        { actor: "import", sourceIds: [s] },
      ),
    );
  }
  const fact = insertMemory(
    t.db,
    {
      type: "semantic",
      title: "Caroline does pottery",
      content: "Caroline signed up for a pottery class",
      occurredAt: T0 + 4 * 3_600_000,
      importance: 0.9,
      engine: "heuristic",
    },
    { actor: "heuristic", sourceIds: [sources[4]!] },
  );
  const e = Number(t.db.prepare("INSERT INTO entities(name, kind, norm, created_at) VALUES ('Caroline', 'person', 'caroline', 0)").run().lastInsertRowid);
  t.db.prepare("INSERT INTO edges(src_kind, src_id, dst_kind, dst_id, relation, created_at) VALUES ('memory', ?, 'entity', ?, 'mentions', 0)").run(fact, e);
  t.db
    .prepare("INSERT INTO edges(src_kind, src_id, dst_kind, dst_id, relation, created_at) VALUES ('memory', ?, 'memory', ?, 'derived_from', 0)")
    .run(fact, memories[4]);
  return { conv, sources, memories, fact, entity: e };
}

beforeEach(() => {
  now = T0 + 30 * DAY;
  t = testApi({ now: () => now });
});
afterEach(() => t.close());

describe("memory browser", () => {
  it("lists memories by type, newest first, in keyset pages with a total", async () => {
    seed();
    const first = await t.api.listMemories({ types: ["episodic"], limit: 4 });
    expect(first.total).toBe(9);
    expect(first.items.map((m) => m.title)).toEqual(["Caroline turn 8", "Mel turn 7", "Caroline turn 6", "Mel turn 5"]);
    const second = await t.api.listMemories({ types: ["episodic"], limit: 4, cursor: first.nextCursor! });
    const third = await t.api.listMemories({ types: ["episodic"], limit: 4, cursor: second.nextCursor! });
    expect([...first.items, ...second.items, ...third.items].map((m) => m.title.split(" ").pop())).toEqual(["8", "7", "6", "5", "4", "3", "2", "1", "0"]);
    expect(third.nextCursor).toBeNull();
    await expect(t.api.listMemories({ cursor: "garbage" })).rejects.toMatchObject({ code: "bad_request", field: "cursor" });
  });

  it("says who each listed memory is about or who said it: the assistant whose answer it is, the fact's subject, else its first source's speaker or app", async () => {
    const { sources } = seed();
    const shot = insertSource(t.db, {
      kind: "screenshot",
      app: "Slack",
      occurredAt: T0 + DAY,
      text: "standup at ten",
      contentHash: "shot1",
      trust: "captured",
    })!;
    const made = (title: string, details: Record<string, unknown>, sourceIds: number[]) =>
      insertMemory(
        t.db,
        { type: "semantic", title, content: title, details, occurredAt: T0 + 2 * DAY, engine: "heuristic" },
        { actor: "heuristic", sourceIds },
      );
    // Caroline's turn and Mel's answer are both sources of a fact about Mel
    const aboutMel = made("Mel paints sunsets", { subject: "Mel" }, [sources[0]!, sources[1]!]);
    made("Standup is at ten", {}, [shot]);
    made("Buy oat milk", {}, []);
    // (an assistant's answer is the assistant's, though its first source is the user's question)
    made("Gemini's answer: What plant is this?", { answered_by: "Gemini", subject: "the user" }, [sources[0]!]);
    // (the user no import named is "User", as their chats' episodes and sources name them, not "the user")
    made("The user is allergic to walnuts", { subject: "the user" }, []);
    const page = await t.api.listMemories({ limit: 500 });
    const who = new Map(page.items.map((m) => [m.title, m.who]));
    expect(who.get("Mel paints sunsets")).toBe("Mel");
    expect(who.get("Standup is at ten")).toBe("Slack");
    expect(who.get("Buy oat milk")).toBeNull();
    expect(who.get("Gemini's answer: What plant is this?")).toBe("Gemini");
    expect(who.get("The user is allergic to walnuts")).toBe("User");
    expect(who.get("Caroline does pottery")).toBe("Caroline");
    expect(who.get("Mel turn 7")).toBe("Mel");
    const hit = (await t.api.search({ query: "sunsets", mode: "bm25" })).hits.find((h) => h.memory.id === aboutMel);
    expect(hit?.who).toBe("Mel");
  });

  it("filters the browse list by event time, source kind and app, as search does", async () => {
    seed();
    const shot = insertSource(t.db, {
      kind: "screenshot",
      app: "Slack",
      windowTitle: "general",
      occurredAt: T0 + DAY,
      text: "standup at ten",
      contentHash: "shot1",
      trust: "captured",
    })!;
    insertMemory(
      t.db,
      { type: "episodic", title: "Standup in Slack", content: "standup at ten", occurredAt: T0 + DAY, engine: "heuristic" },
      { actor: "heuristic", sourceIds: [shot] },
    );
    const titles = async (req: Parameters<typeof t.api.listMemories>[0]) => (await t.api.listMemories(req)).items.map((m) => m.title);
    const window = await t.api.listMemories({ types: ["episodic"], from: T0 + 2 * 3_600_000, to: T0 + 4 * 3_600_000 });
    expect(window.items.map((m) => m.title)).toEqual(["Mel turn 3", "Caroline turn 2"]);
    expect(window.total).toBe(2);
    expect(await titles({ sourceKinds: ["screenshot"] })).toEqual(["Standup in Slack"]);
    expect(await titles({ apps: ["slack"] })).toEqual(["Standup in Slack"]);
    expect(await titles({ apps: ["Zoom"] })).toEqual([]);
    expect(await titles({ sourceKinds: ["chat_turn"], from: T0 + 8 * 3_600_000 })).toEqual(["Caroline turn 8"]);
    const paged = await t.api.listMemories({ sourceKinds: ["chat_turn"], types: ["episodic"], limit: 5 });
    const rest = await t.api.listMemories({ sourceKinds: ["chat_turn"], types: ["episodic"], limit: 5, cursor: paged.nextCursor! });
    expect([...paged.items, ...rest.items]).toHaveLength(9);
  });

  it("pages through memories without an event time too (last when newest first, first when oldest first)", async () => {
    seed();
    const timeless = [1, 2, 3].map((i) => insertMemory(t.db, { type: "core", title: `Core ${i}`, content: `core ${i}`, engine: "user" }, { actor: "user" }));
    for (const sort of ["occurred_desc", "occurred_asc"] as const) {
      const seen: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await t.api.listMemories({ sort, limit: 4, ...(cursor ? { cursor } : {}) });
        expect(page.total).toBe(13);
        seen.push(...page.items.map((m) => m.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toHaveLength(13);
      expect(new Set(seen).size).toBe(13);
      if (sort === "occurred_desc") expect(seen.slice(-3)).toEqual([...timeless].reverse());
      else expect(seen.slice(0, 3)).toEqual(timeless);
    }
  });

  it("opens a memory with provenance, history, entities and links", async () => {
    const s = seed();
    const d = await t.api.getMemory({ id: s.fact });
    expect(d.memory).toMatchObject({ id: s.fact, type: "semantic", title: "Caroline does pottery", pinned: false, userEdited: false });
    expect(d.sources).toEqual([
      expect.objectContaining({
        sourceId: s.sources[4],
        kind: "chat_turn",
        externalId: "D1:5",
        conversationId: s.conv,
        conversation: "conv-1",
        speaker: "Caroline",
      }),
    ]);
    expect(d.versions.map((v) => v.op)).toEqual(["ADD"]);
    expect(d.entities).toEqual([{ id: s.entity, name: "Caroline", kind: "person" }]);
    expect(d.related).toEqual([expect.objectContaining({ id: s.memories[4], relation: "derived_from" })]);
  });

  it("records the user's edit in the history and pins", async () => {
    const s = seed();
    const edited = await t.api.updateMemory({ id: s.fact, title: "Caroline took up pottery", importance: 1 });
    expect(edited).toMatchObject({ title: "Caroline took up pottery", userEdited: true, importance: 1 });
    const pinned = await t.api.pinMemory({ id: s.fact, pinned: true });
    expect(pinned.pinned).toBe(true);
    const history = await t.api.memoryHistory({ id: s.fact });
    expect(history.map((v) => [v.op, v.actor])).toEqual([
      ["ADD", "heuristic"],
      ["EDIT", "user"],
      ["PIN", "user"],
    ]);
    expect(history[1]!.before!.title).toBe("Caroline does pottery");
    expect(history[1]!.after!.title).toBe("Caroline took up pottery");
    expect((await t.api.listMemories({ pinnedOnly: true })).items.map((m) => m.id)).toEqual([s.fact]);
  });

  it("deletes for real at once and undo restores the same memory with its history and links", async () => {
    const s = seed();
    await t.api.pinMemory({ id: s.fact, pinned: true });
    const fts = () => t.db.prepare("SELECT rowid FROM memories_fts WHERE memories_fts MATCH 'pottery'").all();
    expect(fts()).toHaveLength(1);
    const del = await t.api.deleteMemory({ id: s.fact });
    expect(del.undoUntil).toBe(now + 10_000);
    expect(t.db.prepare("SELECT COUNT(*) AS n FROM memories WHERE id = ?").get(s.fact)).toEqual({ n: 0 });
    expect(t.db.prepare("SELECT COUNT(*) AS n FROM memory_versions WHERE memory_id = ?").get(s.fact)).toEqual({ n: 0 });
    expect(t.db.prepare("SELECT COUNT(*) AS n FROM edges WHERE src_id = ? AND src_kind = 'memory'").get(s.fact)).toEqual({ n: 0 });
    expect(fts()).toHaveLength(0);
    await expect(t.api.getMemory({ id: s.fact })).rejects.toMatchObject({ code: "not_found" });

    const back = await t.api.undoDelete({ undoToken: del.undoToken });
    expect(back).toMatchObject({ id: s.fact, title: "Caroline does pottery", pinned: true });
    expect(fts()).toHaveLength(1);
    const d = await t.api.getMemory({ id: s.fact });
    expect(d.versions.map((v) => v.op)).toEqual(["ADD", "PIN", "RESTORE"]);
    expect(d.sources.map((x) => x.sourceId)).toEqual([s.sources[4]]);
    expect(d.entities).toHaveLength(1);
    expect(d.related).toHaveLength(1);
    await expect(t.api.undoDelete({ undoToken: del.undoToken })).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses undo after the window", async () => {
    const s = seed();
    const del = await t.api.deleteMemory({ id: s.memories[0]! });
    now += 10_001;
    await expect(t.api.undoDelete({ undoToken: del.undoToken })).rejects.toMatchObject({
      code: "not_found",
      message: expect.stringMatching(/can no longer be undone/),
    });
  });
});

describe("sources, graph and timeline", () => {
  it("opens a chat turn with its neighbouring turns and derived memories", async () => {
    const s = seed();
    const d = await t.api.getSource({ id: s.sources[4]!, context: 2 });
    expect(d.source).toMatchObject({ id: s.sources[4], text: "turn 4 about the pottery class", imageUrl: null });
    expect(d.turns.map((x) => x.seq)).toEqual([2, 3, 4, 5, 6]);
    expect(d.conversation).toMatchObject({ id: s.conv, title: "Caroline and Mel", participants: ["Caroline", "Mel"], turnCount: 9 });
    expect(d.memories.map((m) => m.id).sort()).toEqual([s.memories[4], s.fact].sort());
    expect((await t.api.getSource({ id: s.sources[0]!, context: 2 })).turns.map((x) => x.seq)).toEqual([0, 1, 2]);
    await expect(t.api.getSource({ id: 12345 })).rejects.toMatchObject({ code: "not_found" });
  });

  it("draws memories and entities with their edges, filtered by type and capped", async () => {
    const s = seed();
    const g = await t.api.graph({});
    expect(g.totalNodes).toBe(10);
    expect(g.nodes).toContainEqual(expect.objectContaining({ id: `m${s.fact}`, kind: "memory", group: "semantic", degree: 2 }));
    expect(g.nodes).toContainEqual(expect.objectContaining({ id: `e${s.entity}`, kind: "entity", label: "Caroline", group: "person" }));
    expect(g.edges.map((e) => [e.source, e.target, e.relation]).sort()).toEqual(
      [
        [`m${s.fact}`, `e${s.entity}`, "mentions"],
        [`m${s.fact}`, `m${s.memories[4]}`, "derived_from"],
      ].sort(),
    );
    expect(g.span).toEqual({ from: T0, to: T0 + 8 * 3_600_000 });

    const semantic = await t.api.graph({ types: ["semantic"], includeEntities: false });
    expect(semantic.nodes.map((n) => n.id)).toEqual([`m${s.fact}`]);
    expect(semantic.edges).toEqual([]); // the other end is filtered out

    const p1 = await t.api.graph({ limit: 4, includeEntities: false });
    expect(p1.nodes).toHaveLength(4);
    expect(p1.nodes[0]!.id).toBe(`m${s.fact}`); // most important first
    const all = [...p1.nodes];
    let cursor = p1.nextCursor;
    while (cursor) {
      const p = await t.api.graph({ limit: 4, includeEntities: false, cursor });
      all.push(...p.nodes);
      cursor = p.nextCursor;
    }
    expect(new Set(all.map((n) => n.id)).size).toBe(10);
  });

  it("walks back day by day over non-empty days only, in the user's time zone", async () => {
    seed();
    insertMemory(t.db, { type: "episodic", title: "Earlier", content: "earlier", occurredAt: T0 - 5 * DAY, engine: "user" }, { actor: "user" });
    const r = await t.api.timeline({ days: 1 });
    expect(r.days).toHaveLength(1);
    expect(r.days[0]).toMatchObject({ date: "2023-05-08", start: Date.UTC(2023, 4, 8), counts: { memories: 9, screenshots: 0, chatTurns: 9 } });
    expect(r.days[0]!.episodes.map((e) => e.title)[0]).toBe("Caroline turn 0");
    expect(r.range).toEqual({ first: T0 - 5 * DAY, last: T0 + 8 * 3_600_000 });
    const older = await t.api.timeline({ days: 7, before: r.nextBefore! });
    expect(older.days.map((d) => d.date)).toEqual(["2023-05-03"]);
    expect(older.nextBefore).toBeNull();
    // UTC-10 (offset +600 min): turns from 12:00 to 20:00 UTC are 02:00-10:00 local, still 8 May
    const hawaii = await t.api.timeline({ days: 1, tzOffsetMinutes: 600 });
    expect(hawaii.days[0]).toMatchObject({ date: "2023-05-08", start: Date.UTC(2023, 4, 8, 10) });
    // UTC+14: 12:00 UTC is 02:00 on 9 May
    expect((await t.api.timeline({ days: 1, tzOffsetMinutes: -840 })).days[0]!.date).toBe("2023-05-09");
  });

  it("lists each day's conversations and apps, narrows to a conversation or a person, and gives the activity per day", async () => {
    const s = seed();
    const other = upsertConversation(t.db, { format: "text", externalId: "other", title: "Trip notes", participants: ["Jon"], startedAt: T0 - 5 * DAY });
    const turn = insertSource(t.db, {
      kind: "chat_turn",
      conversationId: other,
      seq: 0,
      speaker: "Jon",
      occurredAt: T0 - 5 * DAY,
      text: "off to Rome",
      contentHash: "rome",
      trust: "imported",
    })!;
    insertMemory(
      t.db,
      { type: "episodic", title: "Jon goes to Rome", content: "off to Rome", occurredAt: T0 - 5 * DAY, engine: "heuristic" },
      { actor: "heuristic", sourceIds: [turn] },
    );
    const shot = insertSource(t.db, { kind: "screenshot", app: "Slack", occurredAt: T0 + 3_600_000, text: "standup", contentHash: "shot", trust: "captured" })!;
    t.db
      .prepare(
        "INSERT INTO frames(captured_at, phash, thumb, width, height, bytes, image_path, source_id, created_at) VALUES (?, 'ab', x'01', 1, 1, 1, NULL, ?, 0)",
      )
      .run(T0 + 3_600_000, shot);

    const all = await t.api.timeline({ days: 7, activity: true });
    expect(all.days.map((d) => d.date)).toEqual(["2023-05-08", "2023-05-03"]);
    expect(all.days[0]!.conversations).toEqual([{ id: s.conv, title: "Caroline and Mel", messages: 9 }]);
    expect(all.days[0]!.apps).toEqual([{ app: "Slack", screenshots: 1 }]);
    expect(all.days[1]!.conversations).toEqual([{ id: other, title: "Trip notes", messages: 1 }]);
    expect(all.activity).toEqual([
      { date: "2023-05-03", start: Date.UTC(2023, 4, 3), memories: 1, captures: 0 },
      { date: "2023-05-08", start: Date.UTC(2023, 4, 8), memories: 10, captures: 1 },
    ]);
    expect((await t.api.timeline({ days: 7 })).activity).toBeUndefined();

    const trip = await t.api.timeline({ days: 7, conversationId: other });
    expect(trip.days.map((d) => [d.date, d.episodes.map((e) => e.title), d.screenshots.length])).toEqual([["2023-05-03", ["Jon goes to Rome"], 0]]);
    const person = await t.api.timeline({ days: 7, entityId: s.entity, types: ["semantic"] });
    expect(person.days.map((d) => [d.date, d.episodes.map((e) => e.title), d.counts.memories])).toEqual([["2023-05-08", ["Caroline does pottery"], 1]]);
  });
});

describe("capture, settings, stats, delete everything", () => {
  it("reports capture as unavailable outside the desktop app, with the reason", async () => {
    const s = await t.api.captureStatus({});
    expect(s).toMatchObject({ state: "unavailable", reason: "not in this test", framesTotal: 0 });
    expect(s.settings.enabled).toBe(false);
    expect(s.settings.allowUnidentified).toBe(false);
  });

  it("pauses and resumes capture in the desktop app and validates settings", async () => {
    t.close();
    t = testApi({ now: () => now, captureAvailable: true });
    expect((await t.api.setCaptureSettings({ enabled: true, intervalMs: 5000, excludedApps: ["1Password"] })).state).toBe("running");
    const paused = await t.api.pauseCapture({ minutes: 15 });
    expect(paused).toMatchObject({ state: "paused", pausedUntil: now + 15 * 60_000 });
    now += 16 * 60_000;
    expect((await t.api.captureStatus({})).state).toBe("running");
    expect((await t.api.pauseCapture({})).pausedUntil).toBeNull();
    expect((await t.api.resumeCapture({})).state).toBe("running");
    expect((await t.api.captureStatus({})).settings).toMatchObject({ enabled: true, intervalMs: 5000, excludedApps: ["1Password"] });
    expect((await t.api.setCaptureSettings({ allowUnidentified: true })).settings.allowUnidentified).toBe(true);
    await expect(t.api.setCaptureSettings({ intervalMs: 10 })).rejects.toMatchObject({
      code: "bad_request",
      message: "setCaptureSettings: intervalMs: capture interval must be at least 1000 ms",
    });
    await expect(t.api.setSettings({ values: { "capture.enabled": false } })).rejects.toMatchObject({ code: "bad_request" });
  });

  it("stores settings and removes a key with null", async () => {
    expect(await t.api.setSettings({ values: { "ui.theme": "dark", "ui.density": 2 } })).toEqual({ "ui.density": 2, "ui.theme": "dark" });
    expect(await t.api.setSettings({ values: { "ui.density": null } })).toEqual({ "ui.theme": "dark" });
    await expect(t.api.setSettings({ values: { embedder: {} } })).rejects.toMatchObject({ code: "bad_request" });
  });

  it("counts what the database holds and deletes everything on exact confirmation", async () => {
    seed();
    expect(await t.api.stats({})).toMatchObject({
      memoriesTotal: 10,
      sources: { chat_turn: 9, screenshot: 0 },
      conversations: 1,
      entities: 1,
      edges: 2,
      unprocessedSources: 9,
    });
    // (a memory a later one replaced is history, not one of the memories the browser lists: it is not counted)
    t.db.prepare("UPDATE memories SET valid_to = ? WHERE id = (SELECT MIN(id) FROM memories)").run(Date.now());
    expect((await t.api.stats({})).memoriesTotal).toBe(9);
    await expect(t.api.deleteEverything({ confirm: "yes" } as never)).rejects.toMatchObject({ code: "bad_request" });
    await t.api.setSettings({ values: { "ui.theme": "dark" } });
    const r = await t.api.deleteEverything({ confirm: "delete everything" });
    expect(r.deleted).toMatchObject({ memories: 10, sources: 9, conversations: 1, entities: 1, edges: 2 });
    expect(await t.api.stats({})).toMatchObject({ memoriesTotal: 0, conversations: 0, entities: 0, edges: 0 });
    expect(t.db.prepare("SELECT COUNT(*) AS n FROM memories_fts WHERE memories_fts MATCH 'pottery'").get()).toEqual({ n: 0 });
    expect(t.db.prepare("SELECT COUNT(*) AS n FROM sources_fts WHERE sources_fts MATCH 'pottery'").get()).toEqual({ n: 0 });
    expect(await t.api.getSettings({})).toEqual({ "ui.theme": "dark" }); // kept unless includeSettings
  });
});
