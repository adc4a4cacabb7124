/**
 * Memory is bounded for any input: a message longer than MAX_MESSAGE_CHARS is refused (naming the
 * file and the message) before anything is stored, and a long message is stored as passages of at
 * most PASSAGE_CHARS, each with its span. The CLI runs measure the real process's peak RSS.
 */
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import { MAX_MESSAGE_CHARS, PASSAGE_CHARS } from "../../core/ingest/kit/passages.js";
import { chatgptConversation, claudeConversation } from "../fixtures/exports.js";
import { ROOT, tempDir } from "../helpers/cli.js";
import { lettersEmbedder } from "../fixtures/letters-embedder.js";

const dir = tempDir("engram-bounds-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder = lettersEmbedder;

/** Prose of about `chars` characters, in paragraphs, with a marker word per sentence. */
function prose(chars: number): string {
  let s = "";
  for (let i = 0; s.length < chars; i++) s += `Sentence ${i} is about the garden in Lisbon and the budget for the trip.${i % 7 === 6 ? "\n\n" : " "}`;
  return s.slice(0, chars);
}

function chatgptWith(text: string) {
  return chatgptConversation(
    "c1",
    "Long paste",
    1_700_000_000,
    [
      { id: "r", parent: null },
      { id: "u1", parent: "r", message: { role: "user", parts: ["Please keep this."], time: 1_700_000_001 } },
      { id: "a1", parent: "u1", message: { role: "assistant", parts: [text], time: 1_700_000_002 } },
    ],
    "a1",
  );
}

function locomoWith(text: string) {
  return {
    sample_id: "conv-x",
    qa: [],
    conversation: {
      speaker_a: "Ann",
      speaker_b: "Ben",
      session_1_date_time: "1:56 pm on 8 May, 2023",
      session_1: [
        { speaker: "Ann", dia_id: "D1:1", text: "hi" },
        { speaker: "Ben", dia_id: "D1:2", text },
      ],
    },
  };
}

function claudeWith(text: string) {
  const c = claudeConversation("claude-1", "Long") as { chat_messages: Array<{ uuid: string; text: string; content?: unknown }> };
  c.chat_messages[0]!.text = text;
  delete c.chat_messages[0]!.content;
  return c;
}

function count(dbFile: string, sql: string): number {
  const db = openDatabase(dbFile);
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe("a message over the maximum is refused, naming the file and the message, and nothing changes", () => {
  const over = `${"x ".repeat(MAX_MESSAGE_CHARS / 2)}y`;
  const cases: Array<[string, string, string]> = [
    ["chatgpt.json", JSON.stringify([chatgptWith(over)]), "[0] message msg-a1"],
    ["claude.json", JSON.stringify([claudeWith(over)]), "[0] message claude-1-m1"],
    ["locomo.json", JSON.stringify([locomoWith(over)]), "[0] message D1:2"],
    ["chat.txt", `Ann: hello\nBen: ${over}\n`, "line 2"],
  ];
  it.each(cases)("%s", async (name, content, where) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    const dbFile = join(dir, `${name}.db`);
    const db = openDatabase(dbFile);
    try {
      await expect(importFile(db, embedder, file)).rejects.toThrow(
        `${name}: ${where}: the message is 1,000,001 characters long; the largest message Engram imports is 1,000,000 characters (shorten it or remove it from the file)`,
      );
      expect(db.prepare("SELECT COUNT(*) AS n FROM sources").get()).toEqual({ n: 0 });
      expect(db.prepare("SELECT COUNT(*) AS n FROM conversations").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});

describe("a long message is stored as passages", () => {
  it("each passage at most PASSAGE_CHARS, with its span in the message; re-importing adds nothing", async () => {
    const text = prose(9_000);
    const file = join(dir, "long.json");
    writeFileSync(file, JSON.stringify([chatgptWith(text)]));
    const db = openDatabase(join(dir, "long.db"));
    try {
      const first = await importFile(db, embedder, file);
      const rows = db.prepare("SELECT text, metadata FROM sources WHERE external_id = 'msg-a1' ORDER BY seq").all() as Array<{
        text: string;
        metadata: string;
      }>;
      expect(rows.length).toBeGreaterThanOrEqual(5);
      expect(first).toMatchObject({ turns: 2, added: rows.length + 1, duplicates: 0 });
      for (const [i, r] of rows.entries()) {
        const p = JSON.parse(r.metadata).passage as { index: number; count: number; start: number; end: number };
        expect(p).toMatchObject({ index: i, count: rows.length });
        expect(r.text.length).toBeLessThanOrEqual(PASSAGE_CHARS);
        expect(text.slice(p.start, p.end)).toBe(r.text);
      }
      for (const r of rows.slice(0, -1)) expect(r.text).toMatch(/trip\.$/); // cut at a sentence or paragraph end, not inside a word
      expect(
        rows
          .map((r) => r.text)
          .join(" ")
          .replace(/\s+/g, " "),
      ).toBe(text.trim().replace(/\s+/g, " "));
      expect(db.prepare("SELECT COUNT(*) AS n FROM sources_vec").get()).toEqual({ n: rows.length + 1 });
      const again = await importFile(db, embedder, file);
      expect(again).toMatchObject({ added: 0, duplicates: rows.length + 1 });
    } finally {
      db.close();
    }
  });
});

/** Runs `engram import` in a child process and returns its exit code, stderr and peak RSS (bytes). */
function importMeasured(file: string, db: string): { code: number; stderr: string; stdout: string; maxRss: number } {
  const onExit = "process.on('exit', () => process.stderr.write('\\nmaxrss=' + process.resourceUsage().maxRSS * 1024 + '\\n'))";
  const r = spawnSync(
    process.execPath,
    ["--import", `data:text/javascript,${encodeURIComponent(onExit)}`, join(ROOT, "bin", "engram.mjs"), "import", file, "--db", db, "--json"],
    {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 600_000,
    },
  );
  const maxRss = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1]);
  return { code: r.status ?? -1, stderr: r.stderr, stdout: r.stdout, maxRss };
}

describe("engram import stays under 1 GB", () => {
  it("refuses a 50 MB message (the error names the file and the message) and changes nothing", () => {
    const file = join(dir, "huge.json");
    writeFileSync(file, JSON.stringify([chatgptWith(prose(50_000_000))]));
    const db = join(dir, "huge.db");
    const r = importMeasured(file, db);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "huge.json: [0] message msg-a1: the message is over 1,000,000 characters long; the largest message Engram imports is 1,000,000 characters",
    );
    expect(r.maxRss).toBeLessThan(1024 ** 3);
    expect(count(db, "SELECT COUNT(*) AS n FROM sources")).toBe(0);
  });

  it("imports a 400,000-character message as passages", () => {
    const file = join(dir, "big.json");
    writeFileSync(file, JSON.stringify([chatgptWith(prose(400_000))]));
    const db = join(dir, "big.db");
    const r = importMeasured(file, db);
    expect(r.code, r.stderr).toBe(0);
    expect(r.maxRss).toBeLessThan(1024 ** 3);
    expect(count(db, "SELECT COUNT(*) AS n FROM sources WHERE external_id = 'msg-a1'")).toBeGreaterThanOrEqual(200);
    expect(count(db, "SELECT MAX(length(text)) AS n FROM sources")).toBeLessThanOrEqual(PASSAGE_CHARS);
  });
});
