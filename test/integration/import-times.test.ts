/**
 * Times out of range are refused at import (naming the file and the field), and search and the UI
 * still work over a database that already holds one (an older version let them in). A LoCoMo
 * sample without sessions is refused instead of adding an empty conversation.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import type { Embedder } from "../../models/embedder.js";
import { formatDate, formatDateTime, formatDay, formatTime } from "../../renderer/lib/format.js";
import { chatgptConversation, claudeConversation } from "../fixtures/exports.js";
import { engramInProcess, tempDir } from "../helpers/cli.js";

const dir = tempDir("engram-times-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

function chatgpt(convTime: number, messageTime: number) {
  return chatgptConversation(
    "c1",
    "Times",
    convTime,
    [
      { id: "r", parent: null },
      { id: "u1", parent: "r", message: { role: "user", parts: ["I moved to Berlin."], time: messageTime } },
    ],
    "u1",
  );
}

const locomo = (date: string, sessions = true) => ({
  sample_id: "conv-t",
  qa: [],
  conversation: {
    speaker_a: "Ann",
    speaker_b: "Ben",
    ...(sessions ? { session_1_date_time: date, session_1: [{ speaker: "Ann", dia_id: "D1:1", text: "hi" }] } : {}),
  },
});

const cases: Array<[string, unknown[], string]> = [
  ["conversation.json", [chatgpt(1e300, 1_700_000_000)], "conversation.json: [0].create_time: expected a time in unix seconds from 1970 to 2199, got 1e+300"],
  ["message.json", [chatgpt(1_700_000_000, -5)], "message.json: [0].mapping.u1.message.create_time: expected a time in unix seconds from 1970 to 2199, got -5"],
  [
    "claude.json",
    [{ ...claudeConversation(), created_at: "9999-12-31T00:00:00Z" }],
    'claude.json: [0].created_at: expected an ISO 8601 date-time from 1970 to 2199, got "9999-12-31T00:00:00Z"',
  ],
  [
    "locomo.json",
    [locomo("1:56 pm on 8 May, 2999")],
    'locomo.json: [0].conversation.session_1_date_time: expected a date-time like "1:56 pm on 8 May, 2023" (1970 to 2199), got "1:56 pm on 8 May, 2999"',
  ],
  [
    "empty-locomo.json",
    [locomo("", false)],
    "empty-locomo.json: [0].conversation: no session_1, session_2, … turn lists: a conversation without sessions has nothing to import",
  ],
];

describe("import refuses bad times and empty LoCoMo samples, changing nothing", () => {
  it.each(cases)("%s", async (name, items, message) => {
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify(items));
    const db = openDatabase(join(dir, `${name}.db`));
    try {
      await expect(importFile(db, embedder, file)).rejects.toThrow(message);
      expect(db.prepare("SELECT (SELECT COUNT(*) FROM sources) + (SELECT COUNT(*) FROM conversations) AS n").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});

describe("a database that already holds an impossible time", () => {
  // the CLI runs in this process (engramInProcess); cli-import-search.test.ts spawns the real `engram import` and `engram search`
  it("engram search still answers, showing the time as unknown", async () => {
    const file = join(dir, "chat.txt");
    writeFileSync(file, "Sam: I moved to Berlin last spring.\nAlex: Berlin is lovely.\n");
    const dbFile = join(dir, "old.db");
    expect((await engramInProcess(["import", file, "--db", dbFile])).code).toBe(0);
    const db = openDatabase(dbFile);
    db.exec("UPDATE sources SET occurred_at = 1e300; UPDATE memories SET occurred_at = 1e300, valid_from = 1e300");
    db.close();
    const human = await engramInProcess(["search", "Berlin", "--db", dbFile]);
    expect(human.stderr).toBe("");
    expect(human.code).toBe(0);
    expect(human.stdout).toContain("unknown time");
    const json = await engramInProcess(["search", "Berlin", "--db", dbFile, "--json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).results[0]).toMatchObject({ title: "Sam lives in Berlin", occurred_at: 1e300 });
  });

  it("the UI's date formats show 'unknown date' instead of throwing", () => {
    for (const f of [formatDate, formatDateTime, formatDay, formatTime]) expect(f(1e303)).toBe("unknown date");
    expect(formatDate(Date.UTC(2023, 4, 8, 12))).toMatch(/2023/);
  });
});
