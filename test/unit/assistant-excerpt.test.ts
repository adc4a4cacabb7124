import { describe, expect, it } from "vitest";
import { bestPart, EXCERPT_CHARS, excerpt } from "../../core/assistant/excerpt.js";

// A fact of the LoCoMo dev split whose answer to "Why did Caroline choose the adoption agency?" is its fifth sentence.
const AGENCY =
  "Caroline's goal is to give kids a loving home. Caroline is grateful for all the support Caroline has got from friends and mentors. " +
  "The hard work starts to turn Caroline's dream into a reality. Caroline shared one of the adoption agencies Caroline is looking into " +
  "(photo: a sign for a new arrival and an information and domestic building). Caroline chose them 'cause they help LGBTQ+ folks with " +
  "adoption. Their inclusivity and support spoke to Caroline (25 May 2023).";

describe("excerpt: the part of a long memory that answers the question", () => {
  it("shows the sentences that share most of the question's words, then others while there is room, in their order, with '…' where some are left out", () => {
    expect(AGENCY.length).toBeGreaterThan(EXCERPT_CHARS);
    const shown = excerpt(AGENCY, "Why did Caroline choose the adoption agency?");
    expect(shown).toBe(
      "Caroline's goal is to give kids a loving home. … " +
        "Caroline shared one of the adoption agencies Caroline is looking into (photo: a sign for a new arrival and an information and domestic building). " +
        "Caroline chose them 'cause they help LGBTQ+ folks with adoption. …",
    );
    expect(shown!.length).toBeLessThanOrEqual(EXCERPT_CHARS + 4);
  });

  it("keeps the opening when it answers, and marks only the gap after it", () => {
    expect(excerpt(AGENCY, "What is Caroline's goal for kids?")).toMatch(/^Caroline's goal is to give kids a loving home\. Caroline is grateful .* …$/);
  });

  it("shows a whole text when it is short, when no part shares a word with the question, or when it is a procedure", () => {
    expect(excerpt("Caroline is off to go do some research (8 May 2023).", "What did Caroline research?")).toBeNull();
    expect(excerpt(AGENCY, "Where does Jon dance?")).toBeNull();
    const steps = Array.from({ length: 12 }, (_, i) => `${i + 1}. Stir the starter with a wooden spoon and wait an hour`).join("\n");
    expect(excerpt(`How to feed a starter:\n${steps}`, "How do I feed my starter?")).toBeNull();
  });

  it("of a note of several lines, shows the lines that share most words first, and its opening while there is room", () => {
    const day = [
      "Monday 4 May 2026: 6 h 10 min on the computer",
      ...Array.from({ length: 8 }, (_, i) => `${9 + i}:00 Firefox: reading the news about local elections and the weather forecast`),
      "17:00 VS Code: fixing the parser of the invoice importer",
    ].join("\n");
    expect(excerpt(day, "When did I fix the invoice parser?")).toBe(
      [
        "Monday 4 May 2026: 6 h 10 min on the computer",
        "9:00 Firefox: reading the news about local elections and the weather forecast",
        "10:00 Firefox: reading the news about local elections and the weather forecast",
        "…",
        "17:00 VS Code: fixing the parser of the invoice importer",
      ].join("\n"),
    );
  });

  it("for a one-line list, starts a memory at the sentence that matches a search best, when that is not its first", () => {
    expect(bestPart(AGENCY, "LGBTQ+ folks")).toBe(
      "… Caroline chose them 'cause they help LGBTQ+ folks with adoption. Their inclusivity and support spoke to Caroline (25 May 2023).",
    );
    expect(bestPart(AGENCY, "loving home")).toBeNull();
    expect(bestPart("Caroline is off to go do some research (8 May 2023).", "research")).toBeNull();
    expect(bestPart(AGENCY, "zzqxj")).toBeNull();
  });
});
