import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { streamJsonArray } from "../../core/ingest/kit/json-stream.js";
import { detectFormat, parseExport, validateExport } from "../../core/ingest/parse.js";
import { conversationItems, turnHash } from "../../core/ingest/store.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-telegram-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A Telegram Desktop chat export (result.json), as it writes one: indented, the chat's members first. */
function chatExport(messages: unknown[]): string {
  return JSON.stringify({ name: "Anna Kowalska", type: "personal_chat", id: 4_420_017, messages }, null, 1);
}

const at = (iso: string) => ({ date: iso.slice(0, 19), date_unixtime: String(Date.parse(iso) / 1000) });

describe("a Telegram chat export", () => {
  it("is detected and read as one conversation: text joined from its pieces, service messages and stickers passed over", async () => {
    const file = join(dir, "result.json");
    writeFileSync(
      file,
      chatExport([
        { id: 1, type: "message", ...at("2026-05-01T19:02:11Z"), from: "Anna Kowalska", from_id: "user1", text: "Hi! Are we still on for Saturday?" },
        { id: 2, type: "service", ...at("2026-05-01T19:03:00Z"), actor: "Tom", action: "pin_message", text: "" },
        {
          id: 3,
          type: "message",
          ...at("2026-05-01T19:04:30Z"),
          from: "Tom",
          text: ["Yes! The trail is ", { type: "link", text: "https://example.org/trail" }, ", meet at 8."],
          reply_to_message_id: 1,
        },
        { id: 4, type: "message", ...at("2026-05-01T19:05:00Z"), from: "Anna Kowalska", text: "", sticker_emoji: "👍", media_type: "sticker" },
      ]),
    );
    expect(await detectFormat(file)).toBe("telegram");
    const [c] = await parsedConversations(file);
    expect(c).toMatchObject({ format: "telegram", externalId: "telegram:4420017", title: "Anna Kowalska", participants: ["Anna Kowalska", "Tom"] });
    expect(c!.turns.map((t) => [t.externalId, t.speaker, t.role, t.text, new Date(t.occurredAt).toISOString(), t.metadata])).toEqual([
      ["1", "Anna Kowalska", "other", "Hi! Are we still on for Saturday?", "2026-05-01T19:02:11.000Z", {}],
      ["3", "Tom", "other", "Yes! The trail is https://example.org/trail, meet at 8.", "2026-05-01T19:04:30.000Z", { reply_to: 1 }],
    ]);
  });

  it("streams the object's array member only: a key of that name inside a message or a string is no member", async () => {
    const file = join(dir, "nested.json");
    writeFileSync(file, '{"about":"messages","x":{"messages":[9]},"messages":[{"a":"messages: ["},2],"after":{"b":[1]}}');
    const items: unknown[] = [];
    for await (const item of streamJsonArray(file, { arrayAt: "messages" })) items.push(item.value);
    expect(items).toEqual([{ a: "messages: [" }, 2]);
  });

  it("names what is wrong: a message with no time, a cut file, a whole account's export with no chats in it", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, chatExport([{ id: 1, type: "message", date: "someday", from: "Tom", text: "hi" }]));
    expect((await importErrorOf(parseExport(bad).next())).message).toBe('bad.json: messages[0].date: expected a time, got "someday"');
    const cut = join(dir, "cut.json");
    writeFileSync(cut, chatExport([{ id: 1, type: "message", ...at("2026-05-01T19:02:11Z"), from: "Tom", text: "hi" }]).slice(0, -4));
    expect((await importErrorOf(parseExport(cut).next())).message).toMatch(
      /^cut\.json: byte \d+ \(line 14, column 1\): truncated JSON: the file ends before the '\]' closing the "messages" array$/,
    );
    const account = join(dir, "account.json");
    writeFileSync(account, JSON.stringify({ about: "Here is the data you requested. …", chats: { about: "…", list: [] } }));
    expect((await importErrorOf(parseExport(account).next())).message).toBe(
      'account.json: byte 0: the note has no text: a whole Telegram account\'s export with no chats in it (export again with "Personal chats" and "Private groups" ticked under "Chat export settings")',
    );
  });
});

const ME = 5_829_103_746;
const MUM = 1_203_948_576;
const RAFAEL = 6_734_019_285;
const BETH = 2_093_847_561;

/** A message as Telegram Desktop writes one: its id, time, sender (a user id) and words. */
function said(id: number, iso: string, from: string, fromId: number | string, text: unknown, extra: Record<string, unknown> = {}) {
  return { id, type: "message", ...at(iso), from, from_id: typeof fromId === "number" ? `user${fromId}` : fromId, ...extra, text };
}

const FAMILY = {
  name: "Clarke family",
  type: "private_group",
  id: 4_471_902_385,
  messages: [
    said(1, "2026-11-08T19:12:04Z", "Mum", MUM, "Have you booked your flight home?"),
    said(2, "2026-11-08T19:20:31Z", "Hannah Clarke", ME, "Yes! Saturday 19 December, landing at 21:40.", { reply_to_message_id: 1 }),
    { id: 3, type: "service", ...at("2026-11-08T19:21:00Z"), actor: "Mum", actor_id: `user${MUM}`, action: "pin_message", message_id: 2, text: "" },
  ],
};
const RAFAEL_CHAT = {
  name: "Rafael Sousa",
  type: "personal_chat",
  id: RAFAEL,
  messages: [
    said(1, "2026-10-15T19:30:22Z", "Rafael Sousa", RAFAEL, "Thursdays at 7pm at Café Flor da Graça?"),
    said(2, "2026-10-15T19:41:07Z", "Hannah Clarke", ME, ["Deal, see you ", { type: "bold", text: "Thursday" }, "!"]),
  ],
};
const SAVED = {
  type: "saved_messages",
  id: ME,
  messages: [said(1, "2026-10-02T07:14:50Z", "Hannah Clarke", ME, "Passport number: 533817264 (expires 14 August 2031)")],
};
const CHANNEL = {
  name: "Lisbon Expats News",
  type: "public_channel",
  id: 1_765_432_109,
  messages: [said(812, "2026-11-30T08:00:00Z", "Lisbon Expats News", "channel1765432109", "Metro strike on Thursday 3 December.")],
};
const BOT = {
  name: "Lisbon Weather Bot",
  type: "bot_chat",
  id: 7_234_509_812,
  messages: [
    said(1, "2026-12-02T07:45:01Z", "Hannah Clarke", ME, "/forecast"),
    said(2, "2026-12-02T07:45:02Z", "Lisbon Weather Bot", 7_234_509_812, "17°C, showers."),
  ],
};
const PUBLIC_READ = {
  name: "Lisbon Digital Nomads",
  type: "public_supergroup",
  id: 1_600_000_001,
  messages: [said(9, "2026-11-03T10:00:00Z", "Someone Else", 42, "Any coworking in Alfama?")],
};
const PUBLIC_WRITTEN = {
  name: "Graça neighbours",
  type: "public_supergroup",
  id: 1_600_000_002,
  messages: [
    said(5, "2026-11-04T10:00:00Z", "Ana Lima", 43, "Who lost a grey cat?"),
    said(6, "2026-11-04T10:05:00Z", "Hannah Clarke", ME, "Saw it on Rua da Graça this morning."),
  ],
};

/** A whole account's export (result.json) as Telegram Desktop writes it: its sections in order, one-space indents. */
function accountExport(chats: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify(
    {
      about: "Here is the data you requested. Remember: Telegram is ad free, it doesn't use your data for ad targeting and doesn't sell it to others.",
      personal_information: { user_id: ME, first_name: "Hannah", last_name: "Clarke", phone_number: "+44 7700 900123", username: "@hannahinlisbon" },
      profile_pictures: [{ ...at("2026-09-14T09:22:31Z"), photo: "profile_pictures/photo_1@14-09-2026_10-22-31.jpg" }],
      contacts: { about: "…", list: [{ user_id: MUM, first_name: "Mum", last_name: "", phone_number: "+44 7700 900321", ...at("2019-03-02T12:00:00Z") }] },
      frequent_contacts: { about: "…", list: [{ id: MUM, category: "people", type: "user", name: "Mum", rating: 7.2 }] },
      sessions: { about: "…", list: [{ last_active: "2026-12-06T10:02:11", last_ip: "85.240.12.34", application_name: "Telegram Desktop" }] },
      ...extra,
      chats: { about: "This page lists all chats from this export.", list: chats },
      left_chats: {
        about: "…",
        list: [
          {
            name: "Didsbury Runners",
            type: "private_supergroup",
            id: 1_500_923_847,
            messages: [said(1, "2026-08-30T18:00:00Z", "Beth Clarke", BETH, "18 miles on Sunday.")],
          },
        ],
      },
    },
    null,
    1,
  );
}

/** A conversation's turns as a user relies on them: id, who, their role, the words and when. */
const turnsOf = (c: ParsedConversation | undefined) => c!.turns.map((t) => [t.externalId, t.speaker, t.role, t.text, new Date(t.occurredAt).toISOString()]);

describe("a whole Telegram account's export (Export Telegram data)", () => {
  it("is detected and read chat by chat: each chat of words a conversation, the account's messages the user's, channels only read, bots and left chats passed over", async () => {
    const file = join(dir, "DataExport_2026-12-06", "result.json");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, accountExport([FAMILY, CHANNEL, RAFAEL_CHAT, SAVED, BOT, PUBLIC_READ, PUBLIC_WRITTEN]));
    expect(await detectFormat(file)).toBe("telegram");
    const convs = await parsedConversations(file);
    expect(convs.map((c) => [c.format, c.externalId, c.title, c.participants, new Date(c.startedAt!).toISOString()])).toEqual([
      ["telegram", "telegram:4471902385", "Clarke family", ["Mum", "Hannah Clarke"], "2026-11-08T19:12:04.000Z"],
      ["telegram", "telegram:6734019285", "Rafael Sousa", ["Rafael Sousa", "Hannah Clarke"], "2026-10-15T19:30:22.000Z"],
      ["telegram", "telegram:5829103746", "Saved Messages", ["Hannah Clarke"], "2026-10-02T07:14:50.000Z"],
      ["telegram", "telegram:1600000002", "Graça neighbours", ["Ana Lima", "Hannah Clarke"], "2026-11-04T10:00:00.000Z"],
    ]);
    expect(turnsOf(convs[0])).toEqual([
      ["1", "Mum", "other", "Have you booked your flight home?", "2026-11-08T19:12:04.000Z"],
      ["2", "Hannah Clarke", "user", "Yes! Saturday 19 December, landing at 21:40.", "2026-11-08T19:20:31.000Z"],
    ]);
    expect(convs[0]!.turns[1]!.metadata).toEqual({ reply_to: 1 });
    expect(turnsOf(convs[1])).toEqual([
      ["1", "Rafael Sousa", "other", "Thursdays at 7pm at Café Flor da Graça?", "2026-10-15T19:30:22.000Z"],
      ["2", "Hannah Clarke", "user", "Deal, see you Thursday!", "2026-10-15T19:41:07.000Z"],
    ]);
    expect(turnsOf(convs[2])).toEqual([["1", "Hannah Clarke", "user", "Passport number: 533817264 (expires 14 August 2031)", "2026-10-02T07:14:50.000Z"]]);
    // (nothing of the channel, the bot, the public group she only reads, the group she left, her contacts or sessions)
    const all = convs.flatMap((c) => c.turns.map((t) => t.text)).join("\n");
    for (const passed of ["Metro strike", "/forecast", "showers", "coworking", "18 miles", "+44 7700"]) expect(all).not.toContain(passed);
    // (in a folder, result.json is read, and its validation counts what an import stores)
    expect(await folderFileFormat(file)).toBe("telegram");
    expect(await validateExport(file)).toMatchObject({ format: "telegram", conversations: 4, turns: 7 });
  });

  it("gives each chat the conversation its own export gives: the same key, title and turns, so importing both adds nothing twice", async () => {
    const whole = join(dir, "whole.json");
    writeFileSync(whole, accountExport([RAFAEL_CHAT, SAVED, FAMILY]));
    const [personal, saved, family] = await parsedConversations(whole);
    const chatAlone = join(dir, "chat-alone.json");
    const savedAlone = join(dir, "saved-alone.json");
    const groupAlone = join(dir, "group-alone.json");
    writeFileSync(chatAlone, JSON.stringify(RAFAEL_CHAT, null, 1));
    // (Saved Messages exported alone has no name: detected by its type)
    writeFileSync(savedAlone, JSON.stringify(SAVED, null, 1));
    writeFileSync(groupAlone, JSON.stringify(FAMILY, null, 1));
    expect(await detectFormat(savedAlone)).toBe("telegram");
    const [personalAlone] = await parsedConversations(chatAlone);
    const [savedAloneConv] = await parsedConversations(savedAlone);
    const [familyAlone] = await parsedConversations(groupAlone);
    // (a personal chat alone tells the user as the one who is not the other person; Saved Messages as its own id)
    expect(personalAlone).toEqual(personal);
    expect(savedAloneConv).toEqual(saved);
    // (a group alone does not say who the user is: the same turns, role "other" until --me names her)
    expect(familyAlone!.externalId).toBe(family!.externalId);
    expect(familyAlone!.turns.map((t) => t.role)).toEqual(["other", "other"]);
    const hashes = (c: ParsedConversation) => c.turns.map((t) => turnHash(c, t));
    expect(hashes(familyAlone!)).toEqual(hashes(family!));
    expect(hashes(personalAlone!)).toEqual(hashes(personal!));
  });

  it("streams a long chat a message at a time, the sections before it read through", async () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      said(
        i + 1,
        new Date(Date.UTC(2026, 9, 1) + i * 60_000).toISOString(),
        i % 2 ? "Hannah Clarke" : "Rafael Sousa",
        i % 2 ? ME : RAFAEL,
        `Message number ${i + 1}, ${"and some words ".repeat(10)}`,
      ),
    );
    const file = join(dir, "long.json");
    writeFileSync(file, accountExport([{ ...RAFAEL_CHAT, messages: many }, SAVED], { other_data: { about: "…", blob: "x".repeat(2_000_000) } }));
    const progress: number[] = [];
    const convs: ParsedConversation[] = [];
    for await (const c of parseExport(file, { onProgress: (read) => progress.push(read) })) convs.push(c);
    expect(convs.map((c) => [c.externalId, c.turns.length])).toEqual([
      ["telegram:6734019285", 20_000],
      ["telegram:5829103746", 1],
    ]);
    expect(convs[0]!.turns[19_999]).toMatchObject({ externalId: "20000", speaker: "Hannah Clarke", role: "user" });
    expect(progress.length).toBeGreaterThan(5);
  });

  it("without personal_information, tells the user in each chat as its own export would, and passes channels over", async () => {
    const file = join(dir, "no-info.json");
    const data = JSON.parse(accountExport([FAMILY, RAFAEL_CHAT, CHANNEL])) as Record<string, unknown>;
    delete data.personal_information;
    writeFileSync(file, JSON.stringify(data, null, 1));
    const convs = await parsedConversations(file);
    expect(convs.map((c) => [c.externalId, c.turns.map((t) => t.role)])).toEqual([
      ["telegram:4471902385", ["other", "other"]],
      ["telegram:6734019285", ["other", "user"]],
    ]);
  });

  it("refuses an export with no chat of words, saying what it held, and a folder passes it over saying why", async () => {
    const file = join(dir, "DataExport_2026-12-07", "result.json");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, accountExport([CHANNEL, BOT, PUBLIC_READ, { name: "Deleted group", type: "private_group", id: 77, messages: [] }]));
    const message =
      "result.json: chats.list: the note has no text: a whole Telegram account's export with no chat of words (passed over: 1 channel you only read, 1 public group you never wrote in, 1 bot chat, 1 chat with no message of words, 1 group or channel you left); contacts and sessions are not imported";
    expect((await importErrorOf(parsedConversations(file))).message).toBe(message);
    expect(await folderFileFormat(file)).toBe("telegram");
    const err = await checkImportFile(file, "telegram").then(
      () => null,
      (e: unknown) => e,
    );
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe(
      "a whole Telegram account's export with no chat of words (passed over: 1 channel you only read, 1 public group you never wrote in, 1 bot chat, 1 chat with no message of words, 1 group or channel you left); contacts and sessions are not imported, no note",
    );
  });

  it("names what is wrong and where: a message with no time, an account id that is none, a chat that is no object, a cut file", async () => {
    const put = (name: string, text: string) => {
      const f = join(dir, name);
      writeFileSync(f, text);
      return f;
    };
    const badDate = put("bad-date.json", accountExport([SAVED, { ...FAMILY, messages: [{ ...FAMILY.messages[0], date: "someday", date_unixtime: "x" }] }]));
    expect(await importErrorOf(parsedConversations(badDate))).toMatchObject({
      location: "chats.list[1].messages[0].date",
      message: 'bad-date.json: chats.list[1].messages[0].date: expected a time, got "someday"',
    });
    const badId = put("bad-id.json", accountExport([SAVED]).replace(`"user_id": ${ME}`, '"user_id": "me"'));
    expect((await importErrorOf(parsedConversations(badId))).message).toBe(
      'bad-id.json: personal_information.user_id: expected the account\'s user id (a number), got "me"',
    );
    const notChat = put("not-chat.json", accountExport([SAVED, "Rafael"]));
    expect((await importErrorOf(parsedConversations(notChat))).message).toBe(
      'not-chat.json: chats.list[1]: expected a chat (an object with its "messages"), got "Rafael"',
    );
    const text = accountExport([SAVED, RAFAEL_CHAT]);
    const cut = put("cut.json", text.slice(0, text.indexOf("Deal, see you")));
    const error = await importErrorOf(parsedConversations(cut));
    expect(error.message).toMatch(
      /^cut\.json: byte \d+ \(line \d+, column \d+\): truncated JSON: the file ends inside a string of chats\.list\[1\]\.messages\[1\], before its end$/,
    );
  });
});

const SOFIA = 6_118_402_937;
const BEN = 5_902_771_364;
/** A Telegram Desktop chat export of Sofia's personal chat with Ben (its `id` Ben's), as it writes one. */
const withBen = (messages: unknown[]) => JSON.stringify({ name: "Ben", type: "personal_chat", id: BEN, messages }, null, 1);

describe("forwarded messages and shared contacts in a Telegram chat", () => {
  it("tells a forwarded message as said by whom it forwards (role other, whoever forwarded it), the forwarder in its metadata", async () => {
    const file = join(dir, "forwarded", "result.json");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(
      file,
      withBen([
        said(1, "2026-09-07T08:31:02Z", "Sofia", SOFIA, "Asked Chloe if the landlord would take £1,375"),
        // (tdesktop writes `forwarded_from` after `from`/`from_id` and before `reply_to_message_id`)
        said(
          2,
          "2026-09-09T12:15:44Z",
          "Ben",
          BEN,
          "Hi both, good news: the landlord has agreed to £1,395 pcm. Could you let me know by Friday? Thanks, Chloe",
          {
            forwarded_from: "Chloe Bennett",
          },
        ),
        said(3, "2026-09-09T12:20:03Z", "Sofia", SOFIA, "£1,395! That's only £20 more than Raleigh Road", { reply_to_message_id: 2 }),
        // (the user forwarding another's words: still theirs, not hers)
        said(4, "2026-09-10T09:00:00Z", "Sofia", SOFIA, "Your parcel is ready to collect at the Cotham post office.", {
          forwarded_from: "Royal Mail",
          reply_to_message_id: 3,
        }),
        // (one forwarded from a deleted account: the writer writes null for a name it has not)
        said(5, "2026-09-10T09:05:00Z", "Ben", BEN, "The boiler was serviced in March.", { forwarded_from: null }),
        // (her own message forwarded back into the chat: her words)
        said(6, "2026-09-10T09:10:00Z", "Sofia", SOFIA, "Cotham Brow is a 10 minute walk to work for me.", { forwarded_from: "Sofia" }),
      ]),
    );
    const [c] = await parsedConversations(file);
    expect(c!.participants).toEqual(["Sofia", "Chloe Bennett", "Royal Mail", "Deleted Account"]);
    expect(c!.turns.map((t) => [t.externalId, t.speaker, t.role, t.text, t.metadata])).toEqual([
      ["1", "Sofia", "user", "Asked Chloe if the landlord would take £1,375", {}],
      [
        "2",
        "Chloe Bennett",
        "other",
        "Hi both, good news: the landlord has agreed to £1,395 pcm. Could you let me know by Friday? Thanks, Chloe",
        { forwarded_by: "Ben" },
      ],
      ["3", "Sofia", "user", "£1,395! That's only £20 more than Raleigh Road", { reply_to: 2 }],
      ["4", "Royal Mail", "other", "Your parcel is ready to collect at the Cotham post office.", { reply_to: 3, forwarded_by: "Sofia" }],
      ["5", "Deleted Account", "other", "The boiler was serviced in March.", { forwarded_by: "Ben" }],
      ["6", "Sofia", "user", "Cotham Brow is a 10 minute walk to work for me.", {}],
    ]);
    expect(new Date(c!.turns[1]!.occurredAt).toISOString()).toBe("2026-09-09T12:15:44.000Z");
    // (an Engram before session 41 stored it as the forwarder's: imported again, it is the same source, not a new one)
    const forwarded = c!.turns[1]!;
    const items = conversationItems(c!);
    expect(items[1]!.formerHashes).toEqual([turnHash(c!, { ...forwarded, speaker: "Ben" })]);
    expect(items[0]!.formerHashes).toBeUndefined();
  });

  it("reads a shared contact card as a short mention of whom and what number, the card's vCard file not read", async () => {
    const file = join(dir, "contact", "result.json");
    mkdirSync(dirname(file), { recursive: true });
    const card = (first: string, last: string, phone: string) => ({ contact_information: { first_name: first, last_name: last, phone_number: phone } });
    writeFileSync(
      file,
      withBen([
        said(1, "2026-10-06T08:42:09Z", "Ben", BEN, "Sorry, 0117 496 0785"),
        // (a contact has no words: tdesktop writes `contact_information`, no media_type, then `contact_vcard` when the card has one, then text "")
        said(2, "2026-10-06T08:42:40Z", "Ben", BEN, "", card("Marcus", "Hale (Clifton & Co)", "+44 117 496 0785")),
        said(3, "2026-10-06T08:45:00Z", "Sofia", SOFIA, "", {
          ...card("Gareth", "", "+44 7700 900461"),
          contact_vcard: "(File not included. Change data exporting settings to download.)",
          contact_vcard_file_size: 212,
        }),
        said(4, "2026-10-06T08:46:00Z", "Sofia", SOFIA, "", card("", "", "+44 7700 900462")),
        said(5, "2026-10-06T08:47:00Z", "Sofia", SOFIA, "", card("[Plumber] Dave", "", "")),
        said(6, "2026-10-06T08:48:00Z", "Ben", BEN, "", { ...card("Chloe", "Bennett", "+44 117 496 0123"), forwarded_from: "Harbourside Lettings" }),
      ]),
    );
    const [c] = await parsedConversations(file);
    expect(turnsOf(c)).toEqual([
      ["1", "Ben", "other", "Sorry, 0117 496 0785", "2026-10-06T08:42:09.000Z"],
      ["2", "Ben", "other", "[shared a contact: Marcus Hale (Clifton & Co), +44 117 496 0785]", "2026-10-06T08:42:40.000Z"],
      ["3", "Sofia", "user", "[shared a contact: Gareth, +44 7700 900461]", "2026-10-06T08:45:00.000Z"],
      ["4", "Sofia", "user", "[shared a contact: +44 7700 900462]", "2026-10-06T08:46:00.000Z"],
      ["5", "Sofia", "user", "[shared a contact: Plumber Dave]", "2026-10-06T08:47:00.000Z"],
      ["6", "Harbourside Lettings", "other", "[shared a contact: Chloe Bennett, +44 117 496 0123]", "2026-10-06T08:48:00.000Z"],
    ]);
  });
});
