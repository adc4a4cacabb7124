import { readFileSync } from "node:fs";

/**
 * Synthetic memories for bench:scale, made from real LoCoMo turns so the indexes see realistic words
 * and geometry: memory i joins two pool turns (a, b) chosen by a hash of i; its vector is the
 * L2-normalised sum of their real embeddings plus uniform noise of ±0.01 per dimension. Memory i is
 * a pure function of (i, pool), so Engram and its peer (another process) index the same corpus
 * without holding it in memory.
 */
export interface SyntheticMemory {
  /** 1-based id: Engram's memory id and the peer's row id */
  id: number;
  title: string;
  content: string;
  /** epoch ms */
  occurredAt: number;
  vector: Float32Array;
}

/** Turn texts of a LoCoMo export (session_N arrays), in file order. @throws when the file is unreadable. */
export function locomoTurnTexts(file: string): string[] {
  const samples = JSON.parse(readFileSync(file, "utf8")) as Array<{ conversation: Record<string, unknown> }>;
  const out: string[] = [];
  for (const s of samples) {
    for (const [key, turns] of Object.entries(s.conversation)) {
      if (/^session_\d+$/.test(key)) for (const t of turns as Array<{ text: string }>) out.push(t.text);
    }
  }
  return out;
}

/** mulberry32 (Tommy Ettinger's 32-bit generator): uniform numbers in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Memory number `index` (0-based) of the corpus over `texts` and their `vectors` (same order, one
 * L2-normalised vector each).
 */
export function syntheticMemory(index: number, texts: string[], vectors: Float32Array[]): SyntheticMemory {
  const rand = mulberry32(Math.imul(index + 1, 0x9e3779b1));
  const a = Math.floor(rand() * texts.length);
  const b = Math.floor(rand() * texts.length);
  const va = vectors[a]!;
  const vb = vectors[b]!;
  const v = new Float32Array(va.length);
  let norm = 0;
  for (let j = 0; j < v.length; j++) {
    v[j] = va[j]! + vb[j]! + (rand() - 0.5) * 0.02;
    norm += v[j]! * v[j]!;
  }
  const inv = 1 / Math.sqrt(norm);
  for (let j = 0; j < v.length; j++) v[j]! *= inv;
  return { id: index + 1, title: `memory ${index + 1}`, content: `${texts[a]} ${texts[b]}`, occurredAt: 1_600_000_000_000 + index * 60_000, vector: v };
}

/**
 * Exact top `k` ids per query by dot product (cosine for normalised vectors), scanning `rows` once:
 * the ground truth for vector overlap.
 */
export function exactTopK(rows: Iterable<{ id: number; vector: Float32Array }>, queries: Float32Array[], k: number): number[][] {
  const best = queries.map(() => [] as Array<{ id: number; s: number }>);
  for (const { id, vector } of rows) {
    for (let q = 0; q < queries.length; q++) {
      const qv = queries[q]!;
      let s = 0;
      for (let j = 0; j < qv.length; j++) s += qv[j]! * vector[j]!;
      const list = best[q]!;
      if (list.length < k || s > list[list.length - 1]!.s) {
        if (list.length === k) list.pop();
        let i = list.length - 1;
        while (i >= 0 && list[i]!.s < s) i--;
        list.splice(i + 1, 0, { id, s });
      }
    }
  }
  return best.map((l) => l.map((x) => x.id));
}

/** Mean share of each exact top-k list found in the matching approximate list. */
export function overlapAtK(approx: number[][], exact: number[][]): number {
  if (exact.length === 0) return 0;
  let sum = 0;
  exact.forEach((e, q) => {
    const got = new Set(approx[q] ?? []);
    sum += e.filter((id) => got.has(id)).length / Math.max(1, e.length);
  });
  return sum / exact.length;
}
