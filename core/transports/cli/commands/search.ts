import type { Command } from "commander";
import type { MemoryType, SearchHit, SearchMode, SourceKind } from "../../../api/types.js";
import { MEMORY_TYPES, SOURCE_KINDS } from "../../../api/vocabulary.js";
import { humanDate, isoDateTime } from "../../../time/format.js";
import { CliError } from "../cli-error.js";
import { printJson, withApi } from "../cli-context.js";
interface SearchFlags {
  k: string;
  type?: string;
  asOf?: string;
  from?: string;
  to?: string;
  sourceKind?: string;
  mode: string;
  db?: string;
  json?: boolean;
}

function list<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T[] | undefined {
  if (!value) return undefined;
  const items = value.split(",").map((s) => s.trim()) as T[];
  for (const i of items) if (!allowed.includes(i)) throw new CliError(`${flag}: "${i}" is not one of ${allowed.join(", ")}`, 2);
  return items;
}

function printHuman(hits: SearchHit[]): void {
  if (hits.length === 0) {
    process.stdout.write("No matching memories.\n");
    return;
  }
  hits.forEach(({ memory: m, score, sources }, i) => {
    const when = m.occurredAt != null ? humanDate(m.occurredAt) : "undated";
    const invalid = m.validTo != null ? ` · valid until ${humanDate(m.validTo)}` : "";
    process.stdout.write(`${i + 1}. [${m.type} #${m.id}] ${when}${invalid} · score ${score.toFixed(4)}\n   ${m.content.replace(/\s+/g, " ")}\n`);
    for (const s of sources) {
      const where = [s.conversation, s.speaker, s.app].filter(Boolean).join(", ");
      process.stdout.write(`   ↳ ${s.kind} ${s.externalId ?? `#${s.sourceId}`} (${where}; ${isoDateTime(s.occurredAt)})\n`);
    }
  });
}

/** `engram search <query> [--k N] [--type T] [--as-of DATE] [--db PATH] [--json]`: hybrid memory search. */
export function register(program: Command): void {
  program
    .command("search")
    .description("search memories (full-text BM25 and vector similarity, fused by reciprocal rank)")
    .argument("<query...>", "what to look for")
    .option("--k <n>", "number of results", "10")
    .option("--type <types>", `only these memory types, comma-separated (${MEMORY_TYPES.join(", ")})`)
    .option("--as-of <date>", "memories as they were valid at this date (default: currently valid)")
    .option("--from <date>", "only memories of events on or after this date")
    .option("--to <date>", "only memories of events before this date")
    .option("--source-kind <kinds>", `only memories from these source kinds (${SOURCE_KINDS.join(", ")})`)
    .option("--mode <mode>", "hybrid, bm25 or vector", "hybrid")
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .option("--json", "print JSON on stdout")
    .action(async (words: string[], flags: SearchFlags) => {
      const k = Number(flags.k);
      if (!Number.isInteger(k) || k < 1 || k > 200) throw new CliError(`--k must be an integer from 1 to 200 (got "${flags.k}")`, 2);
      if (!["hybrid", "bm25", "vector"].includes(flags.mode)) throw new CliError(`--mode must be hybrid, bm25 or vector`, 2);
      // chrono (date parsing) loads only when a date is given: ~20 ms of every search otherwise
      const dates = flags.asOf || flags.from || flags.to ? await import("../../../time/args.js") : null;
      const request = {
        query: words.join(" "),
        k,
        mode: flags.mode as SearchMode,
        types: list<MemoryType>(flags.type, MEMORY_TYPES, "--type"),
        sourceKinds: list<SourceKind>(flags.sourceKind, SOURCE_KINDS, "--source-kind"),
        asOf: flags.asOf ? dates!.parseDateArg(flags.asOf, "--as-of", { endOfDay: true }) : undefined,
        from: flags.from ? dates!.parseDateArg(flags.from, "--from") : undefined,
        to: flags.to ? dates!.parseDateArg(flags.to, "--to", { endOfDay: true }) : undefined,
      };
      // one embed (the query): the embedder's workers stop right after it, while the rest runs
      const { hits } = await withApi({ ...flags, oneEmbed: true }, ({ api }) => api.search(request));
      if (!flags.json) return printHuman(hits);
      // the documented --json shape (snake_case, README "Command line"): stable for scripts
      printJson({
        results: hits.map(({ memory: m, score, scores, sources }) => ({
          id: m.id,
          type: m.type,
          title: m.title,
          content: m.content,
          score,
          scores: {
            ...(scores.bm25Rank != null ? { bm25: { rank: scores.bm25Rank } } : {}),
            ...(scores.vectorRank != null ? { vector: { rank: scores.vectorRank, similarity: scores.vectorSimilarity } } : {}),
          },
          occurred_at: m.occurredAt,
          valid_to: m.validTo,
          sources: sources.map((s) => ({
            kind: s.kind,
            external_id: s.externalId,
            conversation: s.conversation,
            speaker: s.speaker,
            occurred_at: s.occurredAt,
          })),
        })),
      });
    });
}
