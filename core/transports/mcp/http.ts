import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { EngramApi } from "../../api/types.js";
import { createMcpServer, type McpServerOptions } from "./server.js";

/** Handles one HTTP request to `/mcp` (after the server's Host, Origin and token checks). */
export type McpHttpHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * MCP over Streamable HTTP, stateless: each POST gets a fresh server and transport (the SDK's
 * stateless pattern), answered as JSON; GET and DELETE (sessions, server-sent streams) answer 405.
 * The caller (core/transports/http/server.ts) has already checked Host, Origin and the per-start token.
 */
export function mcpHttpHandler(api: EngramApi, opts: McpServerOptions): McpHttpHandler {
  return async (req, res) => {
    if (req.method !== "POST") {
      res.writeHead(405, { "Content-Type": "application/json", Allow: "POST" });
      res.end(JSON.stringify({ jsonrpc: "2.0", error: { code: -32000, message: "Engram's MCP endpoint is stateless: send JSON-RPC with POST." }, id: null }));
      return;
    }
    const server = createMcpServer(api, opts);
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on("close", () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res);
  };
}
