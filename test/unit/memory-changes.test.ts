/** A change said in free text and the earlier memory it replaces (core/memory/changes.ts). */
import { describe, expect, it } from "vitest";
import { changeSaid, replaces } from "../../core/memory/changes.js";

/** details.dates of a day, as the engine resolves them. */
const on = (...days: Array<[string, string]>) => ({ dates: days.map(([text, date]) => ({ text, date, granularity: "day" })) });

/** Whether `next` (with its details) replaces `old`. */
function replaced(next: string, nextDetails: Record<string, unknown>, old: string, oldDetails: Record<string, unknown> = {}, people: string[] = []): boolean {
  const change = changeSaid(next, nextDetails);
  return change != null && replaces(next, change, old, oldDetails, people);
}

describe("a change said in free text", () => {
  it("names the value changed to, and the old one when it says it", () => {
    const moved = changeSaid(
      "Dad's cardiology appointment has been moved to Tuesday 8 December at 9:40am (8 December 2026).",
      on(["Tuesday 8 December at 9:40am", "2026-12-08"]),
    );
    expect(moved?.now.map((v) => v.norm)).toEqual(["2026-12-08"]);
    const raised = changeSaid("Dr Hussain has put his amlodipine up from 5mg to 10mg, one every morning.", {});
    expect(raised).toMatchObject({ old: [{ kind: "measure", norm: "5mg" }], now: [{ kind: "measure", norm: "10mg" }] });
    const notice = changeSaid("Lorraine pointed out that the contract gives 6 weeks' notice after two years' service, not 4 weeks.", {});
    expect(notice?.old.map((v) => v.norm)).toEqual(["4 week"]);
    expect(notice?.now.map((v) => v.norm)).toContain("6 week");
    // (no word of change, nothing set against an old value: no change)
    expect(changeSaid("Dad's cardiology appointment is Tuesday 8 December (8 December 2026).", on(["Tuesday 8 December", "2026-12-08"]))).toBeNull();
    // (a month moved to is no day: "moved to a new city last month")
    expect(
      changeSaid("John moved to a new city last month (May 2023).", { dates: [{ text: "last month", date: "2023-05-01", granularity: "month" }] }),
    ).toBeNull();
  });

  it("replaces the earlier memory on the same matter that states another value of the kind changed", () => {
    expect(
      replaced(
        "Nadia says the hospital rang, Dad's cardiology appointment has been moved to Tuesday 8 December at 9:40am (8 December 2026).",
        on(["Tuesday 8 December at 9:40am", "2026-12-08"]),
        "Dad's cardiology appointment is Tuesday 10 November at 2:15pm (10 November 2026), Jubilee Wing outpatients, Dr Okonjo's clinic.",
        on(["Tuesday 10 November at 2:15pm", "2026-11-10"]),
      ),
    ).toBe(true);
    // (a name that is no one's who said it is a word of the matter: "Bluebell Home Care")
    expect(
      replaced(
        "Bluebell rang, Sharon has left. Nadia's contact at Bluebell Home Care is now Jade Kowalski, 0113 496 0871.",
        {},
        "Bluebell Home Care have confirmed the morning calls. Nadia's contact there is Sharon Whitley, 0113 496 0123.",
        {},
        ["Nadia"],
      ),
    ).toBe(true);
    expect(
      replaced("Brightwire have revised the offer to a base salary of £68,000.", {}, "Brightwire offered a base salary of £62,000 and a 10% annual bonus."),
    ).toBe(true);
    expect(
      replaced(
        "Lorraine pointed out that Daniel's contract gives 6 weeks' notice after two years' service, not 4 weeks.",
        {},
        "Daniel's notice period at Northgate: 4 weeks.",
      ),
    ).toBe(true);
    expect(
      replaced(
        "Correction: the GP review is Thursday 3 December at 11:10 (3 December 2026), not Tuesday 1 December (1 December 2026).",
        on(["Thursday 3 December at 11:10", "2026-12-03"], ["Tuesday 1 December", "2026-12-01"]),
        "Next GP review booked for Tuesday 1 December at 11:10 (1 December 2026): his cholesterol and his ankles.",
        on(["Tuesday 1 December at 11:10", "2026-12-01"]),
      ),
    ).toBe(true);
  });

  it("leaves what is on another matter, goes on to another, or already says the new value", () => {
    // (one word of the matter shared is another appointment)
    expect(
      replaced(
        "Dad's cardiology appointment has been moved to Tuesday 8 December (8 December 2026).",
        on(["Tuesday 8 December", "2026-12-08"]),
        "The dentist appointment is Friday 13 November (13 November 2026).",
        on(["Friday 13 November", "2026-11-13"]),
      ),
    ).toBe(false);
    // (names shared are no matter shared: Dad's GP review and Dad's cardiology appointment, both Nadia's)
    expect(
      replaced(
        "Nadia says the hospital rang, Dad's cardiology appointment has been moved to Tuesday 8 December (8 December 2026).",
        on(["Tuesday 8 December", "2026-12-08"]),
        "Dad's GP review is this Thursday 6 August at 10:20 (6 August 2026) with Dr Hussain. Nadia asked Omar to take him.",
        on(["this Thursday 6 August at 10:20", "2026-08-06"]),
        ["Nadia"],
      ),
    ).toBe(false);
    // (a verb of change says the value it changes to after "to": "hand cut dovetails … at 19:58" changes nothing)
    expect(changeSaid('The user searched YouTube for "hand cut dovetails for beginners" at 19:58 (10 October 2026).', {})).toBeNull();
    // (a span of time is no change: a Timeline's journey "from 08:18 to 08:34" after the visit "from 07:32 to 08:18")
    expect(
      replaced(
        "The user walked 1.2 km from Riverside Dental Practice to work on Tuesday 6 October, from 08:18 to 08:34 (6 October 2026) (16 minutes).",
        {},
        "The user went to Riverside Dental Practice (42 Call Lane, Leeds LS1 7BT, UK) on Tuesday 6 October, from 07:32 to 08:18 (6 October 2026) (46 minutes).",
      ),
    ).toBe(false);
    // (a transfer is no change: its "to" names where the money went, not a value it changed to)
    expect(
      changeSaid(
        "The user moved $500.00 to High Yield Savings on Saturday 3 October (3 October 2026) (Joint Checking (...4688), Transfer).",
        on(["Saturday 3 October", "2026-10-03"]),
      ),
    ).toBeNull();
    // (the group both were said in is no matter they share: the octopus bill and the broadband, in "5 Ash Grove 🏠")
    expect(
      replaced(
        "5 Ash Grove 🏠: Priya Mistry says virgin broadband goes up to £33 a month from November (November 2026) that's £11 each.",
        {},
        "5 Ash Grove 🏠: Josh Bell's octopus bill is in: £186 for September (September 2026), so £62 each.",
        {},
        ["Priya Mistry", "Josh Bell"],
      ),
    ).toBe(false);
    // (an offer from someone names no old value: "from" is the old one only before "to")
    expect(changeSaid("Daniel also has an offer from Kestrel Health at £65,000, fully remote.", {})).toBeNull();
    // (nor is a sum of another matter said beside it: Kestrel's offer, beside Brightwire's revised one)
    expect(
      replaced(
        "Gareth went back to their finance team and Brightwire have revised the offer to a base salary of £68,000.",
        {},
        "Daniel also has an offer from Kestrel Health at £65,000, fully remote. Brightwire is Daniel's first choice, but Daniel would need the base salary nearer £70,000.",
        {},
        ["Daniel"],
      ),
    ).toBe(false);
    // (a note's paragraph that goes on to another matter stays true)
    expect(
      replaced(
        "Correction: the GP review is Thursday 3 December (3 December 2026), not Tuesday 1 December (1 December 2026).",
        on(["Thursday 3 December", "2026-12-03"], ["Tuesday 1 December", "2026-12-01"]),
        "Next GP review booked for Tuesday 1 December (1 December 2026). BP this morning 132/80, the best for months.",
        on(["Tuesday 1 December", "2026-12-01"]),
      ),
    ).toBe(false);
    expect(
      replaced(
        "The cardiology appointment has been moved to Tuesday 8 December (8 December 2026).",
        on(["Tuesday 8 December", "2026-12-08"]),
        "The cardiology appointment is on Tuesday 8 December (8 December 2026).",
        on(["Tuesday 8 December", "2026-12-08"]),
      ),
    ).toBe(false);
  });
});
