/**
 * The spinner: Hannah Lowe, in Bristol, bought a Peloton Bike+ in the summer and since August has done a class most
 * mornings before work: rides with Leanne Hainsby on Mondays and Denis Morton on Tuesdays, a run with Becs Gentry on
 * Wednesdays, strength with Adrian Williams on Thursdays, yoga with Aditi Shah on Fridays, a 45-minute Power Zone ride
 * on Saturdays and a long run (or Ross Rayburn's yoga) on Sundays; a stretch after a ride now and then, a sleep
 * meditation some evenings, a Just Ride, a scenic ride on the bank holiday. Her best output for a 45-minute ride is
 * Denis Morton's Power Zone Endurance ride on Saturday 19 September (521 kJ); on her birthday, Saturday 26 September
 * (she tells Engram's chat about it the week before), she took Leanne Hainsby's 80s ride live. On Monday 2 November she
 * opens her profile on the Peloton website, Workouts → Download Workouts, and imports the file it saves,
 * `HannahRidesBristol_workouts.csv` (Peloton names it by the account's username).
 *
 * The file as Peloton writes it, checked against public readers of it and their fixtures: the header (every reader's:
 * a Go client's TestCsvUS and TestCsvMetric, a Java service's test and its saved download, metrics-peloton's test, a
 * dashboard's demo_workout.csv), in kilometres for a metric account ("Avg. Speed (kph)", "Distance (km)", "Avg. Pace
 * (min/km)", as TestCsvMetric's "2020-12-15 21:18 (CET)" row and a saved download's rows have it), a row a workout,
 * oldest first; times "YYYY-MM-DD HH:MM" on the account's clock with a zone after in brackets, an abbreviation
 * ("(PST)", "(CET)") or an offset ("(-08)"), both in one file (demo_workout.csv's app workouts say "(PST)" beside its
 * rides' "(-07)", even in summer): hers "(+01)" and "(BST)", "(+00)" and "(GMT)" after the clocks go back on 25
 * October; "Live", "On Demand", or nothing for a Just Ride (its title "12 min 40 sec Just Ride", no instructor, no
 * class time); a scenic ride with no instructor and no class time; a distance class ("10 KM … Ride") whose length is
 * "None"; a title holding a comma, quoted; "Avg. Resistance" a percentage ("47%"); a ride begun and abandoned at once
 * (its output, watts, cadence, speed, distance and calories 0) before the same class again; a strength, yoga or
 * stretching class with only its calories and heart rate, a meditation with neither. No byte order mark; LF line
 * breaks. The running columns' form was not confirmed by a real row ("Avg. Incline" a number; "Avg. Pace" written
 * here "5:52", as one dashboard's reader parses it: another reads it as decimal minutes); Engram does not say them.
 * Hand-written by the developers in session 38 before Engram could read Peloton's CSV (the first run's figures are in
 * bench/README.md), with the questions she asks later, the words a right answer holds, and three nothing here answers.
 */
import { seeded } from "./seeded.js";
import type { Person, PersonFile } from "./types.js";

const random = seeded(3806);

/** The header of a metric account's workouts CSV. */
const HEADER =
  "Workout Timestamp,Live/On-Demand,Instructor Name,Length (minutes),Fitness Discipline,Type,Title,Class Timestamp,Total Output,Avg. Watts,Avg. Resistance,Avg. Cadence (RPM),Avg. Speed (kph),Distance (km),Calories Burned,Avg. Heartrate,Avg. Incline,Avg. Pace (min/km)";

/** A workout as she did it: its day and start on her clock ("06:30"), the class, and what the bike, the tread or her heart-rate strap measured. */
interface Workout {
  day: string;
  at: string;
  /** "Live", "On Demand", or "" for a Just Ride. */
  how: "Live" | "On Demand" | "";
  instructor: string;
  /** The class's length in minutes, "None" for a distance class. */
  length: number | "None";
  discipline: string;
  type: string;
  title: string;
  /** When the class aired ("2026-09-29 06:00"), "" for a scenic ride or a Just Ride. */
  aired: string;
  output?: number;
  resistance?: number;
  cadence?: number;
  speed?: number;
  km?: number;
  kcal?: number;
  hr?: number;
  incline?: number;
  pace?: string;
}

/** "2026-08-03" … "2026-11-01". */
const DAYS: string[] = [];
for (let t = Date.UTC(2026, 7, 3); t <= Date.UTC(2026, 10, 1); t += 86_400_000) DAYS.push(new Date(t).toISOString().slice(0, 10));

/** The day `n` days before `day`. */
function daysBefore(day: string, n: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
}

/** "HH:MM" of `minutes` after midnight. */
function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(Math.round(minutes) % 60).padStart(2, "0")}`;
}

/** A whole number in [from, to]. */
function between(from: number, to: number): number {
  return from + Math.floor(random() * (to - from + 1));
}

/** A heart rate averaged over a class: beats a minute in [from, to], to a hundredth as Peloton writes it. */
function heart(from: number, to: number): number {
  return between(from, to) + between(0, 99) / 100;
}

/** A ride's measures from its output (kJ) and length: watts, speed, distance, calories, as Peloton's rows relate them. */
function ride(output: number, minutes: number, hr: number | undefined, resistance = between(44, 52), cadence = between(76, 88)): Partial<Workout> {
  const watts = (output * 1000) / (minutes * 60);
  const speed = 31.61 + 0.0726 * (watts - 169);
  return { output, resistance, cadence, speed, km: (speed * minutes) / 60, kcal: Math.round(output * 1.05), hr };
}

/** A run's measures: distance (km) and minutes, output, calories and heart rate. */
function run(km: number, minutes: number, hr: number): Partial<Workout> {
  const speed = km / (minutes / 60);
  const pace = Math.round((minutes * 60) / km);
  return {
    output: Math.round(km * 56),
    speed,
    km,
    kcal: Math.round(km * 64),
    hr,
    incline: 1,
    pace: `${Math.floor(pace / 60)}:${String(pace % 60).padStart(2, "0")}`,
  };
}

/** The workouts of her key days, as the questions ask about them. */
const KEY: Workout[] = [
  // (her first 45-minute ride: its output stands until the 19th of September)
  {
    day: "2026-08-08",
    at: "07:30",
    how: "On Demand",
    instructor: "Denis Morton",
    length: 45,
    discipline: "Cycling",
    type: "Power Zone",
    title: "45 min Power Zone Ride",
    aired: "2026-08-04 06:00",
    ...ride(489, 45, 151),
  },
  {
    day: "2026-08-23",
    at: "18:10",
    how: "",
    instructor: "",
    length: 12,
    discipline: "Cycling",
    type: "",
    title: "12 min 40 sec Just Ride",
    aired: "",
    ...ride(131, 12.67, undefined),
  },
  {
    day: "2026-08-29",
    at: "17:05",
    how: "On Demand",
    instructor: "",
    length: "None",
    discipline: "Cycling",
    type: "Scenic Ride",
    title: "10 KM Lake District Ride",
    aired: "",
    output: 168,
    resistance: 45,
    cadence: 81,
    speed: 30.12,
    km: 10,
    kcal: 176,
  },
  {
    day: "2026-08-31",
    at: "09:40",
    how: "On Demand",
    instructor: "",
    length: 20,
    discipline: "Cycling",
    type: "Scenic Ride",
    title: "20 min Alaska Scenic Ride",
    aired: "",
    ...ride(221, 20, 139),
  },
  // (the bike lost her: begun and abandoned, then the same class again)
  {
    day: "2026-09-07",
    at: "06:31",
    how: "On Demand",
    instructor: "Leanne Hainsby",
    length: 30,
    discipline: "Cycling",
    type: "Music",
    title: "30 min 2000s Ride",
    aired: "2026-09-05 07:00",
    output: 0,
    resistance: 27,
    cadence: 0,
    speed: 0,
    km: 0,
    kcal: 0,
  },
  {
    day: "2026-09-07",
    at: "06:34",
    how: "On Demand",
    instructor: "Leanne Hainsby",
    length: 30,
    discipline: "Cycling",
    type: "Music",
    title: "30 min 2000s Ride",
    aired: "2026-09-05 07:00",
    ...ride(371, 30, 146),
  },
  {
    day: "2026-09-14",
    at: "06:30",
    how: "On Demand",
    instructor: "Leanne Hainsby",
    length: 30,
    discipline: "Cycling",
    type: "Music",
    title: "30 min Rock, Pop & Soul Ride",
    aired: "2026-09-12 07:00",
    ...ride(366, 30, 145),
  },
  // (her personal best for a 45-minute ride)
  {
    day: "2026-09-19",
    at: "07:30",
    how: "On Demand",
    instructor: "Denis Morton",
    length: 45,
    discipline: "Cycling",
    type: "Power Zone",
    title: "45 min Power Zone Endurance Ride",
    aired: "2026-09-15 06:00",
    ...ride(521, 45, 154),
  },
  // (her birthday)
  {
    day: "2026-09-26",
    at: "07:58",
    how: "Live",
    instructor: "Leanne Hainsby",
    length: 45,
    discipline: "Cycling",
    type: "Music",
    title: "45 min 80s Ride",
    aired: "2026-09-26 07:50",
    ...ride(498, 45, 155),
  },
  {
    day: "2026-09-26",
    at: "08:45",
    how: "On Demand",
    instructor: "Leanne Hainsby",
    length: 5,
    discipline: "Stretching",
    type: "Pre & Post-Ride Stretch",
    title: "5 min Post-Ride Stretch",
    aired: "2026-09-20 08:00",
    kcal: 16,
    hr: 104,
  },
  {
    day: "2026-10-03",
    at: "07:58",
    how: "Live",
    instructor: "Denis Morton",
    length: 45,
    discipline: "Cycling",
    type: "Power Zone",
    title: "45 min Power Zone Ride",
    aired: "2026-10-03 07:50",
    ...ride(503, 45, 152),
  },
  {
    day: "2026-10-06",
    at: "06:30",
    how: "On Demand",
    instructor: "Denis Morton",
    length: 30,
    discipline: "Cycling",
    type: "Climb",
    title: "30 min Climb Ride",
    aired: "2026-09-29 06:00",
    output: 412,
    resistance: 54,
    cadence: 74,
    speed: 36.42,
    km: 18.21,
    kcal: 402,
    hr: 148.3,
  },
  {
    day: "2026-10-08",
    at: "06:35",
    how: "On Demand",
    instructor: "Adrian Williams",
    length: 20,
    discipline: "Strength",
    type: "Full Body",
    title: "20 min Full Body Strength",
    aired: "2026-10-02 06:30",
    kcal: 186,
    hr: 124.6,
  },
  {
    day: "2026-10-10",
    at: "07:30",
    how: "On Demand",
    instructor: "Denis Morton",
    length: 45,
    discipline: "Cycling",
    type: "Power Zone",
    title: "45 min Power Zone Ride",
    aired: "2026-10-06 06:00",
    ...ride(497, 45, 150),
  },
  {
    day: "2026-10-11",
    at: "08:20",
    how: "On Demand",
    instructor: "Ross Rayburn",
    length: 30,
    discipline: "Yoga",
    type: "Flow",
    title: "30 min Yoga Flow",
    aired: "2026-10-07 12:00",
    kcal: 112,
    hr: 97.4,
  },
  {
    day: "2026-10-14",
    at: "06:15",
    how: "On Demand",
    instructor: "Becs Gentry",
    length: 30,
    discipline: "Running",
    type: "Intervals",
    title: "30 min HIIT Run",
    aired: "2026-10-12 07:00",
    ...run(5.64, 30, 158),
  },
  {
    day: "2026-10-18",
    at: "08:05",
    how: "On Demand",
    instructor: "Becs Gentry",
    length: 45,
    discipline: "Running",
    type: "Endurance",
    title: "45 min Endurance Run",
    aired: "2026-10-11 08:00",
    ...run(8.42, 45, 152),
  },
  {
    day: "2026-10-22",
    at: "06:35",
    how: "On Demand",
    instructor: "Andy Speer",
    length: 30,
    discipline: "Strength",
    type: "Upper Body",
    title: "30 min Upper Body Strength",
    aired: "2026-10-19 06:00",
    kcal: 214,
    hr: 121.8,
  },
  // (her last yoga)
  {
    day: "2026-10-30",
    at: "06:40",
    how: "On Demand",
    instructor: "Aditi Shah",
    length: 20,
    discipline: "Yoga",
    type: "Flow",
    title: "20 min Slow Flow",
    aired: "2026-10-27 12:00",
    kcal: 71,
    hr: 94.2,
  },
];

/** What she does on each day of the week her key days leave alone (0 Sunday), or null for a rest: a morning's class after the day's start. */
function usual(day: string, weekday: number): Workout[] {
  const start = 6 * 60 + 25 + between(0, 12);
  const base = { day, at: clock(start), how: "On Demand" as const, aired: `${daysBefore(day, between(2, 12))} 07:00` };
  switch (weekday) {
    case 1: {
      const minutes = 30;
      const ride1: Workout = {
        ...base,
        instructor: "Leanne Hainsby",
        length: minutes,
        discipline: "Cycling",
        type: "Music",
        title: ["30 min Pop Ride", "30 min 90s Ride", "30 min Britpop Ride", "30 min Disco Ride"][between(0, 3)]!,
        ...ride(between(330, 395), minutes, heart(140, 150)),
      };
      const stretch: Workout = {
        ...base,
        at: clock(start + minutes + 1),
        instructor: "Leanne Hainsby",
        length: 5,
        discipline: "Stretching",
        type: "Pre & Post-Ride Stretch",
        title: "5 min Post-Ride Stretch",
        kcal: between(12, 18),
        hr: heart(98, 110),
      };
      return random() < 0.6 ? [ride1, stretch] : [ride1];
    }
    case 2:
      return [
        {
          ...base,
          instructor: "Denis Morton",
          length: 30,
          discipline: "Cycling",
          type: random() < 0.5 ? "Climb" : "Power Zone",
          title: "",
          ...ride(between(340, 405), 30, heart(142, 152)),
        },
      ].map((w) => ({ ...w, title: w.type === "Climb" ? "30 min Climb Ride" : "30 min Power Zone Ride" }));
    case 3:
      return [
        {
          ...base,
          instructor: "Becs Gentry",
          length: 20,
          discipline: "Running",
          type: "Intervals",
          title: "20 min Intervals Run",
          ...run(3.3 + between(0, 30) / 100, 20, heart(150, 160)),
        },
      ];
    case 4:
      return [
        {
          ...base,
          instructor: "Adrian Williams",
          length: 20,
          discipline: "Strength",
          type: random() < 0.5 ? "Full Body" : "Lower Body",
          title: "",
          kcal: between(160, 200),
          hr: heart(116, 126),
        },
      ].map((w) => ({ ...w, title: `20 min ${w.type} Strength` }));
    case 5:
      return random() < 0.8
        ? [
            {
              ...base,
              instructor: "Aditi Shah",
              length: 20,
              discipline: "Yoga",
              type: "Flow",
              title: ["20 min Slow Flow", "20 min Morning Yoga Flow", "20 min Yoga Basics"][between(0, 2)]!,
              kcal: between(62, 84),
              hr: heart(90, 99),
            },
          ]
        : [];
    case 6:
      return [
        {
          ...base,
          at: clock(7 * 60 + 30),
          instructor: "Denis Morton",
          length: 45,
          discipline: "Cycling",
          type: "Power Zone",
          title: "45 min Power Zone Ride",
          ...ride(between(455, 486), 45, heart(148, 154)),
        },
      ];
    default: {
      if (random() < 0.25) return [];
      if (random() < 0.25)
        return [
          {
            ...base,
            at: clock(8 * 60 + 15),
            instructor: "Ross Rayburn",
            length: 30,
            discipline: "Yoga",
            type: "Flow",
            title: "30 min Sunday Yoga Flow",
            kcal: between(100, 118),
            hr: heart(92, 100),
          },
        ];
      const km = 5 + between(0, 150) / 100;
      return [
        {
          ...base,
          at: clock(8 * 60 + between(0, 20)),
          instructor: random() < 0.7 ? "Becs Gentry" : "Matty Maggiacomo",
          length: 30,
          discipline: "Running",
          type: "Endurance",
          title: "30 min Endurance Run",
          ...run(km, 30, heart(146, 154)),
        },
      ];
    }
  }
}

/** An evening's sleep meditation now and then (no calories, no heart rate: the strap is off). */
function evening(day: string): Workout[] {
  if (random() > 0.12) return [];
  return [
    {
      day,
      at: clock(21 * 60 + 40 + between(0, 15)),
      how: "On Demand",
      instructor: ["Aditi Shah", "Ross Rayburn", "Kirra Michel"][between(0, 2)]!,
      length: 5,
      discipline: "Meditation",
      type: "Relax & Sleep",
      title: "5 min Sleep Meditation",
      aired: `${daysBefore(day, between(10, 60))} 07:00`,
    },
  ];
}

/** Every workout, oldest first: her key days as written, the others as her week goes. */
const WORKOUTS: Workout[] = DAYS.flatMap((day) => {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  const keyed = KEY.filter((w) => w.day === day);
  // (a key day's class stands for the usual one of its kind; a Sunday's yoga or a Saturday's ride, the day's)
  const usualOnes = keyed.some((w) => w.at < "12:00" || weekday === 6 || weekday === 0) ? [] : usual(day, weekday);
  // (no yoga after her last, the 30th: the Sunday after it a run)
  const kept = usualOnes.filter((w) => !(w.discipline === "Yoga" && day > "2026-10-30"));
  return [...kept, ...keyed, ...evening(day)].sort((a, b) => (a.at < b.at ? -1 : 1));
});

/** Whether `day` is in British Summer Time (until 01:00 UTC on Sunday 25 October 2026). */
function summer(day: string): boolean {
  return day < "2026-10-25";
}

/**
 * A time as Peloton writes it: "2026-10-06 06:30 (+01)", the bike's and the tread's rows with an offset, the app's with an
 * abbreviation; a class's time with its workout's zone (`day`'s), as the public files have them ("2016-12-05 08:17 (PDT)").
 */
function stamp(dayAndTime: string, byApp: boolean, day = dayAndTime.slice(0, 10)): string {
  const zone = summer(day) ? (byApp ? "BST" : "+01") : byApp ? "GMT" : "+00";
  return `${dayAndTime} (${zone})`;
}

/** A cell as Peloton writes it: quoted when it holds a comma or a quote. */
function cell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A number to `places` decimals, or "" when not measured. */
function fixed(value: number | undefined, places: number): string {
  return value === undefined ? "" : value.toFixed(places);
}

/** A workout as a row of the CSV. */
function row(w: Workout): string {
  const byApp = w.discipline !== "Cycling" && w.discipline !== "Running";
  const watts =
    w.output !== undefined && typeof w.length === "number" && w.discipline === "Cycling" ? Math.round((w.output * 1000) / (w.length * 60)) : undefined;
  return [
    stamp(`${w.day} ${w.at}`, byApp),
    w.how,
    w.instructor,
    String(w.length),
    w.discipline,
    w.type,
    w.title,
    w.aired ? stamp(w.aired, byApp, w.day) : "",
    w.output === undefined ? "" : String(w.output),
    watts === undefined ? "" : String(w.output === 0 ? 0 : watts),
    w.resistance === undefined ? "" : `${w.resistance}%`,
    w.cadence === undefined ? "" : String(w.cadence),
    fixed(w.speed, 2),
    fixed(w.km, 2),
    w.kcal === undefined ? "" : String(w.kcal),
    fixed(w.hr, 2),
    fixed(w.incline, 1),
    w.pace ?? "",
  ]
    .map(cell)
    .join(",");
}

/** Her download, as the Peloton website saves it. */
const FILES: PersonFile[] = [
  {
    name: "HannahRidesBristol_workouts.csv",
    text: `${[HEADER, ...WORKOUTS.map(row)].join("\n")}\n`,
    mtime: Date.UTC(2026, 10, 2, 8, 41),
  },
];

/**
 * Questions she asks later, each with the words a right answer holds (all of them, any case), or null for a
 * question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When did I last do yoga?", expect: ["30 October"] },
  { question: "Which instructor's class did I take on my birthday?", expect: ["Leanne Hainsby"] },
  { question: "What's my personal best output for a 45-minute ride?", expect: ["521"] },
  { question: "How long was my ride on Tuesday 6 October?", expect: ["30-minute"] },
  { question: "What was my average heart rate in the Climb ride on Tuesday 6 October?", expect: ["148"] },
  { question: "When did I take a live class with Denis Morton?", expect: ["3 October"] },
  { question: "What was my output in the Power Zone ride on Saturday 10 October?", expect: ["497"] },
  { question: "How many calories did I burn in my strength class on Thursday 8 October?", expect: ["186"] },
  { question: "Who taught my strength class on Thursday 22 October?", expect: ["Andy Speer"] },
  { question: "Which instructor did I do yoga with on Sunday 11 October?", expect: ["Ross Rayburn"] },
  { question: "What time did I start my run on Wednesday 14 October?", expect: ["06:15"] },
  { question: "How far did I run on Sunday 18 October?", expect: ["8.4 km"] },
  { question: "What's my FTP on the bike?", expect: null },
  { question: "How much did my Peloton Bike+ cost?", expect: null },
  { question: "Where did I finish on the leaderboard in the live ride on Saturday 3 October?", expect: null },
];

/** The spinner: her Peloton workouts download imported on its own, asked on Monday 2 November 2026. */
export const spinner: Person = {
  name: "spinner",
  files: FILES,
  chat: [{ at: Date.UTC(2026, 8, 20, 19, 30), text: "It's my birthday next Saturday, 26 September! Dinner booked at Mowgli with the girls." }],
  askedAt: Date.UTC(2026, 10, 2, 9, 0),
  questions: QUESTIONS,
};
