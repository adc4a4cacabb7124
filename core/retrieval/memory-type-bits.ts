import type { EngramDb } from "../db/connection.js";
import { lastMemoryId, memoryIdsOfType, memoryTypesAfter } from "../db/repos/neighbours.js";
import type { MemoryType } from "../db/types.js";
import { setBit, wordsOf } from "./bit-count.js";

// Per connection, the ids of each memory type asked for, as a bitmap (one bit per memory id), for
// the neighbour search over term bitmaps (term-bitmaps-neighbours.ts). A memory's type never
// changes (core/db/repos/memories.ts cannot patch it), and ids are never reused (AUTOINCREMENT), so
// a type's bitmap is read once through the (type, status) index and then only gains the memories
// added since. Bits of deleted, archived or invalidated memories stay set: the caller checks those.
// A rolled-back insert is noticed when the highest id went down (then all is read again).

interface TypeBits {
  /** the last memory id read */
  seenTo: number;
  byType: Map<MemoryType, Uint32Array>;
}

const perDb = new WeakMap<EngramDb, TypeBits>();

/**
 * The ids of the memories of `type` (any status), one bit per id (Uint32 words; ids past its end
 * are not of the type), up to date with this connection's view of the database. The first call for
 * a type reads all its ids (~1 µs each); later calls read only the memories added since.
 */
export function memoryTypeBits(db: EngramDb, type: MemoryType): Uint32Array {
  let st = perDb.get(db);
  // fewer memories than read: a transaction that added them was rolled back (its ids may be reused)
  if (!st || lastMemoryId(db) < st.seenTo) {
    st = { seenTo: lastMemoryId(db), byType: new Map() };
    perDb.set(db, st);
  }
  if (!st.byType.has(type)) {
    st.byType.set(type, wordsOf(memoryIdsOfType(db, type, st.seenTo), st.seenTo));
  }
  for (const [id, t] of memoryTypesAfter(db, st.seenTo)) {
    const bits = st.byType.get(t);
    if (bits) st.byType.set(t, setBit(bits, id));
    st.seenTo = id;
  }
  return st.byType.get(type)!;
}
