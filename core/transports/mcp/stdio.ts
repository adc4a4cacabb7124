import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import type { EngramApi } from "../../api/types.js";
import { createMcpServer, type McpServerOptions } from "./server.js";
import { untilStopSignal } from "../../util/signals.js";

/**
 * Serves MCP over this process's stdin/stdout until stdin ends (the client closed) or the process
 * gets SIGINT/SIGTERM. stdout carries only JSON-RPC: anything a library prints with console.log
 * goes to stderr meanwhile, or it would corrupt the protocol stream.
 */
export async function serveStdio(api: EngramApi, opts: McpServerOptions): Promise<void> {
  for (const level of ["log", "info", "debug"] as const) console[level] = console.error;
  const server = createMcpServer(api, opts);
  const transport = new StdioServerTransport();
  await server.connect(transport);
  await Promise.race([
    new Promise<void>((done) => {
      process.stdin.once("end", done);
      process.stdin.once("close", done);
    }),
    untilStopSignal(),
  ]);
  await server.close();
}
