/**
 * What people get back from their own chats and notes: `npm run bench:personal -- [--out
 * report.json] [--show] [--people a,b]` (`--people`: only those people, by name).
 *
 * Twenty people (lib/personal/, hand-written by the developers; not held out; each file says what it holds): errands (a ChatGPT export
 * and a Markdown note), travel (a Claude export), notes (a folder of seven Markdown notes), developer
 * (a ChatGPT export with code), friends (a WhatsApp-style chat of two friends), group (a
 * three-person group chat), parent (a ChatGPT export and daily notes), freelancer (a notes folder
 * and a ChatGPT conversation), chatter (messages said to Engram's own chat, with `chatTurn`, each at
 * its time), student (a Claude export and a thesis plan), family (a WhatsApp group, dated day first), manager,
 * reader (Kindle clippings), renovation, messenger (a Telegram chat), health, planner (a calendar), mailer (an
 * mbox and an .eml), keeper (Google Keep notes) and social (Messenger and Instagram threads), and more (index.ts). Each person's files are written into a fresh folder and imported in name
 * order into a fresh database with `importFile`, as `engram import` does (a person's folder, an Obsidian vault, as one) (a transcript with `me`, the
 * speaker who is the user, where the person has one); then `ask` (no model) is asked the questions
 * they would ask later, at their own time: a question is `right` when the answer holds every expected
 * word (any case), or abstains where nothing answers it. Prints a table, one row per person and one
 * for all (`--show`: under each person's name, each question, its answer's first line and whether it
 * was right); writes JSON `{ questions, answerable, answered_right, unanswerable, abstained_right,
 * right, memories, seconds, abstained_answerable, closest_held, closest_unanswerable }` over all
 * people, with `people: [{ name, questions, answerable, answered_right, unanswerable, abstained_right,
 * memories }]`. `abstained_answerable`: answerable questions abstained on; `closest_held`: of those, how
 * many show every expected word in one of the abstention's closest memories (`closest`: what search
 * found, marked as no answer); `closest_unanswerable`: the share of the questions nothing answers
 * that, abstained on, show closest memories.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { folderFileFormat, importPaths, isEmptyNote } from "../core/api/import-check.js";
import { ask } from "../core/assistant/ask.js";
import { chatTurn } from "../core/assistant/chat.js";
import { openDatabase } from "../core/db/connection.js";
import { importFile } from "../core/ingest/import.js";
import { createEmbedder } from "../models/embedders.js";
import { PEOPLE, type Person } from "./lib/personal/index.js";
import { parseFlags, printTable, writeJson } from "./lib/table.js";

/** Counts of one person's questions (or all people's): answerable and answered right, nothing answers and abstained. */
interface Tally {
  answerable: number;
  answeredRight: number;
  unanswerable: number;
  abstainedRight: number;
  memories: number;
  /** answerable questions abstained on, and of those, the ones whose closest memories hold every expected word */
  abstainedAnswerable: number;
  closestHeld: number;
  /** questions nothing answers, abstained on with closest memories shown */
  closestUnanswerable: number;
}

const EMPTY: Tally = {
  answerable: 0,
  answeredRight: 0,
  unanswerable: 0,
  abstainedRight: 0,
  memories: 0,
  abstainedAnswerable: 0,
  closestHeld: 0,
  closestUnanswerable: 0,
};

const flags = parseFlags(process.argv.slice(2));
const show = flags.show === "true";
const started = performance.now();
const dirs: string[] = [];
try {
  const embedder = await createEmbedder();

  /** Imports `person`'s files into a fresh database and asks their questions. */
  const run = async (person: Person): Promise<Tally> => {
    const dir = mkdtempSync(join(tmpdir(), `engram-personal-${person.name}-`));
    dirs.push(dir);
    const files = person.folder ? [person.folder] : person.files.map((f) => f.name).sort();
    for (const f of person.files) {
      const file = join(dir, f.name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, f.text);
      if (f.mtime !== undefined) utimesSync(file, new Date(f.mtime), new Date(f.mtime));
    }
    const db = openDatabase(join(dir, "engram.db"));
    try {
      const t: Tally = { ...EMPTY };
      const memoryText = db.prepare("SELECT title || ' ' || content FROM memories WHERE id = ?").pluck();
      const opts = person.me === undefined ? {} : { me: person.me };
      // (a folder as `engram import FOLDER` reads it: its note files, each of the format a folder's file is)
      for (const { file, inFolder } of files.flatMap((name) => importPaths(join(dir, name)))) {
        const format = inFolder ? await folderFileFormat(file) : undefined;
        if (format === null) continue;
        // (and its empty pages passed over)
        const imported = await importFile(db, embedder, file, { ...opts, ...(format && format !== "engram" ? { format } : {}) }).catch((err: unknown) => {
          if (inFolder && isEmptyNote(err)) return null;
          throw err;
        });
        t.memories += imported?.memories ?? 0;
      }
      for (const { at, text } of person.chat ?? []) await chatTurn(db, embedder, text, { now: at });
      if (person.chat) t.memories = db.prepare("SELECT count(*) FROM memories WHERE status = 'active'").pluck().get() as number;
      if (show) process.stdout.write(`${person.name}\n`);
      for (const { question, expect } of person.questions) {
        const a = await ask(db, embedder, question, { now: person.askedAt });
        const text = a.answer.toLowerCase();
        const right = expect ? !a.abstained && expect.every((w) => text.includes(w.toLowerCase())) : a.abstained;
        const holds = (id: number) => expect?.every((w) => String(memoryText.get(id)).toLowerCase().includes(w.toLowerCase()));
        if (expect) {
          t.answerable++;
          if (right) t.answeredRight++;
          if (a.abstained) t.abstainedAnswerable++;
          if (a.abstained && a.closest.some((c) => holds(c.memory_id))) t.closestHeld++;
        } else {
          t.unanswerable++;
          if (right) t.abstainedRight++;
          if (right && a.closest.length) t.closestUnanswerable++;
        }
        if (show) process.stdout.write(`${right ? "ok  " : "MISS"} ${question}\n     ${a.answer.split("\n")[1] ?? a.answer.split("\n")[0]}\n`);
      }
      return t;
    } finally {
      db.close();
    }
  };

  const people: Array<{ name: string; t: Tally }> = [];
  const chosen = flags.people ? flags.people.split(",") : PEOPLE.map((p) => p.name);
  for (const name of chosen)
    if (!PEOPLE.some((p) => p.name === name)) throw new Error(`--people: unknown person "${name}" (known: ${PEOPLE.map((p) => p.name).join(", ")})`);
  for (const person of PEOPLE.filter((p) => chosen.includes(p.name))) people.push({ name: person.name, t: await run(person) });
  const all: Tally = { ...EMPTY };
  for (const { t } of people) for (const k of Object.keys(all) as Array<keyof Tally>) all[k] += t[k];

  const shares = (t: Tally) => ({
    questions: t.answerable + t.unanswerable,
    answerable: t.answerable,
    answered_right: t.answeredRight / t.answerable,
    unanswerable: t.unanswerable,
    abstained_right: t.abstainedRight / t.unanswerable,
  });
  const total = shares(all);
  const report = {
    ...total,
    right: (all.answeredRight + all.abstainedRight) / total.questions,
    memories: all.memories,
    seconds: (performance.now() - started) / 1000,
    abstained_answerable: all.abstainedAnswerable,
    closest_held: all.closestHeld,
    closest_unanswerable: all.closestUnanswerable / Math.max(1, all.abstainedRight),
    people: people.map(({ name, t }) => ({ name, ...shares(t), memories: t.memories })),
  };
  const row = (person: string, t: Tally) => ({
    person,
    answerable: t.answerable,
    right: t.answeredRight / t.answerable,
    "nothing answers": t.unanswerable,
    abstained: t.abstainedRight / t.unanswerable,
  });
  if (show) process.stdout.write("\n");
  printTable([...people.map(({ name, t }) => row(name, t)), row("all", all)]);
  process.stdout.write(
    `answerable questions abstained on: ${all.abstainedAnswerable}, of which ${all.closestHeld} show the answer among the closest memories; ` +
      `questions nothing answers shown closest memories: ${all.closestUnanswerable} of ${all.abstainedRight} abstained\n`,
  );
  if (flags.out) writeJson(flags.out, report);
} finally {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
