import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ConversationRow, SourceRow } from "../db/types.js";
import { humanDate } from "../time/format.js";
import { escapeData } from "../util/quote.js";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "prompts");
const cache = new Map<string, string>();

/** The system prompt of a memory operation, from prompts/<op>.md (read once). */
export function systemPrompt(op: "extract" | "update" | "answer"): string {
  let text = cache.get(op);
  if (text === undefined) {
    text = readFileSync(join(DIR, `${op}.md`), "utf8").trim();
    cache.set(op, text);
  }
  return text;
}

function attr(value: string | number | null | undefined): string {
  return JSON.stringify(String(value ?? "")).replace(/</g, "\\u003c");
}

/**
 * A source quoted as data with its provenance:
 * `<source id="12" kind="chat_turn" speaker="Caroline" role="other" time="2023-05-08 13:56 UTC" external_id="D1:3" trust="imported">…</source>`.
 */
export function quoteSource(s: SourceRow): string {
  const time = new Date(s.occurred_at).toISOString().slice(0, 16).replace("T", " ");
  const where = s.app ? ` app=${attr(s.app)} window=${attr(s.window_title)}` : "";
  return `<source id=${attr(s.id)} kind=${attr(s.kind)} speaker=${attr(s.speaker)} role=${attr(s.role)} time="${time} UTC" external_id=${attr(s.external_id)} trust=${attr(s.trust)}${where}>\n${escapeData(s.text)}\n</source>`;
}

/** A memory quoted as data: `<memory id="7" date="8 May 2023" title="…">…</memory>`; `label` replaces the id (e.g. the citation number). */
export function quoteMemory(m: { id: number; title: string; content: string; occurred_at: number | null }, label?: string): string {
  return `<memory ${label ? `n=${attr(label)}` : `id=${attr(m.id)}`} date=${attr(m.occurred_at != null ? humanDate(m.occurred_at) : "undated")} title=${attr(m.title)}>\n${escapeData(m.content)}\n</memory>`;
}

/**
 * The user message of an `extract` call: the conversation, its participants, then the sources
 * quoted as data. The runtime (llm-engine.ts) and the training examples rebuilt from stored
 * memories (llm-dataset.ts) both use it, so an adapter trains on what it will be asked.
 */
export function extractRequest(
  conversation: Pick<ConversationRow, "title" | "external_id" | "format"> | null,
  participants: string[],
  sources: SourceRow[],
): string {
  const name = conversation ? `${conversation.title ?? conversation.external_id} (${conversation.format})` : "none";
  return `Conversation: ${name}. Participants: ${participants.join(", ") || "unknown"}.\n\n${sources.map(quoteSource).join("\n")}`;
}
