import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openScreenshotter, textPage } from "../fixtures/screenshots.js";

/**
 * The `engram capture` commands end to end: the real CLI (bin/engram.mjs), the real default
 * embedder, tesseract OCR, and screenshots rendered by headless Chromium.
 */

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dir = mkdtempSync(join(tmpdir(), "engram-capture-cli-"));
const db = join(dir, "data", "engram.db");
const shots = join(dir, "shots");
/** Recent times (inside the default 30-day retention), whole seconds. */
const AT = new Date(Math.floor((Date.now() - 3 * 86_400_000) / 1000) * 1000).toISOString();
const IMPORT_AT = Math.floor((Date.now() - 2 * 86_400_000) / 1000);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function engram(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(repo, "bin/engram.mjs"), ...args], {
      cwd: repo,
      env: { ...process.env, ENGRAM_VAULT_PASSPHRASE: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

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
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("engram capture (CLI)", () => {
  it("adds a screenshot that `engram search` then finds by its words; the same file again is a duplicate", async () => {
    const add = await engram(["capture", "add", join(shots, "travel.png"), "--app", "Firefox", "--title", "Travel", "--at", AT, "--db", db, "--json"]);
    expect(add.stderr).toBe("");
    expect(add.code).toBe(0);
    const { frames } = JSON.parse(add.stdout) as { frames: Array<{ file: string; status: string; frameId: number }> };
    expect(frames).toEqual([expect.objectContaining({ file: join(shots, "travel.png"), status: "stored", frameId: 1 })]);
    const search = await engram(["search", "harmonica", "Ljubljana", "--db", db, "--json"]);
    expect(search.code).toBe(0);
    const { results } = JSON.parse(search.stdout) as {
      results: Array<{ title: string; content: string; occurred_at: number; sources: Array<{ kind: string }> }>;
    };
    expect(results[0]).toMatchObject({ title: "Firefox — Travel", occurred_at: Date.parse(AT), sources: [{ kind: "screenshot" }] });
    expect(results[0]!.content).toMatch(/harmonica to Ljubljana/);
    const again = await engram(["capture", "add", join(shots, "travel.png"), "--app", "Firefox", "--title", "Travel", "--at", AT, "--db", db]);
    expect(again.stdout).toMatch(/travel\.png: duplicate \(same screen as the last kept frame of display 0/);
  });

  it("names a corrupt file in its error, stores the good ones, and exits 1", async () => {
    const r = await engram(["capture", "add", join(shots, "broken.png"), join(shots, "cello.png"), "--db", db]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${join(shots, "broken.png")}: error: ${join(shots, "broken.png")}: not a readable image`);
    expect(r.stdout).toMatch(/cello\.png: stored as frame #2/);
    expect(r.stderr).toMatch(/engram: 1 of 2 files could not be ingested/);
  });

  it("keeps a card number out of the database, in the vault when a passphrase is given", async () => {
    const env = { ENGRAM_VAULT_PASSPHRASE: "cli test passphrase" };
    const add = await engram(["capture", "add", join(shots, "card.png"), "--db", db], env);
    expect(add.stdout).toMatch(/card\.png: stored as frame #3 \(.*redacted 2 card, 2 kept in the vault\)/); // the number and its expiry date
    const list = JSON.parse((await engram(["capture", "redactions", "--db", db, "--json"])).stdout) as { items: Array<{ kind: string; value?: string }> };
    expect(list.items).toEqual([expect.objectContaining({ kind: "card" }), expect.objectContaining({ kind: "card" })]);
    expect(list.items[0]!.value).toBeUndefined();
    const locked = await engram(["capture", "redactions", "--reveal", "--db", db]);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toMatch(/--reveal needs the vault passphrase/);
    expect((await engram(["capture", "redactions", "--reveal", "--db", db], { ENGRAM_VAULT_PASSPHRASE: "wrong" })).stderr).toMatch(
      /the passphrase key is wrong/,
    );
    const shown = await engram(["capture", "redactions", "--reveal", "--db", db], env);
    expect(shown.stdout).toMatch(/card \(card redacted from frame 3, .*\): 4111 1111 1111 1111/);
    const search = await engram(["search", "card", "number", "--db", db, "--json"]);
    expect(search.stdout).toContain("[REDACTED:card]");
    expect(search.stdout).not.toContain("4111 1111");
  }, 300_000); // seven CLI runs (OCR, scrypt): timed out at 120 s at load average 20

  it("shows and changes settings, refusing bad values", async () => {
    const set = await engram(["capture", "settings", "--set", "enabled=true", "intervalMs=10000", "excludedApps=Slack,Signal", "--db", db, "--json"]);
    expect(set.code).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({ enabled: true, intervalMs: 10000, excludedApps: ["Slack", "Signal"], paused: false });
    const bad = await engram(["capture", "settings", "--set", "intervalMs=5", "--db", db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/capture.intervalMs must be an integer from 1000 to 3600000/);
    const shown = await engram(["capture", "settings", "--db", db]);
    expect(shown.stdout).toMatch(/^intervalMs: 10000$/m);
  });

  it("imports a folder with times from the files, watches a folder, and reports storage", async () => {
    const folder = join(dir, "import");
    mkdirSync(folder);
    copyFileSync(join(shots, "cello.png"), join(folder, "a.png"));
    copyFileSync(join(shots, "cello.png"), join(folder, "b.png")); // the same screen 5 s later
    copyFileSync(join(shots, "travel.png"), join(folder, "c.png"));
    for (const [i, f] of ["a.png", "b.png", "c.png"].entries()) utimesSync(join(folder, f), IMPORT_AT + i * 5, IMPORT_AT + i * 5);
    const imported = await engram(["capture", "import", folder, "--display", "7", "--db", db, "--json"]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ files: 3, stored: 2, duplicate: 1, errors: 0 });

    const watched = join(dir, "watch");
    mkdirSync(watched);
    const child = spawn(process.execPath, [join(repo, "bin/engram.mjs"), "capture", "watch", watched, "--display", "9", "--db", db, "--json"], {
      cwd: repo,
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

    const status = JSON.parse((await engram(["capture", "status", "--db", db, "--json"])).stdout) as Record<string, unknown>;
    expect(status).toMatchObject({ enabled: true, frames: 6, framesDir: join(dir, "data", "frames"), oldest: Date.parse(AT) });
    const onDisk = readdirSync(join(dir, "data", "frames"), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(onDisk).toHaveLength(6);
    expect(status.bytes).toBe(onDisk.reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0));
  });
});
