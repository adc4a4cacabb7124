import { Command, CommanderError } from "commander";
import { registerCommands } from "./commands/index.js";
import { CliError } from "./cli-error.js";
import { envText } from "../../config/env.js";

/**
 * Whether `argv` runs a command that embeds a query: `search` (not `--mode bm25`) or `ask`, and not
 * for help.
 */
function embedsAQuery(argv: string[]): boolean {
  const args = argv.slice(2);
  const command = args.find((a) => !a.startsWith("-"));
  if (command !== "search" && command !== "ask") return false;
  if (args.some((a) => a === "-h" || a === "--help")) return false;
  const mode = args.findIndex((a) => a === "--mode" || a.startsWith("--mode="));
  const value = mode < 0 ? "hybrid" : args[mode]!.startsWith("--mode=") ? args[mode]!.slice(7) : args[mode + 1];
  return value !== "bm25";
}

/**
 * Entry point of the `engram` command line.
 * @param argv process.argv (node, script, ...args)
 * @returns the process exit code: 0 on success, 1 on a user-facing error, 2 on bad usage.
 * Errors go to stderr as one line `engram: <message>`; `--json` output goes to stdout only.
 * It returns once no embedder is loading or embedding (api/prewarm.ts `settleBeforeExit`), so the
 * caller may `process.exit` (bin/engram.mjs).
 */
export async function main(argv: string[]): Promise<number> {
  // the model starts on its worker thread while the command's modules load and the database opens
  // (imported here, not at the top: the other commands and --help load no embedder). Awaited, a few
  // small modules: imported alongside the command's modules it waited for them, and the worker
  // started ~150-200 ms later (engram search, load 8: 122-351 ms after start vs 227-536 ms)
  const prewarm = embedsAQuery(argv) ? await import("../../api/prewarm.js").catch(() => null) : null;
  prewarm?.prewarmQueryEmbedder();
  try {
    return await run(argv);
  } finally {
    // a command that failed while the model was loading must not exit under its worker (prewarm.ts)
    await prewarm?.settleBeforeExit();
  }
}

/** Parses `argv` and runs its command; returns the exit code ({@link main}). */
async function run(argv: string[]): Promise<number> {
  const program = new Command("engram")
    .description("Engram: your local-only memory. Import chats, capture screens, search and ask.")
    .showHelpAfterError()
    .exitOverride();
  await registerCommands(program, argv);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`engram: ${message}\n`);
    if (envText("ENGRAM_DEBUG") && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    return err instanceof CliError ? err.exitCode : 1;
  }
}
