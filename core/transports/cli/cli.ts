import { Command, CommanderError } from "commander";
import { registerCommands } from "./commands/index.js";
import { CliError } from "./cli-context.js";
import { envText } from "../../config/env.js";

/**
 * Entry point of the `engram` command line.
 * @param argv process.argv (node, script, ...args)
 * @returns the process exit code: 0 on success, 1 on a user-facing error, 2 on bad usage.
 * Errors go to stderr as one line `engram: <message>`; `--json` output goes to stdout only.
 */
export async function main(argv: string[]): Promise<number> {
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
