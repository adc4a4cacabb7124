import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activeEmbedder, createApiHost, type ApiHost } from "../../core/api/host.js";
import { openScreenshotter, textPage } from "../fixtures/screenshots.js";
import { engramInProcess } from "../helpers/cli.js";

/**
 * The `engram capture` commands end to end: the real default embedder, tesseract OCR, and
 * screenshots rendered by headless Chromium. The commands are thin adapters over EngramApi
 * (`captureFile`, `captureConfig`, `captureStorage`, `listRedactions`), so the capture work runs
 * through one API host in this process (the host `engram` opens; one OCR pool and embedder for the
 * file). What is the command line's own (argument parsing, exit codes, human output, stderr,
 * `--json`, the folder walk of `import`, `watch` until SIGINT) runs the CLI: `capture watch` as a
 * real process (bin/engram.mjs: signals, exit code, JSON lines), the others in this process
 * (engramInProcess: the same parsing, output and exit code, without paying tsx and the models).
 */

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dir = mkdtempSync(join(tmpdir(), "engram-capture-cli-"));
const db = join(dir, "data", "engram.db");
const shots = join(dir, "shots");
/** Recent times (inside the default 30-day retention), whole seconds. */
const AT = new Date(Math.floor((Date.now() - 3 * 86_400_000) / 1000) * 1000).toISOString();
const IMPORT_AT = Math.floor((Date.now() - 2 * 86_400_000) / 1000);
/** No passphrase unless a run gives one (the prompt never shows: stdin is not a terminal). */
const NO_PASS = { ENGRAM_VAULT_PASSPHRASE: "" };

let host: ApiHost;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  const browser = await openScreenshotter();
  try {
    writeFileSync(
      join(shots, "travel.png"),
      await browser.html(textPage("Travel plans", ["Take the harmonica to Ljubljana on the night train.", "Feed the pelican at noon."])),
    );
    writeFileSync(join(shots, "card.png"), await browser.html(textPage("Checkout", ["Card number 4111 1111 1111 1111 expires 12/29"], { fontPx: 20 })));
    writeFileSync(join(shots, "cello.png"), await browser.html(textPage("Music", ["Practise the cello sonata every evening."])));
  } finally {
    await browser.close();
  }
  writeFileSync(join(shots, "broken.png"), "this is not a PNG");
  // what the CLI's withApi opens for `engram capture` (no background work, batch embedder)
  host = createApiHost({
    dbPath: db,
    createEmbedder: (d) => activeEmbedder(d, "batch"),
    transport: "cli",
    imageUrl: () => "",
    exportUrl: () => null,
    capture: { available: false, reason: "the command line captures with engram capture" },
    background: false,
  });
});
afterAll(async () => {
  await host?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("engram capture", () => {
  it("adds a screenshot that search then finds by its words; the same file again is a duplicate", async () => {
    const travel = { path: join(shots, "travel.png"), app: "Firefox", windowTitle: "Travel", capturedAt: Date.parse(AT) };
    expect(await host.api.captureFile(travel)).toEqual(expect.objectContaining({ file: join(shots, "travel.png"), status: "stored", frameId: 1 }));
    const { hits } = await host.api.search({ query: "harmonica Ljubljana" });
    expect(hits[0]).toMatchObject({ memory: { title: "Firefox — Travel", occurredAt: Date.parse(AT) }, sources: [{ kind: "screenshot" }] });
    expect(hits[0]!.memory.content).toMatch(/harmonica to Ljubljana/);
    const again = await host.api.captureFile(travel);
    expect(again).toMatchObject({ status: "duplicate" });
    expect(again.status === "duplicate" && again.reason).toMatch(/^same screen as the last kept frame of display 0/);
  });

  it("names a corrupt file in its error, stores the good ones, and exits 1", async () => {
    const r = await engramInProcess(["capture", "add", join(shots, "broken.png"), join(shots, "cello.png"), "--db", db], NO_PASS);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${join(shots, "broken.png")}: error: ${join(shots, "broken.png")}: not a readable image`);
    expect(r.stdout).toMatch(/cello\.png: stored as frame #2/);
    expect(r.stderr).toMatch(/engram: 1 of 2 files could not be ingested/);
  });

  it("keeps a card number out of the database, in the vault when a passphrase is given", async () => {
    const pass = "cli test passphrase";
    const add = await host.api.captureFile({ path: join(shots, "card.png"), passphrase: pass });
    expect(add).toMatchObject({ status: "stored", frameId: 3, redactions: { card: 2 }, vaulted: 2 }); // the number and its expiry date
    const list = await host.api.listRedactions({});
    expect(list.items).toEqual([expect.objectContaining({ kind: "card" }), expect.objectContaining({ kind: "card" })]);
    expect(list.items[0]!.value).toBeUndefined();
    const json = await engramInProcess(["capture", "redactions", "--db", db, "--json"], NO_PASS);
    expect(JSON.parse(json.stdout)).toEqual({ items: list.items.map(({ value: _v, ...i }) => i) });
    const locked = await engramInProcess(["capture", "redactions", "--reveal", "--db", db], NO_PASS);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toMatch(/--reveal needs the vault passphrase/);
    expect((await engramInProcess(["capture", "redactions", "--reveal", "--db", db], { ENGRAM_VAULT_PASSPHRASE: "wrong" })).stderr).toMatch(
      /the passphrase key is wrong/,
    );
    const shown = await engramInProcess(["capture", "redactions", "--reveal", "--db", db], { ENGRAM_VAULT_PASSPHRASE: pass });
    expect(shown.stdout).toMatch(/card \(card redacted from frame 3, .*\): 4111 1111 1111 1111/);
    await expect(host.api.listRedactions({ reveal: true })).rejects.toMatchObject({ code: "unavailable", field: "passphrase" });
    const { hits } = await host.api.search({ query: "card number" });
    const text = JSON.stringify(hits);
    expect(text).toContain("[REDACTED:card]");
    expect(text).not.toContain("4111 1111");
  });

  it("shows and changes settings, refusing bad values", async () => {
    const set = await host.api.captureConfig({ set: ["enabled=true", "intervalMs=10000", "excludedApps=Slack,Signal"] });
    expect(set).toMatchObject({ enabled: true, intervalMs: 10000, excludedApps: ["Slack", "Signal"], paused: false });
    const json = await engramInProcess(["capture", "settings", "--db", db, "--json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(set)));
    const bad = await engramInProcess(["capture", "settings", "--set", "intervalMs=5", "--db", db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/capture.intervalMs must be an integer from 1000 to 3600000/);
    const shown = await engramInProcess(["capture", "settings", "--db", db]);
    expect(shown.stdout).toMatch(/^intervalMs: 10000$/m);
  });

  it("imports a folder with times from the files, watches a folder (real CLI), and reports storage", async () => {
    const folder = join(dir, "import");
    mkdirSync(folder);
    copyFileSync(join(shots, "cello.png"), join(folder, "a.png"));
    copyFileSync(join(shots, "cello.png"), join(folder, "b.png")); // the same screen 5 s later
    copyFileSync(join(shots, "travel.png"), join(folder, "c.png"));
    for (const [i, f] of ["a.png", "b.png", "c.png"].entries()) utimesSync(join(folder, f), IMPORT_AT + i * 5, IMPORT_AT + i * 5);
    const imported = await engramInProcess(["capture", "import", folder, "--display", "7", "--db", db, "--json"]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ files: 3, stored: 2, duplicate: 1, errors: 0 });

    const watched = join(dir, "watch");
    mkdirSync(watched);
    const child = spawn(process.execPath, [join(repo, "bin/engram.mjs"), "capture", "watch", watched, "--display", "9", "--db", db, "--json"], {
      cwd: repo,
      env: { ...process.env, ...NO_PASS },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    const until = async (ok: () => boolean) => {
      for (let i = 0; i < 600 && !ok(); i++) await new Promise((r) => setTimeout(r, 100));
    };
    await until(() => err.includes("watching"));
    copyFileSync(join(shots, "card.png"), join(watched, "new.png"));
    await until(() => out.includes("\n"));
    const exited = new Promise<number | null>((r) => child.on("close", r));
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(JSON.parse(out.trim())).toMatchObject({ file: join(watched, "new.png"), status: "stored", redactions: { card: 2 }, vaulted: 0 });

    const status = await host.api.captureStorage({});
    expect(status).toMatchObject({ enabled: true, frames: 6, framesDir: join(dir, "data", "frames"), oldest: Date.parse(AT) });
    const onDisk = readdirSync(join(dir, "data", "frames"), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(onDisk).toHaveLength(6);
    expect(status.bytes).toBe(onDisk.reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0));
    const cli = await engramInProcess(["capture", "status", "--db", db, "--json"]);
    expect(JSON.parse(cli.stdout)).toEqual(status);
  });
});
