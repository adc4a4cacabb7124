/** A memory of the user doing the opposite act of the one asked about (core/assistant/opposites.ts). */
import { describe, expect, it } from "vitest";
import { tellsNegatedAct, tellsOppositeAct } from "../../core/assistant/opposites.js";

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

  it("is told by a memory that says only that the user did not do the act asked", () => {
    expect(tellsNegatedAct("When did I last go to the gym?", "The user did not go to the gym today (9 November 2026), too tired after work.")).toBe(true);
    expect(tellsNegatedAct("When did I call Mum?", "The user didn't call Mum this week, must do it Sunday.")).toBe(true);
    expect(tellsNegatedAct("How many times did I go running?", "The user never went running in October.")).toBe(true);
    // (a memory of the act done as well, or of another act not done, may answer)
    expect(tellsNegatedAct("When did I go to the gym?", "The user went to the gym on Monday. The user did not go to the gym on Tuesday.")).toBe(false);
    expect(tellsNegatedAct("When did I go to the gym?", "The user did not call Mum; the user went to the gym.")).toBe(false);
    // (a question answered yes or no is answered by the negation, as is one that asks of the negation itself)
    expect(tellsNegatedAct("Did I go to the gym on 9 November?", "The user did not go to the gym today (9 November 2026).")).toBe(false);
    expect(tellsNegatedAct("Why didn't I go to the gym?", "The user did not go to the gym today, too tired after work.")).toBe(false);
    // (another's act not done is no negation of the user's)
    expect(tellsNegatedAct("When did I go to the gym?", "Sam did not go to the gym with the user.")).toBe(false);
  });
});
