/**
 * Google Hangouts' Hangouts.json of Google Takeout (core/ingest/chats/hangouts.ts), in both shapes (Takeout's since
 * 2017, `conversations[].conversation` and `events`; the older `conversation_state[].conversation_state` and
 * `event`): each Hangouts conversation one conversation, titled by its name or its other people, each message its
 * sender's turn at its time, the archive's owner the user, links, line breaks and attachments (a photo, a video, a
 * place) as a user reads them, a finished call said with its length; calls' starts, members added and renames passed
 * over. Detected by its start (not mistaken for Skype's or Google Chat's), read in a Takeout folder, `--format`
 * chosen; imported twice adds nothing, a later Takeout (or the older shape of the same chats) only what is new; each
 * refusal names the file and where, and stores nothing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, isEmptyNote } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { isHangoutsExport } from "../../core/ingest/chats/hangouts.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-hangouts-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** Writes `value` (JSON pretty-printed two spaces a level, as Takeout writes Hangouts.json; a string as it is) under `path`; returns its path. */
function put(path: string, value: unknown): string {
  const file = join(dir, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value, null, 2));
  return file;
}

const ME = { gaia: "108239651740284517733", name: "Olivia Hart" };
const EMMA = { gaia: "115804372291640853120", name: "Emma Hart" };
const TOM = { gaia: "103377158920465512894", name: "Tom Walsh" };
const BEN = { gaia: "109914287365502318847", name: "Ben Okafor" };
type Who = { gaia: string; name?: string; phone?: string };

const id = (w: Who) => ({ gaia_id: w.gaia, chat_id: w.gaia });
/** Microseconds since 1970 of `iso`, a string, as Takeout writes a time. */
const micros = (iso: string, us = 0) => String(Date.parse(iso) * 1000 + us);

/** A conversation's details as Takeout writes them. */
function details(cid: string, type: string, people: Who[], name?: string) {
  return {
    id: { id: cid },
    type,
    ...(name ? { name } : {}),
    self_conversation_state: {
      self_read_state: { participant_id: id(ME), latest_read_timestamp: "1622887752000000" },
      status: "ACTIVE",
      notification_level: "RING",
      view: ["INBOX_VIEW"],
      inviter_id: id(people[1]!),
      invite_timestamp: "1473526961000000",
      sort_timestamp: "1622887752000000",
    },
    read_state: people.map((p) => ({ participant_id: id(p), latest_read_timestamp: "0" })),
    has_active_hangout: false,
    otr_status: "ON_THE_RECORD",
    otr_toggle: "ENABLED",
    current_participant: people.map(id),
    participant_data: people.map((p) => ({
      id: id(p),
      ...(p.name ? { fallback_name: p.name } : {}),
      ...(p.phone ? { phone_number: { e164: p.phone, i18n_data: { national_number: "07700 900123", international_number: "+44 7700 900123" } } } : {}),
      invitation_status: "ACCEPTED_INVITATION",
      participant_type: p.phone ? "OFF_NETWORK_PHONE" : "GAIA",
    })),
    fork_on_external_invite: false,
    network_type: ["BABEL"],
    force_history_state: "NO_FORCE",
    group_link_sharing_status: "LINK_SHARING_OFF",
  };
}

/** An event as Takeout writes one: its header around `body`. */
function event(cid: string, eventId: string, from: Who, iso: string, type: string, body: Record<string, unknown>) {
  return {
    conversation_id: { id: cid },
    sender_id: id(from),
    timestamp: micros(iso, 512_304),
    self_event_state: { user_id: id(ME), notification_level: "RING" },
    ...body,
    event_id: eventId,
    advances_sort_timestamp: true,
    event_otr: "ON_THE_RECORD",
    delivery_medium: { medium_type: "BABEL_MEDIUM" },
    event_type: type,
    event_version: micros(iso, 512_304),
  };
}

/** A chat message's body: `segment` and `attachment` as given. */
const message = (segment: unknown[], attachment?: unknown[]) => ({ chat_message: { message_content: { segment, ...(attachment ? { attachment } : {}) } } });
const text = (t: string) => ({ type: "TEXT", text: t, formatting: { bold: false, italics: false, strikethrough: false, underline: false } });
const link = (t: string, target = t) => ({ type: "LINK", text: t, link_data: { link_target: target } });
const lineBreak = { type: "LINE_BREAK", text: "\n" };
/** A photo's attachment; `key` the older Takeout's "embeds.PlusPhoto.plus_photo". */
const photo = (media = "PHOTO", key = "plus_photo") => ({
  embed_item: {
    type: ["PLUS_PHOTO"],
    id: "115804372291640853120/6331",
    [key]: {
      thumbnail: {
        url: "https://plus.google.com/photos/albums/p1",
        image_url: "https://lh3.googleusercontent.com/-a/s0/IMG_0001.jpg",
        width_px: 640,
        height_px: 480,
      },
      owner_obfuscated_id: "115804372291640853120",
      album_id: "6331",
      photo_id: "6331774",
      url: "https://lh3.googleusercontent.com/-a/s0/IMG_0001.jpg",
      original_content_url: "https://lh3.googleusercontent.com/-a/d/IMG_0001.jpg",
      media_type: media,
      stream_id: ["BABEL_STREAM_ID"],
    },
  },
  id: "attachment0",
});
const place = {
  embed_item: {
    type: ["PLACE_V2", "THING_V2", "THING"],
    place_v2: {
      url: "https://maps.google.com/maps?q=54.77,-1.57",
      name: "Swan and Three Cygnets",
      address: { type: ["POSTAL_ADDRESS_V2"], postal_address_v2: { name: "Elvet Bridge, Durham DH1 3AG, UK", address_locality: "Durham" } },
      geo: { type: ["GEO_COORDINATES_V2"], geo_coordinates_v2: { latitude: 54.7745, longitude: -1.5722 } },
    },
  },
  id: "attachment0",
};

const SIS = "UgwQ7m2kR9vX1cLpT4aAbAEAAQ";
const UNI = "UgzN3hW8fJ5bY0qKe6xAbAEAAQ";

const SIS_EVENTS = [
  event(SIS, "7-H0Z7-a1", EMMA, "2016-09-25T19:11:08Z", "REGULAR_CHAT_MESSAGE", message([text("Could you lend me £500 until Christmas?")])),
  event(SIS, "7-H0Z7-a2", ME, "2016-09-25T19:15:30Z", "REGULAR_CHAT_MESSAGE", message([text("Of course."), lineBreak, text("I'll transfer it tonight")])),
  event(SIS, "7-H0Z7-a3", EMMA, "2016-10-02T18:30:12Z", "HANGOUT_EVENT", { hangout_event: { event_type: "START_HANGOUT", participant_id: [id(EMMA)] } }),
  event(SIS, "7-H0Z7-a4", EMMA, "2016-10-02T19:17:12Z", "HANGOUT_EVENT", {
    hangout_event: { event_type: "END_HANGOUT", participant_id: [id(EMMA), id(ME)], media_type: "AUDIO_VIDEO", hangout_duration_secs: "2820" },
  }),
  event(SIS, "7-H0Z7-a5", EMMA, "2016-10-02T19:19:40Z", "REGULAR_CHAT_MESSAGE", message([text("Our new living room!")], [photo()])),
  event(SIS, "7-H0Z7-a6", EMMA, "2016-10-02T19:20:02Z", "REGULAR_CHAT_MESSAGE", { chat_message: { message_content: { attachment: [photo("VIDEO")] } } }),
];

const UNI_EVENTS = [
  event(
    UNI,
    "8-Q1-b1",
    TOM,
    "2018-06-10T15:40:21Z",
    "REGULAR_CHAT_MESSAGE",
    message([text("Gift list: "), link("https://www.johnlewisgiftlist.com/walsh-shah")]),
  ),
  event(UNI, "8-Q1-b2", BEN, "2018-09-09T10:30:05Z", "RENAME_CONVERSATION", { conversation_rename: { new_name: "Durham Crew", old_name: "Durham" } }),
  event(UNI, "8-Q1-b3", TOM, "2018-09-09T10:31:00Z", "ADD_USER", { membership_change: { type: "JOIN", participant_id: [id(BEN)] } }),
  event(
    UNI,
    "8-Q1-b4",
    BEN,
    "2019-08-02T18:44:16Z",
    "REGULAR_CHAT_MESSAGE",
    message([text("Reunion here? "), link("the pub", "https://www.swanandthreecygnets.co.uk")]),
  ),
  event(UNI, "8-Q1-b5", BEN, "2019-08-02T18:45:00Z", "REGULAR_CHAT_MESSAGE", message([], [place])),
  event(UNI, "8-Q1-b6", ME, "2020-04-10T20:23:41Z", "HANGOUT_EVENT", {
    hangout_event: { event_type: "END_HANGOUT", participant_id: [id(TOM), id(ME)], media_type: "AUDIO_ONLY", hangout_duration_secs: "4980" },
  }),
  // (a message with no words and nothing attached: passed over)
  event(UNI, "8-Q1-b7", TOM, "2020-04-10T20:24:00Z", "REGULAR_CHAT_MESSAGE", message([text("  ")])),
];

/** Takeout's Hangouts.json since 2017 of `conversations` ([id, details, events]). */
function takeout(conversations: Array<[string, unknown, unknown[]]>) {
  return { conversations: conversations.map(([cid, d, events]) => ({ conversation: { conversation_id: { id: cid }, conversation: d }, events })) };
}

/** The older Takeout's Hangouts.json of the same. */
function olderTakeout(
  conversations: Array<[string, unknown, unknown[]]>,
  header: unknown = { status: "OK", request_trace_id: "-4021", current_server_time: "1633290849000000" },
) {
  return {
    continuation_end_timestamp: "1633290849512000",
    conversation_state: conversations.map(([cid, d, event]) => ({
      conversation_id: { id: cid },
      response_header: header,
      conversation_state: { conversation_id: { id: cid }, conversation: d, event },
    })),
  };
}

const SIS_CHAT: [string, unknown, unknown[]] = [SIS, details(SIS, "STICKY_ONE_TO_ONE", [ME, EMMA]), SIS_EVENTS];
const UNI_CHAT: [string, unknown, unknown[]] = [UNI, details(UNI, "GROUP", [ME, TOM, BEN], "Durham Crew"), UNI_EVENTS];

/** Each conversation's key, title and turns as [id, speaker, role, time, words]. */
function shown(convs: Awaited<ReturnType<typeof parsedConversations>>) {
  return convs.map((c) => ({
    key: c.externalId,
    title: c.title,
    participants: c.participants,
    turns: c.turns.map((t) => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text]),
  }));
}

const EXPECTED = [
  {
    key: `hangouts:${SIS}`,
    title: "Emma Hart",
    participants: ["Emma Hart", "Olivia Hart"],
    turns: [
      ["7-H0Z7-a1", "Emma Hart", "other", "2016-09-25T19:11:08.512Z", "Could you lend me £500 until Christmas?"],
      ["7-H0Z7-a2", "Olivia Hart", "user", "2016-09-25T19:15:30.512Z", "Of course.\nI'll transfer it tonight"],
      ["7-H0Z7-a4", "Emma Hart", "other", "2016-10-02T19:17:12.512Z", "[video call, 47 minutes]"],
      ["7-H0Z7-a5", "Emma Hart", "other", "2016-10-02T19:19:40.512Z", "Our new living room!\n[shared a photo]"],
      ["7-H0Z7-a6", "Emma Hart", "other", "2016-10-02T19:20:02.512Z", "[shared a video]"],
    ],
  },
  {
    key: `hangouts:${UNI}`,
    title: "Durham Crew",
    participants: ["Tom Walsh", "Ben Okafor", "Olivia Hart"],
    turns: [
      ["8-Q1-b1", "Tom Walsh", "other", "2018-06-10T15:40:21.512Z", "Gift list: https://www.johnlewisgiftlist.com/walsh-shah"],
      ["8-Q1-b4", "Ben Okafor", "other", "2019-08-02T18:44:16.512Z", "Reunion here? the pub (https://www.swanandthreecygnets.co.uk)"],
      ["8-Q1-b5", "Ben Okafor", "other", "2019-08-02T18:45:00.512Z", "[shared a place: Swan and Three Cygnets, Elvet Bridge, Durham DH1 3AG, UK]"],
      ["8-Q1-b6", "Olivia Hart", "user", "2020-04-10T20:23:41.512Z", "[voice call, 1 hour 23 minutes]"],
    ],
  },
];

describe("Google Hangouts' Hangouts.json", () => {
  it("reads each Hangouts conversation: its title, each message its sender's at its time, the owner the user, links, attachments and calls in words", async () => {
    const file = put("Takeout/Hangouts/Hangouts.json", takeout([SIS_CHAT, UNI_CHAT]));
    expect(await detectFormat(file)).toBe("hangouts");
    const convs = await parsedConversations(file);
    expect(shown(convs)).toEqual(EXPECTED);
    expect(convs.every((c) => c.format === "hangouts")).toBe(true);
    expect(convs[0]!.startedAt).toBe(Date.parse("2016-09-25T19:11:08.512Z"));
    expect(convs[0]!.turns[2]!.metadata).toEqual({ call: { media: "AUDIO_VIDEO", seconds: 2820 } });
    expect(convs[0]!.turns[0]!.metadata).toEqual({});
  });

  it("reads the older Takeout's shape as the same conversations and turns, its attachments' older key too", async () => {
    const older = SIS_EVENTS.map((e) =>
      e.event_id === "7-H0Z7-a5"
        ? { ...e, chat_message: { message_content: { segment: [text("Our new living room!")], attachment: [photo("PHOTO", "embeds.PlusPhoto.plus_photo")] } } }
        : e,
    );
    const file = put("old/Hangouts.json", olderTakeout([[SIS, SIS_CHAT[1], older], UNI_CHAT]));
    expect(await detectFormat(file)).toBe("hangouts");
    expect(shown(await parsedConversations(file))).toEqual(EXPECTED);
  });

  it("is told by its start, whatever its name, and not mistaken for Skype's or Google Chat's exports", async () => {
    const pretty = JSON.stringify(takeout([SIS_CHAT]), null, 2);
    expect(isHangoutsExport(pretty)).toBe(true);
    expect(isHangoutsExport(JSON.stringify(olderTakeout([SIS_CHAT])))).toBe(true);
    expect(isHangoutsExport('{\n  "conversations": []\n}')).toBe(true);
    expect(await detectFormat(put("renamed.json", pretty))).toBe("hangouts");
    const skype = put("skype/messages.json", { userId: "8:live:x", exportDate: "2026-11-22T18:40", conversations: [] });
    expect(await detectFormat(skype)).toBe("skype");
    const chat = put("Groups/DM 8y2W_wAAAAE/messages.json", {
      messages: [{ creator: { name: "Ana", email: "a@x.com", user_type: "Human" }, created_date: "Tuesday, November 3, 2026 at 6:42:10 PM UTC", text: "hi" }],
    });
    expect(await detectFormat(chat)).toBe("googlechat");
    expect(isHangoutsExport('{ "conversations": [ { "id": "19:x" } ] }')).toBe(false);
  });

  it("is read from a Takeout folder, and with --format whatever the order of its members", async () => {
    const file = put("Takeout/Hangouts/Hangouts.json", takeout([SIS_CHAT]));
    put("Takeout/archive_browser.html", "<!DOCTYPE html><html><head><title>Google Takeout</title></head><body></body></html>");
    expect(importPaths(join(dir, "Takeout")).map((p) => p.file.slice(dir.length + 1))).toContain("Takeout/Hangouts/Hangouts.json");
    expect(await folderFileFormat(file)).toBe("hangouts");
    // (a conversation's events before its details: not told by its start, read when --format names it, its people named at its end)
    const reordered = put("reordered.json", {
      conversations: [{ events: SIS_EVENTS, conversation: { conversation_id: { id: SIS }, conversation: SIS_CHAT[1] } }],
    });
    expect(await detectFormat(reordered).catch(() => "refused")).not.toBe("hangouts");
    expect(shown(await parsedConversations(reordered, "hangouts"))).toEqual([EXPECTED[0]]);
  });

  it("names people the archive leaves unnamed: by their number, by another conversation, else by their id; the owner as User", async () => {
    const noName = { gaia: "100000000000000000001" };
    const phone = { gaia: "100000000000000000002", phone: "+447700900123" };
    const file = put(
      "unnamed.json",
      takeout([
        SIS_CHAT,
        [
          "UgxA",
          details("UgxA", "GROUP", [{ gaia: ME.gaia }, { gaia: EMMA.gaia }, phone, noName]),
          [
            event("UgxA", "c1", { gaia: EMMA.gaia }, "2021-01-01T10:00:00Z", "REGULAR_CHAT_MESSAGE", message([text("hi")])),
            event("UgxA", "c2", phone, "2021-01-01T10:01:00Z", "SMS", message([text("who's this?")])),
            event("UgxA", "c3", noName, "2021-01-01T10:02:00Z", "REGULAR_CHAT_MESSAGE", message([text("me")])),
            event("UgxA", "c4", ME, "2021-01-01T10:03:00Z", "REGULAR_CHAT_MESSAGE", message([text("hello")])),
          ],
        ],
        [
          "UgxB",
          details("UgxB", "STICKY_ONE_TO_ONE", [{ gaia: "100000000000000000009" }, noName]),
          [event("UgxB", "d1", noName, "2021-01-02T10:00:00Z", "REGULAR_CHAT_MESSAGE", message([text("yo")]))],
        ],
      ]),
    );
    const [, group, lone] = await parsedConversations(file);
    expect(group!.title).toBe("Emma Hart, +44 7700 900123 and Hangouts user 100000000000000000001");
    expect(group!.turns.map((t) => `${t.speaker} (${t.role}): ${t.text}`)).toEqual([
      "Emma Hart (other): hi",
      "+44 7700 900123 (other): who's this?",
      "Hangouts user 100000000000000000001 (other): me",
      "Olivia Hart (user): hello",
    ]);
    // (someone no conversation names: by their id)
    expect(lone!.turns.map((t) => `${t.speaker} (${t.role})`)).toEqual(["Hangouts user 100000000000000000001 (other)"]);
    // (an owner no conversation names, told by the events' self_event_state when the details do not say: "User")
    const { self_conversation_state: _, ...unowned } = details("UgxC", "STICKY_ONE_TO_ONE", [{ gaia: ME.gaia }, EMMA]);
    const alone = put(
      "alone.json",
      takeout([["UgxC", unowned, [event("UgxC", "e1", ME, "2021-01-03T10:00:00Z", "REGULAR_CHAT_MESSAGE", message([text("hi")]))]]]),
    );
    const [only] = await parsedConversations(alone);
    expect([only!.title, only!.turns.map((t) => `${t.speaker} (${t.role})`)]).toEqual(["Emma Hart", ["User (user)"]]);
  });

  it("adds nothing when imported twice; a later Takeout, or the older shape of the same chats, adds only what is new", async () => {
    const first = put("first/Hangouts.json", takeout([[SIS, SIS_CHAT[1], SIS_EVENTS.slice(0, 2)]]));
    const later = put("later/Hangouts.json", takeout([SIS_CHAT, UNI_CHAT]));
    const older = put("older/Hangouts.json", olderTakeout([SIS_CHAT, UNI_CHAT]));
    const db = openDatabase(join(dir, "engram.db"));
    try {
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "hangouts", conversations: 1, turns: 2, added: 2, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 2 });
      expect(await importFile(db, embedder, later)).toMatchObject({ conversations: 2, turns: 9, added: 7, duplicates: 2 });
      expect(await importFile(db, embedder, older)).toMatchObject({ conversations: 2, added: 0, duplicates: 9 });
      const turns = db
        .prepare(
          "SELECT s.speaker, s.role, s.text FROM sources s JOIN conversations c ON c.id = s.conversation_id WHERE c.external_id = ? ORDER BY s.occurred_at",
        )
        .all(`hangouts:${SIS}`) as Array<{ speaker: string; role: string; text: string }>;
      expect(turns.map((t) => `${t.speaker} (${t.role}): ${t.text}`).slice(0, 2)).toEqual([
        "Emma Hart (other): Could you lend me £500 until Christmas?",
        "Olivia Hart (user): Of course.\nI'll transfer it tonight",
      ]);
    } finally {
      db.close();
    }
  });

  it("marks the person --me names as the user besides the owner", async () => {
    const file = put("me/Hangouts.json", takeout([SIS_CHAT]));
    const db = openDatabase(join(dir, "me.db"));
    try {
      await importFile(db, embedder, file, { me: "Emma Hart" });
      const roles = db.prepare("SELECT DISTINCT speaker, role FROM sources ORDER BY speaker").all();
      expect(roles).toEqual([
        { speaker: "Emma Hart", role: "user" },
        { speaker: "Olivia Hart", role: "user" },
      ]);
    } finally {
      db.close();
    }
  });

  it("refuses a bad file naming the file and where, and stores nothing", async () => {
    const bad = (events: unknown[]) => takeout([SIS_CHAT, [UNI, UNI_CHAT[1], events]]);
    const ok = UNI_EVENTS[0]!;
    const cases: Array<[string, unknown, string]> = [
      [
        "time.json",
        bad([ok, { ...ok, event_id: "x", timestamp: "yesterday" }]),
        'time.json: conversations[1].events[1].timestamp: expected microseconds since 1970 (1970 to 2199), got "yesterday"',
      ],
      [
        "sender.json",
        bad([{ ...ok, sender_id: null }]),
        'sender.json: conversations[1].events[0].sender_id: expected the sender\'s id ({ "gaia_id", "chat_id" }), got null',
      ],
      ["event.json", bad(["hello"]), 'event.json: conversations[1].events[0]: expected an event (an object), got "hello"'],
      [
        "events.json",
        { conversations: [{ conversation: { conversation_id: { id: SIS }, conversation: SIS_CHAT[1] }, events: {} }] },
        "events.json: conversations[0].events: expected its events (an array), got {}",
      ],
      ["list.json", { conversations: "none" }, 'list.json: conversations: expected the list of conversations (an array), got "none"'],
      ["array.json", [1, 2], 'array.json: byte 0: expected Hangouts.json\'s object ({ "conversations": [ … ] }), got [1,2]'],
      [
        "state.json",
        { continuation_end_timestamp: "1", conversation_state: [{ conversation_id: { id: SIS }, conversation_state: [] }] },
        "state.json: conversation_state[0].conversation_state: expected the conversation's state (an object), got []",
      ],
      [
        "empty.json",
        takeout([[SIS, SIS_CHAT[1], [SIS_EVENTS[2]]]]),
        "empty.json: conversations: the note has no text: a Hangouts archive with no message in it (1 conversation, none with a message)",
      ],
    ];
    const db = openDatabase(join(dir, "bad.db"));
    try {
      for (const [name, value, expected] of cases) {
        const file = put(`bad/${name}`, value);
        const err = await importErrorOf(validateExport(file, { format: "hangouts" }));
        expect([err.name, err.file, err.message]).toEqual(["ImportError", file, expected]);
        await expect(importFile(db, embedder, file, { format: "hangouts" })).rejects.toThrow(expected);
      }
      // (an archive with no message: passed over in a folder, said why)
      await expect(importFile(db, embedder, join(dir, "bad/empty.json"))).rejects.toSatisfy(isEmptyNote);
      const whole = JSON.stringify(takeout([SIS_CHAT, UNI_CHAT]), null, 2);
      const cut = put("bad/cut.json", whole.slice(0, whole.length - 300));
      const truncated = await importErrorOf(validateExport(cut));
      expect(truncated.file).toBe(cut);
      expect(truncated.location).toMatch(/^byte \d+ \(line \d+, column \d+\)$/);
      await expect(importFile(db, embedder, cut)).rejects.toThrow(truncated.message);
      expect(db.prepare("SELECT COUNT(*) AS n FROM sources").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it("reads through what it does not keep: a long response header of the older shape costs no memory", async () => {
    const file = put("big/Hangouts.json", olderTakeout([SIS_CHAT], { status: "OK", debug_url: "x".repeat(6 * 1024 * 1024) }));
    expect(shown(await parsedConversations(file))).toEqual([EXPECTED[0]]);
  });
});
