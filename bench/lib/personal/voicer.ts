/**
 * The Google Voice user: Jordan, in Columbus, Ohio, texts from a Google Voice number (the landlord,
 * Ella's soccer coach, a group thread with a sister and a brother planning Thanksgiving) and has a
 * voicemail from the dentist's office. Their data: Google Voice from Google Takeout, unzipped, the
 * `Takeout/Voice` folder imported whole (`engram import Takeout/Voice`): `Calls/` with one XHTML file
 * per text conversation or call, named as Takeout names them ("Greg Novak - Text -
 * 2026-10-05T14_02_11Z.html", "+16145550187 - Text - …" for a number not in the contacts, "Group
 * Conversation - …", "… - Voicemail - …" with its .mp3, "… - Placed - …", "… - Missed - …", "… -
 * Received - …"), a photo sent in a text beside its conversation, `Phones.vcf` (the account's own
 * numbers), `Greetings/` (the voicemail greeting's audio) and `Bills.html`. A text's markup is
 * hAtom-like (`<div class="message"><abbr class="dt" title="2026-10-05T10:02:11.482-04:00">…</abbr>:
 * <cite class="sender vcard"><a class="tel" href="tel:+16145550123"><span class="fn">Greg
 * Novak</span></a></cite>: <q>…</q></div>`, the user's own sender `<abbr class="fn" title="">Me</abbr>`,
 * a group's people in `<div class="participants">`), a call's `<div class="haudio">` with its
 * `<abbr class="published">`, `<abbr class="duration">` and a voicemail's transcript in `<span
 * class="full-text">`, as public Takeout samples and the importers of them show it (psanford's
 * google-voice-takeout-parser, wjcarpenter's gvoice-sms-takeout-xml test data). Times are Eastern,
 * daylight time in October (-04:00) and standard time from 1 November (-05:00). Hand-written by the
 * developers while trying Engram as its users would, in session 35, before Engram could read it (the
 * first run's figures are in bench/README.md). With it, the questions such a person asks later and
 * the words a right answer holds, and questions nothing here answers.
 */
import type { Person, PersonFile } from "./types.js";

/** Jordan's Google Voice number (the `tel:` of every "Me") and the cell it forwards to. */
const ME = "+16145550100";
const CELL = "+16145550177";

const GREG = { fn: "Greg Novak", tel: "+16145550123" };
/** The coach is not in Jordan's contacts: Takeout names him by his number. */
const COACH = { fn: "+16145550187", tel: "+16145550187" };
const RACHEL = { fn: "Rachel Reyes", tel: "+16145550141" };
const DANNY = { fn: "Danny Reyes", tel: "+13125550199" };
const DENTIST = { fn: "Bright Smile Dental", tel: "+16145550142" };

/** The style block Takeout writes into a text conversation's file. */
const CHAT_STYLE = `<style type="text/css">
          /* Copyright 2011 Google Inc.  All Rights Reserved. */

body {
  font-size: 13px;
  font-family: Arial, Helvectica, sans-serif;
}

a {
  color: #00c;
}

a:hover {
  text-decoration: underline;
}

.tags,
.hChatLog,
.noteContainer,
.deletedStatusContainer{
  margin: 0 auto;
  width: 750px;
  min-width: 750px;
}

.message {
  max-width: 640px;
}

/* The following three style rules exist to override default behavior in the
 * user-agent stylesheet used by common browsers such as Chrome. */
cite {
  font-style: normal;
}

q::before {
  content: "";
}

q::after {
  content: "";
}

.tags,
.noteContainer {
  margin-top: 13px;
}

.participants {
  margin-bottom: 13px;
}

.deletedStatusContainer {
  margin-bottom: 13px;
}

        </style>`;

/** The style block Takeout writes into a call's or a voicemail's file. */
const CALL_STYLE = `<style type="text/css">
        /* Copyright 2011 Google Inc.  All Rights Reserved. */

body {
  font-size: 13px;
  font-family: Arial, Helvectica, sans-serif;
}

.haudio {
  margin: 0 auto;
  width: 750px;
  min-width: 750px;
}

.album {
  display: block;
  font-size: 110%;
  line-height:200%;
}

.haudio > .fn {
  display: none;
}

.contributor {
  font-size: 110%;
  font-weight: bold;
}

.published {
  display: block;
}

.start-time,
.end-time,
.confidence {
  display: none;
}

.full-text {
  display: none;
}
      </style>`;

const HEAD = `<?xml version="1.0" ?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />`;

/** Text as Takeout escapes it in a message: &, <, >, " and ' as references, a line break `<br>`. */
function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;").replace(/\n/g, "<br>");
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A time as Takeout shows it (Eastern): "Oct 5, 2026, 10:02:11&#8239;AM\nEastern Time", from its ISO 8601 local time. */
function shown(iso: string): string {
  const [, y, mo, d, h, mi, s] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(iso)!;
  const hour = Number(h);
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return `${MONTHS[Number(mo) - 1]} ${Number(d)}, ${y}, ${twelve}:${mi}:${s}&#8239;${hour < 12 ? "AM" : "PM"}\nEastern Time`;
}

/** Who sent a message: a person ({ fn, tel }) or the user ("me"). */
type Sender = { fn: string; tel: string } | "me";

/** A sender's vCard as Takeout writes it. */
function cite(who: Sender): string {
  return who === "me"
    ? `<cite class="sender vcard"><a class="tel" href="tel:${ME}"><abbr class="fn" title="">Me</abbr></a></cite>`
    : `<cite class="sender vcard"><a class="tel" href="tel:${who.tel}"><span class="fn">${esc(who.fn)}</span></a></cite>`;
}

/** A message: its local time with its offset (ISO 8601), its sender, its words, and a photo sent with it (the file's name without its extension). */
type Message = [at: string, who: Sender, text: string, photo?: string];

/** A text conversation's file as Takeout writes it: its title, the group's people (if a group), its messages. */
function conversation(title: string, messages: Message[], participants: Array<{ fn: string; tel: string }> = []): string {
  const people = participants.length ? `<div class="participants">Group conversation with:\n${participants.map((p) => cite(p)).join(", ")}</div>\n` : "\n";
  const body = messages
    .map(
      ([at, who, text, photo]) =>
        `<div class="message"><abbr class="dt" title="${at}">${shown(at)}</abbr>:\n${cite(who)}:\n<q>${esc(text)}</q>\n${
          photo ? `<div><img src="${photo}" alt="Image MMS Attachment" /></div>` : ""
        }</div>`,
    )
    .join(" ");
  return `${HEAD}\n<title>${title}</title>\n${CHAT_STYLE}</head>\n<body><div class="hChatLog hfeed">${people}${body}</div>\n\n<div class="tags">Labels:\n<a rel="tag" href="http://www.google.com/voice#sms">Text</a>, <a rel="tag" href="http://www.google.com/voice#inbox">Inbox</a></div>\n<div class="deletedStatusContainer">User Deleted:\nFalse</div></body></html>\n`;
}

/** A duration as Takeout shows it beside its ISO 8601 form: "PT3M12S" → "00:03:12". */
function clock(duration: string): string {
  const [, h, m, s] = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(duration)!;
  return [h, m, s].map((n) => String(Number(n ?? 0)).padStart(2, "0")).join(":");
}

/** A call's file as Takeout writes it: "Placed call to", "Received call from", "Missed call from" or "Voicemail from", whom, when, how long, a voicemail's transcript and audio. */
function call(
  kind: string,
  label: string,
  who: { fn: string; tel: string },
  at: string,
  duration: string | null,
  voicemail?: { transcript: string; mp3: string },
): string {
  const words = voicemail
    ? `Transcript:\n<span class="description"><span class="full-text">${esc(voicemail.transcript)}</span>\n${voicemail.transcript
        .split(" ")
        .map(
          (w) =>
            `<span class="word high">${esc(w)}\n<span class="start-time">0.0</span>\n<span class="end-time">0.0</span>\n<span class="confidence">0.91</span></span>`,
        )
        .join(" ")}\n</span>\n\n<br />\n<audio controls="controls" src="${voicemail.mp3}"><a rel="enclosure" href="${voicemail.mp3}">Audio</a></audio>\n\n`
    : "\n\n\n<br />\n";
  const length = duration ? `<abbr class="duration" title="${duration}">(${clock(duration)})</abbr>\n` : "";
  return `${HEAD}\n<title>${kind}\n${esc(who.fn)}</title>\n${CALL_STYLE}</head>\n<body><div class="haudio"><span class="album">Call Log for\n</span>\n<span class="fn">${kind}\n${esc(who.fn)}</span>\n<div class="contributor vcard">${kind}\n<a class="tel" href="tel:${who.tel}"><span class="fn">${esc(who.fn)}</span></a></div>\n<abbr class="published" title="${at}">${shown(at)}</abbr>\n${words}${length}\n<div class="tags">Labels:\n<a rel="tag" href="http://www.google.com/voice#${label}">${label[0]!.toUpperCase()}${label.slice(1)}</a></div>\n<div class="deletedStatusContainer">User Deleted:\nFalse</div></div></body></html>\n`;
}

/** A few bytes standing for an audio file (an MP3's ID3 header) or a photo (a JPEG's start and end). */
const MP3 = new Uint8Array([0x49, 0x44, 0x33, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0a, 0xff, 0xfb, 0x90, 0x64]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);

const GREG_OCTOBER: Message[] = [
  ["2026-10-05T10:02:11.482-04:00", "me", "Hi Greg, the kitchen sink is leaking again under the cabinet. Can someone take a look this week?"],
  ["2026-10-05T10:02:48.901-04:00", "me", "MMS Sent", "Greg Novak - Text - 2026-10-05T14_02_11Z-2-1"],
  ["2026-10-05T10:20:45.117-04:00", GREG, "Sorry about that Jordan. I'll send Tony from Flow Right Plumbing on Thursday between 9 and 11am"],
  ["2026-10-05T10:21:30.650-04:00", GREG, "Also heads up, rent goes up to $1,475 starting January 1. Letter is in the mail"],
  ["2026-10-05T10:25:02.003-04:00", "me", "Ok thanks. I'll leave the side gate unlocked for Tony"],
  ["2026-10-05T10:26:40.734-04:00", GREG, "No need, the lockbox code for the side gate is 4817"],
];

const GREG_NOVEMBER: Message[] = [
  ["2026-11-09T18:40:05.219-05:00", GREG, "Hi Jordan, the furnace inspection is Tuesday Nov 17 at 1pm. Please make sure the basement is accessible"],
  ["2026-11-09T18:52:19.566-05:00", "me", "Will do. Can you also replace the smoke detector battery in the hallway? It's been chirping"],
  ["2026-11-09T19:01:33.080-05:00", GREG, "Sure, I'll bring one when I come for the inspection"],
];

const COACH_TEXTS: Message[] = [
  [
    "2026-10-07T20:15:22.347-04:00",
    COACH,
    "Hi, this is Marcus, Ella's soccer coach. Practice moves to Saturdays at 9am at Westgate Park, field 3, starting Oct 17",
  ],
  ["2026-10-07T20:18:40.912-04:00", "me", "Thanks Marcus! Ella's so excited. What number is her jersey?"],
  ["2026-10-07T20:22:05.456-04:00", COACH, "She's number 14. Jerseys get handed out at the first practice"],
  ["2026-10-07T20:23:10.008-04:00", COACH, "Also you're on snacks for the Oct 24 game - orange slices and water for 12 kids"],
  ["2026-10-07T20:30:00.771-04:00", "me", "Got it, I'll bring orange slices and a case of water"],
];

const SIBLINGS: Message[] = [
  ["2026-10-19T21:05:33.120-04:00", RACHEL, "Ok Thanksgiving planning! We're hosting at our place in Dublin this year. Dinner at 3pm, come around 1"],
  ["2026-10-19T21:07:10.584-04:00", DANNY, "I'll smoke the turkey again. Flying in Wednesday night"],
  ["2026-10-19T21:09:48.230-04:00", "me", "I'll bring pumpkin and pecan pie"],
  ["2026-10-19T21:10:30.997-04:00", RACHEL, "Perfect. Mom is bringing her green bean casserole, obviously"],
  ["2026-11-08T16:44:02.415-05:00", DANNY, "Flight lands at CMH at 8:40pm Wednesday, can someone grab me?"],
  ["2026-11-08T16:50:15.902-05:00", "me", "I'll pick you up"],
];

const VOICEMAIL = {
  transcript:
    "Hi, this is Karen from Bright Smile Dental calling for Jordan Reyes. Dr. Patel had a conflict, so we've moved your cleaning from Tuesday the 17th to Friday, November 20th at 2:30 PM. If that doesn't work, give us a call back at 614-555-0142. Thanks!",
  mp3: "Bright Smile Dental - Voicemail - 2026-11-03T15_12_40Z.mp3",
};

/** The account's own numbers, as Takeout writes Phones.vcf: no name, the Google Voice number labelled, the phone it forwards to. */
const PHONES = [
  "BEGIN:VCARD",
  "VERSION:3.0",
  "FN:",
  "N:;;;;",
  `item1.TEL:${ME}`,
  "item1.X-ABLabel:Google Voice",
  `TEL;TYPE=CELL:${CELL}`,
  "END:VCARD",
  "",
].join("\n");

/** The account's billing history (Google Voice's credit for calls abroad), as a page of its own. */
const BILLS = `${HEAD}\n<title>Bills</title></head>\n<body><h1>Billing history</h1>\n<table><tr><th>Date</th><th>Description</th><th>Amount</th></tr>\n<tr><td>Aug 14, 2026</td><td>Credit added</td><td>$10.00</td></tr>\n<tr><td>Sep 2, 2026</td><td>Call to Mexico (3 min)</td><td>-$0.30</td></tr></table></body></html>\n`;

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Who is coming to fix my kitchen sink?", expect: ["Tony"] },
  { question: "How much is my rent going up to?", expect: ["1,475"] },
  { question: "What's the lockbox code for the side gate?", expect: ["4817"] },
  { question: "When is the furnace inspection?", expect: ["17 November"] },
  { question: "Where is Ella's soccer practice?", expect: ["Westgate"] },
  { question: "What number is Ella's jersey?", expect: ["14"] },
  { question: "What am I bringing for the soccer team snack?", expect: ["orange"] },
  { question: "Who is hosting Thanksgiving?", expect: ["Rachel"] },
  { question: "What am I bringing to Thanksgiving?", expect: ["pecan"] },
  { question: "What time does Danny's flight land?", expect: ["8:40"] },
  { question: "When is my dentist cleaning?", expect: ["2:30"] },
  { question: "Which dentist is my cleaning with?", expect: ["Patel"] },
  { question: "What is Danny's wife's name?", expect: null },
  { question: "How much does the dentist cleaning cost?", expect: null },
  { question: "What's the name of Ella's soccer team?", expect: null },
];

const CALLS = "Takeout/Voice/Calls";

const FILES: PersonFile[] = [
  { name: "Takeout/Voice/Phones.vcf", text: PHONES },
  { name: "Takeout/Voice/Bills.html", text: BILLS },
  { name: "Takeout/Voice/Greetings/Greeting 1.mp3", text: MP3 },
  { name: `${CALLS}/Greg Novak - Text - 2026-10-05T14_02_11Z.html`, text: conversation("Me to\nGreg Novak", GREG_OCTOBER) },
  { name: `${CALLS}/Greg Novak - Text - 2026-10-05T14_02_11Z-2-1.jpg`, text: JPEG },
  {
    name: `${CALLS}/Greg Novak - Placed - 2026-10-06T13_15_00Z.html`,
    text: call("Placed call to", "placed", GREG, "2026-10-06T09:15:00.000-04:00", "PT3M12S"),
  },
  { name: `${CALLS}/Greg Novak - Text - 2026-11-09T23_40_05Z.html`, text: conversation("Greg Novak", GREG_NOVEMBER) },
  { name: `${CALLS}/+16145550187 - Text - 2026-10-08T00_15_22Z.html`, text: conversation("+16145550187", COACH_TEXTS) },
  { name: `${CALLS}/Group Conversation - 2026-10-20T01_05_33Z.html`, text: conversation("Group Conversation", SIBLINGS, [RACHEL, DANNY]) },
  {
    name: `${CALLS}/Rachel Reyes - Received - 2026-10-25T22_03_00Z.html`,
    text: call("Received call from", "received", RACHEL, "2026-10-25T18:03:00.000-04:00", "PT14M40S"),
  },
  {
    name: `${CALLS}/Bright Smile Dental - Missed - 2026-11-03T15_11_58Z.html`,
    text: call("Missed call from", "missed", DENTIST, "2026-11-03T10:11:58.000-05:00", null),
  },
  {
    name: `${CALLS}/Bright Smile Dental - Voicemail - 2026-11-03T15_12_40Z.html`,
    text: call("Voicemail from", "voicemail", DENTIST, "2026-11-03T10:12:40.000-05:00", "PT24S", VOICEMAIL),
  },
  { name: `${CALLS}/${VOICEMAIL.mp3}`, text: MP3 },
];

/** Jordan: Google Voice's folder of an unzipped Google Takeout, imported whole, asked on Saturday 14 November 2026. */
export const voicer: Person = {
  name: "voicer",
  files: FILES,
  folder: "Takeout/Voice",
  askedAt: Date.UTC(2026, 10, 14, 18, 0),
  questions: QUESTIONS,
};
