/**
 * The notes person: works under a manager, Priya, and will lead a billing migration; climbs at
 * Boulder Lab with their friend Chris; rents a home and drives a Skoda. Their data: a notes folder of
 * seven Markdown files (a 1:1 meeting and a journal day, dated by their file names; a recipe, gift
 * ideas, home and car notes and a reading list, last modified on 10 October 2026), hand-written by
 * the developers while trying Engram as its users would. With them, the questions such a person asks
 * later and the words a right answer holds, and questions nothing here answers. Not held out: written
 * in session 24 before reading what Engram made of them (first run: 18 / 21 answerable right, 4 / 4
 * abstained), then the engine's rules were fixed while reading them, so bench:personal guards what
 * works for a user against regressions; LoCoMo's dev split (bench:locomo, bench:ask) is the measure
 * of quality.
 */
import type { Person } from "./types.js";

/** When the notes not dated by their names were last modified (epoch ms): 10 October 2026, 09:00 UTC. */
const MODIFIED = Date.UTC(2026, 9, 10, 9, 0, 0);

/**
 * The notes folder: file name, text and, for the notes not dated by their names, the modification
 * time (the dated ones are written when the bench runs, after the day they name).
 */
const FILES: Person["files"] = [
  {
    name: "2026-10-02 1-1 with Priya.md",
    text: `# 1:1 with Priya

Priya is my manager. We agreed that I will lead the billing migration in Q1.

The deadline for the design doc is October 16.

## Action items
- send Priya the draft roadmap
- book the offsite venue
- ask Tom about the on-call rota
`,
  },
  {
    name: "2026-10-05.md",
    text: `Went climbing at Boulder Lab with Chris after work. Finally sent my first V4!

My left shoulder hurts a bit, I should rest it this week.

Chris told me he is getting married in June to his partner Lea.
`,
  },
  {
    name: "Banana bread.md",
    text: `# Banana bread

## Ingredients
- 3 ripe bananas
- 250 g flour
- 100 g butter
- 2 eggs

## Steps
1. Preheat the oven to 180 °C
2. Mash the bananas and mix in the melted butter
3. Beat in the eggs, then fold in the flour
4. Bake for 60 minutes
`,
    mtime: MODIFIED,
  },
  {
    name: "Car.md",
    text: `# Car

My car is a 2018 Skoda Octavia estate, registration KX18 ABC.

The MOT is due on 14 January 2027.

Tyre pressure: 36 psi front, 33 psi rear.
`,
    mtime: MODIFIED,
  },
  {
    name: "Gift ideas.md",
    text: `# Gift ideas

## Mum
- a silk scarf
- the new Ottolenghi cookbook

## Sam
- climbing chalk bag
`,
    mtime: MODIFIED,
  },
  {
    name: "Home.md",
    text: `# Home

The bins go out every Tuesday night.

Our landlord is Mr. Hughes, his number is 07700 900123.

The boiler service is due on November 20.
`,
    mtime: MODIFIED,
  },
  {
    name: "Reading list.md",
    text: `# Reading list

- The Overstory by Richard Powers
- Piranesi by Susanna Clarke
- Thinking in Systems by Donella Meadows

I finished Project Hail Mary in September and loved it.
`,
    mtime: MODIFIED,
  },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Who is my manager?", expect: ["Priya"] },
  { question: "What project will I lead?", expect: ["billing migration"] },
  { question: "When is the design doc due?", expect: ["16 October"] },
  { question: "What are my action items?", expect: ["roadmap", "offsite"] },
  { question: "Where do I go climbing?", expect: ["Boulder Lab"] },
  { question: "Who is Chris marrying?", expect: ["Lea"] },
  { question: "When is Chris getting married?", expect: ["June"] },
  { question: "What's on my reading list?", expect: ["Overstory", "Piranesi"] },
  { question: "Who wrote Piranesi?", expect: ["Susanna Clarke"] },
  { question: "What book did I finish in September?", expect: ["Project Hail Mary"] },
  { question: "How do I make banana bread?", expect: ["Preheat", "Bake for 60 minutes"] },
  { question: "What do I need for banana bread?", expect: ["bananas", "flour"] },
  { question: "When do the bins go out?", expect: ["Tuesday"] },
  { question: "What's my landlord's number?", expect: ["07700 900123"] },
  { question: "When is the boiler service due?", expect: ["20 November"] },
  { question: "What car do I have?", expect: ["Skoda Octavia"] },
  { question: "When is the MOT due?", expect: ["14 January 2027"] },
  { question: "What tyre pressure should I use?", expect: ["36 psi"] },
  { question: "What should I get Mum?", expect: ["scarf"] },
  { question: "What's my car's registration?", expect: ["KX18 ABC"] },
  { question: "What did I climb?", expect: ["V4"] },
  { question: "Who is my dentist?", expect: null },
  { question: "When is my passport renewal?", expect: null },
  { question: "How do I make lasagne?", expect: null },
  { question: "What is my wife's name?", expect: null },
];

/** The notes person: the folder's seven notes, asked on 12 October 2026 at noon UTC. */
export const notes: Person = {
  name: "notes",
  files: FILES,
  askedAt: Date.UTC(2026, 9, 12, 12),
  questions: QUESTIONS,
};
