/**
 * The iPhone user: Nadia exports her iMessage conversations from her Mac with imessage-exporter (the
 * open-source tool people use for it, `-f txt`) and imports the folder it writes (`engram import
 * "iMessage export"`): one .txt per conversation, named by the contact ("Mum.txt") or, for someone not
 * in her contacts, by the number ("+447700900456.txt"); each message a date line ("Nov 02, 2026
 * 7:14:03 PM", with "(Read by you after 3 minutes)"), a sender line ("Me" for her own), its text, an
 * attachment's path, "Reactions:" with "Loved by Me", a reply indented under what it answers, "Sent
 * with Gentle", and a blank line. Hand-written by the developers while trying Engram as its users
 * would, in session 31, before Engram read it (the first run's figures are in bench/README.md). With
 * it, the questions such a person asks later and the words a right answer holds, and questions
 * nothing here answers.
 */
import type { Person } from "./types.js";

const MUM = [
  "Nov 02, 2026  7:14:03 PM (Read by you after 3 minutes)",
  "Mum",
  "Dad's 60th is on Saturday 12 December at the Old Bell, 7pm. Can you bring the cake?",
  "",
  "Nov 02, 2026  7:18:40 PM (Read by them after 1 minute)",
  "Me",
  "Yes! I'll order it from Bakehouse on Elm St",
  "",
  "Nov 02, 2026  7:19:02 PM",
  "Mum",
  "Lovely. Grandma's train gets into Paddington at 2:15 on the Friday",
  "Reactions:",
  "Loved by Me",
  "",
  "Nov 09, 2026  8:02:11 AM",
  "Mum",
  "/Users/nadia/Library/Messages/Attachments/4a/10/IMG_4411.HEIC",
  "",
  "Nov 09, 2026  8:02:30 AM",
  "Mum",
  "New boiler is in! Cost £2,450 in the end",
  "",
  "Nov 09, 2026  8:05:12 AM (Read by them after 5 minutes)",
  "Me",
  "Worth it. Did they take the old one away?",
  "    Nov 09, 2026  8:06:01 AM",
  "    Mum",
  "    Yes, they took it on Monday",
  "",
].join("\n");

const LANDLORD = [
  "Oct 28, 2026 10:30:15 AM",
  "+447700900456",
  "Hi Nadia, this is Graham your landlord. Rent goes up to £1,350 from 1 January. Gas safety check is booked for Thursday 19 November, 9-11am",
  "",
  "Oct 28, 2026 11:02:47 AM (Read by them after 10 minutes)",
  "Me",
  "Thanks Graham. Can you fix the bathroom extractor fan before then?",
  "",
  "Oct 28, 2026 11:40:09 AM",
  "+447700900456",
  "Will send Mike the electrician next week",
  "Sent with Gentle",
  "",
].join("\n");

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When is Dad's 60th?", expect: ["12 December"] },
  { question: "Where is Dad's 60th?", expect: ["Old Bell"] },
  { question: "What am I bringing to Dad's party?", expect: ["cake"] },
  { question: "Where am I ordering the cake from?", expect: ["Bakehouse"] },
  { question: "When does Grandma's train get in?", expect: ["2:15"] },
  { question: "How much was Mum's new boiler?", expect: ["2,450"] },
  { question: "How much is my rent going up to?", expect: ["1,350"] },
  { question: "When is the gas safety check?", expect: ["19 November"] },
  { question: "Who is fixing the extractor fan?", expect: ["Mike"] },
  { question: "What's my landlord called?", expect: ["Graham"] },
  { question: "What time is Grandma's train back?", expect: null },
  { question: "What is Mike's phone number?", expect: null },
  { question: "How much is the cake?", expect: null },
];

/** Nadia: two conversations imessage-exporter wrote as text, imported as one folder ("iMessage export"), asked on Friday 20 November 2026. */
export const iphone: Person = {
  name: "iphone",
  files: [
    { name: "iMessage export/Mum.txt", text: MUM },
    { name: "iMessage export/+447700900456.txt", text: LANDLORD },
  ],
  folder: "iMessage export",
  askedAt: Date.UTC(2026, 10, 20, 18, 0),
  questions: QUESTIONS,
};
