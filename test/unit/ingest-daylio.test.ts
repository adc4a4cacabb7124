import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote } from "../../core/api/import-check.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { conversationItems } from "../../core/ingest/store.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-daylio-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Daylio's CSV export header, as More → Export entries → CSV writes it. */
const HEADER = "full_date,date,weekday,time,mood,activities,note_title,note";

// (rows as Daylio writes them, newest first: the day, the day and weekday in the phone's words, its
// clock's time and the mood bare; the activities, the title and the note always quoted, a quote
// doubled, a line break in a note "<br>")
const OFFER =
  '2026-11-26,26 November,Thursday,7:00 pm,rad,"family | date night","","Monzo offer came through. I start on 11 January.<br>Celebrated with Sam, ""champagne"" at home."';
const MIGRAINE = '2026-11-24,24 November,Tuesday,2:20 pm,awful,"sleep early","","Migraine again, third this month."';
const INTERVIEW = '2026-11-18,18 November,Wednesday,7:45 pm,rad,"gym","Monzo","Interview at Monzo went well, they\'ll call Friday."';
const ANXIOUS = '2026-11-17,17 November,Tuesday,10:30 pm,anxious,"","",""';
const MORNING = '2026-11-17,17 November,Tuesday,12:05 am,meh,"reading","",""';

/** A Daylio export named `name` in the test folder: `header`, then `rows`, LF line ends (or `eol`). */
function daylio(name: string, rows: string[], header = HEADER, eol = "\n"): string {
  const file = join(dir, name);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, `${[header, ...rows].join(eol)}${eol}`);
  return file;
}

describe("Daylio's CSV export", () => {
  it("is detected, and read as one note of the user's per entry: its mood, activities and note in words, at its time", async () => {
    const file = daylio("daylio_export_2026_11_30.csv", [OFFER, MIGRAINE, INTERVIEW, ANXIOUS, MORNING]);
    expect(await detectFormat(file)).toBe("daylio");
    const entries = await parsedConversations(file);
    // (each entry keyed by its day and time, titled by its note's title, else by its day alone; its time the phone's, read as UTC)
    expect(entries.map((e) => [e.format, e.externalId, e.title, e.participants, new Date(e.startedAt!).toISOString()])).toEqual([
      ["note", "daylio:2026-11-26 19:00", "Thursday 26 November 2026", ["User"], "2026-11-26T19:00:00.000Z"],
      ["note", "daylio:2026-11-24 14:20", "Tuesday 24 November 2026", ["User"], "2026-11-24T14:20:00.000Z"],
      ["note", "daylio:2026-11-18 19:45", "Monzo", ["User"], "2026-11-18T19:45:00.000Z"],
      ["note", "daylio:2026-11-17 22:30", "Tuesday 17 November 2026", ["User"], "2026-11-17T22:30:00.000Z"],
      // ("12:05 am" is five past midnight)
      ["note", "daylio:2026-11-17 00:05", "Tuesday 17 November 2026", ["User"], "2026-11-17T00:05:00.000Z"],
    ]);
    expect(entries.map((e) => e.turns.map((t) => [t.externalId, t.text]))).toEqual([
      // (the note's "<br>" a line, its doubled quotes one)
      [["19:00", 'I did family and date night; my mood was rad.\nMonzo offer came through. I start on 11 January.\nCelebrated with Sam, "champagne" at home.']],
      [["14:20", "I did sleep early; my mood was awful.\nMigraine again, third this month."]],
      [["19:45", "I did gym; my mood was rad.\nInterview at Monzo went well, they'll call Friday."]],
      // (a mood of the user's own; an entry of a mood alone)
      [["22:30", "My mood was anxious."]],
      [["00:05", "I did reading; my mood was meh."]],
    ]);
    // (said by the user at the entry's time, what Daylio says of it kept beside the words: the line its record starts on)
    expect(new Set(entries.flatMap((e) => e.turns.map((t) => `${t.speaker} ${t.role} ${t.occurredAt === e.startedAt}`)))).toEqual(new Set(["User user true"]));
    expect(entries[2]!.turns[0]!.metadata).toEqual({ line: 4, daylio: { time: "19:45", mood: "rad", activities: ["gym"], title: "Monzo" } });
    expect(entries[3]!.turns[0]!.metadata).toEqual({ line: 5, daylio: { time: "22:30", mood: "anxious" } });
    // (the user's own words: file sources, trust user)
    expect(conversationItems(entries[0]!).map((i) => [i.source.kind, i.source.trust])).toEqual([["file", "user"]]);
    expect(await validateExport(file)).toMatchObject({ format: "daylio", conversations: 5, turns: 5 });
    expect(await checkImportFile(file)).toBe("daylio");
  });

  it("reads a 24-hour clock, the newest exports' scales, older exports without titles or full dates, Daylio's rich text, a byte-order mark and CRLF", async () => {
    const scales = daylio(
      "scales.csv",
      [
        '2026-04-12,April 12,Sunday,12:00,rested,"","Sleep Quality: 8/10 points | Sleep Time: 8:00","","Testing the note."',
        '2026-03-30,March 30,Monday,20:18,vaguely bad,"pondering","","Lists","<b>Who</b> knows.<br><br>Tea &amp; toast<ul><li>milk</li><li>bread</li></ul>"',
      ],
      "\uFEFFfull_date,date,weekday,time,mood,activities,scales,note_title,note",
      "\r\n",
    );
    expect(await detectFormat(scales)).toBe("daylio");
    const [rested, lists] = await parsedConversations(scales);
    expect([rested!.turns[0]!.text, new Date(rested!.startedAt!).toISOString()]).toEqual([
      "My mood was rested. Sleep Quality: 8/10 points. Sleep Time: 8:00.\nTesting the note.",
      "2026-04-12T12:00:00.000Z",
    ]);
    expect([lists!.title, lists!.turns[0]!.text]).toEqual(["Lists", "I did pondering; my mood was vaguely bad.\nWho knows.\nTea & toast\n- milk\n- bread"]);
    // (an export from before entries had titles; 12-hour times in capitals)
    const untitled = daylio(
      "untitled.csv",
      ['2020-05-30,30 May,Saturday,6:50 PM,rad,friends | gaming | nap,"Awesome"'],
      "full_date,date,weekday,time,mood,activities,note",
    );
    expect((await parsedConversations(untitled)).map((e) => [e.externalId, e.turns[0]!.text])).toEqual([
      ["daylio:2020-05-30 18:50", "I did friends, gaming and nap; my mood was rad.\nAwesome"],
    ]);
    // (the oldest: the year, then the day as the phone words it)
    const oldest = daylio(
      "oldest.csv",
      ['2018,18 May,Friday,11:54 pm,happy,"clean | cook","Went to a party"', '2018,May 17,Thursday,10:21 pm,average,"",""'],
      "year,date,weekday,time,mood,activities,note",
    );
    expect(await detectFormat(oldest)).toBe("daylio");
    expect((await parsedConversations(oldest)).map((e) => [e.externalId, e.turns[0]!.text])).toEqual([
      ["daylio:2018-05-18 23:54", "I did clean and cook; my mood was happy.\nWent to a party"],
      ["daylio:2018-05-17 22:21", "My mood was average."],
    ]);
  });

  it("adds from a later export only the entries that are new, and keys an edited entry as the same one", async () => {
    const items = async (file: string) =>
      (await parsedConversations(file)).flatMap((e) => conversationItems(e).map((i) => [e.externalId, i.source.externalId, i.source.contentHash]));
    const earlier = await items(daylio("earlier.csv", [INTERVIEW, ANXIOUS, MORNING]));
    // (a new entry at the top moves every row down a line; the interview's note edited since)
    const edited = INTERVIEW.replace("they'll call Friday.", "they'll call Friday. Second round next week.");
    const later = await items(daylio("later.csv", [MIGRAINE, edited, ANXIOUS, MORNING]));
    const hashes = new Set(earlier.map((i) => i[2]));
    expect(later.filter((i) => !hashes.has(i[2])).map((i) => [i[0], i[1]])).toEqual([
      ["daylio:2026-11-24 14:20", "14:20"],
      ["daylio:2026-11-18 19:45", "19:45"],
    ]);
    expect(later.filter((i) => hashes.has(i[2]))).toHaveLength(2);
    // (two entries at one minute of a day are two: the second "#2")
    const twice = await parsedConversations(daylio("twice.csv", [ANXIOUS, ANXIOUS.replace("anxious", "meh")]));
    expect(twice.map((e) => [e.externalId, e.turns[0]!.externalId, e.turns[0]!.text])).toEqual([
      ["daylio:2026-11-17 22:30", "22:30", "My mood was anxious."],
      ["daylio:2026-11-17 22:30 #2", "22:30 #2", "My mood was meh."],
    ]);
  });

  it("names the file, the line and the column of a bad cell, and refuses a CSV that is no Daylio export", async () => {
    const time = daylio("bad-time.csv", [OFFER, MIGRAINE.replace("2:20 pm", "14:20 pm")]);
    const err = await importErrorOf(validateExport(time));
    expect([err.name, err.location]).toEqual(["ImportError", 'line 3, "time"']);
    expect(err.message).toBe('bad-time.csv: line 3, "time": "14:20 pm" is no time of day (Daylio writes "2:20 pm" or "14:20")');
    const day = daylio("bad-day.csv", [MIGRAINE.replace("2026-11-24", "2026-02-30")]);
    expect((await importErrorOf(validateExport(day))).message).toBe('bad-day.csv: line 2, "full_date": "2026-02-30" is no day (Daylio writes 2026-11-24)');
    const mood = daylio("no-mood.csv", [MIGRAINE.replace(",awful,", ",,")]);
    expect((await importErrorOf(validateExport(mood))).message).toBe(
      'no-mood.csv: line 2, "mood": an entry with no mood (Daylio writes its name: rad, good, meh, bad, awful, or one of yours)',
    );
    // (a record's line is where it starts: a note of two lines before it)
    const multiline = daylio("after-two-lines.csv", [
      '2026-11-25,25 November,Wednesday,9:00 pm,good,"","","Line one\nline two"',
      MIGRAINE.replace("2:20 pm", "noon"),
    ]);
    expect((await importErrorOf(validateExport(multiline))).location).toBe('line 4, "time"');
    const stray = daylio("stray.csv", [MIGRAINE, '2026-11-23,23 November,Monday,9:00 pm,good,"gym" | work,"",""']);
    const csvErr = await importErrorOf(validateExport(stray));
    expect([csvErr.name, csvErr.location]).toEqual(["ImportError", "line 3"]);
    expect(csvErr.message).toMatch(/^stray\.csv: line 3: Invalid Closing Quote/);
    // (an export of no entries is a note with no text, so a folder passes it over)
    const empty = daylio("empty.csv", []);
    const emptyErr = await importErrorOf(validateExport(empty));
    expect(emptyErr.message).toBe("empty.csv: line 1: the note has no text: a Daylio export with no entries");
    expect(isEmptyNote(await validateExport(empty).catch((e: unknown) => e))).toBe(true);
    // (a Goodreads export is no Daylio export when Daylio is asked for)
    const goodreads = join(dir, "goodreads_library_export.csv");
    writeFileSync(goodreads, "Book Id,Title,Author,Exclusive Shelf\n1,Piranesi,Susanna Clarke,read\n");
    expect((await importErrorOf(validateExport(goodreads, { format: "daylio" }))).message).toBe(
      `goodreads_library_export.csv: line 1: no "full_date" column: not Daylio's CSV export (its header is ${HEADER})`,
    );
  });

  it("is read in a folder beside notes, while any other CSV there is passed over", async () => {
    const folder = join(dir, "Downloads");
    const export_ = daylio("Downloads/daylio_export_2026_11_30.csv", [MIGRAINE]);
    writeFileSync(join(folder, "Headache diary.md"), "# Headache diary\n\nNo caffeine after noon.\n");
    writeFileSync(join(folder, "budget.csv"), "Month,Spent\nNovember,42\n");
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual(["Headache diary.md", "daylio_export_2026_11_30.csv"]);
    expect(await folderFileFormat(export_)).toBe("daylio");
    expect((await parsedConversations(export_)).map((e) => e.externalId)).toEqual(["daylio:2026-11-24 14:20"]);
  });
});
