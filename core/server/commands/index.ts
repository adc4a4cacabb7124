import type { Command } from "commander";
import { register as importCommand } from "./import.js";
import { register as searchCommand } from "./search.js";
import { register as statsCommand } from "./stats.js";

/**
 * Registers every `engram` subcommand on `program`. Each command lives in its
 * own module in this folder and exports `register(program)`.
 */
export function registerCommands(program: Command): void {
  importCommand(program);
  searchCommand(program);
  statsCommand(program);
}
