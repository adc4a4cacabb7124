/** A note's fact told under the note's title (core/memory/note-context.ts underTitle). */
import { describe, expect, it } from "vitest";
import { underTitle } from "../../core/memory/note-context.js";

describe("a fact of a note under its title", () => {
  it("is told under the title when it names nothing of it, a month the title names being when, not what", () => {
    const fact = "The user stayed at Casa da Ribeira, right on the river. Flights with TAP, TP1331 out on the 18th (18 September 2026).";
    expect(underTitle(fact, "Porto, September")).toBe(`Porto, September: ${fact}`);
    expect(underTitle("Porto was hot all week.", "Porto, September")).toBe("Porto was hot all week.");
  });

  it("is told under the title when it shares a word of it but not the name the title is of", () => {
    const fact = "Sofia Lindqvist can recruit 12 participants. Sofia Lindqvist's quote is £3,400 (10 November 2026).";
    expect(underTitle(fact, "Checkout study recruitment with Lumen Research")).toBe(`Checkout study recruitment with Lumen Research: ${fact}`);
    expect(underTitle("Lumen Research can recruit 12 participants.", "Checkout study recruitment with Lumen Research")).toBe(
      "Lumen Research can recruit 12 participants.",
    );
    // (a title cut from a text names no one by its next sentence's first word: it had been told under "Mum came down for the weekend. She …")
    const visit = "Mum came down for the weekend (the weekend of 14–15 March 2026). Mum brought the blue tablecloth from Nan's house.";
    expect(underTitle(visit, "Mum came down for the weekend. She brought the blue…")).toBe(visit);
    // (but an initial's full stop ends no sentence: "R.F. Kuang" names the book's author)
    const read = 'The user finished reading "Yellowface" by R.F. Kuang on 19 October 2026.';
    expect(underTitle(read, '"Yellowface" by R.F. Kuang')).toBe(read);
    // (a title of no name is named by any of its words)
    expect(underTitle("The kitchen renovation starts on 3 March.", "Kitchen renovation")).toBe("The kitchen renovation starts on 3 March.");
  });

  it("is told under the title after a comma when it opens with a label, the label's names kept as written", () => {
    expect(underTitle("Homework: 3 sets of 15 slow squats.", "First physio session")).toBe("First physio session, homework: 3 sets of 15 slow squats.");
    expect(underTitle("Ferry from Split: 14:30 Jadrolinija, seat 42.", "Croatia")).toBe("Croatia, ferry from Split: 14:30 Jadrolinija, seat 42.");
    expect(underTitle("Mum's blood type: O+.", "Personal")).toBe("Personal, Mum's blood type: O+.");
    // (a name of several words keeps its capital: it had been "Home, priya Raman's car: …")
    expect(underTitle("Priya Raman's car: 2019 Honda Civic, reg LK19 XYZ.", "Home")).toBe("Home, Priya Raman's car: 2019 Honda Civic, reg LK19 XYZ.");
    expect(underTitle("Minho decided: Kindle Paperwhite, 40,000 won each.", "Bukhansan hikers")).toBe(
      "Bukhansan hikers, Minho decided: Kindle Paperwhite, 40,000 won each.",
    );
  });
});
