/**
 * Background embedding lanes: an import's memory engine (the caller's thread) keeps its core while
 * the USE lite lanes embed at the lowest scheduling priority, and a one-query command's lane does not.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BACKGROUND_NICE } from "../../core/util/worker-thread.js";
import { UseLiteEmbedder } from "../../models/use-lite.js";

/**
 * The nice value of each thread of this process, by thread id (Linux /proc; field 19 of stat),
 * leaving out libuv's thread pool, which the main thread may start during a load (its first
 * asynchronous file read) at the main thread's priority.
 */
function niceByThread(): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync("/proc/self/task")) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    if (stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")) === "libuv-worker") continue;
    out.set(Number(tid), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]));
  }
  return out;
}

/** The nice values of the threads started by `load` (thread ids not seen before it). */
async function lanesNice(load: () => Promise<UseLiteEmbedder>): Promise<number[]> {
  const before = niceByThread();
  const embedder = await load();
  try {
    await embedder.embed(["Melanie signed up for a pottery class.", "Caroline went to the support group."]);
    return [...niceByThread()].filter(([tid]) => !before.has(tid)).map(([, nice]) => nice);
  } finally {
    await embedder.dispose();
  }
}

describe("background embedding lanes", () => {
  it.runIf(process.platform === "linux")("run at the lowest priority while the caller's thread keeps its own (Linux)", async () => {
    const ownBefore = Number(readFileSync("/proc/thread-self/stat", "utf8").split(") ")[1]!.split(" ")[16]);
    const started = await lanesNice(() => UseLiteEmbedder.load({ lanes: 2, quickStart: true, background: true }));
    // the two lanes, and any thread they start (it inherits their priority)
    expect(started.length).toBeGreaterThanOrEqual(2);
    expect(new Set(started)).toEqual(new Set([BACKGROUND_NICE]));
    expect(Number(readFileSync("/proc/thread-self/stat", "utf8").split(") ")[1]!.split(" ")[16])).toBe(ownBefore);
  });

  it.runIf(process.platform === "linux")("a lane started without `background` keeps normal priority (Linux)", async () => {
    const started = await lanesNice(() => UseLiteEmbedder.load({ lanes: 1, quickStart: true }));
    expect(started.length).toBeGreaterThan(0);
    expect(started).not.toContain(BACKGROUND_NICE);
  });
});
