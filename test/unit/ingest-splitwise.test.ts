/**
 * Splitwise's export of a group (core/ingest/splitwise.ts), another reader of the `bank` format: told by its
 * header whatever the file's name; a note per group and month of the user's records, each expense who paid
 * what for what and each one's share (the user's as "my" with --me), each payment as paying back, each total
 * row who owes whom at the end of the export; a payer's own share from the others', several payers, money got
 * back, a row that moved no balance, odd decimals said to the penny; rows of 0.00 left out; read alone, in a
 * folder and by --format; keyed so that importing again adds nothing and a later export only what is new; a
 * bad file refused naming the file, the line and the column, and nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { isBankCsv } from "../../core/ingest/money/bank.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, parseExport, validateExport } from "../../core/ingest/parse.js";
import { isPayPalActivity } from "../../core/ingest/money/paypal.js";
import { isSplitwiseExport, memberNamed, splitwiseGroup } from "../../core/ingest/money/splitwise.js";
import type { ImportFormat, ParsedConversation } from "../../core/ingest/kit/types.js";
import { isVenmoStatement } from "../../core/ingest/money/venmo.js";
import { isYnabCsv } from "../../core/ingest/money/ynab.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-splitwise-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** A file of the test folder, its text as given. */
function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const MEMBERS = ["Maya Patel", "Sam Whitfield", "Priya Shah"];
const HEADER = `Date,Description,Category,Cost,Currency,${MEMBERS.join(",")}`;

/** An export as Splitwise writes it: the header, a blank line, the rows, a blank line, the total rows. */
function exported(rows: string[], totals: string[], header = HEADER): string {
  return `${[header, "", ...rows, "", ...totals].join("\n")}\n`;
}

const ROWS = [
  "2026-10-01,October rent,Rent,1950.00,GBP,1300.00,-650.00,-650.00",
  "2026-10-02,Sam W. paid Maya P.,Payment,650.00,GBP,-650.00,650.00,0.00",
  "2026-10-03,Big Tesco shop,Groceries,84.00,GBP,-28.00,56.00,-28.00",
  "2026-10-24,Pizza night,Dining out,42.00,GBP,0.00,-21.00,21.00",
  '2026-10-29,"Bin bags, loo roll",Household supplies,18.60,GBP,-6.20,-6.20,12.40',
  "2026-11-02,Maya P. paid Sam W.,Payment,30.00,GBP,30.00,-30.00,0.00",
];
const TOTAL = "2026-11-28,Total balance, , ,GBP,645.80,-1.20,-644.60";

/** Each note as [key, title, records, [ISO time, text]…]. */
function told(notes: ParsedConversation[]): Array<[string, string | null, string | undefined, Array<[string, string]>]> {
  return notes.map((n) => [n.externalId, n.title, n.records, n.turns.map((t) => [new Date(t.occurredAt).toISOString(), t.text])]);
}

/** Every conversation `parseExport` yields for `file`, with `me` as --me names the user and `format` as --format. */
async function read(file: string, me?: string, format?: ImportFormat): Promise<ParsedConversation[]> {
  const out: ParsedConversation[] = [];
  for await (const c of parseExport(file, { ...(me ? { me } : {}), ...(format ? { format } : {}) })) out.push(c);
  return out;
}

describe("Splitwise's export of a group", () => {
  it("reads a group's export as a note per month of the user's records, in the user's words with --me", async () => {
    const file = write("brudenell-road_2026-11-28_export.csv", exported(ROWS, [TOTAL]));
    expect(await detectFormat(file)).toBe("bank");
    const notes = await read(file, "Maya Patel");
    expect(notes.every((n) => n.format === "note" && n.turns.every((t) => t.speaker === "User" && t.role === "user"))).toBe(true);
    const after = "(Splitwise, Brudenell Road)";
    expect(told(notes)).toEqual([
      [
        "bank:splitwise:brudenell-road:2026-10",
        "Brudenell Road on Splitwise, October 2026",
        "log",
        [
          [
            "2026-10-01T12:00:00.000Z",
            `I paid £1,950.00 for "October rent" (Rent) on Thursday 1 October; my own share £650.00, Sam Whitfield's £650.00 and Priya Shah's £650.00 ${after}.`,
          ],
          ["2026-10-02T12:00:00.000Z", `Sam Whitfield paid me back £650.00 on Friday 2 October ${after}.`],
          [
            "2026-10-03T12:00:00.000Z",
            `Sam Whitfield paid £84.00 for "Big Tesco shop" (Groceries) on Saturday 3 October; my share £28.00, Priya Shah's £28.00 and Sam Whitfield's own £28.00 ${after}.`,
          ],
          [
            "2026-10-24T12:00:00.000Z",
            `Priya Shah paid £42.00 for "Pizza night" (Dining out) on Saturday 24 October; no share of mine; Sam Whitfield's share £21.00 and Priya Shah's own £21.00 ${after}.`,
          ],
          [
            "2026-10-29T12:00:00.000Z",
            `Priya Shah paid £18.60 for "Bin bags, loo roll" (Household supplies) on Thursday 29 October; my share £6.20, Sam Whitfield's £6.20 and Priya Shah's own £6.20 ${after}.`,
          ],
        ],
      ],
      [
        "bank:splitwise:brudenell-road:2026-11",
        "Brudenell Road on Splitwise, November 2026",
        "log",
        [
          ["2026-11-02T12:00:00.000Z", `I paid Sam Whitfield back £30.00 on Monday 2 November ${after}.`],
          // (the total row: the user the one owed, so who owes them is known)
          [
            "2026-11-28T12:00:00.000Z",
            "At the end of the export on Saturday 28 November, Sam Whitfield owes me £1.20 and Priya Shah owes me £644.60 (Splitwise, Brudenell Road, GBP).",
          ],
        ],
      ],
    ]);
    expect(notes[0]!.turns[2]!.metadata).toEqual({
      line: 5,
      bank: {
        bank: "splitwise",
        group: "Brudenell Road",
        Date: "2026-10-03",
        Description: "Big Tesco shop",
        Category: "Groceries",
        Cost: "84.00",
        Currency: "GBP",
        nets: { "Maya Patel": "-28.00", "Sam Whitfield": "56.00", "Priya Shah": "-28.00" },
      },
    });
  });

  it("names every member when --me names none of them, and finds the user by their first name", async () => {
    const file = write("names/brudenell-road_2026-11-28_export.csv", exported(ROWS.slice(2, 4), [TOTAL]));
    const everyone = [
      "Sam Whitfield paid £84.00 for \"Big Tesco shop\" (Groceries) on Saturday 3 October; Maya Patel's share £28.00, Priya Shah's £28.00 and Sam Whitfield's own £28.00 (Splitwise, Brudenell Road).",
      "Priya Shah paid £42.00 for \"Pizza night\" (Dining out) on Saturday 24 October; Sam Whitfield's share £21.00 and Priya Shah's own £21.00 (Splitwise, Brudenell Road).",
      "At the end of the export on Saturday 28 November, Sam Whitfield owes Maya Patel £1.20 and Priya Shah owes Maya Patel £644.60 (Splitwise, Brudenell Road, GBP).",
    ];
    expect((await read(file)).flatMap((n) => n.turns.map((t) => t.text))).toEqual(everyone);
    expect((await read(file, "Ellie Chen")).flatMap((n) => n.turns.map((t) => t.text))).toEqual(everyone);
    const [, , byFirst] = (await read(file, "priya")).flatMap((n) => n.turns.map((t) => t.text));
    expect(byFirst).toBe(
      "At the end of the export on Saturday 28 November, Sam Whitfield owes Maya Patel £1.20 and I owe Maya Patel £644.60 (Splitwise, Brudenell Road, GBP).",
    );
    expect(memberNamed(MEMBERS, "MAYA PATEL")).toBe("Maya Patel");
    expect(memberNamed(MEMBERS, "Sam")).toBe("Sam Whitfield");
    expect(memberNamed(["Sam Whitfield", "Sam Okafor"], "Sam")).toBeNull();
    expect(memberNamed(MEMBERS, undefined)).toBeNull();
  });

  it("tells several payers, money got back, a row that moved no balance, odd decimals, a payment's own words and every balance", async () => {
    const trip = ["Priya Shah", "Maya Patel", "Jonah Reed", "Hannah Cole"];
    const rows = [
      // (two paid: what each is owed of it)
      "2026-10-06,Dinner at Time Out Market,Dining out,120.00,EUR,30.00,-30.00,25.00,-25.00",
      // (a share with three decimals, as Splitwise writes some: said to the penny)
      "2026-10-07,Car hire to Sintra,Car,231.46,EUR,-57.865,-57.865,173.595,-57.865",
      // (money got back: a negative cost, the one who got it owing the others their part)
      "2026-10-08,Deposit back,General,-40.00,EUR,10.00,10.00,-30.00,10.00",
      // (Splitwise knows who paid; its export does not say)
      "2026-10-09,Taxi,Taxi,50.00,EUR,0.00,0.00,0.00,0.00",
      "2026-10-10,Cash at the airport,Payment,25.00,EUR,-25.00,0.00,0.00,25.00",
      "2026-10-11,Settle all balances,Payment,0.00,EUR,0.00,0.00,0.00,0.00",
    ];
    const totals = [
      "2026-11-28,Total balance, , ,EUR,-42.865,-77.865,168.595,-47.865",
      "2026-11-28,Total balance, , ,GBP,0.00,0.00,0.00,0.00",
      "2026-11-28,Total balance, , ,USD,20.00,15.00,-25.00,-10.00",
    ];
    const file = write("lisbon-2026_2026-11-28_export.csv", exported(rows, totals, `Date,Description,Category,Cost,Currency,${trip.join(",")}`));
    const after = "(Splitwise, Lisbon 2026)";
    expect((await read(file, "Maya Patel")).flatMap((n) => n.turns.map((t) => t.text))).toEqual([
      `Priya Shah and Jonah Reed paid €120.00 for "Dinner at Time Out Market" (Dining out) on Tuesday 6 October; Priya Shah is owed €30.00 and Jonah Reed is owed €25.00 of it; my share €30.00 and Hannah Cole's €25.00 ${after}.`,
      `Jonah Reed paid €231.46 for "Car hire to Sintra" (Car) on Wednesday 7 October; my share €57.87, Priya Shah's €57.87, Hannah Cole's €57.87 and Jonah Reed's own €57.87 ${after}.`,
      `Jonah Reed got €40.00 back for "Deposit back" on Thursday 8 October; my share €10.00, Priya Shah's €10.00, Hannah Cole's €10.00 and Jonah Reed's own €10.00 ${after}.`,
      `"Taxi" (Taxi) cost €50.00 on Friday 9 October; it changed no one's balance ${after}.`,
      `Hannah Cole paid Priya Shah back €25.00 for "Cash at the airport" on Saturday 10 October ${after}.`,
      // (one member owed: who owes them is known)
      "At the end of the export on Saturday 28 November, Priya Shah owes Jonah Reed €42.87, I owe Jonah Reed €77.87 and Hannah Cole owes Jonah Reed €47.87 (Splitwise, Lisbon 2026, EUR).",
      "At the end of the export on Saturday 28 November, everyone is settled up (Splitwise, Lisbon 2026, GBP).",
      // (two owed and two owing: each one's balance, as Splitwise's page says it)
      "At the end of the export on Saturday 28 November, Priya Shah gets back $20.00 in all, I get back $15.00 in all, Jonah Reed owes $25.00 in all and Hannah Cole owes $10.00 in all (Splitwise, Lisbon 2026, USD).",
    ]);
  });

  it("reads a friend's export, its note before the header, and a file named otherwise by --format", async () => {
    const text = `Note: does not include group expenses\n\nDate,Description,Category,Cost,Currency,Maya Patel,Sam Whitfield\n\n2026-10-12,Cinema,Movies,24.00,GBP,12.00,-12.00\n\n2026-11-28,Total balance, , ,GBP,12.00,-12.00\n`;
    const friend = write("maya-patel-and-sam-whitfield_2026-11-28_export.csv", text);
    expect(await detectFormat(friend)).toBe("bank");
    const notes = await read(friend, "Maya Patel");
    expect(notes.map((n) => n.title)).toEqual([
      "Maya Patel and Sam Whitfield on Splitwise, October 2026",
      "Maya Patel and Sam Whitfield on Splitwise, November 2026",
    ]);
    expect(notes[1]!.turns[0]!.text).toBe(
      "At the end of the export on Saturday 28 November, Sam Whitfield owes me £12.00 (Splitwise, Maya Patel and Sam Whitfield, GBP).",
    );
    // (--format bank reads a file whatever it is called; a name that names no group, none)
    const named = write("whatever/export.txt", text);
    expect(await detectFormat(named)).toBe("bank");
    const [chosen] = await read(named, "Sam", "bank");
    expect([chosen!.externalId, chosen!.title, chosen!.turns[0]!.text]).toEqual([
      "bank:splitwise:2026-10",
      "Splitwise, October 2026",
      'Maya Patel paid £24.00 for "Cinema" (Movies) on Monday 12 October; my share £12.00 and Maya Patel\'s own £12.00 (Splitwise).',
    ]);
  });

  it("tells a group's export by its header and names its group from the file's name, and no other CSV as one", () => {
    expect(isSplitwiseExport(exported(ROWS, [TOTAL]))).toBe(true);
    expect(isSplitwiseExport(`\uFEFF${exported(ROWS, [TOTAL])}`)).toBe(true);
    // (no member: no export; another language's columns; Spliit's own export, its columns in another order)
    expect(isSplitwiseExport("Date,Description,Category,Cost,Currency\n")).toBe(false);
    expect(isSplitwiseExport("Fecha,Descripción,Categoría,Coste,Moneda,Maya Patel,Sam Whitfield\n")).toBe(false);
    expect(isSplitwiseExport("Date,Description,Category,Currency,Cost,Is Reimbursement,Split mode,Maya,Sam\n")).toBe(false);
    expect(isBankCsv(exported(ROWS, [TOTAL]))).toBe(false);
    expect(isVenmoStatement(exported(ROWS, [TOTAL]))).toBe(false);
    expect(isPayPalActivity(exported(ROWS, [TOTAL]))).toBe(false);
    expect(isYnabCsv(exported(ROWS, [TOTAL]))).toBe(false);
    expect(splitwiseGroup("/x/lisbon-2026_2026-11-28_export.csv")).toBe("Lisbon 2026");
    expect(splitwiseGroup("goa-trip_2026-03-09_export.csv")).toBe("Goa Trip");
    expect(splitwiseGroup("test-user-and-friend-a_2026-01-01_2026-03-31.csv")).toBe("Test User and Friend A");
    expect(splitwiseGroup("Flat bills.csv")).toBe("Flat Bills");
    expect(splitwiseGroup("export.csv")).toBe("");
  });

  it("reads a folder of groups' exports", async () => {
    const folder = join(dir, "folder");
    const flat = write("folder/brudenell-road_2026-11-28_export.csv", exported(ROWS, [TOTAL]));
    expect(importPaths(folder).map((p) => p.file)).toEqual([flat]);
    expect(await folderFileFormat(flat)).toBe("bank");
  });

  it("adds nothing when imported again, and from a later export only what is new", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const first = write(
        "later/one/brudenell-road_2026-11-28_export.csv",
        exported(ROWS.slice(0, 4), ["2026-11-28,Total balance, , ,GBP,622.00,35.00,-657.00"]),
      );
      expect(await importFile(db, embedder, first, { me: "Maya Patel" })).toMatchObject({ format: "bank", added: 5, duplicates: 0 });
      expect(await importFile(db, embedder, first, { me: "Maya Patel" })).toMatchObject({ added: 0, duplicates: 5 });
      // (a later export: the same rows, two new, and the new balance; a member joined since, their column 0.00 in the old rows)
      const joined = ROWS.map((r) => `${r},0.00`);
      const later = write(
        "later/two/brudenell-road_2026-12-05_export.csv",
        exported(joined, [`${TOTAL.replace("2026-11-28", "2026-12-05")},0.00`], `${HEADER},Jonah Reed`),
      );
      expect(await importFile(db, embedder, later, { me: "Maya Patel" })).toMatchObject({ added: 3, duplicates: 4 });
    } finally {
      db.close();
    }
  });

  it("refuses a bad file naming the file, the line and the column, and stores nothing", async () => {
    const cases: Array<[string, string, string]> = [
      [
        "day.csv",
        exported([ROWS[0]!, "03/10/2026,Tesco,Groceries,84.00,GBP,-28.00,56.00,-28.00"], []),
        'day.csv: line 4, column 1 "Date": "03/10/2026": expected Splitwise\'s day, "2026-10-03"',
      ],
      [
        "cost.csv",
        exported(["2026-10-03,Tesco,Groceries,lots,GBP,-28.00,56.00,-28.00"], []),
        'cost.csv: line 3, column 4 "Cost": "lots": expected an amount, "-28.00"',
      ],
      [
        "currency.csv",
        exported(["2026-10-03,Tesco,Groceries,84.00,,-28.00,56.00,-28.00"], []),
        'currency.csv: line 3, column 5 "Currency": "": expected a currency\'s code, "GBP"',
      ],
      [
        "net.csv",
        exported(["2026-10-03,Tesco,Groceries,84.00,GBP,-28.00,fifty-six,-28.00"], []),
        'net.csv: line 3, column 7 "Sam Whitfield": "fifty-six": expected an amount, "-28.00"',
      ],
    ];
    const db = openDatabase(join(dir, "bad.db"));
    try {
      for (const [name, text, message] of cases) {
        const file = write(`bad/${name}`, text);
        const err = await importErrorOf(validateExport(file, { format: "bank" }));
        expect([err.name, err.file]).toEqual(["ImportError", file]);
        expect(err.message.startsWith(message)).toBe(true);
        await expect(importFile(db, embedder, file, { format: "bank" })).rejects.toThrow(message);
      }
      expect(db.prepare("SELECT COUNT(*) AS n FROM sources").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
    const stray = await importErrorOf(validateExport(write("bad/stray.csv", exported([ROWS[0]!, '2026-10-03,"Tesco" shop,Groceries,1.00,GBP,1,-1,0'], []))));
    expect(stray.message).toMatch(/^stray\.csv: line 4: Invalid Closing Quote/);
  });

  it("passes over an export with nothing to tell, saying why", async () => {
    const settled = write("empty/flat_2026-11-28_export.csv", exported(["2026-10-11,Settle all balances,Payment,0.00,GBP,0.00,0.00,0.00"], []));
    const err = await checkImportFile(settled).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a Splitwise export with no transaction to tell (1 row of 0.00), no note");
  });
});
