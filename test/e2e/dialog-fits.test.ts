/**
 * A dialog taller than the window scrolls inside it: after a failed import the Import dialog with
 * its error banner is taller than a 1024×600 window, and its Close button must still be reachable
 * (it was cut off below the window, out of reach of scrolling). A fresh, empty database: no import
 * of data is needed, only `engram serve` and Chromium.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRenderer, launchBrowser, openPage, serve, shot, tempDb, type Served, type WatchedPage } from "./harness.js";

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

describe("dialogs in a short window", () => {
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
    await shot(page, "dialog-fits-1024x600");
    await close.click();
    await dialog.waitFor({ state: "detached" });
  }, 20_000);
});
