/**
 * A Roam Research graph as Roam exports it, "Export All" → JSON (core/ingest/roam.ts): one note per
 * page with words, a daily page of its day and any other of its creation, read as an outline (tasks,
 * nested blocks told with the one they hang from, a page's opening attributes its properties), block
 * refs and embeds as the referenced block's words wherever it is, Roam's markup as words; empty
 * pages and Roam's own pages passed over; detected by the keys of its first page, in any order.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { detectFormat, parseExport, validateExport } from "../../core/ingest/parse.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-roam-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const USER = { ":user/uid": "k3PzVh0wQbT8rXe2yLmN4sAdGf71" };
const T = Date.UTC(2026, 10, 5, 8, 2);

/** A block as Roam exports one (its words, uid and times; nested blocks in `children`). */
function block(string: string, uid: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { string, "create-time": T, ":create/user": USER, uid, "edit-time": T + 41_000, ":edit/user": USER, ...extra };
}

/** Writes `pages` as a graph's export, on one line as Roam writes it, to `name` under the test's folder; returns its path. */
function graph(pages: unknown[], name = "Roam-Export-1763650000000/nadia-brennan.json"): string {
  const file = join(dir, name);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, JSON.stringify(pages));
  return file;
}

/** A graph of a daily page that refers to blocks of the page after it and before it, a project page, a person page, and pages with no words. */
function nadia(): unknown[] {
  return [
    {
      "create-time": Date.UTC(2026, 9, 28, 21, 15),
      title: "Four Thousand Weeks",
      children: [
        block("Author:: [[Oliver Burkeman]]", "bAuth0001"),
        block("Status:: Reading", "bStat0001"),
        block("^^We never get everything done^^", "bQuote001"),
      ],
      uid: "4kWeeksBk",
      "edit-time": Date.UTC(2026, 9, 28, 21, 30),
    },
    {
      title: "November 5th, 2026",
      children: [
        block("Site visit with [[Dan Whitfield]] for the [[Garden office]] #meetings", "sV5nDw1tA", {
          children: [
            block("Build starts on [[January 11th, 2027]], takes about three weeks", "bSt4rts11"),
            block("Confirmed on site: ((q7Rk2LmPa))", "cNf0nS1te"),
            block("{{embed: ((w3Nd8TxQe))}}", "eMbW1ndw5"),
            block("![](https://firebasestorage.googleapis.com/v0/b/firescript-577a2.appspot.com/o/imgs%2Fsite.jpeg?alt=media)", "1mgS1teP4"),
          ],
        }),
        block("{{[[TODO]]}} Renew passport before [[December 18th, 2026]] #admin", "tDpAsspRt"),
        block("{{[[DONE]]}} Paid Dan the £2,000 deposit for the #[[Garden office]] #admin", "dNdEpos1t", {
          children: [block("#money #[[Garden office]]", "tAgs00001")],
        }),
        block("{{[[ARCHIVED]]}} Ask about a green roof", "aRchv0001"),
        block("Reread ((bQuote001)) and started __Four Thousand Weeks__ on the train", "rEread001"),
        block("{{[[query]]: {and: [[TODO]] [[Garden office]]}}}", "qRy000001"),
      ],
      "create-time": Date.UTC(2026, 10, 5, 8, 2),
      uid: "11-05-2026",
      "edit-time": Date.UTC(2026, 10, 5, 10, 15),
    },
    {
      "create-time": Date.UTC(2026, 9, 20, 19, 5),
      title: "Garden office",
      ":create/user": USER,
      children: [
        block("Builder:: [[Dan Whitfield]]", "bLdrAttr1"),
        block("Status:: Booked", "sTatAttr2"),
        block("Budget", "bUdgetHd2", {
          heading: 2,
          children: [block("Dan's quote is £18,400 including electrics", "q7Rk2LmPa"), block("Contingency of £1,500", "cNt1ngNcy")],
        }),
        block("Windows: triple glazed, from [[Velfac]]", "w3Nd8TxQe"),
        block("```css\n.roam-article { max-width: 760px; }\n```", "cOde00001"),
      ],
      uid: "G4rdnOffc",
      "edit-time": Date.UTC(2026, 9, 20, 19, 17),
    },
    { title: "TODO", "create-time": Date.UTC(2026, 9, 1), uid: "TODO", "edit-time": Date.UTC(2026, 9, 1) },
    { title: "November 12th, 2026", children: [block("", "eMptY1211")], uid: "11-12-2026", "edit-time": Date.UTC(2026, 10, 12, 8) },
    { title: "roam/css", children: [block("```css\n.rm-page-ref { color: teal; }\n```", "cSs000001")], uid: "r0amCss01", "create-time": T },
  ];
}

describe("a Roam Research graph's JSON export", () => {
  it("reads each page with words as a note: a daily page of its day, another of its creation; refs, tasks, attributes and markup as words", async () => {
    const file = graph(nadia());
    expect(await detectFormat(file)).toBe("roam");
    const [book, day, project, more] = await parsedConversations(file);
    expect(more).toBeUndefined();
    expect(day).toMatchObject({
      format: "note",
      externalId: "roam:nadia-brennan:11-05-2026",
      title: "5 November 2026",
      participants: ["User"],
      startedAt: Date.UTC(2026, 10, 5, 12),
    });
    expect(day!.turns.map((t) => [t.speaker, t.role, t.occurredAt, t.text])).toEqual([
      [
        "User",
        "user",
        Date.UTC(2026, 10, 5, 12),
        // (a nested block told with its parent; a ref to the block of a page after it, an embed, an image no words)
        "Site visit with Dan Whitfield for the Garden office. Build starts on 11 January 2027, takes about three weeks. Confirmed on site: Dan's quote is £18,400 including electrics. Windows: triple glazed, from Velfac.",
      ],
      ["User", "user", Date.UTC(2026, 10, 5, 12), "To do: Renew passport before 18 December 2026."],
      // (a tag closing a block no words, but after "the" a word of it; a block of tags only no words)
      ["User", "user", Date.UTC(2026, 10, 5, 12), "Paid Dan the £2,000 deposit for the Garden office (done)."],
      // (a ref to the block of a page before it; a title in italics said in quotes; the archived task and the query gone)
      ["User", "user", Date.UTC(2026, 10, 5, 12), 'Reread We never get everything done and started "Four Thousand Weeks" on the train.'],
    ]);
    expect(project).toMatchObject({ externalId: "roam:nadia-brennan:G4rdnOffc", title: "Garden office", startedAt: Date.UTC(2026, 9, 20, 19, 5) });
    expect(project!.turns.map((t) => t.text)).toEqual([
      "Garden office's builder: Dan Whitfield\nGarden office's status: Booked",
      // (a heading block a section of its nested blocks; a block after it under the page's title again; a code block no words)
      "Budget: Dan's quote is £18,400 including electrics; Contingency of £1,500.",
      "Garden office: Windows: triple glazed, from Velfac.",
    ]);
    expect(book).toMatchObject({ title: "Four Thousand Weeks", startedAt: Date.UTC(2026, 9, 28, 21, 15) });
    expect(book!.turns.map((t) => t.text)).toEqual([
      "Four Thousand Weeks’ author: Oliver Burkeman\nFour Thousand Weeks’ status: Reading",
      "Four Thousand Weeks: We never get everything done.",
    ]);
    expect(await validateExport(file)).toMatchObject({ format: "roam", conversations: 3, turns: 9 });
  });

  it("is found in the unzipped export's folder and read there; alone, as --format roam, it reads the same", async () => {
    const file = graph(nadia());
    writeFileSync(join(dir, "Roam-Export-1763650000000/settings.json"), JSON.stringify({ theme: "dark" }));
    expect(importPaths(join(dir, "Roam-Export-1763650000000")).map((p) => p.file.slice(dir.length + 1))).toEqual([
      "Roam-Export-1763650000000/nadia-brennan.json",
      "Roam-Export-1763650000000/settings.json",
    ]);
    expect(await folderFileFormat(file)).toBe("roam");
    expect(await folderFileFormat(join(dir, "Roam-Export-1763650000000/settings.json"))).toBeNull();
    expect((await parsedConversations(file, "roam")).map((c) => c.title)).toEqual(["Four Thousand Weeks", "5 November 2026", "Garden office"]);
    const progress: Array<[number, number]> = [];
    for await (const _ of parseExport(file, { onProgress: (read, total) => progress.push([read, total]) }));
    const size = Buffer.byteLength(JSON.stringify(nadia()));
    expect(progress.at(-1)).toEqual([size, size]);
  });

  it("tells a page by its keys in any order, dates a page with no create-time by its first block, keys a page with no uid by its title", async () => {
    const file = graph([
      {
        children: [
          block("Phone:: 07700 900553", "mKph0ne01", { "create-time": Date.UTC(2026, 9, 6, 14, 2) }),
          block("Met at the [[Harbour Bank]] kick-off\nShe runs the research team", "mKmet0001", { "create-time": Date.UTC(2026, 9, 6, 14, 4) }),
          block("Lent me ((nowhere01)) in October", "mKlEnt001", { "create-time": Date.UTC(2026, 9, 6, 14, 6) }),
        ],
        "edit-time": Date.UTC(2026, 10, 1),
        title: "Marta Kowalski",
      },
      {
        children: [
          block("Harbour Bank", "hB0000001", {
            heading: 1,
            children: [block("Workshop moved to [[November 24th, 2026]]", "wK0000001"), block("{{TODO}} Book the train", "bK0000001")],
          }),
        ],
        uid: "11-16-2026",
        title: "November 16th, 2026",
      },
    ]);
    expect(await detectFormat(file)).toBe("roam");
    const [marta, day] = await parsedConversations(file);
    expect(marta).toMatchObject({ externalId: "roam:nadia-brennan:Marta Kowalski", title: "Marta Kowalski", startedAt: Date.UTC(2026, 9, 6, 14, 2) });
    // (one attribute is a field of the page; a block's lines joined; a ref to no block of the graph no words)
    expect(marta!.turns.map((t) => t.text)).toEqual([
      "Marta Kowalski's phone: 07700 900553",
      "Marta Kowalski: Met at the Harbour Bank kick-off; She runs the research team; Lent me in October.",
    ]);
    // (a daily page's heading block is a block as any other, its nested blocks told with it)
    expect(day).toMatchObject({ title: "16 November 2026", startedAt: Date.UTC(2026, 10, 16, 12) });
    expect(day!.turns.map((t) => t.text)).toEqual(["Harbour Bank: Workshop moved to 24 November 2026; To do: Book the train."]);
  });

  it("is not a chat export's array, and names Roam when the first item is nothing known", async () => {
    const chatgptLike = graph([{ title: "Sourdough", create_time: 1_700_000_000, mapping: {} }], "conversations.json");
    expect(await detectFormat(chatgptLike)).toBe("chatgpt");
    const unknown = graph([{ title: "Sourdough", body: "…" }], "other.json");
    expect((await importErrorOf(detectFormat(unknown))).message).toBe(
      "other.json: [0]: unrecognised JSON export: the first item has keys {title, body}; expected LoCoMo (conversation, qa), ChatGPT (mapping, create_time), Claude (chat_messages, uuid), DeepSeek (mapping, inserted_at) or a Roam Research graph (title, children)",
    );
  });

  it("refuses a page or block not as Roam writes one, a cut file and a time out of range, naming the file and where", async () => {
    const bad = graph([nadia()[0], { title: "Garden office", children: [block("Status:: Booked", "a"), { string: 5, uid: "b" }] }], "bad.json");
    const err = await importErrorOf(parsedConversations(bad));
    expect(err).toMatchObject({ name: "ImportError", file: bad, location: "[1].children[1].string" });
    expect(err.message).toBe("bad.json: [1].children[1].string: expected a string, got 5");
    // (refused before any page is read: the first pass validates every page)
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const c of parseExport(bad)) seen.push(c.title ?? "");
      })(),
    ).rejects.toThrow("bad.json: [1].children[1].string");
    expect(seen).toEqual([]);
    const cut = join(dir, "cut.json");
    writeFileSync(cut, JSON.stringify(nadia()).slice(0, 900));
    expect((await importErrorOf(parsedConversations(cut))).message).toMatch(/^cut\.json: byte 900 \(line 1, column 901\): truncated JSON/);
    const seconds = graph(
      [{ title: "Dan Whitfield", "create-time": -5, children: [block("Phone:: 07700 900218", "p", { "create-time": -5 })] }],
      "seconds.json",
    );
    expect((await importErrorOf(parsedConversations(seconds))).message).toBe(
      "seconds.json: [0].create-time: expected a time in ms since 1970 (a 13-digit number), got -5",
    );
  });

  it("passes over a graph with no page of words in a folder, saying why", async () => {
    const empty = graph(
      [
        { title: "TODO", "create-time": T, "edit-time": T },
        { title: "roam/js", children: [block("```javascript\n```", "j")] },
      ],
      "empty.json",
    );
    expect(await detectFormat(empty)).toBe("roam");
    const err = await parsedConversations(empty).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: "ImportError", location: "[0]", message: "empty.json: [0]: the note has no text: a Roam graph with no page of words" });
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a Roam graph with no page of words, no note");
  });
});
