/**
 * What a person gets back from their own chats and notes: `npm run bench:personal -- [--out
 * report.json] [--show]`.
 *
 * Imports a person's ChatGPT export and a Markdown note (lib/personal-chats.ts, hand-written; not
 * held out) into a fresh database with `importFile`, as `engram import` does, then asks `ask` (no
 * model) the questions they would ask later: a question is `right` when the answer holds every
 * expected word (any case), or abstains where nothing answers it. Prints a table (`--show`: each
 * question, its answer's first line and whether it was right); writes JSON `{ questions, answerable,
 * answered_right, unanswerable, abstained_right, right, memories, seconds }`.
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ask } from "../core/assistant/ask.js";
import { openDatabase } from "../core/db/connection.js";
import { importFile } from "../core/ingest/import.js";
import { createEmbedder } from "../models/embedders.js";
import { ASKED_AT, PERSONAL_NOTE, PERSONAL_NOTE_TIME, PERSONAL_QUESTIONS, personalExport } from "./lib/personal-chats.js";
import { parseFlags, printTable, writeJson } from "./lib/table.js";

const flags = parseFlags(process.argv.slice(2));
const show = flags.show === "true";
const started = performance.now();
const dir = mkdtempSync(join(tmpdir(), "engram-personal-"));
try {
  const chats = join(dir, "conversations.json");
  writeFileSync(chats, JSON.stringify(personalExport()));
  const note = join(dir, "weekend.md");
  writeFileSync(note, PERSONAL_NOTE);
  utimesSync(note, new Date(PERSONAL_NOTE_TIME), new Date(PERSONAL_NOTE_TIME));
  const embedder = await createEmbedder();
  const db = openDatabase(join(dir, "engram.db"));
  let memories = 0;
  for (const file of [chats, note]) memories += (await importFile(db, embedder, file)).memories;
  const t = { answerable: 0, answeredRight: 0, unanswerable: 0, abstainedRight: 0 };
  for (const { question, expect } of PERSONAL_QUESTIONS) {
    const a = await ask(db, embedder, question, { now: ASKED_AT });
    const text = a.answer.toLowerCase();
    const right = expect ? !a.abstained && expect.every((w) => text.includes(w.toLowerCase())) : a.abstained;
    if (expect) {
      t.answerable++;
      if (right) t.answeredRight++;
    } else {
      t.unanswerable++;
      if (right) t.abstainedRight++;
    }
    if (show) process.stdout.write(`${right ? "ok  " : "MISS"} ${question}\n     ${a.answer.split("\n")[1] ?? a.answer.split("\n")[0]}\n`);
  }
  db.close();
  const questions = t.answerable + t.unanswerable;
  const report = {
    questions,
    answerable: t.answerable,
    answered_right: t.answeredRight / t.answerable,
    unanswerable: t.unanswerable,
    abstained_right: t.abstainedRight / t.unanswerable,
    right: (t.answeredRight + t.abstainedRight) / questions,
    memories,
    seconds: (performance.now() - started) / 1000,
  };
  printTable([
    { questions: "answerable", n: t.answerable, right: report.answered_right },
    { questions: "nothing answers", n: t.unanswerable, right: report.abstained_right },
    { questions: "all", n: questions, right: report.right },
  ]);
  if (flags.out) writeJson(flags.out, report);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
