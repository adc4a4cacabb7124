/**
 * IRC logs as the clients write them (core/ingest/chats/irc.ts, irc-lines.ts): WeeChat's logger (its older
 * local time and 4.8's UTC), irssi's autolog, HexChat's logs, ZNC's log module and The Lounge's text logs,
 * a conversation per channel or query and day, each message and action its nick's, a topic its setter's,
 * nick changes followed, the user told by --me, their own nick changes and a query; joins, parts, quits,
 * modes and notices passed over; detected by content (and not mistaken for a transcript, a Signal chat or a
 * JSON array), read alone and in a folder, the server's buffers and other logs passed over, said why;
 * imported twice adds nothing, a grown log only its new lines; a bad log refused naming its line.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, passedOverInFolder } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { ircBufferOf, isIrcLog } from "../../core/ingest/chats/irc.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, parseExport, validateExport } from "../../core/ingest/parse.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

/** An embedder that gives every text the same vector (the tests ask nothing of it). */
const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-irc-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `lines` (each ended by "\n") to `name` under the test's folder, with modification time `mtime` when given; returns its path. */
function log(name: string, lines: string[], mtime?: number): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, lines.map((l) => `${l}\n`).join(""));
  if (mtime !== undefined) utimesSync(file, new Date(mtime), new Date(mtime));
  return file;
}

/** Every conversation of `file` read with `--me` naming `me`. */
async function readAs(file: string, me: string): Promise<ParsedConversation[]> {
  const out: ParsedConversation[] = [];
  for await (const c of parseExport(file, { me })) out.push(c);
  return out;
}

/** Each turn's speaker, role, time (ISO 8601) and words. */
function said(c: ParsedConversation | undefined): Array<[string, string, string, string]> {
  return (c?.turns ?? []).map((t) => [t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text]);
}

/** #tidepool as WeeChat's logger writes it before 4.8: the local time, a tab, the prefix, a tab, the message. */
const WEECHAT = [
  "2026-11-03 18:40:02\t-->\tkestrel (~kestrel@user/kestrel) has joined #tidepool",
  '2026-11-03 18:40:02\t--\tTopic for #tidepool is "Tidepool: async pools | be excellent"',
  "2026-11-03 18:40:02\t--\tTopic set by alice (~alice@user/alice) on Mon, 12 Oct 2026 09:14:55",
  "2026-11-03 18:40:02\t--\tChannel #tidepool: 14 nicks (2 ops, 1 voiced, 11 regulars)",
  "2026-11-03 18:41:10\t@alice\tthe 2.0 planning thread: https://github.com/tidepool-dev/tidepool/discussions/812",
  "2026-11-03 18:42:07\tkestrel\tI pushed my timeout patch as PR #1432",
  "2026-11-03 18:43:30\tbjorn\tkestrel: I can review your patch tomorrow morning",
  "2026-11-03 18:43:55\tkestrel\tbjorn: thanks!",
  "2026-11-03 18:45:12\t *\t+cmurphy is writing the \x02migration guide\x02 this week",
  "2026-11-03 18:48:01\t<--\tdsouza (~dsouza@192.0.2.44) has quit (Ping timeout: 260 seconds)",
  "2026-11-03 18:50:33\t--\tMode #tidepool [+v dsouza] by alice",
  "2026-11-03 18:51:00\t--\tNotice(ChanServ) -> #tidepool: please read the code of conduct",
  "2026-11-03 18:52:00\t--\tkestrel is now known as kestrel_afk",
  "2026-11-03 18:53:00\tkestrel_afk\tback in an hour",
  "2026-11-03 23:59:59\t--\tbjorn is now known as bjorn_",
  "2026-11-04 00:00:10\tbjorn_\tmidnight release party?",
  '2026-11-04 09:02:11\t--\talice has changed topic for #tidepool from "Tidepool: async pools | be excellent" to "Tidepool 2.0 rc1 testing | release Nov 19"',
];

describe("WeeChat's logger", () => {
  it("reads a channel's log a day a conversation: messages and actions by their nick, a topic by its setter, events passed over", async () => {
    const file = log("weechat/logs/irc.libera.#tidepool.weechatlog", WEECHAT);
    expect(await detectFormat(file)).toBe("irc");
    const [first, second, more] = await readAs(file, "kestrel");
    expect(more).toBeUndefined();
    expect(first).toMatchObject({
      format: "irc",
      externalId: "irc:libera/#tidepool:2026-11-03",
      title: "#tidepool",
      participants: ["alice", "kestrel", "bjorn", "cmurphy"],
      startedAt: Date.UTC(2026, 10, 3, 18, 40, 2),
    });
    expect(said(first)).toEqual([
      ["alice", "other", "2026-11-03T18:40:02.000Z", "Topic of #tidepool: Tidepool: async pools | be excellent"],
      ["alice", "other", "2026-11-03T18:41:10.000Z", "the 2.0 planning thread: https://github.com/tidepool-dev/tidepool/discussions/812"],
      ["kestrel", "user", "2026-11-03T18:42:07.000Z", "I pushed my timeout patch as PR #1432"],
      ["bjorn", "other", "2026-11-03T18:43:30.000Z", "I can review your patch tomorrow morning"],
      ["kestrel", "user", "2026-11-03T18:43:55.000Z", "bjorn: thanks!"],
      ["cmurphy", "other", "2026-11-03T18:45:12.000Z", "cmurphy is writing the migration guide this week"],
      ["kestrel", "user", "2026-11-03T18:53:00.000Z", "back in an hour"],
    ]);
    expect(first!.turns.map((t) => [t.externalId, t.metadata])).toEqual([
      ["2026-11-03T18:40:02.000Z", { line: 2, irc: { topic: true } }],
      ["2026-11-03T18:41:10.000Z", { line: 5 }],
      ["2026-11-03T18:42:07.000Z", { line: 6 }],
      // (a message opening with the user's nick is said to them, the nick taken off)
      ["2026-11-03T18:43:30.000Z", { line: 7, letter: { to: ["the user"] } }],
      ["2026-11-03T18:43:55.000Z", { line: 8, irc: { to: "bjorn" } }],
      ["2026-11-03T18:45:12.000Z", { line: 9, irc: { action: true } }],
      ["2026-11-03T18:53:00.000Z", { line: 14, irc: { nick: "kestrel_afk" } }],
    ]);
    expect(second).toMatchObject({ externalId: "irc:libera/#tidepool:2026-11-04", participants: ["bjorn", "alice"] });
    expect(said(second)).toEqual([
      ["bjorn", "other", "2026-11-04T00:00:10.000Z", "midnight release party?"],
      ["alice", "other", "2026-11-04T09:02:11.000Z", "Topic of #tidepool: Tidepool 2.0 rc1 testing | release Nov 19"],
    ]);
  });

  it("reads 4.8's UTC times to the microsecond, the logger's own lines passed over, and a query's other side as the user", async () => {
    const file = log("irc.libera.alice.weechatlog", [
      "2026-11-09 21:14:02.123456Z\t****  Beginning of log  ****",
      "2026-11-09 21:14:02.123456Z\talice\tcan you be the second signer for 2.0?",
      "2026-11-09 21:15:10.000001Z\tkestrel\tsure, happy to",
      "2026-11-09 21:16:45.5Z\talice\tmy work email is alice.nakamura@tidepool.dev",
      "2026-11-09 21:40:19.000000Z\t<--\talice (~alice@user/alice) has quit (Quit: bbl)",
    ]);
    const [c] = await parsedConversations(file);
    expect(c).toMatchObject({ externalId: "irc:libera/alice:2026-11-09", title: "alice", participants: ["alice", "kestrel"] });
    expect(c!.turns.map((t) => [t.externalId, t.speaker, t.role, t.metadata])).toEqual([
      ["2026-11-09T21:14:02.123Z", "alice", "other", { line: 2, letter: { to: ["the user"] } }],
      ["2026-11-09T21:15:10.000Z", "kestrel", "user", { line: 3 }],
      ["2026-11-09T21:16:45.500Z", "alice", "other", { line: 4, letter: { to: ["the user"] } }],
    ]);
  });

  it("follows the user's own nick change, and a later log of the grown file adds only its new lines", async () => {
    const db = openDatabase(join(dir, "engram.db"));
    try {
      const lines = [
        "2026-11-10 09:00:00\tkim\tmorning",
        "2026-11-10 09:01:00\t--\tYou are now known as kim_",
        "2026-11-10 09:02:00\tkim_\tstill here",
        "2026-11-10 09:03:00\talice\tkim_: welcome back",
      ];
      const file = log("irc.libera.#tidepool.weechatlog", lines);
      expect(await importFile(db, embedder, file, { me: "kim" })).toMatchObject({ format: "irc", added: 3, duplicates: 0 });
      expect(await importFile(db, embedder, file, { me: "kim" })).toMatchObject({ added: 0, duplicates: 3 });
      log("irc.libera.#tidepool.weechatlog", [...lines, "2026-11-10 09:04:00\tkim_\tthanks alice"]);
      expect(await importFile(db, embedder, file, { me: "kim" })).toMatchObject({ added: 1, duplicates: 3 });
      expect(db.prepare("SELECT speaker, role, text FROM sources ORDER BY occurred_at").all()).toEqual([
        { speaker: "kim", role: "user", text: "morning" },
        { speaker: "kim", role: "user", text: "still here" },
        { speaker: "alice", role: "other", text: "welcome back" },
        { speaker: "kim", role: "user", text: "thanks alice" },
      ]);
      expect(db.prepare("SELECT count(*) FROM conversations WHERE external_id = ?").pluck().get("irc:libera/#tidepool:2026-11-10")).toBe(1);
    } finally {
      db.close();
    }
  });
});

describe("irssi, HexChat, ZNC and The Lounge", () => {
  it("reads irssi's log by its Log opened and Day changed lines", async () => {
    const file = log("irclogs/libera/#python-packaging.log", [
      "--- Log opened Wed Oct 21 20:10:33 2026",
      "20:10 -!- kestrel [~kestrel@user/kestrel] has joined #python-packaging",
      "20:10 -!- Topic for #python-packaging: Python packaging discussion",
      "20:10 -!- Topic set by ChanServ [services@services.libera.chat] [Tue Mar 14 10:00:00 2023]",
      "20:10 -!- Irssi: #python-packaging: Total of 231 nicks [1 ops, 0 halfops, 0 voices, 230 normal]",
      "20:12 < kestrel> how do I publish to PyPI from GitHub Actions?",
      "20:13 <@mkrause> kestrel: trusted publishing, with pypa/gh-action-pypi-publish",
      "20:15  * mkrause wrote it up",
      "20:16 -NickServ(NickServ@services.libera.chat)- You are now identified",
      "20:17 -!- mkrause changed the topic of #python-packaging to: Packaging | use trusted publishing",
      "--- Day changed Thu Oct 22 2026",
      "09:01 < mkrause> morning",
      "09:02 -!- mkrause [~mk@user/mkrause] has quit [Quit: Leaving]",
      "--- Log closed Thu Oct 22 09:30:12 2026",
    ]);
    expect(await detectFormat(file)).toBe("irc");
    const [oct21, oct22] = await readAs(file, "kestrel");
    expect(oct21!.externalId).toBe("irc:libera/#python-packaging:2026-10-21");
    expect(said(oct21)).toEqual([
      ["ChanServ", "other", "2026-10-21T20:10:00.000Z", "Topic of #python-packaging: Python packaging discussion"],
      ["kestrel", "user", "2026-10-21T20:12:00.000Z", "how do I publish to PyPI from GitHub Actions?"],
      ["mkrause", "other", "2026-10-21T20:13:00.000Z", "trusted publishing, with pypa/gh-action-pypi-publish"],
      ["mkrause", "other", "2026-10-21T20:15:00.000Z", "mkrause wrote it up"],
      ["mkrause", "other", "2026-10-21T20:17:00.000Z", "Topic of #python-packaging: Packaging | use trusted publishing"],
    ]);
    expect(said(oct22)).toEqual([["mkrause", "other", "2026-10-22T09:01:00.000Z", "morning"]]);
  });

  it("reads HexChat's log, its year from BEGIN LOGGING, the next year after December, its actions told from its events", async () => {
    const file = log("hexchat/logs/libera.chat/#tidepool-meeting.log", [
      "**** BEGIN LOGGING AT Thu Dec 31 23:58:40 2026",
      "",
      "Dec 31 23:58:40 *\tNow talking on #tidepool-meeting",
      "Dec 31 23:58:40 *\tTopic for #tidepool-meeting is: Weekly meeting Thursdays 17:00 UTC",
      "Dec 31 23:58:40 *\tTopic for #tidepool-meeting set by alice (Mon Oct 12 09:20:11 2026)",
      "Dec 31 23:59:03 <@alice>\t#agreed Tidepool 2.0 drops Python 3.8",
      "Dec 31 23:59:30 *\tdsouza (~dsouza@192.0.2.44) has joined",
      "Dec 31 23:59:40 *\talice gives voice to dsouza",
      "Jan 01 00:00:30 *\tdsouza waves, happy new year",
      "Jan 01 00:00:40 *\tbjorn is now known as bjorn_",
      "Jan 01 00:01:01 <bjorn_>\tthe sprint is in Lisbon",
      "Jan 01 00:01:30 -NickServ-\tThis nickname is registered",
      "Jan 01 00:02:00 *\tdsouza has quit (Quit: bye)",
      "**** ENDING LOGGING AT Fri Jan  1 00:05:12 2027",
      "",
    ]);
    expect(await detectFormat(file)).toBe("irc");
    const [dec31, jan1] = await parsedConversations(file);
    expect(dec31!.externalId).toBe("irc:libera.chat/#tidepool-meeting:2026-12-31");
    expect(said(dec31)).toEqual([
      ["alice", "other", "2026-12-31T23:58:40.000Z", "Topic of #tidepool-meeting: Weekly meeting Thursdays 17:00 UTC"],
      ["alice", "other", "2026-12-31T23:59:03.000Z", "#agreed Tidepool 2.0 drops Python 3.8"],
    ]);
    expect(said(jan1)).toEqual([
      ["dsouza", "other", "2027-01-01T00:00:30.000Z", "dsouza waves, happy new year"],
      ["bjorn", "other", "2027-01-01T00:01:01.000Z", "the sprint is in Lisbon"],
    ]);
  });

  it("reads ZNC's day files, their day from their name, IRC's formatting codes taken off", async () => {
    const file = log("znc/moddata/log/libera/#tidepool/2026-11-16.log", [
      "[08:55:12] *** Joins: dsouza (~dsouza@192.0.2.44)",
      "[09:01:40] <alice> rc2 is \x0304tagged\x03",
      "[09:03:15] <dsouza> I'll run the rc2 benchmarks",
      "[09:10:02] * cmurphy pushed the guide",
      "[09:11:00] *** alice changes topic to 'Tidepool 2.0 rc2 | release Nov 19'",
      "[09:12:30] -ChanServ- [#tidepool] Please read the code of conduct",
      "[09:15:00] *** dsouza is now known as dsouza_",
      "[09:20:44] *** Quits: dsouza_ (~dsouza@192.0.2.44) (Quit: Client closed)",
    ]);
    expect(await detectFormat(file)).toBe("irc");
    const [c, more] = await parsedConversations(file);
    expect(more).toBeUndefined();
    expect(c!.externalId).toBe("irc:libera/#tidepool:2026-11-16");
    expect(said(c)).toEqual([
      ["alice", "other", "2026-11-16T09:01:40.000Z", "rc2 is tagged"],
      ["dsouza", "other", "2026-11-16T09:03:15.000Z", "I'll run the rc2 benchmarks"],
      ["cmurphy", "other", "2026-11-16T09:10:02.000Z", "cmurphy pushed the guide"],
      ["alice", "other", "2026-11-16T09:11:00.000Z", "Topic of #tidepool: Tidepool 2.0 rc2 | release Nov 19"],
    ]);
    // (a network's module: networks/<network>/moddata/log/<window>/)
    expect(ircBufferOf("/home/k/.znc/users/kim/networks/libera/moddata/log/bjorn/2026-11-12.log", "znc")).toEqual({
      network: "libera",
      name: "bjorn",
      kind: "query",
      day: Date.UTC(2026, 10, 12),
    });
  });

  it("reads The Lounge's text log in UTC, a message's further lines with it, its nick changes", async () => {
    const file = log("logs/kim/libera.chat-4f3c-8d2e-0c5a7b11aaaa/#tidepool.log", [
      "[2026-11-16T09:01:40.512Z] *** alice (~alice@user/alice) joined",
      "[2026-11-16T09:02:00.000Z] <@alice> release notes:",
      "[2026-11-16T09:02:00.000Z] | - Python 3.9+",
      "[2026-11-16T09:02:00.000Z] | - TaskGroup pools",
      "[2026-11-16T09:03:00.000Z] *** alice changed nick to alicia",
      "[2026-11-16T09:04:00.000Z] * alicia waves",
      "[2026-11-16T09:05:00.000Z] *** alicia changed topic to 'Tidepool 2.0 is out'",
    ]);
    expect(await detectFormat(file)).toBe("irc");
    const [c] = await parsedConversations(file);
    expect(c!.externalId).toBe("irc:libera.chat/#tidepool:2026-11-16");
    expect(said(c)).toEqual([
      ["alice", "other", "2026-11-16T09:02:00.000Z", "release notes:\n- Python 3.9+\n- TaskGroup pools"],
      ["alice", "other", "2026-11-16T09:04:00.000Z", "alice waves"],
      ["alice", "other", "2026-11-16T09:05:00.000Z", "Topic of #tidepool: Tidepool 2.0 is out"],
    ]);
  });
});

describe("detection and a folder of logs", () => {
  it("tells each client's log by its first lines, whatever its name, and mistakes no neighbour for one", async () => {
    expect(isIrcLog("2026-11-03 18:42:07\talice\thello\n")).toBe(true);
    expect(isIrcLog("--- Log opened Tue Nov 03 18:40:00 2026\n18:42 < alice> hello\n")).toBe(true);
    expect(isIrcLog("**** BEGIN LOGGING AT Tue Nov  3 18:40:00 2026\n\nNov 03 18:42:07 <alice>\thello\n")).toBe(true);
    expect(isIrcLog("[18:42:07] <alice> hello\n[18:43:00] * bob waves\n")).toBe(true);
    expect(isIrcLog("[2026-11-03T18:42:07.000Z] <alice> hello\n")).toBe(true);
    // (a transcript, a Signal chat's chat.md, a JSON array, a note)
    expect(isIrcLog("[18:42:07] Alice: hello\n[18:43:00] Bob: hi\n")).toBe(false);
    expect(isIrcLog("[2026-10-03 18:21:05] SamOkafor: hi  \n\n")).toBe(false);
    expect(isIrcLog('[{"id": 1}]\n')).toBe(false);
    expect(isIrcLog("Release plan\n18:42 meet alice\n")).toBe(false);
    expect(await detectFormat(log("notes/chat from the sprint.txt", ["[18:42:07] <alice> hello", "[18:43:00] <bob> hi"]))).toBe("irc");
    expect(await detectFormat(log("transcript.txt", ["[18:42:07] Alice: hello", "[18:43:00] Bob: hi"]))).toBe("text");
    // (--format chosen: read as IRC whatever the file is named)
    const [c] = await parsedConversations(log("backup/chat.txt", ["2026-11-03 18:42:07\talice\thello"]), "irc");
    expect([c!.externalId, c!.title, said(c)]).toEqual(["irc:chat:2026-11-03", "chat", [["alice", "other", "2026-11-03T18:42:07.000Z", "hello"]]]);
  });

  it("reads a folder's channel and query logs, and passes over the server's buffers and any other log, said why", async () => {
    const channel = log("logs/weechat/irc.libera.#tidepool.weechatlog", ["2026-11-03 18:41:10\talice\thi"]);
    const server = log("logs/weechat/irc.server.libera.weechatlog", ["2026-11-03 18:39:58\t--\tirc: connecting to server irc.libera.chat/6697 (TLS)..."]);
    const core = log("logs/weechat/core.weechat.weechatlog", ["2026-11-03 18:39:58\t\tWeeChat 4.7.1 started"]);
    const hexServer = log("logs/hexchat/libera.chat/server.log", [
      "**** BEGIN LOGGING AT Tue Nov  3 18:40:00 2026",
      "",
      "Nov 03 18:40:00 *\tLooking up irc.libera.chat",
    ]);
    const status = log("logs/znc/libera/status/2026-11-12.log", ["[19:00:00] Connected to IRC (irc.libera.chat +6697)"]);
    const query = log("logs/znc/libera/bjorn/2026-11-12.log", ["[19:20:41] <bjorn> reviewed #1432, LGTM"]);
    const other = log("logs/npm-debug.log", ["0 info it worked if it ends with ok", "1 verbose cli [ 'node' ]"]);
    expect(
      importPaths(join(dir, "logs"))
        .map((p) => p.file)
        .sort(),
    ).toEqual([channel, core, hexServer, other, query, server, status].sort());
    expect(await folderFileFormat(channel)).toBe("irc");
    expect(await folderFileFormat(query)).toBe("irc");
    expect(await passedOverInFolder(server)).toBe("WeeChat's server buffer of libera: the server's and its services' notices, no channel's or query's talk");
    expect(await passedOverInFolder(core)).toBe("WeeChat's core.weechat buffer: WeeChat's own messages, no channel's or query's talk");
    expect(await passedOverInFolder(hexServer)).toBe(
      "HexChat's server tab of libera.chat: the server's and its services' notices, no channel's or query's talk",
    );
    expect(await passedOverInFolder(status)).toBe("ZNC's status window of libera: the server's and its services' notices, no channel's or query's talk");
    expect(await passedOverInFolder(other)).toBe("a log file that is no IRC client's log (an app's or a server's log, no one's words)");
    expect(await folderFileFormat(other)).toBeNull();
    // (a server's buffer given alone holds no one's words: no conversation)
    expect(await validateExport(server)).toMatchObject({ format: "irc", conversations: 0, turns: 0 });
    const [bjorn] = await parsedConversations(query);
    expect([bjorn!.externalId, bjorn!.turns[0]!.metadata]).toEqual(["irc:libera/bjorn:2026-11-12", { line: 1, letter: { to: ["the user"] } }]);
    // (a log named as a query whose nick never speaks, a channel's renamed, tells no user)
    const renamed = log("logs/irssi/libera/meeting.log", ["--- Log opened Tue Nov 03 18:40:00 2026", "18:42 < alice> hi", "18:43 < bob> hello"]);
    expect((await parsedConversations(renamed))[0]!.turns.map((t) => [t.speaker, t.role, t.metadata])).toEqual([
      ["alice", "other", { line: 2 }],
      ["bob", "other", { line: 3 }],
    ]);
  });
});

describe("a bad log", () => {
  it("is refused naming the file and line, and nothing is stored", async () => {
    const cases: Array<[string, string[], string, string]> = [
      [
        "garbled.weechatlog",
        ["2026-11-03 18:42:07\talice\thello", "alice hello"],
        "line 2",
        `expected a line of WeeChat's log like "2026-11-03 18:42:07<TAB>alice<TAB>hello", got "alice hello"`,
      ],
      ["day.weechatlog", ["2026-11-03 18:42:07\talice\thello", "2026-02-30 18:42:07\talice\thello"], "line 2", "the line's day or time is none"],
      ["time.log", ["--- Log opened Tue Nov 03 18:40:00 2026", "25:10 < alice> hello"], "line 2", "the line's day or time is none"],
      ["before.log", ["18:42 < alice> hello", "18:43 < bob> hi"], "line 1", "a line before the log's first day"],
      [
        "changed.log",
        ["--- Log opened Tue Nov 03 18:40:00 2026", "--- Day changed Mon Feb 30 2026"],
        "line 2",
        '"--- Day changed Mon Feb 30 2026" names no day',
      ],
      ["words.log", ["[18:42:07] <alice> hello", "and then some words"], "line 2", "expected a line of ZNC's log"],
    ];
    for (const [name, lines, location, message] of cases) {
      const file = log(`bad/${name}`, lines);
      const err = await importErrorOf(parsedConversations(file, "irc"));
      expect([err.name, err.file, err.location]).toEqual(["ImportError", file, location]);
      expect(err.message).toContain(`${name}: ${location}: `);
      expect(err.message).toContain(message);
    }
    const none = log("bad/none.log", ["Nothing but words", "here"]);
    expect(await importErrorOf(parsedConversations(none, "irc"))).toMatchObject({
      location: "line 1",
      message: expect.stringContaining("expected an IRC client's log"),
    });
    const db = openDatabase(join(dir, "bad.db"));
    try {
      await expect(importFile(db, embedder, join(dir, "bad/day.weechatlog"), { format: "irc" })).rejects.toThrow(/line 2/);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
