/**
 * Adding an endpoint the way `engram models add-endpoint` and the API do: check and store it
 * (endpoints.ts, no network contact before the URL passed the loopback check), then, unless the
 * user gave a context length, ask the server for the model's (model-info.ts) and store that.
 */
import type { EngramDb } from "../../../core/db/connection.js";
import { addEndpoint, type EndpointRecord, type NewEndpoint } from "./endpoints.js";
import { reportedContextLength } from "./model-info.js";

/** The stored endpoint, and whether its context length came from the server. */
export interface RegisteredEndpoint {
  endpoint: EndpointRecord;
  reported: boolean;
}

/**
 * Registers an endpoint and learns its context length from the server when not given.
 * @throws Error from `addEndpoint` (bad name, URL, model, variable name; non-loopback without
 *   `allowRemote`). An unreachable server is not an error: the length stays unknown (4096 assumed).
 */
export async function registerEndpoint(db: EngramDb, e: NewEndpoint): Promise<RegisteredEndpoint> {
  const checked = addEndpoint(db, e);
  if (e.contextLength != null) return { endpoint: checked, reported: false };
  const reported = await reportedContextLength({ name: checked.name, url: checked.url, apiKeyEnv: checked.apiKeyEnv }, checked.model);
  if (reported === null) return { endpoint: checked, reported: false };
  return { endpoint: addEndpoint(db, { ...e, contextLength: reported }), reported: true };
}
