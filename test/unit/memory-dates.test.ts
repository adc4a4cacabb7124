import { describe, expect, it } from "vitest";
import { parseSentence } from "../../core/memory/sentences.js";
import { annotateDates, resolveDates } from "../../core/time/mentions.js";

/** Monday 8 May 2023, 13:56 UTC: the time of LoCoMo conv-26's first session. */
const MONDAY = Date.parse("2023-05-08T13:56:00Z");

describe("dates inside a web address", () => {
  it("are part of the address, never resolved ('…/Design-sync-6-October-3f9a12c7')", () => {
    const text = "Agenda for today: https://www.notion.so/harbourapp/Design-sync-6-October-3f9a12c7";
    expect(annotateDates(text, Date.parse("2026-10-06T15:00:00Z")).text).toBe(
      "Agenda for today (6 October 2026): https://www.notion.so/harbourapp/Design-sync-6-October-3f9a12c7",
    );
  });
});

describe("dates inside quoted memories", () => {
  it("never resolves an expression again that already carries its date (a memory quoted in a chat)", () => {
    const quoted = "Maria volunteers at the shelter since yesterday (21 December 2022) and went hiking last week (the week before 22 December 2022).";
    expect(annotateDates(quoted, Date.parse("2026-12-01T10:00:00Z")).text).toBe(quoted);
  });

  it("nor one written by an earlier version, with the date after its comma ('Last weekend, (the weekend of …)')", () => {
    const quoted = "Last weekend, (the weekend of 5–6 August 2023) John ran a charity race. On Friday, (Friday 4 August 2023) he rested.";
    expect(annotateDates(quoted, Date.parse("2026-12-01T10:00:00Z")).text).toBe(quoted);
  });
});

describe("relative dates resolved against the time a turn was said", () => {
  const cases: Array<[string, string]> = [
    ["I went to a LGBTQ support group yesterday.", "I went to a LGBTQ support group yesterday (7 May 2023)."],
    ["We went camping last Tuesday.", "We went camping last Tuesday (Tuesday 2 May 2023)."],
    ["I'm going to a conference next month.", "I'm going to a conference next month (June 2023)."],
    ["I painted that lake sunrise last year!", "I painted that lake sunrise last year (2022)!"],
    ["I ran a charity race last weekend.", "I ran a charity race last weekend (the weekend of 6–7 May 2023)."],
    ["I gave a speech at a school last week.", "I gave a speech at a school last week (the week before 8 May 2023)."],
    ["My 18th birthday was ten years ago.", "My 18th birthday was ten years ago (2013)."],
    ["We talked two days ago.", "We talked two days ago (6 May 2023)."],
    ["I'll see the vet again after two weeks.", "I'll see the vet again after two weeks (22 May 2023)."],
    // a weekday shortened after "last" / "next" (LoCoMo: "I just joined a new LGBTQ activist group last Tues.")
    ["I joined an activist group last Tues.", "I joined an activist group last Tues (Tuesday 2 May 2023)."],
    ["Last Fri I took my kids to a pottery workshop.", "Last Fri (Friday 5 May 2023) I took my kids to a pottery workshop."],
    ["Wanna see my moves next Thurs?", "Wanna see my moves next Thurs (Thursday 18 May 2023)?"], // as "next Thursday" said on a Monday
    ["My dogs got sick last Weds.", "My dogs got sick last Weds (Wednesday 3 May 2023)."],
    ["I saw a behaviorist last Wed.", "I saw a behaviorist last Wed (Wednesday 3 May 2023)."],
    // the date goes before the comma that ends the expression
    ["Last weekend, I ran a charity race.", "Last weekend (the weekend of 6–7 May 2023), I ran a charity race."],
    ["On Friday, I got great news.", "On Friday (Friday 5 May 2023), I got great news."],
  ];
  for (const [said, written] of cases) {
    it(`"${said}" → "${written}"`, () => {
      expect(annotateDates(said, MONDAY).text).toBe(written);
    });
  }

  it("reads 'the weekend' said midweek in a past-tense sentence as the last one, else as the coming one", () => {
    const wednesday = Date.parse("2023-05-10T13:56:00Z");
    expect(annotateDates("I took my pups to the beach over the weekend.", wednesday, { past: true }).text).toBe(
      "I took my pups to the beach over the weekend (the weekend of 6–7 May 2023).",
    );
    expect(annotateDates("I'll go camping over the weekend.", wednesday).text).toBe("I'll go camping over the weekend (the weekend of 13–14 May 2023).");
  });

  it("dates no 'the Saturday' the talk already named ('book Belcanto for the Saturday' of a trip), but 'the Saturday after next'", () => {
    const sunday = Date.parse("2026-12-06T10:18:00Z");
    expect(annotateDates("Should we book Belcanto for the Saturday?", sunday).text).toBe("Should we book Belcanto for the Saturday?");
    expect(annotateDates("the Saturday after next", sunday).text).toBe("the Saturday after next (Saturday 19 December 2026)");
    expect(annotateDates("We arrive on the Friday 15th", sunday).text).toBe("We arrive on the Friday 15th (Friday 15 January 2027)");
    // (a weekday before a noun says which: the Thursday after the Wednesday said)
    expect(annotateDates("Bins go out Wednesday night for the Thursday collection", Date.parse("2026-11-25T10:18:00Z")).text).toBe(
      "Bins go out Wednesday night (Wednesday 25 November 2026) for the Thursday (Thursday 26 November 2026) collection",
    );
  });

  it("annotates a month before a dash after the month, not after the dash ('due in March — last done by Dave')", () => {
    const december = Date.parse("2026-12-08T10:00:00Z");
    expect(annotateDates("Annual service due in March — last done by Dave", december).text).toBe(
      "Annual service due in March (March 2027) — last done by Dave",
    );
    expect(annotateDates("Annual service due in March - last done by Dave", december).text).toBe(
      "Annual service due in March (March 2027) - last done by Dave",
    );
  });

  it("dates no weekend named by what it is for ('the Peak District weekend'), but the weekend said plainly", () => {
    const tuesday = Date.parse("2026-11-10T08:30:00Z");
    expect(annotateDates("I need it for the Peak District weekend", tuesday).text).toBe("I need it for the Peak District weekend");
    expect(annotateDates("Our Glastonbury weekend was epic", tuesday, { past: true }).text).toBe("Our Glastonbury weekend was epic");
    expect(annotateDates("I need it for the weekend", tuesday).text).toBe("I need it for the weekend (the weekend of 14–15 November 2026)");
  });

  it("reads a clause that opens on a verb's -ing after a clause in the progressive as that clause's plan ('we're doing it: moving to Porto in February')", () => {
    const december = Date.parse("2024-12-08T20:00:00Z");
    expect(annotateDates("We talked it through over dinner and we're doing it: moving to Porto in February.", december, { past: true }).text).toBe(
      "We talked it through over dinner and we're doing it: moving to Porto in February (February 2025).",
    );
    expect(annotateDates("We talked it through and decided: moving to Porto was in February.", december, { past: true }).text).toBe(
      "We talked it through and decided: moving to Porto was in February (February 2024).",
    );
  });

  it("reads what is due as to come, in a past-tense sentence too, unless it was due", () => {
    const sunday = Date.parse("2026-11-15T12:00:00Z");
    expect(annotateDates("I attached invoice 2231 for the boiler repair: £180, due by 30 November.", sunday, { past: true }).text).toBe(
      "I attached invoice 2231 for the boiler repair: £180, due by 30 November (30 November 2026).",
    );
    expect(annotateDates("The rent was due on 3 November.", sunday, { past: true }).text).toBe("The rent was due on 3 November (3 November 2026).");
    expect(annotateDates("I paid the bill that was due on 30 November.", sunday, { past: true }).text).toBe(
      "I paid the bill that was due on 30 November (30 November 2025).",
    );
  });

  it("writes the date before a contracted verb and after a possessive, not between a word and its 's", () => {
    expect(annotateDates("Tomorrow's gonna be an awesome night.", MONDAY).text).toBe("Tomorrow (9 May 2023) is gonna be an awesome night.");
    expect(annotateDates("This week's been busy for me.", MONDAY).text).toBe("This week (the week of 8 May 2023) has been busy for me.");
    expect(annotateDates("Friday night's board game session was a nice break.", MONDAY).text).toBe(
      "Friday night's (Friday 5 May 2023) board game session was a nice break.",
    );
  });

  it("reads a day in an instruction, a line of a to-do, as one to come ('Meet Sam on 9 December', said in May)", () => {
    expect(annotateDates("Meet Sam on 9 December.", MONDAY).text).toBe("Meet Sam on 9 December (9 December 2023).");
    expect(annotateDates("Renew the passport before 18 December.", MONDAY).text).toBe("Renew the passport before 18 December (18 December 2023).");
    // (a log's "Call with …" is no instruction: the call was on the day it names, gone)
    expect(annotateDates("Call with Priya about the roadmap on 2 May.", MONDAY).text).toBe("Call with Priya about the roadmap on 2 May (2 May 2023).");
    // (a past sentence is still of the past)
    expect(annotateDates("We met Sam on 9 December.", MONDAY, { past: true }).text).toBe("We met Sam on 9 December (9 December 2022).");
  });

  it("reads the day a plan is for as one to come ('Plan for Saturday:', said on a Monday)", () => {
    expect(annotateDates("Plan for Saturday: meet at Shinjuku at 8:00.", MONDAY).text).toBe(
      "Plan for Saturday (Saturday 13 May 2023): meet at Shinjuku at 8:00.",
    );
    expect(annotateDates("Any plans for Sunday?", MONDAY).text).toBe("Any plans for Sunday (Sunday 14 May 2023)?");
  });

  it("reads a time written with a full stop, as British English writes it, as a time, not a day ('9 December, 3.40pm')", () => {
    expect(annotateDates("Golf service booked for Wednesday 9 December, 3.40pm.", MONDAY).text).toBe(
      "Golf service booked for Wednesday 9 December, 3.40pm (9 December 2023).",
    );
    expect(resolveDates("Dinner is at 3.40 pm on 9 December.", MONDAY).map((d) => d.text)).toEqual(["at 3.40 pm on 9 December"]);
  });

  it("reads a day with a month's short name, as reminder texts write it, but no lower-case 'dec' or 'mar'", () => {
    expect(annotateDates("Reminder of your appointment with Dr Okafor on Tue 16 May at 09:30.", MONDAY).text).toBe(
      "Reminder of your appointment with Dr Okafor on Tue 16 May at 09:30 (16 May 2023).",
    );
    expect(annotateDates("The flight is on 14 Dec, gate closes 21:40.", MONDAY).text).toBe("The flight is on 14 Dec (14 December 2023), gate closes 21:40.");
    expect(annotateDates("Scored 3 dec points and the mar 5 meeting ran late.", MONDAY).text).toBe("Scored 3 dec points and the mar 5 meeting ran late.");
  });

  it("leaves absolute dates, durations and 'now' alone", () => {
    for (const text of [
      "I moved here on 7 May 2023.",
      // (a past stay's length says not when it was; how long something has lasted, since when: durations.ts)
      "I lived with these friends for 4 years.",
      "I'm at home now.",
      // "after 3 years" in a past statement is how long, not when, unless what lasted ended then
      "I moved to Leeds after 3 years.",
      // a month's name after who someone is is their name
      "Middlemarch by George Eliot (recommended by Aunt June).",
      "I saw Mrs May at the school gate.",
      // a long weekend is a holiday's, not this one
      "We're away for the long weekend.",
    ]) {
      expect(annotateDates(text, MONDAY).text).toBe(text);
    }
  });

  it("leaves recurring times alone: 'every Sunday', 'on Sundays' and 'on Sunday nights' are no date", () => {
    for (const text of [
      "I paint landscapes every Sunday.",
      "We go hiking most weekends.",
      "I swim on Sundays.",
      "I call my mom each week.",
      "I host it at my place on the first Thursday of every month.",
      "We meet on the last Friday of each month.",
      // (a part of the day in the plural: "Catching up with Dad on Sunday nights" had been dated the Sunday it was said)
      "Catching up with Dad on Sunday nights.",
      "We play five-a-side on Tuesday evenings.",
    ]) {
      expect(annotateDates(text, MONDAY).text, text).toBe(text);
    }
    expect(annotateDates("I painted every day last week.", MONDAY).text).toBe("I painted every day last week (the week before 8 May 2023).");
  });

  it("reads a bare weekday in a past-tense sentence as the previous one", () => {
    const wednesday = Date.parse("2023-05-10T09:00:00Z");
    expect(resolveDates("I went to the museum on Friday.", wednesday, { past: true })[0]).toMatchObject({ label: "Friday 5 May 2023", granularity: "day" });
    expect(resolveDates("I'm going to the museum on Friday.", wednesday, { past: false })[0]).toMatchObject({ label: "Friday 12 May 2023" });
    // "this Tuesday" in a past-tense sentence said on a Saturday is the Tuesday gone
    const saturday = Date.parse("2022-11-05T12:00:00Z");
    expect(resolveDates("I had a great accomplishment this Tuesday!", saturday, { past: true })[0]).toMatchObject({ label: "Tuesday 1 November 2022" });
    expect(resolveDates("I have a match this Tuesday.", saturday, { past: false })[0]).toMatchObject({ label: "Tuesday 8 November 2022" });
  });

  it("reads 'a few years back' as 'a few years ago', which names no year", () => {
    expect(annotateDates("I went to London a few years back.", MONDAY, { past: true }).text).toBe(
      "I went to London a few years back (a few years before 8 May 2023).",
    );
    expect(annotateDates("I got my tattoo a few years ago.", MONDAY, { past: true }).text).toBe(
      "I got my tattoo a few years ago (a few years before 8 May 2023).",
    );
    expect(annotateDates("A few years back we went hiking.", MONDAY, { past: true }).text).toBe(
      "A few years back (a few years before 8 May 2023) we went hiking.",
    );
    expect(annotateDates("We moved here two years back.", MONDAY, { past: true }).text).toBe("We moved here two years back (2021).");
    // "back" of a place stays
    expect(annotateDates("I just got back from Rome.", MONDAY, { past: true }).text).toBe("I just got back from Rome.");
  });

  it("reads 'last summer' as the last whole one, and 'this winter' as the one of the day said", () => {
    const august = Date.parse("2023-08-21T12:00:00Z");
    expect(annotateDates("I took this pic last summer.", august, { past: true }).text).toBe("I took this pic last summer (summer 2022).");
    const december = Date.parse("2023-12-08T12:00:00Z");
    expect(annotateDates("I organized a basketball camp last summer.", december, { past: true }).text).toBe(
      "I organized a basketball camp last summer (summer 2023).",
    );
    expect(resolveDates("We went skiing last winter.", august, { past: true })[0]).toMatchObject({
      label: "winter 2022–23",
      granularity: "season",
      start: Date.UTC(2022, 11, 1),
    });
    expect(resolveDates("I'm going to Japan this winter.", august)[0]).toMatchObject({ label: "winter 2023–24" });
    expect(resolveDates("We planted tomatoes this spring.", august, { past: true })[0]).toMatchObject({ label: "spring 2023", start: Date.UTC(2023, 2, 1) });
  });

  it("reads 'next June', a month of what will be and a weekday deadline as the one to come, and 'next summer' likewise", () => {
    const november = Date.parse("2026-11-04T09:00:00Z");
    expect(annotateDates("My sister is getting married in Porto next June.", november).text).toBe(
      "My sister is getting married in Porto next June (June 2027).",
    );
    expect(annotateDates("I'll visit them in June.", november).text).toBe("I'll visit them in June (June 2027).");
    expect(annotateDates("We are moving next March.", november).text).toBe("We are moving next March (March 2027).");
    // the month said in is this one, and a month of what was is the last one
    expect(annotateDates("I'll finish it in November.", november).text).toBe("I'll finish it in November (November 2026).");
    expect(annotateDates("I visited them in June.", november, { past: true }).text).toBe("I visited them in June (June 2026).");
    expect(resolveDates("Next summer we go to Italy.", november)[0]).toMatchObject({ label: "summer 2027", granularity: "season" });
    // a weekday as a deadline, or of what will be, is the coming one (chrono takes the nearest: said on a
    // Monday, the Friday three days gone); one of what was stays the nearest
    const monday = Date.parse("2026-10-12T09:00:00Z");
    expect(annotateDates("My manager wants the migration done by Friday.", monday).text).toBe(
      "My manager wants the migration done by Friday (Friday 16 October 2026).",
    );
    expect(annotateDates("I'll call them on Friday.", monday).text).toBe("I'll call them on Friday (Friday 16 October 2026).");
    expect(annotateDates("Friday was fun.", monday).text).toBe("Friday (Friday 9 October 2026) was fun.");
    expect(resolveDates("We'll go to Italy next winter.", Date.parse("2026-08-04T09:00:00Z"))[0]).toMatchObject({ label: "winter 2026–27" });
  });

  it("reads a day of the year that a schedule names as the one to come, and one of what was as the one gone", () => {
    const december = Date.parse("2026-12-03T09:00:00Z");
    // chrono takes the nearest 30 June, five months gone
    expect(annotateDates("My lease ends on June 30.", december).text).toBe("My lease ends on June 30 (30 June 2027).");
    expect(annotateDates("Our membership renews on August 1.", december).text).toBe("Our membership renews on August 1 (1 August 2027).");
    expect(annotateDates("I'll fly home on June 30.", december).text).toBe("I'll fly home on June 30 (30 June 2027).");
    // what was, and a day that is near either way, stay
    expect(annotateDates("I moved in on February 20.", december, { past: true }).text).toBe("I moved in on February 20 (20 February 2026).");
    expect(annotateDates("The course starts on January 5.", december).text).toBe("The course starts on January 5 (5 January 2027).");
    expect(annotateDates("It was cold on November 20.", december, { past: true }).text).toBe("It was cold on November 20 (20 November 2026).");
    // an appointment said in the present is the coming one; one said in the past, the one gone
    const monday = Date.parse("2026-10-12T09:00:00Z");
    expect(annotateDates("I have a dentist appointment on Friday.", monday).text).toBe("I have a dentist appointment on Friday (Friday 16 October 2026).");
    const thursday = Date.parse("2026-10-15T09:00:00Z");
    expect(annotateDates("I had a job interview on Friday.", thursday, { past: true }).text).toBe("I had a job interview on Friday (Friday 9 October 2026).");
  });

  it("reads the days a request to the listener names as ones to come, and a weekday said after another as the one that follows it", () => {
    const thursday = Date.parse("2026-10-08T09:00:00Z");
    // (chrono takes the nearest Wednesday, yesterday, and today for Thursday)
    expect(annotateDates("Could you feed Miso on Wednesday and Thursday?", thursday).text).toBe(
      "Could you feed Miso on Wednesday (Wednesday 14 October 2026) and Thursday (Thursday 15 October 2026)?",
    );
    expect(annotateDates("Would you pick up Leo on Tuesday and Wednesday?", thursday).text).toBe(
      "Would you pick up Leo on Tuesday (Tuesday 13 October 2026) and Wednesday (Wednesday 14 October 2026)?",
    );
    // (after a word set off before the request: "Huge favour: could you …")
    expect(annotateDates("Huge favour: could you feed Miso on Wednesday and Thursday?", thursday).text).toBe(
      "Huge favour: could you feed Miso on Wednesday (Wednesday 14 October 2026) and Thursday (Thursday 15 October 2026)?",
    );
    // (a sequence of days of what was stays in the past, in order)
    expect(annotateDates("I worked Monday, Tuesday and Wednesday.", thursday, { past: true }).text).toBe(
      "I worked Monday (Monday 5 October 2026), Tuesday (Tuesday 6 October 2026) and Wednesday (Wednesday 7 October 2026).",
    );
    // (a question that asks the listener to recall is no request)
    expect(annotateDates("Can you remember what we ate on Monday?", thursday).text).toBe("Can you remember what we ate on Monday (Monday 5 October 2026)?");
  });

  it("reads the day of what was booked or signed up for as the one to come, even said in the past", () => {
    const wednesday = Date.parse("2026-06-03T08:30:00Z");
    // chrono takes the nearest Thursday, and a past-tense clause the one gone: 28 May
    expect(annotateDates("I booked him in with Dr. Okafor at the vet clinic on Thursday at 10am.", wednesday, { past: true }).text).toBe(
      "I booked him in with Dr. Okafor at the vet clinic on Thursday at 10am (Thursday 4 June 2026).",
    );
    expect(annotateDates("I signed up for the Lisbon half marathon on October 4.", wednesday, { past: true }).text).toBe(
      "I signed up for the Lisbon half marathon on October 4 (4 October 2026).",
    );
    // (and so is the day of what was suggested)
    expect(annotateDates("Tom suggested the Crown on Friday at 7.", Date.parse("2026-05-09T21:00:00Z"), { past: true }).text).toBe(
      "Tom suggested the Crown on Friday at 7 (Friday 15 May 2026).",
    );
    // an appointment in a clause of its own, beside what was done ("Called the GP, appointment on Thursday")
    const tuesday = Date.parse("2026-10-06T12:00:00Z");
    expect(annotateDates("Called Dr. Nguyen about Leo's cough, appointment on Thursday at 10am.", tuesday, { past: true }).text).toBe(
      "Called Dr. Nguyen about Leo's cough, appointment on Thursday at 10am (Thursday 8 October 2026).",
    );
    // (and so is the day in a clause of its own after what was booked: "Booked flights to Lisbon, 11-14 November")
    const november10 = Date.parse("2026-11-10T12:00:00Z");
    expect(annotateDates("Booked flights to Lisbon for Web Summit, 11-14 November.", november10, { past: true }).text).toBe(
      "Booked flights to Lisbon for Web Summit, 11-14 November (11–14 November 2026).",
    );
    expect(annotateDates("I booked the restaurant and we ate there on Friday.", november10, { past: true }).text).toBe(
      "I booked the restaurant and we ate there on Friday (Friday 6 November 2026).",
    );
    // (and what is needed, in a clause of its own: "… has been to the vet, but she needs a dental clean in October")
    const september12 = Date.parse("2026-09-12T19:00:00Z");
    expect(annotateDates("Mango has been to the vet, she's fine, but she needs a dental clean in October.", september12, { past: true }).text).toBe(
      "Mango has been to the vet, she's fine, but she needs a dental clean in October (October 2026).",
    );
    // (and when what was arranged starts: "I got a job …, starting September 1")
    const august5 = Date.parse("2026-08-05T19:00:00Z");
    expect(annotateDates("I got a job at the hospital in Salford, starting September 1.", august5, { past: true }).text).toBe(
      "I got a job at the hospital in Salford, starting September 1 (1 September 2026).",
    );
    // (also when the clause opens on it, the day after: "I got a new job, starting at Google in March", said in May, is next March)
    expect(annotateDates("I got a new job, starting at Google in March.", MONDAY, { past: true }).text).toBe(
      "I got a new job, starting at Google in March (March 2024).",
    );
    expect(annotateDates("I was beginning to panic in March.", MONDAY, { past: true }).text).toBe("I was beginning to panic in March (March 2023).");
    // (and what is on a day, said in the present, is to come: "parents' evening is on 26 March", said in May)
    expect(annotateDates("Parents' evening is on 26 March at 5pm.", Date.parse("2023-05-08T12:00:00Z")).text).toBe(
      "Parents' evening is on 26 March at 5pm (26 March 2024).",
    );
    // (and the day something was moved to, "Dentist appointment moved to Friday"; not where one moved on a day)
    const wednesday7 = Date.parse("2026-10-07T12:00:00Z");
    expect(annotateDates("Dentist appointment moved to Friday.", wednesday7, { past: true }).text).toBe(
      "Dentist appointment moved to Friday (Friday 9 October 2026).",
    );
    expect(annotateDates("We moved to Leeds on Friday.", wednesday7, { past: true }).text).toBe("We moved to Leeds on Friday (Friday 2 October 2026).");
    // (what was done on a day stays the one gone)
    expect(annotateDates("I ran the Lisbon half marathon on October 4.", wednesday, { past: true }).text).toBe(
      "I ran the Lisbon half marathon on October 4 (4 October 2025).",
    );
  });

  it("reads the day or month of an arrangement said in the present progressive as the one to come", () => {
    const october = Date.parse("2026-10-05T12:00:00Z");
    // chrono takes the nearest June, four months gone
    expect(annotateDates("Chris is getting married in June to his partner Lea.", october).text).toBe(
      "Chris is getting married in June (June 2027) to his partner Lea.",
    );
    expect(annotateDates("I'm moving to Berlin on March 1.", october).text).toBe("I'm moving to Berlin on March 1 (1 March 2027).");
    // (told in the past, with "she's" and an adverb: a journal's "she told me she's finally retiring in June")
    expect(
      annotateDates("We walked up Primrose Hill and she told me she's finally retiring in June.", Date.parse("2026-03-14T21:05:00Z"), { past: true }).text,
    ).toBe("We walked up Primrose Hill and she told me she's finally retiring in June (June 2026).");
    // (not a judgement: "it's amazing in June")
    expect(annotateDates("We went to Lisbon, it's amazing in June.", october, { past: true }).text).toBe(
      "We went to Lisbon, it's amazing in June (June 2026).",
    );
    // (what was going on then stays the one gone)
    expect(annotateDates("I was living in Rome in June.", october, { past: true }).text).toBe("I was living in Rome in June (June 2026).");
  });

  it("reads 'the 28th' as that day of this month or the next, and of this month or the last in the past", () => {
    const march12 = Date.parse("2026-03-12T09:20:00Z");
    // (chrono reads no bare ordinal day)
    expect(annotateDates("I need it back by the 28th.", march12).text).toBe("I need it back by the 28th (28 March 2026).");
    expect(annotateDates("The drinks are on the 3rd at The Kings Arms.", march12).text).toBe("The drinks are on the 3rd (3 April 2026) at The Kings Arms.");
    expect(annotateDates("We met on the 20th.", march12, { past: true }).text).toBe("We met on the 20th (20 February 2026).");
    // a weekday with its ordinal day is the one day that is both ("on Saturday the 14th", said on Tuesday 6 October)
    const october6 = Date.parse("2026-10-06T12:00:00Z");
    expect(annotateDates("Her party is on Saturday the 14th at 2pm.", october6).text).toBe(
      "Her party is on Saturday the 14th (Saturday 14 November 2026) at 2pm.",
    );
    expect(annotateDates("We went on Friday the 2nd.", october6, { past: true }).text).toBe("We went on Friday the 2nd (Friday 2 October 2026).");
    // (and without "the", as a chat writes it: "Saturday 14th at mine")
    expect(annotateDates("Yep, Saturday 14th at mine, 2pm.", october6).text).toBe("Yep, Saturday 14th (Saturday 14 November 2026) at mine, 2pm.");
    // (an ordinal that counts something else is no day)
    expect(annotateDates("It was built in the 18th century.", march12, { past: true }).text).toBe("It was built in the 18th century.");
    expect(annotateDates("It's my 2nd time here.", march12).text).toBe("It's my 2nd time here.");
    expect(annotateDates("We were down 10 in the 4th and won.", march12, { past: true }).text).toBe("We were down 10 in the 4th and won.");
  });

  it("reads no year in a number after a day's comma ('20 November, 12 months')", () => {
    const oct = Date.parse("2026-10-14T09:00:00Z");
    // (it had been "20 November, 12 (20 November 2012) months", the memory dated 2012)
    expect(annotateDates("Post redirected from 20 November, 12 months.", oct).text).toBe("Post redirected from 20 November (20 November 2026), 12 months.");
    expect(annotateDates("Party on 4 December, 30 guests.", oct).text).toBe("Party on 4 December (4 December 2026), 30 guests.");
    // (nor a day of the month: "9 October, 4 days early" had become "Friday (Friday 20 November 2026) 9 October (October 2026), 4 days early")
    const nov = Date.parse("2026-11-20T10:00:00Z");
    expect(annotateDates("Returned it on Friday 9 October, 4 days early.", nov, { past: true }).text).toBe(
      "Returned it on Friday 9 October (9 October 2026), 4 days early.",
    );
  });

  it("reads 'the last day' as no date ('The last day I went to the gym: …' had been dated yesterday)", () => {
    const nov = Date.parse("2026-11-30T10:00:00Z");
    expect(annotateDates("The last day I did go to the gym: Saturday 28 November.", nov, { past: true }).text).toBe(
      "The last day I did go to the gym: Saturday 28 November (28 November 2026).",
    );
    expect(annotateDates("It was the last day of the trip.", nov, { past: true }).text).toBe("It was the last day of the trip.");
    // (nor is one's last day at work: it had been dated the day before it was said)
    expect(annotateDates("My last day at Northgate will be Friday 4 December.", nov).text).toBe(
      "My last day at Northgate will be Friday 4 December (4 December 2026).",
    );
    expect(annotateDates("Priya's last day is Friday.", nov).text).not.toContain("29 November");
    // (a last day that is a day gone stays one: "last Monday")
    expect(annotateDates("I went last Monday.", nov, { past: true }).text).toContain("(Monday 23 November 2026)");
  });

  it("reads 'the night of Monday 12 October' as that day, not as tonight", () => {
    // (chrono had read "night of Monday 12 October" as the night of the day it was said, and no date was told)
    const after = Date.parse("2026-10-13T00:48:00Z");
    expect(annotateDates("Slept 4 hours on the night of Monday 12 October.", after, { past: true }).text).toBe(
      "Slept 4 hours on the night of Monday 12 October (12 October 2026).",
    );
    expect(annotateDates("The sleep score for the night of Thursday 15 October was 38.", Date.parse("2026-10-16T07:00:00Z")).text).toBe(
      "The sleep score for the night of Thursday 15 October (15 October 2026) was 38.",
    );
    expect(annotateDates("Woke at 5 on the morning of 3 November.", Date.parse("2026-11-20T10:00:00Z"), { past: true }).text).toBe(
      "Woke at 5 on the morning of 3 November (3 November 2026).",
    );
    // (a night alone is still the one of the day it is said)
    expect(annotateDates("Slept badly last night.", Date.parse("2026-10-13T07:00:00Z"), { past: true }).text).toContain("(12 October 2026)");
  });

  it("reads 'in April next year' as one date", () => {
    const june = Date.parse("2026-06-22T08:30:00Z");
    expect(annotateDates("We are going to Japan for two weeks in April next year.", june).text).toBe(
      "We are going to Japan for two weeks in April next year (April 2027).",
    );
    // (also beside an expression chrono does not read)
    expect(annotateDates("We'll go back in April next year, not two weekends ago.", june).text).toBe(
      "We'll go back in April next year (April 2027), not two weekends ago (the weekend of 13–14 June 2026).",
    );
  });

  it("reads 'two weekends ago' as that weekend, and 'a couple of weekends ago' as said before the day", () => {
    const monday = Date.parse("2023-07-17T12:00:00Z");
    expect(annotateDates("We went camping two weekends ago.", monday, { past: true }).text).toBe(
      "We went camping two weekends ago (the weekend of 8–9 July 2023).",
    );
    expect(annotateDates("We went camping a weekend ago.", monday, { past: true }).text).toBe(
      "We went camping a weekend ago (the weekend of 15–16 July 2023).",
    );
    expect(annotateDates("I saw it a couple of weekends ago.", monday, { past: true }).text).toBe(
      "I saw it a couple of weekends ago (a couple of weekends before 17 July 2023).",
    );
    // said on a Sunday, the weekend now is not one "ago"
    const sunday = Date.parse("2023-07-16T12:00:00Z");
    expect(resolveDates("We went camping 2 weekends ago.", sunday, { past: true })[0]).toMatchObject({
      label: "the weekend of 1–2 July 2023",
      granularity: "weekend",
    });
  });

  it("reads 'N units from now' and 'a week from Friday' as the time that far ahead, not the day said", () => {
    // (said on Monday 8 May 2023: chrono took "two weeks from now" as this week and read only "today" or "Friday" of the others)
    expect(annotateDates("My exam is two weeks from now.", MONDAY).text).toBe("My exam is two weeks from now (22 May 2023).");
    expect(annotateDates("The trip is three weeks from today.", MONDAY).text).toBe("The trip is three weeks from today (29 May 2023).");
    expect(annotateDates("The party is two days from now.", MONDAY).text).toBe("The party is two days from now (10 May 2023).");
    expect(annotateDates("The show is two weekends from now.", MONDAY).text).toBe("The show is two weekends from now (the weekend of 20–21 May 2023).");
    expect(annotateDates("The dinner is a week from Friday.", MONDAY).text).toBe("The dinner is a week from Friday (Friday 19 May 2023).");
    expect(annotateDates("See you a week from tomorrow.", MONDAY).text).toBe("See you a week from tomorrow (16 May 2023).");
    expect(annotateDates("We move a month from now.", MONDAY).text).toBe("We move a month from now (June 2023).");
    expect(annotateDates("The race is a few weeks from now.", MONDAY).text).toBe("The race is a few weeks from now (a few weeks after 8 May 2023).");
  });

  it("reads 'this coming weekend', 'the week after next', 'in three days' and 'a year ago today' as counted from the day said", () => {
    expect(annotateDates("We're going away this coming weekend.", MONDAY).text).toBe("We're going away this coming weekend (the weekend of 13–14 May 2023).");
    expect(annotateDates("The recital is the week after next.", MONDAY).text).toBe("The recital is the week after next (the week of 22 May 2023).");
    expect(annotateDates("The recital is the weekend after next.", MONDAY).text).toBe("The recital is the weekend after next (the weekend of 20–21 May 2023).");
    expect(annotateDates("My appointment is in three days.", MONDAY).text).toBe("My appointment is in three days (11 May 2023).");
    expect(annotateDates("I went there the weekend before last.", MONDAY, { past: true }).text).toBe(
      "I went there the weekend before last (the weekend of 29–30 April 2023).",
    );
    expect(annotateDates("I saw her the week before last.", MONDAY, { past: true }).text).toBe("I saw her the week before last (the week of 24 April 2023).");
    // (and a year or a month counted back from the very day said: before, "a year ago (2022) today (8 May 2023)")
    expect(annotateDates("We adopted him a year ago today.", MONDAY, { past: true }).text).toBe("We adopted him a year ago today (8 May 2022).");
    expect(annotateDates("We moved here three years ago this month.", MONDAY, { past: true }).text).toBe(
      "We moved here three years ago this month (May 2020).",
    );
    // (a weekday counted a week on or back: "Friday week", "the Saturday after next", "the Tuesday before last"; chrono had read
    // "by Friday (Friday 12 May 2023) week" and "the Tuesday (Tuesday 2 May 2023) before last")
    expect(annotateDates("I'll do it by Friday week.", MONDAY).text).toBe("I'll do it by Friday week (Friday 19 May 2023).");
    expect(annotateDates("The party is the Saturday after next.", MONDAY).text).toBe("The party is the Saturday after next (Saturday 20 May 2023).");
    expect(annotateDates("It happened the Tuesday before last.", MONDAY, { past: true }).text).toBe(
      "It happened the Tuesday before last (Tuesday 25 April 2023).",
    );
    // (a holiday named with "last", "this" or "next" is that day; named alone it is often every year's, and stays as said)
    expect(annotateDates("We met last Christmas.", MONDAY, { past: true }).text).toBe("We met last Christmas (25 December 2022).");
    expect(annotateDates("We're going to Rome next Easter.", MONDAY).text).toBe("We're going to Rome next Easter (31 March 2024).");
    expect(annotateDates("This Christmas we're going skiing.", MONDAY).text).toBe("This Christmas (25 December 2023) we're going skiing.");
    expect(annotateDates("Thanksgiving's always special for us.", MONDAY).text).toBe("Thanksgiving's always special for us.");
    expect(annotateDates("I watched Last Christmas again.", MONDAY, { past: true }).text).toBe("I watched Last Christmas again.");
    // (nor in quotes, a song's: bench:personal's Last.fm day had read '"Last Christmas (25 December 2025)" by Wham!')
    expect(annotateDates('Played "Last Christmas" by Wham! at 18:49.', MONDAY, { past: true }).text).toBe('Played "Last Christmas" by Wham! at 18:49.');
    // (nor does how long something took)
    expect(annotateDates("Rome wasn't built in a day, so keep pushing on!", MONDAY).text).toBe("Rome wasn't built in a day, so keep pushing on!");
    expect(annotateDates("I read the whole series in three days.", MONDAY, { past: true }).text).toBe("I read the whole series in three days.");
    // (nor does a vague count of days back: before, "a few days ago (5 May 2023)")
    expect(annotateDates("A few days ago I ran 5k.", MONDAY, { past: true }).text).toBe("A few days ago (a few days before 8 May 2023) I ran 5k.");
    // ("last night" said after midnight is the evening before: LoCoMo's "12:37 am on 31 October, 2022")
    expect(annotateDates("I held a gaming tourney last night.", Date.parse("2022-10-31T00:37:00Z"), { past: true }).text).toBe(
      "I held a gaming tourney last night (30 October 2022).",
    );
    // (a vague count of days names no day)
    expect(annotateDates("I'll be back in a couple of days.", MONDAY).text).toBe("I'll be back in a couple of days.");
  });

  it("counts months from the month said, not from its day ('next month' said on 31 August 2023 is September)", () => {
    // (LoCoMo's Tim, at 2:52 pm on 31 August 2023: "Planning a trip there next month", asked "What month did Tim plan on going to Universal Studios?")
    const aug31 = Date.parse("2023-08-31T14:52:00Z");
    expect(annotateDates("Planning a trip there next month.", aug31).text).toBe("Planning a trip there next month (September 2023).");
    expect(annotateDates("We went two months ago.", aug31, { past: true }).text).toBe("We went two months ago (June 2023).");
    const mar31 = Date.parse("2023-03-31T10:00:00Z");
    expect(annotateDates("I started last month.", mar31, { past: true }).text).toBe("I started last month (February 2023).");
    expect(annotateDates("We went a month ago.", mar31, { past: true }).text).toBe("We went a month ago (February 2023).");
    expect(annotateDates("I'm going in a month.", mar31).text).toBe("I'm going in a month (April 2023).");
  });

  it("leaves 'N units later' unresolved: it counts from what the sentence tells, not from when it was said", () => {
    for (const text of [
      "We moved to Porto two years later.",
      "The launch is two weeks later.",
      "I'm organizing a gaming party two weekends later - it'll be hectic but fun!",
      "We went to Paris and the week after we flew home.",
    ])
      expect(annotateDates(text, MONDAY, { past: true }).text).toBe(text);
  });

  it("reads a weekday of what was said would happen as the coming one ('He said it would be fixed by Friday')", () => {
    const wednesday = Date.parse("2023-05-10T09:00:00Z");
    for (const text of [
      "He said it would be fixed by Friday.",
      "They told me the results will be out on Friday.",
      "I was going to visit her on Friday.",
      "I bought tickets, we're gonna see the show on Saturday.",
    ]) {
      expect(resolveDates(text, wednesday, { past: true })[0]?.start, text).toBeGreaterThan(wednesday);
    }
    // a clause of its own that says what was done keeps the weekday gone
    expect(resolveDates("I said I would help, and on Friday I did.", wednesday, { past: true })[0]).toMatchObject({ label: "Friday 5 May 2023" });
  });

  it("reads a weekday at a clock time, in a clause with no verb, as the coming one ('First delivery Monday at 7am')", () => {
    const thursday = Date.parse("2026-11-19T20:30:12Z");
    for (const text of ["Can't wait! First delivery Monday at 7am, I'll bring the buns.", "Team call Monday 9:30, agenda to follow."]) {
      expect(resolveDates(text, thursday)[0], text).toMatchObject({ label: "Monday 23 November 2026" });
    }
    // (said of the past, it is the one gone)
    expect(resolveDates("Great chat Monday at 7am.", thursday, { past: true })[0]).toMatchObject({ label: "Monday 16 November 2026" });
  });

  it("reads how long something has lasted as when it began ('I've had them for 3 years now' → since 2019), not a past stay's length", () => {
    const jan2022 = Date.parse("2022-01-23T12:00:00Z");
    const labels = (text: string) => resolveDates(text, jan2022, { past: true }).map((d) => d.label);
    expect(labels("I've had them for 3 years now and they bring me tons of joy!")).toEqual(["since 2019"]);
    expect(labels("Seven years now, and I've finally found my real muses: painting and pottery.")).toEqual(["since 2015"]);
    expect(labels("I've been learning Spanish for four months.")).toEqual(["since September 2021"]);
    expect(labels("I made a huge call - recently left my IT job after 3 years.")).toEqual(["2019–2022"]);
    // ("a month" and "a year" too, after "for": LoCoMo's "I've been playing for a month now", asked "When did John resume playing drums?")
    expect(labels("I've been playing for a month now, it's been tough but fun.")).toEqual(["since December 2021"]);
    expect(labels("I've worked there for a year.")).toEqual(["since 2021"]);
    // (not how often: "once a month now")
    expect(labels("I go to yoga once a month now.")).toEqual([]);
    // (how long a past stay was says not when it was; what is to come is no time gone)
    expect(labels("I lived in Paris for 2 years.")).toEqual([]);
    expect(labels("I lived in Paris for a year.")).toEqual([]);
    expect(labels("It took 3 years to finish.")).toEqual([]);
    expect(resolveDates("I'll be there for 3 years.", jan2022).map((d) => d.label)).toEqual([]);
  });

  it("reads a weekday that names what is held on it every week as no date ('the Saturday market', 'Sunday Market')", () => {
    const sunday = Date.parse("2026-10-18T18:00:00Z");
    expect(resolveDates("The Saturday market was still on.", sunday, { past: true })).toEqual([]);
    expect(resolveDates("I'll be selling at the Tobacco Factory Sunday Market on 22 November.", sunday).map((d) => d.label)).toEqual(["22 November 2026"]);
    expect(resolveDates("We went to the market on Saturday.", sunday, { past: true })[0]).toMatchObject({ label: "Saturday 17 October 2026" });
    // (a weekday in the name of a class or a paper is no date: "a 30-minute Sunday Yoga Flow class", "the Sunday Times")
    expect(
      resolveDates("The user took a 30-minute Sunday Yoga Flow class with Ross Rayburn on Peloton on Sunday 25 October at 08:15.", sunday, { past: true }).map(
        (d) => d.label,
      ),
    ).toEqual(["25 October 2026"]);
    expect(resolveDates("Dad still reads the Sunday Times in the garden.", sunday)).toEqual([]);
    expect(resolveDates("On Friday Tom fixed the gate.", sunday, { past: true })[0]).toMatchObject({ label: "Friday 16 October 2026" });
  });

  it("reads a day of what one has got as one to come ('I've got the hackathon on Saturday 21st')", () => {
    const monday = Date.parse("2026-11-09T16:20:33Z");
    const [day] = annotateDates("I've got the hackathon on Saturday 21st.", monday, {
      past: parseSentence("I've got the hackathon on Saturday 21st.").past,
    }).dates;
    expect(day).toMatchObject({ label: "Saturday 21 November 2026" });
    expect(parseSentence("I got the job last week.").past).toBe(true);
  });

  it("reads the day one meant as the one said before it meant, not as a day gone ('Sorry, I meant Saturday 14th')", () => {
    const monday = Date.parse("2026-11-02T19:03:00Z");
    const said = "Sorry, I meant Saturday 14th.";
    expect(annotateDates(said, monday, { past: parseSentence(said).past }).dates[0]).toMatchObject({ label: "Saturday 14 November 2026" });
    // (one meant to do is done or not in the past)
    expect(parseSentence("I meant to call you yesterday.").past).toBe(true);
  });

  it("reads the day something was moved from as one to come, in a past sentence too", () => {
    const said = Date.parse("2026-11-03T15:00:00Z");
    const moved = resolveDates("We've moved your cleaning from Tuesday the 17th to Friday, November 20th at 2:30 PM.", said, { past: true });
    expect(moved.map((d) => d.label)).toEqual(["Tuesday 17 November 2026", "20 November 2026"]);
    expect(resolveDates("I moved the meeting from Friday to Monday.", said, { past: true })[0]).toMatchObject({ label: "Friday 6 November 2026" });
    // (a day gone, said in the past, stays gone)
    expect(resolveDates("We went on Tuesday the 13th.", said, { past: true })[0]).toMatchObject({ label: "Tuesday 13 October 2026" });
  });

  it("reads the day of what someone was asked to do as one to come ('Tom asked Priya to water Tom's plants on Sunday')", () => {
    // (said on Tuesday 6 October 2026: the Sunday after, not the one two days before)
    const tuesday = Date.parse("2026-10-06T14:13:00Z");
    expect(annotateDates("Tom asked Priya to water Tom's plants on Sunday.", tuesday).text).toBe(
      "Tom asked Priya to water Tom's plants on Sunday (Sunday 11 October 2026).",
    );
    expect(annotateDates("Tom asked the user to feed the cat on Sunday.", tuesday).text).toBe(
      "Tom asked the user to feed the cat on Sunday (Sunday 11 October 2026).",
    );
    // (and what someone wants or tells others to do: said on Monday 23 November, the Friday after, not the one gone)
    const monday = Date.parse("2026-11-23T18:20:00Z");
    expect(annotateDates("Mia says her teacher Mrs Okoro wants everyone to bring a cardboard box on Friday for the robot project", monday).text).toBe(
      "Mia says her teacher Mrs Okoro wants everyone to bring a cardboard box on Friday (Friday 27 November 2026) for the robot project",
    );
    expect(annotateDates("The teacher told us to bring it on Friday", monday).text).toBe("The teacher told us to bring it on Friday (Friday 27 November 2026)");
    // (told after it was done, the day is the one gone)
    expect(annotateDates("Tom asked me to feed the cat on Sunday and I did.", tuesday, { past: true }).text).toBe(
      "Tom asked me to feed the cat on Sunday (Sunday 4 October 2026) and I did.",
    );
  });

  it("reads a month something is for as the nearest of its name, in any tense ('£186 for September', said in October)", () => {
    const october = Date.parse("2026-10-05T10:12:08Z");
    expect(annotateDates("Octopus bill is in: £186 for September, so £62 each.", october).text).toBe(
      "Octopus bill is in: £186 for September (September 2026), so £62 each.",
    );
    expect(annotateDates("We picked a book for November.", october, { past: true }).text).toBe("We picked a book for November (November 2026).");
    expect(annotateDates("Rent for January is due.", Date.parse("2026-12-20T10:00:00Z")).text).toBe("Rent for January (January 2027) is due.");
  });

  it("ends a date at its sentence: a number opening the next sentence is no year nor time of it", () => {
    const said = Date.parse("2026-11-01T10:00:00Z");
    expect(annotateDates("Isla is turning 7 on Saturday 14 November. 12 kids are coming to her party.", said).text).toBe(
      "Isla is turning 7 on Saturday 14 November (14 November 2026). 12 kids are coming to her party.",
    );
    expect(annotateDates("The launch is on 3 March! 40 people signed up.", said).text).toBe("The launch is on 3 March (3 March 2027)! 40 people signed up.");
  });

  it("reads a day or a month something has been so since as one gone, in any tense ('since March', said in September)", () => {
    const september = Date.parse("2026-09-05T10:00:00Z");
    expect(annotateDates("I've been leaning towards the compost bins since March.", september).text).toBe(
      "I've been leaning towards the compost bins since March (March 2026).",
    );
    expect(annotateDates("The boiler has been playing up since Tuesday.", september).text).toBe(
      "The boiler has been playing up since Tuesday (Tuesday 1 September 2026).",
    );
    // (and "from" a month of what is to come stays to come)
    expect(annotateDates("I'll be in Leeds from October.", september).text).toBe("I'll be in Leeds from October (October 2026).");
  });

  it("reads a range of days written with their weekdays as those days of the month named ('Friday 13 to Sunday 15 November')", () => {
    const said = Date.parse("2026-10-03T10:00:00Z");
    expect(annotateDates("Friday 13 to Sunday 15 November, check-in from 4pm", said).text).toMatch(/^Friday 13 to Sunday 15 November \(13–15 November 2026\)/);
    expect(resolveDates("Booked it! Fri 13th - Sun 15th November.", said)[0]).toMatchObject({ start: Date.UTC(2026, 10, 13) });
  });

  it("writes a range of days as the days it spans, not its first day after its last ('away 20-22 November (20–22 November 2026)')", () => {
    const monday = Date.parse("2026-11-09T12:50:00Z");
    expect(annotateDates("We're away 20-22 November.", monday).text).toBe("We're away 20-22 November (20–22 November 2026).");
    expect(annotateDates("I'll be there from Monday until Wednesday.", monday).text).toBe(
      "I'll be there from Monday until Wednesday (Monday 16 – Wednesday 18 November 2026).",
    );
    expect(annotateDates("Back from Lisbon: we stayed from Friday to Sunday.", monday, { past: true }).text).toBe(
      "Back from Lisbon: we stayed from Friday to Sunday (Friday 6 – Sunday 8 November 2026).",
    );
    expect(annotateDates("In Porto 30 November to 2 December.", monday).text).toBe("In Porto 30 November to 2 December (30 November – 2 December 2026).");
    // (a week's opening hours or working days are no dates)
    expect(resolveDates("The shop is open Tuesday to Saturday.", monday)).toEqual([]);
    expect(resolveDates("I work Monday to Friday.", monday)).toEqual([]);
    // (the day a booking was moved to is one to come, said in the past: it had been the Friday gone)
    expect(annotateDates("Sure, moved the booking to Friday 7:30, same place", monday, { past: true }).text).toBe(
      "Sure, moved the booking to Friday 7:30 (Friday 13 November 2026), same place",
    );
    // (and a move is two days, each written after its word)
    expect(annotateDates("Meeting moved from Tuesday to Thursday.", monday, { past: true }).text).toBe(
      "Meeting moved from Tuesday (Tuesday 10 November 2026) to Thursday (Thursday 12 November 2026).",
    );
  });

  it("writes a range of months as the months it spans, and none for one that comes round every year ('every morning from March to July')", () => {
    const said = Date.parse("2026-12-08T10:00:00Z");
    // (it had been "from March to July (March 2027)", the first month alone)
    expect(annotateDates("We're in Lisbon from March to July.", said).text).toBe("We're in Lisbon from March to July (March–July 2027).");
    expect(annotateDates("The lease runs from November to February.", said, { past: true }).text).toBe(
      "The lease runs from November to February (November 2026 – February 2027).",
    );
    // (a season that comes back each year is no date: "from March to July (March 2027)" had dated a habit)
    expect(resolveDates("Taking 10mg cetirizine every morning from March to July for hay fever.", said)).toEqual([]);
    expect(resolveDates("Every year from March to July I get hay fever.", said)).toEqual([]);
  });

  it("reads a weekday set against another ('Thursday, not Tuesday') as the one of the same week, and a return after a departure as after it", () => {
    const monday = Date.parse("2026-11-09T12:50:00Z");
    expect(annotateDates("Actually the plumber moved to Thursday, not Tuesday. Annoying.", monday, { past: true }).text).toBe(
      "Actually the plumber moved to Thursday (Thursday 12 November 2026), not Tuesday (Tuesday 10 November 2026). Annoying.",
    );
    expect(annotateDates("The party is on Saturday rather than Friday.", monday).text).toBe(
      "The party is on Saturday (Saturday 14 November 2026) rather than Friday (Friday 13 November 2026).",
    );
    expect(annotateDates("Leaving Thursday, back Monday.", monday).text).toBe(
      "Leaving Thursday (Thursday 12 November 2026), back Monday (Monday 16 November 2026).",
    );
  });

  it("reads a bare weekday as the one to come when told the text speaks of what is to come (opts.ahead)", () => {
    const tuesday = Date.parse("2026-11-03T07:45:00Z");
    expect(resolveDates("What time is Mia's swimming lesson on Saturday?", tuesday, { ahead: true })[0]).toMatchObject({ label: "Saturday 7 November 2026" });
  });

  it("reads a day of the month proposed alone as the one to come ('Let's do the 23rd instead?', 'How about the 4th?')", () => {
    const said = Date.parse("2026-10-14T09:30:00Z");
    expect(annotateDates("Let's do the 23rd instead?", said).text).toBe("Let's do the 23rd (23 October 2026) instead?");
    expect(annotateDates("How about the 4th?", said).text).toBe("How about the 4th (4 November 2026)?");
    // (not a count: "do the 4th chapter", "about the 18th century")
    expect(resolveDates("I'll do the 4th chapter tonight.", said).map((d) => d.text)).toEqual(["tonight"]);
    expect(resolveDates("A book about the 18th century.", said)).toEqual([]);
  });

  it("reads a month's name that a sentence opens on and calls someone as a name ('June is a monster'), not the month", () => {
    const said = Date.parse("2026-11-20T10:00:00Z");
    expect(resolveDates("June is a monster and I couldn't stop reading.", said)).toEqual([]);
    expect(resolveDates("Loved it. April was so funny in the second half.", said)).toEqual([]);
    // (but a month said to be a time is the month)
    expect(resolveDates("June was a busy month for us.", said, { past: true })).toHaveLength(1);
    expect(resolveDates("We moved in June and it was a mess.", said, { past: true })).toHaveLength(1);
  });

  it("gives the start of the period meant, in epoch ms UTC", () => {
    const [month] = resolveDates("We moved to Berlin last month.", MONDAY);
    expect(month).toMatchObject({ text: "last month", granularity: "month", start: Date.UTC(2023, 3, 1) });
  });
});
