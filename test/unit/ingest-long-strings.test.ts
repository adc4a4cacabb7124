import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseChatgptConversation } from "../../core/ingest/chats/chatgpt.js";
import { parseClaudeConversation } from "../../core/ingest/chats/claude.js";
import { LONG_STRING_BYTES } from "../../core/ingest/chats/elided.js";
import { streamJsonArray } from "../../core/ingest/kit/json-stream.js";
import { parseLocomoSample } from "../../core/ingest/chats/locomo.js";
import { chatgptConversation, claudeConversation, importErrorOf, parsedConversations } from "../fixtures/exports.js";

// Strings longer than LONG_STRING_BYTES are read through, not kept (core/ingest/elided.ts): a
// message they make too long is refused without reading it into memory, and everything else comes
// out exactly as a parse of the whole item gives it, errors included.

const dir = mkdtempSync(join(tmpdir(), "engram-long-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// over the bound at a read chunk's end (512 KiB chunks), where the reader decides
const LONG = LONG_STRING_BYTES + 1024 * 1024;
/** Prose of `chars` characters in paragraphs (JSON escapes its line breaks). */
const prose = (chars: number): string => "Sentence about the garden in Lisbon and the trip budget.\n\n".repeat(Math.ceil(chars / 58)).slice(0, chars);

let n = 0;
function write(items: unknown[] | Buffer): string {
  const file = join(dir, `export-${++n}.json`);
  writeFileSync(file, Buffer.isBuffer(items) ? items : JSON.stringify(items));
  return file;
}

/** The message of what parsing `file` throws. */
async function failure(run: Promise<unknown>): Promise<string> {
  return (await importErrorOf(run)).message;
}

/** What reading `file` without leaving anything out throws (the reader as it was before elision). */
async function wholeReadFailure(file: string): Promise<string> {
  return failure(
    (async () => {
      for await (const _ of streamJsonArray(file)) {
        /* read every item */
      }
    })(),
  );
}

function chatgptWith(nodes: Parameters<typeof chatgptConversation>[3], current: string | null, title = "Long paste") {
  return chatgptConversation("c1", title, 1_700_000_000, [{ id: "r", parent: null }, ...nodes], current);
}

describe("a message longer than the maximum is refused without being read into memory", () => {
  it.each([
    [
      "chatgpt",
      chatgptWith([{ id: "a1", parent: "r", message: { role: "assistant", parts: [prose(LONG)], time: 1_700_000_002 } }], "a1"),
      "[0] message msg-a1",
    ],
    ["claude", { ...claudeConversation("k1"), chat_messages: [{ uuid: "k1-m1", sender: "human", text: prose(LONG), created_at: null }] }, "[0] message k1-m1"],
    [
      "locomo",
      {
        sample_id: "s1",
        conversation: {
          speaker_a: "Ann",
          speaker_b: "Ben",
          session_1_date_time: "1:56 pm on 8 May, 2023",
          session_1: [{ speaker: "Ann", dia_id: "D1:1", text: prose(LONG) }],
        },
      },
      "[0] message D1:1",
    ],
  ])("%s: the error names the message and says it is over 1,000,000 characters", async (_format, item, where) => {
    const file = write([item]);
    expect(await failure(parsedConversations(file))).toBe(
      `export-${n}.json: ${where}: the message is over 1,000,000 characters long; the largest message Engram imports is 1,000,000 characters (shorten it or remove it from the file)`,
    );
  });

  it("the reader holds a marker for the string, and whole() gives the item as it is in the file", async () => {
    const text = prose(LONG);
    const file = write([{ keep: "short", long: text }]);
    const items = [];
    for await (const item of streamJsonArray(file, { elideStringsOver: LONG_STRING_BYTES })) items.push(item);
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item!.elided).toHaveLength(1);
    expect(item!.value).toEqual({ keep: "short", long: item!.elided[0]!.marker });
    expect(item!.elided[0]!.bytes).toBe(JSON.stringify(text).length - 2);
    expect(item!.elided[0]!.minChars).toBeGreaterThan(1_000_000);
    expect(await item!.whole()).toEqual({ keep: "short", long: text });
  });
});

describe("long strings the parsers drop still import, exactly as before", () => {
  it("ChatGPT: a long message off the current branch, hidden, or of a skipped content type", async () => {
    const long = prose(LONG);
    const item = chatgptWith(
      [
        { id: "u1", parent: "r", message: { role: "user", parts: ["Summarise this log"], time: 1_700_000_001 } },
        { id: "old", parent: "u1", message: { role: "assistant", parts: [long], time: 1_700_000_002 } }, // edited away
        { id: "sys", parent: "u1", message: { role: "system", parts: [long], time: 1_700_000_003, hidden: true } },
        { id: "think", parent: "sys", message: { role: "assistant", parts: [long], contentType: "thoughts", time: 1_700_000_004 } },
        { id: "a1", parent: "think", message: { role: "assistant", parts: ["It is a build log."], time: 1_700_000_005 } },
      ],
      "a1",
    );
    const file = write([item, chatgptWith([], null, "second")]);
    const got = await parsedConversations(file);
    expect(got).toEqual([parseChatgptConversation(item, 0, file), parseChatgptConversation(chatgptWith([], null, "second"), 1, file)]);
    expect(got[0]!.turns.map((t) => t.text)).toEqual(["Summarise this log", "It is a build log."]);
  });

  it("Claude: an attachment's extracted text and a tool call's input", async () => {
    const item = {
      ...claudeConversation("k2"),
      chat_messages: [
        {
          uuid: "k2-m1",
          sender: "human",
          text: "What does the attached report say?",
          created_at: "2024-03-05T14:02:10Z",
          attachments: [{ file_name: "report.txt", file_size: LONG, extracted_content: prose(LONG) }],
        },
        {
          uuid: "k2-m2",
          sender: "assistant",
          text: "",
          content: [
            { type: "tool_use", name: "read", input: { text: prose(LONG) } },
            { type: "text", text: "It is about the garden." },
          ],
        },
      ],
    };
    const file = write([item]);
    expect(await parsedConversations(file)).toEqual([parseClaudeConversation(item, 0, file)]);
  });

  it("LoCoMo: long answers and observations", async () => {
    const item = {
      sample_id: "s2",
      qa: [{ question: "q", answer: prose(LONG) }],
      observation: { session_1_observation: prose(LONG) },
      conversation: {
        speaker_a: "Ann",
        speaker_b: "Ben",
        session_1_date_time: "1:56 pm on 8 May, 2023",
        session_1: [{ speaker: "Ann", dia_id: "D1:1", text: "hi" }],
      },
    };
    const file = write([item]);
    expect(await parsedConversations(file)).toEqual([parseLocomoSample(item, 0, file)]);
  });
});

describe("a long string that is kept, or that may be a message within the maximum, is read whole", () => {
  it("a long title, a message of mostly white space, a message of 800,000 escaped characters", async () => {
    const items = [
      chatgptWith([{ id: "a1", parent: "r", message: { role: "assistant", parts: ["short"], time: 1_700_000_002 } }], "a1", prose(LONG)),
      chatgptWith(
        [{ id: "a1", parent: "r", message: { role: "assistant", parts: [`${" ".repeat(LONG)}hello${"\n".repeat(1000)}`], time: 1_700_000_002 } }],
        "a1",
      ),
      chatgptWith([{ id: "a1", parent: "r", message: { role: "assistant", parts: ["\u0001".repeat(800_000)], time: 1_700_000_002 } }], "a1"),
    ];
    const file = write(items);
    const got = await parsedConversations(file);
    expect(got).toEqual(items.map((item, i) => parseChatgptConversation(item, i, file)));
    expect(got.map((c) => [c.title, c.turns[0]!.text])).toEqual([
      [prose(LONG).trim(), "short"],
      ["Long paste", "hello"],
      ["Long paste", "\u0001".repeat(800_000)],
    ]);
  });

  it("a long key (a LoCoMo session named session_000…002)", async () => {
    const session = `session_${"0".repeat(LONG)}2`;
    const item = {
      sample_id: "s3",
      conversation: {
        speaker_a: "Ann",
        speaker_b: "Ben",
        session_1_date_time: "1:56 pm on 8 May, 2023",
        session_1: [{ speaker: "Ann", dia_id: "D1:1", text: "hi" }],
        [`${session}_date_time`]: "2:00 pm on 9 May, 2023",
        [session]: [{ speaker: "Ben", dia_id: "D2:1", text: "hello again" }],
      },
    };
    const file = write([item]);
    const got = await parsedConversations(file);
    expect(got).toEqual([parseLocomoSample(item, 0, file)]);
    expect(got[0]!.turns.map((t) => t.text)).toEqual(["hi", "hello again"]);
  });
});

describe("faults inside or after a long string are reported as a whole read reports them", () => {
  const head = (item: object) => JSON.stringify([item]).split("@@LONG@@")[0]!;
  const tail = (item: object) => JSON.stringify([item]).split("@@LONG@@")[1]!;
  const shape = chatgptWith([{ id: "a1", parent: "r", message: { role: "assistant", parts: ["@@LONG@@"], time: 1_700_000_002 } }], "a1");
  const withLong = (middle: Buffer | string, end = tail(shape)): Buffer => Buffer.concat([Buffer.from(head(shape)), Buffer.from(middle), Buffer.from(end)]);
  const ascii = "a".repeat(LONG);

  it.each([
    ["invalid UTF-8 in the middle", withLong(Buffer.concat([Buffer.from(ascii), Buffer.from([0xe9]), Buffer.from("b".repeat(1000))]))],
    ["a UTF-8 sequence cut by the closing quote", withLong(Buffer.concat([Buffer.from(ascii), Buffer.from([0xe2, 0x82])]))],
    ["a raw line break", withLong(`${ascii}\nmore`)],
    ["an unknown escape", withLong(`${ascii}\\qmore`)],
    ["a cut \\u escape", withLong(`${ascii}\\u12`)],
    ["a syntax error after the string", withLong(ascii, tail(shape).replace('"status"', '"status" 5'))],
    ["the file ending inside the string", withLong(ascii, "")],
    ["the file ending after the string", withLong(ascii, tail(shape).slice(0, 40))],
  ])("%s", async (_what, content) => {
    const file = write(content);
    const expected = await wholeReadFailure(file);
    expect(await failure(parsedConversations(file))).toBe(expected);
  });
});
