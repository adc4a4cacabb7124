import { describe, expect, it } from "vitest";
import { citedNumbers, coverage, relevantLines, rememberedAnswer } from "../../core/assistant/format.js";
import { missesAnswerType, sharedWithQuestion, sharesOnlyNames } from "../../core/assistant/answer-types.js";
import { wordsAsked } from "../../core/assistant/words-asked.js";
import { questionTime } from "../../core/time/question.js";

/** Wednesday 10 May 2023, 13:56 UTC. */
const NOW = Date.parse("2023-05-10T13:56:00Z");
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("the period a question names, resolved against the time of asking", () => {
  const cases: Array<[string, string, string, string]> = [
    ["What did I do last week?", "2023-05-01", "2023-05-08", "1 May 2023 – 7 May 2023"],
    ["What happened yesterday?", "2023-05-09", "2023-05-10", "9 May 2023"],
    ["What did I eat last weekend?", "2023-05-06", "2023-05-08", "6 May 2023 – 7 May 2023"],
    ["What did I do last month?", "2023-04-01", "2023-05-01", "April 2023"],
    ["What did Melanie do in June 2023?", "2023-06-01", "2023-07-01", "June 2023"],
    ["Where did I live in 2020?", "2020-01-01", "2021-01-01", "2020"],
    // a range said with "between … and …", the year said once at its end
    ["Where was John between August 11 and August 15 2022?", "2022-08-11", "2022-08-16", "11 August 2022 – 15 August 2022"],
    ["What did I read between February and March 2023?", "2023-02-01", "2023-04-01", "1 February 2023 – 31 March 2023"],
    // a weekday is the last one; a short one as a turn may say it (core/time/mentions.ts)
    ["What did I do on Monday?", "2023-05-08", "2023-05-09", "8 May 2023"],
    ["What did I do on Friday?", "2023-05-05", "2023-05-06", "5 May 2023"],
    ["What did I do last Tues?", "2023-05-09", "2023-05-10", "9 May 2023"],
    ["What am I going to do on Friday?", "2023-05-12", "2023-05-13", "12 May 2023"],
    ["What was I going to do on Friday?", "2023-05-05", "2023-05-06", "5 May 2023"],
    // a weekday next to a date: from that weekday before or after it to the date, both days (LoCoMo
    // asks "the Monday before July 24, 2023" of Monday 24 July)
    ["What did Andrew do on the Monday before July 24, 2023?", "2023-07-17", "2023-07-25", "17 July 2023 – 24 July 2023"],
    ["What was shown on the Sunday before October 25, 2022?", "2022-10-23", "2022-10-26", "23 October 2022 – 25 October 2022"],
    ["What did they plan on the Saturday after October 28, 2023?", "2023-10-28", "2023-11-05", "28 October 2023 – 4 November 2023"],
    ["What did Joanna finish last Friday on 23 January, 2022?", "2022-01-23", "2022-01-24", "23 January 2022"],
    // a week or a weekend said of a date, as Engram's facts write them ("last week (the week before 16 June
    // 2022)"): not the week of asking
    ["Where was Tim in the week before 16 November 2023?", "2023-11-09", "2023-11-16", "9 November 2023 – 15 November 2023"],
    ["What did Maria do on the weekend of 5–6 November 2022?", "2022-11-05", "2022-11-07", "5 November 2022 – 6 November 2022"],
    ["What did Maria do last weekend before April 10, 2023?", "2023-04-08", "2023-04-10", "8 April 2023 – 9 April 2023"],
    ["What puppy did Maria get two weeks before August 11, 2023?", "2023-07-28", "2023-08-04", "28 July 2023 – 3 August 2023"],
    ["What did John do in the week of 28 July 2023?", "2023-07-24", "2023-08-04", "24 July 2023 – 3 August 2023"],
    // a date counted from the day asked, which chrono reads as this week or in pieces (core/time/counted-dates.ts)
    ["What is happening two weeks from now?", "2023-05-24", "2023-05-25", "24 May 2023"],
    ["What did I do the weekend before last?", "2023-04-29", "2023-05-01", "29 April 2023 – 30 April 2023"],
    ["What's on the week after next?", "2023-05-22", "2023-05-29", "22 May 2023 – 28 May 2023"],
    ["What is on this coming weekend?", "2023-05-13", "2023-05-15", "13 May 2023 – 14 May 2023"],
    ["What did I do a year ago today?", "2022-05-10", "2022-05-11", "10 May 2022"],
    ["Where did Andrew go during the first weekend of August 2023?", "2023-08-05", "2023-08-07", "5 August 2023 – 6 August 2023"],
    ["What did I do in the last week of March 2023?", "2023-03-25", "2023-04-01", "25 March 2023 – 31 March 2023"],
    // a season, of a year or the last one over, as facts write them ("last summer (summer 2022)")
    ["What state did Joanna visit in summer 2021?", "2021-06-01", "2021-09-01", "summer 2021"],
    ["Where did we ski in winter 2022–23?", "2022-12-01", "2023-03-01", "winter 2022–23"],
    ["What did John and Max do last summer?", "2022-06-01", "2022-09-01", "summer 2022"],
    // a day or a month with no year is the last one gone, not the nearest (chrono's 30 September 2023),
    // unless the question is about what is to come
    ["What was I listening to on 30 September?", "2022-09-30", "2022-10-01", "30 September 2022"],
    ["What did I read in October?", "2022-10-01", "2022-11-01", "October 2022"],
    ["What did I do on 10 May?", "2023-05-10", "2023-05-11", "10 May 2023"],
    ["What am I doing on 30 September?", "2023-09-30", "2023-10-01", "30 September 2023"],
    ["What will I do on 2 May?", "2024-05-02", "2024-05-03", "2 May 2024"],
    ["What did I do on 2 May?", "2023-05-02", "2023-05-03", "2 May 2023"],
  ];
  for (const [q, from, to, label] of cases) {
    it(`"${q}" → ${label}`, () => {
      expect(questionTime(q, NOW)).toMatchObject({ from: day(from), to: day(to), label });
    });
  }

  it("keeps a season a word of the question: only its year or 'last' is the period's text, taken out of the search words", () => {
    expect(questionTime("What state did Joanna visit in summer 2021?", NOW)?.text).toBe("2021");
    expect(questionTime("What did John and Max do last summer?", NOW)?.text).toBe("last");
  });

  it("reads 'on Monday' asked on a Monday morning as that day", () => {
    expect(questionTime("What did I do on Monday?", Date.parse("2023-05-08T08:00:00Z"))).toMatchObject({ from: day("2023-05-08"), to: day("2023-05-09") });
  });

  it("reads a weekday asked of in the present progressive as the one to come ('What am I doing on Monday?')", () => {
    const friday = Date.parse("2026-03-27T20:00:00Z");
    expect(questionTime("What am I doing on Monday?", friday)).toMatchObject({ from: day("2026-03-30"), to: day("2026-03-31") });
    expect(questionTime("What's happening on Monday?", friday)).toMatchObject({ from: day("2026-03-30") });
    // (so is a weekday asked of what is on, or on a calendar: "What's on Monday?", "What do I have on Monday?")
    expect(questionTime("What's on my calendar on Monday?", friday)).toMatchObject({ from: day("2026-03-30") });
    expect(questionTime("What do I have on Monday?", friday)).toMatchObject({ from: day("2026-03-30") });
    expect(questionTime("What's on Monday?", friday)).toMatchObject({ from: day("2026-03-30") });
    // (and what is due, or coming up: a deadline is ahead of whoever asks about it)
    expect(questionTime("What's due on Monday?", friday)).toMatchObject({ from: day("2026-03-30") });
    expect(questionTime("What is due on 2 April?", friday)).toMatchObject({ from: day("2026-04-02") });
    expect(questionTime("What's coming up on Monday?", friday)).toMatchObject({ from: day("2026-03-30") });
    expect(questionTime("What was due on Monday?", friday)).toMatchObject({ from: day("2026-03-23") });
    // (what was done stays the one gone)
    expect(questionTime("What did I do on Monday?", friday)).toMatchObject({ from: day("2026-03-23") });
    expect(questionTime("What was on my calendar on Monday?", friday)).toMatchObject({ from: day("2026-03-23") });
  });

  it("keeps the words that named the period as written, so they can leave the search words", () => {
    expect(questionTime("What did I do last Tues?", NOW)?.text).toBe("last Tues");
  });

  it("reads the start or the end of a month as its first or last week ('at the start of November')", () => {
    const start = questionTime("What did I weigh at the start of November 2022?", NOW);
    expect(start).toMatchObject({ from: Date.UTC(2022, 10, 1), to: Date.UTC(2022, 10, 8), label: "1 November 2022 – 7 November 2022" });
    expect(questionTime("What did we do at the end of October 2022?", NOW)).toMatchObject({ from: Date.UTC(2022, 9, 25), to: Date.UTC(2022, 10, 1) });
    expect(questionTime("Where did I go in early December 2022?", NOW)).toMatchObject({ from: Date.UTC(2022, 11, 1), to: Date.UTC(2022, 11, 8) });
    expect(questionTime("What did I do in November 2022?", NOW)).toMatchObject({ from: Date.UTC(2022, 10, 1), to: Date.UTC(2022, 11, 1) });
  });

  it("reads a holiday as its day: the last one, the coming one in a question about what is to come, or the year said", () => {
    // (asked on Wednesday 10 May 2023)
    expect(questionTime("What did I watch on Halloween?", NOW)).toMatchObject({ from: day("2022-10-31"), to: day("2022-11-01"), label: "31 October 2022" });
    expect(questionTime("What did we eat on Christmas Day?", NOW)).toMatchObject({ from: day("2022-12-25"), to: day("2022-12-26") });
    expect(questionTime("What am I doing on Christmas Day?", NOW)).toMatchObject({ from: day("2023-12-25"), to: day("2023-12-26") });
    // (what something is for is planned before it: no period)
    expect(questionTime("What am I getting Dad for Christmas?", NOW)).toBeNull();
    expect(questionTime("Where were we on New Year's Eve 2021?", NOW)).toMatchObject({ from: day("2021-12-31"), to: day("2022-01-01") });
    expect(questionTime("What did I cook on Boxing Day?", NOW)).toMatchObject({ from: day("2022-12-26") });
    expect(questionTime("What did we do at Easter?", NOW)).toMatchObject({ from: day("2023-04-09"), to: day("2023-04-10") });
    expect(questionTime("Who came over at Thanksgiving?", NOW)).toMatchObject({ from: day("2022-11-24") });
    // (a holiday's day today is today's)
    expect(questionTime("What did I get on Valentine's Day?", Date.parse("2023-02-14T20:00:00Z"))).toMatchObject({ from: day("2023-02-14") });
    // (a holiday's word in a name is no day)
    expect(questionTime("Who wrote A Christmas Carol?", NOW)).toBeNull();
    // (nor in a title that names one: the song "Last Christmas"; but a question opened by "Last …" asks of it)
    expect(questionTime("Who sings Last Christmas?", NOW)).toBeNull();
    expect(questionTime("Last Christmas, who hosted?", NOW)).toMatchObject({ from: day("2022-12-25") });
    expect(questionTime("What's on next Easter?", NOW)).toMatchObject({ from: day("2024-03-31") });
    // (Bonfire Night is 5 November, not tonight)
    expect(questionTime("Where did we watch the fireworks on Bonfire Night?", NOW)).toMatchObject({ from: day("2022-11-05"), to: day("2022-11-06") });
  });

  it("finds no period where there is none, or only a duration", () => {
    expect(questionTime("When did Caroline go to the LGBTQ support group?", NOW)).toBeNull();
    expect(questionTime("Have I known Anna for 4 years?", NOW)).toBeNull();
    expect(questionTime("How many months passed between adopting Toby and Buddy?", NOW)).toBeNull();
    // a short weekday after "the" is a name's word ("Klara and the Sun"), not Sunday
    expect(questionTime("Who recommended Klara and the Sun?", NOW)).toBeNull();
    expect(questionTime("What did I do on Sun?", NOW)).not.toBeNull();
    // a weekday of a rate is a kind of day ("Saturday hire"), not a Saturday
    expect(questionTime("How much is Saturday hire at Hartwell Barn?", NOW)).toBeNull();
    expect(questionTime("What did I do on Saturday?", NOW)).not.toBeNull();
    // a title's words, capitalised inside the question or quoted, are no day ("Tomorrow, and Tomorrow, and Tomorrow")
    expect(questionTime("What did I say about Tomorrow, and Tomorrow, and Tomorrow?", NOW)).toBeNull();
    expect(questionTime('Who recommended "Today Will Be Different"?', NOW)).toBeNull();
    expect(questionTime("What am I doing tomorrow?", NOW)).not.toBeNull();
    expect(questionTime("Tomorrow, what am I doing?", NOW)).not.toBeNull();
  });
});

describe("answer formatting", () => {
  it("reads citation numbers in order of first use", () => {
    expect(citedNumbers("She went on 7 May 2023 [2][1], then again [2].")).toEqual([2, 1]);
  });

  it("shows the lines of an episode that match the question", () => {
    const episode = "Caroline and Melanie, 8 May 2023:\nCaroline: Hey Mel!\nMelanie: Hi!\nCaroline: I went to a LGBTQ support group yesterday.\nMelanie: Wow.";
    expect(relevantLines(episode, "When did Caroline go to the support group?", 1)).toEqual(["Caroline: I went to a LGBTQ support group yesterday."]);
    expect(coverage("When did Caroline go to the support group?", "caroline painted")).toBe(1 / 4); // caroline, go, support, group
    // (an irregular past is its verb: "went" is "go", "bought" is "buy")
    expect(coverage("When did Caroline go to the support group?", "Caroline went to a support group")).toBe(1);
    expect(coverage("What bike did I buy?", "The user bought a second-hand Trek bike")).toBe(1);
    // ("whose" is a question's word, as "who" is: it had been a word the answer must hold)
    expect(coverage("Whose closed-loop code do I need?", "Hannah's closed-loop code (appendix B) is on the lab GitLab, needs Hannah's access")).toBe(1);
    // (a clipped word is the word: a payment's note "phoebe bridgers tix")
    expect(coverage("Which tickets did Dev pay for?", 'Dev paid $65.00 for "phoebe bridgers tix"')).toBe(1);
    expect(coverage("What did Lena lead?", "Promotion case: Lena led the search revamp design.")).toBe(1);
    // (and the -ied past of a verb too short for Porter to stem alike: "try" is "try", "tried" is "tri")
    expect(coverage("What did we try for the rash?", "The user tried an oatmeal cream on the rash")).toBe(1);
    // (one an act is done to is the act: "interviewee" is "interview", "attendees" "attend")
    expect(coverage("What did the interviewee say about the checkout?", "Oakline user interview 4: The checkout is the worst part.")).toBe(2 / 3);
    expect(coverage("Who were the attendees?", "Lena and Omar attended the offsite.")).toBe(1);
    // (and an adjective of a condition is its noun)
    expect(coverage("What am I allergic to?", "The user's allergies: Penicillin (rash), shellfish.")).toBe(1);
  });

  it("shows every step of a procedure, in order, whatever words the question shares", () => {
    const procedure =
      "How to feed a refrigerated starter:\n1. Take it out\n2. Discard all but 50 g\n3. Add 50 g flour and 50 g water\n4. Return it to the fridge";
    expect(relevantLines(procedure, "How do I feed my starter?")).toEqual([
      "How to feed a refrigerated starter: 1. Take it out 2. Discard all but 50 g 3. Add 50 g flour and 50 g water 4. Return it to the fridge",
    ]);
    const long = `How to bake:\n${Array.from({ length: 15 }, (_, i) => `${i + 1}. Step ${i + 1}`).join("\n")}`;
    expect(relevantLines(long, "How do I bake?")[0]).toMatch(/12\. Step 12 …$/);
  });

  it("dates each remembered item once: a fact's own 'said on' date is not repeated after the date it is listed under", () => {
    const item = (content: string, day: string) => ({ memory_id: 1, title: "t", occurred_at: Date.parse(`${day}T13:56:00Z`), sources: [], content });
    const answer = rememberedAnswer("What did Caroline research?", [
      item("Caroline researched adoption agencies (25 May 2023).", "2023-05-25"),
      item("Caroline went to a support group yesterday (7 May 2023).", "2023-05-08"),
      // a fact is dated the day it names: "yesterday" keeps the date it stands for
      item("Caroline has been to Paris yesterday (28 January 2023)!", "2023-01-28"),
    ]);
    expect(answer).toBe(
      "Here is what I remember:\n1. 25 May 2023 — Caroline researched adoption agencies.\n2. 8 May 2023 — Caroline went to a support group yesterday (7 May 2023).\n3. 28 January 2023 — Caroline has been to Paris yesterday (28 January 2023)!",
    );
  });
});

describe("a question's words a memory holds (recall.ts sharedWithQuestion)", () => {
  it("counts a time span or a duration as the 'long' of 'How long…?'", () => {
    const q = "How long was I in the terminal?";
    expect(sharedWithQuestion(q, "Working in the terminal (~/engram) in Terminal, 09:21–09:34")).toEqual({ shared: 2, words: 2 });
    expect(sharedWithQuestion(q, "Sam spent 3 hours in the terminal fixing the build.")).toEqual({ shared: 2, words: 2 });
    // a memory that only names the terminal does not say how long
    expect(sharedWithQuestion(q, "Sam opened the terminal and ran the tests.")).toEqual({ shared: 1, words: 2 });
    // nor does a span for another kind of question
    expect(sharedWithQuestion("What did I do in the terminal?", "Working in the terminal, 09:21–09:34").shared).toBe(1);
  });

  it("counts a breed as the 'dog' or 'cat' a question asks of", () => {
    expect(sharedWithQuestion("What's my dog's name?", "Jo and the user adopted a rescue greyhound called Dot.")).toEqual({ shared: 1, words: 2 });
    expect(sharedWithQuestion("What breed is my cat?", "The user's Maine Coon Luna is 3.")).toMatchObject({ shared: 1 });
    // (a breed of the other kind is not it)
    expect(sharedWithQuestion("What's my cat's name?", "Jo and the user adopted a rescue greyhound called Dot.")).toEqual({ shared: 0, words: 2 });
  });

  it("counts an age as the 'old' of 'How old…?'", () => {
    expect(sharedWithQuestion("How old is Pixel?", "The user's cat Pixel is 12 and has kidney disease.")).toEqual({ shared: 2, words: 2 });
    expect(sharedWithQuestion("How old is Jill?", "The user's sister Jill turns 30 on October 14.")).toEqual({ shared: 2, words: 2 });
    expect(sharedWithQuestion("How old is Max?", "Max is a 4 year old beagle.")).toEqual({ shared: 2, words: 2 });
    // (a number that is no age does not say it)
    expect(sharedWithQuestion("How old is Pixel?", "Pixel ate 3 treats.")).toEqual({ shared: 1, words: 2 });
  });

  it("counts an amount of money as the verb of 'How much does … charge?'", () => {
    const sitter = "Chloe: 07700 900123, £12 an hour, free at weekends.";
    expect(sharedWithQuestion("How much does Chloe charge?", sitter)).toEqual({ shared: 2, words: 3 });
    expect(sharedWithQuestion("How much did the flight cost?", "The flight to Lisbon was 240 euros.")).toEqual({ shared: 2, words: 3 });
    // (a number that is no money does not say it)
    expect(sharedWithQuestion("How much does Chloe charge?", "Chloe has 3 kids.")).toEqual({ shared: 1, words: 3 });
  });

  it("counts a to-do list or action items as the 'need' of 'What does Sam need to do?'", () => {
    const items = "Action items to-do: Sam: draft the hiring plan by Friday; Omar to fix the login bug.";
    expect(sharedWithQuestion("What does Sam need to do?", items)).toEqual({ shared: 2, words: 2 });
    // (and so it does of the question without the name it asks about: a hit is more than the name)
    expect(sharesOnlyNames("What does Sam need to do?", items, new Set(["Sam"]))).toBe(false);
    // (a list that is no one's tasks does not say it)
    expect(sharedWithQuestion("What does Sam need to do?", "Weekly sync's attendees: Sam Patel, Lena Fischer.")).toEqual({ shared: 1, words: 2 });
    // (also asked with a word or two more: "What do I still need to do …?")
    const todo = "Q4 planning meeting to-do: Send the budget to Farah (done); Book a venue for the offsite.";
    expect(sharedWithQuestion("What do I still need to do for the offsite?", todo)).toEqual({ shared: 2, words: 3 });
    // (the day of "Which day do the bins go out?" is a weekday named: "every Tuesday")
    expect(sharedWithQuestion("Which day do the bins go out?", "House to-do: Put the bins out, every Tuesday at 7pm.")).toEqual({ shared: 2, words: 3 });
    // (a task written "To do: …", as a note's instruction or a task list's item says it)
    expect(sharedWithQuestion("What do I need to do for the Q1 report?", "Work's to do: Finish the Q1 report, due 11 December 2026.")).toEqual({
      shared: 3,
      words: 3,
    });
  });

  it("tells a question asking a type of answer from a memory that neither names nor states one", () => {
    expect(missesAnswerType("When is Sophie's birthday?", "Sophie says train gets in at 6:40 tomorrow (14 March 2026).")).toBe(true);
    expect(missesAnswerType("When is Jill's birthday?", "The user's sister Jill turns 30 on October 14.")).toBe(false);
    expect(missesAnswerType("What is Ollie's surname?", "Helen says Ollie can come.")).toBe(true);
    expect(missesAnswerType("What is Ollie's surname?", "Ollie Barnes is Jack's friend.")).toBe(false);
    // (a question that asks no type of answer misses none)
    expect(missesAnswerType("Where is Sophie?", "Sophie says train gets in at 6:40 tomorrow.")).toBe(false);
  });

  it("counts a choice stated as the verb of 'Which … did we choose?', and an amount with its unit as the 'much' of 'How much … did I order?'", () => {
    expect(sharedWithQuestion("What worktop did we pick?", "Decisions: Worktop: oak, from Worktop Express.")).toEqual({ shared: 2, words: 2 });
    expect(sharedWithQuestion("What worktop did we pick?", "Worktop Express delivers on Fridays.")).toEqual({ shared: 1, words: 2 });
    expect(sharedWithQuestion("How much paint did I order?", "The user ordered 2.5 litres of Pigeon.").shared).toBe(2);
    // (a price is the price type's, not an amount's)
    expect(sharedWithQuestion("How much paint did I order?", "The user ordered Pigeon for £45.").shared).toBe(1);
    // (a liquid is measured by volume: a weight is no answer to how much water one drank)
    const day = "On Sunday 1 November the user took 9,214 steps and weighed 74.8 kg at 08:12.";
    expect(sharedWithQuestion("How much water did I drink on Sunday?", day).shared).toBe(1);
    expect(sharedWithQuestion("How much water did I drink on Sunday?", "The user drank 2 litres of water on Sunday.").shared).toBe(3);
  });

  it("counts a dose stated as the 'dose' of 'What dose of … do I take?'", () => {
    const meds = "The user's medication: Sertraline 50 mg, one tablet every morning; Vitamin D, 1000 IU daily in winter.";
    expect(sharedWithQuestion("What dose of sertraline do I take?", meds)).toEqual({ shared: 2, words: 3 });
    expect(sharedWithQuestion("What dose of sertraline do I take?", "The user stopped sertraline in May.")).toEqual({ shared: 1, words: 3 });
  });

  it("counts a way to reach someone stated as the 'contacted' of 'How does … like to be contacted?'", () => {
    const sofia = "Sofia Reyes: Kitchen fitter, recommended by Dan Okafor; Prefers WhatsApp to calls.";
    expect(sharedWithQuestion("How does Sofia like to be contacted?", sofia)).toEqual({ shared: 2, words: 3 });
    expect(sharedWithQuestion("How does Sofia like to be contacted?", "Sofia Reyes can start on 18 January.")).toEqual({ shared: 1, words: 3 });
  });

  it("counts a place to stay as the 'staying' of 'Where am I staying…?', a book as the 'book' of 'What book…?', and an author as the verb of 'Who wrote…?'", () => {
    const hotel = "Trip to Porto, the user's bookings: Hotel, details Torel Avantgarde, ref 88213.";
    expect(sharedWithQuestion("Where am I staying in Porto?", hotel)).toEqual({ shared: 2, words: 2 });
    expect(sharedWithQuestion("Where am I staying in Porto?", "Trip to Porto's dates: 18 December 2026 to 22 December 2026.")).toEqual({ shared: 1, words: 2 });
    const row = "The user's reading list: The Creative Act, author Rick Rubin, status Reading.";
    expect(sharedWithQuestion("What book am I reading at the moment?", row).shared).toBe(2);
    expect(sharedWithQuestion("What book am I reading at the moment?", "The user is reading the room.").shared).toBe(1);
    // (a title in quotes is a book named)
    const picked = 'The user and others picked "Tomorrow, and Tomorrow, and Tomorrow" for December.';
    expect(sharedWithQuestion("What book did the book club pick for December?", picked)).toEqual({ shared: 3, words: 4 });
    expect(sharedWithQuestion("Who wrote Piranesi?", "Piranesi's author: Susanna Clarke.").shared).toBe(2);
  });

  it("counts money as the 'much' of 'How much is the rent?' though the memory says 'rent', a number only when no day's, and 'flies' as 'fly'", () => {
    const rent = "Raj Patel says plot 14 rent is due by 1 December (1 December 2026), £38 each this year.";
    expect(sharedWithQuestion("How much is the allotment rent?", rent)).toEqual({ shared: 2, words: 3 });
    expect(sharedWithQuestion("How much is the allotment rent?", "Raj Patel says the rent is due by 1 December (1 December 2026).")).toEqual({
      shared: 1,
      words: 3,
    });
    // (the day a memory was said is no number: "What is Ana's flight number?")
    expect(sharedWithQuestion("What is Ana's flight number?", "Ana Costa says the orchid only once, on Sundays (3 November 2026).").shared).toBe(1);
    expect(sharedWithQuestion("What are our seat numbers?", "The user and Ana have seats 41 and 42 on the train.").shared).toBe(2);
    expect(sharedWithQuestion("When does Ana fly to Porto?", "Ana Costa flies Thursday 19th, back on the 26th.").shared).toBe(2);
  });

  it("counts a role stated as the 'title' of 'What is my job title?'", () => {
    const job = "The user started a new job as Senior Product Designer at Brightline (5 November 2026).";
    expect(sharedWithQuestion("What is my job title?", job)).toEqual({ shared: 2, words: 2 });
    expect(sharedWithQuestion("What is my job title?", "The user signed the lease on a flat in Leith.")).toEqual({ shared: 0, words: 2 });
    // (a role one is appointed or promoted to is the job title, both of its words)
    const appointed = "Grace Whitfield is delighted to confirm that Nadia Hussain has been appointed Operations Manager, reporting to Tom Brennan.";
    expect(sharedWithQuestion("What is my new job title?", appointed)).toEqual({ shared: 2, words: 3 });
    expect(sharedWithQuestion("What's Sam's job title now?", "Sam was promoted to Senior Engineer in March.").shared).toBe(3);
    expect(sharedWithQuestion("What is my new job title?", "Tom Brennan was appointed to the board of the charity.")).toEqual({ shared: 0, words: 3 });
  });

  it("counts a flight a memory tells as the 'fly' of 'When do we fly to Lisbon?'", () => {
    const booked = "Priya Raman booked the Lisbon flights! EasyJet EZY8543 from Gatwick, Friday 15 January 6:50am (15 January 2027).";
    expect(sharedWithQuestion("When do we fly to Lisbon?", booked)).toEqual({ shared: 2, words: 2 });
    expect(sharedWithQuestion("When do we fly to Lisbon?", "Priya Raman found a flat in Alfama, Lisbon, 3 nights.")).toEqual({ shared: 1, words: 2 });
  });

  it("counts a role at a firm as the 'new job' of 'What's my new job?', both words", () => {
    const promoted = "Priya got the promotion! Senior product designer at Monzo from January (January 2027).";
    expect(sharedWithQuestion("What's my new job?", promoted)).toEqual({ shared: 2, words: 2 });
    expect(sharedWithQuestion("What is Priya's job?", promoted)).toEqual({ shared: 2, words: 2 });
    // (a job asked of otherwise is no role: "When did I start my new job?", and a firm with no role is none)
    expect(sharedWithQuestion("When did I start my new job?", promoted)).toEqual({ shared: 0, words: 3 });
    expect(sharedWithQuestion("What's my new job?", "Priya had lunch at Dishoom with Sam.")).toEqual({ shared: 0, words: 2 });
  });

  it("counts a day stated as the 'deadline' of 'When is the submission deadline?', not the day a fact was said", () => {
    const milestones = "Milestones: Ethics approval: 31 January (31 January 2027); Submission: 20 May (20 May 2027).";
    expect(sharedWithQuestion("When is the submission deadline?", milestones)).toEqual({ shared: 2, words: 2 });
    expect(sharedWithQuestion("When is the essay deadline?", "The user wrote the essay (8 May 2023).")).toEqual({ shared: 1, words: 2 });
  });

  it("counts a work's maker named after 'by' as the verb of 'Who wrote…?'", () => {
    const list = "The user's reading list: The Overstory by Richard Powers; Piranesi by Susanna Clarke.";
    expect(sharedWithQuestion("Who wrote Piranesi?", list)).toEqual({ shared: 2, words: 2 });
    expect(sharedWithQuestion("Who directed Dune?", "Caroline watched Dune by Denis Villeneuve.")).toEqual({ shared: 2, words: 2 });
    // (a "by" that names no one is no maker)
    expect(sharedWithQuestion("Who wrote Piranesi?", "The user finished Piranesi by the lake.")).toEqual({ shared: 1, words: 2 });
  });
});

describe("the words a question asks with (recall.ts wordsAsked)", () => {
  it("reads 'go for a walk' as walking, 'Who bought my …?' as whom it was sold to, and 'What happened to …?' as what about it", () => {
    expect(wordsAsked("When did I last go for a walk?")).toBe("When did I walk?");
    expect(wordsAsked("Who bought my Nintendo Switch?")).toBe("Who sold my Nintendo Switch?");
    // ("happened" had been a word the memory must share: "… expired on Thursday 5 November" was judged not to answer)
    expect(wordsAsked("What happened to my hold on Intermezzo?")).toBe("What about my hold on Intermezzo?");
    expect(wordsAsked("What has happened with the boiler?")).toBe("What about the boiler?");
    // (one who paid the user, or sent them money, is one the user received it from: "The user received $65.00 from Dev Patel …")
    expect(wordsAsked("Who paid me back for the concert tickets?")).toBe("Who received from for the concert tickets?");
    expect(wordsAsked("Who sent me money for the tickets?")).toBe("Who received from money for the tickets?");
  });

  it("reads 'What did I write about …?' as what about it: no memory of the user's words says 'write'", () => {
    // ("What did I write about Hoi An?" had abstained beside the user's own step text on Hoi An, which never says "write")
    expect(wordsAsked("What did I write about Hoi An?")).toBe("What about Hoi An?");
    // (a review is told as what the user said: "say" stays a word of the answer)
    expect(wordsAsked("What did I say about Cold Harbor?")).toBe("What did I say about Cold Harbor?");
    expect(wordsAsked("What have I written about the night bus?")).toBe("What about the night bus?");
    // (another's words are theirs to have said: "What did Caroline say about …?" keeps its verb)
    expect(wordsAsked("What did Caroline say about her kids?")).toBe("What did Caroline say about her kids?");
  });
});

describe("a weekend a question says is coming", () => {
  it("is the one to come when asked early in the week ('this coming weekend' asked on Monday 8 May 2023)", () => {
    const monday = Date.parse("2023-05-08T09:00:00Z");
    expect(questionTime("What is on this coming weekend?", monday)).toMatchObject({ from: day("2023-05-13"), to: day("2023-05-15") });
  });
});

describe("a month a question counts from the month asked in", () => {
  it("is counted by months, not by days from the day asked ('last month' asked on 31 March 2023 is February)", () => {
    const mar31 = Date.parse("2023-03-31T10:00:00Z");
    expect(questionTime("What did I do last month?", mar31)).toMatchObject({ from: day("2023-02-01"), to: day("2023-03-01") });
    expect(questionTime("What am I doing next month?", mar31)).toMatchObject({ from: day("2023-04-01"), to: day("2023-05-01") });
  });
});
