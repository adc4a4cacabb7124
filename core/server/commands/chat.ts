import type { Command } from "commander";
import { createInterface } from "node:readline/promises";
import { createEmbedder } from "../../../models/embedders.js";
import { chatTurn } from "../../assistant/chat.js";
import { withDb } from "../cli-context.js";
import { printCitations } from "./ask.js";

/** `engram chat [--db PATH]`: an interactive chat in the terminal; every exchange is stored and remembered. */
export function register(program: Command): void {
  program
    .command("chat")
    .description("chat with Engram in the terminal; what you say is remembered (type /exit or press Ctrl-D to leave)")
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .action(async (opts: { db?: string }) => {
      const embedder = await createEmbedder();
      await withDb(opts, async (db) => {
        const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
        let conversationId: number | undefined;
        if (process.stdin.isTTY) process.stdout.write("Engram chat. What you say is remembered. /exit to leave.\n");
        try {
          for (;;) {
            let line: string;
            try {
              line = (await rl.question(process.stdin.isTTY ? "you> " : "")).trim();
            } catch {
              break; // input closed (Ctrl-D or end of piped input)
            }
            if (line === "/exit" || line === "/quit") break;
            if (!line) continue;
            process.stdout.write("engram> ");
            const r = await chatTurn(db, embedder, line, { conversationId, onToken: (t) => process.stdout.write(t) });
            conversationId = r.conversationId;
            process.stdout.write("\n");
            printCitations(r);
          }
        } finally {
          rl.close();
        }
      });
    });
}
