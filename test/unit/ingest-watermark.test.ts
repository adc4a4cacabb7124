/** The count importFile's pipeline stages wait on: it only grows, and a wait resolves once it is reached. */
import { describe, expect, it } from "vitest";
import { watermark } from "../../core/ingest/watermark.js";

describe("watermark", () => {
  it("resolves a wait once the count reaches it, at once when it already has, never when it stays below", async () => {
    const w = watermark();
    const seen: number[] = [];
    for (const n of [3, 1, 5]) void w.reached(n).then(() => seen.push(n));
    w.set(2);
    await Promise.resolve();
    expect(seen).toEqual([1]);
    w.set(4);
    w.set(3); // lower: changes nothing
    await Promise.resolve();
    expect(seen).toEqual([1, 3]);
    await w.reached(0);
    await w.reached(4);
    let late = false;
    void w.reached(6).then(() => {
      late = true;
    });
    w.set(5);
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual([1, 3, 5]);
    expect(late).toBe(false);
  });
});
