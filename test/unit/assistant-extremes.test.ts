/** Questions for the greatest or least of a measure (core/assistant/extremes.ts): what is asked, and the value a record states. */
import { describe, expect, it } from "vitest";
import { asksExtreme, byExtreme, statedValue } from "../../core/assistant/extremes.js";

describe("the greatest or least of a measure", () => {
  it("is asked with a superlative and a measure, not with 'How many' or 'Who'", () => {
    expect(asksExtreme("When was my blood pressure highest?")).toEqual({ most: true, measure: "blood pressure" });
    expect(asksExtreme("What was my lowest resting heart rate?")).toEqual({ most: false, measure: "resting heart rate" });
    expect(asksExtreme("What's my heaviest deadlift?")).toMatchObject({ most: true, measure: expect.stringContaining("deadlift") });
    expect(asksExtreme("Who did I see most in October?")).toBeNull();
    expect(asksExtreme("How many times did I run the most?")).toBeNull();
    expect(asksExtreme("When is my dentist appointment?")).toBeNull();
    // (walking's measure is its steps; a day asked for is no measure)
    expect(asksExtreme("Which day in October did I walk the most?")).toEqual({ most: true, measure: "steps" });
  });

  it("reads the value a record states after the measure's words, not a day, a year or a clock time", () => {
    expect(statedValue("On Monday 28 September at 19:40 the user's blood pressure was 164/101 mmHg, pulse 88 bpm.", "blood pressure")).toBe(164);
    expect(statedValue("On the night of Saturday 3 October the user slept 7 hours; lowest resting heart rate 47 bpm, HRV 61 ms.", "resting heart rate")).toBe(
      47,
    );
    expect(statedValue("The user weighed 95.6 kg at 06:54 on 2 October 2026.", "weigh")).toBe(95.6);
    expect(statedValue("The user's blood pressure was taken on 12 October.", "blood pressure")).toBeNull();
    expect(statedValue("The user slept 7 hours.", "blood pressure")).toBeNull();
    // (a count with thousands' commas, and a count before the unit that is its measure: "31,212 steps" had been read as 31, or not at all)
    expect(statedValue("On Saturday 17 October the user took 31,212 steps, covered 23.1 km.", "steps")).toBe(31212);
    expect(statedValue("The user walked 12 km, 19,995 steps in all.", "steps")).toBe(19995);
    // (the count before the measure's word is its value, not a number of an aside after it)
    expect(statedValue("On Saturday 17 October the user ate 2,678 calories in all (protein 105 g, carbs 310 g).", "calories")).toBe(2678);
  });

  it("puts the relevant records with the greatest value first, or the least, the others after in their order", () => {
    const hit = (content: string, relevant = true) => ({ title: "", content, relevant });
    const hits = [
      hit("blood pressure was 141/90"),
      hit("no reading", true),
      hit("blood pressure was 164/101"),
      hit("blood pressure was 200/120", false),
      hit("blood pressure was 127/80"),
    ];
    expect(byExtreme(hits, { most: true, measure: "blood pressure" }).map((h) => h.content)).toEqual([
      "blood pressure was 164/101",
      "blood pressure was 141/90",
      "blood pressure was 127/80",
      "no reading",
      "blood pressure was 200/120",
    ]);
    expect(byExtreme(hits, { most: false, measure: "blood pressure" })[0]!.content).toBe("blood pressure was 127/80");
  });
});
