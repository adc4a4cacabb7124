// Bit-sliced counting over document bitmaps, single-bit reads and writes, and a bounded top-k heap, for the term bitmaps (term-bitmaps*.ts, memory-type-bits.ts).

/** The bitmap of `ids` over ids 0..maxId (Uint32 words). */
export function wordsOf(ids: Iterable<number>, maxId: number): Uint32Array {
  const words = new Uint32Array((maxId >>> 5) + 1);
  for (const id of ids) words[id >>> 5]! |= 1 << (id & 31);
  return words;
}

/** Whether bit `id` of the bitmap `words` is set (1) or not (0; also past its end). */
export function hasBit(words: Uint32Array, id: number): number {
  return ((words[id >>> 5] ?? 0) >>> (id & 31)) & 1;
}

/** Sets bit `id` of `words`, in place, or in a copy grown to hold it (at least doubled). @returns the bitmap holding the bit */
export function setBit(words: Uint32Array, id: number): Uint32Array {
  const w = id >>> 5;
  if (w >= words.length) {
    const grown = new Uint32Array(Math.max(2 * words.length, w + 1));
    grown.set(words);
    words = grown;
  }
  words[w]! |= 1 << (id & 31);
  return words;
}

/** Number of set bits of a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Bits of word `w` whose 4-bit count (in `planes`) is at least `k`. */
function atLeast(planes: Uint32Array[], w: number, k: number): number {
  let gt = 0;
  let eq = ~0;
  for (let j = 3; j >= 0; j--) {
    const p = planes[j]![w]!;
    if ((k >>> j) & 1) eq &= p;
    else {
      gt |= eq & p;
      eq &= ~p;
    }
  }
  return (gt | eq) >>> 0;
}

/**
 * Adds the bitmaps `maps` into the 4-bit counters `planes` (one Uint32Array per bit of the count,
 * as many words as the bitmaps; zeroed first) and returns, per word, the documents holding at least k
 * of the terms, with k the largest giving at least `enough` documents (1 at the least).
 */
export function countAndTake(planes: Uint32Array[], maps: Uint32Array[], enough: number): Uint32Array {
  const words = planes[0]!.length;
  for (const p of planes) p.fill(0);
  const [p0, p1, p2, p3] = planes as [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  for (const m of maps) {
    for (let w = 0; w < words; w++) {
      let carry = m[w]!;
      if (!carry) continue;
      let t = p0[w]! & carry;
      p0[w]! ^= carry;
      carry = t;
      if (!carry) continue;
      t = p1[w]! & carry;
      p1[w]! ^= carry;
      carry = t;
      if (!carry) continue;
      t = p2[w]! & carry;
      p2[w]! ^= carry;
      p3[w]! |= t;
    }
  }
  const atLeastK = new Array<number>(maps.length + 1).fill(0);
  for (let w = 0; w < words; w++) {
    if (!(p0[w]! | p1[w]! | p2[w]! | p3[w]!)) continue;
    for (let k = 1; k <= maps.length; k++) {
      const n = popcount(atLeast(planes, w, k));
      if (n === 0) break;
      atLeastK[k]! += n;
    }
  }
  let k = maps.length;
  while (k > 1 && atLeastK[k]! < enough) k--;
  const out = new Uint32Array(words);
  for (let w = 0; w < words; w++) out[w] = atLeast(planes, w, k);
  return out;
}

/** A bounded min-heap keeping the `size` highest-scored ids pushed. */
export class TopScores {
  private readonly idsArr: number[] = [];
  private readonly scores: number[] = [];
  constructor(private readonly size: number) {}

  push(id: number, s: number): void {
    const { idsArr: ids, scores } = this;
    if (ids.length < this.size) {
      let i = ids.length;
      ids.push(id);
      scores.push(s);
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (scores[p]! <= s) break;
        ids[i] = ids[p]!;
        scores[i] = scores[p]!;
        i = p;
      }
      ids[i] = id;
      scores[i] = s;
      return;
    }
    if (s <= scores[0]!) return;
    let i = 0;
    for (;;) {
      const c0 = 2 * i + 1;
      if (c0 >= ids.length) break;
      const c = c0 + 1 < ids.length && scores[c0 + 1]! < scores[c0]! ? c0 + 1 : c0;
      if (scores[c]! >= s) break;
      ids[i] = ids[c]!;
      scores[i] = scores[c]!;
      i = c;
    }
    ids[i] = id;
    scores[i] = s;
  }

  /** The ids kept (any order). */
  ids(): number[] {
    return [...this.idsArr];
  }
}
