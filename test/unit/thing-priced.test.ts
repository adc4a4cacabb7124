/**
 * The thing a price question asks the price of (core/assistant/thing-priced.ts), which a memory must
 * name to answer it.
 */
import { describe, expect, it } from "vitest";
import { namesThing, thingPriced } from "../../core/assistant/thing-priced.js";

describe("the thing a price is asked of", () => {
  it("is the first word that names a thing, past whose, which and when it is", () => {
    expect(thingPriced("How much did I pay for car insurance?")).toBe("car");
    expect(thingPriced("How much was Mum's new boiler?")).toBe("boiler");
    expect(thingPriced("How much was my flight to Hanoi?")).toBe("flight");
    expect(thingPriced("What did the car repair cost?")).toBe("car");
    expect(thingPriced("How much did I pay Dan for the Fontaines DC tickets?")).toBe("Fontaines");
    expect(thingPriced("How much is Saturday hire at Hartwell Barn?")).toBe("hire");
    expect(thingPriced("How much was the last Uber Eats order?")).toBe("Uber");
    expect(thingPriced("How much did Sam pay me for the ski trip?")).toBe("ski");
    expect(thingPriced("How much was the most recent window cleaner payment?")).toBe("window");
  });

  it("is none when the question names only a price's kind, its owner or no thing at all", () => {
    expect(thingPriced("How much is my rent?")).toBeUndefined();
    expect(thingPriced("How much was the deposit for Cotham Brow?")).toBeUndefined();
    expect(thingPriced("How much was dinner at Time Out Market?")).toBeUndefined();
    expect(thingPriced("How much was I thinking of giving the bin men?")).toBeUndefined();
    expect(thingPriced("How much is there left in the pot?")).toBeUndefined();
    expect(thingPriced("How much does my accountant charge?")).toBeUndefined();
  });

  it("is named by its stem, a part of a camel-case name or the start of a longer word", () => {
    expect(namesThing("gym", "The user paid £24.99 to PureGym by Direct Debit.")).toBe(true);
    expect(namesThing("train", "The user paid £47.80 to Trainline (note: Manchester for Priya's wedding).")).toBe(true);
    expect(namesThing("flight", "The user booked flights to Hanoi.")).toBe(true);
    expect(namesThing("gym", 'The user paid €38.00 for "Tram 28 and Santa Justa lift".')).toBe(false);
    expect(namesThing("car", "YNAB plan: the user assigned £40.00 to Vet & Insurance (Miso); Barclaycard paid off.")).toBe(false);
  });
});
