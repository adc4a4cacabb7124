import { describe, expect, test } from "vitest";
import { LruCache } from "../../core/util/lru.js";

describe("LruCache", () => {
  test("keeps the most recently used entries up to its capacity, a read counting as a use", () => {
    const c = new LruCache<string, number | null>(2);
    c.set("a", 1);
    c.set("b", null);
    expect(c.get("a")).toBe(1);
    c.set("c", 3);
    expect(c.get("b")).toBeUndefined();
    expect(c.get("a")).toBe(1);
    expect(c.get("c")).toBe(3);
    c.set("a", 4);
    c.set("d", 5);
    expect(c.get("c")).toBeUndefined();
    expect(c.get("a")).toBe(4);
    expect(c.size).toBe(2);
    expect(() => new LruCache(0)).toThrow(/positive integer/);
  });
});
