import type { Command } from "commander";
import { createEmbedder } from "../../../../models/embedders.js";
import { ask, type Answer } from "../../../assistant/ask.js";
import { prepareVectors } from "../../../retrieval/reembed.js";
import { parseDateArg } from "../../../time/args.js";
import { humanDate, isoDateTime } from "../../../time/format.js";
import { CliError, printJson, withDb } from "../cli-context.js";

/** The answer's citations for people: one line per memory, one per source. */
export function printCitations(a: Answer): void {
  if (a.citations.length === 0) return;
  process.stdout.write("\nSources:\n");
  a.citations.forEach((c, i) => {
    process.stdout.write(`[${i + 1}] memory #${c.memory_id} · ${c.occurred_at != null ? humanDate(c.occurred_at) : "undated"} · ${c.title}\n`);
    for (const s of c.sources) {
      const where = [s.conversation, s.speaker].filter(Boolean).join(", ");
      process.stdout.write(`    ↳ ${s.kind} ${s.external_id ?? `#${s.source_id}`} (${where}; ${isoDateTime(s.occurred_at)})\n`);
    }
  });
}

/** `engram ask "<question>" [--json] [--remember] [--k N] [--now DATE] [--db PATH]`: answers from memory, with citations. */
export function register(program: Command): void {
  program
    .command("ask")
    .description("answer a question from your memories, citing them (not stored unless --remember)")
    .argument("<question...>", "the question")
    .option("--remember", "store the question and the answer as a chat, processed into memories")
    .option("--k <n>", "memories to retrieve", "8")
    .option("--now <date>", "answer as if asked at this date (\"last week\" is resolved against it)")
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .option("--json", "print JSON on stdout: { answer, citations: [{ memory_id, sources: [{ kind, external_id, ... }] }], engine, abstained }")
    .action(async (words: string[], flags: { remember?: boolean; k: string; now?: string; db?: string; json?: boolean }) => {
      const k = Number(flags.k);
      if (!Number.isInteger(k) || k < 1 || k > 100) throw new CliError(`--k must be an integer from 1 to 100 (got "${flags.k}")`, 2);
      const now = flags.now ? parseDateArg(flags.now, "--now", { endOfDay: true }) : undefined;
      const embedder = await createEmbedder();
      const answer = await withDb(flags, async (db) => {
        await prepareVectors(db, embedder);
        return ask(db, embedder, words.join(" "), { k, now, remember: !!flags.remember, onToken: flags.json ? undefined : (t) => process.stdout.write(t) });
      });
      if (flags.json) return printJson(answer);
      process.stdout.write("\n");
      printCitations(answer);
    });
}
