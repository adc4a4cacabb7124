/**
 * The slacker: Jordan, an engineer whose work happens in Slack, imports the workspace's export as a
 * workspace admin downloads it, unzipped (`engram import "Fernway Slack export Nov 2026"`):
 * `users.json`, `channels.json`, and a folder per channel with a file per day, each a JSON array of
 * messages with Slack's markup (`<@U02>` mentions, `<#C03|launch>` channel links, `<url|label>` links,
 * `&amp;`, `:pizza:` emoji codes), a join notice, a bot's post and a thread's reply. Jordan is the user
 * (`--me "Jordan Lee"`). Hand-written by the developers while trying Engram as its users would, in
 * session 30, before Engram could read it (the first run's figures are in bench/README.md). With it,
 * the questions such a person asks later and the words a right answer holds, and questions nothing
 * here answers.
 */
import type { Person, PersonFile } from "./types.js";

const USERS = [
  { id: "U01PRIYA", name: "priya", real_name: "Priya Shah", profile: { real_name: "Priya Shah", display_name: "Priya" } },
  { id: "U02JORDAN", name: "jordan", real_name: "Jordan Lee", profile: { real_name: "Jordan Lee", display_name: "Jordan" } },
  { id: "U03MARCUS", name: "marcus", real_name: "Marcus Webb", profile: { real_name: "Marcus Webb", display_name: "Marcus" } },
  { id: "U04SAM", name: "sam", real_name: "Sam Okoro", profile: { real_name: "Sam Okoro", display_name: "Sam" } },
];

/** A message as Slack's export writes it: its author's id and profile, its text, its time in seconds with microseconds. */
function message(at: string, user: (typeof USERS)[number], text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = `${Date.parse(at) / 1000}.000100`;
  return {
    client_msg_id: `${user.id}-${at}`,
    type: "message",
    text,
    user: user.id,
    ts,
    team: "T0FERNWAY",
    user_team: "T0FERNWAY",
    source_team: "T0FERNWAY",
    user_profile: { real_name: user.real_name, display_name: user.profile.display_name, name: user.name, is_restricted: false },
    ...extra,
  };
}

const [PRIYA, JORDAN, MARCUS, SAM] = USERS as [(typeof USERS)[0], (typeof USERS)[0], (typeof USERS)[0], (typeof USERS)[0]];

const DAYS: Record<string, Array<Record<string, unknown>>> = {
  "launch/2026-11-16.json": [
    message("2026-11-16T09:30:00Z", PRIYA, "Launch of v2.4 moved to Thursday 26 November, 10:00 UK. <@U02JORDAN> can you own the release notes?"),
    message("2026-11-16T09:34:00Z", JORDAN, "Yep, I'll have the release notes draft in <#C03LAUNCH|launch> by Monday"),
    message("2026-11-16T09:40:00Z", MARCUS, "Staging is <https://staging.fernway.example|here>. Code freeze starts Wednesday 25th at 17:00 :snowflake:"),
    {
      type: "message",
      subtype: "channel_join",
      ts: `${Date.parse("2026-11-16T10:02:00Z") / 1000}.000200`,
      user: "U04SAM",
      text: "<@U04SAM> has joined the channel",
    },
    {
      type: "message",
      subtype: "bot_message",
      ts: `${Date.parse("2026-11-16T11:15:00Z") / 1000}.000300`,
      bot_id: "B0GITHUB",
      username: "GitHub",
      text: "PR #482 merged into main",
    },
  ],
  "general/2026-11-17.json": [
    message("2026-11-17T08:05:00Z", PRIYA, "Reminder: office closed Friday 20 November for the electrical inspection &amp; fire alarm test"),
    message("2026-11-17T08:20:00Z", SAM, "Lunch &amp; learn on Rust next Tuesday at 12:30 in the Blue Room, pizza provided :pizza:"),
    message("2026-11-17T08:22:00Z", JORDAN, "Count me in :raised_hands:"),
  ],
  "random/2026-11-18.json": [
    message("2026-11-18T13:10:00Z", MARCUS, "Anyone lost a black Patagonia jacket? It's on the hook by reception"),
    message("2026-11-18T13:12:00Z", JORDAN, "That's mine! Thanks, grabbing it now"),
  ],
  "launch/2026-11-19.json": [
    message("2026-11-19T10:00:00Z", PRIYA, "Customer webinar for v2.4 is on 3 December at 16:00, <@U04SAM> is presenting", {
      thread_ts: `${Date.parse("2026-11-19T10:00:00Z") / 1000}.000100`,
      reply_count: 1,
    }),
    message("2026-11-19T10:06:00Z", SAM, "I'll need the demo account reset by 2 December", {
      thread_ts: `${Date.parse("2026-11-19T10:00:00Z") / 1000}.000100`,
      parent_user_id: "U01PRIYA",
    }),
  ],
};

const CHANNELS = [
  { id: "C01GENERAL", name: "general", created: 1_600_000_000, creator: "U01PRIYA", is_general: true, members: USERS.map((u) => u.id) },
  { id: "C02RANDOM", name: "random", created: 1_600_000_000, creator: "U01PRIYA", is_general: false, members: USERS.map((u) => u.id) },
  { id: "C03LAUNCH", name: "launch", created: 1_700_000_000, creator: "U01PRIYA", is_general: false, members: USERS.map((u) => u.id) },
];

/** The export's folder: its users, its channels and each channel's days. */
const FOLDER = "Fernway Slack export Nov 2026";

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When is the v2.4 launch?", expect: ["26 November"] },
  { question: "What am I doing for the v2.4 launch?", expect: ["release notes"] },
  { question: "When does the code freeze start?", expect: ["25", "17:00"] },
  { question: "Why is the office closed on Friday?", expect: ["inspection"] },
  { question: "When is the Rust lunch and learn?", expect: ["24 November", "12:30"] },
  { question: "Where is the Rust lunch and learn?", expect: ["Blue Room"] },
  { question: "Where is my Patagonia jacket?", expect: ["reception"] },
  { question: "Who is presenting the customer webinar?", expect: ["Sam"] },
  { question: "When is the customer webinar?", expect: ["3 December", "16:00"] },
  { question: "When does the demo account need resetting?", expect: ["2 December"] },
  { question: "When is the v2.5 launch?", expect: null },
  { question: "What is the office Wi-Fi password?", expect: null },
  { question: "Who won the hackathon?", expect: null },
];

/** Jordan: the Slack workspace's export, unzipped, imported as a folder `--me "Jordan Lee"`, asked on Thursday 19 November 2026. */
export const slacker: Person = {
  name: "slacker",
  files: [
    { name: `${FOLDER}/users.json`, text: JSON.stringify(USERS, null, 4) },
    { name: `${FOLDER}/channels.json`, text: JSON.stringify(CHANNELS, null, 4) },
    ...Object.entries(DAYS).map(([path, messages]): PersonFile => ({ name: `${FOLDER}/${path}`, text: JSON.stringify(messages, null, 4) })),
  ],
  folder: FOLDER,
  me: "Jordan Lee",
  askedAt: Date.UTC(2026, 10, 19, 18, 0),
  questions: QUESTIONS,
};
