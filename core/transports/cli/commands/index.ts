import type { Command } from "commander";

/**
 * The `engram` subcommands. Each lives in `./<name>.ts`, named after the command, and exports
 * `register(program)`. Modules are imported lazily: some pull in the embedder, OCR or the LLM
 * runtime, which take seconds to load, and a command should only pay for what it uses.
 */
export const COMMANDS = [
  "import", "search", "stats", "ask", "chat", "process", "consolidate", "capture", "models", "adapters", "serve", "export", "delete", "mcp",
] as const;

/**
 * Registers the subcommand named in `argv` (the first argument that is not an option), or every
 * subcommand when none is named or the name is unknown (for `--help` and the unknown-command error).
 */
export async function registerCommands(program: Command, argv: string[]): Promise<void> {
  const named = argv.slice(2).find((a) => !a.startsWith("-"));
  const wanted = COMMANDS.find((c) => c === named);
  for (const name of wanted ? [wanted] : COMMANDS) {
    const mod = (await import(`./${name}.js`)) as { register(program: Command): void };
    mod.register(program);
  }
}
