/** An export's day and clock time read as the user's wall clock (core/time/import-dates.ts wallClockMs). */
import { describe, expect, it } from "vitest";
import { wallClockMs } from "../../core/time/import-dates.js";

describe("a day and a clock time as an export writes them", () => {
  it("is read on the wall clock as UTC, to the second, and a time that is none is null", () => {
    expect(wallClockMs("2026-10-14", "07:12:33")).toBe(Date.parse("2026-10-14T07:12:33Z"));
    expect(wallClockMs("2026-10-14", "07:12")).toBe(Date.parse("2026-10-14T07:12:00Z"));
    expect(wallClockMs("2026-02-30", "07:12")).toBeNull();
    expect(wallClockMs("2026-10-14", "25:00")).toBeNull();
    expect(wallClockMs("2026-10-14", "7:12")).toBeNull();
  });
});
