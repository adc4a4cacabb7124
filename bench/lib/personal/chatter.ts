/**
 * The chatter person: Ravi, who tells Engram's own chat about his life over four months, as a user of
 * the app does (a pharmacist at Boots in Manchester who takes a hospital job in Salford and moves there,
 * a daughter starting school, an allergy, a car's MOT, a rescue cat, a brother visiting, a how-to).
 * His data: messages said to the chat, each at its own time, hand-written by the developers while
 * trying Engram as its users would. With them, the questions he asks later and the words a right
 * answer holds, and questions nothing here answers. Written in session 25 before reading what Engram
 * made of them (the first run's figures are in bench/README.md).
 */
import type { Person } from "./types.js";

/** A message said to the chat on `day` (ISO date) at 19:00 UTC. */
const said = (day: string, text: string) => ({ at: Date.parse(`${day}T19:00:00Z`), text });

const CHAT: NonNullable<Person["chat"]> = [
  said("2026-06-01", "Hi, I'm Ravi. I live in Manchester and work as a pharmacist at Boots."),
  said("2026-06-03", "My daughter Asha starts primary school in September."),
  said("2026-06-10", "I'm allergic to penicillin."),
  said("2026-06-15", "My car's MOT is due on 20 July."),
  said("2026-07-02", "We adopted a rescue cat called Mango!"),
  said("2026-07-21", "Got the car through its MOT, it just needed new wipers."),
  said("2026-08-05", "Big news: I got a job at the NHS hospital in Salford, starting September 1."),
  said("2026-08-28", "We're moving to Salford next month, to a house near Buile Hill Park."),
  said("2026-09-12", "Mango has been to the vet, she's fine, but she needs a dental clean in October."),
  said("2026-09-20", "My brother Dev is visiting from Toronto on 3 October for a week."),
  said("2026-09-25", "To descale the kettle: fill it with half vinegar and half water, boil it, leave it for an hour, then rinse it twice."),
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Where do I live?", expect: ["Salford"] },
  { question: "Where do I work?", expect: ["NHS"] },
  { question: "Where did I work before?", expect: ["Boots"] },
  { question: "What am I allergic to?", expect: ["penicillin"] },
  { question: "What's my cat called?", expect: ["Mango"] },
  { question: "When does Asha start school?", expect: ["September"] },
  { question: "What did the car need for its MOT?", expect: ["wipers"] },
  { question: "When is my brother visiting?", expect: ["3 October"] },
  { question: "Where is Dev from?", expect: ["Toronto"] },
  { question: "How do I descale the kettle?", expect: ["vinegar"] },
  { question: "When is Mango's dental clean?", expect: ["October"] },
  { question: "What's my daughter's name?", expect: ["Asha"] },
  { question: "What do you know about me?", expect: ["Ravi"] },
  { question: "What's my wife's name?", expect: null },
  { question: "When is my dentist appointment?", expect: null },
  { question: "What is Dev's job?", expect: null },
];

/** The chatter person: the messages said to Engram's chat, asked on 1 October 2026 at 12:00 UTC. */
export const chatter: Person = {
  name: "chatter",
  files: [],
  chat: CHAT,
  askedAt: Date.UTC(2026, 9, 1, 12),
  questions: QUESTIONS,
};
