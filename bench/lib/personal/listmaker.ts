/**
 * The list maker: Claire keeps her lists in Google Tasks, beside Gmail and Google Calendar (a task
 * made from an email keeps a link to it), and imports her Google Takeout, unzipped (`engram import
 * Takeout`): `Tasks/Tasks.json` as Takeout writes it, one JSON object `{ "kind" : "tasks#taskLists",
 * "items" : [ … ] }` pretty-printed as Google's Jackson writer does (`"key" : value`, arrays opened on
 * the line of their first object), each task list `{ kind: "tasks#tasks", id, title, updated, items:
 * [tasks] }`, each task `{ kind: "tasks#task", id, title, notes?, status: "needsAction" | "completed",
 * due? (RFC 3339, the day at midnight UTC: Google Tasks keeps no due time), updated, completed?,
 * deleted?, hidden? (completed, then cleared from the list), parent? (a sub-task's), position (20
 * digits), links? (the email a task was made from), selfLink, created }` (the Tasks API's task
 * resource, developers.google.com/tasks/reference/rest/v1/tasks; Takeout's file as importers of it
 * read it: n9v9/google-tasks-to-tasks-org, a Google Tasks → Evernote converter's sample task). Four
 * lists: "My Tasks" (the car insurance renewed, with its notes; a return made from a Zara email; a
 * completed task cleared from view; a dentist's check-up deleted), "Christmas" (a gift per person, a
 * bought one done, Secret Santa with notes, the cards to post by a day), "Home" (the boiler service
 * due 14 December with its notes, fence quotes with a sub-task, a done chore) and "Work" (a budget
 * review due 9 December with notes and two sub-tasks, one done; the train to Leeds booked). Beside
 * them, a Google Keep note of the same Takeout (`Keep/Wifi.json`, its `.html` copy) and Takeout's
 * `archive_browser.html`. Hand-written by the developers while trying Engram as its users would, in
 * session 32, before Engram could read Google Tasks (the first run's figures are in bench/README.md).
 * With it, the questions such a person asks later and the words a right answer holds, and questions
 * nothing here answers.
 */
import type { Person } from "./types.js";

/**
 * `value` as Google Takeout's JSON writer prints it (Jackson's default pretty printer): an object's
 * members a line each, indented two spaces, `"key" : value`; an array on the line of its first item,
 * `[ a, b ]`, an object in it opened there (`[ {`), `[ ]` and `{ }` when empty.
 */
function takeoutJson(value: unknown, indent = ""): string {
  if (Array.isArray(value)) return value.length ? `[ ${value.map((v) => takeoutJson(v, indent)).join(", ")} ]` : "[ ]";
  if (value && typeof value === "object") {
    const inner = `${indent}  `;
    const members = Object.entries(value).filter(([, v]) => v !== undefined);
    if (!members.length) return "{ }";
    return `{\n${members.map(([k, v]) => `${inner}${JSON.stringify(k)} : ${takeoutJson(v, inner)}`).join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** A task list's id, as Google Tasks gives one (base64 of its numbers). */
const LISTS = {
  mine: "MTM0NjA4ODE5NzY1NDQ1MjM4NjE6MDow",
  christmas: "MTM0NjA4ODE5NzY1NDQ1MjM4NjE6NzI2MzE4NDA1OjA",
  home: "MTM0NjA4ODE5NzY1NDQ1MjM4NjE6MTE4MzkwNDI3OjA",
  work: "MTM0NjA4ODE5NzY1NDQ1MjM4NjE6OTk0MDI3MzE2OjA",
};

/** What a task of this person's holds besides its list, id and title (times ISO, UTC). */
interface TaskFields {
  notes?: string;
  done?: string;
  due?: string;
  updated: string;
  created: string;
  parent?: string;
  position: string;
  links?: Array<{ type: string; description: string; link: string }>;
  deleted?: boolean;
  hidden?: boolean;
}

/** A task as Takeout writes it, its members in the order it writes them. */
function task(list: string, id: string, title: string, f: TaskFields): Record<string, unknown> {
  return {
    kind: "tasks#task",
    id,
    title,
    notes: f.notes,
    status: f.done ? "completed" : "needsAction",
    due: f.due && `${f.due}T00:00:00.000Z`,
    updated: f.updated,
    completed: f.done,
    deleted: f.deleted,
    hidden: f.hidden,
    parent: f.parent,
    position: f.position,
    links: f.links,
    selfLink: `https://www.googleapis.com/tasks/v1/lists/${list}/tasks/${id}`,
    created: f.created,
  };
}

/** A task list as Takeout writes it: its title, when it was last updated, its tasks. */
function list(id: string, title: string, updated: string, tasks: Array<Record<string, unknown>>): Record<string, unknown> {
  return { kind: "tasks#tasks", id, title, updated, items: tasks };
}

const BUDGET = "X3ZqTk1iQ2Zkd0R0dFlXbg";
const FENCE = "bGh0c2xLR0JxZHBSTmZ5Ug";

const TASKS = {
  kind: "tasks#taskLists",
  items: [
    list(LISTS.mine, "My Tasks", "2026-11-30T09:12:44.318Z", [
      task(LISTS.mine, "T1pjZ0hWNWlQeVhtQnV0Yw", "Renew car insurance", {
        notes: "Went with Admiral in the end, £412 for the year. New policy starts 28 November.",
        due: "2026-11-27",
        done: "2026-11-21T19:40:02.000Z",
        updated: "2026-11-21T19:40:02.000Z",
        created: "2026-11-02T08:15:37.000Z",
        position: "00000000000000000000",
      }),
      task(LISTS.mine, "Y2JUdlRwR0pmVE9hV2REeQ", "Return the wool coat to Zara", {
        notes: "Free return at the Cabot Circus store, receipt is in the email",
        due: "2026-12-07",
        updated: "2026-11-30T09:12:44.318Z",
        created: "2026-11-30T09:12:40.000Z",
        position: "00000000000000000001",
        links: [{ type: "email", description: "Your Zara order has been delivered", link: "https://mail.google.com/mail/#all/19b2c4e81f07a3d5" }],
      }),
      task(LISTS.mine, "VnBUMnZXcXhKSkZmUWpHWA", "Call the GP about the flu jab", {
        done: "2026-10-19T12:05:51.000Z",
        updated: "2026-10-28T20:01:13.000Z",
        created: "2026-10-14T07:58:20.000Z",
        position: "00000000000000000002",
        hidden: true,
      }),
      task(LISTS.mine, "Rm5Hd0x5VkZtQjFYdkZmNA", "Dentist check-up", {
        notes: "Dr Okafor, 10:40",
        due: "2026-12-08",
        updated: "2026-11-25T17:30:09.000Z",
        created: "2026-11-10T13:22:05.000Z",
        position: "00000000000000000003",
        deleted: true,
      }),
    ]),
    list(LISTS.christmas, "Christmas", "2026-12-01T21:47:30.905Z", [
      task(LISTS.christmas, "a0JtOU5uV0NSdWZQa3dYZQ", "Dad – Barbour flat cap (size L)", {
        updated: "2026-11-22T21:03:11.000Z",
        created: "2026-11-22T21:03:11.000Z",
        position: "00000000000000000000",
      }),
      task(LISTS.christmas, "cUx4Y0ZQR3hUWm9Od2VKRA", "Mum – Jo Malone Lime, Basil & Mandarin candle", {
        done: "2026-11-28T15:20:44.000Z",
        updated: "2026-11-28T15:20:44.000Z",
        created: "2026-11-22T21:04:02.000Z",
        position: "00000000000000000001",
      }),
      task(LISTS.christmas, "SEpmR0JxWmVUZnhxS3dNVg", "Ellie – Lego Wildflower Bouquet", {
        notes: "Argos had it for £39.99",
        updated: "2026-11-24T08:41:56.000Z",
        created: "2026-11-22T21:05:30.000Z",
        position: "00000000000000000002",
      }),
      task(LISTS.christmas, "d0VrT3lKdFF2ZlJxTnBYbQ", "Secret Santa for Priya", {
        notes: "£15 limit. She likes gin – maybe the Whitley Neill rhubarb and ginger",
        due: "2026-12-18",
        updated: "2026-12-01T21:47:30.905Z",
        created: "2026-11-26T12:10:03.000Z",
        position: "00000000000000000003",
      }),
      task(LISTS.christmas, "Wk1xQnJ6dkR3R1RWa0tjYQ", "Post cards to Auntie Jan in Perth", {
        due: "2026-12-04",
        updated: "2026-11-22T21:07:45.000Z",
        created: "2026-11-22T21:07:45.000Z",
        position: "00000000000000000004",
      }),
    ]),
    list(LISTS.home, "Home", "2026-12-02T18:25:17.440Z", [
      task(LISTS.home, "TkZxR3ZkV0JrZXBQWnRyYg", "Boiler service", {
        notes: "British Gas, engineer comes between 8am and 1pm. Ref BG4471902",
        due: "2026-12-14",
        updated: "2026-12-02T18:25:17.440Z",
        created: "2026-11-18T19:33:48.000Z",
        position: "00000000000000000000",
      }),
      task(LISTS.home, FENCE, "Get quotes for the fence", {
        notes: "Two panels came down in the storm. Jack's Fencing quoted £640",
        updated: "2026-11-29T11:02:36.000Z",
        created: "2026-11-16T10:47:12.000Z",
        position: "00000000000000000001",
      }),
      task(LISTS.home, "Q2t5VHBlSlFaYk1Nd0hsUA", "Ring Hendry & Sons back for their quote", {
        updated: "2026-11-29T11:03:01.000Z",
        created: "2026-11-29T11:03:01.000Z",
        parent: FENCE,
        position: "00000000000000000000",
      }),
      task(LISTS.home, "ZkNQeUd2TmhLd0RzSmF4eQ", "Bleed the radiators", {
        done: "2026-11-15T14:36:20.000Z",
        updated: "2026-11-15T14:36:20.000Z",
        created: "2026-11-08T09:00:41.000Z",
        position: "00000000000000000002",
      }),
    ]),
    list(LISTS.work, "Work", "2026-12-03T08:52:09.117Z", [
      task(LISTS.work, BUDGET, "Q1 budget review", {
        notes: "Send the draft to Martin before the leadership meeting. Use the new FY27 template.",
        due: "2026-12-09",
        updated: "2026-12-03T08:52:09.117Z",
        created: "2026-11-23T09:14:55.000Z",
        position: "00000000000000000000",
      }),
      task(LISTS.work, "bUpYcVpPa0ZHRnp0U3hXaw", "Get headcount numbers from Sophie in HR", {
        updated: "2026-11-23T09:16:20.000Z",
        created: "2026-11-23T09:16:20.000Z",
        parent: BUDGET,
        position: "00000000000000000000",
      }),
      task(LISTS.work, "eHZGcFJMa2JqV1RkVW9nQw", "Update Q4 travel spend", {
        done: "2026-12-03T08:52:09.117Z",
        updated: "2026-12-03T08:52:09.117Z",
        created: "2026-11-23T09:16:48.000Z",
        parent: BUDGET,
        position: "00000000000000000001",
      }),
      task(LISTS.work, "U1hQcWJWbkd0aEZ5cEJ6Ug", "Book train to Leeds for the offsite", {
        notes: "LNER 07:03 from King's Cross on 10 December, coach C seat 42",
        done: "2026-11-26T16:29:38.000Z",
        updated: "2026-11-26T16:29:38.000Z",
        created: "2026-11-20T11:40:19.000Z",
        position: "00000000000000000001",
      }),
      task(LISTS.work, "TGJKd0ZyR3NwVnFxRHRaeA", "Submit November expenses", {
        due: "2026-12-04",
        updated: "2026-11-30T08:05:33.000Z",
        created: "2026-11-30T08:05:33.000Z",
        position: "00000000000000000002",
      }),
    ]),
  ],
};

/** Microseconds since the epoch, as Keep writes its times. */
const usec = (iso: string) => Date.parse(iso) * 1000;

const FILES: Person["files"] = [
  {
    name: "Takeout/archive_browser.html",
    text: "<!DOCTYPE html><html><head><title>Archive overview</title></head><body><h1>Your Google data</h1></body></html>",
  },
  { name: "Takeout/Tasks/Tasks.json", text: takeoutJson(TASKS) },
  {
    name: "Takeout/Keep/Wifi.json",
    text: JSON.stringify({
      color: "DEFAULT",
      isTrashed: false,
      isPinned: true,
      isArchived: false,
      textContent: "Network: BT-Hub-7QX2\nPassword: harbour-lantern-61",
      title: "Wifi",
      userEditedTimestampUsec: usec("2026-09-12T18:30:00Z"),
      createdTimestampUsec: usec("2026-09-12T18:30:00Z"),
    }),
  },
  { name: "Takeout/Keep/Wifi.html", text: '<html><body><div class="title">Wifi</div><div class="content">Network: BT-Hub-7QX2</div></body></html>' },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What am I getting Dad for Christmas?", expect: ["flat cap"] },
  { question: "What am I getting Ellie for Christmas?", expect: ["Wildflower"] },
  { question: "What's the limit for Secret Santa?", expect: ["15"] },
  { question: "When is the boiler service due?", expect: ["14 December"] },
  { question: "Who is doing the boiler service?", expect: ["British Gas"] },
  { question: "Did I renew the car insurance?", expect: ["car insurance", "done"] },
  { question: "How much was the car insurance?", expect: ["412"] },
  { question: "How much did Jack's Fencing quote?", expect: ["640"] },
  { question: "When is the Q1 budget review due?", expect: ["9 December"] },
  { question: "Who do I need to get headcount numbers from?", expect: ["Sophie"] },
  { question: "What time is my train to Leeds?", expect: ["07:03"] },
  { question: "What's the wifi password?", expect: ["harbour-lantern-61"] },
  { question: "When is my dentist appointment?", expect: null },
  { question: "What am I getting Tom for Christmas?", expect: null },
  { question: "How much does the boiler service cost?", expect: null },
];

/** Claire: her Google Takeout (Tasks and Keep), unzipped and imported as one folder, asked on Thursday 3 December 2026. */
export const listmaker: Person = {
  name: "listmaker",
  files: FILES,
  folder: "Takeout",
  askedAt: Date.UTC(2026, 11, 3, 20, 0),
  questions: QUESTIONS,
};
