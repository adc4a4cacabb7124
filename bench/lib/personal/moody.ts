/**
 * The mood tracker: Alex logs how each day went in Daylio, the mood-tracking journal, for two months
 * of late 2026 (made redundant in October, migraines, job interviews, an offer from Monzo, a birthday,
 * date nights with Sam), and at the end of November exports the entries (Daylio → More → Export
 * entries → CSV: `daylio_export_2026_11_30.csv`) and imports the file (`engram import
 * daylio_export_2026_11_30.csv`). The file is as Daylio writes it: the header
 * `full_date,date,weekday,time,mood,activities,note_title,note`, then a row per entry, newest first,
 * two on one day where Alex logged twice; `full_date` the day (`2026-11-24`), `date` and `weekday` the
 * same day as the phone words it (British English: "24 November", "Tuesday"), `time` the phone's clock
 * ("2:20 pm"), `mood` the mood's name (Daylio's five, "rad", "good", "meh", "bad", "awful", and a mood
 * of Alex's own, "anxious"), `activities` the activities ticked joined by " | " ("family | date night"),
 * `note_title` and `note` the entry's title and note as typed, a line break in a note written `<br>`;
 * Daylio quotes the activities, the title and the note always (empty ones `""`), doubling a quote.
 * Hand-written by the developers while trying Engram as its users would, in session 34, before Engram
 * could read a Daylio export (the first run's figures are in bench/README.md). With it, the questions
 * such a person asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** One entry: its day (ISO), its time on the phone's clock, its mood, the activities ticked, its title and its note (Daylio's HTML: `<br>` a line break). */
type Entry = [day: string, time: string, mood: string, activities: string[], title: string, note: string];

/** The entries in the order Alex logged them (the file has them newest first). */
const ENTRIES: Entry[] = [
  ["2026-10-01", "9:40 pm", "good", ["work", "gym"], "", "Leg day. New PB on squats, 100kg."],
  ["2026-10-03", "10:15 pm", "rad", ["friends", "gaming"], "", ""],
  ["2026-10-05", "7:30 pm", "meh", ["work"], "", ""],
  ["2026-10-07", "8:05 pm", "good", ["work", "gym", "sleep early"], "", ""],
  ["2026-10-09", "11:10 pm", "good", ["date night"], "", "Dinner with Sam at Dishoom, King's Cross. The black daal was unreal."],
  ["2026-10-12", "6:45 pm", "bad", ["work"], "", "Migraine, left work at 2. Lay in a dark room all afternoon."],
  ["2026-10-14", "9:00 pm", "meh", ["work", "reading"], "", "Started reading Piranesi."],
  ["2026-10-17", "1:20 pm", "good", ["family"], "", "Lunch at Mum and Dad's. Dad's finally fixed the fence."],
  ["2026-10-21", "8:30 am", "meh", ["work"], "", ""],
  [
    "2026-10-21",
    "8:50 pm",
    "awful",
    ["work", "sleep early"],
    "Bad news",
    "Made redundant, along with half the product team. Three months' pay.<br>Called Mum, then an early night.",
  ],
  ["2026-10-24", "5:00 pm", "meh", ["gaming"], "", "Spent all day playing Balatro. Needed it."],
  ["2026-10-27", "7:00 pm", "good", ["gym", "sleep early"], "", "Updated my CV and sent it to three recruiters."],
  [
    "2026-10-31",
    "11:30 pm",
    "good",
    ["friends", "date night"],
    "Halloween",
    'Sam and I went to Jo\'s costume party as "Wallace and Gromit". Won best costume!',
  ],
  ["2026-11-03", "4:40 pm", "bad", ["sleep early"], "", "Migraine again. GP says keep a headache diary and cut out caffeine after noon."],
  ["2026-11-05", "8:10 pm", "good", ["gym", "reading"], "", "Finished Piranesi. Loved it."],
  ["2026-11-08", "10:00 pm", "rad", ["family", "date night"], "My birthday", "32 today! Sam took me up the Sky Garden, then cake at Mum's."],
  ["2026-11-10", "6:30 pm", "meh", ["reading"], "", "First call with Monzo, half an hour with a recruiter."],
  ["2026-11-12", "3:05 pm", "bad", ["sleep early"], "", "Migraine. Second this month."],
  ["2026-11-16", "9:10 am", "meh", ["gym"], "", ""],
  ["2026-11-17", "10:30 pm", "anxious", ["sleep early"], "", "Can't stop going over system design questions."],
  ["2026-11-18", "7:45 pm", "rad", ["gym"], "Monzo", "Interview at Monzo went well, they'll call Friday. The system design round was the best part."],
  ["2026-11-20", "9:30 pm", "good", ["friends", "gaming"], "", "Pub quiz at the Lamb with Jo and Priya, came second."],
  ["2026-11-24", "2:20 pm", "awful", ["sleep early"], "", "Migraine again, third this month. Booked the GP for Thursday."],
  ["2026-11-26", "7:00 pm", "rad", ["family", "date night"], "", "Monzo offer came through! I start on 11 January.<br>Celebrated with Sam, champagne at home."],
  ["2026-11-28", "11:30 am", "good", ["gym"], "", "Back at the gym after a week off. 5k on the rower in 21 minutes."],
  ["2026-11-29", "8:00 pm", "meh", ["family", "reading", "sleep early"], "", ""],
];

const WEEKDAY = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" });
const DAY_MONTH = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });

/** A cell Daylio quotes: in double quotes, its quotes doubled (`""` when empty). */
function quoted(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** An entry's row as Daylio writes it: the day, the day and weekday in words, the time and mood bare, the rest quoted. */
function row([day, time, mood, activities, title, note]: Entry): string {
  const at = Date.parse(`${day}T12:00:00Z`);
  return [day, DAY_MONTH.format(at), WEEKDAY.format(at), time, mood, quoted(activities.join(" | ")), quoted(title), quoted(note)].join(",");
}

const EXPORT = `${["full_date,date,weekday,time,mood,activities,note_title,note", ...[...ENTRIES].reverse().map(row)].join("\n")}\n`;

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "How did the Monzo interview go?", expect: ["went well"] },
  { question: "When did I last have a migraine?", expect: ["24 November"] },
  { question: "Where did I have dinner with Sam?", expect: ["Dishoom"] },
  { question: "What did I do on my awful day in October?", expect: ["redundant"] },
  { question: "When did I last go to the gym?", expect: ["28 November"] },
  { question: "How was I feeling on my birthday?", expect: ["rad"] },
  { question: "What did the GP say about my migraines?", expect: ["caffeine"] },
  { question: "When do I start at Monzo?", expect: ["11 January"] },
  { question: "What game did I spend all day playing?", expect: ["Balatro"] },
  { question: "What did we go as for Halloween?", expect: ["Wallace and Gromit"] },
  { question: "Where did Sam take me for my birthday?", expect: ["Sky Garden"] },
  { question: "Which book did I finish in November?", expect: ["Piranesi"] },
  { question: "What's my GP's name?", expect: null },
  { question: "How much is my gym membership?", expect: null },
  { question: "When is Jo's birthday?", expect: null },
];

/** Alex: two months of Daylio entries exported as one CSV, imported alone, asked on Wednesday 2 December 2026. */
export const moody: Person = {
  name: "moody",
  files: [{ name: "daylio_export_2026_11_30.csv", text: EXPORT, mtime: Date.UTC(2026, 10, 30, 21, 4) }],
  askedAt: Date.UTC(2026, 11, 2, 19, 0),
  questions: QUESTIONS,
};
