import type { Command } from "commander";

/** A subcommand's module: exports `register(program)`. */
type Module = Promise<{ register(program: Command): void }>;

/**
 * The `engram` subcommands. Each lives in `./<name>.ts`, named after the command. Modules are
 * imported lazily (one static `import()` each, so the bundler of bin/build-cli.mjs sees them), and
 * a module's top-level imports are only what declaring its options needs: the API (database,
 * engine, models), chrono-node, the progress bar, the HTTP and MCP servers are imported by the
 * actions, so `engram --help` and a command's own start pay for none of them
 * (test/unit/cli-lazy-load.test.ts).
 */
const LOADERS = {
  import: () => import("./import.js") as Module,
  search: () => import("./search.js") as Module,
  stats: () => import("./stats.js") as Module,
  ask: () => import("./ask.js") as Module,
  chat: () => import("./chat.js") as Module,
  process: () => import("./process.js") as Module,
  consolidate: () => import("./consolidate.js") as Module,
  capture: () => import("./capture.js") as Module,
  models: () => import("./models.js") as Module,
  adapters: () => import("./adapters.js") as Module,
  serve: () => import("./serve.js") as Module,
  export: () => import("./export.js") as Module,
  delete: () => import("./delete.js") as Module,
  mcp: () => import("./mcp.js") as Module,
};

/** The names of the subcommands, in the order `engram --help` lists them. */
export const COMMANDS = Object.keys(LOADERS) as Array<keyof typeof LOADERS>;

/**
 * Registers the subcommand named in `argv` (the first argument that is not an option), or every
 * subcommand when none is named or the name is unknown (for `--help` and the unknown-command error).
 */
export async function registerCommands(program: Command, argv: string[]): Promise<void> {
  const named = argv.slice(2).find((a) => !a.startsWith("-"));
  const wanted = COMMANDS.find((c) => c === named);
  for (const name of wanted ? [wanted] : COMMANDS) (await LOADERS[name]()).register(program);
}
