import type { EngramDb } from "../db/connection.js";
import { getConversation } from "../db/repos/conversations.js";
import { extractedMemories, type ExtractedMemory } from "../db/repos/extract-examples.js";
import { sourcesInTimeOrder } from "../db/repos/sources.js";
import type { DatasetExample } from "../../models/adapters/dataset.js";
import { extractRequest, systemPrompt } from "./prompts.js";

/**
 * Training examples for the `extract` LoRA adapter rebuilt from what is stored, for a database
 * whose memories no logged call wrote (imported with the heuristic engine, or edited by the user):
 * the sources a group of semantic and procedural memories came from, asked exactly as the runtime
 * asks (prompts/extract.md as the system prompt, {@link extractRequest} as the user message), and
 * those memories as the answer in the runtime's output schema (llm-engine.ts `ExtractSchema`).
 * Groups holding a memory the user edited come first.
 * @param onlyCorrected only the groups holding a user-edited memory
 */
export function rebuildExtractExamples(db: EngramDb, onlyCorrected: boolean): DatasetExample[] {
  const memories = extractedMemories(db);
  const groups = new Map<string, ExtractedMemory[]>();
  for (const m of memories) groups.set(m.source_ids, [...(groups.get(m.source_ids) ?? []), m]);
  const examples: DatasetExample[] = [];
  for (const [ids, group] of groups) {
    const corrected = group.some((m) => m.user_edited === 1);
    if (onlyCorrected && !corrected) continue;
    const sources = sourcesInTimeOrder(db, ids.split(",").map(Number));
    const conversation = sources[0]?.conversation_id != null ? (getConversation(db, sources[0].conversation_id) ?? null) : null;
    const participants = conversation
      ? (JSON.parse(conversation.participants) as string[])
      : [...new Set(sources.map((s) => s.speaker).filter((s): s is string => !!s))];
    const answer = { memories: group.map((m) => answerOf(m, sources[0]!.id)) };
    examples.push({
      corrected,
      messages: [
        { role: "system", content: systemPrompt("extract") },
        { role: "user", content: extractRequest(conversation, participants, sources) },
        { role: "assistant", content: JSON.stringify(answer) },
      ],
    });
  }
  return examples.sort((a, b) => Number(b.corrected) - Number(a.corrected));
}

/** A stored memory in the extract output schema. */
function answerOf(m: ExtractedMemory, source: number): Record<string, unknown> {
  const d = JSON.parse(m.details || "{}") as Record<string, unknown>;
  return {
    type: m.type,
    title: m.title,
    content: m.content,
    subject: d.subject ?? null,
    predicate: d.predicate ?? null,
    object: d.object ?? null,
    single: d.single === true,
    steps: Array.isArray(d.steps) ? d.steps : [],
    source,
    about_user: d.about_user === true,
  };
}
