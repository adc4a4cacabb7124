/**
 * OpenAI-compatible model servers registered as chat models (table `llm_endpoints`, migration
 * 006): `engram models add-endpoint NAME --url URL --model MODEL [--api-key-env VAR]
 * [--allow-remote]`. Local only by default: a URL whose host is not loopback is refused unless
 * the user allows it. No key is stored — only the name of the environment variable holding it.
 * At most one endpoint is active; choosing one deactivates the GGUF chat model and vice versa
 * (`useChat`).
 */
import type { EngramDb } from "../../../core/db/connection.js";
import {
  type EndpointRow,
  activateEndpoint,
  activeEndpointRow,
  countActiveChats,
  deactivateEndpoints,
  deleteEndpoint,
  endpointIsActive,
  getEndpointRow,
  listEndpointRows,
  upsertEndpoint,
} from "../../../core/db/repos/llm-endpoints.js";
import { modelIds } from "../../../core/db/repos/models.js";
import { nowMs } from "../../../core/time/format.js";
import { getModel, useModel } from "../../registry.js";

/** A registered endpoint. */
export interface EndpointRecord {
  name: string;
  /** base URL of the OpenAI API (`…/v1`), without a trailing slash */
  url: string;
  /** model name the server knows (e.g. `llama3.2:3b` on Ollama) */
  model: string;
  /** name of the environment variable holding the API key, or null (no key) */
  apiKeyEnv: string | null;
  allowRemote: boolean;
  /** context length in tokens (from the server's model info or the user), null when unknown */
  contextLength: number | null;
  active: boolean;
  /** epoch ms */
  createdAt: number;
}

const toRecord = (r: EndpointRow): EndpointRecord => ({
  name: r.name,
  url: r.url,
  model: r.model,
  apiKeyEnv: r.api_key_env,
  allowRemote: r.allow_remote === 1,
  contextLength: r.context_length,
  active: r.active === 1,
  createdAt: r.created_at,
});

/** True when `hostname` (as `URL#hostname` gives it) is this computer: localhost, 127.0.0.0/8 or ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h.endsWith(".localhost") || /^127(\.\d{1,3}){3}$/.test(h) || h === "::1" || h === "0:0:0:0:0:0:0:1";
}

/**
 * Checks and normalises an endpoint URL: http(s), no credentials in it, loopback unless
 * `allowRemote`. Returns it without a trailing slash.
 * @throws Error saying what is wrong (and, for a remote host, that memories would be sent there).
 */
export function checkEndpointUrl(raw: string, allowRemote: boolean): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`--url "${raw}" is not a URL (try http://127.0.0.1:11434/v1 for Ollama)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`--url ${raw}: only http:// and https:// model servers are supported`);
  if (url.username || url.password)
    throw new Error(`--url ${raw}: do not put credentials in the URL; pass --api-key-env VAR with the name of an environment variable holding the key`);
  if (url.search || url.hash) throw new Error(`--url ${raw}: give the API's base URL without a query or fragment`);
  if (!allowRemote && !isLoopbackHost(url.hostname)) {
    throw new Error(
      `--url ${raw}: ${url.hostname} is not this computer. Engram sends your memories and questions to the model server, so only ` +
        "loopback servers (127.0.0.1, localhost) are allowed; pass --allow-remote if this is a server you control",
    );
  }
  return url.href.replace(/\/+$/, "");
}

/** Endpoint names: letters, digits, `.`, `_`, `-`, `:`; 1–64 characters. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
/** Environment variable names. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

/** What `addEndpoint` needs. */
export interface NewEndpoint {
  name: string;
  url: string;
  model: string;
  apiKeyEnv?: string | null;
  allowRemote?: boolean;
  contextLength?: number | null;
}

/**
 * Registers (or replaces) an endpoint after checking it; it becomes active when no chat model or
 * endpoint is active yet. Does not contact the server.
 * @throws Error for a bad name, URL, model, variable name or context length, a non-loopback URL
 *   without `allowRemote`, or a name already used by an installed model.
 */
export function addEndpoint(db: EngramDb, e: NewEndpoint): EndpointRecord {
  if (!NAME.test(e.name)) throw new Error(`endpoint name "${e.name}": use letters, digits, ".", "_", "-" or ":" (at most 64)`);
  if (getModel(db, e.name)) throw new Error(`"${e.name}" is already an installed model's id; pick another endpoint name`);
  const url = checkEndpointUrl(e.url, !!e.allowRemote);
  const model = e.model.trim();
  if (!model || model.length > 200) throw new Error("--model: give the model name the server knows (e.g. llama3.2:3b)");
  if (e.apiKeyEnv != null && !ENV_NAME.test(e.apiKeyEnv)) {
    throw new Error(`--api-key-env "${e.apiKeyEnv}": give the NAME of an environment variable (like OPENAI_API_KEY), not the key itself`);
  }
  if (e.contextLength != null && (!Number.isInteger(e.contextLength) || e.contextLength < 256 || e.contextLength > 10_000_000)) {
    throw new Error(`--context-length must be a whole number of tokens from 256 (got ${e.contextLength})`);
  }
  db.transaction(() => {
    const active = endpointIsActive(db, e.name) || countActiveChats(db, e.name) === 0;
    upsertEndpoint(db, {
      name: e.name,
      url,
      model,
      api_key_env: e.apiKeyEnv ?? null,
      allow_remote: e.allowRemote ? 1 : 0,
      context_length: e.contextLength ?? null,
      active: active ? 1 : 0,
      created_at: nowMs(),
    });
  })();
  return getEndpoint(db, e.name)!;
}

/** All endpoints, by name. */
export function listEndpoints(db: EngramDb): EndpointRecord[] {
  return listEndpointRows(db).map(toRecord);
}

/** The endpoint of this name, or null. */
export function getEndpoint(db: EngramDb, name: string): EndpointRecord | null {
  const row = getEndpointRow(db, name);
  return row ? toRecord(row) : null;
}

/** The active endpoint, or null (then the active GGUF chat model, if any, is used). */
export function activeEndpoint(db: EngramDb): EndpointRecord | null {
  const row = activeEndpointRow(db);
  return row ? toRecord(row) : null;
}

/**
 * Forgets an endpoint.
 * @throws Error when there is none of that name.
 */
export function removeEndpoint(db: EngramDb, name: string): EndpointRecord {
  const e = getEndpoint(db, name);
  if (!e) throw new Error(`no endpoint "${name}" (engram models list shows them)`);
  deleteEndpoint(db, name);
  return e;
}

/** What `useChat` chose. */
export type ChatChoice = { kind: "endpoint"; endpoint: EndpointRecord } | { kind: "model"; id: string; role: string };

/**
 * `engram models use NAME`: an endpoint of that name becomes the chat model (the GGUF chat model
 * is deactivated), else the installed model of that id is activated (and, for a chat model, every
 * endpoint deactivated).
 * @throws Error when neither exists, or the model's file is gone.
 */
export function useChat(db: EngramDb, name: string): ChatChoice {
  const e = getEndpoint(db, name);
  if (e) {
    activateEndpoint(db, name);
    return { kind: "endpoint", endpoint: { ...e, active: true } };
  }
  if (!getModel(db, name)) {
    const names = [...listEndpoints(db).map((x) => x.name), ...modelIds(db)];
    throw new Error(
      `no installed model or endpoint "${name}"${names.length ? `; known: ${names.join(", ")}` : " (engram models import FILE, or engram models add-endpoint NAME --url URL --model MODEL)"}`,
    );
  }
  const m = useModel(db, name);
  if (m.role === "chat") deactivateEndpoints(db);
  return { kind: "model", id: m.id, role: m.role };
}
