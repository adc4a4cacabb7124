/**
 * The zoomer: a product designer in Bristol who lives in Zoom calls and keeps what is said in their
 * chats. Zoom saves a meeting's chat (the Chat panel's "Save chat", or automatically at the meeting's
 * end) as `meeting_saved_chat.txt` in the meeting's folder under `~/Documents/Zoom/`, a folder Zoom
 * names by the meeting's start on the computer's clock, its topic and its meeting ID ("2026-10-06
 * 15.00.08 Weekly design sync 81234567890"), beside the recording's files. The file has no date: each
 * message is its clock time and who sent it to whom, `15:02:11 From Leo Grant to Everyone:`, then its
 * words on the next lines, each indented with a tab (the newer clients' form; the older one-line form,
 * `15:02:11\t From  Leo Grant : …`, is in the unit tests). Zoom names its user "Me" ("From Me to
 * Everyone:"), a direct message "to Me (Direct Message)" or "to Tom Fairley (Direct Message)"; a reply
 * opens with `Replying to "<the first 20 characters>..."`, a reaction is a message of its own,
 * `Reacted to "<…>" with 👍`, its removal `Removed a 👍 reaction from "<…>"`. Checked against public
 * readers of the file (kjhealy/zoomchattr, bushong1/zoom-chat-parse's test file, a Go parser's
 * "Reacted to"/"Replying to"/"Removed a" categories, ZoomChatter's notes on "(Direct Message)" and
 * "(Privately)").
 * Three meetings in the folder they import (`engram import Zoom`): the weekly design sync (links, a
 * decision, a direct message asking a favour; its folder also holds Zoom's live captions,
 * `closed_caption.txt`, "[Leo Grant] 15:01:05" then the words, and the cloud recording's transcript
 * downloaded beside them, `GMT20261006-140008_Recording.transcript.vtt`: the same meeting's spoken words),
 * the school PTA's meeting (the Christmas fair, money raised, a parent's direct message with her number),
 * and a job interview panel (the next step, the role, and an interviewer's direct message with her email).
 * Hand-written by the developers while trying Engram as its users would, in session 35, before Engram
 * could read a Zoom chat (the first run's figures are in bench/README.md). With it, the questions such a
 * person asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** A message of a saved chat: its clock time, its sender, its recipient ("Everyone", "Me (Direct Message)", "Tom Fairley (Direct Message)"), its lines. */
type Message = [time: string, from: string, to: string, lines: string[]];

/** A saved chat as Zoom's newer clients write it: "HH:MM:SS From <sender> to <recipient>:", then each line of the message after a tab. */
function savedChat(messages: Message[]): string {
  return messages.map(([time, from, to, lines]) => `${time} From ${from} to ${to}:\n${lines.map((l) => `\t${l}`).join("\n")}\n`).join("");
}

const LEO = "Leo Grant";
const AMARA = "Amara Osei";
const TOM = "Tom Fairley";

/** The weekly design sync, Tuesday 6 October 2026 from 15:00:08 on the computer's clock (BST). */
const DESIGN_SYNC: Message[] = [
  ["15:01:47", LEO, "Everyone", ["Agenda for today: https://www.notion.so/harbourapp/Design-sync-6-October-3f9a12c7"]],
  ["15:04:12", AMARA, "Everyone", ["Here's the Figma file for the new booking flow: https://www.figma.com/file/Xy7Qp2Lk/Booking-flow-v3"]],
  ["15:04:30", TOM, "Everyone", ['Reacted to "Here\'s the Figma fil..." with 👍']],
  ["15:06:55", "Me", "Everyone", ["Can everyone leave their comments on the date picker by Thursday?"]],
  ["15:07:21", TOM, "Everyone", ['Replying to "Can everyone leave t..."', "Will do. I'll check it against the accessibility checklist too"]],
  ["15:11:02", AMARA, "Everyone", ["Usability test recordings from last week:", "https://drive.google.com/drive/folders/1aBcD3fGhIjK-usability-sep"]],
  ["15:13:40", TOM, "Me (Direct Message)", ["Are you still OK to cover my stand-up on Friday? I'm at the dentist 9-10"]],
  ["15:14:05", "Me", "Tom Fairley (Direct Message)", ["Yes, no problem!"]],
  [
    "15:18:33",
    LEO,
    "Everyone",
    ["Decision: we're dropping the carousel on the home screen and going with the static hero banner.", "Booking flow v3 ships on Wednesday 21 October."],
  ],
  ["15:18:50", AMARA, "Everyone", ['Reacted to "Decision: we\'re drop..." with 🎉']],
  ["15:19:02", TOM, "Everyone", ['Reacted to "Decision: we\'re drop..." with 🎉']],
  ["15:19:10", TOM, "Everyone", ['Removed a 🎉 reaction from "Decision: we\'re drop..."']],
];

/** Zoom's live captions of the design sync (closed_caption.txt): "[Speaker] HH:MM:SS", then the words. */
const DESIGN_SYNC_CAPTIONS = [
  "[Leo Grant] 15:01:05",
  "Okay, let's get going. I've put the agenda in the chat.",
  "",
  "[Amara Osei] 15:03:58",
  "I'll drop the Figma link in the chat as well, it's the version with the new colour tokens.",
  "",
  "[Leo Grant] 15:09:30",
  "The new colour tokens look good. Let's keep the navy for primary buttons.",
  "",
].join("\n");

/** The cloud recording's transcript of the design sync, downloaded into its folder: the same spoken words. */
const DESIGN_SYNC_TRANSCRIPT = [
  "WEBVTT",
  "",
  "1",
  "00:00:57.120 --> 00:01:01.480",
  "Leo Grant: Okay, let's get going. I've put the agenda in the chat.",
  "",
  "2",
  "00:03:50.030 --> 00:03:56.200",
  "Amara Osei: I'll drop the Figma link in the chat as well, it's the version with the new colour tokens.",
  "",
  "3",
  "00:09:22.400 --> 00:09:27.910",
  "Leo Grant: The new colour tokens look good. Let's keep the navy for primary buttons.",
  "",
].join("\n");

const SARAH = "Sarah Lewis";
const DEV = "Dev Patel";
const CLAIRE = "Claire Dunn";

/** The PTA's meeting, Wednesday 4 November 2026 from 19:00:03 (GMT). */
const PTA_MEETING: Message[] = [
  ["19:02:18", SARAH, "Everyone", ["Evening all! Minutes from last month are here: https://docs.google.com/document/d/1PtAoakfieldMinutesOct"]],
  ["19:05:44", DEV, "Everyone", ["Treasurer's update: we raised £1,240 at the Halloween disco 🎃"]],
  ["19:05:59", CLAIRE, "Everyone", ['Reacted to "Treasurer\'s update: ..." with ❤️']],
  ["19:08:12", SARAH, "Everyone", ["The Christmas fair is on Saturday 5 December, 11am to 3pm in the school hall."]],
  ["19:09:37", "Me", "Everyone", ["I can run the tombola stall again"]],
  ["19:10:02", SARAH, "Everyone", ['Replying to "I can run the tombola..."', "Brilliant, thank you! Tombola prizes need to be in by Friday 27 November."]],
  ["19:12:25", CLAIRE, "Everyone", ["Can we get a card reader this year? We lost sales last time"]],
  ["19:13:01", DEV, "Everyone", ["I've ordered a SumUp reader, £29, it'll be here next week"]],
  ["19:15:48", CLAIRE, "Me (Direct Message)", ["Hi! Could you also do the 1-2pm slot on the cake stall at the fair?", "Text me on 07700 900482 if easier"]],
  ["19:16:30", "Me", "Claire Dunn (Direct Message)", ["Yes happy to! Will text you"]],
];

const RACHEL = "Rachel Okoye";
const MARCUS = "Marcus Webb";

/** The interview panel, Wednesday 18 November 2026 from 10:29:47 (GMT). */
const INTERVIEW: Message[] = [
  ["10:31:05", RACHEL, "Everyone", ["Welcome! Here's the brief for the design exercise: https://lumenwave.com/careers/design-exercise-brief.pdf"]],
  ["10:33:40", "Me", "Everyone", ["Thanks! My portfolio, in case it's useful: https://www.behance.net/harbour-booking-case-study"]],
  ["10:52:16", MARCUS, "Everyone", ["To answer your question: the role is hybrid, two days a week in our Manchester office"]],
  ["11:14:09", RACHEL, "Everyone", ["The next step is a take-home task, due Monday 30 November. I'll send it over this afternoon."]],
  [
    "11:20:31",
    RACHEL,
    "Me (Direct Message)",
    ["Thanks so much for your time today! If you have any questions about the take-home, email me directly at rachel.okoye@lumenwave.com"],
  ],
  ["11:21:02", "Me", "Rachel Okoye (Direct Message)", ["Thank you, will do!"]],
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Where is the Figma file for the booking flow?", expect: ["figma.com"] },
  { question: "What did we decide about the carousel on the home screen?", expect: ["hero"] },
  { question: "When does booking flow v3 ship?", expect: ["21 October"] },
  { question: "Who asked me to cover their stand-up?", expect: ["Tom"] },
  { question: "When is the Christmas fair?", expect: ["5 December"] },
  { question: "How much did the Halloween disco raise?", expect: ["1,240"] },
  { question: "When do the tombola prizes need to be in?", expect: ["27 November"] },
  { question: "What is Claire's phone number?", expect: ["07700 900482"] },
  { question: "What is Rachel Okoye's email address?", expect: ["rachel.okoye@lumenwave.com"] },
  { question: "When is the Lumenwave take-home task due?", expect: ["30 November"] },
  { question: "Where is the Lumenwave office?", expect: ["Manchester"] },
  { question: "What salary does the Lumenwave role pay?", expect: null },
  { question: "What is Leo's phone number?", expect: null },
  { question: "When is the PTA's summer fete?", expect: null },
];

/** Their Zoom folder, as Zoom names each meeting's folder: its start on the computer's clock, its topic and its meeting ID. */
const SYNC = "Zoom/2026-10-06 15.00.08 Weekly design sync 81234567890";
const PTA = "Zoom/2026-11-04 19.00.03 Oakfield Primary PTA meeting 84510237766";
const PANEL = "Zoom/2026-11-18 10.29.47 Senior Product Designer interview - Lumenwave 86123345519";

/** The zoomer: three meetings' saved chats in their Zoom folder, imported as a folder (no --me: Zoom names them "Me"), asked on Monday 23 November 2026. */
export const zoomer: Person = {
  name: "zoomer",
  files: [
    { name: `${SYNC}/meeting_saved_chat.txt`, text: savedChat(DESIGN_SYNC), mtime: Date.UTC(2026, 9, 6, 14, 41, 12) },
    { name: `${SYNC}/closed_caption.txt`, text: DESIGN_SYNC_CAPTIONS, mtime: Date.UTC(2026, 9, 6, 14, 41, 12) },
    { name: `${SYNC}/GMT20261006-140008_Recording.transcript.vtt`, text: DESIGN_SYNC_TRANSCRIPT, mtime: Date.UTC(2026, 9, 6, 15, 20, 3) },
    { name: `${PTA}/meeting_saved_chat.txt`, text: savedChat(PTA_MEETING), mtime: Date.UTC(2026, 10, 4, 20, 3, 40) },
    { name: `${PANEL}/meeting_saved_chat.txt`, text: savedChat(INTERVIEW), mtime: Date.UTC(2026, 10, 18, 11, 31, 55) },
  ],
  folder: "Zoom",
  askedAt: Date.UTC(2026, 10, 23, 9, 0),
  questions: QUESTIONS,
};
