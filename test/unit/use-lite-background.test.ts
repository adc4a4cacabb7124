/**
 * Background embedding lanes: an import's memory engine (the caller's thread) keeps its core while
 * the USE lite lanes embed at a low scheduling priority (nice 10), and a one-query command's lane does not.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BACKGROUND_NICE } from "../../core/util/worker-thread.js";
import { UseLiteEmbedder } from "../../models/use-lite.js";

/** A thread's name and nice value from its /proc stat file (the name in parentheses; nice is field 19). */
function threadStat(path: string): { name: string; nice: number } {
  const stat = readFileSync(path, "utf8");
  return { name: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")), nice: Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]) };
}

/**
 * The nice value of each thread of this process, by thread id (Linux /proc), leaving out libuv's
 * thread pool, which the main thread may start during a load (its first asynchronous file read) at
 * the main thread's priority.
 */
function niceByThread(): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync("/proc/self/task")) {
    const { name, nice } = threadStat(`/proc/self/task/${tid}/stat`);
    if (name !== "libuv-worker") out.set(Number(tid), nice);
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
  it.runIf(process.platform === "linux")("run at a low priority while the caller's thread keeps its own (Linux)", async () => {
    const ownBefore = threadStat("/proc/thread-self/stat").nice;
    const started = await lanesNice(() => UseLiteEmbedder.load({ lanes: 2, quickStart: true, background: true }));
    // the two lanes, and any thread they start (it inherits their priority)
    expect(started.length).toBeGreaterThanOrEqual(2);
    expect(new Set(started)).toEqual(new Set([BACKGROUND_NICE]));
    expect(threadStat("/proc/thread-self/stat").nice).toBe(ownBefore);
  });

  it.runIf(process.platform === "linux")("a lane started without `background` keeps normal priority (Linux)", async () => {
    const started = await lanesNice(() => UseLiteEmbedder.load({ lanes: 1, quickStart: true }));
    expect(started.length).toBeGreaterThan(0);
    expect(started).not.toContain(BACKGROUND_NICE);
  });
});
