/**
 * The friends person: Priya, who climbs with her friend Sam (just hired by a museum as an exhibition
 * designer), lends Sam her tent and has her mum visiting from Chennai. Their data: a WhatsApp-style
 * transcript of five weeks of chat between Priya and Sam ("[3/5/26, 7:02 PM] Priya: …"), imported with
 * `me` Priya (so Priya's lines are the user's), hand-written by the developers while trying Engram as
 * its users would. With them, the questions such a person asks later and the words a right answer
 * holds, and questions nothing here answers. Not held out: written in session 24 before reading what
 * Engram made of them (first run: 11 / 14 right in all), then the engine's rules were fixed while
 * reading them, so bench:personal guards what works for a user against regressions; LoCoMo's dev
 * split (bench:locomo, bench:ask) is the measure of quality.
 */
import type { Person } from "./types.js";

/** The transcript, as WhatsApp exports a chat: one line a message, dated in the US style (month first). */
const CHAT = `[3/5/26, 7:02 PM] Priya: hey! are we still on for climbing thursday?
[3/5/26, 7:05 PM] Sam: yes!! 6:30 at the wall. btw I got the job at the museum 🎉
[3/5/26, 7:06 PM] Priya: no way, congrats!! the natural history one?
[3/5/26, 7:08 PM] Sam: yep, I start on April 1 as an exhibition designer
[3/5/26, 7:10 PM] Priya: amazing. I'll bring the rope, you bring chalk
[3/12/26, 9:15 AM] Sam: can I borrow your tent for the Peak District trip?
[3/12/26, 9:20 AM] Priya: sure, it's the green 2-person one. I need it back by the 28th
[3/12/26, 9:21 AM] Sam: perfect, thanks!
[3/20/26, 8:40 PM] Priya: my mum's flying in from Chennai on Saturday, so I can't do brunch
[3/20/26, 8:45 PM] Sam: no worries! how long is she staying?
[3/20/26, 8:46 PM] Priya: three weeks. she's never been to Scotland so we're doing Edinburgh
[3/29/26, 11:00 AM] Sam: dropped the tent at yours, left it with your neighbour Greg
[3/29/26, 11:05 PM] Priya: got it, thanks!
[4/10/26, 6:00 PM] Sam: my birthday drinks are on the 18th at The Kings Arms, 7pm. you in?
[4/10/26, 6:10 PM] Priya: wouldn't miss it
`;

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Where does Sam work?", expect: ["museum"] },
  { question: "When does Sam start the new job?", expect: ["1 April"] },
  { question: "What is Sam's job?", expect: ["exhibition designer"] },
  { question: "When do we go climbing?", expect: ["Thursday"] },
  { question: "Who borrowed my tent?", expect: ["Sam"] },
  { question: "Where is my tent?", expect: ["Greg"] },
  { question: "When is my mum arriving?", expect: ["Saturday"] },
  { question: "Where is my mum flying in from?", expect: ["Chennai"] },
  { question: "How long is my mum staying?", expect: ["three weeks"] },
  { question: "When are Sam's birthday drinks?", expect: ["18"] },
  { question: "Where are Sam's birthday drinks?", expect: ["Kings Arms"] },
  { question: "Who is Greg?", expect: ["neighbour"] },
  { question: "When is my dentist appointment?", expect: null },
  { question: "Where does Sam live?", expect: null },
];

/** The friends person: the transcript as chat.txt, imported as Priya, asked on 12 April 2026 at noon UTC. */
export const friends: Person = {
  name: "friends",
  files: [{ name: "chat.txt", text: CHAT }],
  me: "Priya",
  askedAt: Date.UTC(2026, 3, 12, 12),
  questions: QUESTIONS,
};
