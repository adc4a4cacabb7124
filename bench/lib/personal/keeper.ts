/**
 * The keeper person: Jamie, who jots everything in Google Keep. Their data: the Keep folder of a
 * Google Takeout export, as Takeout writes it: one JSON file per note (title, textContent or a
 * checklist's listContent, labels, times in microseconds, isTrashed / isArchived / isPinned; the
 * .html copy Takeout writes beside each is left out, as a folder import leaves it); a wifi note, a shopping checklist with ticked items, a car note, a pinned
 * note of the kids' clubs, an untitled note named by its time, an archived note of a holiday, and a
 * trashed note. Hand-written by the developers while trying Engram as its users would. With them,
 * the questions such a person asks later and the words a right answer holds, and questions nothing
 * here answers. Written in session 27 before Engram could read Keep (the first run's figures are in
 * bench/README.md).
 */
import { keepNote } from "./takeout-json.js";
import type { Person } from "./types.js";

const FILES: Person["files"] = [
  {
    name: "Wifi.json",
    text: keepNote({ title: "Wifi", textContent: "Network: HomeHub-5G\nPassword: blue-otter-42", labels: [{ name: "Home" }] }, "2026-01-10T19:00:00Z"),
  },
  {
    name: "Shopping.json",
    text: keepNote(
      {
        title: "Shopping",
        textContent: "",
        listContent: [
          { text: "oat milk", textHtml: "oat milk", isChecked: false },
          { text: "eggs", textHtml: "eggs", isChecked: true },
          { text: "sourdough loaf", textHtml: "sourdough loaf", isChecked: false },
          { text: "bin bags", textHtml: "bin bags", isChecked: false },
        ],
      },
      "2026-03-02T08:15:00Z",
    ),
  },
  {
    name: "Car.json",
    text: keepNote(
      {
        title: "Car",
        isPinned: true,
        textContent: "MOT due 12 March.\nInsurance renews 1 April with Admiral, policy AD-5520-771.\nTyre pressure: 36 psi front, 38 psi rear.",
      },
      "2026-02-20T12:00:00Z",
    ),
  },
  {
    name: "Kids clubs.json",
    text: keepNote(
      {
        title: "Kids clubs",
        isPinned: true,
        textContent: "Mia: swimming on Tuesdays at 5pm, Kirkstall Leisure Centre.\nLeo: football on Saturdays at 10am, coach is Dave Hill.",
      },
      "2026-01-05T09:00:00Z",
    ),
  },
  {
    name: "2026-02-27T18_30_12.000Z.json",
    text: keepNote({ textContent: "Call Dr Patel's surgery to book Leo's vaccinations. Their number is 0113 496 0555." }, "2026-02-27T18:30:12Z"),
  },
  {
    name: "Cornwall.json",
    text: keepNote(
      {
        title: "Cornwall",
        isArchived: true,
        textContent: "We stayed at Seaview Cottage in St Ives, August 2025. Loved the Porthmeor beach café. Book again for next summer.",
      },
      "2025-08-30T20:00:00Z",
    ),
  },
  {
    name: "Old gym.json",
    text: keepNote({ title: "Old gym", isTrashed: true, textContent: "Gym locker code 4417" }, "2025-05-01T07:00:00Z"),
  },
];

const QUESTIONS: Person["questions"] = [
  { question: "What is the wifi password?", expect: ["blue-otter-42"] },
  { question: "What's on my shopping list?", expect: ["oat milk", "sourdough"] },
  { question: "When is the MOT due?", expect: ["12 March"] },
  { question: "What is my car insurance policy number?", expect: ["AD-5520-771"] },
  { question: "What tyre pressure does the car need?", expect: ["36"] },
  { question: "When is Mia's swimming?", expect: ["Tuesday"] },
  { question: "Who is Leo's football coach?", expect: ["Dave Hill"] },
  { question: "What is the number for Dr Patel's surgery?", expect: ["0113 496 0555"] },
  { question: "Where did we stay in Cornwall?", expect: ["Seaview Cottage"] },
  { question: "What is my gym locker code?", expect: null },
  { question: "When is the boiler service?", expect: null },
  { question: "What is Dave Hill's phone number?", expect: null },
];

/** Jamie: a Google Keep Takeout folder, asked on Thursday 5 March 2026. */
export const keeper: Person = {
  name: "keeper",
  files: FILES,
  askedAt: Date.UTC(2026, 2, 5, 9),
  questions: QUESTIONS,
};
