/**
 * An in-memory `EngramApi` for the UI component tests: the boundary the renderer talks to, holding
 * a few memories made from one small conversation. It behaves like the real API where the tests
 * look (search, list, get, edit, pin, delete + undo, sources with neighbouring turns, a streamed
 * chat answer with citations, stats); methods the tests do not use reject with `unavailable`.
 */
import type {
  Answer,
  ChatResult,
  Citation,
  EngramApi,
  ListedMemory,
  Memory,
  MemoryDetail,
  MemoryVersion,
  Page,
  Source,
  SourceRef,
  Stats,
} from "../../core/api/types.js";

const DAY = 86_400_000;
const T0 = Date.UTC(2023, 4, 8, 13, 56);

interface Stored {
  memory: Memory;
  sourceId: number;
  versions: MemoryVersion[];
}

/** Options of the fake: `empty` starts with no data at all (the first run). */
export interface FakeApiOptions {
  empty?: boolean;
}

/** The fake plus what the tests inspect: calls made, by method name. */
export interface FakeApi {
  api: EngramApi;
  calls: Array<{ method: string; req: unknown }>;
}

function turn(id: number, seq: number, speaker: string, text: string, at: number): Source {
  return {
    id,
    kind: "chat_turn",
    externalId: `D1:${seq}`,
    conversationId: 1,
    seq,
    speaker,
    role: "other",
    app: null,
    windowTitle: null,
    url: null,
    occurredAt: at,
    text,
    trust: "imported",
    metadata: {},
    imageUrl: null,
  };
}

function memoryOf(id: number, s: Source): Memory {
  return {
    id,
    type: "episodic",
    title: `${s.speaker}: ${s.text.slice(0, 40)}`,
    content: `${s.speaker}: ${s.text}`,
    details: {},
    occurredAt: s.occurredAt,
    validFrom: s.occurredAt,
    validTo: null,
    recordedAt: T0 + DAY,
    invalidatedAt: null,
    supersededBy: null,
    status: "active",
    importance: 0.5,
    pinned: false,
    userEdited: false,
    accessCount: 0,
    lastAccessedAt: null,
    confidence: 1,
    engine: "import",
    updatedAt: T0 + DAY,
  };
}

/** Creates the fake API (a fresh copy of the data each time). */
export function createFakeApi(opts: FakeApiOptions = {}): FakeApi {
  const calls: FakeApi["calls"] = [];
  const turns: Source[] = opts.empty
    ? []
    : [
        turn(11, 1, "Caroline", "Hey Mel! Good to see you! How have you been?", T0),
        turn(12, 2, "Melanie", "Hey Caroline! I'm swamped with the kids & work.", T0 + 60_000),
        turn(13, 3, "Caroline", "I went to a LGBTQ support group yesterday and it was so powerful.", T0 + 120_000),
        turn(14, 4, "Melanie", "Wow, that's cool, Caroline! What happened that was so awesome?", T0 + 180_000),
        turn(15, 5, "Caroline", "The transgender stories were so inspiring!", T0 + 240_000),
      ];
  const store = new Map<number, Stored>();
  turns.forEach((t, i) => {
    const memory = memoryOf(100 + i, t);
    store.set(memory.id, {
      memory,
      sourceId: t.id,
      versions: [{ op: "ADD", before: null, after: memory, reason: "imported turn", actor: "import", at: memory.recordedAt }],
    });
  });
  const deleted = new Map<string, Stored>();
  let tokenSeq = 0;

  const refOf = (s: Source): SourceRef => ({
    sourceId: s.id,
    kind: s.kind,
    externalId: s.externalId,
    conversationId: s.conversationId,
    conversation: "conv-26",
    speaker: s.speaker,
    occurredAt: s.occurredAt,
    app: null,
    windowTitle: null,
  });
  const sourceOf = (id: number): Source => {
    const s = turns.find((t) => t.id === id);
    if (!s) throw Object.assign(new Error(`Source ${id} does not exist.`), { code: "not_found" });
    return s;
  };
  const get = (id: number): Stored => {
    const st = store.get(id);
    if (!st) throw Object.assign(new Error(`Memory ${id} does not exist (any more).`), { code: "not_found" });
    return st;
  };
  const stats = (): Stats => ({
    memories: { core: 0, episodic: store.size, semantic: 0, procedural: 0, resource: 0, vault: 0 },
    memoriesTotal: store.size,
    sources: { chat_turn: turns.length, screenshot: 0, file: 0, manual: 0 },
    conversations: turns.length ? 1 : 0,
    entities: 0,
    edges: 0,
    frames: 0,
    unprocessedSources: 0,
  });
  // Cited: memories containing at least half of the question's longer words.
  const citationsFor = (question: string): Citation[] => {
    const words = question
      .toLowerCase()
      .split(/\W+/)
      .filter((w) => w.length > 3);
    return [...store.values()]
      .filter((s) => words.length > 0 && words.filter((w) => s.memory.content.toLowerCase().includes(w)).length >= words.length / 2)
      .map((s) => ({
        memoryId: s.memory.id,
        title: s.memory.title,
        text: s.memory.content,
        excerpt: null,
        speaker: sourceOf(s.sourceId).speaker,
        occurredAt: s.memory.occurredAt,
        sources: [refOf(sourceOf(s.sourceId))],
      }));
  };

  const impl: Partial<EngramApi> = {
    async stats() {
      return stats();
    },
    async listMemories(req) {
      const items = [...store.values()]
        .map((s) => ({ ...s.memory, who: sourceOf(s.sourceId).speaker }))
        .filter((m) => (!req.types || req.types.includes(m.type)) && (!req.pinnedOnly || m.pinned));
      items.sort((a, b) => (b.occurredAt ?? 0) - (a.occurredAt ?? 0));
      return { items, nextCursor: null, total: items.length } satisfies Page<ListedMemory>;
    },
    async search(req) {
      const words = req.query.toLowerCase().split(/\s+/).filter(Boolean);
      const hits = [...store.values()]
        .filter((s) => words.every((w) => s.memory.content.toLowerCase().includes(w)))
        .map((s, i) => ({
          memory: s.memory,
          score: 1 / (60 + i),
          scores: { bm25Rank: i + 1, vectorRank: null, vectorSimilarity: null },
          sources: [refOf(sourceOf(s.sourceId))],
          who: sourceOf(s.sourceId).speaker,
          excerpt: null,
        }));
      return { hits, tookMs: 1 };
    },
    async getMemory({ id }) {
      const st = get(id);
      return {
        memory: st.memory,
        sources: [refOf(sourceOf(st.sourceId))],
        versions: st.versions,
        supersededBy: null,
        supersedes: [],
        entities: [],
        related: [],
      } satisfies MemoryDetail;
    },
    async updateMemory(req) {
      const st = get(req.id);
      const before = st.memory;
      st.memory = {
        ...before,
        ...(req.title !== undefined ? { title: req.title } : {}),
        ...(req.content !== undefined ? { content: req.content } : {}),
        userEdited: true,
        engine: "user",
      };
      st.versions.push({ op: "EDIT", before, after: st.memory, reason: null, actor: "user", at: Date.now() });
      return st.memory;
    },
    async pinMemory({ id, pinned }) {
      const st = get(id);
      st.memory = { ...st.memory, pinned };
      st.versions.push({ op: pinned ? "PIN" : "UNPIN", before: null, after: st.memory, reason: null, actor: "user", at: Date.now() });
      return st.memory;
    },
    async deleteMemory({ id }) {
      const st = get(id);
      store.delete(id);
      const undoToken = `undo-${++tokenSeq}`;
      deleted.set(undoToken, st);
      return { undoToken, undoUntil: Date.now() + 10_000 };
    },
    async undoDelete({ undoToken }) {
      const st = deleted.get(undoToken);
      if (!st) throw Object.assign(new Error("Too late to undo."), { code: "conflict" });
      deleted.delete(undoToken);
      store.set(st.memory.id, st);
      return st.memory;
    },
    async getSource({ id, context = 5 }) {
      const s = sourceOf(id);
      const i = turns.indexOf(s);
      return {
        source: s,
        conversation: {
          id: 1,
          format: "locomo",
          externalId: "conv-26",
          title: "conv-26",
          participants: ["Caroline", "Melanie"],
          startedAt: T0,
          turnCount: turns.length,
        },
        turns: turns.slice(Math.max(0, i - context), i + context + 1),
        memories: [...store.values()]
          .filter((st) => st.sourceId === id)
          .map((st) => ({
            id: st.memory.id,
            type: st.memory.type,
            title: st.memory.title,
            occurredAt: st.memory.occurredAt,
            validTo: null,
            pinned: st.memory.pinned,
          })),
      };
    },
    async listChats() {
      return { items: [], nextCursor: null, total: 0 };
    },
    async chat(req, so) {
      const citations = citationsFor(req.message);
      const answer = citations.length ? "Caroline went to an LGBTQ support group on 7 May 2023 [1]." : "";
      for (const piece of answer.match(/.{1,8}/g) ?? []) so?.onEvent?.({ type: "token", text: piece });
      so?.onEvent?.({ type: "citations", citations });
      const result: Answer = { answer, citations, engine: "llm", abstained: citations.length === 0, closest: [] };
      return { ...result, conversationId: 7, userSourceId: 900, assistantSourceId: 901 } satisfies ChatResult;
    },
    async importFile(_req, so) {
      so?.onEvent?.({ type: "progress", phase: "import", unit: "messages", done: 10, total: 100, conversations: 1, turns: 5 });
      return { file: "x.json", format: "locomo", conversations: 1, turns: 5, added: 5, duplicates: 0, memories: 5, seconds: 0.1 };
    },
  };

  const api = new Proxy(impl, {
    get(target, method: string) {
      const fn = target[method as keyof EngramApi] as ((...a: unknown[]) => Promise<unknown>) | undefined;
      return async (req: unknown, so?: unknown) => {
        calls.push({ method, req });
        if (!fn) throw Object.assign(new Error(`${method} is not available in this test.`), { code: "unavailable" });
        return fn(req, so);
      };
    },
  }) as EngramApi;
  return { api, calls };
}
