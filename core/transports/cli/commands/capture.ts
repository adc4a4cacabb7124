import type { Command } from "commander";
import { watch } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { ApiError } from "../../../api/errors.js";
import type { CapturedFile, CaptureFileRequest, EngramApi } from "../../../api/types.js";
import { envText } from "../../../config/env.js";
import { CliError } from "../cli-error.js";
import { printJson, withApi } from "../cli-context.js";
import { counted, formatBytes, progressBar } from "../progress.js";

/** Image files capture commands pick up. */
const IMAGE_EXT = new Set([".png", ".jpg", ".jpeg", ".webp"]);

interface FrameFlags {
  app?: string;
  title?: string;
  url?: string;
  display?: string;
  db?: string;
  json?: boolean;
}

/** Reads a passphrase from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((done) => {
    const { stdin, stderr } = process;
    stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    let value = "";
    const onData = (buf: Buffer) => {
      for (const ch of buf.toString("utf8")) {
        if (ch === "\r" || ch === "\n" || ch === "\u0004") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          stderr.write("\n");
          return done(value);
        }
        if (ch === "\u0003") process.kill(process.pid, "SIGINT");
        else if (ch === "\u007f") value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on("data", onData);
  });
}

/**
 * How `engram capture` asks for the vault's passphrase (ApiContext.askPassphrase): from
 * ENGRAM_VAULT_PASSPHRASE, else on the terminal (no echo) when there is one; null without one
 * (redacted values are then dropped).
 */
async function askPassphrase(ask: { purpose: string; newVault: boolean }): Promise<string | null> {
  const pass = envText("ENGRAM_VAULT_PASSPHRASE") ?? "";
  if (pass || !process.stdin.isTTY || !process.stderr.isTTY) return pass || null;
  return (await promptHidden(`Vault passphrase ${ask.newVault ? "(new vault) " : ""}to ${ask.purpose} (Enter to skip): `)) || null;
}

/** Runs `fn` with the API over the `--db` database; the capture pipeline embeds in batches. */
function withCapture<T>(flags: { db?: string }, fn: (api: EngramApi) => Promise<T>): Promise<T> {
  return withApi({ db: flags.db, embedder: "batch", askPassphrase }, ({ api }) => fn(api));
}

function frameOptions(cmd: Command): Command {
  return cmd
    .option("--app <name>", "the app the screenshot shows")
    .option("--title <title>", "its window title")
    .option("--url <url>", "its URL (browsers)")
    .option("--display <n>", "display number", "0")
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .option("--json", "print JSON on stdout");
}

function displayOf(flags: FrameFlags): number {
  const n = Number(flags.display ?? 0);
  if (!Number.isInteger(n) || n < 0) throw new CliError(`--display must be a non-negative integer (got "${flags.display}")`, 2);
  return n;
}

/** Ingests one file through the API; `error` verdicts name the file. */
function ingestFile(api: EngramApi, file: string, flags: FrameFlags, capturedAt?: number): Promise<CapturedFile> {
  const req: CaptureFileRequest = { path: file, display: displayOf(flags) };
  if (capturedAt !== undefined) req.capturedAt = capturedAt;
  if (flags.app !== undefined) req.app = flags.app;
  if (flags.title !== undefined) req.windowTitle = flags.title;
  if (flags.url !== undefined) req.url = flags.url;
  return api.captureFile(req);
}

/** @throws CliError (exit code 1) when some files could not be ingested (their errors were printed). */
function failIfErrors(verdicts: CapturedFile[]): void {
  const n = verdicts.filter((v) => v.status === "error").length;
  if (n) throw new CliError(`${n} of ${verdicts.length} files could not be ingested (nothing was stored for them)`);
}

function describe(v: CapturedFile): string {
  if (v.status === "error") return `${v.file}: error: ${v.error}`;
  if (v.status !== "stored") return `${v.file}: ${v.status} (${v.reason})`;
  const red = Object.entries(v.redactions ?? {})
    .map(([k, n]) => `${n} ${k}`)
    .join(", ");
  const conf = v.confidence == null ? "" : `, confidence ${v.confidence}`;
  return `${v.file}: stored as frame #${v.frameId}${v.keyframe ? " (keyframe)" : ""} (${v.words} words${conf}${red ? `; redacted ${red}${v.vaulted ? `, ${v.vaulted} kept in the vault` : ", dropped"}` : ""})`;
}

async function imagesIn(dir: string): Promise<Array<{ file: string; mtime: number }>> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    throw new CliError(`${dir}: ${(err as NodeJS.ErrnoException).code === "ENOENT" ? "no such folder" : (err as Error).message}`);
  }
  const files = await Promise.all(
    names
      .filter((n) => IMAGE_EXT.has(extname(n).toLowerCase()))
      .map(async (n) => ({ file: join(dir, n), mtime: Math.round((await stat(join(dir, n))).mtimeMs) })),
  );
  return files.sort((a, b) => a.mtime - b.mtime || a.file.localeCompare(b.file));
}

/** Waits until a file's size stops changing (another program may still be writing it). */
async function settled(file: string): Promise<boolean> {
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const size = await stat(file).then(
      (s) => s.size,
      () => -1,
    );
    if (size < 0) return false;
    if (size === last && size > 0) return true;
    last = size;
    await new Promise((r) => setTimeout(r, 150));
  }
  return true;
}

/** `engram capture ...`: screenshots into memory (add, import, watch, settings, status, prune, pin, redactions). */
export function register(program: Command): void {
  const capture = program.command("capture").description("screen capture: screenshots become searchable memories");

  frameOptions(capture.command("add").description("ingest screenshots (one verdict per file)").argument("<image...>", "PNG, JPEG or WebP files"))
    .option("--at <time>", "when they were taken (ISO 8601; default: each file's modification time)")
    .action(async (files: string[], flags: FrameFlags & { at?: string }) => {
      // chrono-node (dates in words) loads only when a date is given
      const at = flags.at ? (await import("../../../time/args.js")).parseDateArg(flags.at, "--at") : undefined;
      displayOf(flags);
      const verdicts = await withCapture(flags, async (api) => {
        const out: CapturedFile[] = [];
        for (const f of files) out.push(await ingestFile(api, resolve(f), flags, at));
        return out;
      });
      if (flags.json) printJson({ frames: verdicts });
      else for (const v of verdicts) process.stdout.write(`${describe(v)}\n`);
      failIfErrors(verdicts);
    });

  frameOptions(
    capture
      .command("import")
      .description("ingest a folder of existing screenshots, timed by file modification time")
      .argument("<dir>", "folder of PNG/JPEG/WebP files"),
  ).action(async (dir: string, flags: FrameFlags) => {
    displayOf(flags);
    const files = await imagesIn(resolve(dir));
    const verdicts = await withCapture(flags, async (api) => {
      const bar = progressBar(dir);
      const out: CapturedFile[] = [];
      try {
        for (const [i, f] of files.entries()) {
          out.push(await ingestFile(api, f.file, flags, f.mtime));
          bar.update(i + 1, files.length, `${i + 1}/${files.length} frames`);
        }
      } finally {
        bar.stop();
      }
      return out;
    });
    const tally = (s: string) => verdicts.filter((v) => v.status === s).length;
    const summary = {
      files: files.length,
      stored: tally("stored"),
      duplicate: tally("duplicate"),
      excluded: tally("excluded"),
      paused: tally("paused"),
      errors: tally("error"),
    };
    if (flags.json) printJson({ ...summary, frames: verdicts });
    else {
      for (const v of verdicts.filter((x) => x.status === "error")) process.stdout.write(`${describe(v)}\n`);
      process.stdout.write(
        `${dir}: ${summary.files} images: ${summary.stored} stored, ${summary.duplicate} duplicates, ${summary.excluded} excluded, ${summary.paused} paused, ${summary.errors} errors\n`,
      );
    }
    failIfErrors(verdicts);
  });

  frameOptions(
    capture
      .command("watch")
      .description("ingest screenshots as they appear in a folder (Ctrl+C stops)")
      .argument("<dir>", "folder another tool saves screenshots into"),
  ).action(async (dir: string, flags: FrameFlags) => {
    displayOf(flags);
    const folder = resolve(dir);
    await imagesIn(folder); // fails clearly when the folder is missing
    await withCapture(flags, async (api) => {
      const pending = new Set<string>();
      const done = new Set<string>(); // file|mtime|size of what was ingested: a rewritten file counts again
      let queue = Promise.resolve();
      const watcher = watch(folder, (_event, name) => {
        if (!name || !IMAGE_EXT.has(extname(name).toLowerCase())) return;
        const file = join(folder, name.toString());
        if (pending.has(file)) return;
        pending.add(file);
        queue = queue.then(async () => {
          try {
            if (!(await settled(file))) return;
            const info = await stat(file);
            const key = `${file}|${info.mtimeMs}|${info.size}`;
            if (done.has(key)) return;
            done.add(key);
            const v = await ingestFile(api, file, flags);
            process.stdout.write(flags.json ? `${JSON.stringify(v)}\n` : `${describe(v)}\n`);
          } catch (err) {
            process.stderr.write(`engram: ${file}: ${(err as Error).message}\n`);
          } finally {
            pending.delete(file);
          }
        });
      });
      process.stderr.write(`watching ${folder} for screenshots (Ctrl+C stops)\n`);
      await new Promise<void>((done) => {
        const stop = () => {
          // removed after this signal's listeners ran: a library's signal-exit listener (loaded
          // with the capture pipeline) re-raises the signal when it finds itself alone
          setImmediate(() => {
            process.off("SIGINT", stop);
            process.off("SIGTERM", stop);
          });
          watcher.close();
          done();
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      });
      await queue;
    });
  });

  capture
    .command("settings")
    .description("show or change capture settings (interval, pause, hours, exclusions, retention, redaction, OCR)")
    .option("--set <name=value...>", 'e.g. --set enabled=true intervalMs=10000 paused=true excludedApps=Slack,Signal hours=\'{"start":"09:00","end":"18:00"}\'')
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .option("--json", "print JSON on stdout")
    .action(async (flags: { set?: string[]; db?: string; json?: boolean }) => {
      const s = await withApi(flags, ({ api }) =>
        api.captureConfig(flags.set?.length ? { set: flags.set } : {}).catch((err: unknown) => {
          throw flags.set?.length && err instanceof ApiError && err.code === "bad_request" ? new CliError(err.message, 2) : err;
        }),
      );
      if (flags.json) return printJson(s);
      const { PAUSED_FOREVER } = await import("../../../api/capture-admin.js");
      for (const [k, v] of Object.entries(s)) {
        const shown = k === "pausedUntil" && v === PAUSED_FOREVER ? "until resumed" : JSON.stringify(v);
        process.stdout.write(`${k}: ${shown}\n`);
      }
    });

  capture
    .command("status")
    .description("storage used by capture: frames, bytes on disk, oldest and newest frame, vault")
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .option("--json", "print JSON on stdout")
    .action(async (flags: { db?: string; json?: boolean }) => {
      const status = await withApi(flags, ({ api }) => api.captureStorage({}));
      if (flags.json) return printJson(status);
      const when = (ms: number | null) => (ms == null ? "—" : new Date(ms).toISOString().replace(".000Z", "Z"));
      process.stdout.write(
        `capture: ${status.enabled ? "on" : "off"}${status.paused ? ", paused" : ""}\n` +
          `frames: ${status.frames} (${status.keyframes} keyframes, ${status.pinned} pinned), ${formatBytes(status.bytes)} of images in ${status.framesDir ?? "—"}\n` +
          `oldest: ${when(status.oldest)}  newest: ${when(status.newest)}\n` +
          `vault: ${status.vault.exists ? `${status.vault.items} items, unlocks with ${status.vault.unlockWith.join(", ")}` : "not created"}\n`,
      );
    });

  capture
    .command("prune")
    .description("apply retention now: delete frames older than retentionDays, then the oldest until under retentionMaxBytes (never pinned ones)")
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .option("--json", "print JSON on stdout")
    .action(async (flags: { db?: string; json?: boolean }) => {
      const r = await withApi(flags, ({ api }) => api.pruneCapture({}));
      if (flags.json) return printJson(r);
      process.stdout.write(`pruned ${counted(r.frames, "frame")}, ${formatBytes(r.bytes)} of images\n`);
    });

  capture
    .command("pin")
    .description("pin frames so retention never deletes them (--unpin to release)")
    .argument("<frame-id...>", "frame ids")
    .option("--unpin", "release the pin")
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .action(async (ids: string[], flags: { unpin?: boolean; db?: string }) => {
      const nums = ids.map((i) => {
        const n = Number(i);
        if (!Number.isInteger(n) || n < 1) throw new CliError(`frame id must be a positive integer (got "${i}")`, 2);
        return n;
      });
      const { missing } = await withApi(flags, ({ api }) => api.pinFrames({ ids: nums, pinned: !flags.unpin }));
      if (missing.length) throw new CliError(`no frame ${missing.join(", ")}`);
    });

  capture
    .command("redactions")
    .description("list values redacted from captures and kept in the vault (--reveal decrypts them; needs the passphrase)")
    .option("--reveal", "show the values")
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .option("--json", "print JSON on stdout")
    .action(async (flags: { reveal?: boolean; db?: string; json?: boolean }) => {
      const { items } = await withApi({ ...flags, askPassphrase }, ({ api }) =>
        api.listRedactions({ reveal: !!flags.reveal }).catch((err: unknown) => {
          if (err instanceof ApiError && err.code === "unavailable" && err.field === "passphrase")
            throw new CliError("--reveal needs the vault passphrase (ENGRAM_VAULT_PASSPHRASE or the prompt)");
          throw err;
        }),
      );
      if (flags.json) return printJson({ items });
      if (!items.length) return void process.stdout.write("No redacted values in the vault.\n");
      for (const i of items)
        process.stdout.write(
          `#${i.id} ${i.kind} (${i.label ?? "no label"}, ${new Date(i.createdAt).toISOString()})${i.value !== undefined ? `: ${i.value}` : ""}\n`,
        );
    });
}
