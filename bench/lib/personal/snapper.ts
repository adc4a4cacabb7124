/**
 * The snapper: Ruby Hughes, a second-year student at the University of Leeds who shares a house in
 * Hyde Park with Priya and Josh, keeps her plans in Snapchat: a house party at Maisie's, a lift home to
 * Sheffield for reading week with Tom, the house's bills in the house's group chat, Priya's surprise
 * 21st in another group, and Leeds Festival tickets with Lucy. On 6 November 2026 she downloads her
 * data (Settings → My Data, JSON selected: `mydata~1793956443000.zip`), unzips it and imports the folder
 * (`engram import "mydata~1793956443000"`). The files are as Snapchat writes them:
 * - `json/chat_history.json`: an object keyed by the friend's username (a DM) or the group's id (a
 *   UUID), each an array of messages, newest first: `{ "From": "<username>", "Media Type": "TEXT" |
 *   "MEDIA" | "STICKER" | "NOTE" | "SHARE" | "LOCATION" | "STATUSERASEDMESSAGE", "Created": "2026-10-08
 *   19:02:11 UTC", "Content": "…" (empty for a photo, a sticker, a voice note; null for some), "Conversation
 *   Title": "<group's name>" | null, "IsSender": true for Ruby's own, "Created(microseconds)": the same
 *   time in epoch milliseconds (as real downloads hold it, whatever its name says), "IsSaved": true,
 *   "Media IDs": "b~…" or "" }`. Only saved chats are there (Snapchat deletes the others), so it is sparse;
 * - `json/friends.json`: `{ "Friends": [{ "Username", "Display Name", "Creation Timestamp", "Last Modified
 *   Timestamp", "Source" }], "Friend Requests Sent": [], "Blocked Users": [], "Deleted Friends": [], … }`,
 *   whose display names name the chats (one group member, sam.okoro, is no friend of hers);
 * - what else the download holds, none of it words of anyone's: `json/account.json` ("Basic
 *   Information": her username and name, her devices, logins), `json/user_profile.json`,
 *   `json/snap_history.json` (keyed like the chats: who sent a snap when, IMAGE or VIDEO, no content),
 *   `json/location_history.json`, `json/memories_history.json` ("Saved Media": dates, types and download
 *   links), `json/talk_history.json`, and the HTML copies (`index.html`, `html/chat_history.html`).
 * Checked against public readers of the download (a schema document of chat_history.json and
 * snap_history.json written from real downloads: conversation ids as keys, "Created" as "YYYY-MM-DD
 * HH:MM:SS UTC", "Created(microseconds)" 1713576562686 beside "2024-04-20 01:29:22 UTC", "IsSaved", "Media
 * IDs", the STATUS… types; TypeScript types of chat_history.json and friends.json in two viewers of the
 * download; importers' tests of the older "Received Saved Chat History" / "Sent Saved Chat History"
 * shape). Hand-written by the developers while trying Engram as its users would, in session 35, before
 * Engram could read Snapchat (the first run's figures are in bench/README.md). With it, the questions
 * such a person asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** The unzipped download, named as Snapchat names it: "mydata~" and the epoch ms it was made. */
const FOLDER = "mydata~1793956443000";
/** When the download was made (its files' modification time). */
const MADE = 1793956443000;

const RUBY = "ruby.hughes04";
const MAISIE = "maisiekent";
const TOM = "tom.ashworth";
const PRIYA = "priyam_21";
const JOSH = "joshbell99";
const LUCY = "lucyfraser_";
const SAM = "sam.okoro";

/** The house's group chat and the birthday's, by the ids Snapchat keys them with. */
const HOUSE_ID = "3f6c2a9e-81b4-4d27-9e0a-5b7d1c4e8f26";
const BIRTHDAY_ID = "a92e7d14-0c3b-4f85-b6e1-7d2f9a3c5e08";

/** A message as the chat list holds it: when (UTC, "2026-10-08 19:02:11"), who sent it, its type and its words ("" for none). */
type Said = [at: string, from: string, type: string, content: string | null];

/** The chat_history.json messages of a conversation, newest first as Snapchat lists them; `title` a group's name. */
function chat(said: Said[], title: string | null): Array<Record<string, unknown>> {
  return said
    .map(([at, from, type, content], i) => {
      const ms = Date.parse(`${at.replace(" ", "T")}Z`) + ((i * 137) % 1000);
      return {
        From: from,
        "Media Type": type,
        Created: `${at} UTC`,
        Content: content,
        "Conversation Title": title,
        IsSender: from === RUBY,
        "Created(microseconds)": ms,
        IsSaved: true,
        "Media IDs": type === "MEDIA" || type === "NOTE" ? `b~EiQSFT${Buffer.from(`${from}${at}`).toString("base64url").slice(0, 30)}GgAyAXxIAlAEYAE` : "",
      };
    })
    .reverse();
}

const MAISIE_DM: Said[] = [
  ["2026-10-08 19:02:11", MAISIE, "TEXT", "HOUSE PARTY at ours Saturday 17th!! 14 Brudenell Grove, from 9pm"],
  ["2026-10-08 19:02:40", MAISIE, "TEXT", "theme is anything but a cup 🥤 so bring your drink in something weird"],
  ["2026-10-08 19:10:05", RUBY, "TEXT", "omg yes I'm there. Can I bring Lucy?"],
  ["2026-10-08 19:11:32", MAISIE, "TEXT", "course! just don't tell the whole of Hyde Park lol"],
  ["2026-10-08 19:11:50", MAISIE, "STICKER", ""],
  ["2026-10-16 21:40:18", RUBY, "TEXT", "what should I bring apart from my traffic cone 😂"],
  ["2026-10-16 21:44:02", MAISIE, "TEXT", "ice and mixers would be amazing, we've got loads of vodka already"],
  ["2026-10-18 11:20:47", MAISIE, "MEDIA", ""],
  ["2026-10-18 11:21:09", MAISIE, "TEXT", "you left your denim jacket here btw, it's on the banister"],
  ["2026-10-18 11:30:26", RUBY, "TEXT", "noo thank you!! I'll grab it Tuesday after my seminar"],
];

const TOM_DM: Said[] = [
  ["2026-10-21 16:05:13", RUBY, "TEXT", "Hey! Are you still driving back to Sheffield for reading week?"],
  ["2026-10-21 16:20:44", TOM, "TEXT", "Yeah, leaving Friday 30th at 2pm from the Parkinson steps. Want a lift?"],
  ["2026-10-21 16:22:01", RUBY, "TEXT", "Yes please!! How much for petrol?"],
  ["2026-10-21 16:25:37", TOM, "TEXT", "£10 is fine. I can drop you at Meadowhall, my mum's picking me up there anyway"],
  ["2026-10-21 16:26:15", RUBY, "TEXT", "perfect, I'll bring snacks for the drive"],
  ["2026-10-30 13:41:52", TOM, "TEXT", "running 15 mins late, traffic on the Headrow. See you at 2:15"],
  ["2026-10-30 13:42:30", RUBY, "NOTE", ""],
];

const HOUSE: Said[] = [
  ["2026-10-05 10:12:08", JOSH, "TEXT", "Octopus bill is in: £186 for September, so £62 each. I've paid it, send me your share when you can"],
  ["2026-10-05 10:13:20", JOSH, "MEDIA", ""],
  ["2026-10-05 10:30:41", RUBY, "TEXT", "sent! 💸"],
  ["2026-10-05 10:31:15", PRIYA, "TEXT", "sent too. Can we talk about the heating? It's freezing in my room"],
  ["2026-10-05 10:40:03", JOSH, "TEXT", "ok heating on 6-9am and 5-10pm, thermostat at 19, deal?"],
  ["2026-10-05 10:41:27", PRIYA, "TEXT", "deal"],
  ["2026-10-05 10:41:30", RUBY, "STATUSERASEDMESSAGE", null],
  ["2026-10-26 18:00:52", PRIYA, "TEXT", "Virgin broadband goes up to £33 a month from November 😤 that's £11 each"],
  ["2026-10-26 18:05:19", RUBY, "TEXT", "ugh fine. Still coming out on the 5th?"],
  ["2026-10-26 18:06:44", PRIYA, "TEXT", "yep same as before, I'll keep paying it and you two send me £11 on the 5th"],
  ["2026-11-01 20:15:33", JOSH, "TEXT", "your turn for the bins this week Ruby, they go out Sunday night 🗑️"],
  ["2026-11-01 20:16:02", RUBY, "STICKER", ""],
];

const BIRTHDAY: Said[] = [
  ["2026-10-29 20:00:12", JOSH, "TEXT", "Right, Priya's 21st is Friday 13 November. Dinner booked at Tharavadu for 7:30, table for 8 under Bell"],
  ["2026-10-29 20:02:37", LUCY, "TEXT", "then Pryzm after?"],
  ["2026-10-29 20:03:55", JOSH, "TEXT", "yes! And we're doing a group present: the Polaroid camera she keeps sending us, £15 each"],
  ["2026-10-29 20:04:10", JOSH, "SHARE", ""],
  ["2026-10-29 20:10:21", RUBY, "TEXT", "I'll sort the cake, I'll order it from Sugar Loaf Bakery on Otley Road"],
  ["2026-10-29 20:12:46", SAM, "TEXT", "I can't do dinner, I've got a shift til 9, will meet you at Pryzm"],
  ["2026-10-29 20:15:03", JOSH, "TEXT", "send the £15 to my Monzo by Sunday please. AND DON'T TELL PRIYA"],
  ["2026-10-29 20:15:30", MAISIE, "STICKER", ""],
];

const LUCY_DM: Said[] = [
  ["2026-11-02 12:30:09", LUCY, "TEXT", "Leeds Fest early birds went on sale and I GOT US TWO 🎉 weekend camping, £239.50 each"],
  ["2026-11-02 12:31:44", RUBY, "TEXT", "LUCY ily. Sending you the money now"],
  ["2026-11-02 12:35:20", LUCY, "TEXT", "we're in the Yellow campsite again, I'll bring the tent if you bring the gazebo"],
  ["2026-11-02 12:36:02", RUBY, "TEXT", "deal, my dad still has the gazebo from last year"],
  ["2026-11-02 12:36:40", LUCY, "LOCATION", null],
];

const CHAT_HISTORY = {
  [LUCY]: chat(LUCY_DM, null),
  [HOUSE_ID]: chat(HOUSE, "5 Ash Grove 🏠"),
  [BIRTHDAY_ID]: chat(BIRTHDAY, "Priya's 21st 🎉 (shh)"),
  [TOM]: chat(TOM_DM, null),
  [MAISIE]: chat(MAISIE_DM, null),
};

/** A friend as friends.json lists one. */
function friend(username: string, name: string, added: string, source: string): Record<string, string> {
  return { Username: username, "Display Name": name, "Creation Timestamp": `${added} UTC`, "Last Modified Timestamp": `${added} UTC`, Source: source };
}

const FRIENDS = {
  Friends: [
    friend(MAISIE, "Maisie Kent", "2024-09-22 23:41:07", "Added by Username"),
    friend(TOM, "Tom Ashworth", "2019-06-14 17:02:55", "Added by Mobile Number"),
    friend(PRIYA, "Priya Mistry", "2025-06-03 14:20:31", "Added by Quick Add"),
    friend(JOSH, "Josh Bell", "2025-06-03 14:22:10", "Added by Search"),
    friend(LUCY, "Lucy Fraser", "2024-09-25 12:09:48", "Added by Snapcode"),
    friend("teamsnapchat", "Team Snapchat", "2019-03-01 09:00:00", "Added by Snapchat"),
  ],
  "Friend Requests Sent": [],
  "Blocked Users": [],
  "Deleted Friends": [],
  "Hidden Friend Suggestions": [],
  "Ignored Snapchatters": [],
  "Pending Requests": [],
  Shortcuts: [],
};

/** A snap in snap_history.json: no words, who and when. */
function snap(at: string, from: string, type: string): Record<string, unknown> {
  return {
    From: from,
    "Media Type": type,
    Created: `${at} UTC`,
    "Conversation Title": null,
    IsSender: from === RUBY,
    "Created(microseconds)": Date.parse(`${at.replace(" ", "T")}Z`),
  };
}

/** A JSON file as the download writes it, indented by two spaces. */
const json = (value: unknown): string => JSON.stringify(value, null, 2);

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Where was Maisie's house party?", expect: ["Brudenell Grove"] },
  { question: "What was the theme of Maisie's house party?", expect: ["anything but a cup"] },
  { question: "Where did I leave my denim jacket?", expect: ["banister"] },
  { question: "Who gave me a lift home for reading week?", expect: ["Tom"] },
  { question: "How much petrol money did Tom want for the lift?", expect: ["£10"] },
  { question: "Where was Tom dropping me off?", expect: ["Meadowhall"] },
  { question: "How much was my share of the Octopus bill?", expect: ["£62"] },
  { question: "How much is my share of the broadband from November?", expect: ["£11"] },
  { question: "Where is Priya's birthday dinner?", expect: ["Tharavadu"] },
  { question: "What are we getting Priya for her 21st?", expect: ["Polaroid"] },
  { question: "Which campsite are we in at Leeds Fest?", expect: ["Yellow"] },
  { question: "How much was my Leeds Fest ticket?", expect: ["239.50"] },
  { question: "What is Tom's car registration?", expect: null },
  { question: "How much is our rent?", expect: null },
  { question: "When is Maisie's birthday?", expect: null },
];

/** Ruby: her Snapchat download, unzipped and imported as one folder, asked on Friday 6 November 2026. */
export const snapper: Person = {
  name: "snapper",
  files: [
    { name: `${FOLDER}/json/chat_history.json`, text: json(CHAT_HISTORY), mtime: MADE },
    { name: `${FOLDER}/json/friends.json`, text: json(FRIENDS), mtime: MADE },
    {
      name: `${FOLDER}/json/account.json`,
      text: json({
        "Basic Information": {
          Username: RUBY,
          Name: "Ruby Hughes",
          "Creation Date": "2019-03-01 09:00:00 UTC",
          "Registration IP": "",
          Country: "GB",
          "Last Active": "2026-11-06 08:58:41 UTC",
        },
        "Device Information": { Make: "Apple", "Model ID": "iPhone15,4", "Model Name": "iPhone 15", Language: "en-GB", "OS Type": "iOS", "OS Version": "19.1" },
        "Device History": [{ Make: "Apple", Model: "iPhone 15", "Start Time": "2024-09-20 17:31:02 UTC", "Device Type": "PHONE" }],
        "Privacy Policy and Terms of Service Acceptance History": [{ Version: "Privacy Policy - 2026-02-01", "Acceptance Date": "2026-02-14 10:22:19 UTC" }],
        "Login History": [{ IP: "2a00:23c7:1b2:e01::1", Country: "GB", Created: "2026-11-06 08:58:41 UTC", Status: "success", Device: "iPhone 15" }],
      }),
      mtime: MADE,
    },
    {
      name: `${FOLDER}/json/user_profile.json`,
      text: json({
        "App Profile": { Country: "GB", "Creation Time": "2019-03-01 09:00:00 UTC", "Account Creation Country": "GB", "In-app Language": "en" },
        Demographics: { Cohort: "Age 18-24" },
        "Interest Categories": ["Music Festivals", "Student Life", "Food & Drink"],
        "Breakdown of Time Spent on App": ["Chat: 41%", "Camera: 22%", "Stories: 19%", "Spotlight: 12%", "Map: 6%"],
      }),
      mtime: MADE,
    },
    {
      name: `${FOLDER}/json/snap_history.json`,
      text: json({
        [MAISIE]: [snap("2026-10-17 23:14:09", RUBY, "VIDEO"), snap("2026-10-17 22:48:51", MAISIE, "IMAGE")],
        [LUCY]: [snap("2026-11-03 09:12:30", LUCY, "IMAGE")],
      }),
      mtime: MADE,
    },
    {
      name: `${FOLDER}/json/location_history.json`,
      text: json({
        "Frequent Locations": [{ City: "Leeds", Region: "England", "Postal Code": "LS6" }],
        "Latest Location": [{ City: "Leeds", Country: "GB", Region: "England" }],
        "Home & Work": { Home: "53.8102 ± 50.00 meters, -1.5678 ± 50.00 meters" },
        "Location History": [{ Time: "2026-11-05 18:02:44 UTC", "Latitude, Longitude": "53.8096 ± 14.12 meters, -1.5532 ± 14.12 meters" }],
      }),
      mtime: MADE,
    },
    {
      name: `${FOLDER}/json/memories_history.json`,
      text: json({
        "Saved Media": [
          {
            Date: "2026-10-17 23:02:11 UTC",
            "Media Type": "Image",
            Location: "Latitude, Longitude: 53.8134, -1.5701",
            "Download Link": "https://app.snapchat.com/dmd/memories?uid=6a1f&sid=9C1E52D3-44B2-4A0E-8F51-7E2C6D1B9A40&mid=9C1E52D3&ts=1793956443000",
          },
        ],
      }),
      mtime: MADE,
    },
    {
      name: `${FOLDER}/json/talk_history.json`,
      text: json({ "Talk History": [{ From: TOM, Type: "VOICE", "Start Time": "2026-10-30 13:55:10 UTC", Duration: "00:01:42" }] }),
      mtime: MADE,
    },
    {
      name: `${FOLDER}/index.html`,
      text: '<!DOCTYPE html><html><head><meta charset="utf-8"><title>My Data</title></head><body><h1>Snapchat</h1><ul><li><a href="html/chat_history.html">Chat History</a></li></ul></body></html>',
      mtime: MADE,
    },
    {
      name: `${FOLDER}/html/chat_history.html`,
      text: '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Chat History</title></head><body><h2>Chat History with maisiekent</h2></body></html>',
      mtime: MADE,
    },
  ],
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 6, 18, 0),
  questions: QUESTIONS,
};
