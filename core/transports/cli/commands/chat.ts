import type { Command } from "commander";
import { createInterface } from "node:readline";
import { withApi } from "../cli-context.js";
import { printCitations } from "./ask.js";

/**
 * `engram chat [--db PATH]`: an interactive chat in the terminal (node:readline); piped input is
 * read line by line. Every exchange is stored in one Engram conversation and remembered (the
 * API's `chat`).
 */
export function register(program: Command): void {
  program
    .command("chat")
    .description("chat with Engram in the terminal; what you say is remembered (type /exit or press Ctrl-D to leave)")
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .action(async (opts: { db?: string }) => {
      const tty = !!process.stdin.isTTY;
      await withApi(opts, async ({ api }) => {
        const rl = createInterface({ input: process.stdin, output: tty ? process.stdout : undefined, terminal: tty });
        let conversationId: number | undefined;
        if (tty) {
          process.stdout.write("Engram chat. What you say is remembered. /exit to leave.\n");
          rl.setPrompt("you> ");
          rl.prompt();
        }
        try {
          for await (const raw of rl) {
            const line = raw.trim();
            if (line === "/exit" || line === "/quit") break;
            if (line) {
              process.stdout.write("engram> ");
              const r = await api.chat({ message: line, conversationId }, { onEvent: (e) => (e.type === "token" ? process.stdout.write(e.text) : undefined) });
              conversationId = r.conversationId;
              process.stdout.write("\n");
              printCitations(r);
            }
            if (tty) rl.prompt();
          }
        } finally {
          rl.close();
        }
      });
    });
}
