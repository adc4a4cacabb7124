/**
 * The family person: Helen, in a WhatsApp family group with her husband David, her daughter Sophie (at
 * university in Leeds) and her son Jack: a grandmother's 80th birthday lunch, lifts, a parents' evening,
 * a boiler repair. Their data: the group's chat as WhatsApp exports it on a phone set to British
 * English ("[02/03/2026, 18:04:11] Helen: …", the day first), imported with `me` Helen; hand-written
 * by the developers while trying Engram as its users would. With them, the questions such a person
 * asks later and the words a right answer holds, and questions nothing here answers. Written in
 * session 25 before reading what Engram made of them (the first run's figures are in bench/README.md).
 */
import type { Person } from "./types.js";

/** The group chat, one line a message, dated day first. */
const CHAT = `[02/03/2026, 18:04:11] Helen: Reminder: Grandma's 80th birthday lunch is on Sunday 15 March at The Old Mill, 1pm. Everyone please be there!
[02/03/2026, 18:10:45] Sophie: I'll get the train from Leeds on Saturday
[02/03/2026, 18:12:02] David: I've booked a table for 12
[02/03/2026, 19:30:40] Jack: can I bring Ollie?
[02/03/2026, 19:35:13] Helen: Yes, Ollie can come
[09/03/2026, 08:15:00] David: Car's booked in for a service on Thursday, so I'll need a lift to work
[09/03/2026, 08:20:31] Helen: I can drop you at 8
[13/03/2026, 17:45:22] Sophie: Train gets in at 6:40 tomorrow, can someone pick me up?
[13/03/2026, 17:50:09] David: I'll pick you up
[16/03/2026, 21:02:44] Helen: Lovely lunch yesterday! Grandma loved the photo album from Jack.
[20/03/2026, 12:00:00] Jack: parents evening is on 26 March at 5pm, Mr Davies wants to see you both
[20/03/2026, 12:05:30] Helen: Ok, I'll take the afternoon off
[25/03/2026, 19:11:11] David: The boiler man is coming on Monday between 8 and 12
[25/03/2026, 19:15:00] Helen: I'm working from home on Monday so I'll let him in
`;

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When was Grandma's birthday lunch?", expect: ["15 March"] },
  { question: "Where was Grandma's lunch?", expect: ["Old Mill"] },
  { question: "How many people was the table for?", expect: ["12"] },
  { question: "Who did Jack bring to the lunch?", expect: ["Ollie"] },
  { question: "When is the car service?", expect: ["Thursday"] },
  { question: "What time does Sophie's train get in?", expect: ["6:40"] },
  { question: "Who is picking Sophie up?", expect: ["David"] },
  { question: "What did Jack give Grandma?", expect: ["photo album"] },
  { question: "When is parents' evening?", expect: ["26 March"] },
  { question: "Who wants to see us at parents' evening?", expect: ["Davies"] },
  { question: "When is the boiler man coming?", expect: ["Monday"] },
  { question: "Where does Sophie live?", expect: ["Leeds"] },
  { question: "What am I doing on Monday?", expect: ["home"] },
  { question: "What is Ollie's surname?", expect: null },
  { question: "When is Sophie's birthday?", expect: null },
  { question: "What is the boiler man's name?", expect: null },
];

/** The family person: the chat as family.txt, imported as Helen, asked on 27 March 2026 at 20:00 UTC. */
export const family: Person = {
  name: "family",
  files: [{ name: "family.txt", text: CHAT }],
  me: "Helen",
  askedAt: Date.UTC(2026, 2, 27, 20),
  questions: QUESTIONS,
};
