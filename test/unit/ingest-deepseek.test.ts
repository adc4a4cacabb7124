/**
 * DeepSeek's chat export (core/ingest/chats/deepseek.ts), conversations.json: each chat a conversation of
 * the branch the user ended on (an edited question's and a regenerated answer's old branches left out), the
 * user's requests theirs and the answers DeepSeek's, at their times on Beijing's clock read with their zone;
 * DeepThink's reasoning, the web's search results and the answer's citation marks left out of the words
 * (kept in metadata); files attached named; detected by its first chat, not as ChatGPT's; read alone, in its
 * folder (user.json passed over, said why) and as `--format deepseek`; imported again adds nothing, a later
 * export only what is new; a bad file refused naming the file and the JSON path, storing nothing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, passedOverInFolder } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { isDeepseekStart } from "../../core/ingest/chats/deepseek.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import type { Embedder } from "../../models/embedder.js";
import { chatgptBranchedConversation, importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-deepseek-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** Writes `value` as JSON to `path` under the test's folder (its folders made); returns its path. */
function put(path: string, value: unknown): string {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value, null, 2));
  return file;
}

/** A node of a chat's `mapping`: its id, parent, children and message (`null` for the root). */
type Node = { id: string; parent: string | null; children: string[]; message: Record<string, unknown> | null };

/** A chat as DeepSeek's export writes it: `nodes` its `mapping` (their children from their parents), the root first. */
function chat(
  id: string,
  title: string,
  insertedAt: string,
  nodes: Array<[id: string, parent: string, message: Record<string, unknown>]>,
): Record<string, unknown> {
  const mapping: Record<string, Node> = { root: { id: "root", parent: null, children: [], message: null } };
  for (const [node, parent, message] of nodes) {
    mapping[parent]!.children.push(node);
    mapping[node] = { id: node, parent, children: [], message };
  }
  return { id, title, inserted_at: insertedAt, updated_at: insertedAt, mapping };
}

const request = (at: string, content: string, extra: Record<string, unknown> = {}) => ({
  files: [],
  model: "deepseek-chat",
  inserted_at: at,
  fragments: [{ type: "REQUEST", content }],
  ...extra,
});
const response = (at: string, fragments: Array<Record<string, unknown>>, model = "deepseek-chat") => ({ files: [], model, inserted_at: at, fragments });

/** A visa chat: its first question edited (the old branch beside it), a file attached, a search read and cited. */
const VISA = chat("6f1c2a9e-visa", "Schengen visa documents", "2026-10-15T03:12:44.518000+08:00", [
  ["1", "root", request("2026-10-15T03:12:44.518000+08:00", "What documents do I need for an Italian visa? I'm going to Rome.")],
  ["2", "1", response("2026-10-15T03:13:02.207000+08:00", [{ type: "RESPONSE", content: "Apply through VFS Global for Italy." }])],
  ["3", "root", request("2026-10-15T03:15:30.874000+08:00", "What documents do I need for a French Schengen visa? I'm going to Paris.")],
  [
    "4",
    "3",
    response("2026-10-15T03:15:58.331000+08:00", [
      {
        type: "SEARCH",
        results: [
          {
            url: "https://france-visas.gouv.fr/",
            title: "France-Visas",
            snippet: "The official visa website for France.",
            cite_index: 1,
            site_name: "France-Visas",
          },
          { url: "https://example.com/apple-watch", title: "Best gifts", snippet: "Everyone wants an Apple Watch.", cite_index: 2, site_name: "Gifts" },
        ],
      },
      { type: "RESPONSE", content: "You need travel insurance with €30,000 of medical cover.[citation:1] The fee is €90.[citation:1][citation:2]" },
    ]),
  ],
  [
    "5",
    "4",
    request("2026-10-22T02:41:09.733000+08:00", "I booked the appointment for 5 November.", {
      files: [{ file_name: "TLScontact appointment confirmation.pdf", file_size: 84211 }],
    }),
  ],
]);

/** A script chat with DeepThink on: its reasoning, and an answer regenerated (the older one beside it). */
const SCRIPT = chat("b24e9d07-script", "Rename photos", "2026-10-28T04:05:17.129000+08:00", [
  ["1", "root", request("2026-10-28T04:05:17.129000+08:00", "Write a script that renames my photos by date taken.", { model: "deepseek-reasoner" })],
  [
    "2",
    "1",
    response(
      "2026-10-28T04:06:02.844000+08:00",
      [
        { type: "THINK", content: "Maybe the user lives in Germany.", elapsed_secs: 21.4 },
        { type: "RESPONSE", content: "Reinstall Python." },
      ],
      "deepseek-reasoner",
    ),
  ],
  [
    "3",
    "1",
    response(
      "2026-10-28T04:06:40.000000+08:00",
      [
        { type: "THINK", content: "Read the EXIF DateTimeOriginal tag with Pillow.", elapsed_secs: 12.5 },
        { type: "THINK", content: "Add a dry run.", elapsed_secs: 2 },
        { type: "RESPONSE", content: "Read each photo's EXIF date taken with Pillow and rename it." },
      ],
      "deepseek-reasoner",
    ),
  ],
]);

describe("DeepSeek's conversations.json", () => {
  it("reads each chat's branch the user ended on, the requests the user's and the answers DeepSeek's, at their times", async () => {
    const file = put("alone/conversations.json", [VISA, SCRIPT]);
    expect(await detectFormat(file)).toBe("deepseek");
    const [visa, script] = await parsedConversations(file);
    expect(visa).toMatchObject({
      format: "deepseek",
      externalId: "6f1c2a9e-visa",
      title: "Schengen visa documents",
      participants: ["User", "DeepSeek"],
      // (Beijing's clock, +08:00: 14 October at 19:12:44 UTC)
      startedAt: Date.UTC(2026, 9, 14, 19, 12, 44, 518),
    });
    // (the question edited, about Rome, and its answer are left out: the branch to the newest message is read)
    expect(visa!.turns.map((t) => [t.externalId, t.role, t.speaker, t.text, t.occurredAt])).toEqual([
      ["3", "user", "User", "What documents do I need for a French Schengen visa? I'm going to Paris.", Date.UTC(2026, 9, 14, 19, 15, 30, 874)],
      // (the answer's citation marks left out, and the search's results: "Apple Watch" is the web's, not the chat's)
      ["4", "assistant", "DeepSeek", "You need travel insurance with €30,000 of medical cover. The fee is €90.", Date.UTC(2026, 9, 14, 19, 15, 58, 331)],
      ["5", "user", "User", "I booked the appointment for 5 November.", Date.UTC(2026, 9, 21, 18, 41, 9, 733)],
    ]);
    expect(visa!.turns[1]!.metadata).toEqual({
      model: "deepseek-chat",
      sources: [
        { title: "France-Visas", url: "https://france-visas.gouv.fr/" },
        { title: "Best gifts", url: "https://example.com/apple-watch" },
      ],
    });
    expect(visa!.turns[2]!.metadata).toEqual({ model: "deepseek-chat", attachments: ["TLScontact appointment confirmation.pdf"] });
    // (the answer regenerated is the one kept; DeepThink's reasoning is no one's words, its seconds kept)
    expect(script!.turns.map((t) => [t.externalId, t.speaker, t.text])).toEqual([
      ["1", "User", "Write a script that renames my photos by date taken."],
      ["3", "DeepSeek", "Read each photo's EXIF date taken with Pillow and rename it."],
    ]);
    expect(script!.turns[1]!.metadata).toEqual({ model: "deepseek-reasoner", thinking_seconds: 14.5 });
    expect(JSON.stringify([visa, script])).not.toMatch(/Germany|Rome|Apple Watch|DateTimeOriginal/);
  });

  it("finds the parents of nodes that name none by their children, and names a message of files alone", async () => {
    const bare = chat("c-bare", "", "2026-11-09T05:40:12Z", [
      ["7", "root", request("2026-11-09T05:40:12Z", "", { files: [{ file_name: "starter.jpg" }] })],
      // (a fragment of a type this reader does not know, of whatever shape, is no words: named in the answer's metadata, never refused)
      [
        "8",
        "7",
        response("2026-11-09T05:40:51Z", [
          { type: "NEW_KIND", content: { x: 1 } },
          { type: "RESPONSE", content: "Your starter looks ready." },
        ]),
      ],
    ]);
    for (const node of Object.values(bare.mapping as Record<string, Node>)) delete (node as Partial<Node>).parent;
    const [c] = await parsedConversations(put("bare/conversations.json", [bare]));
    expect(c!.title).toBeNull();
    expect(c!.turns.map((t) => [t.externalId, t.role, t.text])).toEqual([
      ["7", "user", "[attached: starter.jpg]"],
      ["8", "assistant", "Your starter looks ready."],
    ]);
    expect(c!.turns[1]!.metadata).toEqual({ model: "deepseek-chat", other_fragments: ["NEW_KIND"] });
  });

  it("is told from ChatGPT's by its first chat, and read as chosen with --format", async () => {
    expect(isDeepseekStart(JSON.stringify([VISA], null, 2))).toBe(true);
    expect(isDeepseekStart(JSON.stringify([chatgptBranchedConversation()], null, 2))).toBe(false);
    const chatgpt = put("chatgpt/conversations.json", [chatgptBranchedConversation()]);
    expect(await detectFormat(chatgpt)).toBe("chatgpt");
    expect(await validateExport(put("format/chats.json", [SCRIPT]), { format: "deepseek" })).toMatchObject({ format: "deepseek", conversations: 1, turns: 2 });
    expect((await importErrorOf(validateExport(chatgpt, { format: "deepseek" }))).message).toMatch(/^conversations\.json: \[0\]\.(id|inserted_at): /);
  });

  it("reads the export's folder: conversations.json as DeepSeek's, user.json passed over, said why", async () => {
    const folder = join(dir, "DeepSeek");
    const chats = put("DeepSeek/conversations.json", [VISA]);
    const user = put("DeepSeek/user.json", { mobile: { mobile_number: "+44 7700 900356" } });
    expect(importPaths(folder).map((p) => p.file)).toEqual([chats, user]);
    expect(await passedOverInFolder(chats)).toBeNull();
    expect(await folderFileFormat(chats)).toBe("deepseek");
    expect(await passedOverInFolder(user)).toBe(
      "DeepSeek's account details (user.json: its phone number or email), no chat; the chats are read from conversations.json beside it",
    );
    // (a user.json beside another app's conversations.json is not said to be DeepSeek's)
    put("Other/conversations.json", [chatgptBranchedConversation()]);
    expect(await passedOverInFolder(put("Other/user.json", { email: "a@example.com" }))).toBeNull();
  });

  it("adds nothing imported again, and from a later export only what is new", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const first = put("later/1/conversations.json", [VISA, SCRIPT]);
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "deepseek", conversations: 2, added: 5, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 5 });
      // (the later export: the script chat carried on, and a new chat)
      const more = structuredClone(SCRIPT) as { mapping: Record<string, Node> };
      more.mapping["3"]!.children.push("4");
      more.mapping["4"] = { id: "4", parent: "3", children: [], message: request("2026-10-28T04:12:40.377000+08:00", "It worked, thanks!") };
      const gift = chat("e7a05c31-gift", "Gift for Dad", "2026-11-17T03:27:39.662000+08:00", [
        ["1", "root", request("2026-11-17T03:27:39.662000+08:00", "My dad turns 65 on 3 December. Gift ideas?")],
      ]);
      const later = put("later/2/conversations.json", [gift, more, VISA]);
      expect(await importFile(db, embedder, later)).toMatchObject({ conversations: 3, added: 2, duplicates: 5 });
    } finally {
      db.close();
    }
  });

  it("reads a chat whose reasoning is longer than a message may be: the reasoning is no turn's words", async () => {
    const long = structuredClone(SCRIPT) as { mapping: Record<string, Node> };
    (long.mapping["3"]!.message!.fragments as Array<Record<string, unknown>>)[0]!.content = "Let me think about EXIF dates. ".repeat(180_000);
    const [c] = await parsedConversations(put("long/conversations.json", [long]));
    expect(c!.turns.map((t) => t.text)).toEqual([
      "Write a script that renames my photos by date taken.",
      "Read each photo's EXIF date taken with Pillow and rename it.",
    ]);
  });

  it("is refused naming the file and the JSON path, and nothing is stored", async () => {
    const badTime = structuredClone(VISA) as { mapping: Record<string, Node> };
    badTime.mapping["4"]!.message!.inserted_at = "yesterday";
    const file = put("bad/conversations.json", [SCRIPT, badTime]);
    expect(await importErrorOf(validateExport(file))).toEqual({
      name: "ImportError",
      file,
      location: "[1].mapping.4.message.inserted_at",
      message: 'conversations.json: [1].mapping.4.message.inserted_at: expected an ISO 8601 date-time from 1970 to 2199, or unix seconds, got "yesterday"',
    });
    const dangling = structuredClone(SCRIPT) as { mapping: Record<string, Node> };
    dangling.mapping["3"]!.parent = "ghost";
    expect((await importErrorOf(validateExport(put("dangling/conversations.json", [dangling])))).message).toBe(
      'conversations.json: [0].mapping.3.parent: node "ghost" is not in mapping',
    );
    const notWords = structuredClone(SCRIPT) as { mapping: Record<string, Node> };
    (notWords.mapping["1"]!.message!.fragments as Array<Record<string, unknown>>)[0]!.content = 42;
    expect((await importErrorOf(validateExport(put("words/conversations.json", [notWords])))).message).toBe(
      "conversations.json: [0].mapping.1.message.fragments[0].content: expected the fragment's content to be a string, got 42",
    );
    const db = openDatabase(join(dir, "bad.db"));
    try {
      await expect(importFile(db, embedder, file)).rejects.toThrow(/\[1\]\.mapping\.4\.message\.inserted_at/);
      expect(db.prepare("SELECT count(*) FROM conversations").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
