import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openDatabase } from "../../core/db/connection.js";
import { getSetting, setSetting } from "../../core/db/repos/settings.js";
import { scheduleConsolidation } from "../../core/memory/schedule.js";

const HOUR = 3_600_000;

describe("scheduled consolidation", () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_700_000_000_000 }));
  afterEach(() => vi.useRealTimers());

  it("waits at least the start delay, then runs daily and records the time", async () => {
    const db = openDatabase(":memory:");
    const run = vi.fn(async () => {});
    const s = scheduleConsolidation(db, run, { minDelayMs: 10 * 60_000 });
    await vi.advanceTimersByTimeAsync(9 * 60_000);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(run).toHaveBeenCalledTimes(1);
    expect(getSetting<number>(db, "memory.consolidated_at")).toBe(Date.now());
    await vi.advanceTimersByTimeAsync(24 * HOUR);
    expect(run).toHaveBeenCalledTimes(2);
    await s.stop();
    await vi.advanceTimersByTimeAsync(48 * HOUR);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("is not due again until a day after the last run, and keeps going after a failure", async () => {
    const db = openDatabase(":memory:");
    setSetting(db, "memory.consolidated_at", Date.now() - 20 * HOUR);
    const errors: unknown[] = [];
    const run = vi.fn(async () => {
      throw new Error("disk full");
    });
    const s = scheduleConsolidation(db, run, { minDelayMs: 60_000, onError: (e) => errors.push(e) });
    await vi.advanceTimersByTimeAsync(3 * HOUR);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(run).toHaveBeenCalledTimes(1);
    expect((errors[0] as Error).message).toBe("disk full");
    await vi.advanceTimersByTimeAsync(24 * HOUR);
    expect(run).toHaveBeenCalledTimes(2);
    await s.stop();
  });
});
