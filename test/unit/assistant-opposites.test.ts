/** A memory of the user doing the opposite act of the one asked about (core/assistant/opposites.ts). */
import { describe, expect, it } from "vitest";
import { tellsOppositeAct } from "../../core/assistant/opposites.js";

describe("the opposite act of the one asked", () => {
  it("is told by a memory of the user doing the other act and never the one asked, in any tense", () => {
    expect(tellsOppositeAct("When did I sell my bitcoin?", "The user bought 0.0005 BTC for $50.00.")).toBe(true);
    expect(tellsOppositeAct("How much did I withdraw?", "The user deposited $200.")).toBe(true);
    expect(tellsOppositeAct("When did I buy bitcoin?", "The user bought 0.0005 BTC for $50.00.")).toBe(false);
    // (a memory of both acts may answer either: "bought it for $400 and sold it for $520")
    expect(tellsOppositeAct("When did I sell my bike?", "The user bought the bike for $400 and sold it for $520.")).toBe(false);
  });

  it("is no reason to pass a memory over when the act is another's, or for a question answered yes or no", () => {
    // (one event told from its two sides)
    expect(tellsOppositeAct("What did Marcus Bell buy from me?", "The user sold the Trek bike to Marcus Bell for $350.")).toBe(false);
    expect(tellsOppositeAct("How much did Leo send me for the gas?", "The user received $40.00 from Leo for gas.")).toBe(false);
    expect(tellsOppositeAct("Did I win the quiz?", "The user lost the quiz by two points.")).toBe(false);
  });
});
