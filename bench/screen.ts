/**
 * Screen memory benchmark: `npm run bench:screen -- [--tick SECONDS] [--out FILE] [--keep DIR]`.
 *
 * A scripted working morning of real pages: the HTML documentation under /usr/share/doc (libffi,
 * base-passwd, zlib, Python policy) and pages written here (a terminal, an editor being typed
 * into, a chat channel and a 20-second glance at another, a shop's checkout showing a card number,
 * a password manager), rendered by
 * headless Chromium at 1920×1080, scrolled and switched between on a known schedule, with the app
 * names and window titles a capture reports ("— Mozilla Firefox", unread counts, "●" unsaved
 * markers). Every `--tick` seconds (default 20) of the schedule the screen is fed through the real
 * capture pipeline (exclusions, dedup, OCR, redaction, storage, screen memories) with the
 * schedule's time. The script knows the truth and scores:
 * - segmentation: activity memories against the schedule's activities, boundary F1 (a start within
 *   one tick of a true start counts, one to one) and activities found / real;
 * - questions about the morning with known answers: the right activity in the top 3 of search and
 *   of ask's citations (strict: the activity's own memory; lenient: or its document's resource),
 *   answer recall (bench:locomo's answer_recall) of the top 3 search hits' text at 200 words;
 * - storage per hour of schedule (database with versions, images) and CPU per frame;
 * - privacy: no excluded or redacted text in any memory, version, source, entity.
 * Prints tables, writes JSON (default bench/results/screen.json). `--keep DIR` keeps the database
 * (DIR/engram.db) to look at with `engram search/ask --db DIR/engram.db`.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { createOcrPool } from "../core/capture/ocr.js";
import { createCapturePipeline, type FrameVerdict } from "../core/capture/pipeline.js";
import { openDatabase } from "../core/db/connection.js";
import type { MemoryRow } from "../core/db/types.js";
import { ask } from "../core/assistant/ask.js";
import { spoken } from "../core/memory/screen/describe.js";
import { describeScreen } from "../core/memory/screen/titles.js";
import { searchMemories } from "../core/retrieval/search.js";
import { createEmbedder } from "../models/embedders.js";
import { openScreenshotter, textPage } from "../test/fixtures/screenshots.js";
import { answerRecall } from "./lib/answer-recall.js";
import { parseFlags, printTable, writeJson } from "./lib/table.js";

const flags = parseFlags(process.argv.slice(2));
const out = flags.out ?? "bench/results/screen.json";
const TICK_MS = Number(flags.tick ?? 20) * 1000;
const MIN = 60_000;
const DOC = "/usr/share/doc";
const SIZE = { width: 1920, height: 1080 };

/** What is on screen from `at` (minutes after the start) until the next state. */
interface State {
  at: number;
  file?: string;
  html?: string;
  scrollY?: number;
  /** window title from here on (default: the activity's) */
  title?: string;
}
/** One activity of the schedule: what a capture reports and what the screen shows. */
interface Planned {
  name: string;
  app: string;
  title: string;
  url?: string;
  /** excluded by the capture's default exclusions: not an activity anyone should find */
  excluded?: boolean;
  /** a glance (under a minute) at another window: not an activity, and the activity before it goes on after it */
  glance?: boolean;
  /** the activity of that name goes on after a glance (same activity, not a new one) */
  resumes?: string;
  states: State[];
}

const FF = " — Mozilla Firefox";
const ffi = (page: string) => `${DOC}/libffi8/html/${page}.html`;
const LIBFFI = "(libffi: the portable foreign function interface library)";
const terminal = (n: number) =>
  textPage(
    "sam@devbox: ~/engram",
    [
      "$ npm run build",
      "compiled 214 files in 9.8s",
      "$ npm test -- test/unit/screen-activities.test.ts",
      "6 passed, 0 failed in 2.4s",
      "$ git status",
      "modified: core/memory/screen/process.ts",
      "$ du -sh ~/.config/engram",
      "412M /home/sam/.config/engram",
      "$ engram capture status",
      "frames: 1204 (12 keyframes, 0 pinned), 49 MB of images",
      "$ git commit -m 'screen memories'",
      "[main 3f2a1c9] screen memories",
    ].slice(0, n),
    { dark: true, fontPx: 18 },
  );
const NOTES = [
  "Release notes draft for the screen memory work",
  "The release moves to the 14th because the timeline needs another review.",
  "Ask Priya about the migration plan for the billing database.",
  "The staging cluster needs two more nodes before the load test.",
  "Remember to renew the TLS certificates on the edge proxies.",
  "Send the summary to the design channel on Friday.",
];
const editor = (n: number) => textPage("notes.md", NOTES.slice(0, n), { fontPx: 18 });
const CHAT = [
  "Priya: the staging deploy of the timeline finished, screenshots look right",
  "Marco: the nightly benchmark shows OCR at 0.9 s per frame on the build box",
  "Priya: let's ship the release candidate on Thursday after the review",
];
const chat = (n: number) => textPage("#release", CHAT.slice(0, n), { fontPx: 18 });
const glanceChat = textPage("#random", ["Marco: lunch at the harbour café at one?"], { fontPx: 18 });
const CARD = "4111 1111 1111 1111";
const checkout = textPage(
  "Checkout",
  [
    "Order summary: 2 x Field notebook (dotted, A5), 24.00 EUR",
    `Card number ${CARD} expires 12/29`,
    "Deliver to: 12 Harbour Road, Portsmouth",
    "Place your order",
  ],
  { fontPx: 18 },
);
const PASSWORD = "Tr0ub4dor-horse-staple-99";
const vault = textPage("Passwords.kdbx", ["Bank of Example online banking", "User name: sam.example", `Password: ${PASSWORD}`], { fontPx: 18 });

/** The morning, minute by minute. */
const PLAN: Planned[] = [
  {
    name: "closure-api",
    app: "Firefox",
    title: `The Closure API ${LIBFFI}${FF}`,
    url: `file://${ffi("The-Closure-API")}`,
    states: [
      { at: 0, file: ffi("The-Closure-API") },
      { at: 3, scrollY: 600 },
      { at: 7, scrollY: 1200 },
      { at: 11, scrollY: 1800 },
    ],
  },
  {
    name: "closure-example",
    app: "Firefox",
    title: `Closure Example ${LIBFFI}${FF}`,
    url: `file://${ffi("Closure-Example")}`,
    states: [
      { at: 14, file: ffi("Closure-Example") },
      { at: 17, scrollY: 700 },
    ],
  },
  { name: "password-manager", app: "KeePassXC", title: "Passwords.kdbx - KeePassXC", excluded: true, states: [{ at: 20, html: vault }] },
  {
    name: "terminal",
    app: "gnome-terminal-server",
    title: "sam@devbox: ~/engram",
    states: [
      { at: 21.5, html: terminal(4) },
      { at: 25, html: terminal(6) },
      { at: 29, html: terminal(9) },
      { at: 32, html: terminal(12) },
    ],
  },
  {
    name: "users-and-groups",
    app: "Firefox",
    title: `Users and Groups in the Debian System${FF}`,
    url: `file://${DOC}/base-passwd/users-and-groups.html`,
    states: [
      { at: 34, file: `${DOC}/base-passwd/users-and-groups.html` },
      { at: 38, scrollY: 900 },
    ],
  },
  { name: "glance-at-chat", app: "Slack", title: "(1) #random - Acme - Slack", glance: true, states: [{ at: 40, html: glanceChat }] },
  {
    name: "users-and-groups-again",
    resumes: "users-and-groups",
    app: "Firefox",
    title: `Users and Groups in the Debian System${FF}`,
    url: `file://${DOC}/base-passwd/users-and-groups.html`,
    states: [
      { at: 40.3, file: `${DOC}/base-passwd/users-and-groups.html`, scrollY: 900 },
      { at: 43, scrollY: 1800 },
      { at: 46, scrollY: 2700 },
    ],
  },
  {
    name: "checkout",
    app: "Firefox",
    title: `Checkout — Example Shop${FF}`,
    url: "https://shop.example/checkout?step=pay",
    states: [{ at: 49, html: checkout }],
  },
  {
    name: "notes",
    app: "code",
    title: "● notes.md — engram — Visual Studio Code",
    states: [
      { at: 52, html: editor(2) },
      { at: 55, html: editor(3) },
      { at: 59, html: editor(5) },
      { at: 64, html: editor(6), title: "notes.md — engram — Visual Studio Code" },
    ],
  },
  {
    name: "release-chat",
    app: "Slack",
    title: "(2) #release - Acme - Slack",
    states: [
      { at: 68, html: chat(2) },
      { at: 69, html: chat(3), title: "#release - Acme - Slack" },
    ],
  },
  {
    name: "zlib",
    app: "Firefox",
    title: `zlib Usage Example${FF}`,
    url: `file://${DOC}/zlib1g-dev/examples/zlib_how.html`,
    states: [
      { at: 70.5, file: `${DOC}/zlib1g-dev/examples/zlib_how.html` },
      { at: 74, scrollY: 800 },
      { at: 79, scrollY: 1600 },
    ],
  },
  {
    name: "python-policy",
    app: "Firefox",
    title: `Debian Python Policy 0.12.0.0 documentation${FF}`,
    url: `file://${DOC}/python3/python-policy.html`,
    states: [
      { at: 84, file: `${DOC}/python3/python-policy.html` },
      { at: 88, scrollY: 1000 },
      { at: 92, scrollY: 2000 },
    ],
  },
  {
    name: "closure-api-again",
    app: "Firefox",
    title: `The Closure API ${LIBFFI}${FF}`,
    url: `file://${ffi("The-Closure-API")}`,
    states: [
      { at: 96, file: ffi("The-Closure-API"), scrollY: 1800 },
      { at: 99, scrollY: 600 },
    ],
  },
];
const END_MIN = 102;

/** Questions with known answers; `want` names the activities that answer them. */
const QUESTIONS: Array<{ q: string; want: string[]; answer: string }> = [
  { q: "What was I reading about closures?", want: ["closure-api", "closure-api-again", "closure-example"], answer: "The Closure API libffi" },
  { q: "When did I look at users and groups?", want: ["users-and-groups"], answer: "" /* filled in: the true start time */ },
  { q: "How long was I in the terminal?", want: ["terminal"], answer: "" /* filled in: the true duration */ },
  { q: "What did I write in notes.md about the release?", want: ["notes"], answer: "The release moves to the 14th because the timeline needs another review" },
  { q: "Which zlib example did I read?", want: ["zlib"], answer: "zlib Usage Example deflate inflate" },
  { q: "What was said in the release channel on Slack?", want: ["release-chat"], answer: "ship the release candidate on Thursday after the review" },
  { q: "When did I read the libffi closure example?", want: ["closure-example"], answer: "" /* filled in */ },
  { q: "What did I order from the shop?", want: ["checkout"], answer: "Field notebook" },
  { q: "What does the Debian Python policy document describe?", want: ["python-policy"], answer: "packaging of Python within the Debian distribution" },
  { q: "What was I doing in VS Code?", want: ["notes"], answer: "notes.md engram" },
  // questions about the whole morning: the day's memory answers them ("day")
  { q: "What did I do on the computer on WEEKDAY morning?", want: ["day"], answer: "libffi VS Code terminal zlib Python policy" },
  { q: "How much time did I spend in Firefox?", want: ["day"], answer: "" /* filled in: the true time in Firefox */ },
];

// the morning is yesterday's, in local time (capture refuses frames older than its retention period)
const today = new Date();
const START = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1, 9, 0).getTime();
const at = (minutes: number) => START + Math.round(minutes * MIN);
const clock = (ms: number) => new Date(ms).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
// an activity ends where the next one starts that is neither a glance nor its own continuation
const spans = PLAN.map((p, i) => {
  const next = PLAN.slice(i + 1).find((q) => !q.glance && q.resumes !== p.name);
  return { name: p.name, start: at(p.states[0]!.at), end: at(next ? next.states[0]!.at : END_MIN) };
});
const spanOf = (name: string) => spans.find((s) => s.name === name)!;
QUESTIONS[1]!.answer = clock(spanOf("users-and-groups").start);
QUESTIONS[2]!.answer = spoken(spanOf("terminal").end - spanOf("terminal").start);
QUESTIONS[6]!.answer = clock(spanOf("closure-example").start);
// the morning's own weekday: a fixed "Monday" named another day whenever the bench ran on another day than a Tuesday
QUESTIONS[10]!.q = QUESTIONS[10]!.q.replace("WEEKDAY", new Date(START).toLocaleDateString("en-GB", { weekday: "long" }));
QUESTIONS[11]!.answer = spoken(PLAN.filter((p) => p.app === "Firefox" && !p.resumes).reduce((n, p) => n + spanOf(p.name).end - spanOf(p.name).start, 0));

// render every distinct screen once
process.stderr.write("bench:screen: rendering the morning's screens\n");
const shots = await openScreenshotter();
const rendered = new Map<string, Buffer>();
interface Tick {
  at: number;
  plan: Planned;
  title: string;
  key: string;
}
const ticks: Tick[] = [];
try {
  for (let t = 0; t < END_MIN * MIN; t += TICK_MS) {
    const minute = t / MIN;
    const i = PLAN.findLastIndex((p) => p.states[0]!.at <= minute);
    const plan = PLAN[i]!;
    let file: string | undefined,
      html: string | undefined,
      scrollY = 0,
      title = plan.title;
    for (const s of plan.states) {
      if (s.at > minute) break;
      if (s.file) [file, html] = [s.file, undefined];
      if (s.html) [html, file] = [s.html, undefined];
      if (s.scrollY != null) scrollY = s.scrollY;
      else if (s.file || s.html) scrollY = 0;
      if (s.title) title = s.title;
    }
    const key = `${file ?? html}|${scrollY}`;
    if (!rendered.has(key)) rendered.set(key, file ? await shots.file(file, { ...SIZE, scrollY }) : await shots.html(html!, { ...SIZE, scrollY }));
    ticks.push({ at: START + t, plan, title, key });
  }
} finally {
  await shots.close();
}
process.stderr.write(`bench:screen: ${ticks.length} ticks, ${rendered.size} distinct screens\n`);

const dir = flags.keep ?? mkdtempSync(join(tmpdir(), "engram-bench-screen-"));
mkdirSync(dir, { recursive: true });
const db = openDatabase(join(dir, "engram.db"));
const embedder = await createEmbedder();
const ocr = createOcrPool({ workers: 1 });
const pipeline = await createCapturePipeline({ db, embedder, framesDir: join(dir, "frames"), ocr });
const verdicts: Array<{ status: FrameVerdict["status"]; cpuMs: number; memoryMs: number; revisit: boolean }> = [];
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (const [i, t] of ticks.entries()) {
  const c0 = process.cpuUsage();
  const v = await pipeline.ingestFrame({
    png: rendered.get(t.key)!,
    capturedAt: t.at,
    app: t.plan.app,
    windowTitle: t.title,
    url: t.plan.url ?? null,
    name: `${t.plan.name}@${clock(t.at)}`,
  });
  const c = process.cpuUsage(c0);
  verdicts.push({ status: v.status, cpuMs: (c.user + c.system) / 1000, memoryMs: v.timings.memoryMs ?? 0, revisit: v.sameAs != null });
  if (v.status === "stored")
    process.stderr.write(
      `  ${i + 1}/${ticks.length} ${t.plan.name} ${clock(t.at)} stored${v.sameAs ? ` (same screen as frame ${v.sameAs})` : ""}, ${Math.round((c.user + c.system) / 1000)} ms CPU\n`,
    );
}
const c1 = process.cpuUsage();
await pipeline.close();
const closeCpu = process.cpuUsage(c1);
const totalCpuMs = (process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1000;
const wallS = (performance.now() - t0) / 1000;
await ocr.close();

// --- segmentation
const memories = db.prepare("SELECT * FROM memories WHERE status = 'active' ORDER BY occurred_at, id").all() as MemoryRow[];
const details = (m: MemoryRow) => JSON.parse(m.details) as Record<string, unknown> & { screen?: string; key?: string; span?: { start: number; end: number } };
const activities = memories.filter((m) => details(m).screen === "activity");
const real = PLAN.filter((p) => !p.excluded && !p.glance && !p.resumes).map((p) => ({ ...spanOf(p.name), key: describeScreen(p.app, p.title, p.url).key }));
const used = new Set<number>();
let matched = 0;
let found = 0;
for (const r of real) {
  const hit = activities.find((m) => !used.has(m.id) && Math.abs(details(m).span!.start - r.start) <= TICK_MS);
  if (!hit) continue;
  used.add(hit.id);
  matched++;
  if (details(hit).key === r.key) found++;
}
const precision = activities.length ? matched / activities.length : 0;
const recall = matched / real.length;
const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
/** The activity memory of a schedule entry: same document, overlapping its span ("day": the day's memory). */
const memoryOf = (name: string) => {
  if (name === "day") return memories.filter((m) => details(m).screen === "day").map((m) => m.id);
  const s = spanOf(name);
  const p = PLAN.find((x) => x.name === name)!;
  const key = describeScreen(p.app, p.title, p.url).key;
  return activities.filter((m) => details(m).key === key && details(m).span!.start < s.end && details(m).span!.end > s.start).map((m) => m.id);
};
const documentOf = (name: string) => {
  const p = PLAN.find((x) => x.name === name);
  if (!p) return [];
  const key = describeScreen(p.app, p.title, p.url).key;
  return memories.filter((m) => details(m).screen === "document" && details(m).key === key).map((m) => m.id);
};

// --- questions
const questionRows: Array<Record<string, string | number>> = [];
for (const q of QUESTIONS) {
  const strict = new Set(q.want.flatMap(memoryOf));
  const lenient = new Set([...strict, ...q.want.flatMap(documentOf)]);
  const hits = await searchMemories(db, embedder, q.q, { k: 3 });
  const answered = await ask(db, embedder, q.q, { now: at(END_MIN + 30) });
  const cited = answered.citations.slice(0, 3).map((c) => c.memory_id);
  questionRows.push({
    question: q.q,
    answer: q.answer,
    search_top3: hits.some((h) => strict.has(h.id)) ? 1 : 0,
    search_top3_lenient: hits.some((h) => lenient.has(h.id)) ? 1 : 0,
    ask_top3: cited.some((id) => strict.has(id)) ? 1 : 0,
    ask_top3_lenient: cited.some((id) => lenient.has(id)) ? 1 : 0,
    answer_recall:
      answerRecall(
        hits.map((h) => `${h.title}\n${h.content}`),
        q.answer,
        200,
      ) ?? 0,
    top1: hits[0]?.title.slice(0, 70) ?? "",
  });
}
/** Mean of a column over the questions about activities (or, `day`, about the whole morning). */
const mean = (k: string, day = false) => {
  const rows = questionRows.filter((_, i) => QUESTIONS[i]!.want.includes("day") === day);
  return rows.reduce((n, r) => n + Number(r[k]), 0) / rows.length;
};

// --- privacy: nothing excluded or redacted anywhere text is kept
const SECRETS = [CARD, CARD.replace(/ /g, ""), PASSWORD, "sam.example", "Passwords.kdbx", "KeePassXC", "Bank of Example"];
const haystacks = [
  ...(db.prepare("SELECT title || ' ' || content || ' ' || details AS t FROM memories").all() as Array<{ t: string }>).map((r) => r.t),
  ...(db.prepare("SELECT COALESCE(before, '') || ' ' || COALESCE(after, '') AS t FROM memory_versions").all() as Array<{ t: string }>).map((r) => r.t),
  ...(db.prepare("SELECT text || ' ' || COALESCE(window_title, '') || ' ' || COALESCE(app, '') AS t FROM sources").all() as Array<{ t: string }>).map(
    (r) => r.t,
  ),
  ...(db.prepare("SELECT name || ' ' || aliases AS t FROM entities").all() as Array<{ t: string }>).map((r) => r.t),
];
const leaks = SECRETS.filter((s) => haystacks.some((h) => h.includes(s)));
const redactedShown = memories.some((m) => m.content.includes("[REDACTED:card]"));

// --- storage and CPU
db.pragma("wal_checkpoint(TRUNCATE)");
const dbBytes = readdirSync(dir)
  .filter((f) => f.startsWith("engram.db"))
  .reduce((n, f) => n + statSync(join(dir, f)).size, 0);
const imageBytes = (db.prepare("SELECT COALESCE(SUM(bytes), 0) AS b FROM frames").get() as { b: number }).b;
const versionBytes = (db.prepare("SELECT COALESCE(SUM(length(before) + length(after)), 0) AS b FROM memory_versions").get() as { b: number }).b;
const hours = END_MIN / 60;
const stored = verdicts.filter((v) => v.status === "stored");
const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const byType = Object.fromEntries(
  (db.prepare("SELECT type, COUNT(*) AS n FROM memories WHERE status = 'active' GROUP BY type").all() as Array<{ type: string; n: number }>).map((r) => [
    r.type,
    r.n,
  ]),
);
const summary = {
  ticks: ticks.length,
  tick_s: TICK_MS / 1000,
  schedule_minutes: END_MIN,
  distinct_screens: rendered.size,
  stored: stored.length,
  /** stored frames that repeated a recent screen's text and image (revisits and keyframes; core/capture/revisits.ts) */
  revisits: stored.filter((v) => v.revisit).length,
  duplicates: verdicts.filter((v) => v.status === "duplicate").length,
  excluded: verdicts.filter((v) => v.status === "excluded").length,
  activities_real: real.length,
  activity_memories: activities.length,
  activities_found: found,
  boundary: { precision, recall, f1 },
  questions: {
    search_top3: mean("search_top3"),
    search_top3_lenient: mean("search_top3_lenient"),
    ask_top3: mean("ask_top3"),
    ask_top3_lenient: mean("ask_top3_lenient"),
    answer_recall_200w: mean("answer_recall"),
  },
  day_questions: { search_top3: mean("search_top3", true), ask_top3: mean("ask_top3", true), answer_recall_200w: mean("answer_recall", true) },
  memories: byType,
  storage_per_hour: {
    database_bytes: Math.round(dbBytes / hours),
    versions_bytes: Math.round(versionBytes / hours),
    image_bytes: Math.round(imageBytes / hours),
  },
  cpu_ms: {
    per_frame: Math.round(totalCpuMs / ticks.length),
    per_stored_frame: Math.round(avg(stored.map((v) => v.cpuMs))),
    per_duplicate_frame: Math.round(avg(verdicts.filter((v) => v.status === "duplicate").map((v) => v.cpuMs))),
    memory_wall_ms_per_stored_frame: Math.round(avg(stored.map((v) => v.memoryMs))),
    memory_wall_ms_total: Math.round(verdicts.reduce((n, v) => n + v.memoryMs, 0)),
    at_close: Math.round((closeCpu.user + closeCpu.system) / 1000),
  },
  wall_s: Math.round(wallS),
  privacy: { leaks, redacted_marker_in_memories: redactedShown },
  cores: availableParallelism(),
};

const screenMemories = memories
  .filter((m) => details(m).screen)
  .map((m) => ({ id: m.id, type: m.type, screen: details(m).screen!, title: m.title, content: m.content.slice(0, 1200) }));
printTable(
  screenMemories.filter((m) => m.screen !== "document").map((m) => ({ id: m.id, kind: m.screen, title: m.title })),
  0,
);
process.stdout.write("\n");
printTable(
  questionRows.map(({ answer: _a, ...r }) => r),
  2,
);
process.stdout.write("\n");
printTable(
  [
    {
      metric: "ticks (stored, of them revisits / duplicate / excluded)",
      value: `${summary.ticks} (${summary.stored}, ${summary.revisits} / ${summary.duplicates} / ${summary.excluded}), one per ${summary.tick_s} s`,
    },
    { metric: "activities: real / memories / found (right document)", value: `${real.length} / ${activities.length} / ${found}` },
    { metric: "boundary precision / recall / F1 (within one tick)", value: `${precision.toFixed(2)} / ${recall.toFixed(2)} / ${f1.toFixed(2)}` },
    {
      metric: "activity questions: right activity in top 3, search / ask (strict)",
      value: `${summary.questions.search_top3.toFixed(2)} / ${summary.questions.ask_top3.toFixed(2)}`,
    },
    {
      metric: "… or its document: search / ask (lenient)",
      value: `${summary.questions.search_top3_lenient.toFixed(2)} / ${summary.questions.ask_top3_lenient.toFixed(2)}`,
    },
    { metric: "answer recall, top 3 search hits @200w", value: summary.questions.answer_recall_200w.toFixed(2) },
    {
      metric: "questions about the morning: day memory in top 3 of search / ask; answer recall",
      value: `${summary.day_questions.search_top3.toFixed(2)} / ${summary.day_questions.ask_top3.toFixed(2)}; ${summary.day_questions.answer_recall_200w.toFixed(2)}`,
    },
    { metric: "memories by type", value: JSON.stringify(byType) },
    { metric: "database bytes per hour (versions of it)", value: `${summary.storage_per_hour.database_bytes} (${summary.storage_per_hour.versions_bytes})` },
    { metric: "image bytes per hour", value: String(summary.storage_per_hour.image_bytes) },
    {
      metric: "CPU ms per frame: all / stored / duplicate",
      value: `${summary.cpu_ms.per_frame} / ${summary.cpu_ms.per_stored_frame} / ${summary.cpu_ms.per_duplicate_frame}`,
    },
    {
      metric: "memory engine wall ms per stored frame (total)",
      value: `${summary.cpu_ms.memory_wall_ms_per_stored_frame} (${summary.cpu_ms.memory_wall_ms_total})`,
    },
    { metric: "excluded or redacted text found in storage", value: leaks.length ? leaks.join(", ") : "none" },
  ],
  2,
);
writeJson(out, {
  summary,
  schedule: spans.map((s) => ({ ...s, start: new Date(s.start).toISOString(), end: new Date(s.end).toISOString() })),
  questions: questionRows,
  memories: screenMemories,
});
process.stderr.write(`bench:screen: wrote ${out}${flags.keep ? `; database kept in ${dir}/engram.db` : ""}\n`);
db.close();
if (!flags.keep) rmSync(dir, { recursive: true, force: true });
