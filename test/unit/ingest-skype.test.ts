/**
 * Skype's chats as its "Export your data" writes them (core/ingest/skype.ts): messages.json's
 * conversations each one conversation in time order (the export lists them newest first), the
 * account's own messages the user's, others by their names, markup reduced to words (a quote kept out
 * of the reply's words, in its metadata), an edited message read once as last edited, deleted
 * messages, calls, member changes, bots and the call log passed over, photos and files a short mention;
 * a media/<doc id>.json passed over in a folder; a bad file refused naming the file and where.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, passedOverInFolder } from "../../core/api/import-check.js";
import { detectFormat } from "../../core/ingest/parse.js";
import { skypeWords } from "../../core/ingest/chats/skype.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-skype-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ME = "8:live:.cid.4f2a9c81d3e07b55";
const MUM = "8:live:vesna.novak58";
const HANNAH = "8:live:hannahp_88";
const TOM = "8:live:.cid.77ab01c2e3d4f5a6";
const GROUP = "19:b1e4c7d2a9f0436e8c5b2a1d0e9f8c7b@thread.skype";

/** A message as the export writes one (its id the time it arrived, in ms). */
function msg(conversation: string, from: string, at: string, content: string, extra: Record<string, unknown> = {}) {
  return {
    id: String(Date.parse(at)),
    displayName: null,
    originalarrivaltime: at,
    messagetype: "RichText",
    version: Date.parse(at),
    content,
    conversationid: conversation,
    from,
    properties: null,
    amsreferences: null,
    ...extra,
  };
}

/** A conversation as the export writes one. */
function conversation(id: string, displayName: string | null, messages: unknown[], threadProperties: unknown = null) {
  return {
    id,
    displayName,
    version: 1794000000000,
    properties: { conversationblocked: false, lastimreceivedtime: null, consumptionhorizon: null, conversationstatus: null },
    threadProperties,
    MessageList: messages,
  };
}

/** Writes `value` as an export writes messages.json (one line) under `path` in the test's folder; returns its path. */
function put(path: string, value: unknown): string {
  const file = join(dir, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
}

/** An export of `conversations` by the account ME. */
function exported(conversations: unknown[]) {
  return { userId: ME, exportDate: "2026-11-22T18:40:12", conversations };
}

const FIRST_SENT = "2026-11-02T20:20:11.204Z";

const MUM_CHAT = conversation("8:live:vesna.novak58", "Vesna Novak", [
  // (newest first, as the export lists them)
  msg(MUM, MUM, "2026-11-15T09:41:07.530Z", "", { displayName: "Vesna Novak", properties: { deletetime: "1794735809004" } }),
  msg(
    MUM,
    ME,
    "2026-11-02T20:33:52.018Z",
    `<quote author="${MUM}" authorname="Vesna Novak" timestamp="1794169900" conversation="${MUM}" messageid="1794169900655"><legacyquote>[20:31:40] Vesna Novak: </legacyquote>We land on Saturday 19 December<legacyquote>\n\n&lt;&lt;&lt; </legacyquote></quote>Perfect, I&apos;ll pick you up at arrivals`,
  ),
  msg(
    MUM,
    MUM,
    "2026-11-02T20:31:40.655Z",
    `We land on Saturday 19 December<e_m a="live:vesna.novak58" ts_ms="${Date.parse(FIRST_SENT)}" ts="1794169211" t="61"></e_m>`,
    {
      displayName: "Vesna Novak",
      properties: { edittime: "1794170000000", isserversidegenerated: true },
    },
  ),
  msg(MUM, MUM, FIRST_SENT, "We land on Friday 18 December", { displayName: "Vesna Novak" }),
  msg(
    MUM,
    MUM,
    "2026-10-27T19:41:12.100Z",
    '<partlist type="ended" alt="" callId="1"><part identity="live:vesna.novak58"><name>Vesna Novak</name><duration>2147</duration></part></partlist>',
    {
      messagetype: "Event/Call",
    },
  ),
  msg(
    MUM,
    MUM,
    "2026-10-04T17:26:44.019Z",
    '<URIObject uri="https://api.asm.skype.com/v1/objects/0-weu-d6-81ec" type="File.1" doc_id="0-weu-d6-81ec">To view this file, go to: <a href="https://login.skype.com/login/sso?go=webclient.xmm&amp;docid=0-weu-d6-81ec">https://login.skype.com/login/sso?go=webclient.xmm&amp;docid=0-weu-d6-81ec</a><OriginalName v="Potica - Babi Marija.pdf"></OriginalName><FileSize v="48213"></FileSize></URIObject>',
    { messagetype: "RichText/Media_GenericFile", displayName: "Vesna Novak", amsreferences: ["0-weu-d6-81ec"] },
  ),
  msg(
    MUM,
    MUM,
    "2026-10-04T17:25:09.337Z",
    '<b>Potica</b>\nBake for 60 minutes at 170°C. Babi&apos;s tip: <a href="https://example.org/potica">the video</a> <ss type="heart">(heart)</ss>',
    { displayName: "Vesna Novak" },
  ),
  msg(MUM, ME, "2026-10-04T17:12:40.551Z", "Can you send me your potica recipe?", { displayName: "Elena Novak" }),
]);

const GROUP_CHAT = conversation(
  GROUP,
  "Flat 4B",
  [
    msg(GROUP, TOM, "2026-10-15T09:20:36.840Z", 'Legend <ss type="dance">(dance)</ss> <ss type="smile">:)</ss>', { displayName: "Tom Okafor" }),
    msg(GROUP, HANNAH, "2026-10-15T09:12:51.266Z", "Booked! <b>£85 each</b>. Pay me by 20 November please", { displayName: "Hannah Price" }),
    msg(GROUP, TOM, "2026-10-14T21:03:40.310Z", `I&apos;m in. <at id="${ME}">Elena</at>, York again?`, { displayName: "Tom Okafor" }),
    msg(
      GROUP,
      GROUP,
      "2026-10-14T20:59:00.000Z",
      `<addmember><eventtime>1792011540000</eventtime><initiator>${HANNAH}</initiator><target>${TOM}</target></addmember>`,
      { messagetype: "ThreadActivity/AddMember" },
    ),
    msg(
      GROUP,
      HANNAH,
      "2026-10-14T20:58:00.000Z",
      '<URIObject uri="https://api.asm.skype.com/v1/objects/0-neu-d1-2b9d" type="Picture.1" doc_id="0-neu-d1-2b9d">To view this shared photo, go to: <a href="https://login.skype.com/login/sso?go=xmmfallback?pic=0-neu-d1-2b9d">…</a><OriginalName v="IMG_0001.jpg"></OriginalName></URIObject>',
      { messagetype: "RichText/UriObject", displayName: "Hannah Price", amsreferences: ["0-neu-d1-2b9d"] },
    ),
    msg(GROUP, HANNAH, "2026-10-14T20:57:00.000Z", "", { messagetype: "Poll", displayName: "Hannah Price" }),
  ],
  { membercount: 3, members: JSON.stringify([HANNAH, TOM, ME]), topic: "Flat 4B reunion" },
);

describe("a Skype export's messages.json", () => {
  it("reads each chat in time order: the account's messages the user's, markup reduced to words, quotes, edits and deletions as a user sees them", async () => {
    const file = put("8_live_.cid.4f2a9c81d3e07b55_export/messages.json", exported([MUM_CHAT, GROUP_CHAT]));
    expect(await detectFormat(file)).toBe("skype");
    const [mum, group, more] = await parsedConversations(file);
    expect(more).toBeUndefined();
    expect(mum).toMatchObject({
      format: "skype",
      externalId: "skype:8:live:vesna.novak58",
      title: "Vesna Novak",
      participants: ["User", "Vesna Novak"],
      startedAt: Date.parse("2026-10-04T17:12:40.551Z"),
    });
    expect(mum!.turns.map((t) => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text, t.metadata])).toEqual([
      ["1791133960551", "User", "user", "2026-10-04T17:12:40.551Z", "Can you send me your potica recipe?", {}],
      ["1791134709337", "Vesna Novak", "other", "2026-10-04T17:25:09.337Z", "Potica\nBake for 60 minutes at 170°C. Babi's tip: the video ❤️", {}],
      ["1791134804019", "Vesna Novak", "other", "2026-10-04T17:26:44.019Z", "[shared a file: Potica - Babi Marija.pdf]", {}],
      // (edited: its latest words, said when first sent, named by the first version's id; the call, the deleted message left out)
      ["1793650811204", "Vesna Novak", "other", FIRST_SENT, "We land on Saturday 19 December", {}],
      [
        "1793651632018",
        "User",
        "user",
        "2026-11-02T20:33:52.018Z",
        "Perfect, I'll pick you up at arrivals",
        { quotes: [{ speaker: "Vesna Novak", text: "We land on Saturday 19 December" }] },
      ],
    ]);
    expect(group).toMatchObject({
      externalId: `skype:${GROUP}`,
      title: "Flat 4B reunion",
      participants: ["Hannah Price", "Tom Okafor"],
      startedAt: Date.parse("2026-10-14T20:58:00.000Z"),
    });
    expect(group!.turns.map((t) => [t.speaker, t.text])).toEqual([
      ["Hannah Price", "[shared a photo]"],
      ["Tom Okafor", "I'm in. Elena, York again?"],
      ["Hannah Price", "Booked! £85 each. Pay me by 20 November please"],
      ["Tom Okafor", "Legend 🙂"],
    ]);
  });

  it("passes over the call log, bots and chats with no words; names people and groups the export leaves unnamed", async () => {
    const url = `https://azscus1-client-s.gateway.messenger.live.com/v1/users/ME/contacts/${MUM}`;
    const file = put("messages.json", {
      userId: ME,
      exportDate: "2026-11-22T18:40",
      conversations: [
        conversation("48:calllogs", null, [
          msg("48:calllogs", MUM, "2026-10-27T19:41:12.100Z", '<partlist type="ended"></partlist>', { messagetype: "Event/Call" }),
        ]),
        conversation("28:concierge", "Skype", [msg("28:concierge", "28:concierge", "2024-02-11T10:00:00.000Z", "Hi, I&apos;m Skype&apos;s concierge")]),
        conversation("8:live:quiet", "Quiet Friend", [
          msg("8:live:quiet", "8:live:quiet", "2026-10-01T10:00:00.000Z", "", { properties: { deletetime: "1" } }),
        ]),
        // (a chat whose messages carry no names, a sender written as a URL)
        conversation(MUM, "Mum", [
          msg(MUM, url, "2026-10-01T10:00:00.000Z", "Hello darling"),
          msg(MUM, `https://x/contacts/${ME}`, "2026-10-01T10:05:00.000Z", "Hi mama"),
        ]),
        // (a group with no topic: its latest topic update, else its people)
        conversation(
          "19:aa@thread.skype",
          null,
          [
            msg("19:aa@thread.skype", "19:aa@thread.skype", "2026-10-02T10:00:00.000Z", "<topicupdate><value>Novak family</value></topicupdate>", {
              messagetype: "ThreadActivity/TopicUpdate",
            }),
            msg("19:aa@thread.skype", HANNAH, "2026-10-02T10:01:00.000Z", "Hi all", { displayName: "Hannah Price" }),
          ],
          { membercount: 2, members: "[]" },
        ),
        conversation("19:bb@thread.skype", null, [
          msg("19:bb@thread.skype", HANNAH, "2026-10-03T10:00:00.000Z", "Hi", { displayName: "Hannah Price" }),
          msg("19:bb@thread.skype", TOM, "2026-10-03T10:01:00.000Z", "Hey", { displayName: "Tom Okafor" }),
        ]),
      ],
    });
    const convs = await parsedConversations(file);
    expect(convs.map((c) => [c.externalId, c.title, c.turns.map((t) => `${t.speaker}: ${t.text}`)])).toEqual([
      ["skype:8:live:vesna.novak58", "Mum", ["Mum: Hello darling", "User: Hi mama"]],
      ["skype:19:aa@thread.skype", "Novak family", ["Hannah Price: Hi all"]],
      ["skype:19:bb@thread.skype", "Hannah Price and Tom Okafor", ["Hannah Price: Hi", "Tom Okafor: Hey"]],
    ]);
  });

  it("reduces Skype's markup to words", () => {
    expect(skypeWords('Edited previous message: Fixed it<e_m ts="1" ts_ms="1000" a="x" t="61"/>')).toEqual({ text: "Fixed it", quotes: [] });
    expect(skypeWords('I &lt;3 it&#33; <i>really</i> &amp; <s>not</s> <ss type="wave">(wave)</ss> <ss type="unknownthing">(unknownthing)</ss>')).toEqual({
      text: "I <3 it! really & not 👋",
      quotes: [],
    });
    expect(
      skypeWords(
        '<quote authorname="Tom &amp; co"><legacyquote>[21:03] Tom: </legacyquote>Bishophill or Clifton?<legacyquote>&lt;&lt;&lt; </legacyquote></quote>Bishophill',
      ),
    ).toEqual({ text: "Bishophill", quotes: [{ speaker: "Tom & co", text: "Bishophill or Clifton?" }] });
  });

  it("is read from its folder, its media descriptions passed over saying why", async () => {
    const file = put("export/messages.json", exported([MUM_CHAT]));
    const media = put("export/media/0-weu-d6-81ec.json", {
      expiry_date: "2027-04-04T17:26:44Z",
      filename: "Potica - Babi Marija.pdf",
      contents: { "1": { type: "application/pdf" } },
    });
    put("export/media/0-weu-d6-81ec.1.jpg", "not read");
    expect(importPaths(join(dir, "export")).map((p) => p.file.slice(dir.length + 1))).toEqual(["export/media/0-weu-d6-81ec.json", "export/messages.json"]);
    expect(await folderFileFormat(file)).toBe("skype");
    expect(await folderFileFormat(media)).toBeNull();
    expect(await passedOverInFolder(media)).toBe(
      "Skype's description of a file shared in a chat, no one's words: the message that shared it is read from messages.json",
    );
    // (another app's media/ folder is not Skype's)
    const other = put("other/media/a.json", { a: 1 });
    expect(await passedOverInFolder(other)).toBeNull();
  });

  it("refuses a bad file naming the file and where", async () => {
    const badTime = put(
      "bad/messages.json",
      exported([
        MUM_CHAT,
        conversation("8:live:x", "X", [msg("8:live:x", "8:live:x", "2026-10-01T10:00:00.000Z", "hi", { originalarrivaltime: "yesterday" })]),
      ]),
    );
    const err = await importErrorOf(parsedConversations(badTime));
    expect(err).toMatchObject({ name: "ImportError", file: badTime, location: "conversations[1].MessageList[0].originalarrivaltime" });
    expect(err.message).toBe(
      'messages.json: conversations[1].MessageList[0].originalarrivaltime: expected an ISO 8601 time ("2026-10-04T17:02:11.482Z"), got "yesterday"',
    );

    const noList = put("nolist/messages.json", exported([conversation("8:live:x", "X", [])].map((c) => ({ ...c, MessageList: "none" }))));
    expect((await importErrorOf(parsedConversations(noList))).message).toBe("messages.json: conversations[0].MessageList: expected an array of messages");

    const noUser = put("nouser/messages.json", { exportDate: "2026-11-22T18:40", conversations: [MUM_CHAT] });
    expect(await detectFormat(noUser)).toBe("skype");
    expect((await importErrorOf(parsedConversations(noUser))).message).toBe(
      'messages.json: userId: expected the account\'s id ("userId": "8:live:…") before the "conversations"',
    );

    const whole = JSON.stringify(exported([MUM_CHAT, GROUP_CHAT]));
    const cut = put("cut/messages.json", whole.slice(0, whole.length - 200));
    const truncated = await importErrorOf(parsedConversations(cut));
    expect(truncated.file).toBe(cut);
    expect(truncated.location).toMatch(/^byte \d+ \(line 1, column \d+\)$/);
  });
});
