import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testApi, type TestApi } from "../helpers/api.js";

let t: TestApi;
beforeEach(() => {
  t = testApi();
  const add = t.db.prepare("INSERT INTO entities(name, kind, norm, created_at) VALUES (?, ?, ?, 0)");
  for (const [name, kind] of [
    ["Caroline", "person"],
    ["John", "person"],
    ["Jon", "person"],
    ["Joanna", "person"],
    ["James", "person"],
    ["Lake Tahoe", "place"],
  ] as const)
    add.run(name, kind, name.toLowerCase());
});
afterEach(() => t.close());

describe("getEntity by a name nobody has", () => {
  it("names the entities the typed name may be short for", async () => {
    await expect(t.api.getEntity({ name: "Caro" })).rejects.toMatchObject({
      code: "not_found",
      message: 'No person, place or thing called "Caro" is in your memories. Did you mean Caroline?',
    });
    await expect(t.api.getEntity({ name: "tahoe" })).rejects.toThrow(/Did you mean Lake Tahoe\?$/);
    await expect(t.api.getEntity({ name: "Jo" })).rejects.toThrow(/Did you mean Joanna, John or Jon\?$/);
  });

  it("says what to type when no name is close", async () => {
    await expect(t.api.getEntity({ name: "Zed" })).rejects.toThrow(
      'No person, place or thing called "Zed" is in your memories. Type a name the way your chats or notes write it.',
    );
    expect((await t.api.getEntity({ name: "caroline" })).entity.name).toBe("Caroline");
  });
});
