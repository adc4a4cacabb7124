/**
 * A map that keeps its `capacity` most recently used entries (a read or a write makes an entry the
 * most recent; the least recent is dropped past the capacity). Map insertion order is the recency
 * order, so both operations are O(1). For memos of pure computations (parsed sentences, word sets,
 * query vectors): values are shared, so callers must treat them as read-only.
 */
export class LruCache<K, V> {
  private readonly map = new Map<K, V>();

  /** @throws when `capacity` is not a positive integer */
  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`LruCache: capacity must be a positive integer, got ${capacity}`);
  }

  /** The value of `key` (now the most recent), or undefined. */
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  /** Stores `value` as the most recent entry, dropping the least recent one past the capacity. */
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
  }

  /** Entries held (at most `capacity`). */
  get size(): number {
    return this.map.size;
  }
}
