import type { Command } from "commander";
import { CliError } from "../cli-error.js";
import { printJson, withApi } from "../cli-context.js";

/**
 * `engram delete <memory-id...> [--with-sources] [--db PATH] [--json]`: deletes memories for good.
 * `--with-sources` forgets the sources too: the sources they were made from, every memory made
 * only from those sources, their full-text entries, vectors and images. One `forgetMemories` call
 * (core/api/forget.ts): nothing is deleted when one id is not a memory.
 */
export function register(program: Command): void {
  program
    .command("delete")
    .description("delete memories for good (--with-sources: and the sources they were made from)")
    .argument("<memory-id...>", "ids of the memories (as engram search shows them: #12)")
    .option("--with-sources", "also delete the sources, the memories made only from them, and their images")
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .option("--json", "print JSON on stdout")
    .action(async (rawIds: string[], opts: { withSources?: boolean; db?: string; json?: boolean }) => {
      const ids = rawIds.map((s) => {
        const id = Number(s.replace(/^#/, ""));
        if (!Number.isSafeInteger(id) || id <= 0) throw new CliError(`memory id "${s}" is not a positive whole number`, 2);
        return id;
      });
      const done = await withApi(opts, ({ api }) => api.forgetMemories({ ids, withSources: !!opts.withSources }));
      if (opts.json) return printJson(done);
      const parts = [`${done.memories} ${done.memories === 1 ? "memory" : "memories"}`];
      if (opts.withSources)
        parts.push(`${done.sources} ${done.sources === 1 ? "source" : "sources"}`, `${done.images} ${done.images === 1 ? "image" : "images"}`);
      process.stdout.write(`Deleted ${parts.join(", ")}.\n`);
    });
}
