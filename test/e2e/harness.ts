/**
 * End-to-end harness: builds the UI, imports the LoCoMo dev split into a temp database, runs
 * `engram serve` on it and drives Debian's Chromium with playwright-core. Everything is real: the
 * CLI, the HTTP server, the engine, the built renderer.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { withLock } from "../helpers/shared.js";

/** The project root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** Where screenshots go (gitignored). */
export const ARTIFACTS = join(ROOT, "test", "e2e", "artifacts");
/** The LoCoMo dev split shared on this project's machines. */
export const LOCOMO_DEV = process.env.ENGRAM_LOCOMO_DEV ?? resolve(ROOT, "..", "shared", "data", "locomo", "locomo-dev.json");
/** Debian's Chromium. */
export const CHROMIUM = process.env.ENGRAM_CHROMIUM ?? "/usr/bin/chromium";

const CLI = join(ROOT, "bin", "engram.mjs");

/** Runs the engram CLI to completion; throws with its stderr when it fails. */
export function engram(args: string[], timeoutMs = 600_000): string {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", timeout: timeoutMs });
  if (r.status !== 0) throw new Error(`engram ${args.join(" ")} failed (exit ${r.status}): ${r.stderr || r.error?.message}`);
  return r.stdout;
}

/** Where the hash of the sources of the last renderer build is kept (node_modules/.cache, like Vite's own cache). */
const BUILD_CACHE = join(ROOT, "node_modules", ".cache", "engram-e2e");

/**
 * SHA-256 over every file the renderer build reads from this repository: renderer/ (sources,
 * styles, vite.config.ts; the renderer takes only types from core/) and package-lock.json (the
 * versions of React, Vite and the other bundled packages).
 */
function rendererSourcesHash(): string {
  const h = createHash("sha256");
  const dir = join(ROOT, "renderer");
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const f of [...files, join(ROOT, "package-lock.json")]) h.update(f).update("\0").update(readFileSync(f)).update("\0");
  return h.digest("hex");
}

/**
 * Builds the renderer into dist-renderer/ with Vite (the production build the server serves),
 * unless dist-renderer/ already holds a build of the current sources (same rendererSourcesHash as
 * the last build this harness made). Test files running at the same time in other workers wait
 * for one build instead of each emptying dist-renderer/ under the others' servers: the build is
 * guarded by a lock folder (mkdir is atomic), taken over when its holder has not finished in 5
 * minutes. Throws with Vite's output when the build fails.
 */
export async function buildRenderer(): Promise<void> {
  mkdirSync(BUILD_CACHE, { recursive: true });
  const stamp = join(BUILD_CACHE, "renderer.sha256");
  await withLock(join(BUILD_CACHE, "renderer.lock"), () => {
    const hash = rendererSourcesHash();
    const built = existsSync(stamp) && readFileSync(stamp, "utf8") === hash && existsSync(join(ROOT, "dist-renderer", "index.html"));
    if (built) return;
    rmSync(stamp, { force: true });
    const vite = join(ROOT, "node_modules", "vite", "bin", "vite.js");
    const r = spawnSync(process.execPath, [vite, "build", "-c", "renderer/vite.config.ts", "--logLevel", "warn"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 180_000,
    });
    if (r.status !== 0) throw new Error(`vite build failed: ${r.stderr || r.stdout}`);
    writeFileSync(stamp, hash);
  });
}

/** A temp folder with a database path in it; `cleanup()` removes it. */
export function tempDb(): { dir: string; db: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "engram-e2e-"));
  return { dir, db: join(dir, "engram.db"), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A running `engram serve`. */
export interface Served {
  /** the printed URL, token included */
  url: string;
  origin: string;
  token: string;
  port: number;
  stop: () => Promise<void>;
}

/** Starts `engram serve --port 0 --db DB` and reads the URL from its first stdout line. */
export async function serve(db: string): Promise<Served> {
  const child: ChildProcess = spawn(process.execPath, [CLI, "serve", "--port", "0", "--db", db], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (b: Buffer) => (stderr += b.toString()));
  const first = await new Promise<string>((ok, fail) => {
    const rl = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => fail(new Error(`engram serve printed no URL within 60 s: ${stderr}`)), 60_000);
    rl.once("line", (line) => {
      clearTimeout(timer);
      ok(line.trim());
    });
    child.once("exit", (code) => fail(new Error(`engram serve exited (${code}) before printing its URL: ${stderr}`)));
  });
  const u = new URL(first);
  return {
    url: first,
    origin: u.origin,
    token: u.searchParams.get("token") ?? "",
    port: Number(u.port),
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      }),
  };
}

/** Launches headless Chromium with the flags this project's machines need. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set ENGRAM_CHROMIUM)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** A page plus the console errors and page errors it produced (CSP violations show up there). */
export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** Opens a 1440×900 page in a fresh context and records console errors and uncaught exceptions. */
export async function openPage(browser: Browser, colorScheme: "light" | "dark" = "light"): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  return { context, page, errors };
}

/** Saves a PNG of the page to test/e2e/artifacts/<name>.png (CSS animations and transitions finished). */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), animations: "disabled" });
}

/** Calls one API method over HTTP with the token (what the UI does), returning the JSON result. */
export async function apiCall<T>(s: Served, method: string, req: unknown): Promise<T> {
  const res = await fetch(`${s.origin}/api/${method}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${s.token}`, "Content-Type": "application/json" },
    body: JSON.stringify(req),
  });
  if (!res.ok) throw new Error(`${method}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
