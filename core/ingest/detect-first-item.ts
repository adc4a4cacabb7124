// A JSON export of conversations told by its first array item's keys: LoCoMo, ChatGPT, Claude, DeepSeek,
// or a Roam graph's first page (the file's start only says it is a JSON array: detect-head.ts).
import { LONG_STRING_BYTES } from "./chats/elided.js";
import { type JsonItem, streamJsonArray } from "./kit/json-stream.js";
import { isRoamPage } from "./notes/roam.js";
import { ImportError, type ImportFormat } from "./kit/types.js";

/** The formats whose files are a JSON array of conversations (every other format is a file of its own kind: parse.ts FILE_READERS). */
export type JsonExportFormat = Extract<ImportFormat, "locomo" | "chatgpt" | "claude" | "deepseek" | "engram">;

/**
 * What a JSON array's first item says the file is: a JSON export of conversations, or a Roam graph
 * (its first page: the file is then read by roam.ts, whose pages' block refs reach across the graph,
 * parse.ts hands it over).
 */
export type FirstItemFormat = JsonExportFormat | "roam";

/** Which JSON export the keys of the first array item belong to, or null (a Roam page's keys come in no fixed order: told here, not from the file's start). */
function formatOfKeys(keys: Set<string>): FirstItemFormat | null {
  if (keys.has("conversation") && (keys.has("qa") || keys.has("sample_id"))) return "locomo";
  if (keys.has("mapping") && keys.has("create_time")) return "chatgpt";
  if (keys.has("chat_messages") && keys.has("uuid")) return "claude";
  // (DeepSeek's chat: its message tree, `mapping`, as ChatGPT's, but its times `inserted_at`, no `create_time`)
  if (keys.has("mapping") && keys.has("inserted_at")) return "deepseek";
  if (isRoamPage(keys)) return "roam";
  return null;
}

/**
 * Which JSON export `first`, the first item of the file's array, belongs to (streamed without its
 * long strings, elided.ts: the keys it looks for are short, none was left out; an item that is not
 * recognised is read whole for the error). parse.ts calls this on the item it then parses, so a
 * file whose format is detected is not read an extra time for it (but a Roam graph, read again from
 * its start by roam.ts, its first page twice).
 * @throws ImportError `[0]`: not an object, or keys of no known export (named in the message)
 */
export async function formatOfFirstItem(file: string, first: JsonItem): Promise<FirstItemFormat> {
  const v = first.value;
  const keyed = v && typeof v === "object" && !Array.isArray(v) ? formatOfKeys(new Set(Object.keys(v))) : null;
  if (keyed) return keyed;
  const value = await first.whole();
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new ImportError(file, "[0]", `expected an object (a conversation), got ${Array.isArray(value) ? "an array" : JSON.stringify(value)}`);
  }
  const keys = Object.keys(value);
  const format = formatOfKeys(new Set(keys));
  if (format) return format;
  const shown = keys.slice(0, 12).join(", ") + (keys.length > 12 ? ", ..." : "");
  throw new ImportError(
    file,
    "[0]",
    `unrecognised JSON export: the first item has keys {${shown}}; expected LoCoMo (conversation, qa), ChatGPT (mapping, create_time), Claude (chat_messages, uuid), DeepSeek (mapping, inserted_at) or a Roam Research graph (title, children)`,
  );
}

/** The error for a JSON export whose array is empty and whose format was not given. */
export function emptyArrayError(file: string): ImportError {
  return new ImportError(file, "[0]", "the export is an empty array: nothing to import (pass a format to accept it)");
}

/** Detects a JSON export from its first array item (streamed: only that item is read and parsed, {@link formatOfFirstItem}). */
export async function detectJson(file: string): Promise<ImportFormat> {
  for await (const item of streamJsonArray(file, { elideStringsOver: LONG_STRING_BYTES })) return formatOfFirstItem(file, item);
  throw emptyArrayError(file);
}
