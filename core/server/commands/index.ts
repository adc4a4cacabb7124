import type { Command } from "commander";
import { register as adaptersCommand } from "./adapters.js";
import { register as importCommand } from "./import.js";
import { register as modelsCommand } from "./models.js";
import { register as searchCommand } from "./search.js";
import { register as statsCommand } from "./stats.js";
import { register as serveCommand } from "./serve.js";
import { register as exportCommand } from "./export.js";

/**
 * Registers every `engram` subcommand on `program`. Each command lives in its
 * own module in this folder and exports `register(program)`.
 */
export function registerCommands(program: Command): void {
  adaptersCommand(program);
  importCommand(program);
  modelsCommand(program);
  searchCommand(program);
  statsCommand(program);
  serveCommand(program);
  exportCommand(program);
}
