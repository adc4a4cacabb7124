import { describe, expect, it } from "vitest";
import { cancellationOf, cancelledMatter, cancels } from "../../core/memory/cancellations.js";

const friday = { dates: [{ text: "on Friday", date: "2026-11-06", granularity: "day" }] };
const saturday = { dates: [{ text: "on Saturday", date: "2026-11-07", granularity: "day" }] };
/** Whether `text` calls something off. */
const cancelSaid = (text: string) => cancellationOf(text, {}) != null;
/** What `text` calls off (it must call something off). */
const of = (text: string, details: Record<string, unknown>) => {
  const c = cancellationOf(text, details);
  if (!c) throw new Error(`calls nothing off: ${text}`);
  return c;
};

describe("a plan called off", () => {
  it("is said by 'cancelled', 'called off', 'scrapped' or an 'is off' that closes its clause; not denied, asked or 'off work'", () => {
    expect(cancelSaid("Sam says dinner on Friday (6 November 2026) is cancelled, Jo has covid.")).toBe(true);
    expect(cancelSaid("The trip to Porto got called off.")).toBe(true);
    expect(cancelSaid("Priya's yoga class on Wednesday evenings is off for good, the studio closed.")).toBe(true);
    expect(cancelSaid("The barbecue is off.")).toBe(true);
    expect(cancelSaid("Dinner isn't cancelled, we're still on.")).toBe(false);
    expect(cancelSaid("Is dinner cancelled?")).toBe(false);
    expect(cancelSaid("Jo is off work today with covid.")).toBe(false);
  });

  it("closes the plan of the same day that shares a word of its matter", () => {
    const cancel = "Sam says dinner on Friday (Friday 6 November 2026) is cancelled, Jo has covid.";
    const plan = "Sam suggested dinner at Dishoom on Friday at 8 (Friday 6 November 2026). Sam booked a table for four.";
    expect(cancels(of(cancel, friday), plan, friday, ["Sam"])).toBe(true);
    // another day's dinner, or another matter that day, stays
    expect(cancels(of(cancel, friday), "Sam suggested dinner at Dishoom on Saturday at 8 (Saturday 7 November 2026).", saturday, ["Sam"])).toBe(false);
    expect(cancels(of(cancel, friday), "Sam will take the car to the garage on Friday (Friday 6 November 2026).", friday, ["Sam"])).toBe(false);
  });

  it("without a day, closes a plan sharing two words of its matter; never what was only done", () => {
    const cancel = "Priya's yoga class on Wednesday evenings is off for good, the studio closed (5 November 2026).";
    expect(cancels(of(cancel, {}), "Priya is going to a yoga class on Wednesday evenings at the Old Fire Station studio.", {}, ["Priya"])).toBe(true);
    expect(cancels(of(cancel, {}), "Priya loved the yoga class at the studio last year.", {}, ["Priya"])).toBe(false);
  });

  it("is searched for by the words of what is called off, without the people's names", () => {
    expect(cancelledMatter(of("Sam Okafor says dinner on Friday is cancelled, Jo has covid.", {}), ["Sam Okafor"])).toBe("dinner");
  });

  it("closes nothing when what is called off is something else the memory only mentions, and never a journey made", () => {
    // (bench:personal: the note on a rebooked flight had closed every flight the user took)
    const rebooked =
      'The flight to Berlin left the gate at 17:18. The user\'s note on the flight to Berlin: "Rebooked after the 07:20 was cancelled. Config Europe conference at the Arena Berlin" (15 June 2026).';
    const flown =
      "The user flew from Boston Logan (BOS) to London Heathrow (LHR) on British Airways flight BA212 on Friday 13 March (13 March 2026). The flight to London left the gate at 18:22.";
    expect(cancelSaid(rebooked)).toBe(true);
    expect(cancelledMatter(of(rebooked, {}), ["the user"])).toBe("");
    expect(cancels(of(rebooked, {}), flown, {}, ["the user"])).toBe(false);
    expect(cancels(of("The user's flight to Boston on Friday is cancelled.", {}), flown, {}, ["the user"])).toBe(false);
  });
});
