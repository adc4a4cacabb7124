import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmbedder } from "../../models/embedders.js";
import type { Embedder } from "../../models/embedder.js";
import { ask } from "../../core/assistant/ask.js";
import { recall } from "../../core/assistant/recall.js";
import { ACKNOWLEDGE, chatTurn } from "../../core/assistant/chat.js";
import { ABSTAIN } from "../../core/assistant/format.js";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { setUserName } from "../../core/db/repos/settings.js";
import { getSources } from "../../core/db/repos/sources.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { importFile } from "../../core/ingest/import.js";
import { storeConversation } from "../../core/ingest/store.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { createMemoryEngine } from "../../core/memory/index.js";
import { engram, engramInProcess, locomoSubset, tempDir } from "../helpers/cli.js";
import { importedConv26 } from "../helpers/shared.js";

let embedder: Embedder;
let db: EngramDb;
/** LoCoMo conv-26 imported with `engram import` once per test run (shared with the e2e tests), read by the CLI tests and the period question. */
const dir = tempDir();
const conv26 = join(dir, "conv-26.db");

/**
 * Stores a chat of `user` with one other person (its format, id and title as given), its messages
 * `[ISO time, speaker, text]` in order, the user's with role "user".
 */
async function storeChat(
  local: EngramDb,
  chat: { format: ParsedConversation["format"]; externalId: string; title: string; user: string; other: string },
  messages: Array<[string, string, string]>,
): Promise<void> {
  await storeConversation(local, embedder, {
    format: chat.format,
    externalId: chat.externalId,
    title: chat.title,
    participants: [chat.user, chat.other],
    startedAt: Date.parse(messages[0]![0]),
    turns: messages.map(([at, speaker, text]) => ({
      externalId: `${chat.externalId} ${at}`,
      speaker,
      role: speaker === chat.user ? ("user" as const) : ("other" as const),
      occurredAt: Date.parse(at),
      text,
      metadata: {},
    })),
  });
}

/** Runs `fn` on a fresh in-memory database with its vector tables, closed afterwards. */
async function withFreshDb(fn: (local: EngramDb) => Promise<void>): Promise<void> {
  const local = openDatabase(":memory:");
  try {
    ensureVectorTables(local, embedder);
    await fn(local);
  } finally {
    local.close();
  }
}

/**
 * Stores a conversation whose turns are [id, ISO time, speaker, role, text], started at its first
 * turn, in `target` (vector tables made), and runs the memory engine over it.
 */
async function rememberTurns(
  target: EngramDb,
  format: "chatgpt" | "text",
  externalId: string,
  title: string,
  turns: Array<[string, string, string, "user" | "assistant" | "other", string]>,
): Promise<void> {
  ensureVectorTables(target, embedder);
  await storeConversation(target, embedder, {
    format,
    externalId,
    title,
    participants: [...new Set(turns.map((t) => t[2]))],
    startedAt: Date.parse(turns[0]![1]),
    turns: turns.map(([id, at, speaker, role, text]) => ({ externalId: id, speaker, role, occurredAt: Date.parse(at), text, metadata: {} })),
  });
  await createMemoryEngine(target, embedder).process();
}

/** The answer to `question` of a fresh database that holds only the text chat `turns` (as {@link rememberTurns} takes them), its memories made. */
async function askOfChat(id: string, title: string, turns: Array<[string, string, string, "user" | "assistant" | "other", string]>, question: string) {
  let answer: Awaited<ReturnType<typeof ask>> | undefined;
  await withFreshDb(async (local) => {
    await rememberTurns(local, "text", id, title, turns);
    answer = await ask(local, embedder, question);
  });
  return answer!;
}

beforeAll(async () => {
  embedder = await createEmbedder();
  db = openDatabase(":memory:");
  await rememberTurns(db, "chatgpt", "c1", "weekend", [
    ["m1", "2023-05-08T10:00:00Z", "User", "user", "I went to a pottery class yesterday and made a blue bowl."],
    ["m2", "2023-05-08T10:00:05Z", "ChatGPT", "assistant", "That sounds lovely! Pottery is a relaxing hobby."],
    ["m3", "2023-05-08T10:01:00Z", "User", "user", "My sister Anna lives in Lisbon and works as a nurse."],
  ]);
  await importedConv26(conv26);
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("ask without a model", () => {
  it("answers with what it remembers: the memories themselves, dated, with their sources", async () => {
    const tokens: string[] = [];
    const a = await ask(db, embedder, "When did I go to the pottery class?", { onToken: (t) => tokens.push(t) });
    expect(a.engine).toBe("heuristic");
    expect(a.abstained).toBe(false);
    // dated when it happened (the day it names), not when it was told
    expect(a.answer).toMatch(/^Here is what I remember:\n1\. 7 May 2023 — /);
    expect(a.answer).toContain("pottery class yesterday (7 May 2023)");
    expect(tokens.join("")).toBe(a.answer);
    const cited = a.citations.find((c) => c.sources.some((s) => s.external_id === "m1"));
    expect(cited).toBeDefined();
    expect(cited!.sources.find((s) => s.external_id === "m1")).toMatchObject({ kind: "chat_turn", conversation: "c1", speaker: "User" });
    expect(cited!.occurred_at).toBe(Date.parse("2023-05-07T00:00:00Z"));
  });

  it("abstains when nothing relevant is remembered, rather than guessing", async () => {
    for (const q of ["What is the capital of Mongolia?", "How many moons does Jupiter have?"]) {
      const a = await ask(db, embedder, q);
      expect(a).toEqual({ answer: ABSTAIN, citations: [], engine: "heuristic", abstained: true, closest: [] });
    }
  });

  it("matches a question's word in another form ('live' ~ 'lives') and a place for 'which cities'; abstains on one shared word of a short question, and on someone no memory names", async () => {
    await chatTurn(db, embedder, "I moved to Porto last month.", { now: Date.parse("2023-06-01T12:00:00Z") });
    const home = await ask(db, embedder, "Where do I live?");
    expect(home.abstained).toBe(false);
    expect(home.answer).toContain("Porto");
    // Gina is in no memory: the pottery class memory shares the question's words but is not about her
    expect((await ask(db, embedder, "When did Gina go to the pottery class?")).abstained).toBe(true);
    // a name compromise does not tag as a person counts too
    expect((await ask(db, embedder, "What pottery class is Zorbak taking?")).abstained).toBe(true);
    // a name of several words is one name: "VS Code" is in no memory, though "code" is
    await chatTurn(db, embedder, "I fixed a bug in the code of my game yesterday, the code review took all day.", { now: Date.parse("2023-06-02T12:00:00Z") });
    expect((await ask(db, embedder, "What code did I write in VS Code?")).abstained).toBe(true);
    expect((await ask(db, embedder, "What code did I fix?")).abstained).toBe(false);
    // one shared word of a short question is no answer: a picnic in the park says nothing of where the car is
    await chatTurn(db, embedder, "We had a picnic in the park on Sunday.", { now: Date.parse("2023-06-05T12:00:00Z") });
    expect((await ask(db, embedder, "Where did I park my car?")).abstained).toBe(true);
    // a place the memory names answers "which cities", though it never says "city"
    await chatTurn(db, embedder, "My sister Anna spent a week in Oslo.", { now: Date.parse("2023-06-06T12:00:00Z") });
    const cities = await ask(db, embedder, "Which cities has Anna visited?");
    expect(cities.abstained).toBe(false);
    expect(cities.answer).toContain("Oslo");
    const anna = await ask(db, embedder, "Where does Anna work?");
    expect(anna.abstained).toBe(false);
    expect(anna.answer).toContain("nurse");
    // one who does a trade is what the trade's firm is called by ("the plumber's" ~ "Leeds Plumbing")
    await chatTurn(db, embedder, "Leeds Plumbing sent invoice 2231 for the boiler repair: £180, due by 30 November.", {
      now: Date.parse("2023-06-07T12:00:00Z"),
    });
    const invoice = await ask(db, embedder, "How much is the plumber's invoice?");
    expect(invoice.abstained).toBe(false);
    expect(invoice.answer).toContain("£180");
  });

  it("answers 'Where was I on 14 March?' by a memory of that day that names a place, though the question has no other word", async () => {
    await withFreshDb(async (local) => {
      const steps: Array<[string, string]> = [
        ["2026-03-13T09:00:00Z", "I was in Hue, Vietnam on Friday 13 March at 09:00: the citadel in the rain."],
        ["2026-03-14T20:30:00Z", "I was in Hoi An, Vietnam on Saturday 14 March at 20:30: lanterns on the river, a cooking class booked for tomorrow."],
      ];
      for (const [at, text] of steps)
        await storeConversation(local, embedder, {
          format: "note",
          externalId: `trip:step:${at}`,
          title: `Step, ${at.slice(0, 10)}`,
          participants: ["User"],
          startedAt: Date.parse(at),
          records: "log",
          turns: [{ externalId: null, speaker: "User", role: "user", occurredAt: Date.parse(at), text, metadata: {} }],
        });
      await createMemoryEngine(local, embedder).process();
      const where = await ask(local, embedder, "Where was I on 14 March?", { now: Date.parse("2026-04-20T09:00:00Z") });
      expect(where.abstained).toBe(false);
      expect(where.answer.split("\n")[1]).toContain("Hoi An");
    });
  });

  it("answers what the user did on a day asked with the day's memories, though no memory names the place the question says ('on the train to London on 18 April')", async () => {
    await withFreshDb(async (local) => {
      await storeConversation(local, embedder, {
        format: "note",
        externalId: "scrobbles:2026-04-18",
        title: "Last.fm, 18 April 2026",
        participants: ["User"],
        startedAt: Date.parse("2026-04-18T09:10:00Z"),
        records: "day",
        turns: [
          {
            externalId: null,
            speaker: "User",
            role: "user",
            occurredAt: Date.parse("2026-04-18T09:10:00Z"),
            text: 'I listened to "Do I Wanna Know?" by Arctic Monkeys on Last.fm on Saturday 18 April at 09:10.',
            metadata: {},
          },
        ],
      });
      await createMemoryEngine(local, embedder).process();
      const now = Date.parse("2026-05-01T09:00:00Z");
      const train = await ask(local, embedder, "What was I listening to on the train to London on 18 April?", { now });
      expect(train.abstained).toBe(false);
      expect(train.answer).toContain("Arctic Monkeys");
      // a person no memory names is still a stranger, whatever the day
      expect((await ask(local, embedder, "What was Gina listening to on 18 April?", { now })).abstained).toBe(true);
    });
  });

  it("lists what search ranks first beside the memories that answer, after them, though it shares one word of the question ('the key's under the blue pot')", async () => {
    await withFreshDb(async (local) => {
      const day = (d: string) => ({ now: Date.parse(`2026-${d}T12:00:00Z`) });
      await chatTurn(local, embedder, "I got the keys to plot 27B at Royate Hill allotments today! Half a plot, £68 a year.", day("09-27"));
      // (the allotment is in many memories, the key in one)
      await chatTurn(local, embedder, "Planting day on the allotment: Solent Wight garlic in bed 2 and broad beans in bed 3.", day("10-04"));
      await chatTurn(local, embedder, "First proper frost on the allotment, I dug up the last of the Charlotte potatoes.", day("11-09"));
      await chatTurn(local, embedder, "Built a compost bay on the allotment from four old pallets.", day("11-15"));
      await storeChat(local, { format: "text", externalId: "jen", title: "Jen", user: "User", other: "Jen" }, [
        [
          "2026-11-22T12:00:00Z",
          "User",
          "@jen_k could you water the greenhouse on the allotment while I'm in Lisbon, 3 to 7 December? The key's under the blue pot by the shed.",
        ],
      ]);
      await createMemoryEngine(local, embedder).process({ complete: true });
      const key = await ask(local, embedder, "Where is the key for the allotment?", day("11-30"));
      expect(key.abstained).toBe(false);
      expect(key.answer).toContain("blue pot");
      // (after the memories that answer alone: it joins an answer, it does not lead it)
      expect(key.answer.indexOf("plot 27B")).toBeLessThan(key.answer.indexOf("blue pot"));
    });
  });

  it("answers 'When was my blood pressure highest?' and 'my lowest resting heart rate in October' by the record with the greatest or least value", async () => {
    await withFreshDb(async (local) => {
      const readings: Array<[string, string]> = [
        [
          "2026-09-28T19:40:00Z",
          "On Monday 28 September at 19:40 the user's blood pressure was 164/101 mmHg, pulse 88 bpm. The user noted: After the row with the landlord.",
        ],
        ["2026-10-05T07:10:00Z", "On Monday 5 October at 07:10 the user's blood pressure was 141/90 mmHg, pulse 71 bpm."],
        ["2026-10-12T07:12:00Z", "On Monday 12 October at 07:12 the user's blood pressure was 148/89 mmHg, pulse 74 bpm."],
        ["2026-11-22T07:08:00Z", "On Sunday 22 November at 07:08 the user's blood pressure was 127/80 mmHg, pulse 66 bpm."],
        ["2026-10-03T07:00:00Z", "On the night of Saturday 3 October the user slept 7 hours 40 minutes; lowest resting heart rate 47 bpm, HRV 61 ms."],
        ["2026-10-09T07:00:00Z", "On the night of Friday 9 October the user slept 5 hours 2 minutes; lowest resting heart rate 58 bpm, HRV 32 ms."],
        ["2026-10-20T07:00:00Z", "On the night of Tuesday 20 October the user slept 6 hours 51 minutes; lowest resting heart rate 53 bpm, HRV 44 ms."],
        ["2026-11-02T07:00:00Z", "On the night of Sunday 1 November the user slept 7 hours 5 minutes; lowest resting heart rate 45 bpm, HRV 66 ms."],
        // (and a summer of plainer readings, which search ranks above the highest one's, noted: all of them are judged)
        ...Array.from({ length: 45 }, (_, i): [string, string] => {
          const day = new Date(Date.UTC(2026, 7, 1 + i, 7, 5));
          const words = day.toLocaleDateString("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
          return [day.toISOString(), `On ${words} at 07:05 the user's blood pressure was ${130 + ((i * 7) % 28)}/${84 + (i % 8)} mmHg, pulse 70 bpm.`];
        }),
      ];
      for (const [at, text] of readings) {
        const day = at.slice(0, 10);
        await storeConversation(local, embedder, {
          format: "note",
          externalId: `health:day:${day}`,
          title: `Health, ${day}`,
          participants: ["User"],
          startedAt: Date.parse(at),
          records: "day",
          turns: [{ externalId: `reading ${at}`, speaker: "User", role: "user", occurredAt: Date.parse(at), text, metadata: {} }],
        });
      }
      await createMemoryEngine(local, embedder).process();
      const now = { now: Date.parse("2026-11-25T09:00:00Z") };
      const highest = await ask(local, embedder, "When was my blood pressure highest?", now);
      expect(highest.abstained).toBe(false);
      expect(highest.answer.split("\n")[1]).toContain("164/101");
      const lowest = await ask(local, embedder, "When was my blood pressure lowest?", now);
      expect(lowest.answer.split("\n")[1]).toContain("127/80");
      // (within the month asked: 1 November's 45 bpm is another month's)
      const october = await ask(local, embedder, "What was my lowest resting heart rate in October?", now);
      expect(october.answer.split("\n")[1]).toContain("47 bpm");
    });
  });

  it("abstains when the memories that name what is asked say its opposite was done ('When did I sell my bitcoin?' and a bitcoin bought)", async () => {
    await withFreshDb(async (local) => {
      await storeConversation(local, embedder, {
        format: "bank",
        externalId: "bank:cashapp:2026-10",
        title: "Cash App, October 2026",
        participants: ["User"],
        startedAt: Date.parse("2026-10-20T15:02:00Z"),
        records: "day",
        turns: [
          {
            externalId: "cashapp:n5gm7h",
            speaker: "User",
            role: "user",
            occurredAt: Date.parse("2026-10-20T15:02:00Z"),
            text: "Bought 0.00051234 BTC for $50.00 on Tuesday 20 October, with a $0.88 fee (Cash App; $97,590.12 a bitcoin).",
            metadata: {},
          },
          {
            externalId: "cashapp:p2p1",
            speaker: "User",
            role: "user",
            occurredAt: Date.parse("2026-10-22T18:00:00Z"),
            text: 'Lent Marcus $40.00 for "gas money" on Thursday 22 October (Cash App).',
            metadata: {},
          },
        ],
      });
      await createMemoryEngine(local, embedder).process();
      const now = { now: Date.parse("2026-11-25T09:00:00Z") };
      expect((await ask(local, embedder, "When did I buy bitcoin?", now)).answer).toContain("0.00051234 BTC");
      expect((await ask(local, embedder, "When did I sell my bitcoin?", now)).abstained).toBe(true);
      expect((await ask(local, embedder, "How much did I lend Marcus?", now)).answer).toContain("$40.00");
    });
  });

  it("answers 'When did I last go to the gym?' with the day the user went, not the day they said they did not", async () => {
    await withFreshDb(async (local) => {
      const days: Array<[string, string]> = [
        ["2026-11-02T08:00:00Z", "Went to the gym this morning, leg day."],
        ["2026-11-09T21:00:00Z", "Did not go to the gym today, too tired after work. Watched a film instead."],
        ["2026-11-12T21:00:00Z", "I didn't call Mum this week, must do it Sunday."],
      ];
      for (const [at, text] of days)
        await storeConversation(local, embedder, {
          format: "note",
          externalId: `journal:${at.slice(0, 10)}`,
          title: `Journal, ${at.slice(0, 10)}`,
          participants: ["User"],
          startedAt: Date.parse(at),
          turns: [{ externalId: `entry ${at}`, speaker: "User", role: "user", occurredAt: Date.parse(at), text, metadata: {} }],
        });
      await createMemoryEngine(local, embedder).process();
      const now = { now: Date.parse("2026-11-20T09:00:00Z") };
      const last = (await ask(local, embedder, "When did I last go to the gym?", now)).answer;
      expect(last).toContain("went to the gym");
      expect(last).not.toContain("did not go");
      expect((await ask(local, embedder, "When did I last call Mum?", now)).abstained).toBe(true);
      // (a question answered yes or no is answered by the negation)
      expect((await ask(local, embedder, "Did I go to the gym on Monday 9 November?", now)).answer).toContain("did not go to the gym");
    });
  });

  it("reads a kind of identifier a question asks for ('the DOI', 'my PIN') as no one named: 'What's the DOI of the Rasch and Born paper?'", async () => {
    await withFreshDb(async (local) => {
      await storeConversation(local, embedder, {
        format: "note",
        externalId: "reading:rasch-born",
        title: "Reading list",
        participants: ["User"],
        startedAt: Date.parse("2026-09-14T10:00:00Z"),
        turns: [
          {
            externalId: "rasch-born",
            speaker: "User",
            role: "user",
            occurredAt: Date.parse("2026-09-14T10:00:00Z"),
            text: 'Added the article "About Sleep\'s Role in Memory" by Björn Rasch and Jan Born (2013, Physiological Reviews), DOI 10.1152/physrev.00032.2012.',
            metadata: {},
          },
        ],
      });
      await createMemoryEngine(local, embedder).process();
      const now = { now: Date.parse("2026-11-25T09:00:00Z") };
      expect((await ask(local, embedder, "What's the DOI of the Rasch and Born paper?", now)).answer).toContain("10.1152/physrev.00032.2012");
    });
  });

  it("answers 'What did the dietitian tell me to take?' by what the user noted she said, which never says 'told'", async () => {
    await withFreshDb(async (local) => {
      const days: Array<[string, string]> = [
        ["2026-10-12T10:20:00Z", "GP check-up. Blood pressure fine, she's referring me to the dietitian for the coeliac follow-up."],
        [
          "2026-11-04T15:00:00Z",
          "Dietitian at Southmead today.\nFerritin is low (9), so ferrous fumarate 210 mg once a day with orange juice, away from coffee and tea.",
        ],
      ];
      for (const [at, text] of days)
        await storeConversation(local, embedder, {
          format: "note",
          externalId: `notes:${at.slice(0, 10)}`,
          title: `Notes, ${at.slice(0, 10)}`,
          participants: ["User"],
          startedAt: Date.parse(at),
          turns: [{ externalId: `note ${at}`, speaker: "User", role: "user", occurredAt: Date.parse(at), text, metadata: {} }],
        });
      await createMemoryEngine(local, embedder).process();
      const now = { now: Date.parse("2026-11-16T09:00:00Z") };
      expect((await ask(local, embedder, "What did the dietitian tell me to take?", now)).answer).toContain("ferrous fumarate");
    });
  });

  it("answers with what is true now when a chat says a thing changed, and with the old value when asked what it was before", async () => {
    await withFreshDb(async (local) => {
      await storeChat(local, { format: "text", externalId: "whatsapp:omar", title: "WhatsApp Chat with Omar", user: "Nadia", other: "Omar" }, [
        [
          "2026-08-19T18:00:00Z",
          "Nadia",
          "Letter from the LGI came today. Dad's cardiology appointment is Tuesday 10 November at 2:15pm, Jubilee Wing outpatients.",
        ],
        ["2026-10-21T17:30:00Z", "Nadia", "The hospital rang, Dad's cardiology appointment has been moved to Tuesday 8 December at 9:40am."],
      ]);
      await createMemoryEngine(local, embedder).process();
      const now = { now: Date.parse("2026-11-12T09:00:00Z") };
      const when = (await ask(local, embedder, "When is Dad's cardiology appointment?", now)).answer;
      expect(when).toContain("8 December");
      expect(when).not.toContain("10 November");
      expect((await ask(local, embedder, "When was Dad's cardiology appointment before it was moved?", now)).answer).toContain("10 November");
    });
  });

  it("answers what a thing cost only with a memory of that thing, named or said in other words, not another thing's price", async () => {
    await withFreshDb(async (local) => {
      await storeChat(local, { format: "text", externalId: "whatsapp:ellie", title: "WhatsApp Chat with Ellie", user: "Sam", other: "Ellie" }, [
        ["2026-10-07T19:00:00Z", "Sam", "Paid €38 for the tram 28 and the Santa Justa lift today, I'll split it four ways."],
        ["2026-10-07T19:05:00Z", "Ellie", "Great, thanks!"],
      ]);
      await storeChat(local, { format: "text", externalId: "imessage:mum", title: "Mum", user: "Sam", other: "Mum" }, [
        ["2026-11-09T08:00:00Z", "Sam", "How did the boiler fitting go?"],
        ["2026-11-09T08:02:00Z", "Mum", "New boiler is in! Cost £2,450 in the end"],
      ]);
      await createMemoryEngine(local, embedder).process();
      const now = { now: Date.parse("2026-11-20T09:00:00Z") };
      // (the tram fare shares "pay" with the gym's question, but is no gym's price)
      expect((await ask(local, embedder, "How much did I pay for the gym?", now)).abstained).toBe(true);
      expect((await ask(local, embedder, "How much did I pay for the tram?", now)).answer).toContain("38");
      // ("it cost £2,450" says the boiler's price without naming it: close in meaning to the question)
      expect((await ask(local, embedder, "How much was Mum's new boiler?", now)).answer).toContain("2,450");
    });
  });

  it("answers a question about Dad with what his children said of 'his' tablets, and a question of now with the newest answer first", async () => {
    await withFreshDb(async (local) => {
      await storeChat(local, { format: "text", externalId: "whatsapp:omar", title: "WhatsApp Chat with Omar", user: "Nadia", other: "Omar" }, [
        ["2026-08-06T11:32:00Z", "Omar", "Just out of the GP. His BP was 162/94 so Dr Hussain has put his amlodipine up to 10mg, one every morning."],
        ["2026-08-10T09:15:00Z", "Nadia", "Bluebell Home Care have confirmed the morning calls. Our contact there is Sharon Whitley, 0113 496 0123."],
        ["2026-09-14T16:21:00Z", "Nadia", "Bluebell rang, Sharon has left. Our contact at Bluebell Home Care is now Jade Kowalski, 0113 496 0871."],
      ]);
      await createMemoryEngine(local, embedder).process();
      const now = { now: Date.parse("2026-11-12T09:00:00Z") };
      expect((await ask(local, embedder, "What dose of amlodipine does Dad take?", now)).answer).toContain("10mg");
      // (but a memory of another kin is no answer about Dad: Mum's blood type for his)
      await storeConversation(local, embedder, {
        format: "note",
        externalId: "note:family",
        title: "Family",
        participants: ["Nadia"],
        startedAt: Date.parse("2026-10-01T09:00:00Z"),
        turns: [
          { externalId: "family", speaker: "Nadia", role: "user", occurredAt: Date.parse("2026-10-01T09:00:00Z"), text: "Mum's blood type: O+.", metadata: {} },
        ],
      });
      await createMemoryEngine(local, embedder).process();
      expect((await ask(local, embedder, "What is Dad's blood type?", now)).abstained).toBe(true);
      const contact = (await ask(local, embedder, "Who is our contact at Bluebell Home Care now?", now)).answer;
      expect(contact.indexOf("Jade Kowalski")).toBeGreaterThan(-1);
      expect(contact.indexOf("Jade Kowalski")).toBeLessThan(contact.indexOf("Sharon Whitley, 0113 496 0123") >>> 0);
    });
  });

  it("puts right the number a message gave when the next says 'Sorry, 0117 496 0785', and answers with the right one", async () => {
    await withFreshDb(async (local) => {
      await storeChat(local, { format: "telegram", externalId: "telegram:ben", title: "Ben", user: "Sofia", other: "Ben" }, [
        ["2026-10-02T18:00:00Z", "Ben", "Chloe isn't dealing with the flat any more. Our new letting agent is Marcus Hale at Clifton & Co, 0117 496 0758"],
        ["2026-10-02T18:01:00Z", "Ben", "Sorry, 0117 496 0785"],
      ]);
      await createMemoryEngine(local, embedder).process();
      const now = { now: Date.parse("2026-11-21T10:00:00Z") };
      // (the fact is put right; the session's episode still retells the slip and the correction, in order)
      expect((await ask(local, embedder, "What's the letting agent's phone number?", now)).answer).toContain("Clifton & Co, 0117 496 0785");
      const facts = local.prepare("SELECT content FROM memories WHERE type = 'semantic'").all() as Array<{ content: string }>;
      expect(facts.filter((f) => f.content.includes("0117 496 0758"))).toEqual([]);
      expect(facts.filter((f) => f.content.includes("0117 496 0785"))).toHaveLength(1);
    });
  });

  it("puts right the day a message gave when the next says 'Sorry, I meant Saturday 14th' and goes on, and answers with the right day", async () => {
    await withFreshDb(async (local) => {
      await storeChat(local, { format: "text", externalId: "whatsapp:omar", title: "Omar", user: "Nadia", other: "Omar" }, [
        ["2026-11-02T19:01:00Z", "Omar", "Flu jab clinic at the surgery is Saturday 7th, 9 till 12. I'll take Dad"],
        ["2026-11-02T19:03:00Z", "Omar", "Sorry, I meant Saturday 14th. The 7th is the children's clinic"],
      ]);
      await createMemoryEngine(local, embedder).process();
      const now = { now: Date.parse("2026-11-03T10:00:00Z") };
      // (the first memory told has the day put right; the session's episode may retell the slip and the correction)
      const first = (await ask(local, embedder, "When is Dad's flu jab?", now)).answer.split("\n")[1];
      expect(first).toContain("14 November");
      expect(first).not.toContain("7 November");
      const facts = local.prepare("SELECT content, details FROM memories WHERE type = 'semantic' AND content LIKE '%flu jab%'").all() as Array<{
        content: string;
        details: string;
      }>;
      expect(facts).toHaveLength(1);
      expect(facts[0]!.content).toMatch(/flu jab clinic at the surgery is Saturday 14th \(Saturday 14 November 2026\), 9 till 12/i);
      expect(JSON.parse(facts[0]!.details).dates.map((d: { date: string }) => d.date)).toEqual(["2026-11-14"]);
    });
  });

  it("abstains when the day asked has records of other measures only ('resting heart rate' asked, 'Heart Points' found)", async () => {
    await withFreshDb(async (local) => {
      const days: Array<[string, string]> = [
        ["2026-11-09T23:00:00Z", "On Monday 9 November the user took 8,037 steps, covered 6.1 km and earned 9 Heart Points."],
        ["2026-11-12T07:00:00Z", "On the night of Wednesday 11 November the user slept 7 hours 5 minutes; lowest resting heart rate 52 bpm."],
        ["2026-10-12T07:12:00Z", "On Monday 12 October at 07:12 the user's blood pressure was 148/89 mmHg, pulse 74 bpm."],
      ];
      for (const [at, text] of days)
        await storeConversation(local, embedder, {
          format: "note",
          externalId: `health:day:${at.slice(0, 10)}`,
          title: `Health, ${at.slice(0, 10)}`,
          participants: ["User"],
          startedAt: Date.parse(at),
          records: "day",
          turns: [{ externalId: `record ${at}`, speaker: "User", role: "user", occurredAt: Date.parse(at), text, metadata: {} }],
        });
      await createMemoryEngine(local, embedder).process();
      const now = { now: Date.parse("2026-11-25T09:00:00Z") };
      expect((await ask(local, embedder, "What was my resting heart rate on Monday 9 November?", now)).abstained).toBe(true);
      expect((await ask(local, embedder, "What was my blood sugar on Monday 12 October?", now)).abstained).toBe(true);
      expect((await ask(local, embedder, "How many lengths did I swim on Monday 9 November?", now)).abstained).toBe(true);
      // (the measure of the day asked answers)
      expect((await ask(local, embedder, "What was my resting heart rate on Wednesday 11 November?", now)).answer).toContain("52 bpm");
      expect((await ask(local, embedder, "How many steps did I take on Monday 9 November?", now)).answer).toContain("8,037");
      expect((await ask(local, embedder, "What was my blood pressure on Monday 12 October?", now)).answer).toContain("148/89");
      // (a doctor called by what they are is no one no memory names: the day's record answers)
      expect((await ask(local, embedder, "What was my blood pressure at the GP on 12 October?", now)).answer).toContain("148/89");
    });
  });

  it("abstains when the memories that share the question's words state no answer of the type asked (a price, a place stayed)", async () => {
    await withFreshDb(async (local) => {
      await storeConversation(local, embedder, {
        format: "note",
        externalId: "flights:day:2026-10-14",
        title: "Flights, 14 October 2026",
        participants: ["User"],
        startedAt: Date.parse("2026-10-14T11:40:00Z"),
        records: "day",
        turns: [
          {
            externalId: "flight BA213",
            speaker: "User",
            role: "user",
            occurredAt: Date.parse("2026-10-14T11:40:00Z"),
            text: "Flew from London Heathrow (LHR) to Boston Logan (BOS) with British Airways, flight BA213, on Wednesday 14 October: seat 31A, economy.",
            metadata: {},
          },
          {
            externalId: "flight JL44",
            speaker: "User",
            role: "user",
            occurredAt: Date.parse("2026-10-14T19:00:00Z"),
            text: "Flew from London Heathrow (LHR) to Tokyo Haneda (HND) with Japan Airlines, flight JL44, on Wednesday 14 October: cherry blossom holiday with Sam.",
            metadata: {},
          },
        ],
      });
      await createMemoryEngine(local, embedder).process();
      const now = { now: Date.parse("2026-11-25T09:00:00Z") };
      expect((await ask(local, embedder, "What was my seat on the flight to Boston?", now)).abstained).toBe(false);
      // (the flight is found, but it says no price, nor where the user stayed)
      expect((await ask(local, embedder, "How much did my flight to Boston cost?", now)).abstained).toBe(true);
      expect((await ask(local, embedder, "Which hotel did I stay at in Tokyo?", now)).abstained).toBe(true);
      // (but a hotel checked in at on the day the user reached Lisbon answers where they stayed there, though it never says "Lisbon")
      await storeConversation(local, embedder, {
        format: "note",
        externalId: "swarm:day:2026-05-22",
        title: "Swarm check-ins, Friday 22 May 2026",
        participants: ["User"],
        startedAt: Date.parse("2026-05-22T09:52:00Z"),
        records: "day",
        turns: [
          ["checkin a", "2026-05-22T09:52:00Z", "Checked in at Lisbon Humberto Delgado Airport (LIS) on Friday 22 May at 09:52 with Sam Rowe."],
          [
            "checkin b",
            "2026-05-22T11:31:00Z",
            'Checked in at Memmo Alfama Hotel on Friday 22 May at 11:31, and said: "rooftop pool with a view over the river".',
          ],
          ["checkin c", "2026-05-22T13:05:00Z", 'Checked in at Time Out Market on Friday 22 May at 13:05 with Sam Rowe, and said: "best bifanas ever".'],
          ["checkin d", "2026-05-22T15:20:00Z", "Checked in at Castelo de São Jorge on Friday 22 May at 15:20 with Sam Rowe."],
          ["checkin e", "2026-05-22T18:40:00Z", 'Checked in at Miradouro da Senhora do Monte on Friday 22 May at 18:40, and said: "the view at golden hour".'],
          [
            "checkin f",
            "2026-05-22T20:41:00Z",
            'Checked in at Cervejaria Ramiro on Friday 22 May at 20:41 with Sam Rowe, and said: "garlic prawns, then a prego".',
          ],
        ].map(([externalId, at, text]) => ({ externalId, speaker: "User", role: "user" as const, occurredAt: Date.parse(at!), text: text!, metadata: {} })),
      });
      await createMemoryEngine(local, embedder).process();
      const lisbon = await ask(local, embedder, "Which hotel did I stay at in Lisbon?", now);
      expect(lisbon.abstained).toBe(false);
      expect(lisbon.answer.split("\n")[1]).toContain("Memmo Alfama Hotel");
      expect((await ask(local, embedder, "How much did my flight to Boston cost?", now)).abstained).toBe(true);
    });
  });

  it("answers a question about someone with a memory that shares only their name only when it is close in meaning", async () => {
    await withFreshDb(async (local) => {
      await chatTurn(local, embedder, "My brother Dev is visiting from Toronto on 3 October for a week.", { now: Date.parse("2026-09-20T19:00:00Z") });
      // (it shares "Dev" only: it had been given as the answer)
      expect((await ask(local, embedder, "What is Dev's job?")).abstained).toBe(true);
      expect((await ask(local, embedder, "Where is Dev from?")).answer).toContain("Toronto");
      expect((await ask(local, embedder, "When is Dev visiting?")).answer).toContain("3 October");
      // (what is asked for, said in other words, is more than the name: a birthday, an email address)
      await chatTurn(local, embedder, "My sister Jill turns 30 on October 14. She loves hiking and photography.", { now: Date.parse("2026-09-21T19:00:00Z") });
      expect((await ask(local, embedder, "When is Jill's birthday?")).answer).toContain("October 14");
      // (a day of something else is no birthday)
      await chatTurn(local, embedder, "My daughter Sophie's train gets in at 6:40 tomorrow.", { now: Date.parse("2026-09-21T20:00:00Z") });
      expect((await ask(local, embedder, "When is Sophie's birthday?")).abstained).toBe(true);
      // (nor is a memory close in meaning that names the one asked about but not what is asked for)
      await chatTurn(local, embedder, "Sophie says her train gets in at 6:40 tomorrow, can someone pick her up?", { now: Date.parse("2026-09-21T20:30:00Z") });
      expect((await ask(local, embedder, "When is Sophie's birthday?")).abstained).toBe(true);
      await chatTurn(local, embedder, "Ollie can come to Sunday lunch too.", { now: Date.parse("2026-09-21T21:00:00Z") });
      expect((await ask(local, embedder, "What is Ollie's surname?")).abstained).toBe(true);
      await chatTurn(local, embedder, "My contact at Northwind is Priya Shah, priya@northwind.io.", { now: Date.parse("2026-09-22T19:00:00Z") });
      expect((await ask(local, embedder, "What is Priya's email?")).answer).toContain("priya@northwind.io");
    });
  });

  it("answers with a reply that names no thing asked when a message just before it does, not with another's of the same", async () => {
    await withFreshDb(async (local) => {
      await storeChat(local, { format: "text", externalId: "telegram:anna", title: "Anna Kowalska", user: "Tom", other: "Anna Kowalska" }, [
        ["2026-05-09T21:33:00Z", "Anna Kowalska", "My sister Ola is visiting 20-27 May, we should all get dinner."],
        ["2026-05-09T21:35:40Z", "Tom", "Yes! How about Dishoom on the 23rd?"],
        ["2026-05-09T21:36:10Z", "Anna Kowalska", "Ooh yes, Ola loves their black daal."],
        ["2026-05-10T09:01:00Z", "Anna Kowalska", "Booked for 7pm, table for three."],
        ["2026-05-12T18:00:00Z", "Tom", "Sora is coming to the hike on Saturday, she's bringing her new tent."],
        ["2026-05-12T21:02:00Z", "Anna Kowalska", "Yes! Oh and Minji's birthday is Friday 27 November, we should get her something."],
        ["2026-05-14T10:00:00Z", "Tom", "I work Saturdays at Brew Lab café now, 9 to 3. Asked for the 23rd off."],
        ["2026-05-14T10:01:00Z", "Anna Kowalska", "Fingers crossed!"],
        ["2026-05-14T12:30:00Z", "Tom", "My manager Sophie said yes."],
        ["2026-05-16T09:00:00Z", "Tom", "Max is settling in well, he loves the garden."],
        ["2026-05-16T09:05:00Z", "Anna Kowalska", "We're thinking of adopting a rescue dog too!"],
      ]);
      await createMemoryEngine(local, embedder).process();
      const now = { now: Date.parse("2026-05-20T09:00:00Z") };
      // (the booking never says "Dishoom": a message two before it does)
      const booking = await ask(local, embedder, "What time is the Dishoom booking?", now);
      expect(booking.abstained).toBe(false);
      expect(booking.answer.split("\n")[1]).toContain("7pm");
      expect(booking.answer.match(/booked for 7pm/gi)).toHaveLength(1);
      // (and what the turns before it name is a word it shares: "My manager Sophie said yes." never says Brew Lab)
      expect((await ask(local, embedder, "Who is my manager at Brew Lab?", now)).answer).toContain("Sophie");
      // (but not when the question names someone no memory knows: no one here is Nate)
      expect((await ask(local, embedder, "When did Nate adopt Max?", now)).abstained).toBe(true);
      // (a birthday said beside Sora's name is Minji's, not hers)
      expect((await ask(local, embedder, "When is Sora's birthday?", now)).abstained).toBe(true);
    });
  });

  it("knows a run of capitalised words a memory says each of ('the Wise Product Lead role' of 'Wise Business' and 'a Product Lead'), not one it says part of", async () => {
    await withFreshDb(async (local) => {
      await storeChat(local, { format: "text", externalId: "linkedin:marcus", title: "Marcus Doyle", user: "Ruth", other: "Marcus Doyle" }, [
        [
          "2026-10-16T09:00:00Z",
          "Marcus Doyle",
          "Hi Ruth, I lead product hiring for Wise Business. We're looking for a Product Lead to own onboarding for business customers, based in our Tallinn office with relocation support.",
        ],
        ["2026-10-16T10:00:00Z", "Ruth", "Thanks Marcus, I'd like to hear more."],
      ]);
      await createMemoryEngine(local, embedder).process();
      const now = { now: Date.parse("2026-11-20T09:00:00Z") };
      const based = await ask(local, embedder, "Where is the Wise Product Lead role based?", now);
      expect(based.abstained).toBe(false);
      expect(based.answer.split("\n")[1]).toContain("Tallinn");
      // (a run whose words are not all in one memory is still a name no memory knows)
      expect((await ask(local, embedder, "Where is the Monzo Product Lead role based?", now)).abstained).toBe(true);
    });
  });

  it("answers 'Who …' of the user's own things with another person's fact: whom the user asked is who agreed", async () => {
    await withFreshDb(async (local) => {
      await storeChat(local, { format: "text", externalId: "sms:greg", title: "Greg Novak", user: "Jordan", other: "Greg Novak" }, [
        ["2026-10-05T14:02:00Z", "Jordan", "Hi Greg, the kitchen sink is leaking again under the cabinet. Can someone take a look this week?"],
        ["2026-10-05T14:20:00Z", "Greg Novak", "Sorry about that Jordan. I'll send Tony from Flow Right Plumbing on Thursday between 9 and 11am"],
        ["2026-10-05T14:25:00Z", "Jordan", "Ok thanks. I'll leave the side gate unlocked for Tony"],
      ]);
      await createMemoryEngine(local, embedder).process();
      const now = { now: Date.parse("2026-10-20T09:00:00Z") };
      const fixer = await ask(local, embedder, "Who is coming to fix my kitchen sink?", now);
      expect(fixer.abstained).toBe(false);
      // (Greg's fact, not only the session's episode, which says the user's words too)
      const facts = fixer.answer.split("\n").filter((line) => !line.includes("Jordan and Greg Novak,"));
      expect(facts.some((line) => line.includes("Greg Novak will send Tony"))).toBe(true);
      // (but what the user did is still the user's: another's fact does not answer "Who did I …?")
      expect((await ask(local, embedder, "Who did I meet at the plumbers' conference?", now)).abstained).toBe(true);
    });
  });

  it("answers what the user asked with the other's answer to their question ('When do I water the orchid?')", async () => {
    await withFreshDb(async (local) => {
      setUserName(local, "Leo Martin");
      await storeChat(local, { format: "googlechat", externalId: "googlechat:ana", title: "Ana Costa", user: "Leo Martin", other: "Ana Costa" }, [
        ["2026-11-03T18:43:00Z", "Ana Costa", "Could you water my plants while I'm in Porto?"],
        ["2026-11-03T18:44:57Z", "Leo Martin", "Of course! When do you fly?"],
        ["2026-11-03T18:46:30Z", "Ana Costa", "Thursday 19th, back on the 26th. Spare key is under the blue pot"],
        ["2026-11-03T18:48:40Z", "Leo Martin", "Got it. The fern needs water twice a week, right?"],
        ["2026-11-03T18:49:15Z", "Ana Costa", "Yes, and the orchid only once, on Sundays"],
      ]);
      await createMemoryEngine(local, embedder).process();
      const orchid = await ask(local, embedder, "When do I water the orchid?", { now: Date.parse("2026-11-20T09:00:00Z") });
      expect(orchid.answer.split("\n")[1]).toContain("on Sundays");
    });
  });

  it("answers 'What's my new job?' with the user's, not the other's that the user asked about ('When do you start the new job?')", async () => {
    await withFreshDb(async (local) => {
      setUserName(local, "Priya Raman");
      await storeChat(local, { format: "text", externalId: "text:jo", title: "Jo Martin", user: "Priya Raman", other: "Jo Martin" }, [
        ["2026-11-15T21:00:00Z", "Priya Raman", "I got the promotion!! Senior product designer at Monzo from January 🙌"],
        ["2026-11-15T21:02:00Z", "Jo Martin", "Amazing, so proud of you!"],
        ["2026-11-21T10:08:00Z", "Priya Raman", "When do you start the new job?"],
        ["2026-11-21T10:09:00Z", "Jo Martin", "Monday! Head of Product at Wise. Nervous but excited."],
      ]);
      await createMemoryEngine(local, embedder).process();
      const job = await ask(local, embedder, "What's my new job?", { now: Date.parse("2026-11-25T09:00:00Z") });
      expect(job.answer.split("\n")[1]).toContain("Senior product designer at Monzo");
      // (Jo's fact is not listed as the user's; their session's episode, which tells both, may follow)
      expect(job.answer).not.toMatch(/— Asked about job: Jo Martin/);
      const theirs = await ask(local, embedder, "What's Jo's new job?", { now: Date.parse("2026-11-25T09:00:00Z") });
      expect(theirs.answer.split("\n")[1]).toContain("Head of Product at Wise");
    });
  });

  it("lists what a message said once, not again as the episode of its session of one message", async () => {
    await withFreshDb(async (local) => {
      const file = join(dir, "whatsapp-anna.txt");
      writeFileSync(
        file,
        ["09/05/2026, 21:35 - Tom: Yes! How about Dishoom on the 23rd?", "10/05/2026, 09:01 - Anna Kowalska: Booked for 7pm, table for three."].join("\n"),
      );
      await importFile(local, embedder, file, { me: "Tom" });
      const booking = await ask(local, embedder, "What time is the Dishoom booking?", { now: Date.parse("2026-05-20T09:00:00Z") });
      // (it had been listed twice: the fact, then "Anna Kowalska, 10 May 2026: Anna Kowalska booked for 7pm, table for three.")
      expect(booking.answer.match(/booked for 7pm/gi)).toHaveLength(1);
    });
  });

  it("answers 'When will …?' only with a memory that states a time, not with the day it was said", async () => {
    await withFreshDb(async (local) => {
      await chatTurn(local, embedder, "The kitchen finish will be eggshell, I ordered 2.5 litres of Pigeon.", { now: Date.parse("2026-03-08T19:32:00Z") });
      expect((await ask(local, embedder, "When will the kitchen be finished?", { now: Date.parse("2026-03-14T09:00:00Z") })).abstained).toBe(true);
      await chatTurn(local, embedder, "The builders say the kitchen will be finished on 24 April.", { now: Date.parse("2026-03-10T19:00:00Z") });
      expect((await ask(local, embedder, "When will the kitchen be finished?", { now: Date.parse("2026-03-14T09:00:00Z") })).answer).toContain("24 April");
    });
  });

  it("answers what the user highlighted with their highlights, though a highlight is about its book", async () => {
    await withFreshDb(async (local) => {
      const clippings = join(dir, "My Clippings.txt");
      writeFileSync(
        clippings,
        [
          "Atomic Habits (James Clear)",
          "- Your Highlight on page 27 | Location 405-406 | Added on Tuesday, 3 March 2026 09:15:02",
          "",
          "Every habit starts with a cue, which triggers a craving, which leads to a response and a reward.",
          "==========",
          "",
        ].join("\r\n"),
      );
      await importFile(local, embedder, clippings);
      const habits = await ask(local, embedder, "What did I highlight about habits?", { now: Date.parse("2026-11-01T10:00:00Z") });
      expect(habits.abstained).toBe(false);
      expect(habits.answer).toContain("cue");
      // (the highlight's own fact answers it, not only the day's episode of reading)
      const found = await recall(local, embedder, "What did I highlight about habits?", { now: Date.parse("2026-11-01T10:00:00Z") });
      expect(found.hits.filter((h) => h.relevant).map((h) => h.type)).toContain("semantic");
    });
  });

  it("answers 'When did I last …?' with the newest of what answers it first", async () => {
    await withFreshDb(async (local) => {
      for (const [day, amount] of [
        ["2026-09-04", "£18"],
        ["2026-11-06", "£20"],
        ["2026-10-09", "£18"],
      ])
        await chatTurn(local, embedder, `Paid the window cleaner ${amount} today.`, { now: Date.parse(`${day}T10:00:00Z`) });
      const at = { now: Date.parse("2026-11-20T10:00:00Z") };
      const last = await ask(local, embedder, "When did I last pay the window cleaner?", at);
      expect(last.abstained).toBe(false);
      expect(last.answer.split("\n")[1]).toContain("6 November 2026");
      expect((await ask(local, embedder, "How much was the most recent window cleaner payment?", at)).answer.split("\n")[1]).toContain("£20");
      // (and "last" and "go" are no words a memory must share: "When did I last go swimming?" and "The user swam 1,500 m …")
      await chatTurn(local, embedder, "Swam 1,500 m at the leisure centre pool tonight.", { now: Date.parse("2026-11-18T19:00:00Z") });
      const swim = await ask(local, embedder, "When did I last go swimming?", at);
      expect(swim.abstained).toBe(false);
      expect(swim.answer.split("\n")[1]).toContain("18 November 2026");
    });
  });

  it("answers 'When did I last …?' with the newest of many alike, however far down search ranks it", async () => {
    await withFreshDb(async (local) => {
      // (a Fitbit export's workouts, each day a note of records; search ranks the newest swim sixth)
      const workouts: Array<[string, string]> = [
        [
          "2026-10-01T18:15:00Z",
          "Ran 5.1 km in 27 minutes 40 seconds (5:25 per km) on Thursday 1 October, 18:15–18:42 (run workout, Charge 6, average heart rate 154 bpm, 314 calories burned).",
        ],
        [
          "2026-10-03T08:02:11Z",
          "Ran 6.2 km in 33 minutes 5 seconds (5:20 per km) on Saturday 3 October, 08:02–08:35 (run workout, Charge 6, average heart rate 150 bpm, 370 calories burned).",
        ],
        [
          "2026-10-06T18:20:00Z",
          "Ran 5.4 km in 29 minutes 12 seconds (5:24 per km) on Tuesday 6 October, 18:20–18:49 (run workout, Charge 6, average heart rate 153 bpm, 325 calories burned).",
        ],
        [
          "2026-10-07T07:05:00Z",
          "Swam 1,200 m in 30 minutes 20 seconds on Wednesday 7 October, 07:05–07:35 (swim workout, Charge 6, average heart rate 132 bpm, 282 calories burned).",
        ],
        [
          "2026-10-10T08:10:00Z",
          "Ran 7 km in 37 minutes 44 seconds (5:23 per km) on Saturday 10 October, 08:10–08:47 (run workout, Charge 6, average heart rate 151 bpm, 426 calories burned).",
        ],
        [
          "2026-10-11T10:00:00Z",
          "Ran 9.1 km in 50 minutes 31 seconds (5:33 per km), climbing 104 m, on Sunday 11 October, 10:00–10:50 (run workout, Charge 6, average heart rate 149 bpm, 571 calories burned).",
        ],
        [
          "2026-10-13T18:05:00Z",
          "Ran 5.6 km in 30 minutes 2 seconds (5:22 per km) on Tuesday 13 October, 18:05–18:35 (run workout, Charge 6, average heart rate 155 bpm, 336 calories burned).",
        ],
        [
          "2026-10-14T07:00:00Z",
          "Swam 1,400 m in 35 minutes 10 seconds on Wednesday 14 October, 07:00–07:35 (swim workout, Charge 6, average heart rate 130 bpm, 329 calories burned).",
        ],
        [
          "2026-10-17T08:30:00Z",
          "Ran 8 km in 43 minutes 15 seconds (5:24 per km) on Saturday 17 October, 08:30–09:13 (run workout, Charge 6, average heart rate 150 bpm, 482 calories burned).",
        ],
        [
          "2026-10-20T18:10:00Z",
          "Ran 6 km in 32 minutes 30 seconds (5:25 per km) on Tuesday 20 October, 18:10–18:42 (run workout, Charge 6, average heart rate 154 bpm, 370 calories burned).",
        ],
        [
          "2026-10-24T08:15:00Z",
          "Ran 8.6 km in 46 minutes 40 seconds (5:25 per km) on Saturday 24 October, 08:15–09:02 (run workout, Charge 6, average heart rate 151 bpm, 526 calories burned).",
        ],
        [
          "2026-10-27T18:00:00Z",
          "Ran 6.3 km in 33 minutes 51 seconds (5:22 per km) on Tuesday 27 October, 18:00–18:33 (run workout, Charge 6, average heart rate 153 bpm, 381 calories burned).",
        ],
        [
          "2026-10-28T07:10:00Z",
          "Swam 1,500 m in 37 minutes 30 seconds on Wednesday 28 October, 07:10–07:47 (swim workout, Charge 6, average heart rate 131 bpm, 357 calories burned).",
        ],
        [
          "2026-10-31T09:00:00Z",
          "Ran 9.5 km in 51 minutes 18 seconds (5:24 per km) on Saturday 31 October, 09:00–09:51 (run workout, Charge 6, average heart rate 150 bpm, 571 calories burned).",
        ],
        [
          "2026-11-03T18:05:00Z",
          "Ran 6.5 km in 34 minutes 20 seconds (5:17 per km) on Tuesday 3 November, 18:05–18:39 (run workout, Charge 6, average heart rate 152 bpm, 381 calories burned).",
        ],
        [
          "2026-11-04T07:05:00Z",
          "Swam 1,500 m in 37 minutes 2 seconds on Wednesday 4 November, 07:05–07:42 (swim workout, Charge 6, average heart rate 133 bpm, 348 calories burned).",
        ],
        [
          "2026-11-07T08:20:00Z",
          "Ran 10.2 km in 54 minutes 36 seconds (5:21 per km) on Saturday 7 November, 08:20–09:15 (run workout, Charge 6, average heart rate 149 bpm, 616 calories burned).",
        ],
        [
          "2026-11-10T18:10:00Z",
          "Ran 6.1 km in 31 minutes 58 seconds (5:14 per km) on Tuesday 10 November, 18:10–18:41 (run workout, Charge 6, average heart rate 151 bpm, 358 calories burned).",
        ],
        [
          "2026-11-11T07:00:00Z",
          "Swam 1,600 m in 39 minutes 41 seconds on Wednesday 11 November, 07:00–07:39 (swim workout, Charge 6, average heart rate 134 bpm, 376 calories burned).",
        ],
        [
          "2026-11-14T09:00:00Z",
          "Ran 3.2 km in 17 minutes 20 seconds (5:25 per km) on Saturday 14 November, 09:00–09:17 (run workout, Charge 6, average heart rate 141 bpm, 190 calories burned).",
        ],
        [
          "2026-11-15T09:03:40Z",
          "Ran 10 km in 49 minutes 12 seconds (4:54 per km) on Sunday 15 November, 09:03–09:53 (run workout, Charge 6, average heart rate 168 bpm, 549 calories burned).",
        ],
        [
          "2026-11-19T07:05:00Z",
          "Swam 1,500 m in 36 minutes 44 seconds on Thursday 19 November, 07:05–07:41 (swim workout, Charge 6, average heart rate 132 bpm, 348 calories burned).",
        ],
        [
          "2026-11-21T08:30:00Z",
          "Ran 7.4 km in 40 minutes 26 seconds (5:28 per km) on Saturday 21 November, 08:30–09:10 (run workout, Charge 6, average heart rate 150 bpm, 448 calories burned).",
        ],
        [
          "2026-11-24T18:10:00Z",
          "Ran 5.8 km in 31 minutes 5 seconds (5:21 per km) on Tuesday 24 November, 18:10–18:41 (run workout, Charge 6, average heart rate 152 bpm, 347 calories burned).",
        ],
      ];
      for (const [at, text] of workouts) {
        const day = at.slice(0, 10);
        await storeConversation(local, embedder, {
          format: "note",
          externalId: `fitbit:day:${day}`,
          title: `Fitbit, ${day}`,
          participants: ["User"],
          startedAt: Date.parse(at),
          turns: [{ externalId: `workout ${at}`, speaker: "User", role: "user", occurredAt: Date.parse(at), text, metadata: {} }],
        });
      }
      await createMemoryEngine(local, embedder).process();
      const swim = await ask(local, embedder, "When did I last go swimming?", { now: Date.parse("2026-11-25T09:00:00Z") });
      expect(swim.abstained).toBe(false);
      expect(swim.answer.split("\n")[1]).toContain("19 November");
      // (and "When did I first …?" the oldest of them first)
      const first = await ask(local, embedder, "When did I first go swimming?", { now: Date.parse("2026-11-25T09:00:00Z") });
      expect(first.abstained).toBe(false);
      expect(first.answer.split("\n")[1]).toContain("7 October");
      // (as does "When did I start …?": when it began is its oldest record)
      const started = await ask(local, embedder, "When did I start swimming?", { now: Date.parse("2026-11-25T09:00:00Z") });
      expect(started.abstained).toBe(false);
      expect(started.answer.split("\n")[1]).toContain("7 October");
    });
  });

  it("answers what an AI assistant said with its answer, though the answer does not name it", async () => {
    await withFreshDb(async (local) => {
      const at = Date.parse("2026-11-12T18:30:00Z");
      const turns: Array<[string, "user" | "assistant", string]> = [
        ["User", "user", "I've got chickpeas, a bag of spinach, an onion and a tin of coconut milk. What can I make for tea?"],
        [
          "Gemini",
          "assistant",
          "You've got the makings of a chickpea and spinach curry, ready in about 25 minutes:\n1. Fry the chopped onion in a little oil for 5 minutes until soft.\n2. Add the drained chickpeas and the coconut milk and simmer for 10 minutes.\n3. Stir the spinach through until it wilts, season, and serve with rice.",
        ],
      ];
      await storeConversation(local, embedder, {
        format: "gemini",
        externalId: "gemini:2026-11-12T18:30",
        title: "I've got chickpeas, a bag of spinach, an onion and a tin of coconut milk.",
        participants: ["User", "Gemini"],
        startedAt: at,
        turns: turns.map(([speaker, role, text], i) => ({ externalId: `turn ${i}`, speaker, role, occurredAt: at + i * 20_000, text, metadata: {} })),
      });
      await createMemoryEngine(local, embedder).process();
      const curry = await ask(local, embedder, "What did Gemini say I could make with the chickpeas?", { now: Date.parse("2026-11-23T09:00:00Z") });
      expect(curry.abstained).toBe(false);
      expect(curry.answer).toContain("curry");
      // (and who said it is a word it shares with the question: the games never say "Gemini", "kids" nor "party")
      const party = Date.parse("2026-11-01T10:00:00Z");
      await storeConversation(local, embedder, {
        format: "gemini",
        externalId: "gemini:2026-11-01T10:00",
        title: "My daughter Isla is turning 7 on Saturday 14 November.",
        participants: ["User", "Gemini"],
        startedAt: party,
        turns: [
          [
            "User",
            "user",
            "My daughter Isla is turning 7 on Saturday 14 November. 12 kids are coming to her party at St Chad's church hall. Any ideas for games?",
          ],
          [
            "Gemini",
            "assistant",
            "Happy early birthday to Isla! Here are some games that work well for twelve 7-year-olds in a hall:\n1. Pass the parcel: put a small sweet or sticker in every layer.\n2. Musical statues: anyone who moves after the music stops sits out.\n3. Sleeping lions: a calm one to end on before the cake.",
          ],
        ].map(([speaker, role, text], i) => ({
          externalId: `turn ${i}`,
          speaker: speaker!,
          role: role as "user" | "assistant",
          occurredAt: party + i * 20_000,
          text: text!,
          metadata: {},
        })),
      });
      await createMemoryEngine(local, embedder).process();
      const games = await ask(local, embedder, "What did Gemini suggest for the kids' party games?", { now: Date.parse("2026-11-23T09:00:00Z") });
      expect(games.abstained).toBe(false);
      expect(games.answer).toContain("Pass the parcel");
    });
  });

  it("reads 'When did I get paid?' as money the user received, not money they paid", async () => {
    await withFreshDb(async (local) => {
      for (const [day, text] of [
        ["2026-11-24", "Paid £10.99 to Netflix today."],
        ["2026-11-16", "Paid £38.50 to Yorkshire Water today."],
        ["2026-11-25", "Received £2,310.45 from Acme Data today, my November salary."],
        ["2026-11-03", "Paid £38.62 at Tesco today."],
      ])
        await chatTurn(local, embedder, text!, { now: Date.parse(`${day}T10:00:00Z`) });
      const paid = await ask(local, embedder, "When did I get paid in November?", { now: Date.parse("2026-11-30T10:00:00Z") });
      expect(paid.abstained).toBe(false);
      expect(paid.answer.split("\n")[1]).toContain("Acme Data");
    });
  });

  it("reads 'go for a walk' as walking: 'When did I last go for a walk?' finds the walk", async () => {
    await withFreshDb(async (local) => {
      for (const [day, text] of [
        ["2026-10-17", 'Ran 30.4 km on trails in 3 hours 38 minutes on Saturday 17 October ("Kinder Trail 30K", a race, average heart rate 158 bpm).'],
        ["2026-10-20", 'Walked 5.2 km in 58 minutes 30 seconds on Tuesday 20 October, 17:05–18:04 ("Sheffield Walking", a walk, average heart rate 102 bpm).'],
        ["2026-10-22", 'Rode 41.8 km in 1 hour 32 minutes on Thursday 22 October ("Evening Ride", a road bike ride).'],
        ["2026-10-24", "Swam 1,500 m in 31 minutes on Saturday 24 October (Pool swim)."],
      ])
        await chatTurn(local, embedder, text!, { now: Date.parse(`${day}T20:00:00Z`) });
      const walk = await ask(local, embedder, "When did I last go for a walk?", { now: Date.parse("2026-11-02T10:00:00Z") });
      expect(walk.abstained).toBe(false);
      expect(walk.answer.split("\n")[1]).toContain("walked 5.2 km");
    });
  });

  it("reads 'Who bought my …?' as whom the user sold it to", async () => {
    await withFreshDb(async (local) => {
      for (const [day, text] of [
        ["2026-10-03", 'Sold "Nintendo Switch OLED (white) with 2 controllers" to Kevin Park for $240.00 on Saturday 3 October, less a $8.87 fee (PayPal).'],
        ["2026-10-11", 'Bought "Pentax K1000 35mm film camera" from Hollis Camera Co. for $185.00 on Sunday 11 October (PayPal).'],
        ["2026-10-24", 'Bought "BDG corduroy trucker jacket" from Urban Outfitters for $79.00 on Saturday 24 October (PayPal).'],
      ])
        await chatTurn(local, embedder, text!, { now: Date.parse(`${day}T20:00:00Z`) });
      const buyer = await ask(local, embedder, "Who bought my Nintendo Switch?", { now: Date.parse("2026-11-30T19:00:00Z") });
      expect(buyer.abstained).toBe(false);
      expect(buyer.answer.split("\n")[1]).toContain("Kevin Park");
    });
  });

  it("reads 'What did … buy from me?' as what the user received money for", async () => {
    await withFreshDb(async (local) => {
      const records = [
        'The user received $120.00 from Marcus Bell for "Standing desk frame - thanks!" on Sunday 15 November (PayPal).',
        'The user paid Spotify USA Inc $11.99 for "Spotify Premium" on Wednesday 18 November (PayPal, automatic payment).',
        'The user paid Blue Bottle Coffee $6.50 for "Oat latte" on Thursday 19 November (PayPal).',
      ];
      await storeConversation(local, embedder, {
        format: "note",
        records: "log",
        externalId: "bank:paypal:2026-11",
        title: "PayPal, November 2026",
        participants: ["User"],
        startedAt: Date.parse("2026-11-15T12:00:00Z"),
        turns: records.map((text, i) => ({
          externalId: `paypal:${i}`,
          speaker: "User",
          role: "user" as const,
          occurredAt: Date.parse("2026-11-15T12:00:00Z") + i * 86_400_000,
          text,
          metadata: {},
        })),
      });
      await createMemoryEngine(local, embedder).process();
      const bought = await ask(local, embedder, "What did Marcus Bell buy from me?", { now: Date.parse("2026-11-30T19:00:00Z") });
      expect(bought.answer.split("\n")[1]).toContain("Standing desk frame");
    });
  });

  it("answers what the user should do with advice they highlighted ('What temperature should I bake the loaf at?')", async () => {
    await withFreshDb(async (local) => {
      const clippings = join(dir, "My Clippings.txt");
      writeFileSync(
        clippings,
        [
          "Slow Dough: Real Bread at Home (Tom Hadley)",
          "- Your Highlight on page 88 | Location 1201-1203 | Added on Sunday, 18 October 2026 21:04:10",
          "",
          "Bake at 240°C for the first twenty minutes with the lid on, then at 220°C without it.",
          "==========",
          "",
        ].join("\r\n"),
      );
      await importFile(local, embedder, clippings);
      const bake = await ask(local, embedder, "What temperature should I bake the loaf at?", { now: Date.parse("2026-11-01T10:00:00Z") });
      expect(bake.abstained).toBe(false);
      expect(bake.answer).toContain("240°C");
      // (the highlight's own fact answers it, as advice the user kept, not only the day's episode of reading)
      const found = await recall(local, embedder, "What temperature should I bake the loaf at?", { now: Date.parse("2026-11-01T10:00:00Z") });
      expect(found.hits.filter((h) => h.relevant).map((h) => h.type)).toContain("semantic");
    });
  });

  it("answers 'Where …?' only with a memory that names a place or says where something is", async () => {
    await withFreshDb(async (local) => {
      await chatTurn(local, embedder, "I just bought a used 2019 Honda Civic, my first car.", { now: Date.parse("2026-09-01T10:00:00Z") });
      expect((await ask(local, embedder, "Where did I park my car?", { now: Date.parse("2026-09-20T10:00:00Z") })).abstained).toBe(true);
      await chatTurn(local, embedder, "I parked the car on level 3 of the station car park.", { now: Date.parse("2026-09-20T09:00:00Z") });
      expect((await ask(local, embedder, "Where did I park my car?", { now: Date.parse("2026-09-20T10:00:00Z") })).answer).toContain("level 3");
      // ("to" before a thing that is no place, or before a verb, says no where: "allergic to peanuts", "want to buy")
      await chatTurn(local, embedder, "I'm allergic to peanuts.", { now: Date.parse("2026-09-21T09:00:00Z") });
      await chatTurn(local, embedder, "I want to buy a new bike helmet.", { now: Date.parse("2026-09-21T09:30:00Z") });
      expect((await ask(local, embedder, "Where did I buy peanuts?", { now: Date.parse("2026-09-22T10:00:00Z") })).abstained).toBe(true);
      expect((await ask(local, embedder, "Where can I buy a bike helmet?", { now: Date.parse("2026-09-22T10:00:00Z") })).abstained).toBe(true);
      // (and one that says where someone went or left a thing with someone answers: "to the Decathlon in Leeds", "with Greg")
      await chatTurn(local, embedder, "I went to the Decathlon in Leeds for a bike helmet.", { now: Date.parse("2026-09-23T09:00:00Z") });
      expect((await ask(local, embedder, "Where did I get my bike helmet?", { now: Date.parse("2026-09-24T10:00:00Z") })).answer).toContain("Decathlon");
      await chatTurn(local, embedder, "I left the spare key with Greg next door.", { now: Date.parse("2026-09-23T10:00:00Z") });
      expect((await ask(local, embedder, "Where is the spare key?", { now: Date.parse("2026-09-24T10:00:00Z") })).answer).toContain("Greg");
    });
  });

  it("answers what the user is doing on a day to come with the memories that say that day", async () => {
    await withFreshDb(async (local) => {
      const said = Date.parse("2026-03-25T19:15:00Z");
      await chatTurn(local, embedder, "I'm working from home on Monday so I can let the boiler man in.", { now: said });
      await chatTurn(local, embedder, "I bought a new kettle.", { now: said + 60_000 });
      const monday = await ask(local, embedder, "What am I doing on Monday?", { now: Date.parse("2026-03-27T12:00:00Z") });
      expect(monday.abstained).toBe(false);
      expect(monday.answer).toContain("working from home");
      expect(monday.answer).not.toContain("kettle");
    });
  });

  it("answers a question for a phone number or an email only with a memory that gives one", async () => {
    await withFreshDb(async (local) => {
      await chatTurn(local, embedder, "Bluebell Bakery's website redesign is due on 30 November. The owner is Tom Reed.", {
        now: Date.parse("2026-11-02T09:00:00Z"),
      });
      // (it shares "Tom Reed" only: it had been given as the answer)
      expect((await ask(local, embedder, "What is Tom Reed's phone number?")).abstained).toBe(true);
      expect((await ask(local, embedder, "What is Tom Reed's email?")).abstained).toBe(true);
      await chatTurn(local, embedder, "Tom Reed's mobile is 07700 900456 and his email is tom@bluebell.co.uk.", { now: Date.parse("2026-11-03T09:00:00Z") });
      expect((await ask(local, embedder, "What is Tom Reed's phone number?")).answer).toContain("07700 900456");
      expect((await ask(local, embedder, "What is Tom Reed's email?")).answer).toContain("tom@bluebell.co.uk");
      // (a crime number is no phone number)
      await chatTurn(local, embedder, "My bike was stolen and I reported it to the police, the crime number is 4471.", {
        now: Date.parse("2026-11-05T09:00:00Z"),
      });
      expect((await ask(local, embedder, "What is the crime number for my bike?")).answer).toContain("4471");
      // (a "mobile game" is no phone number)
      await chatTurn(local, embedder, "I started building a 2D adventure mobile game last month.", { now: Date.parse("2026-11-04T09:00:00Z") });
      expect((await ask(local, embedder, "What mobile game am I building?")).answer).toContain("2D adventure");
      // (a number that is another's in the list is no answer: the plumber's for the electrician's)
      await chatTurn(local, embedder, "Contacts: Plumber: Gary, 07700 900789; Electrician: Priya Nair, priya.nair@sparks.co.uk.", {
        now: Date.parse("2026-11-06T09:00:00Z"),
      });
      expect((await ask(local, embedder, "What is the electrician's phone number?")).abstained).toBe(true);
      expect((await ask(local, embedder, "What is the plumber's phone number?")).answer).toContain("07700 900789");
      // (an office is where the user works: the address of "my office" is their work address, not their home's)
      await chatTurn(local, embedder, "My work address is 1 Wellington Place, Leeds LS1 4AP. My home address is 27 Ash Grove, Leeds LS6 1AH.", {
        now: Date.parse("2026-11-07T09:00:00Z"),
      });
      const office = await ask(local, embedder, "What is the address of my office?");
      expect(office.answer).toContain("1 Wellington Place");
    });
  });

  it("answers a question about someone only with memories that name them, not with another person's of the same words", async () => {
    await chatTurn(db, embedder, "My friend Leo decided to adopt a puppy from the animal shelter.", { now: Date.parse("2023-06-09T12:00:00Z") });
    await chatTurn(db, embedder, "My neighbour Ines decided to adopt a kitten from the animal shelter.", { now: Date.parse("2023-06-10T12:00:00Z") });
    const leo = await ask(db, embedder, "What did Leo decide to adopt from the animal shelter?");
    expect(leo.abstained).toBe(false);
    expect(leo.answer).toContain("puppy");
    expect(leo.answer).not.toContain("Ines");
  });

  it("answers a question about someone with their own facts, not with another's fact told after they asked for it", async () => {
    const dogs = await askOfChat(
      "maria-john",
      "Maria and John",
      [
        ["d1", "2023-03-06T18:00:00Z", "Maria", "other", "How are your kids doing? What's the little one's name again?"],
        ["d2", "2023-03-06T18:00:10Z", "John", "other", "My one-year-old is so cute, his name is Kyle! It's been a wild ride."],
        ["d2b", "2023-03-06T18:01:00Z", "Maria", "other", "I started volunteering at the homeless shelter on weekends, serving breakfast."],
        ["d2c", "2023-03-06T18:01:30Z", "John", "other", "That's great! I'm running for the city council this spring, campaigning on better schools."],
        ["d2d", "2023-03-06T18:02:00Z", "Maria", "other", "You'd be great at it. I also joined a gym near work and go three times a week."],
        ["d3", "2023-08-11T18:00:00Z", "Maria", "other", "I adopted a puppy from the shelter two weeks ago! Her name's Coco and she's adorable."],
        ["d4", "2023-08-11T18:00:10Z", "John", "other", "Aww, congrats on the new pup!"],
      ],
      "What are Maria's dogs' names?",
    );
    const cited = dogs.citations.map((c) => c.title);
    expect(cited[0]).toBe("Maria adopted a puppy from the shelter two weeks ago");
    // (the session's episode tells both; John's fact is his alone, though Maria's question is in its provenance)
    expect(cited).not.toContain("John's one-year-old is cute, his name is Kyle");
  });

  it("finds what was said with a word clipped ('bday') when asked in the whole word", async () => {
    await chatTurn(db, embedder, "Reminder: Auntie Lou's bday is on 14 March, she wants a quiet dinner.", { now: Date.parse("2023-03-01T12:00:00Z") });
    const lou = await ask(db, embedder, "When is Auntie Lou's birthday?");
    expect(lou.abstained).toBe(false);
    expect(lou.answer.split("\n")[1]).toContain("14 March");
  });

  it("answers a question for advice with the advice remembered first, before facts that share more of its words", async () => {
    const advice = await askOfChat(
      "jon-gina",
      "Jon and Gina",
      [
        ["g1", "2023-03-23T18:00:00Z", "Gina", "other", "Got any advice or tips on running a successful biz?"],
        [
          "j1",
          "2023-03-23T18:00:10Z",
          "Jon",
          "other",
          "Yeah, brand identity is key. Make sure yours stands out. Also be sure to build relationships with your customers. And don't forget to stay positive.",
        ],
        ["j2", "2023-05-27T18:00:00Z", "Jon", "other", "Running a business is not easy, but I'm determined to make my dance business a success."],
        [
          "j3",
          "2023-07-21T18:00:00Z",
          "Jon",
          "other",
          "I'm wrapping up the business plan for my dance studio and looking for investors to make it a successful business.",
        ],
      ],
      "What advice did Jon give about running a successful business?",
    );
    expect(advice.citations[0]?.title).toBe("Jon's advice on running a successful business");
  });

  it("answers where someone lives only with a memory that names a place, not one that only shares 'live'", async () => {
    await chatTurn(db, embedder, "My cousin Marta is living her dream as a painter, she lives for colour.", { now: Date.parse("2023-06-07T12:00:00Z") });
    expect((await ask(db, embedder, "Where does Marta live?")).abstained).toBe(true);
    await chatTurn(db, embedder, "Marta stays in a small flat in Valencia now.", { now: Date.parse("2023-06-08T12:00:00Z") });
    const marta = await ask(db, embedder, "Where does Marta live?");
    expect(marta.abstained).toBe(false);
    expect(marta.answer.split("\n")[1]).toContain("Valencia");
  });

  it("answers who someone's husband or kids are only with a memory that says so, not one that only names them", async () => {
    await chatTurn(db, embedder, "Call with Priya Shah about the Q1 roadmap; she wants the pricing page shipped before 15 January.", {
      now: Date.parse("2026-11-02T12:00:00Z"),
    });
    expect((await ask(db, embedder, "What is Priya's husband called?")).abstained).toBe(true);
    await chatTurn(db, embedder, "Priya's kids are called Arjun and Mira.", { now: Date.parse("2026-11-03T12:00:00Z") });
    expect((await ask(db, embedder, "What is Priya's husband called?")).abstained).toBe(true);
    const kids = await ask(db, embedder, "What are Priya's children called?");
    expect(kids.answer.split("\n")[1]).toContain("Arjun");
    // (and someone's address only with one that gives it)
    await chatTurn(db, embedder, "I will ring Auntie Jo after work.", { now: Date.parse("2026-11-04T12:00:00Z") });
    expect((await ask(db, embedder, "What is Auntie Jo's address?")).abstained).toBe(true);
    await chatTurn(db, embedder, "Auntie Jo lives at 14 Elm Road, Leeds LS6 2AB.", { now: Date.parse("2026-11-05T12:00:00Z") });
    expect((await ask(db, embedder, "What is Auntie Jo's address?")).answer.split("\n")[1]).toContain("14 Elm Road");
  });

  it("answers a how-to from the procedure it remembers, and what items someone collects from their fact", async () => {
    const c = await chatTurn(db, embedder, "To make cold brew at home: grind coarse, steep twelve hours in cold water, then filter through paper.");
    await chatTurn(db, embedder, "I collect vintage fountain pens and old maps.", { conversationId: c.conversationId });
    const brew = await ask(db, embedder, "How do I make cold brew?");
    expect(brew.abstained).toBe(false);
    expect(brew.answer).toContain("Grind coarse");
    // every step, not the first alone
    expect(brew.answer).toContain("3. Filter through paper");
    const procedure = db.prepare("SELECT id, details FROM memories WHERE type = 'procedural'").get() as { id: number; details: string };
    expect(JSON.parse(procedure.details).steps).toEqual(["Grind coarse", "Steep twelve hours in cold water", "Filter through paper"]);
    expect(brew.citations.map((x) => x.memory_id)).toContain(procedure.id);
    // (a how-to tells how, never when)
    expect((await ask(db, embedder, "When will the cold brew be ready?")).abstained).toBe(true);
    const pens = await ask(db, embedder, "What items do I collect?");
    expect(pens.abstained).toBe(false);
    expect(pens.answer).toContain("fountain pens");
  });

  it("never turns its own replies into facts", async () => {
    const c = await chatTurn(db, embedder, "My brother Leo is a pilot.");
    const q = await chatTurn(db, embedder, "What does my brother Leo do?", { conversationId: c.conversationId });
    expect(q.answer).toContain("pilot"); // the reply quotes the memory …
    const said = db
      .prepare(
        "SELECT m.content FROM memories m JOIN memory_sources ms ON ms.memory_id = m.id JOIN sources s ON s.id = ms.source_id WHERE m.type = 'semantic' AND s.role = 'assistant'",
      )
      .all();
    expect(said).toEqual([]); // … and is never remembered as a fact of its own
  });

  it("counts what it cites as recalled (recalled memories do not decay)", async () => {
    const a = await ask(db, embedder, "Where does Anna live?");
    expect(a.abstained).toBe(false);
    const row = db.prepare("SELECT access_count, last_accessed_at FROM memories WHERE id = ?").get(a.citations[0]!.memory_id) as {
      access_count: number;
      last_accessed_at: number;
    };
    expect(row.access_count).toBeGreaterThan(0);
    expect(row.last_accessed_at).toBeGreaterThan(0);
  });

  it("stores the exchange only when asked to remember", async () => {
    const before = (db.prepare("SELECT COUNT(*) AS n FROM sources").get() as { n: number }).n;
    await ask(db, embedder, "Where does Anna live?");
    expect((db.prepare("SELECT COUNT(*) AS n FROM sources").get() as { n: number }).n).toBe(before);
    await ask(db, embedder, "Where does Anna live?", { remember: true });
    const added = db.prepare("SELECT role, trust, processed_at FROM sources WHERE id > (SELECT MAX(id) - 2 FROM sources) ORDER BY id").all();
    expect(added).toEqual([
      { role: "user", trust: "user", processed_at: expect.any(Number) },
      { role: "assistant", trust: "user", processed_at: expect.any(Number) },
    ]);
  });
});

describe("imported chats with an assistant", () => {
  it("remembers what an assistant answered in prose, with the question, and answers what it said from it", async () => {
    const local = openDatabase(":memory:");
    try {
      await rememberTurns(local, "chatgpt", "plant", "Plant", [
        ["q1", "2026-10-10T09:41:00Z", "User", "user", "What plant is this? It's by my front door and the flowers have gone from blue to pink."],
        [
          "a1",
          "2026-10-10T09:41:20Z",
          "Gemini",
          "assistant",
          "Great question! That's a **hydrangea** (Hydrangea macrophylla), a mophead type. Its flower colour depends on the soil: acidic soil gives blue flowers, alkaline soil gives pink. To keep it blue, repot it in ericaceous compost every spring.",
        ],
        ["q2", "2026-10-10T09:43:00Z", "User", "user", "Thanks! My son Leo is 7, by the way, he loves the garden."],
        ["a2", "2026-10-10T09:43:10Z", "Gemini", "assistant", "How lovely! Gardening with children is a great way to spend time together."],
      ]);
      const answers = local.prepare("SELECT title, content FROM memories WHERE json_extract(details, '$.answered_by') IS NOT NULL").all();
      // (the question's asking sentences, the answer's first sentences: no pleasantry, no Markdown; nothing for a reply to no question)
      expect(answers).toEqual([
        {
          title: "Gemini's answer: What plant is this?",
          content:
            "Gemini's answer to the user's question “What plant is this?”: “That's a hydrangea (Hydrangea macrophylla), a mophead type. Its flower colour depends on the soil: acidic soil gives blue flowers, alkaline soil gives pink. To keep it blue, repot it in ericaceous compost every spring.”",
        },
      ]);
      const said = await ask(local, embedder, "What did Gemini say the plant by my front door is?");
      expect(said.answer).toContain("hydrangea");
      const blue = await ask(local, embedder, "How do I keep my hydrangea blue?");
      expect(blue.answer).toContain("ericaceous");
    } finally {
      local.close();
    }
  });

  it("titles an assistant's chat in which the user told more than they asked by the name its app gave it", async () => {
    const local = openDatabase(":memory:");
    try {
      await rememberTurns(local, "chatgpt", "japan", "Japan trip itinerary", [
        [
          "j1",
          "2026-10-18T21:40:00Z",
          "User",
          "user",
          "I'm planning a trip to Japan with my wife Ama from 4 to 18 April 2027. Can you draft a 2 week itinerary?",
        ],
        [
          "j2",
          "2026-10-18T21:40:30Z",
          "ChatGPT",
          "assistant",
          "Here's a draft: Days 1-5 Tokyo, Days 6-7 Hakone, Days 8-11 Kyoto, Day 12 Nara, Days 13-14 Osaka.",
        ],
        ["j3", "2026-10-18T21:43:00Z", "User", "user", "We already booked the Park Hyatt Tokyo for the first 4 nights."],
      ]);
      const titles = (local.prepare("SELECT title FROM memories WHERE type = 'episodic'").all() as Array<{ title: string }>).map((m) => m.title);
      // (it had been titled by the words it ranked as topics: "User tells ChatGPT about Tokyo and fly home, and the Park Hyatt Tokyo")
      expect(titles).toEqual(["Chat with ChatGPT: Japan trip itinerary"]);
    } finally {
      local.close();
    }
  });

  it("tells a session that was a request by what was asked, and keeps the how-to it got as a procedure citing the question", async () => {
    const local = openDatabase(":memory:");
    try {
      await rememberTurns(local, "chatgpt", "wifi", "Wifi password", [
        ["q1", "2026-10-11T19:00:00Z", "User", "user", "How do I change my wifi password on a TP-Link router?"],
        [
          "a1",
          "2026-10-11T19:00:30Z",
          "ChatGPT",
          "assistant",
          "Open 192.168.0.1 in a browser, log in, go to Wireless > Wireless Security, type the new password and click Save.",
        ],
      ]);
      const rows = local.prepare("SELECT id, type, title, content, details FROM memories ORDER BY id").all() as Array<{
        id: number;
        type: string;
        title: string;
        content: string;
        details: string;
      }>;
      const episode = rows.find((m) => m.type === "episodic")!;
      expect(episode.title).toBe("User asks ChatGPT how to change their wifi password on a TP-Link router");
      expect(episode.content).toBe("User and ChatGPT, 11 October 2026: The user asked ChatGPT how to change their wifi password on a TP-Link router.");
      // (its actor is the person who asked, not the assistant whose answer was longer)
      expect(JSON.parse(episode.details).actor).toBe("User");
      const procedure = rows.find((m) => m.type === "procedural")!;
      expect(JSON.parse(procedure.details).steps).toEqual([
        "Open 192.168.0.1 in a browser",
        "Log in",
        "Go to Wireless > Wireless Security",
        "Type the new password",
        "Click Save",
      ]);
      const cited = local
        .prepare("SELECT s.external_id FROM memory_sources ms JOIN sources s ON s.id = ms.source_id WHERE ms.memory_id = ? ORDER BY 1")
        .all(procedure.id);
      expect(cited).toEqual([{ external_id: "a1" }, { external_id: "q1" }]);
      const a = await ask(local, embedder, "How do I change my wifi password?");
      expect(a.answer).toContain("2. Log in");
      // a how-to that shares no word of another "How do I …?" does not answer it, however alike their form
      await rememberTurns(local, "chatgpt", "prep", "Meal prep", [
        ["p1", "2026-09-10T19:00:00Z", "User", "user", "I'm vegetarian and I work night shifts. How do I meal prep for the week?"],
        [
          "p2",
          "2026-09-10T19:00:30Z",
          "ChatGPT",
          "assistant",
          "1. Pick three recipes on Sunday. 2. Cook grains and beans in bulk. 3. Roast two trays of vegetables. 4. Portion everything into containers. 5. Freeze what you won't eat within three days.",
        ],
      ]);
      expect((await ask(local, embedder, "How do I meal prep?")).answer).toContain("Pick three recipes");
      expect((await ask(local, embedder, "How do I bake sourdough bread?")).abstained).toBe(true);
    } finally {
      local.close();
    }
  });
});

describe("imported chats with an assistant: whom a pronoun stands for", () => {
  it("tells 'her' as the one person the user's message before named ('I'll get her the camera backpack' → Jill)", async () => {
    const local = openDatabase(":memory:");
    try {
      await rememberTurns(local, "chatgpt", "gift", "Birthday gift", [
        ["u0", "2026-09-06T19:00:00Z", "User", "user", "My sister Jill turns 30 on October 14. She loves hiking and photography. Gift ideas under $100?"],
        ["a0", "2026-09-06T19:00:30Z", "ChatGPT", "assistant", "Here are some ideas: a lightweight camera backpack, a trekking pole set, or a photo book."],
        ["u1", "2026-09-06T19:02:00Z", "User", "user", "I think I'll get her the camera backpack."],
      ]);
      const facts = (local.prepare("SELECT content FROM memories WHERE type = 'semantic' ORDER BY id").all() as Array<{ content: string }>).map(
        (m) => m.content,
      );
      // (a request for "ideas" names no topic to lead it)
      expect(facts).toContain("The user thinks they will get Jill the camera backpack (6 September 2026).");
      const a = await ask(local, embedder, "What did I decide to get Jill?");
      expect(a.answer).toContain("camera backpack");
      // a day later, in another session, "her" may be someone else: left as said
      await rememberTurns(local, "chatgpt", "later", "Later", [
        ["l0", "2026-09-10T19:00:00Z", "User", "user", "My sister Jill loves hiking."],
        ["l1", "2026-09-10T19:00:30Z", "ChatGPT", "assistant", "That's lovely."],
        ["l2", "2026-09-11T19:00:00Z", "User", "user", "I'm going to call her about the lake cabin this weekend."],
      ]);
      const later = (local.prepare("SELECT content FROM memories WHERE type = 'semantic' AND content LIKE '%lake cabin%'").get() as { content: string })
        .content;
      expect(later).toContain("call her about the lake cabin");
    } finally {
      local.close();
    }
  });

  it("tells 'That worked' as the advice that worked, and 'She' as the user's own cat, not the vet the reply named", async () => {
    const local = openDatabase(":memory:");
    try {
      await rememberTurns(local, "chatgpt", "pg", "Slow query", [
        ["u0", "2026-08-10T20:00:00Z", "User", "user", "This query on my invoices table takes 4 seconds. How can I speed it up?"],
        [
          "a0",
          "2026-08-10T20:00:30Z",
          "ChatGPT",
          "assistant",
          "Add a composite index on (customer_id, created_at DESC), then check the plan with EXPLAIN ANALYZE.",
        ],
        ["u1", "2026-08-10T20:02:00Z", "User", "user", "That worked, it's 3 ms now."],
      ]);
      await rememberTurns(local, "chatgpt", "cat", "Cat food", [
        [
          "c0",
          "2026-08-30T20:00:00Z",
          "User",
          "user",
          "My cat Pixel is 12 and has kidney disease. The vet, Dr. Lin, put her on a renal diet. Which brands are good?",
        ],
        [
          "c1",
          "2026-08-30T20:00:30Z",
          "ChatGPT",
          "assistant",
          "Common renal diets are Hill's k/d and Royal Canin Renal. Follow Dr. Lin's advice on which one.",
        ],
        ["c2", "2026-08-30T20:02:00Z", "User", "user", "She only eats the Royal Canin one."],
      ]);
      const facts = (local.prepare("SELECT content FROM memories WHERE type = 'semantic' ORDER BY id").all() as Array<{ content: string }>).map(
        (m) => m.content,
      );
      // (they had been "That worked, it's 3 ms now" and "The user says Dr. Lin only eats the Royal Canin one")
      expect(facts).toContain("The user says adding a composite index on (customer_id, created_at DESC) worked, it's 3 ms now (10 August 2026).");
      expect(facts).toContain("Brands: The user says Pixel only eats the Royal Canin one (30 August 2026).");
      expect((await ask(local, embedder, "What food does Pixel eat?")).answer).toContain("Royal Canin");
    } finally {
      local.close();
    }
  });

  it("tells 'we' as the user and the one the user's earlier message of the session said 'and I' of", async () => {
    const local = openDatabase(":memory:");
    try {
      await rememberTurns(local, "chatgpt", "japan", "Japan trip", [
        ["u0", "2026-06-22T08:30:00Z", "User", "user", "Ana and I are going to Japan for two weeks in April. Ideas?"],
        ["a0", "2026-06-22T08:30:40Z", "ChatGPT", "assistant", "Try 5 nights in Tokyo, 4 in Kyoto and 2 in Osaka."],
        ["u1", "2026-06-22T08:33:00Z", "User", "user", "She's vegetarian, so food matters."],
        ["a1", "2026-06-22T08:33:40Z", "ChatGPT", "assistant", "Look for shojin ryori in Kyoto."],
        ["u2", "2026-06-22T08:36:00Z", "User", "user", "We decided to skip Osaka and spend more time in Kyoto."],
      ]);
      const decided = local
        .prepare("SELECT content FROM memories WHERE type = 'semantic' AND content LIKE '%Osaka%' AND json_extract(details, '$.answered_by') IS NULL")
        .get() as { content: string };
      // it had been "The user and others decided …"
      expect(decided.content).toBe("The user and Ana decided to skip Osaka and spend more time in Kyoto (22 June 2026).");
    } finally {
      local.close();
    }
  });
});

describe("asking when something was first done", () => {
  it("answers with the oldest of what shares the most of the question's words, not the oldest that shares some", async () => {
    await withFreshDb(async (local) => {
      await rememberTurns(local, "text", "games", "Games", [
        ["g0", "2026-03-02T18:00:00Z", "User", "user", "I played in a CS:GO tournament at the gaming convention today."],
        ["g1", "2026-04-03T18:00:00Z", "User", "user", "I joined an online gaming tournament with some friends today, made the semis."],
        [
          "g2",
          "2026-05-08T18:00:00Z",
          "User",
          "user",
          "Yesterday I organized a charity tournament with my friends, we raised 400 pounds for the children's hospital.",
        ],
        ["g3", "2026-09-10T18:00:00Z", "User", "user", "Today I organized another charity tournament with my friends."],
      ]);
      // (it had answered with the CS:GO tournament of March, the oldest that says "tournament")
      const a = await ask(local, embedder, "When did I first organize a charity tournament with my friends?", { now: Date.parse("2026-11-25T09:00:00Z") });
      expect(a.abstained).toBe(false);
      expect(a.answer.split("\n")[1]).toContain("7 May 2026");
    });
  });
});

describe("asking what Engram knows of the user", () => {
  it("answers 'What do you know about me?' with the facts of the user's core memory, and abstains before there are any", async () => {
    await withFreshDb(async (local) => {
      const now = Date.parse("2026-12-03T12:00:00Z");
      // (it had answered "I don't have a memory of that": no memory holds "know")
      expect((await ask(local, embedder, "What do you know about me?", { now })).abstained).toBe(true);
      for (const said of [
        "I work as a pharmacist in Leeds.",
        "I'm allergic to shellfish.",
        "My husband Omar is a chef.",
        "I run 10 km every Saturday morning.",
        "My daughter Mia starts primary school in September.",
        "I'm learning to play the cello.",
      ])
        await chatTurn(local, embedder, said, { now });
      for (const q of ["What do you know about me?", "Tell me about myself", "Who am I?"]) {
        const a = await ask(local, embedder, q, { now });
        expect(a.abstained, q).toBe(false);
        expect(a.answer, q).toContain("allergic to shellfish");
        expect(a.answer, q).toContain("pharmacist");
        // (every fact the block tells, not the five memories of another answer)
        expect(a.citations.length, q).toBe(6);
      }
    });
  });
});

describe("asking about the user's things in a chat imported with --me", () => {
  it("answers with another person's fact that names the user", async () => {
    const dir = tempDir();
    try {
      const chat = join(dir, "chat.txt");
      writeFileSync(
        chat,
        "[3/12/26, 9:15 AM] Sam: can I borrow your tent for the Peak District trip?\n[3/12/26, 9:20 AM] Priya: sure, it's the green one\n[3/29/26, 11:00 AM] Sam: I left your tent with your neighbour Greg\n",
      );
      const dbPath = join(dir, "chat.db");
      await engramInProcess(["import", chat, "--me", "Priya", "--db", dbPath]);
      const local = openDatabase(dbPath);
      try {
        // (Sam's fact had been no answer to a question about the user's own things)
        const a = await ask(local, embedder, "Where is my tent?", { now: Date.parse("2026-04-12T12:00:00Z") });
        expect(a.citations.map((c) => c.title)).toContain("Sam left Priya's tent with Priya's neighbour Greg");
      } finally {
        local.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("asking where someone is from", () => {
  it("answers only with a memory that tells an origin, not one that names a place in passing", async () => {
    await withFreshDb(async (local) => {
      const now = Date.parse("2026-05-25T12:00:00Z");
      await chatTurn(local, embedder, "My friend Kofi thinks the trip to Portugal should be fine with my passport.", { now });
      // (it had been answered with the trip to Portugal)
      expect((await ask(local, embedder, "Where is Kofi from?", { now })).abstained).toBe(true);
      await chatTurn(local, embedder, "My friend Kofi grew up in Accra.", { now });
      expect((await ask(local, embedder, "Where is Kofi from?", { now })).answer).toContain("Accra");
    });
  });
});

describe("asking what was true before", () => {
  it("answers where the user lived or worked before with the value a later one replaced", async () => {
    await withFreshDb(async (local) => {
      await chatTurn(local, embedder, "I live in Bristol with my partner Jo.", { now: Date.parse("2026-03-02T19:00:00Z") });
      await chatTurn(local, embedder, "I started a new job as a UX researcher at Monzo.", { now: Date.parse("2026-03-16T19:00:00Z") });
      await chatTurn(local, embedder, "We moved to Bath last weekend.", { now: Date.parse("2026-06-01T19:00:00Z") });
      await chatTurn(local, embedder, "I left Monzo, I'm now at Wise.", { now: Date.parse("2026-06-08T19:00:00Z") });
      const now = Date.parse("2026-07-10T19:00:00Z");
      expect((await ask(local, embedder, "Where do I live?", { now })).answer).toContain("Bath");
      // (it had been answered with Bath, the current value)
      const before = await ask(local, embedder, "Where did I live before Bath?", { now });
      expect(before.answer).toContain("Bristol");
      expect(before.answer).not.toContain("moved to Bath");
      expect((await ask(local, embedder, "Where did I work before?", { now })).answer).toContain("Monzo");
      // (it had abstained: no fact said where the user works)
      const work = await ask(local, embedder, "Where do I work?", { now });
      expect(work.answer.split("\n")[1]).toContain("Wise");
    });
  });
});

describe("chat is captured", () => {
  it("stores both turns in an Engram conversation and uses what the user said in a later answer", async () => {
    const first = await chatTurn(db, embedder, "I'm allergic to peanuts, by the way.", { now: Date.parse("2023-06-01T12:00:00Z") });
    expect(first.answer).toBe(ACKNOWLEDGE);
    const [user, reply] = getSources(db, [first.userSourceId, first.assistantSourceId]).sort((a, b) => a.id - b.id);
    expect(user).toMatchObject({
      kind: "chat_turn",
      role: "user",
      trust: "user",
      text: "I'm allergic to peanuts, by the way.",
      conversation_id: first.conversationId,
    });
    expect(reply).toMatchObject({ kind: "chat_turn", role: "assistant", text: ACKNOWLEDGE, conversation_id: first.conversationId });
    expect(db.prepare("SELECT format FROM conversations WHERE id = ?").get(first.conversationId)).toEqual({ format: "engram" });

    const later = await chatTurn(db, embedder, "What am I allergic to?", { conversationId: first.conversationId, now: Date.parse("2023-06-02T12:00:00Z") });
    expect(later.conversationId).toBe(first.conversationId);
    expect(later.abstained).toBe(false);
    expect(later.answer).toMatch(/peanuts/);
    expect(later.citations.some((c) => c.sources.some((s) => s.source_id === first.userSourceId))).toBe(true);

    const human = db.prepare("SELECT content FROM memories WHERE type = 'core' AND json_extract(details, '$.label') = 'human'").get() as { content: string };
    expect(human.content).toMatch(/allergic to peanuts/);
  });

  it("keeps a chat in which the user only asked as the chat, not as an episodic memory", async () => {
    const episodes = () => (db.prepare("SELECT COUNT(*) AS n FROM memories WHERE type = 'episodic'").get() as { n: number }).n;
    const before = episodes();
    const c = await chatTurn(db, embedder, "Where does Anna live?", { now: Date.parse("2023-07-01T12:00:00Z") });
    await chatTurn(db, embedder, "Where does Anna live?", { conversationId: c.conversationId, now: Date.parse("2023-07-01T12:01:00Z") });
    expect(episodes()).toBe(before);
    const told = await chatTurn(db, embedder, "I started a pottery class in Lyon last week.", { now: Date.parse("2023-07-03T12:00:00Z") });
    expect(episodes()).toBe(before + 1);
    const types = db
      .prepare("SELECT DISTINCT m.type FROM memories m JOIN memory_sources ms ON ms.memory_id = m.id WHERE ms.source_id = ? ORDER BY m.type")
      .pluck()
      .all(told.userSourceId);
    expect(types).toEqual(["core", "episodic", "semantic"]);
  });

  it("follows the user's instructions for the assistant (persona block), replacing rather than appending", async () => {
    const c = await chatTurn(db, embedder, "Please keep your answers short.");
    await chatTurn(db, embedder, "Please keep your answers short and plain.", { conversationId: c.conversationId });
    const persona = db.prepare("SELECT content, details FROM memories WHERE type = 'core' AND json_extract(details, '$.label') = 'persona'").get() as {
      content: string;
      details: string;
    };
    expect(JSON.parse(persona.details).lines).toEqual(["Please keep your answers short and plain."]);
  });
});

// `ask --json` runs the real CLI in a child process; the other runs call the same CLI entry point in
// this process (engramInProcess) to skip a process start and a model load each.
describe("engram ask / process / consolidate (CLI)", () => {
  const dbPath = conv26;

  it("answers in the documented JSON shape, citing the LGBTQ support group turn", () => {
    const run = engram(["ask", "When did Caroline go to the LGBTQ support group?", "--db", dbPath, "--json"]);
    expect(run.stderr).toBe("");
    const a = JSON.parse(run.stdout);
    expect(a).toMatchObject({ engine: "heuristic", abstained: false });
    expect(a.answer).toContain("7 May 2023");
    expect(a.citations[0]).toMatchObject({
      memory_id: expect.any(Number),
      sources: expect.arrayContaining([expect.objectContaining({ kind: "chat_turn", external_id: "D1:3" })]),
    });
  });

  it("prints the answer and its sources for people, and abstains on what it never heard", async () => {
    const run = await engramInProcess(["ask", "When did Caroline go to the LGBTQ support group?", "--db", dbPath]);
    expect(run.stdout).toMatch(/Here is what I remember:/);
    expect(run.stdout).toMatch(/↳ chat_turn D1:3 \(conv-26, Caroline; 2023-05-08T13:56:02Z\)/);
    expect((await engramInProcess(["ask", "What is the boiling point of mercury?", "--db", dbPath])).stdout.trim()).toBe(ABSTAIN);
  });

  it("processes nothing twice, and shows what consolidation would do without doing it", async () => {
    const cli = async (args: string[]) => JSON.parse((await engramInProcess([...args, "--db", dbPath, "--json"])).stdout);
    expect(await cli(["process"])).toMatchObject({ engine: "heuristic", sources: 0 });
    const today = await cli(["consolidate", "--dry-run"]);
    expect(today).toMatchObject({ dryRun: true, summarised: 0, decayed: 0 }); // imported just now: nothing is old yet
    const dry = await cli(["consolidate", "--dry-run", "--now", "2040-01-01"]);
    expect(dry.summarised).toBeGreaterThan(0);
    expect(dry.decayed).toBeGreaterThan(0);
    const again = await cli(["consolidate", "--dry-run", "--now", "2040-01-01"]);
    expect(again).toEqual(dry);
  });
});

describe("questions about a period", () => {
  it("resolves 'last weekend' against the time of asking and finds what happened then, even if told later", async () => {
    const local = openDatabase(conv26);
    const a = await ask(local, embedder, "What did Melanie do last weekend?", { now: Date.parse("2023-05-25T18:00:00Z") });
    expect(a.answer).toMatch(/^Here is what I remember:\n1\. 20 May 2023 — [^\n]*Melanie ran a charity race [^\n]* \(Saturday 20 May 2023\)/);
    expect(a.citations[0]!.sources.map((s) => s.external_id)).toContain("D2:1");
    local.close();
  });

  it("says so when nothing it remembers is of the period asked about, before what it remembers of other times", async () => {
    const local = openDatabase(conv26);
    const a = await ask(local, embedder, "What did Melanie paint last year?", { now: Date.parse("2026-12-02T12:00:00Z") });
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/^I remember nothing of that from 2025\. Here is what I remember from other times:\n1\. [^\n]* 2023 — /);
    // asked in 2023, last year's memories are of the period: no such line
    const then = await ask(local, embedder, "What did Melanie do last weekend?", { now: Date.parse("2023-05-25T18:00:00Z") });
    expect(then.answer).toMatch(/^Here is what I remember:\n/);
    local.close();
  });
});

describe("ask finds what search finds", () => {
  it("knows a person by the short name others call them ('Mel' for Melanie), though no memory says it", async () => {
    const local = openDatabase(":memory:");
    try {
      await rememberTurns(local, "text", "mel", "mel", [
        ["D1:1", "2023-07-03T10:01:00Z", "Caroline", "other", "Hey Mel! How was your weekend?"],
        ["D1:2", "2023-07-03T10:02:00Z", "Melanie", "other", "Great! My kids and I made clay cups at a pottery workshop on Saturday."],
        ["D1:3", "2023-07-03T10:03:00Z", "Caroline", "other", "Thanks for telling me, Mel. I painted a sunset last week."],
      ]);
      expect(local.prepare("SELECT COUNT(*) AS n FROM memories WHERE content LIKE '%Mel %' OR content LIKE '%Mel!%'").get()).toEqual({ n: 0 });
      const a = await ask(local, embedder, "What did Mel and her kids make at the pottery workshop?");
      expect(a.abstained).toBe(false);
      expect(a.answer.split("\n")[1]).toMatch(/clay cups/);
      expect((await ask(local, embedder, "What did Bob make at the pottery workshop?")).abstained).toBe(true); // a name no one has still abstains
    } finally {
      local.close();
    }
  });
  it("answers 'What items does John collect?' from the facts search ranks first, not what only shares its words (LoCoMo conv-43)", async () => {
    const dir = tempDir();
    const local = openDatabase(join(dir, "collect.db"));
    try {
      ensureVectorTables(local, embedder);
      const { parseExport } = await import("../../core/ingest/parse.js");
      for await (const conv of parseExport(locomoSubset(dir, ["conv-43"]), { format: "locomo" })) await storeConversation(local, embedder, conv);
      await createMemoryEngine(local, embedder).process();
      const { searchMemories } = await import("../../core/retrieval/search.js");
      const top = (await searchMemories(local, embedder, "What items does John collect?", { k: 5 })).map((h) => h.content);
      expect(top.some((c) => /collect jerseys/.test(c))).toBe(true); // search has it in its top 5 …
      const a = await ask(local, embedder, "What items does John collect?");
      expect(a.abstained).toBe(false); // … so ask answers with it
      expect(a.answer).toMatch(/collect jerseys/);
      expect((await ask(local, embedder, "What is the boiling point of mercury?")).abstained).toBe(true);
      // two shared stems ("build", "world" of "world-building") make a top-ranked memory no answer when it is unlike the question
      expect((await ask(local, embedder, "What is the tallest building in the world?")).abstained).toBe(true);
    } finally {
      local.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("answers what is on a note's shopping and todo lists", async () => {
    const dir = tempDir();
    try {
      const note = join(dir, "weekend.md");
      writeFileSync(
        note,
        "# Weekend\n\n## Shopping\n- oat milk\n- eggs\n- coffee beans\n\n## Todo\n- call the plumber about the leak\n- renew my gym membership\n",
      );
      const dbPath = join(dir, "notes.db");
      await engramInProcess(["import", note, "--db", dbPath]);
      const local = openDatabase(dbPath);
      try {
        const shopping = await ask(local, embedder, "What's on my shopping list?");
        expect(shopping.answer).toMatch(/oat milk, eggs, coffee beans/);
        const todo = await ask(local, embedder, "What's on my todo list?");
        expect(todo.answer).toMatch(/call the plumber about the leak/);
      } finally {
        local.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps a recipe note's procedure and lists under its title, and titles its episode by the note's", async () => {
    const dir = tempDir();
    try {
      const note = join(dir, "banana-bread.md");
      writeFileSync(
        note,
        "# Banana bread\n\n## Ingredients\n- 3 ripe bananas\n- 250 g flour\n\n## Steps\n1. Preheat the oven to 180 °C\n2. Mash the bananas\n3. Bake for 60 minutes\n",
      );
      const dbPath = join(dir, "notes.db");
      await engramInProcess(["import", note, "--db", dbPath]);
      const local = openDatabase(dbPath);
      try {
        const titles = local.prepare("SELECT type, title FROM memories WHERE valid_to IS NULL AND type <> 'core' ORDER BY type").all();
        // (they had been "The user's ingredients: …", a procedure titled "Steps", and an episode titled by its facts)
        expect(titles).toEqual([
          { type: "episodic", title: "User's note: Banana bread" },
          { type: "procedural", title: "Banana bread" },
          { type: "semantic", title: "The user's banana bread ingredients: 3 ripe bananas, 250 g flour" },
        ]);
        expect((await ask(local, embedder, "How do I make banana bread?")).answer).toMatch(/Preheat the oven/);
        // (a note with no heading, as an Obsidian vault keeps a person's page, is titled by its file's name; a daily note's file names no title)
        const marcus = join(dir, "Marcus Webb.md");
        writeFileSync(marcus, "Marcus Webb is the CFO at Fernway.\nHe prefers decks as PDF, not Google Slides.\n");
        const daily = join(dir, "2026-11-09.md");
        writeFileSync(daily, "Ran 10k in 52:30, a personal best.\n");
        await engramInProcess(["import", marcus, daily, "--db", dbPath]);
        const episodes = local.prepare("SELECT title FROM memories WHERE type = 'episodic' AND valid_to IS NULL ORDER BY id").pluck().all() as string[];
        expect(episodes.slice(1, 2)).toEqual(["User's note: Marcus Webb"]);
        expect(episodes[2]).not.toMatch(/2026-11-09/);
      } finally {
        local.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
