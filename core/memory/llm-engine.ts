import { z } from "zod";
import { LlmOutputError, recordLlmCall, type ChatMessage, type LlmRuntime } from "../../models/llm/index.js";
import type { EngramDb } from "../db/connection.js";
import type { SourceRow } from "../db/types.js";
import { annotateDates, dateDetail } from "../time/mentions.js";
import { engineMayChange, THRESHOLDS, type Decision } from "./decide.js";
import { isOwnReply, type Extraction, type Extractor, type SourceBatch } from "./extractor.js";
import { isKeptWhole } from "./whole.js";
import { episodeCandidates } from "./episode-candidates.js";
import { factCandidate } from "./fact-candidates.js";
import { personaLines } from "./persona-lines.js";
import { factsMemo } from "./turn-facts.js";
import type { Neighbour } from "./nearest.js";
import { procedureContent } from "./procedures.js";
import { extractRequest, quoteMemory, systemPrompt } from "./prompts.js";
import type { Candidate } from "./types.js";

/** What the `extract` operation returns for a window of messages. */
export const ExtractSchema = z.object({
  memories: z
    .array(
      z.object({
        type: z.enum(["semantic", "procedural"]),
        title: z.string().max(160),
        content: z.string().max(600),
        subject: z.string().max(80).nullable(),
        predicate: z.string().max(40).nullable(),
        object: z.string().max(120).nullable(),
        single: z.boolean(),
        steps: z.array(z.string().max(300)).max(20),
        source: z.number().int(),
        about_user: z.boolean(),
      }),
    )
    .max(12),
});

/** What the `update` operation returns for one candidate and its neighbours. */
export const UpdateSchema = z.object({
  op: z.enum(["ADD", "UPDATE", "INVALIDATE", "NOOP"]),
  target_id: z.number().int().nullable(),
  reason: z.string().max(200),
});

/**
 * The `llm` engine: the same outputs as the heuristic one, written by the local model. Episodes are
 * the windows of episodes.ts; for each window the `extract` operation (its LoRA adapter) returns
 * facts and procedures as JSON, and for each candidate with stored neighbours the `update`
 * operation chooses ADD / UPDATE / INVALIDATE / NOOP. Sources and memories are quoted in the
 * prompts as data with their provenance (prompts/*.md, prompts.ts); every call is logged for
 * adapter training (recordLlmCall). Output that does not fit the schema is logged as not kept and
 * ignored: the window keeps its episode, and a decision falls back to ADD.
 */
export function llmExtractor(db: EngramDb, llm: LlmRuntime): Extractor {
  /** One structured call, logged for adapter training, with the id of its log row; null when the
   * output is unusable (logged as not kept). */
  const call = async <T>(
    op: "extract" | "update",
    schema: z.ZodType<T>,
    messages: ChatMessage[],
    signal?: AbortSignal,
  ): Promise<{ out: T; id: number } | null> => {
    try {
      const out = await llm.completeJson(schema, messages, { op, signal });
      return { out, id: recordLlmCall(db, { op, modelId: llm.modelId, input: messages, output: JSON.stringify(out), kept: true }) };
    } catch (err) {
      if (!(err instanceof LlmOutputError)) throw err;
      recordLlmCall(db, { op, modelId: llm.modelId, input: messages, output: err.raw, kept: false });
      return null;
    }
  };
  /** Turns the model reads per extract call (a session's episode is one memory; its facts come from chunks). */
  const EXTRACT_TURNS = 5;
  return {
    name: "llm",
    pooledVectors: false,
    async extract(batch: SourceBatch, signal?: AbortSignal): Promise<Extraction> {
      const factsOf = factsMemo(batch);
      const { candidates, windowOf } = episodeCandidates(batch, factsOf);
      // a session can be long: the model reads it in chunks of EXTRACT_TURNS turns
      const byWindow = new Map<string, SourceRow[]>();
      for (const t of batch.turns) {
        if (isOwnReply(t.source, batch.conversation)) continue;
        // (a Kindle highlight or a calendar event is kept whole, as the book or the calendar said it: no
        // model rewords it; its fact is the one the episode was told with, factsMemo's)
        if (isKeptWhole(t.source)) {
          candidates.push(...factsOf(t).map((f, i) => factCandidate(t, f, i, windowOf.get(t.source.id))));
          continue;
        }
        const window = windowOf.get(t.source.id)!;
        let part = 0;
        while ((byWindow.get(`${window}#${part}`)?.length ?? 0) >= EXTRACT_TURNS) part++;
        const key = `${window}#${part}`;
        byWindow.set(key, [...(byWindow.get(key) ?? []), t.source]);
      }
      for (const [key, sources] of byWindow) {
        const messages: ChatMessage[] = [
          { role: "system", content: systemPrompt("extract") },
          { role: "user", content: extractRequest(batch.conversation ?? null, batch.participants, sources) },
        ];
        const extracted = await call("extract", ExtractSchema, messages, signal);
        (extracted?.out.memories ?? []).forEach((m, i) => {
          // a user's later edit of this memory becomes the call's corrected output (llm-corrections.ts)
          const llm_call = { id: extracted!.id, index: i };
          const source = sources.find((s) => s.id === m.source) ?? sources[0]!;
          const { text: content, dates } = annotateDates(m.content, source.occurred_at);
          const subject = m.about_user ? "the user" : (m.subject ?? source.speaker ?? "someone");
          const base = {
            key: `llm:${key}:${i}`,
            occurredAt: source.occurred_at,
            validFrom: source.occurred_at,
            sourceIds: [source.id],
            derivedFrom: key.split("#")[0]!,
            entities: subject !== "the user" ? [{ name: subject, kind: "person" as const }] : [],
          };
          if (m.type === "procedural" && m.steps.length >= 2) {
            candidates.push({
              ...base,
              type: "procedural",
              title: m.title,
              content: procedureContent({ title: m.title, steps: m.steps }),
              details: { steps: m.steps, llm_call },
              importance: 0.7,
              confidence: 0.8,
            });
          } else if (m.type === "semantic") {
            candidates.push({
              ...base,
              type: "semantic",
              title: m.title,
              content,
              subject,
              details: { about_user: m.about_user, dates: dates.map(dateDetail), llm_call },
              importance: m.predicate ? 0.7 : 0.5,
              confidence: 0.8,
              ...(m.predicate && m.object ? { fact: { subject, predicate: m.predicate, object: m.object, single: m.single } } : {}),
            } satisfies Candidate);
          }
        });
      }
      return { candidates, persona: personaLines(batch) };
    },
    async decide(candidate: Candidate, neighbours: Neighbour[], signal?: AbortSignal): Promise<Decision> {
      const stored = neighbours.filter((n) => n.memory.type === candidate.type);
      if (stored.length === 0) return { op: "ADD", targetId: null, invalidates: [], related: [], reason: "nothing similar stored" };
      const messages: ChatMessage[] = [
        { role: "system", content: systemPrompt("update") },
        {
          role: "user",
          content: `New memory:\n${quoteMemory({ id: 0, title: candidate.title, content: candidate.content, occurred_at: candidate.occurredAt })}\n\nStored memories:\n${stored.map((n) => quoteMemory(n.memory)).join("\n")}`,
        },
      ];
      const d = (await call("update", UpdateSchema, messages, signal))?.out ?? {
        op: "ADD" as const,
        target_id: null,
        reason: "the model's decision was unusable: added",
      };
      const target = stored.find((n) => n.memory.id === d.target_id)?.memory;
      const related = stored
        .filter((n) => n.memory.id !== target?.id && n.similarity >= THRESHOLDS.related)
        .map((n) => ({ id: n.memory.id, similarity: n.similarity }));
      if (!target || d.op === "ADD") return { op: "ADD", targetId: null, invalidates: [], related, reason: d.reason };
      if (d.op === "INVALIDATE") return { op: "ADD", targetId: null, invalidates: engineMayChange(target) ? [target.id] : [], related, reason: d.reason };
      return { op: d.op, targetId: target.id, invalidates: [], related, reason: d.reason };
    },
  };
}
