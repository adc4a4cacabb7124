/**
 * DeepSeek's chat export (chat.deepseek.com → Settings → Data → Export data: a ZIP holding
 * `conversations.json` and `user.json`, unzipped) → conversations. `conversations.json` is a JSON array,
 * one item per chat: `{ id, title, inserted_at, updated_at, mapping }`, times ISO 8601 with their zone
 * (DeepSeek writes Beijing's, "2025-03-30T04:49:36.505000+08:00"). `mapping` is the chat's message tree as
 * ChatGPT's is (message-tree.ts): node id → `{ id, parent, children, message }`, the root `"root"` with no
 * message; a message is `{ files, model, inserted_at, fragments }`, each fragment typed: `REQUEST` (what the
 * user typed), `RESPONSE` (the answer), `THINK` (DeepThink's reasoning, `elapsed_secs` how long), `SEARCH`
 * (the web's results read, `results: [{ url, title, snippet, cite_index, site_name }]`), `READ_LINK` (a link
 * opened, its `url`). Editing a message or regenerating an answer forks the tree; the export names no
 * current node, so the branch read is the one to the newest message (as chatgpt.ts does without
 * `current_node`). `user.json` is the account (its phone number or email), no chat: a folder passes it over
 * ({@link deepseekPassedOver}).
 *
 * Checked against public readers of the export: DavidShiang/DeepSeek2md main.py (a conversation's `id`,
 * `title`, `inserted_at`, `updated_at`, `mapping`; the tree from its `"root"` node's `children`; a message's
 * `inserted_at` and `fragments`, `RESPONSE` telling the assistant's); a converter reading `user.json`'s
 * `mobile.mobile_number` beside `conversations.json` (nodes' `parent`; `inserted_at` read with Python's
 * `datetime.fromisoformat`; a message of several fragments an assistant's, its last the answer);
 * Eternity-LLM/transfer main.py (a node's `id`, `parent`, `children`, `message`; a message's `files`, `model`,
 * `fragments`; `REQUEST` the user's, `THINK` the reasoning, any other the assistant's); luoyif/memory-harness's
 * connectors (`SEARCH` with `results` of `{ url, title, snippet }`, `READ_LINK` with its `url`, nodes walked by
 * `children`); yuki-inaho/deepseek-exporter's fixture of the chat site's messages (`THINK`'s `elapsed_secs`,
 * results' `cite_index` and `site_name`, newer sites' `TOOL_SEARCH` and `TOOL_OPEN`, a file's `file_name`, a
 * regenerated answer a sibling of the kept one); answers citing results as "[citation:2]".
 */
import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { z } from "zod";
import { fileStart } from "../kit/file-start.js";
import { inImportRange, isoToMs } from "../../time/import-dates.js";
import { formatPath, validateAt } from "../kit/validate.js";
import type { ParsedConversation, ParsedTurn } from "../kit/types.js";
import { branchTo, newestLeaf } from "./message-tree.js";

/** Epoch ms of an ISO 8601 date-time, or of unix seconds; NaN when it is neither or not from 1970 to 2199. */
function msOf(t: string | number): number {
  if (typeof t === "string") return isoToMs(t);
  return inImportRange(t * 1000) ? Math.round(t * 1000) : Number.NaN;
}

/** An ISO 8601 date-time as the export writes it; or unix seconds, as DeepSeek's site gives a message's time. */
const Time = z.union([z.string(), z.number()]).refine((t) => !Number.isNaN(msOf(t)), "expected an ISO 8601 date-time from 1970 to 2199, or unix seconds");

/** The fragments whose `content` is words (the user's, the answer's, the reasoning's): a string where given. */
const WORDS = new Set(["REQUEST", "RESPONSE", "THINK"]);

/** A fragment: its type and what it holds; other types' fields (a search's results, a tool's) are read where they are of a known shape, never refused. */
const Fragment = z
  .looseObject({
    type: z.string(),
    content: z.unknown().optional(),
    elapsed_secs: z.unknown().optional(),
    results: z.unknown().optional(),
    result: z.unknown().optional(),
    url: z.unknown().optional(),
  })
  .superRefine((f, ctx) => {
    if (WORDS.has(f.type) && f.content != null && typeof f.content !== "string")
      ctx.addIssue({ code: "custom", message: "expected the fragment's content to be a string", path: ["content"], input: f.content });
  });

const Message = z.looseObject({
  files: z.array(z.looseObject({ file_name: z.string().nullish() })).nullish(),
  model: z.string().nullish(),
  inserted_at: Time.nullish(),
  fragments: z.array(Fragment),
});

const Node = z.object({
  parent: z.string().nullish(),
  children: z.array(z.string()).nullish(),
  message: Message.nullish(),
});

const Conversation = z.object({
  id: z.string().min(1),
  title: z.string().nullish(),
  inserted_at: Time,
  mapping: z.record(z.string(), Node),
});

type Node = z.output<typeof Node>;
type Message = NonNullable<Node["message"]>;
type Fragment = z.output<typeof Fragment>;

/** A web page a search found or a link opened (`{ url, title }`, as a search's `results` and `TOOL_OPEN`'s `result` hold them), or null. */
function pageOf(v: unknown): { title?: string; url?: string } | null {
  if (!v || typeof v !== "object") return null;
  const { url, title } = v as { url?: unknown; title?: unknown };
  const page = { ...(typeof title === "string" && title.trim() ? { title: title.trim() } : {}), ...(typeof url === "string" && url ? { url } : {}) };
  return page.title || page.url ? page : null;
}

/** A search's or a link's pages, as `{ title, url }` (the search's snippets are the web's words, left out). */
const pagesOf = (f: Fragment): Array<{ title?: string; url?: string }> =>
  [...(Array.isArray(f.results) ? f.results : []), f.result, typeof f.url === "string" ? { url: f.url } : null]
    .map(pageOf)
    .filter((p): p is { title?: string; url?: string } => p !== null);

/** An answer's citations of the results it read ("…on his phone.[citation:2]"), no words of it. */
const CITATION = /\[(?:citation|reference):\d+\]/g;

/** What a message's fragments hold: the user's words, the answer's, and what else was done for the answer, for its metadata. */
function fragmentsOf(m: Message): { asked: string; answered: string; extras: Record<string, unknown> } {
  const asked: string[] = [];
  const answered: string[] = [];
  const sources: Array<{ title?: string; url?: string }> = [];
  const other: string[] = [];
  let thought: number | null = null;
  for (const f of m.fragments) {
    const text = typeof f.content === "string" ? f.content.trim() : undefined;
    if (f.type === "REQUEST") {
      if (text) asked.push(text);
    } else if (f.type === "RESPONSE") {
      const words = text?.replace(CITATION, "").trim();
      if (words) answered.push(words);
    } else if (f.type === "THINK") thought = (thought ?? 0) + (typeof f.elapsed_secs === "number" ? f.elapsed_secs : 0);
    else if (f.type === "SEARCH" || f.type === "READ_LINK" || f.type === "TOOL_SEARCH" || f.type === "TOOL_OPEN") sources.push(...pagesOf(f));
    else if (!other.includes(f.type)) other.push(f.type);
  }
  const extras: Record<string, unknown> = {};
  if (thought !== null) extras.thinking_seconds = Math.round(thought * 10) / 10;
  if (sources.length) extras.sources = sources;
  if (other.length) extras.other_fragments = other;
  return { asked: asked.join("\n\n"), answered: answered.join("\n\n"), extras };
}

/**
 * The nodes with their parents: a node that names none (`parent` absent, as some writers leave it) takes the
 * node whose `children` name it.
 */
function withParents(mapping: Record<string, Node>): Record<string, Node> {
  const parentOf = new Map<string, string>();
  for (const [id, node] of Object.entries(mapping)) for (const child of node.children ?? []) parentOf.set(child, id);
  const out: Record<string, Node> = {};
  for (const [id, node] of Object.entries(mapping)) out[id] = node.parent === undefined ? { ...node, parent: parentOf.get(id) ?? null } : node;
  return out;
}

/**
 * Converts item `index` of DeepSeek's `conversations.json` into a conversation holding the branch the user
 * ended on (to the newest message). A message's `REQUEST` fragments are the user's turn (speaker "User"), its
 * `RESPONSE` fragments DeepSeek's (speaker "DeepSeek", its "[citation:N]" marks left out); one holding both
 * gives both, the answer's id `<node id>:response`. Not the conversation's words, left out: `THINK` (its
 * seconds kept as the answer's metadata `thinking_seconds`), `SEARCH`, `READ_LINK`, `TOOL_SEARCH` and
 * `TOOL_OPEN` (their pages' titles and addresses kept as `sources`; the results' snippets are the web's), any
 * other fragment (its type in `other_fragments`). A request of files alone reads `[attached: a.pdf]`.
 * Turn ids are the node ids; times the message's `inserted_at`, else the conversation's. Turn metadata:
 * `model`, `attachments` (the files' names), and the above.
 * @throws ImportError naming the JSON path (`[2].mapping.3.message.inserted_at: expected an ISO 8601
 *   date-time …`) when the item does not have this shape, or `[i].mapping.<id>.parent` when a parent is not
 *   in `mapping` or the parent links loop.
 */
export function parseDeepseekConversation(value: unknown, index: number, file: string): ParsedConversation {
  const c = validateAt(Conversation, value, file, [index]);
  const mapping = withParents(c.mapping);
  const startedAt = msOf(c.inserted_at);
  const leaf = newestLeaf(mapping, (node) => (node.message?.inserted_at != null ? msOf(node.message.inserted_at) : 0));
  const ids = leaf === null ? [] : branchTo(mapping, leaf, file, index, formatPath([index, "mapping", leaf]));
  const turns: ParsedTurn[] = [];
  const participants: string[] = [];
  const add = (turn: ParsedTurn) => {
    if (!participants.includes(turn.speaker)) participants.push(turn.speaker);
    turns.push(turn);
  };
  for (const id of ids) {
    const m = mapping[id]!.message;
    if (!m) continue;
    const { asked, answered, extras } = fragmentsOf(m);
    const files = (m.files ?? []).map((f) => f.file_name?.trim()).filter((n): n is string => !!n);
    const occurredAt = m.inserted_at != null ? msOf(m.inserted_at) : startedAt;
    const model = m.model ? { model: m.model } : {};
    // (files sent with a request of no words: named, the user's)
    const userText = asked || (files.length && m.fragments.some((f) => f.type === "REQUEST") ? `[attached: ${files.join(", ")}]` : "");
    if (userText)
      add({
        externalId: id,
        speaker: "User",
        role: "user",
        occurredAt,
        text: userText,
        metadata: { ...model, ...(files.length ? { attachments: files } : {}) },
      });
    if (answered)
      add({
        externalId: userText ? `${id}:response` : id,
        speaker: "DeepSeek",
        role: "assistant",
        occurredAt,
        text: answered,
        metadata: { ...model, ...extras },
      });
  }
  return { format: "deepseek", externalId: c.id, title: c.title?.trim() || null, participants, startedAt, turns };
}

/** Whether `start`, a JSON file's first bytes, opens DeepSeek's `conversations.json`: its first chat names its `"inserted_at"` and its `"mapping"`. */
export function isDeepseekStart(start: string): boolean {
  return /^\s*\[\s*(?:\]|\{)/.test(start) && (/^\s*\[\s*\]/.test(start) || (/"inserted_at"\s*:/.test(start) && /"mapping"\s*:/.test(start)));
}

/**
 * Why a file of DeepSeek's export found in a folder is passed over, or null: its `user.json` beside its
 * `conversations.json` (told by its start, {@link isDeepseekStart}) is the account's details, its phone
 * number or email, no chat.
 */
export function deepseekPassedOver(path: string): string | null {
  if (basename(path).toLowerCase() !== "user.json") return null;
  const chats = join(dirname(path), "conversations.json");
  const start = existsSync(chats) ? fileStart(chats, 4096) : null;
  return start !== null && isDeepseekStart(start)
    ? "DeepSeek's account details (user.json: its phone number or email), no chat; the chats are read from conversations.json beside it"
    : null;
}
