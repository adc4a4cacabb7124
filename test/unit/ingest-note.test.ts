import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importPaths } from "../../core/api/import-check.js";
import { detectFormat } from "../../core/ingest/parse.js";
import { splitLong } from "../../core/ingest/notes/note.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-note-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOTE = "# Garden\n\nPlant the tomatoes after the last frost.\nWater them every morning.\n\nBuy a trellis: the old one broke.\n";

describe("plain-text notes", () => {
  it("reads a note (not a chat) as the user's paragraphs, detected or chosen", async () => {
    const file = join(dir, "notes.txt");
    writeFileSync(file, NOTE);
    expect(await detectFormat(file)).toBe("note");
    const [c] = await parsedConversations(file, "note");
    expect(c).toMatchObject({
      format: "note",
      externalId: `sha256:${createHash("sha256").update(NOTE).digest("hex")}`,
      title: "Garden",
      participants: ["User"],
    });
    expect(c!.turns.map((t) => [t.speaker, t.role, t.text, t.metadata.line])).toEqual([
      ["User", "user", "Plant the tomatoes after the last frost.\nWater them every morning.", 3],
      ["User", "user", "Buy a trellis: the old one broke.", 6],
    ]);
    expect((await parsedConversations(file)).map((x) => x.format)).toEqual(["note"]);
  });

  it("splits a long paragraph at word boundaries and refuses an empty note", async () => {
    const long = Array.from({ length: 900 }, (_, i) => `word${i}`).join(" ");
    const pieces = splitLong(long, 2000);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.every((p) => p.length <= 2000)).toBe(true);
    expect(pieces.join(" ")).toBe(long);
    const empty = join(dir, "empty.md");
    writeFileSync(empty, "# Only a title\n\n");
    expect((await importErrorOf(parsedConversations(empty, "note"))).message).toBe("empty.md: line 2: the note has no text");
  });

  it("reads a bulleted list as one line of its items, after its section's name", async () => {
    const file = join(dir, "weekend.md");
    writeFileSync(
      file,
      "# Weekend\n\n## Shopping\n- oat milk\n- eggs\n- coffee beans\n\n## Todo\n* call the plumber about the leak\n* renew my gym membership\n\n1. Unplug it\n2. Wait\n\n## Gift ideas\n- a kite\n- socks\n\n## Reading list\n- Dune\n- Emma\n",
    );
    const [c] = await parsedConversations(file, "note");
    expect(c!.turns.map((t) => t.text)).toEqual([
      // a list named by an activity or a to-do is that list, as a person asks for it ("What's on my shopping list?")
      "Shopping list: oat milk, eggs, coffee beans.",
      "Todo list: call the plumber about the leak; renew my gym membership.",
      // (a numbered list stays a list, its section's name on a line of its own: its steps)
      "Todo:\n1. Unplug it\n2. Wait",
      // a name that is already a plural or a list stays as it is
      "Gift ideas: a kite, socks.",
      "Reading list: Dune, Emma.",
    ]);
  });

  it("names a list right under the note's title by the title ('# Ideas' → 'Ideas: …')", async () => {
    const file = join(dir, "ideas.md");
    writeFileSync(file, "# Ideas\n\n- Start a podcast about urban gardening\n- Learn to play the cello\n\nA paragraph of its own.\n");
    const [c] = await parsedConversations(file, "note");
    expect(c!.turns.map((t) => t.text)).toEqual(["Ideas: Start a podcast about urban gardening; Learn to play the cello.", "A paragraph of its own."]);
    // and a numbered one too: its steps, on lines of their own
    const deploy = join(dir, "deploy.md");
    writeFileSync(deploy, "# How I deploy a client site\n\n1. Run the build\n2. Upload the dist folder to Netlify\n");
    const [d] = await parsedConversations(deploy, "note");
    expect(d!.turns.map((t) => t.text)).toEqual(["How I deploy a client site:\n1. Run the build\n2. Upload the dist folder to Netlify"]);
  });

  it("names a list under no heading by the file's name, and reads a daily note's log as sentences", async () => {
    const todo = join(dir, "todo.md");
    writeFileSync(todo, "- Call the plumber about the leak\n- Renew my gym membership\n");
    const [t] = await parsedConversations(todo, "note");
    expect(t!.turns.map((x) => x.text)).toEqual(["todo list: Call the plumber about the leak; Renew my gym membership."]);
    // (a daily note names no list: its items are what happened, each a line of its own)
    const day = join(dir, "2026-10-06.md");
    writeFileSync(day, "- Dropped Maya at Sunflower Nursery at 8:15\n- Called Dr. Nguyen about Leo's cough\n- milk\n");
    const [d] = await parsedConversations(day, "note");
    expect(d!.turns.map((x) => x.text)).toEqual(["Dropped Maya at Sunflower Nursery at 8:15.", "Called Dr. Nguyen about Leo's cough.", "milk."]);
  });

  it("reads a list that a line ending in a colon introduces in one turn with that line's paragraph", async () => {
    const file = join(dir, "Job hunt 2026.md");
    writeFileSync(
      file,
      [
        "# Job hunt 2026",
        "",
        "## Tuesday 22 September 2026",
        "",
        "Lumen technical interview with Rachel Kim, 90 minutes. What they asked me:",
        "",
        "1. Design a rate limiter for their public API.",
        "2. Live coding in Python: merge overlapping intervals.",
        "",
        "Felt like a 6 out of 10.",
        "",
        "Prep for Kestrel:",
        "",
        "- revise Kafka basics",
        "",
        "- Postgres: EXPLAIN ANALYZE, index types",
        "",
        "## Offers",
        "",
        "Brightwire came back with £68,000.",
        "",
        "- Kestrel Health: £65,000",
        "- Brightwire: £68,000",
        "",
        "Still to send:",
        "- [ ] Sign the contract",
        "- [x] Email Hannah",
        "",
        "Note to self:",
        "",
        "Ask about the pension.",
        "",
      ].join("\n"),
    );
    utimesSync(file, new Date("2026-11-09T18:00:00Z"), new Date("2026-11-09T18:00:00Z"));
    const [c] = await parsedConversations(file, "note");
    // (the list had been a turn of its own, "Job hunt 2026:\n1. Design a rate limiter …", which said neither
    // "Lumen" nor "interview", and "What they asked me:" had stayed with the paragraph above it)
    expect(c!.turns.map((t) => [t.text, t.metadata.line])).toEqual([
      [
        "Lumen technical interview with Rachel Kim, 90 minutes. What they asked me:\n1. Design a rate limiter for their public API.\n2. Live coding in Python: merge overlapping intervals.",
        5,
      ],
      ["Felt like a 6 out of 10.", 10],
      // (a bulleted list is one line of its items after the line that introduces it, a blank line between its items or not)
      ["Prep for Kestrel: revise Kafka basics; Postgres: EXPLAIN ANALYZE, index types.", 12],
      ["Offers: Brightwire came back with £68,000.", 20],
      // a list no colon line introduces is read as before
      ["Offers: Kestrel Health: £65,000, Brightwire: £68,000.", 22],
      // (a checklist of tasks is still a to-do list, under no blank line too)
      ["Offers to-do: Still to send: Sign the contract, Email Hannah (done).", 25],
      // and a colon line over no list is a paragraph of its own
      ["Offers: Note to self:", 29],
      ["Offers: Ask about the pension.", 31],
    ]);
    expect(c!.turns.slice(0, 3).map((t) => new Date(t.occurredAt).toISOString())).toEqual(Array(3).fill("2026-09-22T12:00:00.000Z"));
  });

  it("says a field line of what its section or the note is about ('Budget: €8,000' → \"Team offsite's budget: €8,000\")", async () => {
    const file = join(dir, "offsite.md");
    writeFileSync(
      file,
      "# Team offsite\n\nWhere: Schloss Elmau, 12-13 November\nBudget: €8,000\nThe bus leaves at 8:00.\n\n## Northwind\nContact: Priya Shah (priya@northwind.io). Retainer of £2,000 a month.\n\nTip: book early.\nSam: draft the hiring plan by Friday\n",
    );
    const [c] = await parsedConversations(file);
    expect(c!.turns.map((t) => t.text)).toEqual([
      "Team offsite's place: Schloss Elmau, 12-13 November\nTeam offsite's budget: €8,000\nThe bus leaves at 8:00.",
      "Northwind's contact: Priya Shah (priya@northwind.io). Retainer of £2,000 a month.",
      // (a kind of text, and a person's line, are no fields)
      "Northwind: Tip: book early.\nSam: draft the hiring plan by Friday",
    ]);
  });

  it("reads a Markdown table's rows as lines of their own, each cell after its column's name", async () => {
    const file = join(dir, "kitchen.md");
    writeFileSync(
      file,
      "# Kitchen renovation\n\n## Quotes\n| Builder | Quote | Start |\n|---|---|---|\n| Hartley & Sons | £18,500 | 3 March |\n| BuildRight | £21,000 | |\n\nWe went with Hartley & Sons.\n",
    );
    const [c] = await parsedConversations(file);
    expect(c!.turns.map((t) => t.text)).toEqual([
      "Quotes: Hartley & Sons, quote £18,500, start 3 March.",
      "Quotes: BuildRight, quote £21,000.",
      "Quotes: We went with Hartley & Sons.",
    ]);
  });

  it("dates a journal's entries by the days their headings name", async () => {
    const file = join(dir, "journal.md");
    writeFileSync(file, "# Journal\n\n## 5 October 2026\n\nWent climbing with Chris.\n\n## Wednesday, 7 October 2026\n\nStarted reading Piranesi.\n");
    utimesSync(file, new Date("2026-10-13T09:00:00Z"), new Date("2026-10-13T09:00:00Z"));
    const [c] = await parsedConversations(file);
    // (they had all been of the day the note was last modified, each led by its heading)
    expect(c!.turns.map((t) => [t.text, new Date(t.occurredAt).toISOString()])).toEqual([
      ["Went climbing with Chris.", "2026-10-05T12:00:00.000Z"],
      ["Started reading Piranesi.", "2026-10-07T12:00:00.000Z"],
    ]);
  });

  it("reads a note's front matter as its metadata, not as a chat's speakers", async () => {
    const file = join(dir, "dentist.md");
    writeFileSync(
      file,
      "---\ntags: [health, family]\ndate: 2026-10-05\ntitle: Dentist\n---\n\nLeo's dentist is Dr. Shah.\n\n- [ ] Book Maya's first check-up\n- [x] Pay the invoice\n\n> **Tip:** floss daily.\n",
    );
    // ("tags", "date" and "title" had been the speakers of a chat)
    expect(await detectFormat(file)).toBe("note");
    const [c] = await parsedConversations(file);
    expect(c!.title).toBe("Dentist");
    expect(c!.turns.map((t) => t.text)).toEqual([
      "Leo's dentist is Dr. Shah.",
      // (a list of tasks is a to-do list, a checked one done)
      "Dentist to-do: Book Maya's first check-up; Pay the invoice (done).",
      // (a block quote and bold are the note's words)
      "Tip: floss daily.",
    ]);
    // dated by its front matter, at noon UTC, when written before it was last modified
    expect(new Date(c!.turns[0]!.occurredAt).toISOString()).toBe("2026-10-05T12:00:00.000Z");
    // (a wiki link is the page it names or the words shown for it; tags closing a line are labels)
    const meeting = join(dir, "meeting.md");
    writeFileSync(
      meeting,
      "# Meeting with [[Priya Shah]]\n\nWe agreed that [[Tom]] will lead the [[Billing migration]]. Send the roadmap to [[Priya Shah|Priya]]. #work #planning\n",
    );
    const [m] = await parsedConversations(meeting);
    expect(m!.title).toBe("Meeting with Priya Shah");
    expect(m!.turns.map((t) => t.text)).toEqual(["We agreed that Tom will lead the Billing migration. Send the roadmap to Priya."]);
    // (a number after "#" is no tag: "Northwind paid invoice #042")
    const paid = join(dir, "paid.md");
    writeFileSync(paid, "Northwind paid invoice #042\n");
    expect((await parsedConversations(paid, "note"))[0]!.turns.map((t) => t.text)).toEqual(["Northwind paid invoice #042"]);
    // (a "---" never closed is text)
    const open = join(dir, "open.md");
    writeFileSync(open, "---\nJust a line under a rule.\n");
    expect((await parsedConversations(open, "note"))[0]!.turns.map((t) => t.text)).toEqual(["---\nJust a line under a rule."]);
  });

  it("names a section that is a part of the note's subject with the note's title", async () => {
    const recipe = join(dir, "banana-bread.md");
    writeFileSync(recipe, "# Banana bread\n\n## Ingredients\n- 3 ripe bananas\n- 250 g flour\n\n## Steps\n1. Preheat the oven\n2. Bake for 60 minutes\n");
    const [r] = await parsedConversations(recipe, "note");
    // (they had been "Ingredients: …" and "Steps:", which told neither what for)
    expect(r!.turns.map((t) => t.text)).toEqual([
      "Banana bread ingredients: 3 ripe bananas, 250 g flour.",
      "Banana bread:\n1. Preheat the oven\n2. Bake for 60 minutes",
    ]);
    const gifts = join(dir, "gift-ideas.md");
    writeFileSync(gifts, "# Gift ideas\n\n## Mum\n- a silk scarf\n- the new Ottolenghi cookbook\n\n## Sam\n- climbing chalk bag\n");
    const [g] = await parsedConversations(gifts, "note");
    // a list's section under a list of ideas is whom they are for; a list of one item is a list too
    expect(g!.turns.map((t) => t.text)).toEqual(["Gift ideas for Mum: a silk scarf; the new Ottolenghi cookbook.", "Gift ideas for Sam: climbing chalk bag."]);
    // (a reading list's sections are kinds of book, not whom it is for)
    const reading = join(dir, "reading.md");
    writeFileSync(reading, "# Reading list\n\n## Fiction\n- Dune\n- Emma\n");
    const [l] = await parsedConversations(reading, "note");
    expect(l!.turns.map((t) => t.text)).toEqual(["Fiction: Dune, Emma."]);
  });

  it("dates a daily note or a journal by the day its file name or title names, not when it was copied", async () => {
    const modified = new Date(Date.UTC(2026, 11, 3, 9, 30));
    const noteAt = async (name: string, text: string) => {
      const file = join(dir, name);
      writeFileSync(file, text);
      utimesSync(file, modified, modified);
      const [c] = await parsedConversations(file, "note");
      return c!.turns.map((t) => new Date(t.occurredAt).toISOString());
    };
    const noon = "2026-11-28T12:00:00.000Z";
    expect(await noteAt("journal-2026-11-28.md", "Went climbing this morning.\n")).toEqual([noon]);
    expect(await noteAt("journal.md", "# Journal, 28 November 2026\n\nWent climbing this morning.\n\nDentist moved.\n")).toEqual([noon, noon]);
    // the day it was modified keeps that time; a day after it is what the note is about, and so is none named
    expect(await noteAt("2026-12-03.md", "Went climbing.\n")).toEqual([modified.toISOString()]);
    expect(await noteAt("2027-01-01 plans.md", "Run a marathon.\n")).toEqual([modified.toISOString()]);
    expect(await noteAt("ideas.md", "# Ideas for Q3 2026\n\nA blog post.\n")).toEqual([modified.toISOString()]);
  });

  it("reads an Obsidian note's properties, callouts and Dataview fields as its words, and its embeds, template placeholders and index links as none", async () => {
    const person = join(dir, "Priya Shah.md");
    writeFileSync(
      person,
      "---\naliases: [Priya]\ntags: [person, work]\nrole: Head of Growth at Fernway\nbirthday: 1990-07-22\nkids: [Arjun, Mira]\n---\n# Priya Shah\n- My manager since March 2025.\n",
    );
    const [p] = await parsedConversations(person, "note");
    // (the properties are said of what the note is about, a day in words; aliases and tags are the note's bookkeeping)
    expect(p!.turns.map((t) => t.text)).toEqual([
      "Priya Shah's role: Head of Growth at Fernway\nPriya Shah's birthday: 22 July 1990\nPriya Shah's kids: Arjun, Mira",
      "Priya Shah: My manager since March 2025.",
    ]);
    const day = join(dir, "2026-11-09.md");
    writeFileSync(
      day,
      "# Monday, 9 November 2026\n## Log\n- Dentist moved to 24 November, with Dr Hale.\n- Ran 10k in 52:30 — personal best! #running\n\n> [!warning] Car insurance\n> Renews on 1 December.\n",
    );
    expect((await parsedConversations(day, "note"))[0]!.turns.map((t) => t.text)).toEqual([
      // (a log's events are lines of their own, named by nothing)
      "Dentist moved to 24 November, with Dr Hale.",
      "Ran 10k in 52:30 — personal best!",
      // (a callout's title names what it says)
      "Car insurance: Renews on 1 December.",
    ]);
    // (a Dataview field is a field; an embedded file is no words; a link to a page in a folder is its name)
    const trip = join(dir, "Lisbon trip.md");
    writeFileSync(
      trip,
      "# Lisbon trip\nHotel:: Memmo Alfama [ref:: MA-88412]\n\n![[lisbon-map.png]]\nAsk [[People/Marcus|Marcus]] about [[Restaurants#Lisbon]].\n",
    );
    expect((await parsedConversations(trip, "note"))[0]!.turns.map((t) => t.text)).toEqual([
      "Lisbon trip's hotel: Memmo Alfama ref: MA-88412",
      "Ask Marcus about Restaurants.",
    ]);
    // a vault's index (links only, under no heading) and a template have no words: refused as a note with no text
    const home = join(dir, "Home.md");
    writeFileSync(home, "# Home\n\n- [[Daily]]\n- [[Projects/Lisbon trip|Lisbon trip]]\n");
    expect((await importErrorOf(parsedConversations(home, "note"))).message).toMatch(/Home\.md: line \d+: the note has no text/);
    const template = join(dir, "Daily Note.md");
    writeFileSync(template, "---\ndate: {{date}}\n---\n# {{date:dddd, D MMMM YYYY}}\n## Log\n- \n## Tasks\n- [ ] \n");
    expect((await importErrorOf(parsedConversations(template, "note"))).message).toMatch(/the note has no text/);
  });

  it("reads a Logseq journal's outline: tasks, scheduled days, nested blocks, block properties and references", async () => {
    const journal = join(dir, "2026_11_09.md");
    writeFileSync(
      journal,
      [
        "- Call with [[Sofia Reyes]] about the kitchen",
        "\t- Her quote is £14,200",
        "\t- She can start on 18 January",
        "\t  id:: 6551c0a2-7d3e-4b8a-9f21-0c5b7e2a9d14",
        "- DONE Pay council tax",
        "- TODO [#A] Book the MOT",
        "  SCHEDULED: <2026-11-27 Fri>",
        "- CANCELED Renew the gym",
        "- Sofia confirmed ((6551c0a2-7d3e-4b8a-9f21-0c5b7e2a9d14)) the date",
        "- {{query (task TODO LATER)}}",
        "",
      ].join("\n"),
    );
    utimesSync(journal, new Date("2026-12-01T10:00:00Z"), new Date("2026-12-01T10:00:00Z"));
    const [c] = await parsedConversations(journal, "note");
    expect(c!.turns.map((t) => t.text)).toEqual([
      // (a block's nested blocks are told with it, so "her" is beside whom it is)
      "Call with Sofia Reyes about the kitchen. Her quote is £14,200. She can start on 18 January.",
      "Pay council tax (done).",
      "To do: Book the MOT, scheduled for 27 November 2026.",
      "Sofia confirmed the date.",
    ]);
    // (a journal is of the day its file's name says, with underscores)
    expect(c!.startedAt).toBe(Date.UTC(2026, 10, 9, 12));
  });

  it("reads a postal address written a line at a time as one line, its district kept ('14 Alder Close, Horfield, Bristol BS7 0QP')", async () => {
    const address = join(dir, "Tom & Ellie.md");
    writeFileSync(address, "Tom & Ellie new address\n14 Alder Close\nHorfield\nBristol BS7 0QP\n(moved in 31 Oct)\n");
    expect((await parsedConversations(address, "note"))[0]!.turns.map((t) => t.text)).toEqual([
      "Tom & Ellie new address\n14 Alder Close, Horfield, Bristol BS7 0QP\n(moved in 31 Oct)",
    ]);
  });

  it("says a field named by a month or a weekday as of the note's subject then, its name kept: 'Book club picks, December: Piranesi'", async () => {
    const picks = join(dir, "Book club picks.md");
    writeFileSync(picks, "# Book club picks\n\nDecember: Piranesi\nJanuary: Middlemarch\n");
    expect((await parsedConversations(picks, "note"))[0]!.turns.map((t) => t.text)).toEqual([
      "Book club picks, December: Piranesi\nBook club picks, January: Middlemarch",
    ]);
  });

  it("reads a Notion page: its properties under its title, a callout, links to pages, a checklist of things, and its id out of its name", async () => {
    const page = join(dir, "Brightside Co 5d6e7f8091a2b3c4d5e6f708192a3b4c.md");
    writeFileSync(
      page,
      "# Brightside Co\n\nContact: Leah Moss\nStatus: Proposal sent\nNext invoice: December 1, 2026\nCreated: November 2, 2026 9:14 AM\n\nPitch for their rebrand.\n",
    );
    expect((await parsedConversations(page, "note"))[0]!.turns.map((t) => t.text)).toEqual([
      // (every property said of the page, a verb in its value or not, a day in words; Notion's bookkeeping left out)
      "Brightside Co's contact: Leah Moss\nBrightside Co's status: Proposal sent\nBrightside Co's next invoice: 1 December 2026",
      "Pitch for their rebrand.",
    ]);
    const health = join(dir, "Health 3d4e5f60718293a4b5c6d7e8f9a0b1c2.md");
    writeFileSync(
      health,
      "<aside>\n💡 Physio every Thursday at 8am with Carla.\n\n</aside>\n\n[Trip to Porto](Trip%20to%20Porto%205f6a7b8c9d0e4f1a2b3c4d5e6f7a8b9c.md)\n\nAsk [Carla](Carla%201a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d.md) about the knee.\n\n## To pack\n\n- [ ]  Camera\n- [ ]  Adapter\n",
    );
    expect((await parsedConversations(health, "note"))[0]!.turns.map((t) => t.text)).toEqual([
      // (the callout's icon and tags are no words; a paragraph of a link only is an index; a link is its words)
      "Physio every Thursday at 8am with Carla.",
      "Ask Carla about the knee.",
      // (a checklist of things to pack is no how-to "To pack list")
      "Things to pack: Camera, Adapter.",
    ]);
  });

  it("reads a Notion database's CSV as a note of its rows, and a folder's other CSV files not at all", async () => {
    const folder = join(dir, "Notion export");
    mkdirSync(join(folder, "Reading list 6e7f8091a2b34c5d9e8f7a6b5c4d3e2f"), { recursive: true });
    const table = join(folder, "Reading list 6e7f8091a2b34c5d9e8f7a6b5c4d3e2f_all.csv");
    writeFileSync(table, '\uFEFFName,Author,Finished\nPiranesi,Susanna Clarke,"October 30, 2026"\n"The Creative Act, a Way of Being",Rick Rubin,\n');
    writeFileSync(join(folder, "Reading list 6e7f8091a2b34c5d9e8f7a6b5c4d3e2f.csv"), "Name,Author\nPiranesi,Susanna Clarke\n");
    writeFileSync(join(folder, "bank statement.csv"), "Date,Amount\n2026-11-01,-12.50\n");
    expect(importPaths(folder).map((f) => f.file.slice(folder.length + 1))).toEqual(["Reading list 6e7f8091a2b34c5d9e8f7a6b5c4d3e2f_all.csv"]);
    const [c] = await parsedConversations(table, "note");
    expect(c!.title).toBe("Reading list");
    expect(c!.turns.map((t) => t.text)).toEqual([
      "Reading list: Piranesi, author Susanna Clarke, finished 30 October 2026.",
      "Reading list: The Creative Act, a Way of Being, author Rick Rubin.",
    ]);
    const broken = join(dir, "Broken 6e7f8091a2b34c5d9e8f7a6b5c4d3e2f.csv");
    writeFileSync(broken, 'Name,Author\n"Piranesi,Susanna Clarke\n');
    expect((await importErrorOf(parsedConversations(broken, "note"))).message).toMatch(/Broken 6e7f8091a2b34c5d9e8f7a6b5c4d3e2f\.csv: line \d+: .*quote/i);
  });

  it("reads a Logseq page's properties as a front matter's, its namespace as its name, and italics as words", async () => {
    const person = join(dir, "Sofia Reyes.md");
    writeFileSync(
      person,
      "type:: [[person]]\ncompany:: Reyes Kitchens\nalias:: Sofia\n\n- Kitchen fitter, recommended by [[Dan Okafor]]\n- Prefers WhatsApp\n",
    );
    expect((await parsedConversations(person, "note"))[0]!.turns.map((t) => t.text)).toEqual([
      "Sofia Reyes’ company: Reyes Kitchens",
      "Sofia Reyes: Kitchen fitter, recommended by Dan Okafor; Prefers WhatsApp.",
    ]);
    const page = join(dir, "Kitchen___Worktops.md");
    writeFileSync(page, "- Oak needs oiling every 6 months\n- We picked *Calacatta Gold* over _plain_ white\n");
    const [w] = await parsedConversations(page, "note");
    expect(w!.title).toBe("Kitchen___Worktops.md");
    expect(w!.turns.map((t) => t.text)).toEqual(['Kitchen/Worktops: Oak needs oiling every 6 months; We picked "Calacatta Gold" over plain white.']);
  });
});
