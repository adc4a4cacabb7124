/**
 * Capture benchmark: `npm run bench:capture -- [--dir DIR] [--out FILE] [--workers N]`.
 *
 * Feeds a sequence of screenshots through the real capture pipeline (dedup, tesseract OCR with the
 * block cache, redaction, WebP storage, USE-lite embedding, SQLite) into a fresh database and
 * measures, per frame, the process CPU time (all threads: OCR workers, embedder, sharp) and wall
 * time. Reports: ms of CPU per changed (stored) frame — overall and by kind of change —, ms per
 * duplicate check (thumbnail + dHash + pixel difference on the decoded frame; PNG decoding is
 * reported apart, the desktop app hands over raw bitmaps), bytes stored per frame, and the share of
 * frames skipped as duplicates.
 *
 * Without --dir it renders a realistic 1920×1080 sequence in headless Chromium: documentation
 * pages from /usr/share/doc opened, read (still frames), scrolled and revisited, an editor-like
 * page being typed into, and a dark-theme page. With --dir it reads PNG/JPEG/WebP files in name
 * order, 5 s apart. Model loading and a first, uncached OCR of frame 1 happen before the
 * measured run (their CPU is reported as warm-up). Writes JSON (default bench/results/capture.json).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { compareFrames, signature } from "../core/capture/dedup.js";
import { BlockOcr } from "../core/capture/block-ocr.js";
import { decodeImage, toGray } from "../core/capture/image.js";
import { createOcrPool } from "../core/capture/ocr.js";
import { createCapturePipeline, type FrameVerdict } from "../core/capture/pipeline.js";
import { openDatabase } from "../core/db/connection.js";
import { createEmbedder } from "../models/embedders.js";
import { docPages, openScreenshotter, textPage } from "../test/fixtures/screenshots.js";
import { percentile } from "./lib/metrics.js";
import { parseFlags, printTable, writeJson } from "./lib/table.js";

interface Frame {
  label: string;
  /** new page | scroll | typing | revisit | still (what the sequence did; the pipeline decides) */
  kind: string;
  png: Buffer;
}

const flags = parseFlags(process.argv.slice(2));
const out = flags.out ?? "bench/results/capture.json";

/** The generated sequence: every entry is one 5-second capture. */
async function generate(): Promise<Frame[]> {
  const shots = await openScreenshotter();
  const size = { width: 1920, height: 1080 };
  const docs = docPages(8000).slice(0, 3);
  if (docs.length < 3) throw new Error("need 3 HTML pages under /usr/share/doc to generate a sequence (or pass --dir)");
  const frames: Frame[] = [];
  const shot = async (label: string, kind: string, png: Promise<Buffer> | Buffer, still = 0) => {
    const bytes = await png;
    frames.push({ label, kind, png: bytes });
    for (let i = 0; i < still; i++) frames.push({ label, kind: "still", png: bytes });
  };
  const name = (f: string) => f.replace("/usr/share/doc/", "");
  try {
    const [a, b, c] = docs as [string, string, string];
    await shot(`${name(a)} top`, "new page", shots.file(a, size), 3);
    await shot(`${name(a)} +300px`, "scroll", shots.file(a, { ...size, scrollY: 300 }), 2);
    await shot(`${name(a)} +600px`, "scroll", shots.file(a, { ...size, scrollY: 600 }), 1);
    await shot(`${name(b)} top`, "new page", shots.file(b, size), 2);
    await shot(`${name(b)} +250px`, "scroll", shots.file(b, { ...size, scrollY: 250 }), 1);
    const lines = [
      "Meeting notes, Tuesday: the release moves to the 14th.",
      "Ask Priya about the migration plan for the billing database.",
      "The staging cluster needs two more nodes before the load test.",
      "Draft the announcement for the customer newsletter.",
      "Remember to renew the TLS certificates on the edge proxies.",
    ];
    for (let n = 1; n <= lines.length; n++) {
      await shot(`editor, ${n} lines`, "typing", shots.html(textPage("notes.md — Editor", lines.slice(0, n), { fontPx: 15 }), size), n === lines.length ? 2 : 0);
    }
    await shot(`${name(a)} top again`, "revisit", shots.file(a, size), 1);
    await shot(`${name(c)} top`, "new page", shots.file(c, size), 1);
    await shot(`${name(c)} +400px`, "scroll", shots.file(c, { ...size, scrollY: 400 }), 3);
    const dark = textPage("Terminal", Array.from({ length: 12 }, (_, i) => `$ make test  # run ${i + 1}: 214 passed, 0 failed in ${(3.1 + i / 10).toFixed(1)}s`), { dark: true, fontPx: 14 });
    await shot("dark terminal page", "new page", shots.html(dark, size), 2);
    await shot(`${name(b)} +250px again`, "revisit", shots.file(b, { ...size, scrollY: 250 }), 1);
  } finally {
    await shots.close();
  }
  return frames;
}

function fromDir(dir: string): Frame[] {
  return readdirSync(dir)
    .filter((f) => [".png", ".jpg", ".jpeg", ".webp"].includes(extname(f).toLowerCase()))
    .sort()
    .map((f) => ({ label: f, kind: "file", png: readFileSync(join(dir, f)) }));
}

const frames = flags.dir ? fromDir(flags.dir) : await generate();
if (frames.length === 0) throw new Error(`${flags.dir}: no PNG, JPEG or WebP files`);
process.stderr.write(`bench: ${frames.length} frames\n`);

const tmp = mkdtempSync(join(tmpdir(), "engram-bench-capture-"));
const db = openDatabase(join(tmp, "engram.db"));
const embedder = await createEmbedder();
const ocr = createOcrPool({ workers: Number(flags.workers ?? 1) });
// warm up: model load, OCR worker start and the first recognition (tesseract allocates its
// network, V8 compiles the pixel loops) are one-off costs per process, reported apart
const warm0 = process.cpuUsage();
await embedder.embed(["warm up"]);
await new BlockOcr(ocr).recognize(toGray(await decodeImage(frames[0]!.png, frames[0]!.label)));
const warmUp = process.cpuUsage(warm0);
const pipeline = await createCapturePipeline({ db, embedder, framesDir: join(tmp, "frames"), ocr });

interface Row {
  frame: string;
  kind: string;
  verdict: string;
  cpu_ms: number;
  wall_ms: number;
  decode_ms: number;
  dedup_ms: number;
  ocr_ms: number;
  blocks: string;
  bytes: number;
}
const rows: Row[] = [];
const start = Date.now() - frames.length * 5000;
for (const [i, f] of frames.entries()) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const v: FrameVerdict = await pipeline.ingestFrame({ png: f.png, capturedAt: start + i * 5000, app: "Chromium", windowTitle: null, name: f.label });
  const c = process.cpuUsage(c0);
  const bytes = v.frameId ? (db.prepare("SELECT bytes FROM frames WHERE id = ?").get(v.frameId) as { bytes: number }).bytes : 0;
  rows.push({
    frame: f.label.slice(0, 48), kind: f.kind, verdict: v.status, cpu_ms: Math.round((c.user + c.system) / 1000), wall_ms: Math.round(performance.now() - t0),
    decode_ms: v.timings.decodeMs ?? 0, dedup_ms: v.timings.dedupMs ?? 0, ocr_ms: Math.round(v.timings.ocrMs ?? 0), blocks: v.blocks ? `${v.blocksRead}/${v.blocks}` : "", bytes,
  });
  process.stderr.write(`  ${i + 1}/${frames.length} ${v.status} ${rows.at(-1)!.cpu_ms} ms CPU\n`);
}
await pipeline.close();
await ocr.close();

// the duplicate check alone, on a decoded 1920×1080 frame: signature + comparison, 200 times
const raw = await decodeImage(frames[0]!.png, frames[0]!.label);
const prev = { ...signature(raw), capturedAt: 0, app: null, windowTitle: null, url: null };
const checkTimes: number[] = [];
for (let i = 0; i < 200; i++) {
  const t0 = performance.now();
  compareFrames(prev, { ...signature(raw), capturedAt: 1, app: null, windowTitle: null, url: null }, { hashThreshold: 10, diffThreshold: 0.002, keyframeMs: 300_000 });
  checkTimes.push(performance.now() - t0);
}

const stored = rows.filter((r) => r.verdict === "stored");
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);
db.pragma("wal_checkpoint(TRUNCATE)");
const dbBytes = readdirSync(tmp).filter((f) => f.startsWith("engram.db")).reduce((n, f) => n + statSync(join(tmp, f)).size, 0);
const byKind = [...new Set(stored.map((r) => r.kind))].map((kind) => {
  const xs = stored.filter((r) => r.kind === kind).map((r) => r.cpu_ms);
  return { changed_frames: kind, n: xs.length, cpu_ms_mean: Math.round(mean(xs)), cpu_ms_p50: percentile(xs, 50), cpu_ms_max: Math.max(...xs) };
});
const cpus = stored.map((r) => r.cpu_ms);
const summary = {
  frames: rows.length,
  resolution: `${raw.width}x${raw.height}`,
  stored: stored.length,
  duplicates: rows.filter((r) => r.verdict === "duplicate").length,
  duplicate_share: rows.filter((r) => r.verdict === "duplicate").length / rows.length,
  cpu_ms_per_changed_frame: { mean: Math.round(mean(cpus)), p50: percentile(cpus, 50), p95: percentile(cpus, 95), max: Math.max(...cpus) },
  cpu_ms_per_duplicate_frame: Math.round(mean(rows.filter((r) => r.verdict === "duplicate").map((r) => r.cpu_ms))),
  dedup_check_ms: { mean: mean(checkTimes), p95: percentile(checkTimes, 95), in_pipeline_mean: mean(rows.map((r) => r.dedup_ms)) },
  png_decode_ms_mean: mean(rows.map((r) => r.decode_ms)),
  image_bytes_per_stored_frame: Math.round(mean(stored.map((r) => r.bytes))),
  db_bytes_per_stored_frame: Math.round(dbBytes / Math.max(1, stored.length)),
  warm_up_cpu_ms: Math.round((warmUp.user + warmUp.system) / 1000),
  cores: (await import("node:os")).availableParallelism(),
};

printTable(rows.map((r) => ({ ...r })), 1);
process.stdout.write("\n");
printTable(byKind, 0);
process.stdout.write("\n");
printTable(
  [
    { metric: "frames (stored / duplicates)", value: `${summary.frames} (${summary.stored} / ${summary.duplicates})` },
    { metric: "share skipped as duplicates", value: `${(summary.duplicate_share * 100).toFixed(0)}%` },
    { metric: "CPU ms per changed frame: mean / p50 / p95", value: `${summary.cpu_ms_per_changed_frame.mean} / ${summary.cpu_ms_per_changed_frame.p50} / ${summary.cpu_ms_per_changed_frame.p95}` },
    { metric: "CPU ms per duplicate frame (decode included)", value: String(summary.cpu_ms_per_duplicate_frame) },
    { metric: "duplicate check ms (decoded frame): mean / p95", value: `${summary.dedup_check_ms.mean.toFixed(2)} / ${summary.dedup_check_ms.p95.toFixed(2)}` },
    { metric: "PNG decode ms (files only)", value: summary.png_decode_ms_mean.toFixed(1) },
    { metric: "image bytes per stored frame", value: String(summary.image_bytes_per_stored_frame) },
    { metric: "database bytes per stored frame", value: String(summary.db_bytes_per_stored_frame) },
    { metric: "one-off warm-up CPU ms (first OCR + embedding)", value: String(summary.warm_up_cpu_ms) },
  ],
  1,
);
writeJson(out, { summary, by_kind: byKind, frames: rows });
process.stderr.write(`bench: wrote ${out}\n`);
db.close();
rmSync(tmp, { recursive: true, force: true });
