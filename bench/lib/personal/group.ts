/**
 * The group person: Maya, who booked a week in Lisbon (an Alfama flat with a rooftop) for herself and
 * two friends, Leo (who can't eat gluten and whose passport expires in July) and Kofi (who snores).
 * Their data: a three-person group chat transcript under a "# Lisbon trip planning" heading
 * ("[2026-05-02 18:01] Maya: …"), imported with `me` Maya (so Maya's lines are the user's),
 * hand-written by the developers while trying Engram as its users would. With them, the questions such
 * a person asks later and the words a right answer holds, and questions nothing here answers. Not held
 * out: written in session 24 before reading what Engram made of them (first run: 10 / 13 right in
 * all), then the engine's rules were fixed while reading them, so bench:personal guards what works
 * for a user against regressions; LoCoMo's dev split (bench:locomo, bench:ask) is the measure of
 * quality.
 */
import type { Person } from "./types.js";

/** The transcript: a title line, then one line a message, dated year first. */
const TRIP = `# Lisbon trip planning
[2026-05-02 18:01] Maya: ok team, Lisbon is booked!! flights on June 12, back on June 19
[2026-05-02 18:03] Leo: yesss. which airbnb did we go for?
[2026-05-02 18:04] Maya: the one in Alfama with the rooftop, 3 bedrooms
[2026-05-02 18:05] Kofi: I'll take the small room, I snore lol
[2026-05-02 18:07] Leo: I can't eat gluten btw, so no pastéis for me 😭
[2026-05-02 18:08] Maya: noted! I'll find gluten free places
[2026-05-02 18:10] Kofi: I paid 420 for my flight, Maya can you send me the airbnb split?
[2026-05-02 18:12] Maya: it's 310 each, send it to my Monzo
[2026-05-09 20:15] Leo: guys my passport expires in July, is that ok for Portugal?
[2026-05-09 20:18] Kofi: should be fine for EU trips but check the 3 month rule
[2026-05-09 20:20] Leo: ugh I'll renew it tomorrow to be safe
[2026-05-20 09:30] Maya: I booked a food tour for June 14 at 11am, 45 euros each
[2026-05-20 09:32] Kofi: count me in
[2026-05-20 09:40] Leo: me too if it's gluten free friendly
`;

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When do we fly to Lisbon?", expect: ["12 June"] },
  { question: "When do we come back from Lisbon?", expect: ["19 June"] },
  { question: "Where is the airbnb?", expect: ["Alfama"] },
  { question: "How much is the airbnb each?", expect: ["310"] },
  { question: "Who can't eat gluten?", expect: ["Leo"] },
  { question: "How much did Kofi pay for his flight?", expect: ["420"] },
  { question: "Which room is Kofi taking?", expect: ["small room"] },
  { question: "When does Leo's passport expire?", expect: ["July"] },
  { question: "When is the food tour?", expect: ["14 June"] },
  { question: "How much is the food tour?", expect: ["45 euros"] },
  { question: "Who snores?", expect: ["Kofi"] },
  { question: "Where is Kofi from?", expect: null },
  { question: "When is my dentist appointment?", expect: null },
];

/** The group person: the transcript as trip.txt, imported as Maya, asked on 25 May 2026 at noon UTC. */
export const group: Person = {
  name: "group",
  files: [{ name: "trip.txt", text: TRIP }],
  me: "Maya",
  askedAt: Date.UTC(2026, 4, 25, 12),
  questions: QUESTIONS,
};
