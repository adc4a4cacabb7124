/**
 * Hypothesis annotations (core/ingest/hypothesis.ts): the sidebar's JSON export, hypexport's file, the
 * API's search response and a bare array, each page one `kindle` conversation of records titled by its
 * document, each annotation a turn keyed by its id; the owner's highlights told as clippings with their
 * notes and tags, a page note as their note, a reply with where it was said, the group's said by their
 * authors; detected by its start as a file and in a folder, `--format` chosen; importing again, or an
 * export that tells the same annotations, adds only what is new; a bad file's error naming the file and
 * the field, and a file with nothing told passed over in a folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, isEmptyNote } from "../../core/api/import-check.js";
import { isHypothesisJson } from "../../core/ingest/reading/hypothesis.js";
import { detectFormat, parseExport, validateExport } from "../../core/ingest/parse.js";
import { turnHash } from "../../core/ingest/store.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-hypothesis-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` to `path` under the test's folder (its folders made); returns its path. */
function put(path: string, text: string): string {
  const file = join(dir, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const NADIA = "acct:nokafor@hypothes.is";
const PRIYA = "acct:priya.raman@hypothes.is";
const PAPER = "https://journals.sagepub.com/doi/full/10.3102/00028312261187342";
const TITLE = "Retrieval Practice in Middle-School Science: A Cluster-Randomized Trial";
const PDF = "https://bjorklab.psych.ucla.edu/wp-content/uploads/sites/13/2016/04/EBjork_RBjork_2011.pdf";

/** An annotation as h's API presents it (h/services/annotation_json.py), its members in h's order. */
function annotation(a: {
  id: string;
  user: string;
  created: string;
  updated?: string;
  uri?: string;
  title?: string | null;
  text?: string;
  tags?: string[];
  quote?: string;
  page?: string;
  references?: string[];
  name?: string | null;
}): Record<string, unknown> {
  const uri = a.uri ?? PAPER;
  const selector = a.quote
    ? [
        { type: "TextPositionSelector", start: 1820, end: 1820 + a.quote.length },
        { type: "TextQuoteSelector", exact: a.quote, prefix: "(see Table 3). ", suffix: " The advantage" },
        ...(a.page ? [{ type: "PageSelector", index: Number(a.page) - 55, label: a.page }] : []),
      ]
    : null;
  return {
    id: a.id,
    created: a.created,
    updated: a.updated ?? a.created,
    user: a.user,
    uri,
    text: a.text ?? "",
    tags: a.tags ?? [],
    group: "kR3xbq9E",
    permissions: { read: ["group:kR3xbq9E"], admin: [a.user], update: [a.user], delete: [a.user] },
    target: [selector ? { source: uri, selector } : { source: uri }],
    document: a.title === null ? {} : { title: [a.title ?? TITLE] },
    links: { html: `https://hypothes.is/a/${a.id}`, incontext: `https://hyp.is/${a.id}/${uri.replace(/^https:\/\//, "")}` },
    user_info: { display_name: a.name === undefined ? (a.user === NADIA ? "Nadia Okafor" : "Priya Raman") : a.name },
    ...(a.references ? { references: a.references } : {}),
    flagged: false,
    hidden: false,
  };
}

/** The reading group's annotations on the paper: Nadia's highlight with a note and tags, her bare highlight, Priya's reply, Nadia's page note, Priya's highlight with no words. */
const ON_PAPER = [
  annotation({
    id: "Qm3vX8d2EfG1k9TLwA7pzw",
    user: NADIA,
    created: "2026-11-09T20:14:05.331208+00:00",
    text: "Big effect. Check the control group's review time.",
    tags: ["retrieval-practice", "thesis-ch2"],
    quote: "Students who took weekly   low-stakes quizzes scored 14 percentage points higher.",
  }),
  annotation({ id: "T1bq7LsoEfG1kQ9yQ2XcNA", user: NADIA, created: "2026-11-09T20:21:40.018733+00:00", quote: "The advantage held for transfer questions." }),
  annotation({
    id: "b8KcR2lEEfGq5dOhZ0uV1g",
    user: PRIYA,
    created: "2026-11-10T08:02:17.904512+00:00",
    text: "They did: 45 minutes a week in both arms.",
    references: ["Qm3vX8d2EfG1k9TLwA7pzw"],
  }),
  annotation({
    id: "gS7yUu1REfGq5vNnH4kQyw",
    user: NADIA,
    created: "2026-11-10T09:20:03.771044+00:00",
    updated: "2026-11-12T17:45:31.402218+00:00",
    text: "Reading group discusses this on Thursday 19 November.",
    tags: ["reading-group"],
  }),
  annotation({ id: "Wc5oZ4m2EfGr8xNLb1sT9g", user: PRIYA, created: "2026-11-11T16:40:22.118906+00:00", quote: "over a 12-week intervention period" }),
];

/** The sidebar's JSON export (Share → Export, JSON): `JSON.stringify({ export_date, export_userid, client_version, annotations }, null, 2)`. */
function sidebarExport(annotations: unknown[], owner = NADIA): string {
  return JSON.stringify({ export_date: "2026-11-16T20:41:09.512Z", export_userid: owner, client_version: "1.1642.0", annotations }, null, 2);
}

/** A value with every object's keys sorted, as Python's `json.dumps(sort_keys=True)` writes them (hypexport). */
function sortedKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortedKeys);
  if (v && typeof v === "object")
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortedKeys((v as Record<string, unknown>)[k])]),
    );
  return v;
}

/** hypexport's file: `{ annotations, profile }`, keys sorted (the profile last), indented by 2. */
function hypexport(annotations: unknown[]): string {
  return JSON.stringify(
    sortedKeys({ annotations, profile: { userid: NADIA, user_info: { display_name: "Nadia Okafor" }, authority: "hypothes.is" } }),
    null,
    2,
  );
}

/** Every conversation of `file`, read with `--me` when given. */
async function read(file: string, me?: string): Promise<ParsedConversation[]> {
  const out: ParsedConversation[] = [];
  for await (const c of parseExport(file, me ? { me } : {})) out.push(c);
  return out;
}

describe("the sidebar's JSON export", () => {
  it("is a page's conversation of records, each annotation a turn keyed by its id in thread order: the owner's as clippings, the group's said by them", async () => {
    const file = put("2026-11-16-Retrieval Practice in Middle-School Science_ A Clus-Learning-Sciences-Reading-Group.json", sidebarExport(ON_PAPER));
    expect(await detectFormat(file)).toBe("hypothesis");
    const [c, more] = await parsedConversations(file);
    expect(more).toBeUndefined();
    expect(c).toMatchObject({
      format: "kindle",
      externalId: `hypothesis:${PAPER}`,
      title: TITLE,
      participants: ["User", "Priya Raman"],
      startedAt: Date.UTC(2026, 10, 9, 20, 14, 5, 331),
      records: "log",
    });
    expect(c!.turns.map((t) => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text])).toEqual([
      [
        "Qm3vX8d2EfG1k9TLwA7pzw",
        "User",
        "user",
        "2026-11-09T20:14:05.331Z",
        `Highlight from ${TITLE}: “Students who took weekly low-stakes quizzes scored 14 percentage points higher.”\nNote: Big effect. Check the control group's review time.\nTags: retrieval-practice, thesis-ch2`,
      ],
      ["b8KcR2lEEfGq5dOhZ0uV1g", "Priya Raman", "other", "2026-11-10T08:02:17.904Z", `Replied on “${TITLE}”: They did: 45 minutes a week in both arms.`],
      ["T1bq7LsoEfG1kQ9yQ2XcNA", "User", "user", "2026-11-09T20:21:40.018Z", `Highlight from ${TITLE}: “The advantage held for transfer questions.”`],
      [
        "gS7yUu1REfGq5vNnH4kQyw",
        "User",
        "user",
        "2026-11-10T09:20:03.771Z",
        `Note on ${TITLE}: Reading group discusses this on Thursday 19 November.\nTags: reading-group`,
      ],
    ]);
    const meta = c!.turns.map((t) => t.metadata);
    expect(meta[0]).toEqual({
      clipping: { kind: "highlight", book: TITLE, author: null, place: null, location: null, at: "" },
      hypothesis: {
        user: NADIA,
        group: "kR3xbq9E",
        tags: ["retrieval-practice", "thesis-ch2"],
        link: `https://hyp.is/Qm3vX8d2EfG1k9TLwA7pzw/${PAPER.slice(8)}`,
      },
    });
    expect(meta[1]).toMatchObject({ hypothesis: { user: PRIYA, replyTo: { speaker: "User", text: "Big effect. Check the control group's review time." } } });
    expect(meta[1]).not.toHaveProperty("clipping");
    expect(meta[3]).toMatchObject({ clipping: { kind: "note" }, hypothesis: { edited: true } });
  });

  it("tells a PDF's page label, another's words on a quote with the quote kept, and a page with no title by its host", async () => {
    const file = put(
      "export.json",
      sidebarExport([
        annotation({
          id: "Ls4c0b9vEfGm1x3S7aQwJw",
          user: NADIA,
          uri: PDF,
          title: "Making things hard on yourself",
          created: "2026-11-04T19:05:12.603381+00:00",
          text: "Framing for my introduction.",
          quote: "conditions of learning that make performance improve rapidly",
          page: "58",
        }),
        annotation({
          id: "Hn2dT7qVEfGr9WNs0c4bLg",
          user: PRIYA,
          uri: PDF,
          title: "Making things hard on yourself",
          created: "2026-11-05T10:03:55Z",
          text: "Same point as Kalyuga.",
          quote: "long-term retention",
          name: null,
        }),
        annotation({
          id: "Pq0cJ3e2EfGkE3uvZQ1r7A",
          user: NADIA,
          uri: "https://www.earli.org/events/sig6-7-2027",
          title: null,
          created: "2026-11-02T10:12:55Z",
          tags: ["deadlines"],
        }),
      ]),
    );
    const [pdf, earli] = await parsedConversations(file);
    expect(pdf!.turns.map((t) => [t.speaker, t.text, t.metadata.hypothesis])).toEqual([
      [
        "User",
        "Highlight from Making things hard on yourself, page 58: “conditions of learning that make performance improve rapidly”\nNote: Framing for my introduction.",
        { user: NADIA, group: "kR3xbq9E", page: "58", link: expect.any(String) },
      ],
      // (no display name: the username)
      ["priya.raman", "Same point as Kalyuga.", { user: PRIYA, group: "kR3xbq9E", quote: "long-term retention", link: expect.any(String) }],
    ]);
    expect(earli).toMatchObject({ title: "earli.org", turns: [{ text: "Note on earli.org: Tags: deadlines" }] });
  });
});

describe("hypexport's file and the API's search response", () => {
  it("reads hypexport's file, its owner from its profile after the annotations, each page a conversation; the sidebar's export of the same annotations adds nothing", async () => {
    const mine = ON_PAPER.filter((a) => a.user === NADIA);
    const all = put("hypothesis-2026-11-16.json", hypexport([...mine].reverse()));
    expect(await detectFormat(all)).toBe("hypothesis");
    const [c] = await parsedConversations(all);
    expect(c!.externalId).toBe(`hypothesis:${PAPER}`);
    expect(c!.turns.map((t) => [t.externalId, t.role])).toEqual([
      ["Qm3vX8d2EfG1k9TLwA7pzw", "user"],
      ["T1bq7LsoEfG1kQ9yQ2XcNA", "user"],
      ["gS7yUu1REfGq5vNnH4kQyw", "user"],
    ]);
    const hashes = (conv: ParsedConversation) => new Set(conv.turns.map((t) => turnHash(conv, t)));
    const [again] = await parsedConversations(all);
    expect(hashes(again!)).toEqual(hashes(c!));
    // (the group's export of the page tells the same three and Priya's reply: only hers is new)
    const [group] = await parsedConversations(put("group.json", sidebarExport(ON_PAPER)));
    const old = hashes(c!);
    expect(group!.turns.filter((t) => !old.has(turnHash(group!, t))).map((t) => t.externalId)).toEqual(["b8KcR2lEEfGq5dOhZ0uV1g"]);
  });

  it("reads the API's search response, its owner the author of the most annotations or the one --me names, an annotation in rows and replies told once", async () => {
    const rows = [ON_PAPER[0], ON_PAPER[1], ON_PAPER[3]];
    const file = put("search.json", JSON.stringify({ total: 3, rows, replies: [ON_PAPER[2], ON_PAPER[2]] }));
    expect(await detectFormat(file)).toBe("hypothesis");
    const [c] = await read(file);
    expect(c!.turns.map((t) => [t.speaker, t.role])).toEqual([
      ["User", "user"],
      ["Priya Raman", "other"],
      ["User", "user"],
      ["User", "user"],
    ]);
    for (const me of ["priya.raman", "Priya Raman", PRIYA]) {
      // (Nadia's highlight with no words of hers, now another's, passed over)
      const [as] = await read(file, me);
      expect(as!.turns.map((t) => [t.speaker, t.role])).toEqual([
        ["Nadia Okafor", "other"],
        ["User", "user"],
        ["Nadia Okafor", "other"],
      ]);
    }
    // (a bare array of annotations, an older hypexport's)
    const [bare] = await read(put("annotations.json", JSON.stringify(rows)));
    expect(bare!.turns.map((t) => t.role)).toEqual(["user", "user", "user"]);
  });
});

describe("detection", () => {
  it("tells Hypothesis's JSON by its start, whatever its name, in a folder too, and not its neighbours for one; --format chooses it", async () => {
    expect(isHypothesisJson(sidebarExport(ON_PAPER))).toBe(true);
    expect(isHypothesisJson(hypexport(ON_PAPER))).toBe(true);
    expect(isHypothesisJson(JSON.stringify({ total: 5, rows: ON_PAPER }))).toBe(true);
    expect(isHypothesisJson(JSON.stringify(ON_PAPER))).toBe(true);
    expect(isHypothesisJson('{\n  "room_name": "Tidewater",\n  "room_creator": "Alex Rivera",\n  "topic": ""')).toBe(false);
    expect(isHypothesisJson(JSON.stringify({ annotations: [{ id: 1, text: "a PDF reader's note", page: 3 }] }))).toBe(false);
    expect(isHypothesisJson(JSON.stringify({ rows: [{ user: "sam", uri: "https://example.com", target: [] }] }))).toBe(false);
    const renamed = put("Hypothesis/my annotations backup.json", hypexport(ON_PAPER));
    expect(await folderFileFormat(renamed)).toBe("hypothesis");
    const asText = put("annotations.txt", JSON.stringify({ total: 5, rows: ON_PAPER }));
    expect((await parsedConversations(asText, "hypothesis")).map((c) => c.externalId)).toEqual([`hypothesis:${PAPER}`]);
  });
});

describe("a bad file", () => {
  it("is refused naming the file and the field, and nothing is read", async () => {
    const time = put("time.json", sidebarExport([ON_PAPER[0], { ...ON_PAPER[1], created: "yesterday" }]));
    expect(await importErrorOf(validateExport(time))).toMatchObject({
      name: "ImportError",
      file: time,
      location: "annotations[1].created",
      message: 'time.json: annotations[1].created: "yesterday" is not a time (h writes "2026-11-09T20:14:05.331208+00:00")',
    });
    const noId = put("noid.json", JSON.stringify({ total: 1, rows: [{ ...ON_PAPER[0], id: null }] }));
    expect(await importErrorOf(parsedConversations(noId))).toMatchObject({
      location: "rows[0].id",
      message: "noid.json: rows[0].id: expected a string, got null",
    });
    const notList = put("notlist.json", '{ "export_date": "2026-11-16T20:41:09.512Z", "export_userid": "acct:a@hypothes.is", "annotations": {} }');
    expect(await importErrorOf(parsedConversations(notList))).toMatchObject({
      location: "annotations",
      message: "notlist.json: annotations: expected an array of annotations, got an object",
    });
  });

  it("passes over, saying why, an export whose annotations have no words nor a highlight of the user's", async () => {
    const file = put("Hypothesis/others.json", sidebarExport([ON_PAPER[4]]));
    expect(await folderFileFormat(file)).toBe("hypothesis");
    const err = await parsedConversations(file).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect((err as Error).message).toBe("others.json: annotations: the note has no text: a Hypothesis export with no annotation that has words or a highlight");
  });
});

/** The sidebar's CSV export of the paper's annotations (Share → Export, Table (CSV)): its header, a row per annotation, local times with no zone. */
const CSV = [
  "Created at,Author,Page,URL,Group,Type,Quote/description,Comment,Tags",
  `2026-11-09 20:14,nokafor,,${PAPER},Learning Sciences Reading Group,Annotation,Students who took weekly low-stakes quizzes scored 14 percentage points higher.,"Big effect. Check the control group's review time, then cite.","retrieval-practice,thesis-ch2"`,
  `2026-11-09 20:21,nokafor,,${PAPER},Learning Sciences Reading Group,Highlight,"The advantage held for ""transfer"" questions.",,`,
  `2026-11-10 08:02,priya.raman,,${PAPER},Learning Sciences Reading Group,Reply,,They did: 45 minutes a week in both arms.,`,
  `2026-11-10 09:20,nokafor,,${PAPER},Learning Sciences Reading Group,Page note,,"Reading group discusses this on Thursday 19 November.\nTom is leading.",reading-group`,
].join("\n");

describe("the sidebar's CSV export", () => {
  it("is the page's conversation titled from the file's name, each row a turn keyed by its time, its most frequent author the user", async () => {
    const file = put("Hypothesis/2026-11-16-Retrieval Practice in Middle-School Science_ A Clus-Learning-Sciences-Reading-Group.csv", CSV);
    expect(await detectFormat(file)).toBe("hypothesis");
    expect(await folderFileFormat(file)).toBe("hypothesis");
    const [c, more] = await parsedConversations(file);
    expect(more).toBeUndefined();
    const title = "Retrieval Practice in Middle-School Science_ A Clus";
    expect(c).toMatchObject({ format: "kindle", externalId: `hypothesis:${PAPER}`, title, participants: ["User", "priya.raman"], records: "log" });
    expect(c!.turns.map((t) => [t.externalId, t.speaker, t.role, t.text])).toEqual([
      [
        "2026-11-09T20:14:00.000Z",
        "User",
        "user",
        `Highlight from ${title}: “Students who took weekly low-stakes quizzes scored 14 percentage points higher.”\nNote: Big effect. Check the control group's review time, then cite.\nTags: retrieval-practice, thesis-ch2`,
      ],
      ["2026-11-09T20:21:00.000Z", "User", "user", `Highlight from ${title}: “The advantage held for "transfer" questions.”`],
      ["2026-11-10T08:02:00.000Z", "priya.raman", "other", `Replied on “${title}”: They did: 45 minutes a week in both arms.`],
      [
        "2026-11-10T09:20:00.000Z",
        "User",
        "user",
        `Note on ${title}: Reading group discusses this on Thursday 19 November.\nTom is leading.\nTags: reading-group`,
      ],
    ]);
    // (another name: the page's host)
    const [renamed] = await parsedConversations(put("my annotations.csv", CSV));
    expect(renamed!.title).toBe("journals.sagepub.com");
  });

  it("refuses a time that is none, naming the line", async () => {
    const file = put("bad.csv", CSV.replace("2026-11-10 08:02", "10/11/2026 08:02"));
    expect(await importErrorOf(parsedConversations(file))).toMatchObject({
      location: "line 4",
      message: 'bad.csv: line 4: "Created at" is "10/11/2026 08:02", not a time (the sidebar writes "2026-11-09 20:14")',
    });
  });
});
