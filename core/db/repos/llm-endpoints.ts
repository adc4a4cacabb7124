import type { EngramDb } from "../connection.js";
import { deactivateModels } from "./models.js";

// OpenAI-compatible model servers registered as chat models (table `llm_endpoints`, migration
// 006); models/llm/openai/endpoints.ts checks them and turns rows into records. At most one
// endpoint is active (a unique index), and an active endpoint and an active GGUF chat model
// exclude each other.

/** A row of `llm_endpoints`: `allow_remote` and `active` 0/1, `created_at` epoch ms. */
export interface EndpointRow {
  name: string;
  /** base URL of the OpenAI API, without a trailing slash */
  url: string;
  model: string;
  /** name of the environment variable holding the API key (never the key) */
  api_key_env: string | null;
  allow_remote: number;
  /** tokens, or null when unknown */
  context_length: number | null;
  active: number;
  created_at: number;
}

/** All endpoints, by name. */
export function listEndpointRows(db: EngramDb): EndpointRow[] {
  return db.prepare("SELECT * FROM llm_endpoints ORDER BY name").all() as EndpointRow[];
}

/** The endpoint named `name`, or undefined. */
export function getEndpointRow(db: EngramDb, name: string): EndpointRow | undefined {
  return db.prepare("SELECT * FROM llm_endpoints WHERE name = ?").get(name) as EndpointRow | undefined;
}

/** The active endpoint, or undefined. */
export function activeEndpointRow(db: EngramDb): EndpointRow | undefined {
  return db.prepare("SELECT * FROM llm_endpoints WHERE active = 1").get() as EndpointRow | undefined;
}

/** How many chat choices are active besides endpoint `exceptName`: active endpoints plus active GGUF chat models. */
export function countActiveChats(db: EngramDb, exceptName: string): number {
  return (
    db
      .prepare(
        "SELECT (SELECT COUNT(*) FROM llm_endpoints WHERE active = 1 AND name <> ?) + (SELECT COUNT(*) FROM models WHERE role = 'chat' AND active = 1) AS n",
      )
      .get(exceptName) as { n: number }
  ).n;
}

/** Whether endpoint `name` exists and is active. */
export function endpointIsActive(db: EngramDb, name: string): boolean {
  return ((db.prepare("SELECT active FROM llm_endpoints WHERE name = ?").get(name) as { active: number } | undefined)?.active ?? 0) === 1;
}

/**
 * Inserts endpoint `e.name`, or updates its url, model, key variable, remote permission and
 * context length; an existing row keeps its `active` flag and `created_at` (those of `e` apply to a new row).
 */
export function upsertEndpoint(db: EngramDb, e: EndpointRow): void {
  db.prepare(
    `INSERT INTO llm_endpoints(name, url, model, api_key_env, allow_remote, context_length, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(name) DO UPDATE SET url = excluded.url, model = excluded.model, api_key_env = excluded.api_key_env,
         allow_remote = excluded.allow_remote, context_length = excluded.context_length`,
  ).run(e.name, e.url, e.model, e.api_key_env, e.allow_remote, e.context_length, e.active, e.created_at);
}

/** Deletes endpoint `name` (nothing when there is none). */
export function deleteEndpoint(db: EngramDb, name: string): void {
  db.prepare("DELETE FROM llm_endpoints WHERE name = ?").run(name);
}

/** Deactivates every endpoint. Call inside the caller's transaction when it goes with other changes. */
export function deactivateEndpoints(db: EngramDb): void {
  db.prepare("UPDATE llm_endpoints SET active = 0 WHERE active = 1").run();
}

/** Makes endpoint `name` the chat model, in one transaction: every other endpoint and the active GGUF chat model are deactivated. */
export function activateEndpoint(db: EngramDb, name: string): void {
  db.transaction(() => {
    deactivateEndpoints(db);
    deactivateModels(db, "chat");
    db.prepare("UPDATE llm_endpoints SET active = 1 WHERE name = ?").run(name);
  })();
}
