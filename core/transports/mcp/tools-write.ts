import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { EngramApi } from "../../api/types.js";
import { dateArg, memoryId, toTime } from "./args.js";
import { dataResult, quoteMemory, textResult } from "./format.js";

/** The error every write tool gives when the server runs with `--read-only`. */
export function readOnlyMessage(tool: string): string {
  return `${tool} is refused: Engram's MCP server runs read-only (--read-only), so agents can search and read memories but not change them. The user can restart it without --read-only to allow writes.`;
}

/**
 * Registers the write tools: remember, update_memory, delete_memory. The API they call records
 * every change with actor `mcp` in the memory's version history (core/api `ApiContext.actor`).
 * With `readOnly` they stay listed (so an agent learns they exist) but refuse every call.
 */
export function registerWriteTools(server: McpServer, api: EngramApi, readOnly: boolean): void {
  const guard = (tool: string) => {
    if (readOnly) throw new Error(readOnlyMessage(tool));
  };

  server.registerTool(
    "remember",
    {
      title: "Remember",
      description:
        "Store something the user wants kept (a fact about them, a decision, an event, a preference) in their memory. It is saved as a note " +
        'from the user and turned into memories at once; returns the memories made. Write it as the user would say it ("I\'m allergic to peanuts").',
      inputSchema: z.strictObject({
        text: z.string().min(1).max(20_000).describe("what to remember, in the user's words"),
        occurred_at: dateArg("when it happened (default: now)").optional(),
      }),
      annotations: { title: "Remember", readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    },
    async (a) => {
      guard("remember");
      const r = await api.remember({ text: a.text, occurredAt: toTime(a.occurred_at, "occurred_at") });
      const head = r.duplicate ? `Already remembered (note #${r.sourceId}); nothing new was stored.` : `Stored as note #${r.sourceId}.`;
      if (!r.memories.length) return textResult(`${head} No memory was made from it.`);
      const quoted: string[] = [];
      for (const m of r.memories) quoted.push(quoteMemory(m, await api.memoryProvenance({ id: m.id })));
      return dataResult([`${head} Memories made or updated from it:`, ...quoted]);
    },
  );

  server.registerTool(
    "update_memory",
    {
      title: "Update a memory",
      description:
        "Correct a memory the user says is wrong: new title, content or importance. The change is recorded in the memory's history as made by an " +
        "agent over MCP, and the memory engine will not overwrite it later.",
      inputSchema: z.strictObject({
        id: memoryId,
        title: z.string().min(1).max(500).optional().describe("the new title"),
        content: z.string().min(1).max(100_000).optional().describe("the new text"),
        importance: z.number().min(0).max(1).optional().describe("0 (trivial) to 1 (essential)"),
      }),
      annotations: { title: "Update a memory", readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
    },
    async (a) => {
      guard("update_memory");
      if (a.title === undefined && a.content === undefined && a.importance === undefined)
        throw new Error("update_memory: give a title, content or importance to change");
      const m = await api.updateMemory({ id: a.id, title: a.title, content: a.content, importance: a.importance });
      return dataResult([`Memory #${m.id} updated.`, quoteMemory(m, await api.memoryProvenance({ id: m.id }))]);
    },
  );

  server.registerTool(
    "delete_memory",
    {
      title: "Delete a memory",
      description: "Delete a memory for good (its text, links and history). Only when the user asks to forget something.",
      inputSchema: z.strictObject({ id: memoryId }),
      annotations: { title: "Delete a memory", readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false },
    },
    async (a) => {
      guard("delete_memory");
      await api.deleteMemory({ id: a.id });
      return textResult(`Memory #${a.id} is deleted.`);
    },
  );
}
