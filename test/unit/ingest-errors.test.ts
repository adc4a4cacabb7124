import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseExport, validateExport } from "../../core/ingest/parse.js";
import type { ImportFormat, ParsedConversation } from "../../core/ingest/kit/types.js";
import { chatgptBranchedConversation, chatgptSyntheticConversation, claudeConversation, importErrorOf, PNG_BYTES, utf16le } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-bad-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `content` to `name`, parses it fully, and returns the conversations yielded before the error plus the error. */
async function parseBad(name: string, content: string | Buffer, format?: ImportFormat) {
  const file = join(dir, name);
  writeFileSync(file, content);
  const yielded: ParsedConversation[] = [];
  const error = await importErrorOf(
    (async () => {
      for await (const c of parseExport(file, { format })) yielded.push(c);
    })(),
  );
  expect(error.name).toBe("ImportError");
  expect(error.file).toBe(file);
  expect(error.message.startsWith(`${name}: ${error.location}: `)).toBe(true);
  return { ...error, yielded, detail: error.message.slice(name.length + error.location.length + 4) };
}

const chatgpt = (n: number): string => JSON.stringify(Array.from({ length: n }, (_, i) => chatgptSyntheticConversation(i, 2, 20)));

describe("bad exports give an ImportError naming the file and the place", () => {
  it("empty, blank, binary, UTF-16 and non-UTF-8 files", async () => {
    expect(await parseBad("empty.json", "")).toMatchObject({ location: "byte 0", detail: "empty file" });
    expect(await parseBad("blank.txt", " \n\n ")).toMatchObject({ location: "byte 0", detail: "empty file (only whitespace)" });
    expect(await parseBad("image.json", PNG_BYTES)).toMatchObject({ location: "byte 8", detail: "not a text file (it contains a NUL byte; is it binary?)" });
    expect(await parseBad("utf16.txt", utf16le("Alice: hello\n"))).toMatchObject({
      location: "byte 0",
      detail: "the file is UTF-16 (little-endian) text; save it as UTF-8 and import it again",
    });
    expect((await parseBad("utf16-nobom.txt", Buffer.from("Alice: hello\n", "utf16le"))).detail).toMatch(/UTF-16 \(little-endian, no byte order mark\)/);
    expect(await parseBad("latin1.txt", Buffer.from("Alice: caf\xe9\n", "latin1"))).toMatchObject({
      location: "byte 10",
      detail: "not a text file (invalid UTF-8; save it as UTF-8)",
    });
  });

  it("invalid UTF-8 far into the file is located by line or by byte, line and column", async () => {
    const lines = "Alice: hello there\n".repeat(5000);
    const text = await parseBad("late.txt", Buffer.concat([Buffer.from(lines), Buffer.from("Bob: caf\xe9\n", "latin1")]));
    expect(text).toMatchObject({ location: `line 5001 (byte ${lines.length + 8})`, detail: "invalid UTF-8: this is not UTF-8 text (save the file as UTF-8)" });

    const good = chatgpt(400);
    const json = Buffer.concat([Buffer.from(`${good.slice(0, -1)},\n{"title": "caf`), Buffer.from([0xe9]), Buffer.from('"}]')]);
    const bad = await parseBad("late.json", json);
    expect(bad.location).toBe(`byte ${good.length + 15} (line 2, column 15)`);
    expect(bad.detail).toBe("invalid UTF-8 in item [400] (the file must be UTF-8 text)");
    expect(bad.yielded).toHaveLength(400);
  });

  it("JSON syntax errors name the byte, line and column", async () => {
    expect(await parseBad("not-json.json", "[{ this is not json")).toMatchObject({
      location: "byte 3 (line 1, column 4)",
      detail: `invalid JSON in item [0]: expected a double-quoted property name, got 'this is not '`,
    });
    const pretty = JSON.stringify([chatgptBranchedConversation()], null, 2);
    const broken = pretty.replace('"title": "Edited question",', '"title": "Edited question"');
    const line = pretty.slice(0, pretty.indexOf('"title"')).split("\n").length + 1;
    expect(await parseBad("missing-comma.json", broken)).toMatchObject({
      location: `byte ${broken.indexOf('"create_time"')} (line ${line}, column 5)`,
      detail: `invalid JSON in item [0]: expected ',' or '}' after a property value, got '"create_time'`,
    });
    expect((await parseBad("trailing.json", `${chatgpt(1)} x`, "chatgpt")).detail).toBe("unexpected data after the end of the top-level array: 'x'");
    expect((await parseBad("double-comma.json", `[${JSON.stringify(claudeConversation())},,]`, "claude")).detail).toMatch(/^expected an item after ','/);
  });

  it("a truncated file yields its complete conversations, then reports where it ends", async () => {
    const full = chatgpt(3);
    const cut = full.slice(0, full.length - 200);
    const r = await parseBad("truncated.json", cut);
    expect(r.yielded.map((c) => c.externalId)).toEqual(["c0", "c1"]);
    const third = full.indexOf('{"title":"Conversation 2"');
    expect(r.location).toBe(`byte ${cut.length} (line 1, column ${cut.length + 1})`);
    expect(r.detail).toBe(`truncated JSON: the file ends inside a string of item [2], which starts at byte ${third} (line 1, column ${third + 1})`);
    const between = await parseBad("truncated-between.json", full.slice(0, full.indexOf(',{"title":"Conversation 2"') + 1));
    expect(between.yielded).toHaveLength(2);
    expect(between.detail).toBe("truncated JSON: the file ends before the ']' closing the top-level array");
  });

  it("a file holding one conversation object cut off in the middle is reported as truncated, not as a whole object", async () => {
    const pretty = JSON.stringify(chatgptBranchedConversation(), null, 2);
    const cut = pretty.slice(0, pretty.indexOf('"Edited question"') + 5); // inside the string "Edited question"
    const line = cut.split("\n").length;
    const column = cut.length - cut.lastIndexOf("\n");
    const expected = {
      location: `byte ${cut.length} (line ${line}, column ${column})`,
      detail:
        "truncated JSON: the file ends inside a string of the object that starts at byte 0 (line 1, column 1), before its closing '}' " +
        "(a chat export is a JSON array of conversations: ChatGPT or Claude conversations.json, or LoCoMo)",
    };
    expect(await parseBad("conversation-cut.json", cut)).toMatchObject(expected);
    expect(await parseBad("conversation-cut-forced.json", cut, "chatgpt")).toMatchObject(expected);
    const between = await parseBad("conversation-cut-between.json", pretty.slice(0, pretty.indexOf('"mapping"')));
    expect(between.detail).toMatch(/^truncated JSON: the file ends inside the object that starts at byte 0 \(line 1, column 1\), before its closing '\}'/);
    // the whole object, with braces inside its strings, is still "a JSON object"
    expect((await parseBad("conversation.json", `\n ${JSON.stringify({ title: "a } and a ]", mapping: {} })}\n`)).message).toBe(
      "conversation.json: byte 2 (line 2, column 2): the file is a JSON object; expected a JSON array of conversations (ChatGPT or Claude conversations.json, or LoCoMo)",
    );
  });

  it("wrong shapes name the JSON path of the field", async () => {
    expect(await parseBad("object.json", '{"hello": "world"}')).toMatchObject({
      location: "byte 0 (line 1, column 1)",
      detail: expect.stringMatching(/^the file is a JSON object; expected a JSON array/),
    });
    expect((await parseBad("object-forced.json", '{"hello": "world"}', "claude")).location).toBe("byte 0 (line 1, column 1)");
    expect(await parseBad("unknown.json", '[{"foo": 1, "bar": 2}]')).toMatchObject({
      location: "[0]",
      detail: expect.stringMatching(/^unrecognised JSON export: the first item has keys \{foo, bar\}/),
    });
    expect(await parseBad("empty-array.json", "[ ]")).toMatchObject({ location: "[0]", detail: expect.stringMatching(/empty array/) });

    const convs = [chatgptBranchedConversation("ok"), chatgptBranchedConversation("bad")];
    (convs[1]!.mapping as Record<string, { message: { create_time: unknown } }>).u1!.message.create_time = "x";
    const r = await parseBad("conversations.json", JSON.stringify(convs));
    expect(r.yielded.map((c) => c.externalId)).toEqual(["ok"]);
    expect(r.message).toBe('conversations.json: [1].mapping.u1.message.create_time: expected a number, got "x"');

    const claude = claudeConversation();
    (claude.chat_messages as Array<Record<string, unknown>>)[1]!.created_at = "yesterday";
    expect((await parseBad("claude.json", JSON.stringify([claude]))).message).toBe(
      'claude.json: [0].chat_messages[1].created_at: expected an ISO 8601 date-time from 1970 to 2199, got "yesterday"',
    );
    expect((await parseBad("not-objects.json", "[1, 2]", "claude")).message).toBe("not-objects.json: [0]: expected an object, got 1");
  });

  it("LoCoMo samples with a bad turn or session date", async () => {
    const sample = (session: unknown[], date: unknown = "1:56 pm on 8 May, 2023") => ({
      sample_id: "conv-x",
      qa: [],
      conversation: { speaker_a: "A", speaker_b: "B", session_1_date_time: date, session_1: session },
    });
    const turn = (text: unknown) => ({ speaker: "A", dia_id: "D1:1", text });
    expect((await parseBad("locomo-text.json", JSON.stringify([sample([turn("hi"), turn(5)])]))).message).toBe(
      "locomo-text.json: [0].conversation.session_1[1].text: expected a string, got 5",
    );
    expect((await parseBad("locomo-date.json", JSON.stringify([sample([turn("hi")], "sometime")]))).message).toBe(
      'locomo-date.json: [0].conversation.session_1_date_time: expected a date-time like "1:56 pm on 8 May, 2023" (1970 to 2199), got "sometime"',
    );
  });

  it("validateExport checks the whole file without yielding, and can run twice", async () => {
    const file = join(dir, "valid.json");
    writeFileSync(file, chatgpt(5));
    const first = await validateExport(file);
    expect(first).toEqual({
      format: "chatgpt",
      conversations: 5,
      turns: 10,
      bytes: chatgpt(5).length,
      firstTurnAt: 1_690_000_000_000,
      lastTurnAt: 1_690_002_407_250,
    });
    expect(await validateExport(file)).toEqual(first);
    const bad = join(dir, "invalid.json");
    writeFileSync(bad, chatgpt(5).slice(0, -3));
    expect((await importErrorOf(validateExport(bad))).message).toMatch(/^invalid\.json: byte \d+ \(line 1, column \d+\): truncated JSON/);
  });
});
