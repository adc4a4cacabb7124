import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { insertMemory } from "../../core/db/repos/memories.js";
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

describe("listEntities (the timeline's Person suggestions)", () => {
  it("lists the people the active memories mention, most mentioned first, with their conversation's circle by name", async () => {
    const id = (name: string): number => (t.db.prepare("SELECT id FROM entities WHERE name = ?").get(name) as { id: number }).id;
    t.db.prepare("UPDATE entities SET scope = 'john|maria' WHERE name IN ('John', 'James')").run();
    const mention = (entity: string, n: number, status = "active"): void => {
      for (let i = 0; i < n; i++) {
        const m = insertMemory(
          t.db,
          { type: "semantic", title: `${entity} ${i}`, content: `${entity} ${i}`, occurredAt: 0, engine: "user" },
          { actor: "user" },
        );
        if (status !== "active") t.db.prepare("UPDATE memories SET status = ? WHERE id = ?").run(status, m);
        t.db
          .prepare("INSERT INTO edges(src_kind, src_id, dst_kind, dst_id, relation, created_at) VALUES ('memory', ?, 'entity', ?, 'mentions', 0)")
          .run(m, id(entity));
      }
    };
    mention("John", 3);
    mention("Caroline", 2);
    mention("Caroline", 5, "archived"); // not counted: nothing of hers to show for them
    mention("James", 2);
    mention("Lake Tahoe", 9);
    expect(await t.api.listEntities({ kind: "person" })).toEqual({
      items: [
        { id: id("John"), name: "John", kind: "person", mentions: 3, circle: ["John", "Maria"] },
        { id: id("Caroline"), name: "Caroline", kind: "person", mentions: 2, circle: [] },
        { id: id("James"), name: "James", kind: "person", mentions: 2, circle: ["John", "Maria"] },
      ],
    });
    expect((await t.api.listEntities({ limit: 1 })).items.map((e) => e.name)).toEqual(["Lake Tahoe"]);
  });
});
