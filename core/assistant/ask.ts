import type { Embedder } from "../../models/embedder.js";
import { getLlm, recordLlmCall, type ChatMessage, type LlmRuntime } from "../../models/llm/index.js";
import type { EngramDb } from "../db/connection.js";
import { withoutSaidDate } from "../memory/fact-text.js";
import { quoteMemory, systemPrompt } from "../memory/prompts.js";
import { humanDate } from "../time/format.js";
import { EPISODE_HEAD } from "./answer-form.js";
import { rememberExchange } from "./conversation.js";
import { ABSTAIN, citedNumbers, rememberedAnswer, toCitation, type Answer } from "./format.js";
import { markRecalled, recall, type Recall } from "./recall.js";
import { RELEVANCE, type Recalled } from "./relevance.js";

export type { Answer, Citation, CitationSource } from "./format.js";

/** Options of {@link ask}. */
export interface AskOptions {
  /** Time of asking, epoch ms (default now): "last week" in the question is resolved against it. */
  now?: number;
  /** Memories to retrieve (default 8). */
  k?: number;
  /** Store the question and the answer as an Engram conversation, processed into memories. */
  remember?: boolean;
  /** Receives the answer's text as it is written (the whole text at once without a model). */
  onToken?: (text: string) => void;
  /** Cancels the model's generation (rejects with an AbortError). */
  signal?: AbortSignal;
}

async function llmAnswer(
  db: EngramDb,
  llm: LlmRuntime,
  question: string,
  found: Recall,
  relevant: Recalled[],
  opts: AskOptions & { history?: ChatMessage[] },
): Promise<Answer> {
  const now = opts.now ?? Date.now();
  const core = found.core.map((m) => m.content).join("\n\n");
  const system: ChatMessage = { role: "system", content: `${systemPrompt("answer")}${core ? `\n\nCore memory (data):\n${core}` : ""}` };
  const ask = (memories: string) =>
    `Memories:\n${memories}\n\nQuestion (asked on ${humanDate(now)}${found.time ? `; "${found.time.text}" means ${found.time.label}` : ""}): ${question}`;
  const base = [system, ...(opts.history ?? [])];
  // Fit first (numbers are as long as the final ones), then number the memories that fit: [n] is the n-th given.
  const fit = await llm.fitToContext(
    [...base, { role: "user", content: ask("") }],
    relevant.map((h, i) => ({ text: quoteMemory(h, String(i + 1)), score: h.score, value: h })),
  );
  const given = fit.kept.map((k) => k.value!);
  const messages: ChatMessage[] = [...base, { role: "user", content: ask(given.map((h, i) => quoteMemory(h, String(i + 1))).join("\n")) }];
  const text = (await llm.chat(messages, { op: "answer", onToken: opts.onToken, signal: opts.signal })).trim();
  recordLlmCall(db, { op: "answer", modelId: llm.modelId, input: messages, output: text, kept: true });
  const abstained = text.startsWith(ABSTAIN.slice(0, 20));
  const cited = citedNumbers(text)
    .map((n) => given[n - 1])
    .filter((h): h is Recalled => h != null);
  // (the model found no answer in what it was given: those are the closest memories)
  return {
    answer: text,
    citations: abstained ? [] : (cited.length ? cited : given).map(toCitation),
    engine: "llm",
    abstained,
    closest: abstained ? given.slice(0, RELEVANCE.closest).map(toCitation) : [],
  };
}

/**
 * `hits` without one that says word for word what an earlier one says: a session's episode of one
 * message ("Anna Kowalska, 10 May 2026: Anna Kowalska booked for 7pm, table for three.") beside that
 * message's fact ("Anna Kowalska booked for 7pm, table for three (10 May 2026)."), compared without the
 * episode's head, the said date, the closing stop and case.
 */
function withoutRetold(hits: Recalled[]): Recalled[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const said = withoutSaidDate(h.content.trim().replace(EPISODE_HEAD, ""))
      .replace(/[.!?\s]+$/, "")
      .replace(/\s+/g, " ")
      .toLowerCase();
    if (seen.has(said)) return false;
    seen.add(said);
    return true;
  });
}

/**
 * Answers from the answer's memories (shared by {@link ask} and chatTurn): recalls memories,
 * abstains when none is relevant (with the closest memories search found, `closest`), else answers with the local model (the `answer` adapter;
 * memories as numbered quoted data; citations [n] resolved to memories and their sources) or,
 * without a model, lists the relevant memories themselves with dates and sources.
 * @param opts.history earlier messages of the chat, for the model.
 */
export async function answer(db: EngramDb, embedder: Embedder, question: string, opts: AskOptions & { history?: ChatMessage[] } = {}): Promise<Answer> {
  const now = opts.now ?? Date.now();
  const found = await recall(db, embedder, question, { now, k: opts.k });
  const relevant = withoutRetold(found.hits.filter((h) => h.relevant));
  const llm = getLlm(db);
  let out: Answer;
  if (relevant.length === 0) {
    out = { answer: ABSTAIN, citations: [], engine: llm ? "llm" : "heuristic", abstained: true, closest: withoutRetold(found.closest).map(toCitation) };
    opts.onToken?.(out.answer);
  } else if (llm) {
    out = await llmAnswer(db, llm, question, found, relevant, opts);
  } else {
    // (five memories, or every fact of the human block for "What do you know about me?")
    const shown = relevant.slice(0, found.aboutUser ? relevant.length : 5);
    out = {
      answer: rememberedAnswer(
        question,
        shown.map((h) => ({ ...toCitation(h), content: h.content })),
        { outside: found.time && !shown.some((h) => h.inPeriod) ? found.time.label : undefined },
      ),
      citations: shown.map(toCitation),
      engine: "heuristic",
      abstained: false,
      closest: [],
    };
    opts.onToken?.(out.answer);
  }
  markRecalled(
    db,
    out.citations.map((c) => c.memory_id),
    now,
  );
  return out;
}

/**
 * Answers a one-shot question from memory (`engram ask`): see {@link answer}. Not stored, unless
 * `remember` is set: then the question and the answer become `chat_turn` sources of an Engram
 * conversation, processed into memories like any chat.
 */
export async function ask(db: EngramDb, embedder: Embedder, question: string, opts: AskOptions = {}): Promise<Answer> {
  const text = question.trim();
  if (!text) throw new Error("ask: the question is empty");
  const out = await answer(db, embedder, text, opts);
  if (opts.remember) await rememberExchange(db, embedder, { question: text, answer: out.answer, now: opts.now });
  return out;
}
