import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { detectFormat } from "../../core/ingest/parse.js";
import {
  chatgptBranchedConversation,
  chatgptConversation,
  claudeConversation,
  importErrorOf,
  parsedConversations,
  writeJsonExport,
} from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-ingest-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("ChatGPT conversations.json", () => {
  it("keeps only the current branch of an edited conversation, in order", async () => {
    const file = join(dir, "conversations.json");
    writeJsonExport(file, [chatgptBranchedConversation("conv-1")]);
    expect(await detectFormat(file)).toBe("chatgpt");
    const [c] = await parsedConversations(file);
    const t0 = 1_700_000_000_500;
    expect(c).toMatchObject({ format: "chatgpt", externalId: "conv-1", title: "Edited question", startedAt: t0, participants: ["User", "ChatGPT", "python"] });
    expect(c!.turns.map((t) => [t.externalId, t.role, t.speaker, t.text, t.occurredAt])).toEqual([
      ["msg-u1", "user", "User", "What is 2+2?", t0 + 1000],
      ["msg-a1", "assistant", "ChatGPT", "4", t0 + 2000],
      ["msg-u2b", "user", "User", "Tell me a pun", t0 + 5000],
      ["msg-t1", "other", "python", "print('pun')", t0 + 6000],
      // no create_time on the message: the conversation's create_time
      ["msg-a2b", "assistant", "ChatGPT", "I would tell a pun about paper, but it's tearable.", t0],
    ]);
    expect(c!.turns[2]!.metadata).toEqual({ content_type: "multimodal_text", non_text_parts: 1 });
    expect(c!.turns[1]!.metadata).toEqual({ model: "gpt-4o" });
  });

  it("follows the newest leaf when current_node is missing, and accepts conversation_id alone", async () => {
    const conv = chatgptBranchedConversation("conv-2");
    delete conv.current_node;
    delete conv.id;
    const file = join(dir, "no-current.json");
    writeJsonExport(file, [conv]);
    const [c] = await parsedConversations(file);
    expect(c!.externalId).toBe("conv-2");
    // leaves: a2 (t0+4) and a2b (no time → 0): a2 is newer
    expect(c!.turns.map((t) => t.text)).toEqual(["What is 2+2?", "4", "Tell me a joke", "Why did the chicken..."]);
  });

  it("names the node when current_node or a parent is not in mapping", async () => {
    const dangling = chatgptConversation("c", "t", 1, [{ id: "a", parent: "ghost", message: { role: "user", parts: ["hi"] } }], "a");
    const file = join(dir, "dangling.json");
    writeJsonExport(file, [dangling]);
    expect(await importErrorOf(parsedConversations(file))).toEqual({
      name: "ImportError",
      file,
      location: "[0].mapping.a.parent",
      message: 'dangling.json: [0].mapping.a.parent: node "ghost" is not in mapping',
    });
    writeJsonExport(file, [{ ...dangling, current_node: "nope" }]);
    expect((await importErrorOf(parsedConversations(file))).message).toBe('dangling.json: [0].current_node: node "nope" is not in mapping');
  });
});

describe("Claude conversations.json", () => {
  it("reads messages from content blocks or text, with ISO times and attachments", async () => {
    const file = join(dir, "claude.json");
    writeJsonExport(file, [claudeConversation("conv-c1"), claudeConversation("conv-c2", "")]);
    expect(await detectFormat(file)).toBe("claude");
    const [c1, c2] = await parsedConversations(file);
    expect(c1).toMatchObject({
      format: "claude",
      externalId: "conv-c1",
      title: "Sourdough help",
      participants: ["User", "Claude"],
      startedAt: Date.parse("2024-03-05T14:02:00Z"),
    });
    expect(c1!.turns.map((t) => [t.externalId, t.role, t.speaker, t.text, t.occurredAt])).toEqual([
      ["conv-c1-m1", "user", "User", "How long should sourdough proof?", Date.parse("2024-03-05T14:02:10.123Z")],
      ["conv-c1-m2", "assistant", "Claude", "Usually 4 to 6 hours at room temperature.\n\nLonger in the fridge.", Date.parse("2024-03-05T14:02:11Z")],
      ["conv-c1-m3", "user", "User", "[attached: starter.jpg]", Date.parse("2024-03-05T14:05:00Z")],
    ]);
    expect(c1!.turns[2]!.metadata).toEqual({ attachments: ["starter.jpg"] });
    expect(c2!.title).toBeNull();
  });

  it("lets the format option override detection (and then reports what is missing)", async () => {
    const file = join(dir, "claude-as-chatgpt.json");
    writeJsonExport(file, [claudeConversation()]);
    expect((await importErrorOf(parsedConversations(file, "chatgpt"))).message).toBe(
      "claude-as-chatgpt.json: [0].create_time: missing (expected a number) (and 1 more problem here)",
    );
  });
});
