/**
 * Credentials said in an imported chat (a bank PIN given in answer, a card with its expiry and CVV,
 * a new email password) are never copied into memories, their titles, details, entities or history:
 * the memories name what the credential is for and show `[hidden …]`, `ask` finds them, and the
 * value stays only in the cited source message, which the user can open. What a household shares
 * (the wifi password at mum's, the flat's door code) is remembered as said.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../core/db/connection.js";
import { createEmbedder } from "../../models/embedders.js";
import { testApi } from "../helpers/api.js";
import { engramInProcess, tempDir } from "../helpers/cli.js";

const CHAT = `03/11/2026, 19:02 - Priya Raman: What's the wifi password at your mum's again?
03/11/2026, 19:04 - Sam Okafor: It's BlueHeron-7741
03/11/2026, 19:05 - Priya Raman: Thanks! Also the door code for the flat is 4821, don't tell anyone
03/11/2026, 19:07 - Sam Okafor: Got it. Can you send me the card for the Airbnb deposit?
03/11/2026, 19:09 - Priya Raman: 4111 1111 1111 1111 exp 09/28 CVV 123
03/11/2026, 19:10 - Sam Okafor: Paid, thanks!
03/11/2026, 19:12 - Priya Raman: My new gmail password is hunter2-Lisbon, if I forget remind me lol
03/11/2026, 19:14 - Sam Okafor: Lol ok. What's your bank PIN then? 😂
03/11/2026, 19:15 - Priya Raman: It's 0921, obviously joking, I'd never tell you
`;
const SECRETS = /0921|4111|09\/28|CVV 123|hunter2/i;

let dir: string;
const db = () => join(dir, "engram.db");

beforeAll(async () => {
  dir = tempDir("engram-secrets-");
  writeFileSync(join(dir, "chat.txt"), CHAT);
  const run = await engramInProcess(["import", join(dir, "chat.txt"), "--me", "Priya Raman", "--db", db()]);
  expect(run.code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("credentials said in a chat", () => {
  it("are in no memory, title, detail, entity or version; the memories say what was hidden", () => {
    const conn = openDatabase(db());
    try {
      const rows = conn.prepare("SELECT type, title, content, details FROM memories").all() as Array<Record<string, string>>;
      const text = (sql: string) => (conn.prepare(sql).all() as Array<Record<string, string>>).map((r) => Object.values(r).join(" ")).join("\n");
      expect(rows.filter((r) => r.type === "semantic").length).toBeGreaterThanOrEqual(3);
      expect(rows.map((r) => `${r.title} ${r.content} ${r.details}`).join("\n")).not.toMatch(SECRETS);
      expect(text("SELECT name FROM entities")).not.toMatch(SECRETS);
      expect(text("SELECT before, after FROM memory_versions")).not.toMatch(SECRETS);
      const contents = rows.map((r) => r.content).join("\n");
      expect(contents).toContain("gmail password is [hidden password]");
      expect(contents).toContain("[hidden card details]");
      // what a household shares is no credential
      expect(contents).toContain("door code for the flat is 4821");
      expect(contents).toMatch(/wifi password: Sam Okafor says it's BlueHeron-7741/);
      // the source message keeps the value, for the user who opens it
      expect(text("SELECT text FROM sources")).toContain("hunter2-Lisbon");
    } finally {
      conn.close();
    }
  });

  it("ask finds the memory and cites the message that holds the value", async () => {
    const run = await engramInProcess(["ask", "What's my gmail password?", "--db", db()]);
    expect(run.stdout).toContain("Priya Raman's new gmail password is [hidden password]");
    expect(run.stdout).not.toMatch(SECRETS);
    expect(run.stdout).toMatch(/chat_turn #7 /);
  });

  it("a password the user notes is hidden in the fact and is no line of the human block, which is who they are", async () => {
    const t = testApi({ embedder: await createEmbedder() });
    try {
      await t.api.remember({ text: "My new gmail password is hunter2-Lisbon." });
      await t.api.remember({ text: "I'm allergic to peanuts." });
      const fact = (await t.api.listMemories({ types: ["semantic"], limit: 10 })).items.map((m) => m.content).join("\n");
      expect(fact).toContain("gmail password is [hidden password]");
      const human = (await t.api.listMemories({ types: ["core"], limit: 10 })).items.map((m) => m.content).join("\n");
      expect(human).toContain("allergic to peanuts");
      expect(human).not.toMatch(/password|hunter2/);
    } finally {
      t.close();
    }
  });
});
