/**
 * KakaoTalk chats as the KakaoTalk apps export them (core/ingest/chats/kakaotalk.ts): the PC app's text
 * (Korean and English), a phone's text (Android's and iOS's stamps, Korean and English, the 24-hour clock
 * and U+202F before AM/PM) and the Mac app's CSV, one conversation per chat keyed by its name, each message
 * said by its sender at its day and time, a message of several lines whole, notices and placeholders
 * (photos, emoticons, deleted messages) passed over, files shared in the chat passed over in a folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, passedOverInFolder } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { isKakaoTalkCsv, isKakaoTalkExport } from "../../core/ingest/chats/kakaotalk.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

/** An embedder that gives every text the same vector (the tests ask nothing of it). */
const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-kakaotalk-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `lines` (joined by `eol`, ending with one) to `name` (a path in the test's folder). */
function exported(name: string, lines: string[], eol = "\n"): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, lines.join(eol) + eol);
  return file;
}

/** The turns of `file`'s one conversation: time, speaker, role, text and first line. */
async function turnsOf(file: string): Promise<Array<[string, string, string, string, unknown]>> {
  const [conv] = await parsedConversations(file);
  return conv!.turns.map((t) => [t.externalId!, t.speaker, t.role, t.text, t.metadata.line]);
}

/** A group chat saved from the PC app (Windows) in Korean, CRLF. */
const HIKERS = [
  "Bukhansan hikers 님과 카카오톡 대화",
  "저장한 날짜 : 2026-11-22 21:10:05",
  "",
  "--------------- 2026년 11월 10일 화요일 ---------------",
  "Jiwoo님이 Sora님을 초대했습니다.",
  "[Minho] [오후 8:15] Minji's birthday is Friday 27 November!",
  "[Sora] [오후 8:15] 사진",
  "[Minho] [오후 8:30] OK decided:",
  "Kindle Paperwhite + a gift card",
  "",
  "40,000 each",
  "Sora님이 나갔습니다.",
  "[Alex] [오후 8:30] 이모티콘",
  "[Alex] [오후 8:31] Sending you my 40,000 now",
  "[Sora] [오후 9:20] 삭제된 메시지입니다.",
  "",
  "--------------- 2026년 11월 12일 목요일 ---------------",
  "[Jiwoo] [오전 12:05] Hike on Saturday 28 November?",
  "[Minho] [오후 12:30] (이모티콘) 좋아요",
];

describe("the PC app's text export", () => {
  it("is one conversation titled by its header's chat name, each message its sender's at the day's rule and its time (read as UTC)", async () => {
    const file = exported("KakaoTalk_20261122_2110_05_417_group.txt", HIKERS, "\r\n");
    const [conv, ...more] = await parsedConversations(file);
    expect(more).toEqual([]);
    expect([conv!.format, conv!.externalId, conv!.title, conv!.participants, conv!.startedAt]).toEqual([
      "kakaotalk",
      "kakaotalk:Bukhansan hikers",
      "Bukhansan hikers",
      ["Minho", "Alex", "Jiwoo"],
      Date.UTC(2026, 10, 10, 20, 15),
    ]);
    expect(await turnsOf(file)).toEqual([
      ["2026-11-10T20:15:00.000Z", "Minho", "other", "Minji's birthday is Friday 27 November!", 6],
      // (a message of several lines whole, its blank line kept; the notice on a line of its own ends it)
      ["2026-11-10T20:30:00.000Z", "Minho", "other", "OK decided:\nKindle Paperwhite + a gift card\n\n40,000 each", 8],
      ["2026-11-10T20:31:00.000Z", "Alex", "other", "Sending you my 40,000 now", 14],
      // (12 AM is midnight, 12 PM noon; an emoticon sent with words keeps its words)
      ["2026-11-12T00:05:00.000Z", "Jiwoo", "other", "Hike on Saturday 28 November?", 18],
      ["2026-11-12T12:30:00.000Z", "Minho", "other", "좋아요", 19],
    ]);
    const all = conv!.turns.map((t) => t.text).join("\n");
    for (const gone of ["초대했습니다", "나갔습니다", "사진", "이모티콘", "삭제된"]) expect(all).not.toContain(gone);
  });

  it("reads the English app's rules and 12-hour times, its notices on lines of their own, and names messages of one minute apart", async () => {
    const file = exported("KakaoTalk_20261103_1842_12_345.txt", [
      "KakaoTalk Chats with Yuki",
      "Date Saved : 2026-11-03 18:42:12",
      "",
      "--------------- Tuesday, November 3, 2026 ---------------",
      "[Yuki] [6:42 PM] See you at 7!",
      "[Alex] [6:42 PM] Photo",
      "[Alex] [6:42 PM] Where again?",
      "Yuki invited Sam.",
      "[Yuki] [6:43 PM] Dalbit Sikdang, Mangwon",
      "--------------- Wednesday, November 4, 2026 ---------------",
      "[Sam] [9:05 AM] This message was deleted.",
      "[Sam] [9:06 AM] Thanks for last night",
    ]);
    const [conv] = await parsedConversations(file);
    expect([conv!.externalId, conv!.title]).toEqual(["kakaotalk:Yuki", "Yuki"]);
    expect(await turnsOf(file)).toEqual([
      ["2026-11-03T18:42:00.000Z", "Yuki", "other", "See you at 7!", 5],
      ["2026-11-03T18:42:00.000Z#2", "Alex", "other", "Where again?", 7],
      ["2026-11-03T18:43:00.000Z", "Yuki", "other", "Dalbit Sikdang, Mangwon", 9],
      ["2026-11-04T09:06:00.000Z", "Sam", "other", "Thanks for last night", 12],
    ]);
  });
});

describe("a phone's text export", () => {
  it("reads Android's Korean stamps, its header and day lines, a message's further lines and a notice after a stamp", async () => {
    const file = exported("KakaoTalkChats.txt", [
      "지우 님과 카카오톡 대화",
      "저장한 날짜 : 2026년 11월 3일 오후 6:50",
      "",
      "2026년 11월 3일 화요일",
      "2026년 11월 3일 오후 6:42, 지우 : 이사 언제야?",
      "2026년 11월 3일 오후 6:43, Alex : Saturday 14 November",
      "Hanaro Movers at 9am",
      "2026년 11월 3일 오후 6:44, 민호님이 들어왔습니다.",
      "2026년 11월 3일 오후 6:45, 지우 : 동영상",
      "",
      "2026년 11월 4일 수요일",
      "2026년 11월 4일 오전 9:00, 지우 : 좋아!",
    ]);
    const [conv] = await parsedConversations(file);
    expect([conv!.externalId, conv!.title, conv!.participants]).toEqual(["kakaotalk:지우", "지우", ["지우", "Alex"]]);
    expect(await turnsOf(file)).toEqual([
      ["2026-11-03T18:42:00.000Z", "지우", "other", "이사 언제야?", 5],
      ["2026-11-03T18:43:00.000Z", "Alex", "other", "Saturday 14 November\nHanaro Movers at 9am", 6],
      ["2026-11-04T09:00:00.000Z", "지우", "other", "좋아!", 12],
    ]);
  });

  it("reads iOS's stamps, a header of the export's own file name, and names the chat by the folder the export was saved in", async () => {
    const file = exported("Kakaotalk_Chat_지우_20261103_185012/Talk_2026.11.3 18:50-1.txt", [
      "Talk_2026.11.3 18:50-1.txt",
      "저장한 날짜 : 2026. 11. 3. 오후 6:50",
      "",
      "2026년 11월 3일 화요일",
      "2026. 11. 3. 오후 6:26: 지우님이 방장이 되었습니다.",
      "2026. 11. 3. 오후 6:42, 지우 : Dinner at Dalbit Sikdang?",
      "2026. 11. 3. 18:47, Alex : Yes! 7pm",
    ]);
    const [conv] = await parsedConversations(file);
    expect([conv!.externalId, conv!.title]).toEqual(["kakaotalk:지우", "지우"]);
    expect(await turnsOf(file)).toEqual([
      ["2026-11-03T18:42:00.000Z", "지우", "other", "Dinner at Dalbit Sikdang?", 6],
      ["2026-11-03T18:47:00.000Z", "Alex", "other", "Yes! 7pm", 7],
    ]);
  });

  it("reads the English stamps of iOS and Android, on either clock, with U+202F before AM/PM", async () => {
    const file = exported("KakaoTalk Chats with Jiwoo/Talk_2026.11.22 21:04-1.txt", [
      "Talk_2026.11.22 21:04-1.txt",
      "Date Saved : Nov 22, 2026 at 21:04",
      "",
      "Tuesday, November 3, 2026",
      "Nov 3, 2026 at 18:42, Jiwoo : Did you sign the contract?",
      "Nov 3, 2026 at 18:44: Jiwoo invited Minho.",
      "Nov 3, 2026, 6:45\u202fPM, Alex : Signed it 🎉",
      "Nov 3, 2026, 6:46\u202fPM, Alex : Photo",
      "November 3, 2026 at 6:50 PM, Jiwoo : When are you moving?",
      "November 4, 2026 at 9:00 AM",
      "Nov 4, 2026 9:01, Alex : Saturday 14 November",
    ]);
    const [conv] = await parsedConversations(file);
    expect([conv!.externalId, conv!.title]).toEqual(["kakaotalk:Jiwoo", "Jiwoo"]);
    expect(await turnsOf(file)).toEqual([
      ["2026-11-03T18:42:00.000Z", "Jiwoo", "other", "Did you sign the contract?", 5],
      ["2026-11-03T18:45:00.000Z", "Alex", "other", "Signed it 🎉", 7],
      ["2026-11-03T18:50:00.000Z", "Jiwoo", "other", "When are you moving?", 9],
      ["2026-11-04T09:01:00.000Z", "Alex", "other", "Saturday 14 November", 11],
    ]);
  });

  it("gives no conversation when no message has words", async () => {
    const photos = exported("Talk_2026.11.3 18:50-1.txt", [
      "2026년 11월 3일 화요일",
      "2026. 11. 3. 오후 6:42, 지우 : 사진 3장",
      "2026. 11. 3. 오후 6:43, 지우 : 이모티콘",
    ]);
    expect(await parsedConversations(photos)).toEqual([]);
  });
});

describe("the Mac app's CSV export", () => {
  it("reads each row's date, user and message, a message of several lines in its quotes, notices and placeholders passed over", async () => {
    const file = join(dir, "KakaoTalk_Chat_Jiwoo_2026-11-22-21-04-33.csv");
    writeFileSync(
      file,
      [
        "\uFEFFDate,User,Message",
        '2026-11-03 18:42:12,"Jiwoo","Did you sign the contract?"',
        '2026-11-03 18:45:01,"Alex","New address:',
        '27 Poeun-ro 12-gil, Mapo-gu, ""302ho"""',
        '2026-11-03 18:46:00,"","Minho님이 들어왔습니다."',
        '2026-11-03 18:47:00,"Alex","Photo"',
        "2026-11-03 18:48:30,Jiwoo,Nice",
        "",
      ].join("\r\n"),
    );
    const [conv] = await parsedConversations(file);
    expect([conv!.format, conv!.externalId, conv!.title, conv!.participants]).toEqual(["kakaotalk", "kakaotalk:Jiwoo", "Jiwoo", ["Jiwoo", "Alex"]]);
    expect(await turnsOf(file)).toEqual([
      ["2026-11-03T18:42:12.000Z", "Jiwoo", "other", "Did you sign the contract?", 2],
      ["2026-11-03T18:45:01.000Z", "Alex", "other", 'New address:\n27 Poeun-ro 12-gil, Mapo-gu, "302ho"', 3],
      ["2026-11-03T18:48:30.000Z", "Jiwoo", "other", "Nice", 7],
    ]);
  });
});

describe("telling a KakaoTalk export", () => {
  it("is detected by its content, as a file and in a folder; its neighbours are not mistaken for one", async () => {
    const pc = exported("KakaoTalk_20261122_2110_05_417_group.txt", HIKERS, "\r\n");
    const phone = exported("chat.txt", ["2026. 11. 3. 오후 6:42, 지우 : 안녕"]);
    const csv = exported("chat.csv", ["Date,User,Message", "2026-11-03 18:42:12,Jiwoo,hi"]);
    for (const file of [pc, phone, csv]) {
      expect(await detectFormat(file)).toBe("kakaotalk");
      expect(await folderFileFormat(file)).toBe("kakaotalk");
    }
    expect(await validateExport(pc)).toMatchObject({ format: "kakaotalk", conversations: 1, turns: 5 });

    const whatsapp = exported("WhatsApp Chat with Ana.txt", ["[01/11/2026, 18:02:11] Ana: hi", "[01/11/2026, 18:03:40] Ben: hey Ana"]);
    expect(await detectFormat(whatsapp)).toBe("text");
    const line = exported("[LINE] Chat with Yuki.txt", [
      "[LINE] Chat history with Yuki",
      "Saved on: 2026/11/30 21:04",
      "",
      "2026/11/10(Tue)",
      "18:42\tYuki\thi",
    ]);
    expect(await detectFormat(line)).toBe("line");
    const imessage = exported("Mum.txt", ["Nov 02, 2026 10:14:03 PM", "Mum", "Dinner on Sunday?", ""]);
    expect(await detectFormat(imessage)).toBe("imessage");
    const diary = exported("Diary.txt", ["Tuesday, November 3, 2026", "Signed the contract for the flat today."]);
    expect(await detectFormat(diary)).toBe("note");
    expect(isKakaoTalkCsv("Date,User,Message,Timestamp,Action\n2026-11-03,0x12,hi,14:30:15,normal\n")).toBe(false);
    // (a day with no message after it is no chat; a PC message needs a day before it)
    expect(
      isKakaoTalkExport(
        "Bukhansan hikers 님과 카카오톡 대화\n저장한 날짜 : 2026-11-22 21:10:05\n\n--------------- 2026년 11월 10일 화요일 ---------------\nMilk\n",
      ),
    ).toBe(false);
    expect(isKakaoTalkExport("Bukhansan hikers 님과 카카오톡 대화\n[Minho] [오후 8:15] hi\n")).toBe(false);
    expect(
      isKakaoTalkExport(
        "\uFEFFBukhansan hikers 님과 카카오톡 대화\r\n\r\n--------------- 2026년 11월 10일 화요일 ---------------\r\n[Minho] [오후 8:15] hi\r\n",
      ),
    ).toBe(true);
  });

  it("is read as KakaoTalk's when --format names it, whatever its name", async () => {
    const file = exported("notes/chat backup.txt", ["2026년 11월 3일 오후 6:42, 지우 : 안녕"]);
    const [conv] = await parsedConversations(file, "kakaotalk");
    expect([conv!.externalId, conv!.turns.map((t) => t.text)]).toEqual(["kakaotalk:chat backup", ["안녕"]]);
  });

  it("passes over the files a phone's Save as documents saved beside the chat in a folder, said why", async () => {
    const folder = "Kakaotalk_Chat_지우_20261103_185012";
    const talk = exported(`${folder}/Talk_2026.11.3 18:50-1.txt`, ["2026. 11. 3. 오후 6:42, 지우 : 안녕"]);
    const shared = exported(`${folder}/20261103_184512.txt`, ["Packing list: boxes, tape"]);
    expect(
      importPaths(join(dir, folder))
        .map((p) => p.file)
        .sort(),
    ).toEqual([shared, talk].sort());
    expect(await passedOverInFolder(shared)).toMatch(/^a file shared in the KakaoTalk chat, saved with its export beside Talk_2026\.11\.3 18:50-1\.txt/);
    expect(await passedOverInFolder(talk)).toBeNull();
    expect(await folderFileFormat(talk)).toBe("kakaotalk");
    // (a file so named with no chat beside it is the user's own)
    expect(await passedOverInFolder(exported("notes/20261103_184512.txt", ["Packing list"]))).toBeNull();
  });
});

describe("importing a KakaoTalk chat", () => {
  it("adds nothing the second time, a later export only its new messages, and --me names the user", async () => {
    const db = openDatabase(join(dir, "engram.db"));
    try {
      const head = ["Bukhansan hikers 님과 카카오톡 대화", "저장한 날짜 : 2026-11-22 21:10:05", "", "--------------- 2026년 11월 10일 화요일 ---------------"];
      const first = exported(
        "1/KakaoTalk_20261110_2110_05_417_group.txt",
        [...head, "[Minho] [오후 8:15] Birthday on the 27th!", "[Alex] [오후 8:16] Kindle?"],
        "\r\n",
      );
      expect(await importFile(db, embedder, first, { me: "Alex" })).toMatchObject({ format: "kakaotalk", added: 2, duplicates: 0 });
      expect(await importFile(db, embedder, first, { me: "Alex" })).toMatchObject({ added: 0, duplicates: 2 });
      const later = exported(
        "2/KakaoTalk_20261122_2110_05_417_group.txt",
        [...head, "[Minho] [오후 8:15] Birthday on the 27th!", "[Alex] [오후 8:16] Kindle?", "[Minho] [오후 8:30] Decided: Kindle, 40,000 each"],
        "\r\n",
      );
      expect(await importFile(db, embedder, later, { me: "Alex" })).toMatchObject({ added: 1, duplicates: 2 });
      expect(db.prepare("SELECT count(*) FROM conversations WHERE external_id = ?").pluck().get("kakaotalk:Bukhansan hikers")).toBe(1);
      expect(db.prepare("SELECT speaker, role FROM sources ORDER BY occurred_at").all()).toEqual([
        { speaker: "Minho", role: "other" },
        { speaker: "Alex", role: "user" },
        { speaker: "Minho", role: "other" },
      ]);
    } finally {
      db.close();
    }
  });
});

describe("a bad KakaoTalk export", () => {
  it("is refused naming the file and line, and nothing is stored", async () => {
    const cases: Array<[string, string[], string, string]> = [
      [
        "early.txt",
        ["Hikers 님과 카카오톡 대화", "[Minho] [오후 8:15] hi", "--------------- 2026년 11월 10일 화요일 ---------------"],
        "line 2",
        "a message before the first day",
      ],
      [
        "day.txt",
        ["--------------- 2026년 2월 30일 월요일 ---------------", "[Minho] [오후 8:15] hi"],
        "line 1",
        '"--------------- 2026년 2월 30일 월요일 ---------------" is no day',
      ],
      [
        "time.txt",
        ["--------------- 2026년 11월 10일 화요일 ---------------", "[Minho] [오후 8:15] hi", "[Minho] [오후 13:05] hello"],
        "line 3",
        "day or time is none",
      ],
      ["words.txt", ["Milk", "2026. 11. 3. 오후 6:42, 지우 : 안녕"], "line 1", "expected KakaoTalk's header"],
      ["after.txt", ["Tuesday, November 3, 2026", "Milk", "Nov 3, 2026 at 18:42, Jiwoo : hi"], "line 2", "expected a message like"],
      ["empty.txt", ["Hikers 님과 카카오톡 대화", "저장한 날짜 : 2026-11-22 21:10:05", ""], "line 3", "no messages found"],
    ];
    for (const [name, lines, location, message] of cases) {
      const file = exported(`bad/${name}`, lines);
      const err = await importErrorOf(parsedConversations(file, "kakaotalk"));
      expect([err.name, err.file, err.location]).toEqual(["ImportError", file, location]);
      expect(err.message).toContain(`${name}: ${location}: `);
      expect(err.message).toContain(message);
    }
    const csv = exported("bad/chat.csv", ["Date,User,Message", "2026-11-03 18:42:12,Jiwoo,hi", "03/11/2026 18:43,Jiwoo,hello"]);
    expect(await importErrorOf(parsedConversations(csv))).toMatchObject({
      location: "line 3",
      message: expect.stringContaining('"03/11/2026 18:43" is no date'),
    });
    const db = openDatabase(join(dir, "bad.db"));
    try {
      await expect(importFile(db, embedder, join(dir, "bad/time.txt"), { format: "kakaotalk" })).rejects.toThrow(/line 3/);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
