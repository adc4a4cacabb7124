/**
 * The discorder: Jamie Osei, a second-year Computer Science student at the University of Manchester who
 * works shifts at a café, talks on Discord: a board-game group's server (Meeple Meetup MCR: #general and
 * #game-night), the university's coding club (UoM Code Club: #projects and a thread for the hackathon
 * team), DMs with Sam (a friend from the board-game group), Marcus (a colleague at the café) and Tom (the
 * club's president), and a group DM with Sam and Priya. On 24 November 2026 Jamie asks Discord for a copy
 * of the data (User Settings → Data & Privacy → Request all of my Data), gets `package.zip`, unzips it and
 * imports the folder (`engram import package`). The package holds only what Jamie sent, never what the
 * others said. The files are as Discord writes them:
 * - `messages/index.json`: `{ "<channel id>": "Direct Message with sam_k#0" | "general in Meeple Meetup
 *   MCR" | null, … }` on one line;
 * - `messages/c<channel id>/channel.json`: `{"id": "…", "type": 1, "recipients": ["<id>", "<id>"]}` for a DM,
 *   `"type": 3` with `"name"` (null when the group has none) for a group DM, `"type": 0` with `"name"` and
 *   `"guild": {"id", "name"}` for a server's channel, `"type": 11` for a thread;
 * - `messages/c<channel id>/messages.json`: a JSON array, newest first, one message a line, `{"ID": <the
 *   message's snowflake, a bare 19-digit number>, "Timestamp": "2026-10-24 18:05:12" (UTC), "Contents":
 *   "…", "Attachments": "https://cdn.discordapp.com/attachments/…" or ""}`; mentions as Discord stores
 *   them, `<@623401987765432101>`, a channel's `<#…>`, a custom emoji's `<:meeple:…>`, a time's `<t:…:F>`;
 *   a photo posted with no words has "Contents": "";
 * - `account/user.json`: the account (`id`, `username`, `global_name`, …), its `relationships` (each friend's
 *   `id`, `nickname` and `user`: `username`, `global_name`), its settings, connections and payments;
 *   `account/avatar.png`;
 * - `activity/analytics/`, `activity/reporting/`, `activity/tns/` (`events-2026-00000-of-00001.json`,
 *   one JSON event a line: Discord's analytics, gigabytes in a real package), `servers/index.json`,
 *   `servers/<guild id>/guild.json` and `audit-log.json`, and `README.txt`.
 * Checked against public code (a real package committed by its owner to a public repository: its
 * README.txt, `messages/c…/channel.json` of types 0 and 3, messages.json with bare numeric IDs and UTC
 * times, newest first; a library that reads packages, older `messages.csv` and times with an offset,
 * "2020-08-25 22:54:05.726000+00:00"; a schema document of 2025's package, with capitalised folders,
 * `Messages/`, `Account/`, and channel types as words, "DM", "GUILD_TEXT"; importers' tests of
 * index.json's "Direct Message with bob#0" and DM channels `{"type": 1, "recipients": [...]}`).
 * Hand-written by the developers while trying Engram as its users would, in session 35, before Engram
 * could read Discord's own package (the first run's figures are in bench/README.md). With it, the
 * questions such a person asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** The unzipped package, as unzipping `package.zip` names it. */
const FOLDER = "package";
/** When the package was made (its files' modification time): Tuesday 24 November 2026. */
const MADE = Date.UTC(2026, 10, 24, 6, 12, 40);

const JAMIE = "458213907746316288";
const SAM = "623401987765432101";
const MARCUS = "889912345670011223";
const PRIYA = "701122334455667788";
const ELLIE = "934410276635521034";
const TOM = "1011223344556677889";

/** Discord's epoch (1 January 2015), from which a snowflake counts its milliseconds. */
const DISCORD_EPOCH = 1420070400000n;

/** A snowflake for a thing made at `at` ("2026-10-24 18:05:12", UTC), its low bits `n`: as Discord makes ids. */
function snowflake(at: string, n: number): string {
  const ms = BigInt(Date.parse(`${at.replace(" ", "T")}Z`));
  return (((ms - DISCORD_EPOCH) << 22n) + BigInt(n)).toString();
}

/** A message Jamie sent: when (UTC, as the package writes it), its words and its attachment's link ("" for none). */
type Sent = [at: string, contents: string, attachments?: string];

/** A channel's messages.json as Discord writes it: newest first, one message a line, its ID a bare number. */
function messagesJson(sent: Sent[]): string {
  const lines = sent.map(
    ([at, contents, attachments = ""], i) =>
      `{"ID": ${snowflake(at, 4096 + i * 17)}, "Timestamp": ${JSON.stringify(at)}, "Contents": ${JSON.stringify(contents)}, "Attachments": ${JSON.stringify(attachments)}}`,
  );
  return `[\n${lines.reverse().join(",\n")}\n]`;
}

/** A JSON value on one line as Discord's package writes it (Python's separators ", " and ": "). */
function oneLine(value: unknown): string {
  return JSON.stringify(value)
    .replace(/","/g, '", "')
    .replace(/":(?=["{[\dnft-])/g, '": ')
    .replace(/,(?=[{"\d[nft-])/g, ", ");
}

const MEEPLE = { id: "1150032457891020800", name: "Meeple Meetup MCR" };
const CODE_CLUB = { id: "1206611895544012800", name: "UoM Code Club" };

/** A channel of the package: its id, its channel.json, its name in index.json and the messages Jamie sent in it. */
interface Channel {
  id: string;
  info: Record<string, unknown>;
  indexed: string | null;
  sent: Sent[];
}

const CHANNELS: Channel[] = [
  {
    id: "1164781209960771594",
    info: { id: "1164781209960771594", type: 0, name: "game-night", guild: MEEPLE },
    indexed: "game-night in Meeple Meetup MCR",
    sent: [
      ["2026-10-24 18:05:12", "Next game night is Saturday 14 November at mine, 42 Wilmslow Road flat 7, from 6:30pm <:meeple:1150040012345678901>"],
      ["2026-10-24 18:07:40", `I'm bringing Wingspan and Cascadia, <@${ELLIE}> said she'd bring Root`],
      ["2026-10-24 18:09:02", "", "https://cdn.discordapp.com/attachments/1164781209960771594/1431011223344556677/shelf.jpg?ex=6740a1b2&is=673f5032&hm=9f2c"],
      ["2026-10-24 18:10:31", "Bring snacks, I'll sort drinks. Tell me by Thursday if you're coming so I know how many chairs to borrow"],
      ["2026-11-15 10:12:55", "Thanks for coming last night! Final scores for Wingspan: Priya 94, me 87, Sam 71. Rematch in December"],
      ["2026-11-15 10:15:20", "Whoever left a grey North Face beanie at mine, it's on my shoe rack"],
    ],
  },
  {
    id: "1150032457891020803",
    info: { id: "1150032457891020803", type: 0, name: "general", guild: MEEPLE },
    indexed: "general in Meeple Meetup MCR",
    sent: [
      ["2026-10-02 20:41:09", "Has anyone played Ark Nova? Thinking of asking for it for Christmas"],
      ["2026-10-24 18:12:44", "@everyone game night details are up in <#1164781209960771594>"],
    ],
  },
  {
    id: "1207744012345678901",
    info: { id: "1207744012345678901", type: 0, name: "projects", guild: CODE_CLUB },
    indexed: "projects in UoM Code Club",
    sent: [
      ["2026-10-28 21:14:03", "Pushed my Discord dice bot to github.com/jamieosei/rollcall, it's TypeScript + discord.js, PRs welcome"],
      ["2026-10-28 21:15:47", "If you want to try it, the command is /roll 2d6+3"],
      ["2026-11-05 17:30:26", `Rollcall has initiative tracking for D&D now, thanks <@${PRIYA}> for the PR!`],
    ],
  },
  {
    id: "1436120033445566778",
    info: { id: "1436120033445566778", type: 11, name: "hackathon-team", guild: CODE_CLUB },
    indexed: "hackathon-team in UoM Code Club",
    sent: [
      ["2026-11-12 19:02:18", `Team name is Null Pointers, I've registered us: me, <@${PRIYA}>, <@${SAM}> and <@${TOM}>`],
      ["2026-11-12 19:05:51", "Our idea: an app that shows which campus study spaces are free, using the library's occupancy API"],
      ["2026-11-12 19:06:30", "Hacking starts <t:1795251600:F>, bring a laptop charger"],
      ["2026-11-22 18:47:09", "We came second!! £200 of Amazon vouchers, so £50 each"],
    ],
  },
  {
    id: "1080443399281737748",
    info: { id: "1080443399281737748", type: 1, recipients: [JAMIE, SAM] },
    indexed: "Direct Message with sam_k#0",
    sent: [
      ["2026-10-19 12:31:40", "I've still got your Terraforming Mars from September, sorry!! I'll bring it back to game night on the 14th"],
      ["2026-11-02 09:48:15", "Are you coming to the hackathon? It's 21-22 November at the Kilburn Building"],
      ["2026-11-14 23:40:02", "Terraforming Mars is back on your shelf, and I found the missing ocean tile under my sofa"],
    ],
  },
  {
    id: "1299002847561230336",
    info: { id: "1299002847561230336", type: 1, recipients: [MARCUS, JAMIE] },
    indexed: "Direct Message with marcusb#0",
    sent: [
      [
        "2026-11-09 16:20:33",
        "Hey, any chance you could swap shifts with me? I've got the hackathon on Saturday 21st. Could you take my 8am opening that day and I'll do your Thursday 26th close?",
      ],
      ["2026-11-09 16:52:10", "Legend, thank you!! I'll tell Dana so she can update the rota"],
    ],
  },
  {
    id: "1386557210022334455",
    info: { id: "1386557210022334455", type: 1, recipients: [JAMIE, TOM] },
    indexed: "Direct Message with tom.h#0",
    sent: [["2026-11-03 13:02:47", "I've booked room 2.15 in Kilburn for the Advent of Code kickoff on Tuesday 1 December, 6pm"]],
  },
  {
    id: "1410098877665544332",
    info: { id: "1410098877665544332", type: 3, name: null, recipients: [JAMIE, SAM, PRIYA], icon_hash: null },
    indexed: null,
    sent: [["2026-11-18 20:20:20", "Flat Christmas dinner is Saturday 12 December at mine, I'm doing a nut roast. Can someone bring crackers?"]],
  },
];

/** A friend as user.json's `relationships` lists one. */
function friend(id: string, username: string, globalName: string | null, since: string): Record<string, unknown> {
  return {
    id,
    type: 1,
    nickname: null,
    user: { id, username, avatar: null, avatar_decoration_data: null, discriminator: "0", global_name: globalName, public_flags: 0 },
    since,
  };
}

const USER = {
  id: JAMIE,
  username: "jamieosei",
  discriminator: "0",
  global_name: "Jamie",
  email: "jamie.osei@student.manchester.ac.uk",
  verified: true,
  avatar_hash: "a1f03c9e2b7d4e5f8a6b0c1d2e3f4a5b",
  has_mobile: true,
  needs_email_verification: false,
  premium_until: null,
  flags: 0,
  phone: null,
  temp_banned_until: null,
  ip: "82.132.45.17",
  settings: { locale: "en-GB", show_current_game: true, theme: "dark", developer_mode: true, timezone_offset: 0, guild_positions: [MEEPLE.id, CODE_CLUB.id] },
  connections: [{ type: "github", id: "51234987", name: "jamieosei", revoked: false, visibility: 1, friend_sync: false, show_activity: true, verified: true }],
  external_friends_lists: [],
  friend_suggestions: [],
  mfa_sessions: [],
  relationships: [
    friend(SAM, "sam_k", "Sam", "2023-09-30T19:12:44.318000+00:00"),
    friend(MARCUS, "marcusb", "Marcus", "2025-06-11T08:03:20.004000+00:00"),
    friend(PRIYA, "priya.codes", "Priya", "2025-10-01T17:45:09.912000+00:00"),
    friend(ELLIE, "ellie_plays", "Ellie", "2026-02-07T21:30:00.120000+00:00"),
  ],
  payments: [],
  payment_sources: [],
  user_activity_application_statistics: [{ application_id: "356875570916753438", last_played_at: "2026-11-20T22:14:03+00:00", total_duration: 18230 }],
  notes: {},
};

/** Discord's analytics events, one JSON object a line (a real package's are gigabytes; never read). */
function events(kind: string): string {
  const at = ["2026-11-20T18:20:11.412Z", "2026-11-20T18:20:14.007Z", "2026-11-21T08:02:51.330Z"];
  return at
    .map((t, i) =>
      JSON.stringify({
        event_type: i === 1 ? "send_message" : "app_opened",
        event_id: `AQEA${kind}${i}Zx9k`,
        user_id: JAMIE,
        channel_id: i === 1 ? "1436120033445566778" : null,
        os: "Linux",
        client_version: "0.0.112",
        timestamp: `"${t}"`,
      }),
    )
    .join("\n");
}

/** A 1×1 PNG: the account's avatar. */
const AVATAR = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"));

const README = `Welcome to your Discord Data Package!

Inside, you'll find a few JSON (JavaScript Object Notation) files
of the data we use to provide Discord's service to you. We've chosen this format for ease of
processing.

You should see the following folders in your data package (though some may be missing
if you have no data of that type):

- Account: Contains your avatar and some additional account information
- Activity: Contains folders with information about the actions you've taken on Discord
- Messages: Contains folders for each channel you've sent messages in, along with some information
about those channels (note: manually-deleted messages are not stored in Discord and therefore won't
be included in your Data package)
- Servers: Contains folders for each server you were a member of at the time of your data request.

All the best,
Discord Team
`;

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When was the board game night at my place?", expect: ["14 November"] },
  { question: "Which games did I bring to game night?", expect: ["Wingspan"] },
  { question: "Who won Wingspan at game night?", expect: ["Priya"] },
  { question: "Where is the beanie someone left at mine?", expect: ["shoe rack"] },
  { question: "What is my GitHub repo for the dice bot called?", expect: ["rollcall"] },
  { question: "Whose Terraforming Mars did I borrow?", expect: ["Sam"] },
  { question: "Who is taking my Saturday opening shift?", expect: ["Marcus"] },
  { question: "Which shift am I doing for Marcus in return?", expect: ["26"] },
  { question: "What is our hackathon team called?", expect: ["Null Pointers"] },
  { question: "Where did we place at the hackathon?", expect: ["second"] },
  { question: "Which room did I book for the Advent of Code kickoff?", expect: ["2.15"] },
  { question: "What am I cooking for the flat Christmas dinner?", expect: ["nut roast"] },
  { question: "What is Marcus's phone number?", expect: null },
  { question: "How much did I pay for Wingspan?", expect: null },
  { question: "Which company sponsored the hackathon?", expect: null },
];

/** Jamie: the Discord data package, unzipped and imported as one folder, asked on Wednesday 25 November 2026. */
export const discorder: Person = {
  name: "discorder",
  files: [
    { name: `${FOLDER}/README.txt`, text: README, mtime: MADE },
    { name: `${FOLDER}/account/user.json`, text: JSON.stringify(USER), mtime: MADE },
    { name: `${FOLDER}/account/avatar.png`, text: AVATAR, mtime: MADE },
    { name: `${FOLDER}/activity/analytics/events-2026-00000-of-00001.json`, text: events("an"), mtime: MADE },
    { name: `${FOLDER}/activity/reporting/events-2026-00000-of-00001.json`, text: events("re"), mtime: MADE },
    { name: `${FOLDER}/activity/tns/events-2026-00000-of-00001.json`, text: events("tn"), mtime: MADE },
    { name: `${FOLDER}/messages/index.json`, text: oneLine(Object.fromEntries(CHANNELS.map((c) => [c.id, c.indexed]))), mtime: MADE },
    ...CHANNELS.flatMap((c) => [
      { name: `${FOLDER}/messages/c${c.id}/channel.json`, text: oneLine(c.info), mtime: MADE },
      { name: `${FOLDER}/messages/c${c.id}/messages.json`, text: messagesJson(c.sent), mtime: MADE },
    ]),
    { name: `${FOLDER}/servers/index.json`, text: oneLine({ [MEEPLE.id]: MEEPLE.name, [CODE_CLUB.id]: CODE_CLUB.name }), mtime: MADE },
    ...[MEEPLE, CODE_CLUB].flatMap((g) => [
      { name: `${FOLDER}/servers/${g.id}/guild.json`, text: oneLine(g), mtime: MADE },
      { name: `${FOLDER}/servers/${g.id}/audit-log.json`, text: "[]", mtime: MADE },
    ]),
  ],
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 25, 19, 0),
  questions: QUESTIONS,
};
