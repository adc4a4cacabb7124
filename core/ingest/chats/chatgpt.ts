/**
 * ChatGPT data export (`conversations.json`) → conversations. Each conversation stores its messages
 * as a tree (`mapping`: node id → { parent, children, message }) because editing a message or
 * regenerating an answer starts a new branch. We keep the branch the user saw last: from
 * `current_node` up the `parent` links to the root, then reversed.
 */
import { z } from "zod";
import { LATEST_IMPORT_MS } from "../../time/import-dates.js";
import { validateAt } from "../kit/validate.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";
import { branchTo, newestLeaf } from "./message-tree.js";

/** Unix seconds from 1970 to 2199 (a time out of that range would break every view of it). */
const UnixSeconds = z.number().refine((s) => s >= 0 && s < LATEST_IMPORT_MS / 1000, "expected a time in unix seconds from 1970 to 2199");

const Message = z.object({
  id: z.string().min(1),
  author: z.object({ role: z.string(), name: z.string().nullish() }),
  create_time: UnixSeconds.nullish(),
  content: z.looseObject({ content_type: z.string(), parts: z.array(z.unknown()).nullish(), text: z.string().nullish() }),
  metadata: z.record(z.string(), z.unknown()).nullish(),
});

const Node = z.object({
  parent: z.string().nullish(),
  children: z.array(z.string()).nullish(),
  message: Message.nullish(),
});

const Conversation = z.object({
  id: z.string().nullish(),
  conversation_id: z.string().nullish(),
  title: z.string().nullish(),
  create_time: UnixSeconds,
  mapping: z.record(z.string(), Node),
  current_node: z.string().nullish(),
});

type Node = z.output<typeof Node>;
type Message = NonNullable<Node["message"]>;

/** Content types that are not conversation text (custom instructions, memory edits, hidden reasoning). */
const SKIPPED_TYPES = new Set(["user_editable_context", "model_editable_context", "thoughts", "reasoning_recap"]);

const ROLES: Record<string, ParsedTurn["role"]> = { user: "user", assistant: "assistant", system: "system" };
const SPEAKERS: Record<string, string> = { user: "User", assistant: "ChatGPT", system: "System", tool: "Tool" };

/**
 * The text a message showed: its string parts (and voice transcripts) joined by newlines, or the
 * `text` field of types such as `code` and `execution_output`; `skipped` counts non-text parts.
 */
function messageText(m: Message): { text: string; skipped: number } {
  const { content } = m;
  if (SKIPPED_TYPES.has(content.content_type)) return { text: "", skipped: 0 };
  if (!content.parts) return { text: (content.text ?? "").trim(), skipped: 0 };
  const texts: string[] = [];
  let skipped = 0;
  for (const part of content.parts) {
    if (typeof part === "string") texts.push(part);
    else if (part && typeof part === "object" && (part as { content_type?: unknown }).content_type === "audio_transcription") {
      const t = (part as { text?: unknown }).text;
      if (typeof t === "string") texts.push(t);
    } else skipped++;
  }
  return { text: texts.join("\n").trim(), skipped };
}

/**
 * Converts item `index` of a ChatGPT `conversations.json` into a conversation holding the current
 * branch. Skipped: null messages, messages hidden from the conversation
 * (`metadata.is_visually_hidden_from_conversation`), custom-instruction/memory/reasoning content
 * and messages with no text (e.g. only an image). Role from `author.role` (`tool` → "other");
 * speaker `author.name`, else "User"/"ChatGPT"/"System"/"Tool". Times: `message.create_time`
 * (unix seconds), else the conversation's `create_time`. Turn metadata: `content_type` when not
 * "text", `model` (the `model_slug`), `non_text_parts` (count of skipped image/file parts).
 * @throws ImportError naming the JSON path (`[2].mapping.abc.message.create_time`) when the item
 *   does not have this shape, or when `current_node`/`parent` name a node that is not in `mapping`.
 */
export function parseChatgptConversation(value: unknown, index: number, file: string): ParsedConversation {
  const c = validateAt(Conversation, value, file, [index]);
  const externalId = c.id ?? c.conversation_id;
  if (!externalId) throw new ImportError(file, `[${index}].id`, "missing (expected a string id or conversation_id)");
  // (without current_node: the leaf whose message is newest)
  const leaf = c.current_node ?? newestLeaf(c.mapping, (node) => node.message?.create_time ?? 0);
  const ids = leaf === null ? [] : branchTo(c.mapping, leaf, file, index, `[${index}].current_node`);
  const startedAt = Math.round(c.create_time * 1000);
  const turns: ParsedTurn[] = [];
  const participants: string[] = [];
  for (const id of ids) {
    const m = c.mapping[id]!.message;
    if (!m || m.metadata?.is_visually_hidden_from_conversation === true) continue;
    const { text, skipped } = messageText(m);
    if (!text) continue;
    const role = m.author.role;
    const speaker = m.author.name?.trim() || SPEAKERS[role] || role;
    if (!participants.includes(speaker)) participants.push(speaker);
    const metadata: Record<string, unknown> = {};
    if (m.content.content_type !== "text") metadata.content_type = m.content.content_type;
    if (typeof m.metadata?.model_slug === "string") metadata.model = m.metadata.model_slug;
    if (skipped) metadata.non_text_parts = skipped;
    turns.push({
      externalId: m.id,
      speaker,
      role: ROLES[role] ?? "other",
      occurredAt: m.create_time != null ? Math.round(m.create_time * 1000) : startedAt,
      text,
      metadata,
    });
  }
  return { format: "chatgpt", externalId, title: c.title?.trim() || null, participants, startedAt, turns };
}
