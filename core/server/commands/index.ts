import type { Command } from "commander";

/**
 * Registers every `engram` subcommand on `program`. Each command lives in its
 * own module in this folder and exports `register(program)`.
 */
export function registerCommands(program: Command): void {
  void program;
}
