/**
 * Whether `ask` answers what memory holds and abstains on what it does not: `npm run bench:ask --
 * --data FILE [--out report.json] [--per 80] [--show]`.
 *
 * Each LoCoMo conversation is imported into a fresh database and processed by the default
 * (heuristic) memory engine; then `ask` (no model) is asked, of that database:
 * - its own questions (categories 1-4 with evidence, the first `--per`): `answered` (share not
 *   abstained), `cites_evidence` (share citing a memory made from an evidence turn), and
 *   `abstained_despite_top5` (count of questions abstained although memory search ranked a memory
 *   of an evidence turn in its top 5: issue 9 asks for none), and of those `despite_top5_closest`, how
 *   many show such a memory among the abstention's closest memories (`closest`);
 * - the next conversation's questions (the first `--per`): `foreign_abstained`, the share answered
 *   "I don't have a memory of that" (they name other people and other events);
 * - 40 questions no conversation answers (lib/unrelated-questions.ts): `unrelated_abstained`;
 * - for both, `foreign_closest` and `unrelated_closest`: the share of their abstentions that show
 *   closest memories (what search found, marked as no answer).
 * Prints a table (`--show`: the questions answered or abstained wrongly); writes JSON `{ conversations,
 * own_questions, answered, cites_evidence, abstained_despite_top5, despite_top5_closest,
 * foreign_questions, foreign_abstained, foreign_closest, unrelated_questions, unrelated_abstained,
 * unrelated_closest, seconds }`.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ask } from "../core/assistant/ask.js";
import { openDatabase, type EngramDb } from "../core/db/connection.js";
import { ensureVectorTables } from "../core/db/vectors.js";
import { parseExport } from "../core/ingest/parse.js";
import { storeConversation } from "../core/ingest/store.js";
import { createMemoryEngine } from "../core/memory/index.js";
import { createEmbedder } from "../models/embedders.js";
import { normaliseEvidence } from "./lib/evidence.js";
import { MODES } from "./lib/modes.js";
import { parseFlags, printTable, writeJson } from "./lib/table.js";
import { UNRELATED_QUESTIONS } from "./lib/unrelated-questions.js";

interface Qa {
  question: string;
  category: number;
  evidence?: string[];
}

const flags = parseFlags(process.argv.slice(2));
const data = flags.data ?? "../shared/data/locomo/locomo-dev.json";
const per = flags.per ? Number(flags.per) : 80;
const show = flags.show === "true";
const embedder = await createEmbedder();
const tmp = mkdtempSync(join(tmpdir(), "engram-ask-"));
const started = performance.now();

const questions = new Map((JSON.parse(readFileSync(data, "utf8")) as Array<{ sample_id: string; qa: Qa[] }>).map((s) => [s.sample_id, s.qa]));
const ids = [...questions.keys()];
const answerable = (qa: Qa[]) => qa.filter((q) => [1, 2, 3, 4].includes(q.category)).slice(0, per);
const t = {
  own: 0,
  answered: 0,
  cites: 0,
  despite: 0,
  despiteClosest: 0,
  foreign: 0,
  foreignAbstained: 0,
  foreignClosest: 0,
  unrelated: 0,
  unrelatedAbstained: 0,
  unrelatedClosest: 0,
};
const note = (line: string) => show && process.stdout.write(`${line}\n`);

/** Own questions of conversation `id` asked of `db`. */
async function ownQuestions(db: EngramDb, id: string): Promise<void> {
  const known = new Set(db.prepare("SELECT external_id FROM sources WHERE external_id IS NOT NULL").pluck().all() as string[]);
  for (const q of answerable(questions.get(id) ?? [])) {
    const evidence = normaliseEvidence(q.evidence ?? [], known);
    if (evidence.size === 0) continue;
    t.own++;
    const top = await MODES.memory!.rank(db, embedder, q.question, 5, evidence);
    const inTop5 = top.some((x) => x.ids.some((e) => evidence.has(e)));
    const a = await ask(db, embedder, q.question);
    if (!a.abstained) t.answered++;
    else if (inTop5) {
      t.despite++;
      const shown = a.closest.some((c) => c.sources.some((s) => s.external_id && evidence.has(s.external_id)));
      if (shown) t.despiteClosest++;
      note(`abstained despite top 5 (${id}${shown ? ", shown among the closest" : ""}): ${q.question}`);
    } else note(`abstained (${id}): ${q.question}`);
    if (a.citations.some((c) => c.sources.some((s) => s.external_id && evidence.has(s.external_id)))) t.cites++;
  }
}

/** Questions of another conversation, then the unrelated ones, asked of `db`. */
async function otherQuestions(db: EngramDb, id: string): Promise<void> {
  const other = ids[(ids.indexOf(id) + 1) % ids.length]!;
  for (const q of answerable(questions.get(other) ?? [])) {
    t.foreign++;
    const a = await ask(db, embedder, q.question);
    if (a.abstained) {
      t.foreignAbstained++;
      if (a.closest.length) t.foreignClosest++;
    } else note(`answered another conversation's question (${id}): ${q.question}`);
  }
  for (const q of UNRELATED_QUESTIONS) {
    t.unrelated++;
    const a = await ask(db, embedder, q);
    if (a.abstained) {
      t.unrelatedAbstained++;
      if (a.closest.length) t.unrelatedClosest++;
    } else note(`answered an unrelated question (${id}): ${q}`);
  }
}

let conversations = 0;
for await (const conv of parseExport(data, { format: "locomo" })) {
  const db = openDatabase(join(tmp, `${conv.externalId}.db`));
  ensureVectorTables(db, embedder);
  await storeConversation(db, embedder, conv);
  await createMemoryEngine(db, embedder).process();
  await ownQuestions(db, conv.externalId!);
  if (ids.length > 1) await otherQuestions(db, conv.externalId!);
  db.close();
  conversations++;
  process.stderr.write(`bench: ${conv.externalId}: ${t.own} own, ${t.foreign} foreign, ${t.unrelated} unrelated questions so far\n`);
}
rmSync(tmp, { recursive: true, force: true });

const share = (n: number, of: number) => n / Math.max(1, of);
const report = {
  conversations,
  own_questions: t.own,
  answered: share(t.answered, t.own),
  cites_evidence: share(t.cites, t.own),
  abstained_despite_top5: t.despite,
  despite_top5_closest: t.despiteClosest,
  foreign_questions: t.foreign,
  foreign_abstained: share(t.foreignAbstained, t.foreign),
  foreign_closest: share(t.foreignClosest, t.foreignAbstained),
  unrelated_questions: t.unrelated,
  unrelated_abstained: share(t.unrelatedAbstained, t.unrelated),
  unrelated_closest: share(t.unrelatedClosest, t.unrelatedAbstained),
  seconds: (performance.now() - started) / 1000,
};
printTable([
  {
    questions: "own",
    n: t.own,
    answered: report.answered,
    cites_evidence: report.cites_evidence,
    abstained: 1 - report.answered,
    despite_top5: `${t.despite} (${t.despiteClosest} shown closest)`,
    closest_shown: "",
  },
  {
    questions: "another conversation's",
    n: t.foreign,
    answered: 1 - report.foreign_abstained,
    cites_evidence: "",
    abstained: report.foreign_abstained,
    despite_top5: "",
    closest_shown: report.foreign_closest,
  },
  {
    questions: "unrelated",
    n: t.unrelated,
    answered: 1 - report.unrelated_abstained,
    cites_evidence: "",
    abstained: report.unrelated_abstained,
    despite_top5: "",
    closest_shown: report.unrelated_closest,
  },
]);
if (flags.out) writeJson(flags.out, report);
