/**
 * The app in a small window, on a fresh, empty database (no data to import, only `engram serve` and
 * Chromium): a dialog taller than the window scrolls inside it (after a failed import the Import
 * dialog with its error banner is taller than a 1024×600 window; its Close button was cut off below
 * the window, out of reach of scrolling), and the Models view's names and figures are read whole at
 * 1024 px (the embedder's name was cut to "Built in: Universal Se…", sizes broke as "940 / MB").
 * Each test runs under the suite's timeout (vitest.config.ts): on a fresh CI machine the first page
 * took over 20 s, and a test cut off by its timeout kept driving the page the next test had opened.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiCall, buildRenderer, launchBrowser, openPage, serve, shot, tempDb, type Served, type WatchedPage } from "./harness.js";

const temp = tempDb();
let served: Served;
let browser: Browser;
let main: WatchedPage;

beforeAll(async () => {
  await buildRenderer();
  served = await serve(temp.db);
  browser = await launchBrowser();
  main = await openPage(browser);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  temp.cleanup();
});

/**
 * A screen reader hears each row of the memory list `list` say its date once: every option's
 * accessible name (as Playwright's aria snapshot computes it: no aria-hidden or display:none content)
 * holds the row's date exactly once, whichever of its two copies (the meta column's, the title
 * line's) the layout shows. `where` names the layout in failures.
 */
async function expectDatesReadOnce(list: Locator, where: string): Promise<void> {
  const dates = await list.getByRole("option").evaluateAll((options) => options.map((o) => o.querySelector(".memory-row-meta > span")?.textContent ?? ""));
  const names = (await list.ariaSnapshot()).split("\n").filter((l) => /^\s*- '?option /.test(l));
  expect(names.length, where).toBe(dates.length);
  expect(names.length, where).toBeGreaterThan(3);
  names.forEach((name, i) => {
    const date = dates[i]!;
    expect({ where, row: i, date, read: name.split(date).length - 1 }).toEqual({ where, row: i, date: expect.stringMatching(/\d{4}$/), read: 1 });
  });
}

describe("a small window", () => {
  it("the Import dialog after a failed import fits the window and scrolls to its Close button", async () => {
    const { page } = main;
    const bad = join(temp.dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ not: "a chat export" }));
    await page.setViewportSize({ width: 1024, height: 600 });
    await page.goto(served.url);
    await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Import chats…" }).click();
    const dialog = page.getByRole("dialog", { name: "Import chats" });
    await dialog.getByLabel("Chat export file").setInputFiles(bad);
    await dialog
      .getByRole("alert")
      .getByText(/Import failed: bad\.json/)
      .waitFor({ timeout: 30_000 });
    const box = (await dialog.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(600);
    const close = dialog.getByRole("button", { name: "Close", exact: true });
    await close.scrollIntoViewIfNeeded();
    const b = (await close.boundingBox())!;
    expect(b.y + b.height).toBeLessThanOrEqual(box.y + box.height);
    await shot(page, "small-window-dialog-1024x600");
    await close.click();
    await dialog.waitFor({ state: "detached" });
  });

  it("the Import dialog says a conversations file cut off in the middle is truncated, and where, and imports nothing", async () => {
    const { page } = main;
    const whole = JSON.stringify({ title: "Lisbon", create_time: 1_700_000_000, mapping: { a: { id: "a", message: null } } }, null, 2);
    const cut = join(temp.dir, "conversations.json");
    writeFileSync(cut, whole.slice(0, whole.indexOf('"mapping"') + 12)); // ends inside "mapping" on line 4
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(served.url);
    await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Import chats…" }).click();
    const dialog = page.getByRole("dialog", { name: "Import chats" });
    await dialog.getByLabel("Chat export file").setInputFiles(cut);
    const alert = dialog.getByRole("alert").filter({ hasText: "Import failed: conversations.json" });
    await alert.waitFor({ timeout: 30_000 });
    const text = (await alert.textContent()) ?? "";
    expect(text).toMatch(/conversations\.json: byte \d+ \(line 4, column \d+\): truncated JSON: the file ends inside the object/);
    expect(text).not.toMatch(/the file is a JSON object/);
    await shot(page, "small-window-import-truncated");
    await dialog.getByRole("button", { name: "Close", exact: true }).click();
    await dialog.waitFor({ state: "detached" });
    const stats = await fetch(`${served.origin}/api/stats`, {
      method: "POST",
      headers: { Authorization: `Bearer ${served.token}`, "Content-Type": "application/json" },
      body: "{}",
    });
    expect(await stats.json()).toMatchObject({ conversations: 0, memoriesTotal: 0, sources: { chat_turn: 0 } });
  });

  it("the Models view shows the embedder's whole name and each size and memory need on one line at 1024 px", async () => {
    const { page } = main;
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(`${served.url}#/models`);
    const embedder = page.locator(".stats-grid div").filter({ hasText: "Embedder" }).locator("dd");
    await embedder.waitFor();
    expect(await embedder.textContent()).toBe("Built in: Universal Sentence Encoder lite");
    expect(await embedder.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const table = page.getByRole("table").first();
    await table.getByRole("row").nth(1).waitFor();
    // the lines each Size and Needs cell takes, counted in the page (where the DOM is)
    const lines = (await page.evaluate(`[...document.querySelector("table").querySelectorAll("tbody tr")].flatMap((row) =>
      [1, 3].map((col) => {
        const range = document.createRange();
        range.selectNodeContents(row.children[col]);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return row.children[col].textContent + ": " + tops.size + " line(s)";
      }))`)) as string[];
    expect(lines.length).toBeGreaterThan(4);
    expect(lines.filter((l) => !l.endsWith(": 1 line(s)"))).toEqual([]);
    await shot(page, "small-window-models-1024");
  });

  it("the timeline's month labels stay inside the activity overview, the last one too", async () => {
    const { page } = main;
    // a year of monthly chats, the last one in a new month (its label falls on the overview's last week)
    const sessions: Record<string, unknown> = { speaker_a: "Ann", speaker_b: "Bo" };
    const months = ["January", "March", "May", "July", "September", "November"];
    months.forEach((month, i) => {
      sessions[`session_${i + 1}_date_time`] = `10:00 am on 3 ${month}, 2023`;
      sessions[`session_${i + 1}`] = [
        { speaker: "Ann", dia_id: `D${i + 1}:1`, text: `I went hiking in ${month} with my sister.` },
        { speaker: "Bo", dia_id: `D${i + 1}:2`, text: `Nice, I started a pottery class in ${month}.` },
      ];
    });
    sessions.session_7_date_time = "10:00 am on 2 January, 2024";
    sessions.session_7 = [
      { speaker: "Ann", dia_id: "D7:1", text: "Happy new year! I moved to Lisbon." },
      { speaker: "Bo", dia_id: "D7:2", text: "Wow, congratulations on the move." },
    ];
    const res = await fetch(`${served.origin}/api/importFile?name=year.json`, {
      method: "POST",
      headers: { Authorization: `Bearer ${served.token}`, "Content-Type": "application/octet-stream" },
      body: JSON.stringify([{ sample_id: "year", conversation: sessions }]),
    });
    expect(await res.text()).toMatch(/event: result/);
    for (const width of [1440, 1024]) {
      await page.setViewportSize({ width, height: 700 });
      await page.goto(`${served.url}#/timeline`);
      const overview = page.getByRole("group", { name: "Activity by week" });
      await overview.waitFor();
      const right = (await overview.boundingBox())!;
      const labels = await overview.locator(".activity-month").evaluateAll((spans) =>
        spans
          .filter((s) => s.textContent)
          .map((s) => {
            const range = s.ownerDocument.createRange();
            range.selectNodeContents(s);
            const r = range.getBoundingClientRect();
            return { text: s.textContent, left: r.left, right: r.right };
          }),
      );
      expect(labels.at(-1)?.text).toBe("Jan 2024");
      for (const l of labels) expect(l.right, `${l.text} at ${width} px`).toBeLessThanOrEqual(right.x + right.width);
      await shot(page, `small-window-timeline-${width}`);
    }
  });
  // uses the year of monthly chats the test above uploaded (Ann and Bo)
  it("memory rows show who a memory is about, and say its date to screen readers once, beside the detail pane at 1024 px, as at 1440 px", async () => {
    const { page } = main;
    const listed = await apiCall<{ items: Array<{ id: number; who: string | null }> }>(served, "listMemories", { limit: 50 });
    const whoOf = new Map(listed.items.map((m) => [m.id, m.who]));
    expect([...whoOf.values()].filter((w) => w === "Ann" || w === "Bo").length).toBeGreaterThan(3);
    for (const width of [1440, 1024]) {
      await page.setViewportSize({ width, height: 700 });
      await page.goto(`${served.url}#/memories`);
      const list = page.getByRole("listbox", { name: "Memories" });
      await list.getByRole("option").nth(2).waitFor();
      await expectDatesReadOnce(list, `${width} px, no detail pane`);
      await list.getByRole("option").nth(2).click();
      await page.getByRole("complementary", { name: "Memory details" }).waitFor();
      // each row in view: its id, who it names where it can be seen, and whether that stays inside the row
      const rows = await list.getByRole("option").evaluateAll((options) =>
        options.map((o) => {
          const box = o.getBoundingClientRect();
          const shown = [...o.querySelectorAll(".memory-row-meta .ellipsis, .memory-row-who")].find((e) => e.checkVisibility());
          const r = shown?.getBoundingClientRect();
          return {
            id: Number(o.id.replace(/\D+/g, "")),
            who: shown?.textContent ?? null,
            inside: !!r && r.width > 0 && r.left >= box.left && r.right <= box.right,
          };
        }),
      );
      expect(rows.length).toBeGreaterThan(3);
      for (const row of rows.filter((r) => whoOf.get(r.id))) {
        expect({ width, id: row.id, who: row.who, inside: row.inside }).toEqual({ width, id: row.id, who: whoOf.get(row.id), inside: true });
      }
      await expectDatesReadOnce(list, `${width} px, detail pane open`);
      await shot(page, `small-window-memories-detail-${width}`);
    }
  });
  // uses the year of monthly chats uploaded above; the graph's answer is given a next page, so Load more shows
  it("the graph's status bar with Load more sits below the drawing area, covering no node, and says how many memories of how many it shows, at 1440 and 1024 px", async () => {
    const { page } = main;
    // what the graph was last answered: its memory nodes, and the memories matching in all
    const answered = { memories: 0, total: 0 };
    await page.route("**/api/graph", async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as { nodes: Array<{ kind: string }>; nextCursor: string | null; totalNodes: number };
      answered.memories = json.nodes.filter((n) => n.kind === "memory").length;
      answered.total = json.totalNodes + 500;
      await route.fulfill({ response, json: { ...json, nextCursor: json.nextCursor ?? "more", totalNodes: answered.total } });
    });
    for (const [width, height] of [
      [1440, 900],
      [1024, 700],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`${served.url}#/graph`);
      const canvas = page.locator('[data-testid="graph-canvas"]');
      await canvas.locator("canvas").first().waitFor({ timeout: 30_000 });
      const more = page.getByRole("button", { name: /^Load more/ });
      await more.waitFor();
      const area = (await canvas.boundingBox())!;
      const bar = (await page.locator(".graph-status").boundingBox())!;
      const button = (await more.boundingBox())!;
      // sigma draws only inside its container: the bar and its button start where the drawing ends
      expect(bar.y, `${width} px`).toBeGreaterThanOrEqual(area.y + area.height - 0.5);
      expect(button.y).toBeGreaterThanOrEqual(area.y + area.height);
      expect(bar.y + bar.height).toBeLessThanOrEqual(height + 0.5);
      expect(area.height).toBeGreaterThan(height / 2);
      // a page holds only some of the memories (the rest come with Load more): the bar says so
      expect(answered.memories).toBeGreaterThan(3);
      expect(await page.locator(".graph-status").innerText()).toContain(`${answered.memories} of ${answered.total.toLocaleString("en-US")} memories ·`);
      await shot(page, `small-window-graph-${width}`);
    }
    await page.unroute("**/api/graph");
  });

  // (last: it adds years of chats to the database the tests above share)
  it("the timeline's activity overview fits every bar and label inside it over years of chats, the newest week too", async () => {
    const { page } = main;
    // a chat in 2016, beside the chats of 2023 and 2024 uploaded above: 400 weeks had drawn past the overview's right edge
    const sessions = {
      speaker_a: "Cy",
      speaker_b: "Di",
      session_1_date_time: "10:00 am on 5 March, 2016",
      session_1: [
        { speaker: "Cy", dia_id: "D1:1", text: "I adopted a cat called Miso today." },
        { speaker: "Di", dia_id: "D1:2", text: "Lovely, I started learning the cello." },
      ],
    };
    const res = await fetch(`${served.origin}/api/importFile?name=old.json`, {
      method: "POST",
      headers: { Authorization: `Bearer ${served.token}`, "Content-Type": "application/octet-stream" },
      body: JSON.stringify([{ sample_id: "old", conversation: sessions }]),
    });
    expect(await res.text()).toMatch(/event: result/);
    for (const width of [1440, 1024]) {
      await page.setViewportSize({ width, height: 700 });
      await page.goto(`${served.url}#/timeline`);
      const overview = page.getByRole("group", { name: "Activity by week" });
      await overview.waitFor();
      const box = (await overview.boundingBox())!;
      const bars = await overview.locator(".activity-bar").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
      const labels = await overview.locator(".activity-month").evaluateAll((spans) =>
        spans
          .filter((s) => s.textContent)
          .map((s) => {
            const range = s.ownerDocument.createRange();
            range.selectNodeContents(s);
            return { text: s.textContent, right: range.getBoundingClientRect().right };
          }),
      );
      expect(bars.at(-1)!, `the newest bar at ${width} px`).toBeLessThanOrEqual(box.x + box.width);
      for (const l of labels) expect(l.right, `${l.text} at ${width} px`).toBeLessThanOrEqual(box.x + box.width);
      expect(labels[0]?.text).toBe("Mar 2016");
      await shot(page, `small-window-timeline-years-${width}`);
    }
  });
});
