/**
 * End to end: the built UI served by `engram serve` over a real database with LoCoMo conversation
 * conv-26 (the first of the dev split) imported, driven in Debian's Chromium. Saves a screenshot of every view to test/e2e/artifacts/.
 * See test/e2e/README.md.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphResult, MemoryDetail, RememberResult, Stats } from "../../core/api/types.js";
import { importedConv26 } from "../helpers/shared.js";
import { apiCall, buildRenderer, launchBrowser, LOCOMO_DEV, openPage, serve, shot, tempDb, type Served, type WatchedPage } from "./harness.js";

const temp = tempDb();
const subset = join(temp.dir, "locomo-conv-26.json");
let served: Served;
let browser: Browser;
let main: WatchedPage;
let page: Page;

/** Goes to a view through the sidebar, as a user would. */
async function go(label: string): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: label, exact: true }).click();
  await page.getByRole("banner").getByRole("heading", { name: label, exact: true }).waitFor();
}

/**
 * Run in the page: from then on records the texts it writes on its canvases (fillText) in
 * `window.canvasText`: how many were drawn, and those a frame wrote twice (a full clearRect starts a
 * canvas's new frame).
 */
const RECORD_CANVAS_TEXT = `(() => {
  const log = (window.canvasText = { drawn: 0, twice: [] });
  const frames = new Map();
  const proto = CanvasRenderingContext2D.prototype;
  const { clearRect, fillText } = proto;
  proto.clearRect = function (x, y, w, h) {
    if (w >= this.canvas.width / 2) frames.set(this.canvas, new Set());
    clearRect.call(this, x, y, w, h);
  };
  proto.fillText = function (text, ...rest) {
    const frame = frames.get(this.canvas) ?? new Set();
    frames.set(this.canvas, frame);
    log.drawn++;
    if (frame.has(text)) log.twice.push(text);
    frame.add(text);
    fillText.call(this, text, ...rest);
  };
})()`;

/** The memory list (a listbox; select menus have options too). */
function results() {
  return page.getByRole("listbox", { name: "Memories" });
}

/** Lets the page settle: no spinner left in the main area (or the time is up). */
async function settle(ms = 10_000): Promise<void> {
  await page
    .locator("main .spinner, main .state-loading")
    .first()
    .waitFor({ state: "detached", timeout: ms })
    .catch(() => undefined);
}

describe("Engram in the browser (engram serve + Chromium)", () => {
  beforeAll(async () => {
    await buildRenderer();
    // The first conversation (conv-26, 419 turns) of the LoCoMo dev split: importing all seven
    // (4,124 turns through the memory engine) takes minutes on a 2-core machine.
    writeFileSync(subset, JSON.stringify((JSON.parse(readFileSync(LOCOMO_DEV, "utf8")) as unknown[]).slice(0, 1)));
    await importedConv26(temp.db);
    served = await serve(temp.db);
    browser = await launchBrowser();
    main = await openPage(browser);
    page = main.page;
    await page.goto(served.url);
    await page.getByRole("navigation", { name: "Main" }).waitFor();
  }, 480_000);

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    temp.cleanup();
  });

  it("refuses API requests without the token, from a foreign Origin, or for a foreign Host", async () => {
    const noToken = await fetch(`${served.origin}/api/stats`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    expect(noToken.status).toBe(401);
    const wrongToken = await fetch(`${served.origin}/api/stats`, {
      method: "POST",
      headers: { Authorization: "Bearer nope", "Content-Type": "application/json" },
      body: "{}",
    });
    expect(wrongToken.status).toBe(401);
    const foreignOrigin = await fetch(`${served.origin}/api/stats`, {
      method: "POST",
      headers: { Authorization: `Bearer ${served.token}`, "Content-Type": "application/json", Origin: "http://evil.example" },
      body: "{}",
    });
    expect(foreignOrigin.status).toBe(403);
    const foreignHost = await new Promise<number>((ok, fail) => {
      const req = httpRequest(
        {
          host: "127.0.0.1",
          port: served.port,
          path: "/api/stats",
          method: "POST",
          headers: { Host: `evil.example:${served.port}`, Authorization: `Bearer ${served.token}`, "Content-Type": "application/json" },
        },
        (res) => {
          res.resume();
          ok(res.statusCode ?? 0);
        },
      );
      req.on("error", fail);
      req.end("{}");
    });
    expect(foreignHost).toBe(421);
    const page401 = await fetch(`${served.origin}/`);
    expect(page401.status).toBe(401);
    // the token works
    const stats = await apiCall<Stats>(served, "stats", {});
    expect(stats.memoriesTotal).toBeGreaterThan(200); // 19 session episodes and a fact for over half of its 419 turns (249 on 2 December)
  });

  it("search finds Caroline's turn about the LGBTQ support group", async () => {
    await go("Memories");
    await settle();
    await shot(page, "memories-light");
    // Ctrl+K focuses the search box from anywhere
    await page.getByRole("listbox", { name: "Memories" }).focus();
    await page.keyboard.press("Control+k");
    await page.keyboard.type("LGBTQ support group");
    const search = page.getByRole("searchbox", { name: "Search memories" });
    expect(await search.inputValue()).toBe("LGBTQ support group");
    await search.press("Enter");
    const hit = results()
      .getByRole("option")
      .filter({ hasText: /Caroline/ })
      .filter({ hasText: /LGBTQ support group/ })
      .first();
    await hit.waitFor({ timeout: 30_000 });
    const firstRows = await results().getByRole("option").allTextContents();
    expect(firstRows.slice(0, 5).some((t) => /Caroline/.test(t) && /LGBTQ support group/i.test(t))).toBe(true);
    await shot(page, "memories-search");
  });

  it("editing a memory shows the edit in its history", async () => {
    const hit = results()
      .getByRole("option")
      .filter({ hasText: /Caroline/ })
      .filter({ hasText: /LGBTQ support group/ })
      .first();
    await hit.click();
    const panel = page.getByRole("complementary", { name: "Memory details" });
    await panel.getByRole("button", { name: "Edit" }).click();
    const title = panel.getByRole("textbox", { name: "Title" });
    await title.fill("Caroline went to an LGBTQ support group");
    await panel.getByRole("button", { name: "Save" }).click();
    await panel.getByRole("heading", { name: "Caroline went to an LGBTQ support group" }).waitFor();
    const history = panel.getByRole("list", { name: "Version history" });
    await history.getByText("Edited", { exact: true }).waitFor();
    expect(await history.locator("ins").allTextContents()).toContain("Caroline went to an LGBTQ support group");
    await panel.getByText("Edited by you", { exact: true }).waitFor();
    await shot(page, "memories-edited");

    const id = Number(await panel.locator("[data-memory-id]").getAttribute("data-memory-id"));
    const detail = await apiCall<MemoryDetail>(served, "getMemory", { id });
    expect(detail.memory.title).toBe("Caroline went to an LGBTQ support group");
    expect(detail.versions.map((v) => v.op)).toContain("EDIT");

    // its provenance opens the source turn in its conversation
    await panel.getByRole("button", { name: "Show context" }).first().click();
    await panel.locator('[data-testid="source-context"] [aria-current="true"]').waitFor();
    expect(await panel.locator('[data-testid="source-context"] [aria-current="true"]').textContent()).toMatch(/LGBTQ support group/);
    await shot(page, "memories-provenance");

    // at 1024 px the list beside the open memory has no room for its date column: each row shows its
    // date at the end of its title line instead
    await page.setViewportSize({ width: 1024, height: 700 });
    const row = results().getByRole("option").first();
    await row.locator(".memory-row-when").waitFor();
    expect(await row.locator(".memory-row-meta").isVisible()).toBe(false);
    expect(await row.locator(".memory-row-when").textContent()).toMatch(/\d{4}/);
    await shot(page, "memories-detail-1024");
    await page.setViewportSize({ width: 1440, height: 900 });

    // delete, then Undo from the toast: the same memory comes back
    await panel.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByText("Memory restored", { exact: true }).waitFor();
    const restored = await apiCall<MemoryDetail>(served, "getMemory", { id });
    expect(restored.memory.title).toBe("Caroline went to an LGBTQ support group");
  });

  it("the graph draws nodes, each label once", async () => {
    const api = await apiCall<GraphResult>(served, "graph", { limit: 2000 });
    expect(api.nodes.length).toBeGreaterThan(0);
    await page.evaluate(RECORD_CANVAS_TEXT);
    await go("Graph");
    const canvas = page.locator('[data-testid="graph-canvas"]');
    await canvas.waitFor({ timeout: 30_000 });
    await canvas.locator("canvas").first().waitFor();
    expect(Number(await canvas.getAttribute("data-nodes"))).toBeGreaterThan(0);
    expect(await page.locator(".graph-error").count()).toBe(0);
    // the time slider ends on the day of the newest memory, not the day after it
    const end = await page.locator(".time-slider .time-label").last().textContent();
    expect(Date.parse(end ?? "")).toBeLessThanOrEqual(api.span!.to);
    await page
      .getByText("Arranging…")
      .waitFor({ state: "detached", timeout: 60_000 })
      .catch(() => undefined);
    // no frame wrote a label twice (the first frame's labels had been drawn again beside the
    // second's, on the other side of each node: "Melanie ● Melanie")
    const frames = (await page.evaluate("window.canvasText")) as { drawn: number; twice: string[] };
    expect(frames.drawn).toBeGreaterThan(0);
    expect(frames.twice).toEqual([]);
    await shot(page, "graph-light");
  });

  it("chat answers with a citation that opens its source", async () => {
    await go("Chat");
    const box = page.getByRole("textbox", { name: "Message" });
    await box.fill("When did Caroline go to the LGBTQ support group?");
    await box.press("Enter");
    const answer = page.getByTestId("assistant-message").last();
    const chip = answer.getByTestId("citation").first();
    await chip.waitFor({ timeout: 200_000 });
    await shot(page, "chat-answer");
    await chip.click();
    const drawer = page.getByRole("dialog", { name: "Memory" });
    await drawer.waitFor();
    const cited = drawer.locator('[data-testid="source-context"] [aria-current="true"]');
    await cited.waitFor({ timeout: 30_000 });
    expect((await cited.textContent())?.length ?? 0).toBeGreaterThan(0);
    await shot(page, "chat-citation-source");
    await page.keyboard.press("Escape");
    await drawer.waitFor({ state: "detached" });

    // the conversation is listed and reopens with its turns
    await page.getByRole("button", { name: "New chat" }).click();
    await page.getByRole("heading", { name: "Ask your memory" }).waitFor();
    await page.getByRole("navigation", { name: "Conversations" }).getByRole("link").first().click();
    await page.locator(".msg-user", { hasText: "When did Caroline go to the LGBTQ support group?" }).waitFor();
  }, 300_000);

  it("a password in a note is hidden in its memory, which says where the value is kept", async () => {
    const note = await apiCall<RememberResult>(served, "remember", { text: "My new gmail password is hunter2-Lisbon." });
    const fact = note.memories.find((m) => m.type === "semantic");
    expect(fact?.content).toMatch(/gmail password is \[hidden password\]/);
    await go("Memories");
    const search = page.getByRole("searchbox", { name: "Search memories" });
    await search.fill("gmail password");
    await search.press("Enter");
    await results().getByRole("option").filter({ hasText: "[hidden password]" }).first().click();
    const panel = page.getByRole("complementary", { name: "Memory details" });
    expect(await panel.locator(".memory-content").textContent()).not.toContain("hunter2");
    await panel
      .getByTestId("hidden-secrets")
      .getByText(/hides a password its message said/)
      .waitFor();
    await panel.getByRole("button", { name: "Show context" }).first().click();
    await panel.locator('[data-testid="source-context"] [aria-current="true"]', { hasText: "hunter2-Lisbon" }).waitFor();
    await shot(page, "memories-hidden-password");
  });

  it("every view renders (screenshots, light and dark)", async () => {
    await go("Timeline");
    await settle();
    await page.locator(".day").first().waitFor({ timeout: 30_000 });
    await shot(page, "timeline-light");
    await go("Capture");
    await settle();
    await page.getByText("Capture is not available here.").waitFor();
    await shot(page, "capture-light");
    await go("Models");
    await settle();
    await page.getByRole("main").getByRole("heading", { name: "Models", exact: true }).waitFor();
    await shot(page, "models-light");
    await go("Privacy & data");
    await settle();
    await page.getByText("Where your data lives").waitFor();
    await page.getByRole("button", { name: "Export", exact: true }).click();
    await page.getByRole("link", { name: "Download the file" }).waitFor({ timeout: 60_000 });
    await shot(page, "privacy-light");

    await page.getByTestId("theme-toggle").click();
    await page.locator('html[data-theme="dark"]').waitFor({ state: "attached" });
    await shot(page, "privacy-dark");
    for (const [label, name] of [
      ["Chat", "chat"],
      ["Memories", "memories"],
      ["Timeline", "timeline"],
      ["Graph", "graph"],
      ["Models", "models"],
      ["Capture", "capture"],
    ] as const) {
      await go(label);
      await settle();
      if (label === "Graph") {
        await page.locator('[data-testid="graph-canvas"] canvas').first().waitFor();
        await page
          .getByText("Arranging…")
          .waitFor({ state: "detached", timeout: 60_000 })
          .catch(() => undefined);
      }
      await shot(page, `${name}-dark`);
    }
    await page.getByTestId("theme-toggle").click();
  });

  it("delete everything (typed confirmation) leads back to the first-run import", async () => {
    await go("Privacy & data");
    await page.getByRole("button", { name: "Delete everything…" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete everything?" });
    const confirm = dialog.getByRole("button", { name: "Delete everything" });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByRole("textbox").fill("delete everything");
    await confirm.click();
    await dialog.waitFor({ state: "detached", timeout: 60_000 });
    const stats = await apiCall<Stats>(served, "stats", {});
    expect(stats.memoriesTotal).toBe(0);
    await go("Chat");
    await page.getByRole("heading", { name: "Welcome to Engram" }).waitFor();
    await shot(page, "first-run");
  });

  it("the first-run page imports a chosen chat export with progress, then leaves the welcome", async () => {
    await page.getByLabel("Chat export file").setInputFiles(subset);
    await page.getByRole("progressbar").first().waitFor({ timeout: 30_000 });
    await shot(page, "first-run-importing");
    await page.getByText(/^Imported 1 conversation and made \d+ memor(y|ies)$/).waitFor({ timeout: 280_000 });
    await page.getByRole("heading", { name: "Welcome to Engram" }).waitFor({ state: "detached" });
    const stats = await apiCall<Stats>(served, "stats", {});
    expect(stats.sources.chat_turn).toBeGreaterThanOrEqual(419);
    expect(stats.memoriesTotal).toBeGreaterThan(0);
  }, 300_000);

  it("the page logged no errors (no CSP violations, no failed requests)", () => {
    expect(main.errors).toEqual([]);
  });
});
