import type { Command } from "commander";
import { watch } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { createEmbedder } from "../../../../models/embedders.js";
import { DEFAULT_EXCLUDED_APPS, DEFAULT_EXCLUDED_TITLES } from "../../../capture/exclusions.js";
import { frameStats, pinFrame } from "../../../capture/frames.js";
import { createCapturePipeline, type CapturePipeline, type FrameVerdict } from "../../../capture/pipeline.js";
import { pruneFrames } from "../../../capture/retention.js";
import { loadCaptureSettings, parseSettingAssignment, PAUSED_FOREVER, saveCaptureSettings, type CaptureSettings } from "../../../capture/settings.js";
import { framesDirFor } from "../../../capture/storage.js";
import type { EngramDb } from "../../../db/connection.js";
import { passphraseKeySource } from "../../../vault/keys.js";
import { listVaultItems, openVault, vaultExists, vaultKeyKinds, type Vault } from "../../../vault/vault.js";
import { parseDateArg } from "../../../time/args.js";
import { CliError, printJson, withDb } from "../cli-context.js";
import { formatBytes, progressBar } from "../progress.js";
import { envText } from "../../../config/env.js";

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

/** One line of output per frame: the verdict, or the error for that file. */
type FileVerdict = { file: string } & (Omit<FrameVerdict, "timings"> | { status: "error"; error: string });

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
 * The vault for this command: passphrase from ENGRAM_VAULT_PASSPHRASE, else asked on the terminal
 * (no echo) when there is one; null without a passphrase (redacted values are then dropped).
 * @throws CliError when the passphrase is wrong.
 */
async function cliVault(db: EngramDb, purpose: string): Promise<Vault | null> {
  let pass = envText("ENGRAM_VAULT_PASSPHRASE") ?? "";
  if (!pass && process.stdin.isTTY && process.stderr.isTTY) {
    pass = await promptHidden(`Vault passphrase ${vaultExists(db) ? "" : "(new vault) "}to ${purpose} (Enter to skip): `);
  }
  if (!pass) return null;
  try {
    return await openVault(db, passphraseKeySource(pass));
  } catch (err) {
    throw new CliError((err as Error).message);
  }
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

/** Opens the database and a pipeline (real embedder, vault on demand), runs `fn`, closes both. */
async function withPipeline<T>(flags: FrameFlags, fn: (p: CapturePipeline, db: EngramDb) => Promise<T>): Promise<T> {
  const embedder = await createEmbedder();
  return withDb(flags, async (db, path) => {
    const pipeline = await createCapturePipeline({ db, embedder, framesDir: framesDirFor(path), vault: () => cliVault(db, "keep redacted values") });
    try {
      return await fn(pipeline, db);
    } finally {
      await pipeline.close();
    }
  });
}

/** Ingests one file; errors become an `error` verdict naming the file. */
async function ingestFile(p: CapturePipeline, file: string, flags: FrameFlags, capturedAt?: number): Promise<FileVerdict> {
  try {
    const [bytes, info] = await Promise.all([readFile(file), stat(file)]);
    const { timings: _t, ...verdict } = await p.ingestFrame({
      png: bytes,
      capturedAt: capturedAt ?? Math.round(info.mtimeMs),
      display: displayOf(flags),
      app: flags.app ?? null,
      windowTitle: flags.title ?? null,
      url: flags.url ?? null,
      name: file,
    });
    return { file, ...verdict };
  } catch (err) {
    if (err instanceof CliError) throw err;
    const message = (err as NodeJS.ErrnoException).code === "ENOENT" ? `${file}: no such file` : (err as Error).message;
    return { file, status: "error", error: message };
  }
}

/** @throws CliError (exit code 1) when some files could not be ingested (their errors were printed). */
function failIfErrors(verdicts: FileVerdict[]): void {
  const n = verdicts.filter((v) => v.status === "error").length;
  if (n) throw new CliError(`${n} of ${verdicts.length} files could not be ingested (nothing was stored for them)`);
}

function describe(v: FileVerdict): string {
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

function settingsView(s: CaptureSettings): Record<string, unknown> {
  return {
    ...s,
    paused: s.pausedUntil > Date.now(),
    builtInExclusions: s.defaultExclusions ? { apps: DEFAULT_EXCLUDED_APPS, titles: DEFAULT_EXCLUDED_TITLES } : null,
  };
}

/** `engram capture ...`: screenshots into memory (add, import, watch, settings, status, prune, pin, redactions). */
export function register(program: Command): void {
  const capture = program.command("capture").description("screen capture: screenshots become searchable memories");

  frameOptions(capture.command("add").description("ingest screenshots (one verdict per file)").argument("<image...>", "PNG, JPEG or WebP files"))
    .option("--at <time>", "when they were taken (ISO 8601; default: each file's modification time)")
    .action(async (files: string[], flags: FrameFlags & { at?: string }) => {
      const at = flags.at ? parseDateArg(flags.at, "--at") : undefined;
      displayOf(flags);
      const verdicts = await withPipeline(flags, async (p) => {
        const out: FileVerdict[] = [];
        for (const f of files) out.push(await ingestFile(p, resolve(f), flags, at));
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
    const verdicts = await withPipeline(flags, async (p) => {
      const bar = progressBar(dir);
      const out: FileVerdict[] = [];
      try {
        for (const [i, f] of files.entries()) {
          out.push(await ingestFile(p, f.file, flags, f.mtime));
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
    await withPipeline(flags, async (p) => {
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
            const v = await ingestFile(p, file, flags);
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
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
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
      const s = await withDb(flags, (db) => {
        if (!flags.set?.length) return loadCaptureSettings(db);
        let patch: Partial<CaptureSettings> = {};
        try {
          for (const a of flags.set) patch = { ...patch, ...parseSettingAssignment(a) };
          return saveCaptureSettings(db, patch);
        } catch (err) {
          throw new CliError((err as Error).message, 2);
        }
      });
      if (flags.json) return printJson(settingsView(s));
      for (const [k, v] of Object.entries(settingsView(s))) {
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
      const status = await withDb(flags, (db, path) => {
        const s = loadCaptureSettings(db);
        return {
          enabled: s.enabled,
          paused: s.pausedUntil > Date.now(),
          framesDir: framesDirFor(path),
          ...frameStats(db),
          vault: { exists: vaultExists(db), unlockWith: vaultKeyKinds(db), items: listVaultItems(db, { limit: 1_000_000 }).length },
        };
      });
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
      const r = await withDb(flags, (db, path) => {
        const s = loadCaptureSettings(db);
        return pruneFrames(db, framesDirFor(path), { maxAgeDays: s.retentionDays, maxBytes: s.retentionMaxBytes, now: Date.now() });
      });
      if (flags.json) return printJson(r);
      process.stdout.write(`pruned ${r.frames} frames, ${formatBytes(r.bytes)} of images\n`);
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
      const missing = await withDb(flags, (db) => nums.filter((n) => !pinFrame(db, n, !flags.unpin)));
      if (missing.length) throw new CliError(`no frame ${missing.join(", ")}`);
    });

  capture
    .command("redactions")
    .description("list values redacted from captures and kept in the vault (--reveal decrypts them; needs the passphrase)")
    .option("--reveal", "show the values")
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .option("--json", "print JSON on stdout")
    .action(async (flags: { reveal?: boolean; db?: string; json?: boolean }) => {
      const items = await withDb(flags, async (db) => {
        const list = listVaultItems(db);
        const vault = flags.reveal && list.length ? await cliVault(db, "reveal redacted values") : null;
        if (flags.reveal && list.length && !vault) throw new CliError("--reveal needs the vault passphrase (ENGRAM_VAULT_PASSPHRASE or the prompt)");
        return list.map((i) => ({ ...i, value: vault ? vault.get(i.id) : undefined }));
      });
      if (flags.json) return printJson({ items });
      if (!items.length) return void process.stdout.write("No redacted values in the vault.\n");
      for (const i of items)
        process.stdout.write(
          `#${i.id} ${i.kind} (${i.label ?? "no label"}, ${new Date(i.createdAt).toISOString()})${i.value !== undefined ? `: ${i.value}` : ""}\n`,
        );
    });
}
