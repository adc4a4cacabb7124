import type { Database as Db } from "better-sqlite3";
import { HammingScanner } from "./hamming-scan.js";

/**
 * An in-memory copy of one binary-quantised vector index (the sign bit of each dimension, as
 * sqlite-vec's `vec_quantize_binary` makes them: bit i of byte i/8 is set when x[i] > 0), scanned
 * by Hamming distance in JavaScript.
 *
 * Why not sqlite-vec's own KNN: its cost grows with N × k (measured at 100k memories: 11 ms CPU
 * for k = 60, 27 ms for 200, 201 ms for 1,000), and the rescoring stage needs a few hundred
 * candidates to find ≥ 98 % of the exact top 10. This scan costs ~0.5 ms of CPU per 100k vectors
 * whatever the number of candidates (WebAssembly SIMD popcount, hamming-scan.ts; ~2.5 ms with the
 * JavaScript 16-bit popcount table it falls back to), and keeps 64 bytes per 512-d vector (64 MB at
 * 1M). The vec0 table stays the stored truth; this copy is loaded at the first search of a
 * connection from its chunks (one read per 1,024 vectors).
 *
 * Coherence: this connection's writes go through {@link BinaryIndex.put}/{@link BinaryIndex.remove}
 * (core/db/vectors.ts). Rows another connection added (a CLI import beside the app, a worker's
 * reader) are appended when `PRAGMA data_version` says another connection committed; a vector
 * another connection replaced or deleted keeps its old code until the next load, which only changes
 * which candidates are rescored (the rescoring reads the stored floats, so a deleted row is never
 * returned). A write rolled back keeps its code for the same reason. A small index (see
 * {@link RESIDENT_FLOAT_BYTES}) also keeps the float vectors, and rescores from them only while
 * they are known to be current: after another connection's commit the next search reads the
 * stored floats, and the first search with no commit in between re-reads them all.
 */
export class BinaryIndex {
  /** bytes per code slot: the packed bits rounded up to 16 bytes (zero padding) */
  readonly stride: number;
  private ids: Float64Array;
  private size = 0;
  /** the codes, liveness and distances, in WebAssembly memory when SIMD is available */
  private readonly scanner: HammingScanner | null;
  private codes: Uint8Array;
  private alive: Uint8Array;
  private dist: Uint16Array;
  /**
   * Exact float vectors of every slot (capacity × dimension), kept while they fit
   * {@link RESIDENT_FLOAT_BYTES}: the rescoring then reads memory instead of SQLite. Null once
   * the index outgrows the budget.
   */
  private floats: Float32Array | null;
  /** whether {@link floats} hold every live vector as stored (false after another connection's commit, until reloaded) */
  floatsValid = false;
  /** set when an id arrived out of order: the next search reloads */
  stale = false;
  dataVersion = -1;
  /** loaded (by a warm-up or a search) and not searched yet: the next search is its first, which
   * reads no resident floats (those wait for the second) */
  unsearched = false;

  /**
   * @param capacity initial number of slots (grows ×1.5 as needed)
   * @param simd scan with WebAssembly SIMD when available (false: the JavaScript loop, for tests)
   * @throws when `dimension` is not a multiple of 8.
   */
  constructor(
    readonly dimension: number,
    capacity = 1024,
    simd = true,
  ) {
    if (dimension % 8 !== 0) throw new Error(`binary index: dimension ${dimension} must be a multiple of 8`);
    this.stride = Math.ceil(dimension / 128) * 16;
    this.ids = new Float64Array(capacity);
    this.floats = capacity * dimension * 4 <= RESIDENT_FLOAT_BYTES ? new Float32Array(capacity * dimension) : null;
    this.scanner = simd ? HammingScanner.create(dimension / 8, capacity) : null;
    if (this.scanner) {
      ({ codes: this.codes, alive: this.alive, dist: this.dist } = this.scanner);
    } else {
      this.codes = new Uint8Array(capacity * this.stride);
      this.alive = new Uint8Array(capacity);
      this.dist = new Uint16Array(capacity);
    }
  }

  /** Number of live vectors. */
  get count(): number {
    let n = 0;
    for (let i = 0; i < this.size; i++) n += this.alive[i]!;
    return n;
  }

  /** The largest id held (0 when empty). */
  get maxId(): number {
    return this.size ? this.ids[this.size - 1]! : 0;
  }

  private grow(need: number): void {
    if (need <= this.ids.length) return;
    const cap = Math.max(need, Math.ceil(this.ids.length * 1.5));
    const ids = new Float64Array(cap);
    ids.set(this.ids.subarray(0, this.size));
    this.ids = ids;
    if (this.floats) {
      const floats = cap * this.dimension * 4 <= RESIDENT_FLOAT_BYTES ? new Float32Array(cap * this.dimension) : null;
      floats?.set(this.floats.subarray(0, this.size * this.dimension));
      this.floats = floats;
      if (!floats) this.floatsValid = false;
    }
    if (this.scanner) {
      this.scanner.grow(cap, this.size);
      ({ codes: this.codes, alive: this.alive, dist: this.dist } = this.scanner);
      return;
    }
    const alive = new Uint8Array(cap);
    alive.set(this.alive.subarray(0, this.size));
    const codes = new Uint8Array(cap * this.stride);
    codes.set(this.codes.subarray(0, this.size * this.stride));
    this.alive = alive;
    this.codes = codes;
    this.dist = new Uint16Array(cap);
  }

  private slotOf(id: number): number {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.ids[mid]!;
      if (v === id) return mid;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * Adds or replaces the code of `id`: `code` is the packed bits (dimension/8 bytes, or more with
   * zero padding) or a float vector to quantise. Ids normally arrive increasing (row ids); an older
   * id not held marks the index stale (reloaded before the next search).
   */
  put(id: number, code: Uint8Array | Float32Array): void {
    if (!(code instanceof Float32Array)) this.floatsValid = false;
    let slot = id > this.maxId ? -1 : this.slotOf(id);
    if (slot < 0) {
      if (id <= this.maxId) {
        this.stale = true;
        return;
      }
      this.grow(this.size + 1);
      slot = this.size++;
      this.ids[slot] = id;
    }
    this.alive[slot] = 1;
    const bytes = code instanceof Float32Array ? quantize(code) : code;
    const codeBytes = this.dimension / 8;
    if (bytes.length < codeBytes || bytes.subarray(codeBytes).some((b) => b !== 0)) {
      throw new Error(`binary index: code of ${bytes.length * 8} bits for dimension ${this.dimension}`);
    }
    const at = slot * this.stride;
    this.codes.fill(0, at, at + this.stride);
    this.codes.set(bytes.subarray(0, codeBytes), at);
    if (this.floats && code instanceof Float32Array) {
      if (code.length !== this.dimension) throw new Error(`binary index: vector of ${code.length} dimensions for ${this.dimension}`);
      this.floats.set(code, slot * this.dimension);
    }
  }

  /** Whether the index is small enough to keep its float vectors resident (see {@link RESIDENT_FLOAT_BYTES}). */
  get holdsFloats(): boolean {
    return this.floats !== null;
  }

  /**
   * Replaces the resident float vectors with `rows` (every stored vector, as read from the float
   * table), which makes them valid; ids not held are ignored. No-op when the index is too large.
   */
  loadFloats(rows: Iterable<{ id: number; vector: Float32Array }>): void {
    if (!this.floats) return;
    this.floats.fill(0);
    for (const { id, vector } of rows) {
      const slot = this.slotOf(id);
      if (slot >= 0 && vector.length === this.dimension) this.floats.set(vector, slot * this.dimension);
    }
    this.floatsValid = true;
  }

  /**
   * Exact dot products of `query` with the resident float vectors of `ids` (cosine similarity for
   * L2-normalised vectors), in the order given; ids not held are left out. Null when the floats
   * are not resident or not known to be current (the caller reads the stored vectors instead).
   */
  similarities(ids: number[], query: Float32Array): Array<{ id: number; similarity: number }> | null {
    const floats = this.floats;
    if (!floats || !this.floatsValid || query.length !== this.dimension) return null;
    const dim = this.dimension;
    const out: Array<{ id: number; similarity: number }> = [];
    for (const id of ids) {
      const slot = this.slotOf(id);
      if (slot < 0 || !this.alive[slot]) continue;
      let s = 0;
      for (let i = 0, o = slot * dim; i < dim; i++) s += floats[o + i]! * query[i]!;
      out.push({ id, similarity: s });
    }
    return out;
  }

  /** Forgets `id` (no-op when absent). */
  remove(id: number): void {
    const slot = this.slotOf(id);
    if (slot >= 0) this.alive[slot] = 0;
  }

  /**
   * The `n` ids nearest to `query`, nearest first. Stage 1: Hamming distance between sign codes
   * over every vector, keeping `shortlist` (default 4n); one pass computes every distance and a
   * histogram of them, whose cumulative count gives the distance threshold of the shortlist
   * (hamming-scan.ts, WebAssembly SIMD; a JavaScript loop where that is unavailable).
   * Stage 2: the shortlist is ordered by the asymmetric score Σ q[i]·(bit i ? 1 : −1) (the float
   * query against the binary code, far closer to the true dot product than Hamming distance; as in
   * Gordo et al., "Asymmetric distances for binary embeddings", TPAMI 2014), read from a table of
   * the query's partial sums per code byte, and the best `n` are returned.
   */
  nearest(query: Float32Array, n: number, shortlist = 4 * n): number[] {
    const packed = quantize(query);
    const hist = this.scanner ? this.scanner.scan(packed, this.size) : this.scanJs(packed);
    const keep = Math.max(n, shortlist);
    let threshold = 0;
    for (let seen = 0; threshold < hist.length; threshold++) {
      seen += hist[threshold]!;
      if (seen >= keep) break;
    }
    const slots = this.scanner ? this.scanner.within(this.size, threshold) : this.withinJs(threshold);
    const codeBytes = this.dimension / 8;
    const sums = byteSums(query, codeBytes);
    const codes = this.codes;
    const stride = this.stride;
    const scored = Array.from(slots, (slot) => {
      let s = 0;
      for (let b = 0, o = slot * stride; b < codeBytes; b++) s += sums[b * 256 + codes[o + b]!]!;
      return { slot, s };
    });
    scored.sort((a, b) => b.s - a.s || a.slot - b.slot);
    return scored.slice(0, n).map((x) => this.ids[x.slot]!);
  }

  /** Stage 1 without WebAssembly: distances into `dist`, 0xffff for dead slots; returns their histogram. */
  private scanJs(packed: Uint8Array): Uint32Array {
    const w = this.stride / 4;
    const q = new Uint32Array(w);
    new Uint8Array(q.buffer).set(packed.subarray(0, this.stride));
    const codes = new Uint32Array(this.codes.buffer, this.codes.byteOffset, this.size * w);
    const dist = this.dist;
    const hist = new Uint32Array(w * 32 + 1);
    for (let i = 0, o = 0; i < this.size; i++, o += w) {
      if (!this.alive[i]) {
        dist[i] = 0xffff;
        continue;
      }
      let d = 0;
      for (let j = 0; j < w; j++) {
        const x = codes[o + j]! ^ q[j]!;
        d += POPCOUNT16[x & 0xffff]! + POPCOUNT16[x >>> 16]!;
      }
      dist[i] = d;
      hist[d]!++;
    }
    return hist;
  }

  private withinJs(threshold: number): number[] {
    const slots: number[] = [];
    for (let i = 0; i < this.size; i++) if (this.dist[i]! <= threshold) slots.push(i);
    return slots;
  }
}

/**
 * For each byte position b of a code and each byte value v: Σ over the 8 bits i of v of
 * ±query[8b + i] (+ when the bit is set): the asymmetric score of a code is the sum of one entry
 * per byte.
 */
function byteSums(query: Float32Array, codeBytes: number): Float32Array {
  const out = new Float32Array(codeBytes * 256);
  for (let b = 0; b < codeBytes; b++) {
    const base = b * 256;
    for (let bit = 0; bit < 8; bit++) {
      const x = query[b * 8 + bit] ?? 0;
      const step = 1 << bit;
      for (let v = 0; v < 256; v++) out[base + v]! += v & step ? x : -x;
    }
  }
  return out;
}

/** Bits set in each 16-bit value. */
const POPCOUNT16 = (() => {
  const t = new Uint8Array(1 << 16);
  for (let i = 1; i < t.length; i++) t[i] = t[i >> 1]! + (i & 1);
  return t;
})();

/** Sign bits of `v` packed as sqlite-vec's vec_quantize_binary does (bit i of byte i/8 set when v[i] > 0). */
export function quantize(v: Float32Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(v.length / 32) * 4);
  for (let i = 0; i < v.length; i++) if (v[i]! > 0) out[i >> 3]! |= 1 << (i & 7);
  return out;
}

/**
 * The most bytes of float vectors an index keeps resident (16 MiB: 8,192 vectors of 512
 * dimensions, a LoCoMo conversation or a few months of chat), so that rescoring reads no
 * SQLite row: on a 419-turn database the rescoring of 180 candidates cost ~0.6 ms of CPU from
 * SQLite. Larger indexes read the candidates' stored vectors (about 4 µs each).
 */
export const RESIDENT_FLOAT_BYTES = 16 * 2 ** 20;

/** One connection's in-memory indexes, by vec0 table name. */
const indexes = new WeakMap<Db, Map<string, BinaryIndex>>();

/** The loaded index of `vecTable` on `db`, if a search has loaded it (writes keep it current). */
export function loadedIndex(db: Db, vecTable: string): BinaryIndex | undefined {
  return indexes.get(db)?.get(vecTable);
}

/** Forgets the loaded index of `vecTable` (its table was dropped or recreated). */
export function dropIndex(db: Db, vecTable: string): void {
  indexes.get(db)?.delete(vecTable);
}

/**
 * The current in-memory index of the vec0 table `vecTable` (a `bit[dimension]` column `embedding`)
 * whose float vectors are in `floatTable` (key column `key`, blob `vector`): codes loaded on first use (the resident floats of a small index on its second),
 * then brought up to date with other connections' new rows (see {@link BinaryIndex}). `use` `warm`
 * (vectors.ts warmVectorIndex) only loads the codes when they are not loaded; it never counts as a use.
 */
export function binaryIndex(db: Db, vecTable: string, floatTable: string, key: string, dimension: number, use: "search" | "warm" = "search"): BinaryIndex {
  let byTable = indexes.get(db);
  if (!byTable) {
    byTable = new Map();
    indexes.set(db, byTable);
  }
  const version = (db.prepare("PRAGMA data_version").get() as { data_version: number }).data_version;
  let index = byTable.get(vecTable);
  const floats = (sql: string, ...params: unknown[]) =>
    (function* () {
      for (const r of db.prepare(sql).iterate(...params) as Iterable<{ id: number; vector: Buffer }>) {
        yield { id: r.id, vector: new Float32Array(r.vector.buffer, r.vector.byteOffset, r.vector.byteLength / 4) };
      }
    })();
  const all = `SELECT ${key} AS id, vector FROM ${floatTable}`;
  if (!index || index.stale || index.dimension !== dimension) {
    // the float vectors are read on the index's second use: a one-shot search (engram search) reads
    // its ~100 candidates' vectors from SQLite instead of every vector (~200 ms on the LoCoMo dev split)
    index = loadFromChunks(db, vecTable, dimension);
    index.dataVersion = version;
    index.unsearched = true;
    byTable.set(vecTable, index);
  } else if (use === "warm") {
    return index;
  } else if (index.dataVersion !== version) {
    // another connection committed: append its new rows; a row it replaced or deleted is not
    // known, so the resident floats wait for a search with no commit in between to be re-read
    for (const r of floats(`${all} WHERE ${key} > ? ORDER BY ${key}`, index.maxId)) index.put(r.id, r.vector);
    index.floatsValid = false;
    index.dataVersion = version;
  } else if (index.holdsFloats && !index.floatsValid && !index.unsearched) {
    index.loadFloats(floats(all));
  }
  if (use === "search") index.unsearched = false;
  return index;
}

/**
 * Reads every code of a vec0 table from its chunk tables (`<t>_chunks`: validity bitmap and int64
 * row ids per chunk; `<t>_vector_chunks00`: the packed codes), sqlite-vec 0.1's layout, checked by
 * the blob sizes; falls back to scanning the virtual table when the layout differs.
 */
function loadFromChunks(db: Db, vecTable: string, dimension: number): BinaryIndex {
  const bytes = dimension / 8;
  let chunks: Array<{ size: number; validity: Buffer; rowids: Buffer; vectors: Buffer }> | null;
  try {
    chunks = db
      .prepare(
        `SELECT c.size AS size, c.validity AS validity, c.rowids AS rowids, v.vectors AS vectors FROM ${vecTable}_chunks c JOIN ${vecTable}_vector_chunks00 v ON v.rowid = c.chunk_id`,
      )
      .all() as typeof chunks;
  } catch {
    chunks = null;
  }
  if (!chunks?.every((c) => c.rowids.length === c.size * 8 && c.vectors.length === c.size * bytes && c.validity.length * 8 >= c.size)) {
    const rows = db.prepare(`SELECT rowid AS id, embedding AS vectors FROM ${vecTable}`).all() as Array<{ id: number | bigint; vectors: Buffer }>;
    chunks = rows.map((r) => ({ size: 1, validity: Buffer.from([1]), rowids: Buffer.from(new BigInt64Array([BigInt(r.id)]).buffer), vectors: r.vectors }));
  }
  // (chunk, offset) of every live vector, then visited in id order
  const total = chunks.reduce((a, c) => a + c.size, 0);
  const chunkOf = new Uint32Array(total);
  const offsetOf = new Uint32Array(total);
  const ids = new Float64Array(total);
  let live = 0;
  chunks.forEach((c, ci) => {
    for (let i = 0; i < c.size; i++) {
      if (!(c.validity[i >> 3]! & (1 << (i & 7)))) continue;
      chunkOf[live] = ci;
      offsetOf[live] = i;
      ids[live++] = Number(c.rowids.readBigInt64LE(i * 8));
    }
  });
  const order = new Uint32Array(live).map((_, i) => i);
  if (ids.subarray(0, live).some((id, i) => i > 0 && id < ids[i - 1]!)) order.sort((a, b) => ids[a]! - ids[b]!);
  const index = new BinaryIndex(dimension, Math.max(1024, live));
  for (const k of order) {
    const i = offsetOf[k]!;
    index.put(ids[k]!, chunks[chunkOf[k]!]!.vectors.subarray(i * bytes, (i + 1) * bytes));
  }
  return index;
}
