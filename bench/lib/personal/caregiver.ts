/**
 * The caregiver: Nadia Rahman, 44, in Leeds, looks after her father Tariq (78) with her brother Omar.
 * Things change over the three months her files cover, and she asks what is true now, what was true
 * before and when it changed: Dad's amlodipine raised from 5mg to 10mg at a GP review on 6 August
 * (and kept at 10mg in September despite swollen ankles: going back to 5mg was talked of, not done),
 * his atorvastatin stopped for muscle aches, the carer agency's contact replaced (Sharon Whitley on
 * 0113 496 0123, then Jade Kowalski on 0113 496 0871) and its morning call moved from 8am to 8:45,
 * the cardiology appointment moved from Tuesday 10 November to Tuesday 8 December (so Omar drives him,
 * not Nadia), a flu jab's day corrected in the chat ("Sorry, I meant Saturday 14th"), and the next GP
 * review's day corrected in her notes (Tuesday 1 December, then Thursday 3 December).
 *
 * Their data, two files of different formats:
 * - "WhatsApp Chat with Omar.txt": the siblings' chat as WhatsApp on Android exports it on a phone
 *   set to British English ("06/08/2026, 11:32 - Omar: …": the day first, 24-hour time with no
 *   seconds, " - " before the speaker), opening with the encryption notice as a stamped line with no
 *   speaker, with a "<Media omitted>" (exported without media), an edited message closed by
 *   "<This message was edited>", a deleted one ("This message was deleted"), a message of two lines
 *   and an emoji. Checked against docs/import.md (a WhatsApp export from Android or iOS, day first as
 *   the file shows, its notices left out), test/unit/ingest-text.test.ts (the Android stamp
 *   "01/11/2026, 18:02 - Ana: …", its notices with no speaker, "<Media omitted>", the edit mark) and
 *   public readers' fixtures of Android's export (whatstk's docs, parsers' tests of the
 *   "DD/MM/YYYY, HH:MM - Sender: Message" line, "<Media omitted>", "This message was deleted").
 *   Imported with `me` Nadia.
 * - "Dad care log.md": Nadia's Markdown care log, a title and entries under headings that name a day
 *   ("## Thursday 6 August 2026"), last modified on 11 November 2026. Checked against docs/import.md
 *   and core/ingest/README.md (a journal's entries under headings naming a day are of that day, when
 *   not after the file's modification day) and test/unit/ingest-note.test.ts ("dates a journal's
 *   entries by the days their headings name").
 *
 * With them, 12 questions such a person asks later and the words a right answer holds (a "now"
 * question demands only the new value), and 3 nothing answers. Hand-written in session 41 before
 * reading what Engram made of them (the first run's figures are in bench/README.md).
 */
import type { Person } from "./types.js";

/** The chat as WhatsApp on Android exports it: one line a message, "dd/mm/yyyy, HH:MM - Name: text". */
const CHAT = `03/08/2026, 19:12 - Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them. Learn more.
03/08/2026, 19:12 - Nadia: Dad's GP review is this Thursday 6 August at 10:20 with Dr Hussain at Harehills Corner Surgery. Can you take him? I've got a team meeting I can't move
03/08/2026, 19:40 - Omar: Yes I'm off Thursday, I'll pick him up at 10
03/08/2026, 19:41 - Omar: Where's his BP diary?
03/08/2026, 19:45 - Nadia: In the kitchen drawer with his tablets
06/08/2026, 11:32 - Omar: Just out of the GP. His BP was 162/94 in the surgery so Dr Hussain has put his amlodipine up from 5mg to 10mg, one every morning
06/08/2026, 11:34 - Omar: And she's stopped his atorvastatin, she thinks that's what's been giving him the muscle aches in his legs. She'll look at his cholesterol again in a few months
06/08/2026, 11:35 - Omar: Blood test at the surgery in 4 weeks to check his kidneys
06/08/2026, 11:50 - Nadia: Ok good. I'll ring Boots on Roundhay Road so they change his blister pack
06/08/2026, 11:51 - Nadia: Did she say anything about his memory?
06/08/2026, 12:03 - Omar: Not really, she said to bring it up at the next review
10/08/2026, 09:15 - Nadia: Bluebell Home Care have confirmed the morning calls start Monday 17th, 8am every day. Our contact there is Sharon Whitley, 0113 496 0123
10/08/2026, 09:16 - Nadia: <Media omitted>
10/08/2026, 09:16 - Nadia: That's the care plan they sent
10/08/2026, 09:40 - Omar: 👍
19/08/2026, 18:02 - Nadia: Letter from the LGI came today. Dad's cardiology appointment is Tuesday 10 November at 2:15pm, Jubilee Wing outpatients, Dr Okonjo's clinic
19/08/2026, 18:05 - Omar: I can't do Tuesdays, I'm on lates
19/08/2026, 18:06 - Nadia: I'll take him then, I'll book the afternoon off
03/09/2026, 08:50 - Omar: Took Dad for his blood test this morning, results in a week
03/09/2026, 08:51 - Omar: He says his legs feel much better since stopping the statin
14/09/2026, 16:20 - Nadia: Bluebell rang, Sharon has left the agency. Our new care coordinator is Jade Kowalski
14/09/2026, 16:21 - Nadia: Her direct line is 0113 496 0871, the old number doesn't go to anyone now <This message was edited>
14/09/2026, 16:25 - Omar: Saved it, thanks
22/09/2026, 20:10 - Omar: Dad's ankles are really puffy tonight. Could it be the new dose?
22/09/2026, 20:14 - Nadia: Could be, amlodipine does that. I'll ring the surgery tomorrow
23/09/2026, 13:05 - Nadia: Spoke to Dr Hussain. She wants to keep him on 10mg because his BP is much better.
Legs up in the afternoon and she'll look at his ankles at the next review, so no going back to 5mg
23/09/2026, 13:20 - Omar: Ok fair enough
05/10/2026, 10:40 - Nadia: Bluebell are moving the morning call to 8:45 from next Monday, their rota has changed. Jade says they can't do 8 any more
05/10/2026, 10:52 - Omar: Bit late for his tablets but fine, the carer can give him the amlodipine at 8:45
21/10/2026, 17:30 - Nadia: The hospital rang, Dad's cardiology appointment has been moved to Tuesday 8 December at 9:40am. Same place, Jubilee Wing
21/10/2026, 17:31 - Nadia: Problem is I'm on the training course in London 7 to 9 December
21/10/2026, 17:45 - Omar: I'll take him, I can swap my shift with Dave
21/10/2026, 17:46 - Nadia: You're a star. Leave plenty of time, parking at the LGI is a nightmare
21/10/2026, 17:47 - Omar: This message was deleted
21/10/2026, 17:48 - Omar: Will do
02/11/2026, 19:00 - Omar: Flu jab clinic at the surgery is Saturday 7 November, 9 till 12
02/11/2026, 19:03 - Omar: Sorry, I meant Saturday 14th. The 7th is the children's clinic
02/11/2026, 19:05 - Nadia: Ok. Can you take him? I've got Aisha's parents' evening that morning
02/11/2026, 19:06 - Omar: Yes I'll take him
`;

/** Nadia's care log, entries under headings that name their day. */
const LOG = `# Dad's care log

## Thursday 6 August 2026

GP review with Dr Hussain (Omar took him). BP in the surgery 162/94.
- Amlodipine up from 5mg to 10mg, one every morning.
- Atorvastatin 20mg stopped: she thinks it caused the muscle aches in his legs.
- Blood test in 4 weeks to check his kidneys.

## Sunday 16 August 2026

Home BP this week, mornings before his tablets: 155/90, 151/88, 149/89. He grumbles that the new tablets look the same as the old ones.

## Thursday 10 September 2026

Blood results back: kidneys fine, eGFR 58, same as last year. Receptionist said nothing to book.

## Wednesday 23 September 2026

Rang the surgery about his swollen ankles. Dr Hussain: stay on amlodipine 10mg, legs up in the afternoon, she'll check the ankles at the next review.
BP this week 141/84 and 138/82.

## Wednesday 14 October 2026

Carers come at 8:45 now (Bluebell's rota change). Jade Kowalski is the coordinator. Dad likes the new carer, Precious.

## Saturday 31 October 2026

BP 136/81. Weight 74 kg.

## Tuesday 10 November 2026

Next GP review booked with Dr Hussain for Tuesday 1 December at 11:10: his cholesterol (whether to try a different statin), his ankles and his memory.
BP this morning 132/80, the best for months.

## Wednesday 11 November 2026

Correction: the GP review is Thursday 3 December at 11:10, not Tuesday 1 December. I misread the appointment card.
`;

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What dose of amlodipine does Dad take now?", expect: ["10mg"] },
  { question: "What dose of amlodipine was Dad on before?", expect: ["5mg"] },
  { question: "When was Dad's amlodipine dose changed?", expect: ["6 August"] },
  { question: "Which of Dad's medicines was stopped, and why?", expect: ["atorvastatin", "muscle"] },
  { question: "Who is our contact at the care agency now?", expect: ["Jade"] },
  { question: "What is the care agency's phone number?", expect: ["0113 496 0871"] },
  { question: "Who was our contact at Bluebell before?", expect: ["Sharon"] },
  { question: "When is Dad's cardiology appointment?", expect: ["8 December"] },
  { question: "Who is taking Dad to his cardiology appointment?", expect: ["Omar"] },
  { question: "When is Dad's flu jab?", expect: ["14"] },
  { question: "When is Dad's next GP review?", expect: ["3 December"] },
  { question: "What was Dad's latest blood pressure reading?", expect: ["132/80"] },
  { question: "What is Dad's NHS number?", expect: null },
  { question: "When is Dad's next dentist appointment?", expect: null },
  { question: "What dose of metformin does Dad take?", expect: null },
];

/** Nadia: the sibling chat exported from Android and her care log, imported as Nadia, asked on Thursday 12 November 2026 at 20:00 UTC. */
export const caregiver: Person = {
  name: "caregiver",
  files: [
    { name: "WhatsApp Chat with Omar.txt", text: CHAT, mtime: Date.UTC(2026, 10, 12, 19, 30) },
    { name: "Dad care log.md", text: LOG, mtime: Date.UTC(2026, 10, 11, 21, 5) },
  ],
  me: "Nadia",
  askedAt: Date.UTC(2026, 10, 12, 20),
  questions: QUESTIONS,
};
