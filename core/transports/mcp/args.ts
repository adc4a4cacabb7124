import { z } from "zod";
import { parseDateArg } from "../../time/args.js";

/**
 * Argument vocabulary of the MCP tools (zod, turned into JSON schema by the SDK). Dates are
 * strings an agent can write: ISO 8601 (`2023-05-08`, `2023-05-08T13:56:00Z`) or plain English
 * (`8 May 2023`, `last week`), parsed by core/time/args.ts; ids are the database ids that tool
 * results show as `id="…"`.
 */

/** A memory type. */
export const memoryType = z.enum(["core", "episodic", "semantic", "procedural", "resource", "vault"]);

/** A memory id. */
export const memoryId = z.number().int().positive().describe('a memory id, as shown in id="…" of a <memory> element');

/** A date argument. */
export const dateArg = (what: string) =>
  z.string().min(1).max(100).describe(`${what}: an ISO 8601 date or time (2023-05-08, 2023-05-08T13:56:00Z) or plain English (8 May 2023)`);

/**
 * Epoch ms of a date argument, or undefined when absent.
 * @throws Error naming the argument when the text is not a date.
 */
export function toTime(text: string | undefined, name: string, endOfDay = false): number | undefined {
  return text === undefined ? undefined : parseDateArg(text, name, { endOfDay });
}
