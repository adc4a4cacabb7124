import { describe, expect, it } from "vitest";
import { occursIn } from "../../core/time/recurrence.js";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("whether a repeating event happens in a period", () => {
  it("finds a weekly class on a day months after it began, and on no other day of the week", () => {
    expect(occursIn("FREQ=WEEKLY;BYDAY=TU", "2026-09-01T18:30:00", day("2026-11-17"), day("2026-11-18"))).toBe(true);
    expect(occursIn("FREQ=WEEKLY;BYDAY=TU", "2026-09-01T18:30:00", day("2026-11-18"), day("2026-11-19"))).toBe(false);
    // (nor before it began, nor after its last day)
    expect(occursIn("FREQ=WEEKLY;BYDAY=TU", "2026-09-01T18:30:00", day("2026-08-25"), day("2026-08-26"))).toBe(false);
    expect(occursIn("FREQ=WEEKLY;BYDAY=TU;UNTIL=20261001T000000Z", "2026-09-01T18:30:00", day("2026-11-17"), day("2026-11-18"))).toBe(false);
  });

  it("passes over the days the calendar excepts (EXDATE, or an occurrence moved to another day)", () => {
    const except = ["2026-11-24"];
    expect(occursIn("FREQ=WEEKLY;BYDAY=TU", "2026-09-01T18:30:00", day("2026-11-24"), day("2026-11-25"), except)).toBe(false);
    expect(occursIn("FREQ=WEEKLY;BYDAY=TU", "2026-09-01T18:30:00", day("2026-11-17"), day("2026-11-18"), except)).toBe(true);
    // (a week holding an excepted day and another occurrence still has one)
    expect(occursIn("FREQ=WEEKLY;BYDAY=TU", "2026-09-01T18:30:00", day("2026-11-23"), day("2026-12-02"), except)).toBe(true);
  });

  it("reads an all-day yearly event and a rule it cannot read", () => {
    expect(occursIn("FREQ=YEARLY", "2026-12-09", day("2028-12-01"), day("2029-01-01"))).toBe(true);
    expect(occursIn("FREQ=YEARLY", "2026-12-09", day("2028-11-01"), day("2028-12-01"))).toBe(false);
    expect(occursIn("not a rule", "2026-12-09", day("2026-12-01"), day("2027-01-01"))).toBe(false);
  });
});
