import type { Command } from "commander";
import type { Answer } from "../../../api/types.js";
import { humanDate, isoDateTime } from "../../../time/format.js";
import { CliError } from "../cli-error.js";
import { printJson, withApi } from "../cli-context.js";

/**
 * The answer's citations for people: one line per memory, one per source; after an abstention, the
 * closest memories search found, under a heading that says none of them answers.
 */
export function printCitations(a: Answer): void {
  printMemories("Sources:", a.citations);
  printMemories("Closest memories (none of them answers the question):", a.closest);
}

/** `heading`, then one line per memory and one per source; nothing for no memory. */
function printMemories(heading: string, cited: Answer["citations"]): void {
  if (cited.length === 0) return;
  process.stdout.write(`\n${heading}\n`);
  cited.forEach((c, i) => {
    process.stdout.write(`[${i + 1}] memory #${c.memoryId} · ${c.occurredAt != null ? humanDate(c.occurredAt) : "undated"} · ${c.title}\n`);
    for (const s of c.sources) {
      const where = [s.conversation, s.speaker].filter(Boolean).join(", ");
      process.stdout.write(`    ↳ ${s.kind} ${s.externalId ?? `#${s.sourceId}`} (${where}; ${isoDateTime(s.occurredAt)})\n`);
    }
  });
}

/** The documented `--json` shape of an answer (snake_case, stable for scripts; README "Command line"). */
function answerJson(a: Answer): unknown {
  return { answer: a.answer, citations: a.citations.map(citationJson), engine: a.engine, abstained: a.abstained, closest: a.closest.map(citationJson) };
}

/** A citation in the `--json` shape. */
function citationJson(c: Answer["citations"][number]): unknown {
  return {
    memory_id: c.memoryId,
    title: c.title,
    occurred_at: c.occurredAt,
    sources: c.sources.map((s) => ({
      source_id: s.sourceId,
      kind: s.kind,
      external_id: s.externalId,
      conversation: s.conversation,
      speaker: s.speaker,
      occurred_at: s.occurredAt,
    })),
  };
}

/** `engram ask "<question>" [--json] [--remember] [--k N] [--now DATE] [--db PATH]`: answers from memory, with citations (the API's `ask`). */
export function register(program: Command): void {
  program
    .command("ask")
    .description("answer a question from your memories, citing them (not stored unless --remember)")
    .argument("<question...>", "the question")
    .option("--remember", "store the question and the answer as a chat, processed into memories")
    .option("--k <n>", "memories to retrieve", "8")
    .option("--now <date>", 'answer as if asked at this date ("last week" is resolved against it)')
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .option("--json", "print JSON on stdout: { answer, citations: [{ memory_id, sources: [{ kind, external_id, ... }] }], engine, abstained, closest }")
    .action(async (words: string[], flags: { remember?: boolean; k: string; now?: string; db?: string; json?: boolean }) => {
      const k = Number(flags.k);
      if (!Number.isInteger(k) || k < 1 || k > 50) throw new CliError(`--k must be an integer from 1 to 50 (got "${flags.k}")`, 2);
      // chrono-node (dates in words) loads only when a date is given
      const now = flags.now ? (await import("../../../time/args.js")).parseDateArg(flags.now, "--now", { endOfDay: true }) : undefined;
      const answer = await withApi(flags, ({ api }) =>
        api.ask(
          { question: words.join(" "), k, now, remember: !!flags.remember },
          {
            onEvent: flags.json ? undefined : (e) => (e.type === "token" ? process.stdout.write(e.text) : undefined),
          },
        ),
      );
      if (flags.json) return printJson(answerJson(answer));
      process.stdout.write("\n");
      printCitations(answer);
    });
}
