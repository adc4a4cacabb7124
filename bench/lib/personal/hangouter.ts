/**
 * The Hangouts keeper: Olivia Hart, in Manchester, kept her Google Hangouts history from before Hangouts
 * closed (Google Takeout's "Hangouts", downloaded in 2021 and unzipped: `Takeout/Hangouts/Hangouts.json`
 * beside Takeout's `archive_browser.html`), and imports the Takeout folder (`engram import Takeout`). The
 * file is one JSON object, pretty-printed two spaces a level: `{ "conversations": [ { "conversation": {
 * "conversation_id": { "id" }, "conversation": { "id", "type": "STICKY_ONE_TO_ONE" | "GROUP", "name" (a
 * group's only), "self_conversation_state": { "self_read_state": { "participant_id": { "gaia_id",
 * "chat_id" }, "latest_read_timestamp" }, "status", "notification_level", "view", "inviter_id",
 * "invite_timestamp", "sort_timestamp", "active_timestamp", "delivery_medium_option" }, "read_state",
 * "has_active_hangout", "otr_status", "otr_toggle", "current_participant", "participant_data": [ { "id":
 * { "gaia_id", "chat_id" }, "fallback_name", "invitation_status", "participant_type",
 * "new_invitation_status" } ], "fork_on_external_invite", "network_type", "force_history_state",
 * "group_link_sharing_status" } }, "events": [ { "conversation_id", "sender_id", "timestamp" (µs since
 * 1970, a string), "self_event_state", "chat_message": { "message_content": { "segment": [ { "type":
 * "TEXT" | "LINK" | "LINE_BREAK", "text", "link_data"?: { "link_target" } } ], "attachment"?: [ {
 * "embed_item": { "type": ["PLUS_PHOTO"], "plus_photo": { … "media_type": "PHOTO" } }, "id" } ] } } |
 * "hangout_event": { "event_type": "START_HANGOUT" | "END_HANGOUT", "participant_id", "media_type",
 * "hangout_duration_secs" } | "membership_change": { "type": "JOIN", "participant_id" } |
 * "conversation_rename": { "new_name", "old_name" }, "event_id", "advances_sort_timestamp", "event_otr",
 * "delivery_medium", "event_type": "REGULAR_CHAT_MESSAGE" | "HANGOUT_EVENT" | "ADD_USER" |
 * "RENAME_CONVERSATION", "event_version" } ] } ] }`. Checked against public readers of the file and the
 * samples in them: hossain-khan/kotlin-google-hangouts-parser (its models' documented samples and its
 * README's redacted Hangouts.json, an END_HANGOUT with "hangout_duration_secs": "102"), Dophin2009/hangouts-rs
 * (its raw serde models, which deny unknown fields: segments, link_data, attachments' plus_photo and
 * place_v2, hangout_event's media_type AUDIO_ONLY / AUDIO_VIDEO, membership_change, conversation_rename).
 *
 * Two conversations: a one-to-one chat with her sister Emma (Emma's move to Bristol in 2016, a loan for
 * the deposit lent and repaid, a video call, a photo of the flat, their dad's 60th in 2019, Emma's house
 * in Frome in 2021) and a group of university friends from Durham (Tom and Priya's engagement and 2018
 * wedding with its gift list's link, Sophie added, the group renamed, the 2019 reunion with the pub's
 * link and a photo, a lockdown quiz on a group video call). Hand-written by the developers while trying
 * Engram as its users would, in session 39, before Engram could read Hangouts (the first run's figures are
 * in bench/README.md). With it, the questions such a person asks later and the words a right answer
 * holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** A person of the archive: their Google account's id (Takeout writes the same as their chat id) and their name. */
interface Who {
  gaia: string;
  name: string;
}

const OLIVIA: Who = { gaia: "108239651740284517733", name: "Olivia Hart" };
const EMMA: Who = { gaia: "115804372291640853120", name: "Emma Hart" };
const TOM: Who = { gaia: "103377158920465512894", name: "Tom Walsh" };
const PRIYA: Who = { gaia: "117620934581127746302", name: "Priya Shah" };
const BEN: Who = { gaia: "109914287365502318847", name: "Ben Okafor" };
const SOPHIE: Who = { gaia: "112058843719076625431", name: "Sophie Lin" };

/** A participant id as Takeout writes one. */
function idOf(who: Who): { gaia_id: string; chat_id: string } {
  return { gaia_id: who.gaia, chat_id: who.gaia };
}

/** A time (ISO 8601 with its zone) as Takeout writes one: microseconds since 1970, a string; `us` the microseconds within the second. */
function micros(iso: string, us = 0): string {
  return String(Date.parse(iso) * 1000 + us);
}

/** What an event holds besides its header: a message's segments and attachments, a call, a member added, a rename. */
type Body =
  | { chat_message: { message_content: Record<string, unknown> } }
  | { hangout_event: Record<string, unknown> }
  | { membership_change: Record<string, unknown> }
  | { conversation_rename: Record<string, unknown> };

/** A conversation's events, as Takeout writes each: its header's fields around its body, in Takeout's order. */
function eventsOf(conversationId: string, self: Who, items: Array<[iso: string, from: Who, type: string, body: Body]>): unknown[] {
  return items.map(([iso, from, type, body], i) => {
    const at = micros(iso, 137_000 + i * 4_211);
    return {
      conversation_id: { id: conversationId },
      sender_id: idOf(from),
      timestamp: at,
      self_event_state: {
        user_id: idOf(self),
        ...(from === self ? { client_generated_id: String(Date.parse(iso) - 900) } : {}),
        notification_level: "RING",
      },
      ...body,
      event_id: `${conversationId.slice(0, 12)}-${(0x5a3c1 + i * 7919).toString(36)}${i.toString(36).padStart(3, "0")}`,
      advances_sort_timestamp: true,
      event_otr: "ON_THE_RECORD",
      delivery_medium: { medium_type: "BABEL_MEDIUM" },
      event_type: type,
      event_version: at,
    };
  });
}

/** A message's body: its lines' segments (TEXT, a LINK for each address in it, LINE_BREAK between lines) and its attachments. */
function said(lines: string[], attachment?: unknown[]): Body {
  const segment: unknown[] = [];
  for (const [n, line] of lines.entries()) {
    if (n > 0) segment.push({ type: "LINE_BREAK", text: "\n" });
    for (const part of line.split(/(https?:\/\/\S+)/)) {
      if (!part) continue;
      segment.push(/^https?:\/\//.test(part) ? { type: "LINK", text: part, link_data: { link_target: part } } : { type: "TEXT", text: part });
    }
  }
  return { chat_message: { message_content: { ...(segment.length ? { segment } : {}), ...(attachment ? { attachment } : {}) } } };
}

/** A photo shared in a chat, as Takeout writes its attachment (the picture itself stays at Google's address). */
function photo(owner: Who, photoId: string, width: number, height: number): unknown {
  const url = `https://lh3.googleusercontent.com/-${photoId}/W${photoId.slice(0, 6)}I/AAAAAAAAAAA/${photoId}/s0/IMG_${photoId.slice(-4)}.jpg`;
  return {
    embed_item: {
      type: ["PLUS_PHOTO"],
      id: `${owner.gaia}/${photoId}`,
      plus_photo: {
        thumbnail: { url: `https://plus.google.com/photos/albums/p${photoId}`, image_url: url, width_px: width, height_px: height },
        owner_obfuscated_id: owner.gaia,
        album_id: `6${photoId.length}41903325518840113`,
        photo_id: `6${photoId.length}4190332551884${photoId.length}7721`,
        url,
        original_content_url: url.replace("/s0/", "/d/"),
        media_type: "PHOTO",
        stream_id: ["BABEL_STREAM_ID"],
      },
    },
    id: "attachment0",
  };
}

/** A video call's end: who was on it, how it was made, and how long it lasted (seconds). */
function callEnded(people: Who[], seconds: number): Body {
  return { hangout_event: { event_type: "END_HANGOUT", participant_id: people.map(idOf), media_type: "AUDIO_VIDEO", hangout_duration_secs: String(seconds) } };
}

/** A conversation's header as Takeout writes it (its `name` for a group only). */
function header(id: string, type: "STICKY_ONE_TO_ONE" | "GROUP", people: Who[], self: Who, started: string, last: string, name?: string): unknown {
  return {
    conversation_id: { id },
    conversation: {
      id: { id },
      type,
      ...(name ? { name } : {}),
      self_conversation_state: {
        self_read_state: { participant_id: idOf(self), latest_read_timestamp: micros(last, 990_000) },
        status: "ACTIVE",
        notification_level: "RING",
        view: ["INBOX_VIEW"],
        inviter_id: idOf(people[1]!),
        invite_timestamp: micros(started),
        sort_timestamp: micros(last, 990_000),
        active_timestamp: micros(started),
        delivery_medium_option: [{ delivery_medium: { medium_type: "BABEL_MEDIUM" }, current_default: true }],
      },
      read_state: people.map((p) => ({ participant_id: idOf(p), latest_read_timestamp: micros(last, 990_000) })),
      has_active_hangout: false,
      otr_status: "ON_THE_RECORD",
      otr_toggle: "ENABLED",
      current_participant: people.map(idOf),
      participant_data: people.map((p) => ({
        id: idOf(p),
        fallback_name: p.name,
        invitation_status: "ACCEPTED_INVITATION",
        participant_type: "GAIA",
        new_invitation_status: "ACCEPTED_INVITATION",
      })),
      fork_on_external_invite: false,
      network_type: ["BABEL"],
      force_history_state: "NO_FORCE",
      group_link_sharing_status: "LINK_SHARING_OFF",
    },
  };
}

const SISTERS = "UgwQ7m2kR9vX1cLpT4aAbAEAAQ";
const DURHAM = "UgzN3hW8fJ5bY0qKe6xAbAEAAQ";

/** The chat with Emma, September 2016 to June 2021 (UK times: BST in summer, GMT in winter). */
const SISTERS_EVENTS = eventsOf(SISTERS, OLIVIA, [
  [
    "2016-09-10T18:02:41+01:00",
    EMMA,
    "REGULAR_CHAT_MESSAGE",
    said(["Guess what, we got the flat!! 14 Cotham Grove, Bristol. We move in on Saturday 1 October"]),
  ],
  ["2016-09-10T18:04:13+01:00", OLIVIA, "REGULAR_CHAT_MESSAGE", said(["Yay!! So happy for you both. Do you need a hand with the van?"])],
  ["2016-09-10T18:06:55+01:00", EMMA, "REGULAR_CHAT_MESSAGE", said(["Yes please! Jamie's hiring a Luton van from 9am, and Dad's lending us his car too"])],
  [
    "2016-09-25T20:11:08+01:00",
    EMMA,
    "REGULAR_CHAT_MESSAGE",
    said(["Awkward ask... the deposit came to £1,150 and we're short.", "Could you lend me £500 until Christmas?"]),
  ],
  ["2016-09-25T20:15:30+01:00", OLIVIA, "REGULAR_CHAT_MESSAGE", said(["Of course. I'll transfer the £500 tonight"])],
  ["2016-09-25T20:16:02+01:00", EMMA, "REGULAR_CHAT_MESSAGE", said(["You're a star. I'll pay you back by Christmas, promise"])],
  ["2016-10-02T19:30:12+01:00", EMMA, "HANGOUT_EVENT", { hangout_event: { event_type: "START_HANGOUT", participant_id: [idOf(EMMA), idOf(OLIVIA)] } }],
  ["2016-10-02T20:17:12+01:00", EMMA, "HANGOUT_EVENT", callEnded([EMMA, OLIVIA], 2820)],
  [
    "2016-10-02T20:19:40+01:00",
    EMMA,
    "REGULAR_CHAT_MESSAGE",
    said(["Our new living room! Fairy lights are up"], [photo(EMMA, "pX4dL9qRt2Wz8106", 2048, 1536)]),
  ],
  ["2016-12-17T10:32:19Z", EMMA, "REGULAR_CHAT_MESSAGE", said(["Just sent the £500 back, thanks so much for the loan 😘"])],
  ["2016-12-17T10:40:51Z", OLIVIA, "REGULAR_CHAT_MESSAGE", said(["Got it, thank you! Enjoy the new place"])],
  [
    "2019-04-28T19:20:37+01:00",
    EMMA,
    "REGULAR_CHAT_MESSAGE",
    said([
      "Right, Dad's 60th. Mum wants a surprise party on Saturday 13 July at the Feathers in Ludlow, the back room from 7pm.",
      "He thinks we're just going out for dinner",
    ]),
  ],
  ["2019-04-28T19:24:05+01:00", OLIVIA, "REGULAR_CHAT_MESSAGE", said(["Love it. What shall we get him?"])],
  [
    "2019-04-28T19:27:44+01:00",
    EMMA,
    "REGULAR_CHAT_MESSAGE",
    said(["He keeps going on about wanting a decent pair of binoculars for birdwatching. I'll order the Nikon ones, £180, half each?"]),
  ],
  ["2019-04-28T19:29:18+01:00", OLIVIA, "REGULAR_CHAT_MESSAGE", said(["Deal. I'll make the cake, lemon drizzle is his favourite"])],
  ["2019-04-28T19:30:02+01:00", EMMA, "REGULAR_CHAT_MESSAGE", said(["Perfect. DON'T tell him, he'll hate the fuss but he'll love it really"])],
  [
    "2019-07-14T09:15:26+01:00",
    EMMA,
    "REGULAR_CHAT_MESSAGE",
    said(["Best night. Dad cried at the speeches 😭"], [photo(EMMA, "bQ7rT2mVx9Lk4455", 1600, 1200)]),
  ],
  ["2021-06-05T11:03:47+01:00", EMMA, "REGULAR_CHAT_MESSAGE", said(["News: we've bought a house! 7 Vallis Road, Frome. Completion is 20 August"])],
  ["2021-06-05T11:09:12+01:00", OLIVIA, "REGULAR_CHAT_MESSAGE", said(["No way!! Congratulations! I'll come down and help you pack"])],
]);

/** The Durham group, November 2017 to April 2020. */
const DURHAM_EVENTS = eventsOf(DURHAM, OLIVIA, [
  ["2017-11-12T21:47:03Z", TOM, "REGULAR_CHAT_MESSAGE", said(["Big news: Priya said yes!! We're engaged 💍"])],
  ["2017-11-12T21:49:30Z", BEN, "REGULAR_CHAT_MESSAGE", said(["Mate!!! Congratulations both"])],
  ["2017-11-12T21:52:11Z", OLIVIA, "REGULAR_CHAT_MESSAGE", said(["Aaah so happy for you two!"])],
  ["2017-11-20T18:05:40Z", TOM, "ADD_USER", { membership_change: { type: "JOIN", participant_id: [idOf(SOPHIE)] } }],
  ["2017-11-20T18:06:22Z", SOPHIE, "REGULAR_CHAT_MESSAGE", said(["Hello all! Thanks for adding me Tom"])],
  [
    "2018-03-03T10:12:55Z",
    PRIYA,
    "REGULAR_CHAT_MESSAGE",
    said(["Save the date! Tom and I are getting married on Saturday 8 September 2018 at Hengrave Hall near Bury St Edmunds. Invites to follow"]),
  ],
  [
    "2018-06-10T16:40:21+01:00",
    PRIYA,
    "REGULAR_CHAT_MESSAGE",
    said(["Our gift list is up: https://www.johnlewisgiftlist.com/giftint/guest/lists/walsh-shah-2018 (no pressure!)"]),
  ],
  ["2018-09-09T11:26:48+01:00", SOPHIE, "REGULAR_CHAT_MESSAGE", said(["Congratulations Mr and Mrs Walsh! What a wedding 🥂"])],
  ["2018-09-09T11:30:05+01:00", BEN, "RENAME_CONVERSATION", { conversation_rename: { new_name: "Durham Crew", old_name: "Durham 2009-2012" } }],
  [
    "2019-08-02T19:44:16+01:00",
    BEN,
    "REGULAR_CHAT_MESSAGE",
    said([
      "Ten years since freshers! Reunion on Saturday 19 October? I'm thinking the Swan and Three Cygnets in Durham, back where it all started",
      "https://www.swanandthreecygnets.co.uk",
    ]),
  ],
  ["2019-08-02T19:51:37+01:00", SOPHIE, "REGULAR_CHAT_MESSAGE", said(["I'm in! Can't do the Friday but Saturday's fine"])],
  ["2019-08-02T20:03:09+01:00", OLIVIA, "REGULAR_CHAT_MESSAGE", said(["Count me in. I'll book a table for 8 at 7pm"])],
  ["2019-08-05T12:18:44+01:00", OLIVIA, "REGULAR_CHAT_MESSAGE", said(["Booked! Table for 8 at 7pm on the 19th, under Hart"])],
  ["2019-10-20T10:02:31+01:00", BEN, "REGULAR_CHAT_MESSAGE", said(["Same faces, slightly more grey hair"], [photo(BEN, "kM3sW8yHq1Zp7730", 4032, 3024)])],
  ["2020-04-03T17:22:08+01:00", TOM, "REGULAR_CHAT_MESSAGE", said(["Lockdown quiz on here, Friday 8pm? I'll be quizmaster"])],
  ["2020-04-10T20:00:41+01:00", TOM, "HANGOUT_EVENT", { hangout_event: { event_type: "START_HANGOUT", participant_id: [idOf(TOM)] } }],
  ["2020-04-10T21:23:41+01:00", TOM, "HANGOUT_EVENT", callEnded([TOM, PRIYA, BEN, SOPHIE, OLIVIA], 4980)],
  ["2020-04-10T21:26:15+01:00", SOPHIE, "REGULAR_CHAT_MESSAGE", said(["Thanks for the quiz Tom! Ben's team won with 42 points, I demand a rematch"])],
]);

const HANGOUTS = {
  conversations: [
    {
      conversation: header(SISTERS, "STICKY_ONE_TO_ONE", [OLIVIA, EMMA], OLIVIA, "2016-09-10T18:02:41+01:00", "2021-06-05T11:09:12+01:00"),
      events: SISTERS_EVENTS,
    },
    {
      conversation: header(DURHAM, "GROUP", [OLIVIA, TOM, PRIYA, BEN, SOPHIE], OLIVIA, "2017-11-12T21:47:03Z", "2020-04-10T21:26:15+01:00", "Durham Crew"),
      events: DURHAM_EVENTS,
    },
  ],
};

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When did I lend Emma money?", expect: ["September", "2016"] },
  { question: "How much did I lend Emma?", expect: ["500"] },
  { question: "When did Emma pay me back?", expect: ["December"] },
  { question: "Where did Emma move to in 2016?", expect: ["Cotham Grove"] },
  { question: "Where is Emma's house now?", expect: ["Frome"] },
  { question: "What did my sister say about Dad's 60th?", expect: ["surprise"] },
  { question: "Where was Dad's 60th party?", expect: ["Feathers"] },
  { question: "What did we get Dad for his 60th?", expect: ["binoculars"] },
  { question: "Who got married in 2018?", expect: ["Tom", "Priya"] },
  { question: "Where was Tom and Priya's wedding?", expect: ["Hengrave Hall"] },
  { question: "Where was the 2019 reunion?", expect: ["Swan"] },
  { question: "Where is Tom and Priya's gift list?", expect: ["johnlewisgiftlist.com"] },
  { question: "What is Priya's phone number?", expect: null },
  { question: "When is Ben's wedding?", expect: null },
  { question: "How much did Tom lend me?", expect: null },
];

/** The Hangouts keeper: her Takeout folder (Hangouts.json and Takeout's index page), imported whole, asked on Monday 30 November 2026. */
export const hangouter: Person = {
  name: "hangouter",
  files: [
    {
      name: "Takeout/archive_browser.html",
      text: '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Google Takeout</title></head><body><div class="job-id hidden">3c9e1f07-52ab-4d6e-9a10-7be2f4c81d35</div><h1 class="header_title">Archive for olivia.hart.mcr@gmail.com</h1><div class="header_subtext">Oct 3, 2021, 8:14:09 PM UTC • 41 KB</div><div class="service-detail"><div class="service-header"><h1>Hangouts</h1>1 file exported successfully</div></div></body></html>',
      mtime: Date.UTC(2021, 9, 3, 20, 14, 9),
    },
    { name: "Takeout/Hangouts/Hangouts.json", text: JSON.stringify(HANGOUTS, null, 2), mtime: Date.UTC(2021, 9, 3, 20, 14, 9) },
  ],
  folder: "Takeout",
  askedAt: Date.UTC(2026, 10, 30, 9, 0),
  questions: QUESTIONS,
};
