import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BinaryIndex, loadedIndex, quantize, RESIDENT_FLOAT_BYTES } from "../../core/db/binary-index.js";
import { HammingScanner } from "../../core/db/hamming-scan.js";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { deleteVector, dot, ensureVectorTables, knn, putVector, warmVectorIndex } from "../../core/db/vectors.js";
import { mulberry32 } from "../../bench/lib/synthetic.js";

const DIM = 64;
const rand = mulberry32(3);

function unit(): Float32Array {
  const v = Float32Array.from({ length: DIM }, () => rand() - 0.5);
  const n = Math.sqrt(dot(v, v));
  return v.map((x) => x / n);
}

function fill(db: EngramDb, from: number, count: number): Map<number, Float32Array> {
  const out = new Map<number, Float32Array>();
  db.transaction(() => {
    for (let id = from; id < from + count; id++) {
      const v = unit();
      putVector(db, "sources", id, v);
      out.set(id, v);
    }
  })();
  return out;
}

function exactTop(all: Map<number, Float32Array>, q: Float32Array, k: number): number[] {
  return [...all]
    .map(([id, v]) => ({ id, s: dot(v, q) }))
    .sort((a, b) => b.s - a.s)
    .slice(0, k)
    .map((x) => x.id);
}

const dirs: string[] = [];
function fileDb(): string {
  const dir = mkdtempSync(join(tmpdir(), "engram-binidx-"));
  dirs.push(dir);
  return join(dir, "engram.db");
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("vector search over the in-memory binary index", () => {
  it("packs sign bits exactly as sqlite-vec's vec_quantize_binary", () => {
    const db = openDatabase(":memory:");
    const v = unit();
    const sql = db.prepare("SELECT vec_quantize_binary(?) AS b").get(Buffer.from(v.buffer)) as { b: Buffer };
    expect(
      Buffer.from(quantize(v))
        .subarray(0, DIM / 8)
        .equals(sql.b),
    ).toBe(true);
    db.close();
  });

  it("finds nothing, and throws nothing, in a database nothing was embedded into (no vector table yet)", () => {
    const db = openDatabase(":memory:");
    try {
      expect(knn(db, "memories", unit(), 5)).toEqual([]);
      expect(knn(db, "sources", unit(), 5)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it("finds the exact nearest vectors after rescoring", () => {
    const db = openDatabase(":memory:");
    ensureVectorTables(db, { id: "test", dimension: DIM });
    const all = fill(db, 1, 3000);
    let found = 0;
    for (let q = 0; q < 20; q++) {
      const query = unit();
      const got = new Set(knn(db, "sources", query, 10, { candidates: 400 }).map((h) => h.id));
      found += exactTop(all, query, 10).filter((id) => got.has(id)).length;
    }
    expect(found / 200).toBeGreaterThanOrEqual(0.95);
    db.close();
  });

  it("sees vectors added, replaced and deleted after it was loaded", () => {
    const db = openDatabase(":memory:");
    ensureVectorTables(db, { id: "test", dimension: DIM });
    fill(db, 1, 500);
    const probe = unit();
    knn(db, "sources", probe, 5);
    putVector(db, "sources", 501, probe);
    expect(knn(db, "sources", probe, 1)[0]).toEqual({ id: 501, similarity: expect.closeTo(1, 5) });
    putVector(db, "sources", 7, probe);
    expect(
      knn(db, "sources", probe, 2)
        .map((h) => h.id)
        .sort((x, y) => x - y),
    ).toEqual([7, 501]);
    deleteVector(db, "sources", 501);
    expect(knn(db, "sources", probe, 1)[0]!.id).toBe(7);
    db.close();
  });

  it("reloads when a vector with an older id arrives, and sees rows another connection committed", () => {
    const path = fileDb();
    const a = openDatabase(path);
    ensureVectorTables(a, { id: "test", dimension: DIM });
    fill(a, 10, 300);
    const probe = unit();
    knn(a, "sources", probe, 5);
    putVector(a, "sources", 3, probe);
    expect(knn(a, "sources", probe, 1)[0]!.id).toBe(3);

    const b = openDatabase(path);
    ensureVectorTables(b, { id: "test", dimension: DIM });
    const other = unit();
    putVector(b, "sources", 1000, other);
    expect(knn(a, "sources", other, 1)[0]!.id).toBe(1000);
    a.close();
    b.close();
  });

  it("scans Hamming distances in WebAssembly exactly as a bit count (unrolled and looped code), across growth and deletions", () => {
    for (const dim of [72, 512, 4104]) {
      const bytes = dim / 8;
      const scanner = HammingScanner.create(bytes, 4)!;
      expect(scanner).not.toBeNull();
      const codes: Uint8Array[] = [];
      for (let i = 0; i < 300; i++) {
        if (i >= scanner.capacity) scanner.grow(2 * scanner.capacity, i);
        const c = Uint8Array.from({ length: bytes }, () => Math.floor(rand() * 256));
        codes.push(c);
        scanner.codes.set(c, i * scanner.stride);
        scanner.alive[i] = i % 7 === 3 ? 0 : 1;
      }
      const q = Uint8Array.from({ length: bytes }, () => Math.floor(rand() * 256));
      const bits = (x: number) => x.toString(2).replace(/0/g, "").length;
      const expected = codes.map((c, i) => (i % 7 === 3 ? 0xffff : c.reduce((d, b, j) => d + bits(b ^ q[j]!), 0)));
      const hist = scanner.scan(q, codes.length);
      expect([...scanner.dist.subarray(0, codes.length)]).toEqual(expected);
      const live = expected.filter((d) => d !== 0xffff);
      expect(hist.reduce((a, b) => a + b, 0)).toBe(live.length);
      expect(hist[live[0]!]).toBe(live.filter((d) => d === live[0]).length);
      const threshold = [...live].sort((a, b) => a - b)[20]!;
      expect([...scanner.within(codes.length, threshold)]).toEqual(expected.flatMap((d, i) => (d <= threshold ? [i] : [])));
    }
  });

  it("ranks the same ids with the WebAssembly scan as with the JavaScript loop", () => {
    const withSimd = new BinaryIndex(DIM, 16);
    const plain = new BinaryIndex(DIM, 16, false);
    for (let id = 1; id <= 2000; id++) {
      const v = unit();
      withSimd.put(id, v);
      plain.put(id, v);
      if (id % 11 === 0) for (const x of [withSimd, plain]) x.remove(id);
    }
    for (let i = 0; i < 10; i++) {
      const q = unit();
      const got = withSimd.nearest(q, 20);
      expect(got).toEqual(plain.nearest(q, 20));
      expect(got.some((id) => id % 11 === 0)).toBe(false);
    }
  });

  it("rescores from resident floats only while they are current: another connection's replacement is seen", () => {
    const path = fileDb();
    const a = openDatabase(path);
    ensureVectorTables(a, { id: "test", dimension: DIM });
    fill(a, 1, 50);
    const probe = unit();
    const before = knn(a, "sources", probe, 50).find((h) => h.id === 5)!.similarity;
    expect(before).toBeLessThan(0.9);
    const b = openDatabase(path);
    ensureVectorTables(b, { id: "test", dimension: DIM });
    putVector(b, "sources", 5, probe);
    // the first search after the commit reads the stored vectors; the next one reloads the resident copy
    for (let i = 0; i < 2; i++) expect(knn(a, "sources", probe, 1)[0]).toEqual({ id: 5, similarity: expect.closeTo(1, 5) });
    a.close();
    b.close();
  });

  it("a warm-up loads the codes before the query vector exists; searches then find the same neighbours, the floats read on the second", () => {
    const path = fileDb();
    const a = openDatabase(path);
    ensureVectorTables(a, { id: "test", dimension: DIM });
    const all = fill(a, 1, 60);
    a.close();
    const db = openDatabase(path);
    expect(loadedIndex(db, "sources_vec")).toBeUndefined();
    warmVectorIndex(db, "sources");
    const index = loadedIndex(db, "sources_vec")!;
    expect(index.count).toBe(60);
    warmVectorIndex(db, "sources");
    expect(index.floatsValid).toBe(false);
    const probe = unit();
    expect(knn(db, "sources", probe, 5).map((h) => h.id)).toEqual(exactTop(all, probe, 5));
    expect(index.floatsValid).toBe(false);
    expect(knn(db, "sources", probe, 5).map((h) => h.id)).toEqual(exactTop(all, probe, 5));
    expect(index.floatsValid).toBe(true);
    expect(loadedIndex(db, "sources_vec")).toBe(index);
    db.close();
  });

  it("keeps float vectors resident only up to the budget, with exact similarities", () => {
    const small = new BinaryIndex(DIM, 16);
    const vs = Array.from({ length: 40 }, unit);
    for (const [i, v] of vs.entries()) small.put(i + 1, v);
    small.loadFloats(vs.map((vector, i) => ({ id: i + 1, vector })));
    const q = unit();
    const got = small.similarities([3, 17, 99], q)!;
    expect(got.map((h) => h.id)).toEqual([3, 17]);
    expect(got[1]!.similarity).toBeCloseTo(dot(vs[16]!, q), 5);
    const big = new BinaryIndex(8, RESIDENT_FLOAT_BYTES / 32 + 1);
    expect(big.holdsFloats).toBe(false);
    expect(big.similarities([1], new Float32Array(8))).toBeNull();
  });
});
