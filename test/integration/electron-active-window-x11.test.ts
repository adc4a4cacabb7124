import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Embedder } from "../../models/embedder.js";
import { createCapturePipeline } from "../../core/capture/pipeline.js";
import { openDatabase } from "../../core/db/connection.js";
import { createActiveWindowProvider, type ExecRunner, execRunner } from "../../electron/capture/active-window.js";
import { startCaptureScheduler } from "../../electron/capture/scheduler.js";

/**
 * The Linux active-window helper against a real X server: Xvfb with real xmessage windows, read
 * by the real xprop. Without a window manager nobody sets _NET_ACTIVE_WINDOW, so the test sets
 * it on the root window as a window manager would (as a CARDINAL, which xprop can write).
 */
const has = (tool: string) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
const X_TOOLS = has("Xvfb") && has("xprop") && has("xmessage") && has("xwininfo");

/**
 * The real xprop, with time to answer on a loaded machine: the app gives it 500 ms and excludes a
 * frame whose window it cannot name in time (the safe side), which a CI machine running every test
 * file at once can exceed; this test is about which window is named, not how fast.
 */
const patientExec: ExecRunner = (file, args, opts) => execRunner(file, args, { ...opts, timeoutMs: 10_000 });

const testEmbedder: Embedder = { id: "test-zero-8", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

let xvfb: ChildProcess | null = null;
const windows: ChildProcess[] = [];
let env: NodeJS.ProcessEnv = {};
const root = mkdtempSync(join(tmpdir(), "engram-x11-"));

function x(tool: string, args: string[]): string {
  const r = spawnSync(tool, args, { env, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${tool} ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

/** Opens an xmessage window titled `title` and resolves with its X window id once it is mapped. */
async function openWindow(title: string): Promise<string> {
  windows.push(spawn("xmessage", ["-name", "engramtest", "-title", title, "hello"], { env, stdio: "ignore" }));
  for (let i = 0; i < 100; i++) {
    const line = x("xwininfo", ["-root", "-children"])
      .split("\n")
      .find((l) => l.includes(`"${title}"`));
    if (line) return line.trim().split(/\s+/)[0]!;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`xmessage window "${title}" did not appear`);
}

const focus = (id: string) => x("xprop", ["-root", "-f", "_NET_ACTIVE_WINDOW", "32x", "-set", "_NET_ACTIVE_WINDOW", id]);

beforeAll(async () => {
  if (!X_TOOLS) return;
  // -displayfd: Xvfb picks a free display number and writes it on fd 3 once it accepts clients
  xvfb = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "640x480x24", "-nolisten", "tcp"], { stdio: ["ignore", "ignore", "ignore", "pipe"] });
  const display = await new Promise<string>((resolve, reject) => {
    let out = "";
    xvfb!.stdio[3]!.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("\n")) resolve(`:${out.trim()}`);
    });
    xvfb!.once("exit", (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  const { WAYLAND_DISPLAY: _w, XDG_SESSION_TYPE: _s, ...rest } = process.env;
  env = { ...rest, DISPLAY: display };
}, 30_000);

afterAll(() => {
  for (const w of windows) w.kill();
  xvfb?.kill();
  rmSync(root, { recursive: true, force: true });
});

describe.skipIf(!X_TOOLS)(
  "active window on X11 with Xvfb (skipped only when Xvfb, xprop, xmessage or xwininfo is missing: apt-get install xvfb x11-utils)",
  () => {
    it("names the focused window's app and title, and null when no window is focused", async () => {
      const provider = createActiveWindowProvider("linux", undefined, env);
      expect(await provider()).toBeNull(); // _NET_ACTIVE_WINDOW not set yet
      const id = await openWindow("Bitwarden Vault");
      focus(id);
      expect(await provider()).toEqual({ app: "Xmessage", title: "Bitwarden Vault", url: null });
      focus("0");
      expect(await provider()).toBeNull();
      // not X: no answer rather than a guess
      expect(await createActiveWindowProvider("linux", undefined, { ...env, WAYLAND_DISPLAY: "wayland-0" })()).toBeNull();
    });

    it("keeps a frame grabbed while a password manager is focused out of the database; stores one of another window", async () => {
      const vaultId = await openWindow("Vault - Bitwarden app");
      // xmessage's class is fixed ("Xmessage"): give the window Bitwarden's class the way the app sets it
      x("xprop", ["-id", vaultId, "-f", "WM_CLASS", "8s", "-set", "WM_CLASS", "Bitwarden"]);
      const notesId = await openWindow("Shopping list");
      const dir = join(root, "db");
      const db = openDatabase(join(dir, "engram.db"));
      const pipeline = await createCapturePipeline({ db, embedder: testEmbedder, framesDir: join(dir, "frames") });
      const verdicts: Array<{ status: string; reason?: string }> = [];
      const width = 64;
      const height = 48;
      const grab = async () => [{ display: 1, raw: { data: new Uint8Array(width * height * 4).fill(200), width, height, order: "bgra" as const } }];
      const roundWith = async (focused: string) => {
        focus(focused);
        const before = verdicts.length;
        const scheduler = startCaptureScheduler({
          capturer: { grab, activeWindow: createActiveWindowProvider("linux", patientExec, env) },
          ingest: (f) => pipeline.ingestFrame(f),
          settings: () => ({ enabled: true, intervalMs: 60_000, pausedUntil: 0, hours: null, allowUnidentified: false }),
          onVerdict: (v) => verdicts.push(v),
        });
        while (verdicts.length === before) await new Promise((r) => setTimeout(r, 20));
        await scheduler.stop();
      };
      await roundWith(vaultId);
      expect(verdicts[0]).toMatchObject({ status: "excluded", reason: "excluded app (Bitwarden)" });
      expect((db.prepare("SELECT COUNT(*) AS n FROM frames").get() as { n: number }).n).toBe(0);
      await roundWith(notesId);
      expect(verdicts[1]?.status, verdicts[1]?.reason).toBe("stored");
      expect(db.prepare("SELECT app, window_title AS title FROM frames").all()).toEqual([{ app: "Xmessage", title: "Shopping list" }]);
      expect(readdirSync(join(dir, "frames"), { recursive: true }).filter((f) => String(f).endsWith(".png"))).toHaveLength(1);
      await pipeline.close();
      db.close();
    }, 60_000);
  },
);
