import { ResourceTemplate, type McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { EngramApi } from "../../api/types.js";
import { dataResult, quoteMemory } from "./format.js";

/** The core blocks an agent can read as resources: about the user, and how the assistant should behave. */
export const CORE_BLOCKS = ["human", "persona"] as const;

function text(uri: string, body: string) {
  return { contents: [{ uri, mimeType: "text/plain", text: body }] };
}

/**
 * Registers the resources: `engram://core/human` and `engram://core/persona` (the always-in-context
 * core blocks, empty until the user has said something about themselves or the assistant), and
 * `engram://memory/{id}` (one memory with its provenance). Text is quoted as in tool results.
 */
export function registerResources(server: McpServer, api: EngramApi): void {
  for (const label of CORE_BLOCKS) {
    const uri = `engram://core/${label}`;
    server.registerResource(
      `core-${label}`,
      uri,
      {
        title: label === "human" ? "Core block: the user" : "Core block: the assistant",
        description: label === "human" ? "What Engram always keeps in mind about the user." : "How the user wants the assistant to behave.",
        mimeType: "text/plain",
      },
      async () => {
        const page = await api.listMemories({ types: ["core"], limit: 100 });
        const block = page.items.find((m) => m.details.label === label);
        if (!block) return text(uri, `The ${label} core block is empty.`);
        const sources = await api.memoryProvenance({ id: block.id });
        return text(uri, dataResult([quoteMemory(block, sources)]).content[0]!.text);
      },
    );
  }
  server.registerResource(
    "memory",
    new ResourceTemplate("engram://memory/{id}", { list: undefined }),
    { title: "A memory", description: "One memory by id, with its provenance.", mimeType: "text/plain" },
    async (uri, vars) => {
      const id = Number(vars.id);
      if (!Number.isInteger(id) || id <= 0) throw new Error(`${uri.href}: the memory id must be a positive whole number`);
      const d = await api.getMemory({ id });
      return text(uri.href, dataResult([quoteMemory(d.memory, d.sources)]).content[0]!.text);
    },
  );
}
