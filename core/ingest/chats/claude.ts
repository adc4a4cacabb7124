/**
 * Claude data export (`conversations.json` from claude.ai) → conversations: an array of
 * `{ uuid, name, created_at, chat_messages: [{ uuid, sender, text, content?, created_at, attachments?, files? }] }`
 * with ISO 8601 times.
 */
import { z } from "zod";
import { isoToMs } from "../../time/import-dates.js";
import { validateAt } from "../kit/validate.js";
import type { ParsedConversation, ParsedTurn } from "../kit/types.js";

const IsoTime = z.string().refine((s) => !Number.isNaN(isoToMs(s)), "expected an ISO 8601 date-time from 1970 to 2199");

const Named = z.looseObject({ file_name: z.string().nullish() });

const Message = z.object({
  uuid: z.string().min(1),
  sender: z.string().min(1),
  text: z.string().nullish(),
  content: z.array(z.looseObject({ type: z.string(), text: z.string().nullish() })).nullish(),
  created_at: IsoTime.nullish(),
  attachments: z.array(Named).nullish(),
  files: z.array(Named).nullish(),
});

const Conversation = z.object({
  uuid: z.string().min(1),
  name: z.string().nullish(),
  created_at: IsoTime,
  chat_messages: z.array(Message),
});

const ROLES: Record<string, ParsedTurn["role"]> = { human: "user", assistant: "assistant" };
const SPEAKERS: Record<string, string> = { human: "User", assistant: "Claude" };

/**
 * Converts item `index` of a Claude `conversations.json` into a conversation. A message's text is
 * its `text` content blocks joined by blank lines (tool calls and thinking blocks are left out), else
 * its `text` field; a message with only attachments reads `[attached: a.pdf, b.png]`; empty messages
 * are skipped. Speaker "User" (sender `human`) or "Claude" (`assistant`); other senders keep their
 * name with role "other". Times: the message's `created_at`, else the conversation's. Turn metadata:
 * `attachments` (file names) when there are any.
 * @throws ImportError naming the JSON path, e.g. `[3].chat_messages[0].created_at: expected an ISO
 *   8601 date-time, got "yesterday"`.
 */
export function parseClaudeConversation(value: unknown, index: number, file: string): ParsedConversation {
  const c = validateAt(Conversation, value, file, [index]);
  const startedAt = isoToMs(c.created_at);
  const turns: ParsedTurn[] = [];
  const participants: string[] = [];
  for (const m of c.chat_messages) {
    const blocks = (m.content ?? []).filter((b) => b.type === "text" && b.text?.trim()).map((b) => b.text!.trim());
    const files = [...(m.attachments ?? []), ...(m.files ?? [])].map((f) => f.file_name).filter((n): n is string => !!n);
    let text = blocks.length ? blocks.join("\n\n") : (m.text ?? "").trim();
    if (!text && files.length) text = `[attached: ${files.join(", ")}]`;
    if (!text) continue;
    const speaker = SPEAKERS[m.sender] ?? m.sender;
    if (!participants.includes(speaker)) participants.push(speaker);
    turns.push({
      externalId: m.uuid,
      speaker,
      role: ROLES[m.sender] ?? "other",
      occurredAt: m.created_at ? isoToMs(m.created_at) : startedAt,
      text,
      metadata: files.length ? { attachments: files } : {},
    });
  }
  return { format: "claude", externalId: c.uuid, title: c.name?.trim() || null, participants, startedAt, turns };
}
