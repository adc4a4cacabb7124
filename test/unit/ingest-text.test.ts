import { createHash } from "node:crypto";
import { mkdtempSync, utimesSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { detectFormat, parseExport } from "../../core/ingest/parse.js";
import { classifyLine } from "../../core/ingest/chats/text.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { importErrorOf, PLAIN_TRANSCRIPT, STAMPED_TRANSCRIPT } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-text-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function only(file: string): Promise<ParsedConversation> {
  const out: ParsedConversation[] = [];
  for await (const c of parseExport(file)) out.push(c);
  expect(out).toHaveLength(1);
  return out[0]!;
}

describe("text and Markdown transcripts", () => {
  it("reads stamped lines, date lines, continuation lines and a midnight rollover", async () => {
    const file = join(dir, "trip.md");
    writeFileSync(file, STAMPED_TRANSCRIPT);
    expect(await detectFormat(file)).toBe("text");
    const c = await only(file);
    expect(c).toMatchObject({
      format: "text",
      externalId: `sha256:${createHash("sha256").update(STAMPED_TRANSCRIPT).digest("hex")}`,
      title: "Trip planning",
      participants: ["Alice", "Bob"],
    });
    expect(c.turns.map((t) => [t.speaker, t.text, new Date(t.occurredAt).toISOString(), t.metadata.line])).toEqual([
      ["Alice", "Hi Bob,\nare you free on Saturday?\n\nIt's about the trip.", "2024-03-05T14:02:00.000Z", 4],
      ["Bob", "Yes!", "2024-03-05T14:05:00.000Z", 8],
      ["Alice", "Good night", "2024-03-05T23:59:00.000Z", 9],
      ["Bob", "It's past midnight", "2024-03-06T00:03:00.000Z", 10],
      ["Alice", "Morning, booked the train.", "2024-03-07T09:00:00.000Z", 11],
      ["Bob", "Great, thanks", "2024-03-07T09:00:01.000Z", 12],
      ["Alice", "See you", "2024-03-08T10:30:00.000Z", 14],
    ]);
    expect(c.startedAt).toBe(Date.parse("2024-03-05T14:02:00Z"));
    expect(c.turns.every((t) => t.role === "other" && t.externalId === null)).toBe(true);
  });

  it("without timestamps uses the file's modification time plus one second per message", async () => {
    const file = join(dir, "meeting.txt");
    writeFileSync(file, PLAIN_TRANSCRIPT);
    const mtime = new Date("2024-06-01T08:00:00Z");
    utimesSync(file, mtime, mtime);
    const c = await only(file);
    expect(c.title).toBe("meeting.txt");
    expect(c.turns.map((t) => [t.speaker, t.role, t.text, t.occurredAt - mtime.getTime()])).toEqual([
      ["User", "user", "Can you summarise the meeting?", 0],
      ["Assistant", "assistant", "Sure. Three points:\n- budget approved\n- hiring paused", 1000],
      ["User", "user", "Thanks.\nWho owns the budget?", 2000],
      ["Assistant", "assistant", "Dana does.", 3000],
    ]);
  });

  it("detects a transcript that starts with a bracketed stamp (not a JSON array)", async () => {
    const file = join(dir, "whatsapp.txt");
    writeFileSync(file, "[05/03/2024, 14:02:33] Alice: hi\r\n[05/03/2024, 14:03:00] Bob: hello\r\nsecond line\r\n");
    expect(await detectFormat(file)).toBe("text");
    const c = await only(file);
    // (a four-digit year and a 24-hour time are how WhatsApp writes a day-first locale's stamp: 5 March)
    expect(c.turns.map((t) => [t.speaker, t.text, new Date(t.occurredAt).toISOString()])).toEqual([
      ["Alice", "hi", "2024-03-05T14:02:33.000Z"],
      ["Bob", "hello\nsecond line", "2024-03-05T14:03:00.000Z"],
    ]);
  });

  it("reads slash dates day first when a date of the file says so, as a British WhatsApp export writes them", async () => {
    const file = join(dir, "family.txt");
    writeFileSync(
      file,
      "[02/03/2026, 18:04:11] Helen: Lunch is on Sunday 15 March.\n[09/03/2026, 08:15:00] David: Car's booked in on Thursday\n[13/03/2026, 17:45:22] Sophie: Train gets in at 6:40 tomorrow\n",
    );
    const c = await only(file);
    // (they had been 3 February and 3 September, and the 13/03 line part of David's message)
    expect(c.turns.map((t) => [t.speaker, new Date(t.occurredAt).toISOString()])).toEqual([
      ["Helen", "2026-03-02T18:04:11.000Z"],
      ["David", "2026-03-09T08:15:00.000Z"],
      ["Sophie", "2026-03-13T17:45:22.000Z"],
    ]);
    // (month first still, when a date says so or none tells: a US stamp, two-digit year and 12-hour time)
    const us = join(dir, "us.txt");
    writeFileSync(us, "[3/5/26, 7:02 PM] Priya: hey\n[3/14/26, 9:00 AM] Sam: hi\n");
    expect((await only(us)).turns.map((t) => new Date(t.occurredAt).toISOString().slice(0, 10))).toEqual(["2026-03-05", "2026-03-14"]);
    const unsure = join(dir, "unsure.txt");
    writeFileSync(unsure, "[3/5/26, 7:02 PM] Priya: hey\n[4/6/26, 9:00 AM] Sam: hi\n");
    expect((await only(unsure)).turns.map((t) => new Date(t.occurredAt).toISOString().slice(0, 10))).toEqual(["2026-03-05", "2026-04-06"]);
    // (and day first when none tells, in a British iPhone's or Android's stamp)
    const gb = join(dir, "gb.txt");
    writeFileSync(gb, "[01/11/2026, 18:02:11] Ana: Viewing confirmed\n[03/11/2026, 12:45:00] Ana: Mum will pay for the flowers\n");
    expect((await only(gb)).turns.map((t) => new Date(t.occurredAt).toISOString().slice(0, 10))).toEqual(["2026-11-01", "2026-11-03"]);
    const android = join(dir, "gb-android.txt");
    writeFileSync(android, "01/11/2026, 18:02 - Ana: Viewing confirmed\n03/11/2026, 12:45 - Ana: Mum will pay for the flowers\n");
    expect((await only(android)).turns.map((t) => new Date(t.occurredAt).toISOString().slice(0, 10))).toEqual(["2026-11-01", "2026-11-03"]);
  });

  it("reads a WhatsApp export's notices as no one's words: Android's stamped lines with no speaker, iOS's marked messages", async () => {
    const android = join(dir, "android.txt");
    writeFileSync(
      android,
      '05/03/2026, 19:00 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.\n05/03/2026, 19:01 - Helen created group "Family"\n05/03/2026, 19:02 - Helen: Lunch is on Sunday\n14/03/2026, 08:15 - David: <Media omitted>\n14/03/2026, 08:16 - David: Booked the table for 12\n',
    );
    // (the notice opening it had made the whole chat one note)
    expect(await detectFormat(android)).toBe("text");
    const a = await only(android);
    expect(a.turns.map((t) => [t.speaker, t.text])).toEqual([
      ["Helen", "Lunch is on Sunday"],
      ["David", "Booked the table for 12"],
    ]);
    const ios = join(dir, "ios.txt");
    writeFileSync(
      ios,
      "[05/03/2026, 19:00:00] Family: \u200eMessages and calls are end-to-end encrypted.\n[05/03/2026, 19:02:11] Helen: Lunch is on Sunday\n[14/03/2026, 08:15:00] David: \u200eimage omitted\n",
    );
    const i = await only(ios);
    expect(i.turns.map((t) => [t.speaker, t.text])).toEqual([["Helen", "Lunch is on Sunday"]]);
    expect(i.participants).toEqual(["Helen"]);
  });

  it("reads a WhatsApp message without its edit mark, and a poll as its question and its options with their votes", async () => {
    const file = join(dir, "poll.txt");
    writeFileSync(
      file,
      "[01/11/2026, 18:02:11] Ana: Viewing confirmed for Saturday 14 November at 11 \u200e<This message was edited>\r\n" +
        "[05/11/2026, 20:15:00] Ana: \u200ePOLL:\r\nFirst dance song?\r\n\u200eOPTION: At Last – Etta James (1 vote)\r\n\u200eOPTION: Make You Feel My Love – Adele (2 votes)\r\n" +
        "[05/11/2026, 20:20:00] Tom: Adele it is then\r\n",
    );
    expect((await only(file)).turns.map((t) => [t.speaker, t.text])).toEqual([
      ["Ana", "Viewing confirmed for Saturday 14 November at 11"],
      // (it had been passed over whole, as a notice, for its opening mark)
      ["Ana", "Poll on first dance song: At Last – Etta James (1 vote); Make You Feel My Love – Adele (2 votes)."],
      ["Tom", "Adele it is then"],
    ]);
  });

  it("classifies speaker lines, stamps and look-alikes", () => {
    expect(classifyLine("[2024-03-05 14:02] Alice: hi")).toEqual({
      kind: "speaker",
      speaker: "Alice",
      text: "hi",
      stamp: { kind: "instant", ms: Date.parse("2024-03-05T14:02:00Z") },
    });
    expect(classifyLine("[3/5/24, 2:02 PM] Dr. Jane Smith: hello")).toMatchObject({
      speaker: "Dr. Jane Smith",
      stamp: { kind: "instant", ms: Date.parse("2024-03-05T14:02:00Z") },
    });
    expect(classifyLine("2:02 pm - Bob: yes")).toMatchObject({ speaker: "Bob", stamp: { kind: "time", ms: (14 * 60 + 2) * 60_000 } });
    expect(classifyLine("--- March 5, 2024 ---")).toEqual({ kind: "date", dayMs: Date.parse("2024-03-05T00:00:00Z") });
    expect(classifyLine("see https://example.com/a:b")).toEqual({ kind: "text" });
    expect(classifyLine("The meeting ended at 14:02")).toEqual({ kind: "text" });
    expect(classifyLine("- Note: this is a list item")).toEqual({ kind: "text" });
    expect(classifyLine("## Tomorrow")).toEqual({ kind: "heading", speaker: "Tomorrow" });
  });

  it("reads a Markdown note with sections as a note, and '## Speaker' blocks as a chat when a name comes back or is a role", async () => {
    const detect = async (text: string) => {
      const file = join(dir, "headings.md");
      writeFileSync(file, text);
      return detectFormat(file);
    };
    expect(await detect("# Weekend\n\n## Shopping\n- oat milk\n- eggs\n\n## Todo\n- call the plumber\n")).toBe("note");
    expect(await detect("## Tomatoes\n\nPlant them after the last frost in May.\n")).toBe("note");
    expect(await detect("## Alice\nHi!\n\n## Bob\nHey.\n\n## Alice\nHow are you?\n")).toBe("text");
    expect(await detect("## User\nHow do I reset the router?\n\n## Assistant\nUnplug it.\n")).toBe("text");
    // a meeting note's labelled lines are said once, among headings and bullets: no one talks
    expect(await detect("# Weekly sync\n\nAttendees: Sam Patel, Lena Fischer\n\n## Decisions\n- Ship on October 15\n")).toBe("note");
    expect(await detect("# Team offsite\n\nWhere: Schloss Elmau, 12-13 November\nBudget: €8,000\nThe bus leaves at 8:00.\n")).toBe("note");
    // a note's labels over the lines under them ("Ferry from Split:", "Cheat day:") are no one's name: words in lower case in them
    expect(await detect("# Croatia\n\nFerry from Split:\n14:30 Jadrolinija, seat 42\n\nPacking:\n- passport\n\nCheat day:\nDishoom again.\n")).toBe("note");
    expect(await detect("Leo da Silva: are you free on Saturday?\nMaria van Dijk: yes\n")).toBe("text");
    // a chat's names come back, or are stamped, or are roles
    expect(await detect("# Trip\n\nAlice: are you free on Saturday?\nBob: yes\nAlice: great\n")).toBe("text");
    expect(await detect("[14:02] Alice: are you free on Saturday?\n")).toBe("text");
    expect(await detect("User: How do I reset the router?\nUnplug it first.\nThen wait.\n")).toBe("text");
  });

  it("reads text before the first message as a note, and refuses it as a transcript, naming the line", async () => {
    const file = join(dir, "chat.txt");
    writeFileSync(file, "\nAlice: hi\n");
    await only(file);
    writeFileSync(file, "\nThis is a diary entry, not a chat.\nAlice: hi\n");
    expect(await detectFormat(file)).toBe("note");
    const forced = await importErrorOf(parseExport(file, { format: "text" }).next());
    expect(forced.message).toBe(
      'chat.txt: line 2: expected "Speaker: text" (optionally after a timestamp like [2024-03-05 14:02]) before the first message, got "This is a diary entry, not a chat."',
    );
  });
});
