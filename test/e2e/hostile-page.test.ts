/**
 * A hostile page on another loopback port (any local dev server, or a page that got one running)
 * attacks `engram serve` while the user has Engram open in the same browser: `<img>` GETs of every
 * streaming method (an `<img>` carries the SameSite cookie and no Origin), a cross-site form POST,
 * no-cors and CORS fetches, downloads of an export and an image. Nothing may be written (no file at
 * the path the page chose, no chat turn, no import, no export) and nothing read (every fetch fails).
 */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExportResult, Stats } from "../../core/api/types.js";
import { apiCall, engram, launchBrowser, openPage, serve, tempDb, type Served } from "./harness.js";

const temp = tempDb();
const transcript = join(temp.dir, "notes.txt");
const stolen = join(temp.dir, "stolen.jsonl.gz");
let served: Served;
let browser: Browser;
let hostile: Server;
let before: Stats;
let exportName: string;

/** The attack page: every request it makes goes to Engram's port with the user's cookie. */
function attackPage(engram: string): string {
  const q = (req: unknown) => encodeURIComponent(JSON.stringify(req));
  const gets = [
    `/api/exportData?req=${q({ path: stolen })}`,
    `/api/chat?req=${q({ message: "hostile page was here" })}`,
    `/api/ask?req=${q({ question: "what is my secret?" })}`,
    `/api/importFile?req=${q({ path: transcript, format: "text" })}`,
    `/api/downloadModel?req=${q({ id: "nope" })}`,
    `/api/deleteEverything?req=${q({ confirm: "delete everything" })}`,
    `/api/exports/${exportName}`,
    `/api/images/1`,
  ];
  return `<!doctype html><html><body>
${gets.map((p) => `<img src="${engram}${p}">`).join("\n")}
<iframe name="sink"></iframe>
<form id="f" method="POST" action="${engram}/api/chat" enctype="text/plain" target="sink">
  <input name='{"message":"form post","x":"' value='"}'>
</form>
<script>
  window.reads = [];
  const read = (p, init) => fetch("${engram}" + p, { credentials: "include", ...init })
    .then((r) => r.text().then((t) => window.reads.push(p + " " + r.status + " " + t.slice(0, 40))))
    .catch((e) => window.reads.push(p + " failed"));
  document.getElementById("f").submit();
  fetch("${engram}/api/chat", { method: "POST", mode: "no-cors", credentials: "include", headers: { "Content-Type": "text/plain" }, body: '{"message":"no-cors post"}' });
  window.done = Promise.all([
    read("/api/stats", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" }),
    read("/api/exports/${exportName}"),
    read("/api/exportData?req=${q({})}"),
  ]);
</script></body></html>`;
}

describe("a hostile page on another loopback port", () => {
  beforeAll(async () => {
    writeFileSync(transcript, "Sam: my locker code is 4711\nAlex: noted\n");
    engram(["import", transcript, "--db", temp.db]);
    served = await serve(temp.db);
    const legit = await fetch(`${served.origin}/api/exportData`, {
      method: "POST",
      headers: { Authorization: `Bearer ${served.token}`, "Content-Type": "application/json" },
      body: "{}",
    });
    const result = JSON.parse(/event: result\ndata: (.*)/.exec(await legit.text())![1]!) as ExportResult;
    exportName = result.path.split(/[\\/]/).pop()!;
    before = await apiCall<Stats>(served, "stats", {});
    hostile = createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html" }).end(attackPage(served.origin)));
    await new Promise<void>((ok) => hostile.listen(0, "127.0.0.1", ok));
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => (hostile ? hostile.close(ok) : ok(null)));
    await served?.stop();
    temp.cleanup();
  });

  it("writes nothing and reads nothing, while the user has Engram open in the same browser", async () => {
    const { context, page } = await openPage(browser);
    await page.goto(served.url); // the user's Engram tab: the server sets its cookie
    const attack = await context.newPage();
    await attack.goto(`http://127.0.0.1:${(hostile.address() as AddressInfo).port}/`);
    await attack.evaluate(() => (globalThis as unknown as { done: Promise<unknown> }).done);
    await attack.waitForLoadState("networkidle"); // the <img> streams, the form post and the no-cors fetch have finished

    const reads = await attack.evaluate(() => (globalThis as unknown as { reads: string[] }).reads);
    expect(reads.sort()).toEqual([`/api/exportData?req=${encodeURIComponent("{}")} failed`, `/api/exports/${exportName} failed`, "/api/stats failed"]);
    expect(existsSync(stolen)).toBe(false);
    expect(readdirSync(join(temp.dir, "exports"))).toEqual([exportName]);
    const after = await apiCall<Stats>(served, "stats", {});
    expect(after).toEqual(before);
    expect(await apiCall<{ items: unknown[] }>(served, "listChats", {})).toMatchObject({ items: [] });
    await context.close();
  });
});
