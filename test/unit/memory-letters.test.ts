import { describe, expect, it } from "vitest";
import type { SourceRow } from "../../core/db/types.js";
import { asLetter, isOrganisation, letterRecipient } from "../../core/memory/letters.js";
import { readSentences } from "../../core/memory/reading.js";

describe("an email read as a letter to its recipient", () => {
  it("leaves out the greeting and sign-off, says 'you' and 'your' of the recipient, and tells a request as what they should do", () => {
    const mail =
      "Hi Sofia,\n\nYour lease ends on 31 January. If you want to stay, the rent will be £1,250.\n\nPlease let me know by 15 December. Thank you!\n\nBest wishes,\nMark";
    expect(asLetter(mail, "Sofia Reyes")).toBe(
      "\nSofia Reyes's lease ends on 31 January. If Sofia Reyes wants to stay, the rent will be £1,250.\n\nSofia Reyes should reply to me by 15 December. Thank you!",
    );
    expect(asLetter("Dear Sofia,\n\nPlease find attached invoice 2231: £180, due by 30 November.\n\nLeeds Plumbing", "Sofia Reyes")).toBe(
      "\nI attached invoice 2231: £180, due by 30 November.",
    );
    expect(asLetter("You're in charge of the cake. Don't forget to book the taxi.\n\nDan", "Sofia Reyes")).toBe(
      "Sofia Reyes is in charge of the cake. Sofia Reyes should book the taxi.",
    );
    // (a favour asked as a question stays as asked: the engine tells it as asked of the recipient, its day to come)
    expect(asLetter("Sam, here's the confirmation for Mum's 70th. Can you sort the cake?\n\nPriya", "Sam Carter")).toBe(
      "Sam, here's the confirmation for Mum's 70th. Can you sort the cake?",
    );
    expect(asLetter("Could you please send me the invoice by Friday?", "Sam Carter")).toBe("Sam Carter should send me the invoice by Friday.");
    expect(asLetter("Can you believe it?", "Sam Carter")).toBe("Can Sam Carter believe it?");
    // (a "you" after a verb is its object: the word after it stays as written; it had been "put Sam Carter forwards")
    expect(asLetter("I've put you forward for the Q1 promotion round. If you need anything, call me.", "Sam Carter")).toBe(
      "I've put Sam Carter forward for the Q1 promotion round. If Sam Carter needs anything, call me.",
    );
    // (its pleasantries tell nothing, and news that calls its reader by name says it without the name)
    expect(asLetter("Hi Chloe,\n\nI hope you're well. Your first interview is on Tuesday.", "the user")).toBe("\nthe user's first interview is on Tuesday.");
    expect(asLetter("Hope you had a lovely weekend! Hope this finds you well. Rent goes up in March.", "Sofia Reyes")).toBe("Rent goes up in March.");
    expect(asLetter("Good news, Chloe: Monzo would like to invite you to an interview.", "the user")).toBe(
      "Good news: Monzo would like to invite the user to an interview.",
    );
  });

  it("tells an organisation's letter from a person's by the name it signs with", () => {
    // (an organisation's "we" and "us" are itself: "call us" is "call Smiles Dental Care", not "… and others")
    expect(["Smiles Dental Care", "Harbourside Lettings", "Fenwick Supplies Ltd", "Octopus Energy", "Thames Water"].map(isOrganisation)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    // (a person's name is none, whether or not the tagger knows it as a name)
    expect(["Graham Hughes", "Femi Adeyemi", "Kwame Asante", "Siobhan O'Neill", "Dr Okafor"].map(isOrganisation)).toEqual([false, false, false, false, false]);
  });

  it("reads only an email so: a chat's words to the listener stay as they were said", () => {
    const source = (metadata: string) => ({ id: 1, text: "Hi Sofia,\n\nYour results are normal.", speaker: "Dr Okafor", metadata }) as SourceRow;
    const email = source(JSON.stringify({ line: 1, email: { messageId: null, from: null, to: ["Sofia Reyes"], subject: "Results", attachments: [] } }));
    expect(letterRecipient(email)).toBe("Sofia Reyes");
    expect(readSentences(email, []).map((s) => s.text)).toEqual(["Sofia Reyes's results are normal."]);
    // (a mail to several people: its "you" is all of them, named as none)
    const group = source(
      JSON.stringify({ line: 1, email: { messageId: null, from: null, to: ["Tom Reed", "Sofia Reyes"], subject: "Offsite", attachments: [] } }),
    );
    expect(letterRecipient(group)).toBe("");
    expect(readSentences(group, []).map((s) => s.text)).toEqual(["Your results are normal."]);
    // (a message an importer marks as a letter: a LinkedIn message to the user alone)
    const inMail = source(JSON.stringify({ line: 4, letter: { to: ["the user"] } }));
    expect(readSentences({ ...inMail, text: "Hi Chloe,\n\nMonzo would like to invite you to a first-stage interview." }, []).map((s) => s.text)).toEqual([
      "Monzo would like to invite the user to a first-stage interview.",
    ]);
    const chat = source("{}");
    expect(letterRecipient(chat)).toBeNull();
    expect(readSentences(chat, []).map((s) => s.text)).toEqual(["Hi Sofia,", "Your results are normal."]);
  });
});
