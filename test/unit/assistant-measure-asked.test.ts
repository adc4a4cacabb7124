/** A question for a measure of the user's, and a record that says it or another (core/assistant/measure-asked.ts). */
import { describe, expect, it } from "vitest";
import { measureAsked, missesMeasure } from "../../core/assistant/measure-asked.js";

describe("a measure asked of the user", () => {
  it("is what 'What was my …' or 'How many …' asks, and none for other questions", () => {
    expect(measureAsked("What was my resting heart rate on Monday 9 November?")).toBe("resting heart rate");
    expect(measureAsked("How many lengths did I swim on Tuesday?")).toBe("lengths");
    expect(measureAsked("What was my blood sugar ?")).toBe("blood sugar");
    expect(measureAsked("What did I eat on Monday?")).toBeNull();
    expect(measureAsked("How many times did Jon go to the gym in 2023?")).toBeNull();
    expect(measureAsked("What is my book club pick for June?")).toBeNull();
    expect(measureAsked("How many times did I open the pho recipe ?")).toBeNull();
    expect(measureAsked("What was Caroline's favourite book?")).toBeNull();
  });

  it("is missed by a record that says another measure, not by one that says it in another form", () => {
    expect(missesMeasure("What was my resting heart rate ?", "The user took 8,037 steps and earned 9 Heart Points.")).toBe(true);
    expect(missesMeasure("What was my blood sugar ?", "The user's blood pressure was 148/89 mmHg.")).toBe(true);
    expect(missesMeasure("What was my resting heart rate ?", "Lowest resting heart rate 52 bpm.")).toBe(false);
    expect(missesMeasure("What was my weight ?", "The user weighed 95.6 kg.")).toBe(false);
    expect(missesMeasure("How many steps did I take ?", "The user took 8,037 steps.")).toBe(false);
    expect(missesMeasure("What did I eat ?", "The user took 8,037 steps.")).toBe(false);
    // (a word that says no measure of its own is passed over: the waist's measurement, a count of times)
    expect(missesMeasure("What was my waist measurement ?", "The user's waist was 86 cm.")).toBe(false);
    expect(missesMeasure("How many times did I open the pho recipe ?", "The user visited a pho recipe.")).toBe(false);
  });
});
