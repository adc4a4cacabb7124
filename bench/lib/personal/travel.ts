/**
 * The travel person: a freelance graphic designer in Lisbon (a flat in Arroios) with a beagle,
 * Biscuit, and a girlfriend, Ana, planning a trip to Japan and training for a half marathon. Their
 * data: a Claude export of eight conversations (a limping dog, a half-marathon plan, freelance taxes,
 * a Japan trip, descaling an espresso machine, antibiotics and an allergy, guitar practice, a rent
 * rise), hand-written by the developers while trying Engram as its users would. With them, the
 * questions such a person asks later and the words a right answer holds, and questions nothing here
 * answers. Not held out: written in session 24 before reading what Engram made of them (first run:
 * 20 / 22 answerable right, 5 / 5 abstained), then the engine's rules were fixed while reading them,
 * so bench:personal guards what works for a user against regressions; LoCoMo's dev split
 * (bench:locomo, bench:ask) is the measure of quality.
 */
import { type ClaudeConversation, claudeExport } from "./claude-export.js";
import type { Person } from "./types.js";

/** The first conversation's start: 3 June 2026, 08:30 UTC (epoch ms). */
const T0 = Date.UTC(2026, 5, 3, 8, 30, 0);
const DAY = 86_400_000;

const CONVERSATIONS: ClaudeConversation[] = [
  {
    id: "dog",
    name: "Dog limping",
    day: 0,
    exchanges: [
      [
        "My dog Biscuit has been limping on his front left leg since yesterday. He's a 4 year old beagle. Should I be worried?",
        "Limping can come from a sprain, a thorn in the paw or a joint problem. Check his paw pad for cuts, keep him rested for a day or two, and see a vet if it lasts more than 48 hours or he won't put weight on it.",
      ],
      [
        "I booked him in with Dr. Okafor at the Alvalade vet clinic on Thursday at 10am.",
        "Good idea. Bring a short video of him walking, it helps the vet see the limp.",
      ],
    ],
  },
  {
    id: "run",
    name: "Half marathon plan",
    day: 4,
    exchanges: [
      [
        "I signed up for the Lisbon half marathon on October 4. My best 10k is 52 minutes. Can you make me a training plan?",
        "Here's a 16-week outline: weeks 1-4 build to 30 km a week with one long run; weeks 5-10 add a tempo run each week; weeks 11-14 reach a long run of 18 km; weeks 15-16 taper. Aim for a finish around 1:55.",
      ],
      ["I can only run on Tuesdays, Thursdays and Sundays because of work.", "Then make Sunday the long run, Tuesday the tempo run and Thursday an easy run."],
      ["My goal is to finish under 2 hours.", "That's realistic with your 10k time."],
    ],
  },
  {
    id: "tax",
    name: "Freelance taxes",
    day: 11,
    exchanges: [
      [
        "I'm a freelance graphic designer in Portugal. When is the deadline for the IRS tax return?",
        "In Portugal the IRS return is due between April 1 and June 30 of the following year. As a freelancer (trabalhador independente) you also pay quarterly social security contributions.",
      ],
      ["My accountant is Rita Sousa, she charges 60 euros a month.", "That's a fair rate for a freelancer's bookkeeping in Lisbon."],
    ],
  },
  {
    id: "japan",
    name: "Japan trip",
    day: 19,
    exchanges: [
      [
        "Ana and I are going to Japan for two weeks in April next year. We want Tokyo, Kyoto and somewhere rural. Ideas?",
        "Try 5 nights in Tokyo, 4 in Kyoto, then 3 in the Kiso Valley to walk the Nakasendo trail between Magome and Tsumago, and end with 2 nights in Osaka.",
      ],
      ["Ana is my girlfriend, she's a vegetarian so food matters.", "Look for shojin ryori, the Buddhist temple cuisine in Kyoto; it is fully vegetarian."],
      ["We decided to skip Osaka and spend more time in Kyoto.", "Six nights in Kyoto gives you time for Nara as a day trip."],
    ],
  },
  {
    id: "coffee",
    name: "Espresso machine",
    day: 26,
    exchanges: [
      [
        "How do I descale my Gaggia Classic espresso machine?",
        "Mix 500 ml of water with a sachet of descaler and pour it into the tank. Run half through the steam wand and half through the group head. Let it sit for 20 minutes. Run the rest through, then rinse by running two full tanks of clean water.",
      ],
    ],
  },
  {
    id: "allergy",
    name: "Antibiotics",
    day: 33,
    exchanges: [
      [
        "I'm allergic to penicillin. The doctor prescribed me azithromycin for a sinus infection, is that okay?",
        "Azithromycin is a macrolide, not a penicillin, so it is usually safe for people with a penicillin allergy. Tell your pharmacist about the allergy anyway.",
      ],
    ],
  },
  {
    id: "guitar",
    name: "Guitar practice",
    day: 40,
    exchanges: [
      [
        "I started learning guitar last month. My teacher João wants me to practise barre chords. Any tips?",
        "Start with the F major barre at the first fret, press with the bony side of your index finger, and keep your thumb behind the neck. Practise 10 minutes a day.",
      ],
      ["The song I want to learn first is Wonderwall.", "Wonderwall uses mostly open chords with a capo on the second fret, a good first song."],
    ],
  },
  {
    id: "flat",
    name: "Landlord",
    day: 47,
    exchanges: [
      [
        "My landlord wants to raise my rent from 950 to 1100 euros in September. Is that allowed in Portugal?",
        "For existing contracts, yearly rent increases in Portugal are capped by the coefficient published each year. A jump of nearly 16 % is well above it; ask him which legal basis he uses.",
      ],
      ["I've lived in this flat in Arroios for three years.", "Then your contract has likely been renewed; check its renewal clause."],
    ],
  },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What's my dog's name?", expect: ["Biscuit"] },
  { question: "What breed is Biscuit?", expect: ["beagle"] },
  { question: "When is Biscuit's vet appointment?", expect: ["Thursday"] },
  { question: "Who is our vet?", expect: ["Okafor"] },
  { question: "When is my half marathon?", expect: ["4 October"] },
  { question: "What's my goal time for the half marathon?", expect: ["2 hours"] },
  { question: "Which days can I run?", expect: ["Tuesday", "Sunday"] },
  { question: "What is my job?", expect: ["graphic designer"] },
  { question: "Who is my accountant?", expect: ["Rita Sousa"] },
  { question: "How much does my accountant charge?", expect: ["60 euros"] },
  { question: "Where are we going in April?", expect: ["Japan"] },
  { question: "Who is Ana?", expect: ["girlfriend"] },
  { question: "Is Ana vegetarian?", expect: ["vegetarian"] },
  { question: "Did we decide to go to Osaka?", expect: ["Osaka"] },
  { question: "How do I descale the espresso machine?", expect: ["descaler", "rinse"] },
  { question: "What am I allergic to?", expect: ["penicillin"] },
  { question: "What antibiotic was I prescribed?", expect: ["azithromycin"] },
  { question: "Who is my guitar teacher?", expect: ["João"] },
  { question: "What song do I want to learn?", expect: ["Wonderwall"] },
  { question: "How much is my rent?", expect: ["950"] },
  { question: "Where do I live?", expect: ["Arroios"] },
  { question: "What's my girlfriend's name?", expect: ["Ana"] },
  { question: "What is my cat's name?", expect: null },
  { question: "When is my dentist appointment?", expect: null },
  { question: "How do I change a bike tyre?", expect: null },
  { question: "What is my sister's name?", expect: null },
  { question: "Who won the World Cup?", expect: null },
];

/** The travel person: the export as conversations.json, asked 60 days after the first conversation (2 August 2026). */
export const travel: Person = {
  name: "travel",
  files: [{ name: "conversations.json", text: JSON.stringify(claudeExport(CONVERSATIONS, T0)) }],
  askedAt: T0 + 60 * DAY,
  questions: QUESTIONS,
};
