/**
 * Capture benchmark: `npm run bench:capture -- [--dir DIR] [--dense N] [--repeat N] [--scales 0.8,1,1.5] [--ocr-data DIR] [--out FILE] [--workers N]`.
 *
 * Feeds screenshots through the real capture pipeline (dedup, tesseract OCR with the block cache,
 * redaction, the stored PNG copy, USE-lite embedding, SQLite) into a fresh database and measures, per
 * frame, the process CPU time (all threads: OCR worker, embedder, sharp) and wall time. Frames go
 * in as raw BGRA bitmaps, as the desktop app hands them over (Electron's NativeImage.toBitmap,
 * electron/capture/electron-capturer.ts); PNG decoding and the byte reordering are done before.
 *
 * Without --dir it renders, in headless Chromium at 1920×1080, (1) a realistic sequence:
 * documentation pages from /usr/share/doc opened, read (still frames), scrolled and revisited, an
 * editor-like page typed into, a dark-theme page; then (2) the N (default 5) most text-dense first
 * screens among the other pages, each seen for the first time. Every screenshot comes with the
 * words Chromium shows (bench/lib/capture-frames.ts), so the stored text is scored: word recall =
 * share of the words on screen found in the frame's stored text. With --scales, the dense pages are
 * also read by the block OCR alone at each input scale (CPU and word recall per scale). With --dir
 * it reads PNG/JPEG/WebP files in name order, 5 s apart (no known text, no accuracy). OCR reads the
 * app's default model (English: tessdata_fast, shipped in models/ocr); --ocr-data reads the models
 * of a folder instead (as the setting capture.ocrDataDir), e.g.
 * node_modules/@tesseract.js-data/eng/4.0.0_best_int for the model used before.
 *
 * --repeat N runs the frames N times, each pass through a fresh pipeline (new database and block
 * cache; the model loads and the screenshots are shared), and reports each pass's figures beside
 * the pooled ones: the CPU of one pass varies by up to ~25 % with the machine's load.
 *
 * A revisited screen (the sequence switches back to a page already captured) is stored repeating
 * that capture's text and image (core/capture/revisits.ts): the per-frame table's `same_as` names
 * the frame repeated; such a frame records 0 image bytes (it wrote no file).
 *
 * First dense page after a start (`--first N` rounds, default one per dense page, 0 skips): the app
 * starts a fresh OCR pool with each pipeline, and a fresh worker's first readings cost more (V8
 * compiles tesseract's WebAssembly lazily). Each round reads one dense page as the first frame of a
 * new pipeline (fresh database, memories off) three times, the variants in rotated order: `before`,
 * over a fresh OCR pool without the pipeline's OCR warm-up (option warmUp false: the worker starts
 * on that frame, as before); `after`, over a fresh pool with it, waited for before the frame is given
 * (its CPU reported apart, as a one-off start cost); `warm pool`, over the bench's own pool, warm
 * from the passes (what the same page costs a pipeline later on). None of the bench's own warm-up
 * applies to the fresh pools.
 *
 * Reports: CPU per changed (stored) frame of the sequence (mean, p50, p95, by kind), CPU per
 * first-seen dense page, word recall, the duplicate check's cost, bytes per frame, the share of
 * duplicates, load average. Model loading, a first OCR and the embedding of a few screen-length
 * texts happen before the measured run (reported as warm-up). Writes JSON (default bench/results/capture.json).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { extname, join } from "node:path";
import { BlockOcr, textOf } from "../core/capture/block-ocr.js";
import { compareFrames, signature } from "../core/capture/dedup.js";
import { decodeImage, toGray, type RawImage } from "../core/capture/image.js";
import { createOcrPool } from "../core/capture/ocr.js";
import { createCapturePipeline, type FrameVerdict } from "../core/capture/pipeline.js";
import { openDatabase } from "../core/db/connection.js";
import { createEmbedder } from "../models/embedders.js";
import { benchFrames, wordRecall, type BenchFrame } from "./lib/capture-frames.js";
import { percentile } from "./lib/metrics.js";
import { parseFlags, printTable, writeJson } from "./lib/table.js";

const flags = parseFlags(process.argv.slice(2));
const out = flags.out ?? "bench/results/capture.json";
const dense = Number(flags.dense ?? 5);
const repeat = Number(flags.repeat ?? 1);
if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat: a whole number of passes ≥ 1, got ${flags.repeat}`);
const firstRounds = Number(flags.first ?? dense);
if (!Number.isInteger(firstRounds) || firstRounds < 0) throw new Error(`--first: a whole number of rounds ≥ 0, got ${flags.first}`);
const scales = flags.scales ? flags.scales.split(",").map(Number) : [];
if (scales.some((s) => !(s > 0))) throw new Error(`--scales: positive numbers separated by commas, got ${flags.scales}`);
const TARGET_MEAN_MS = 300;
const TARGET_FIRST_SEEN_MS = 1500;

function fromDir(dir: string): BenchFrame[] {
  return readdirSync(dir)
    .filter((f) => [".png", ".jpg", ".jpeg", ".webp"].includes(extname(f).toLowerCase()))
    .sort()
    .map((f) => ({ label: f, kind: "file", png: readFileSync(join(dir, f)), words: [] }));
}

const load0 = loadavg();
const frames = flags.dir ? fromDir(flags.dir) : await benchFrames(dense);
if (frames.length === 0) throw new Error(`${flags.dir}: no PNG, JPEG or WebP files`);
process.stderr.write(`bench: ${frames.length} frames\n`);

/** The same pixels in Electron's byte order (NativeImage.toBitmap gives BGRA on every platform). */
function asBgra(img: RawImage): RawImage {
  const data = Buffer.from(img.data);
  for (let i = 0; i < data.length; i += 4) {
    const r = data[i]!;
    data[i] = data[i + 2]!;
    data[i + 2] = r;
  }
  return { data, width: img.width, height: img.height, order: "bgra" };
}

// the app hands over raw BGRA bitmaps: decode first (timed apart), then reorder the bytes
const decodeMs: number[] = [];
const raws: RawImage[] = [];
for (const f of frames) {
  const t0 = performance.now();
  const decoded = await decodeImage(f.png, f.label);
  decodeMs.push(performance.now() - t0);
  raws.push(asBgra(decoded));
}

const embedder = await createEmbedder();
const ocr = createOcrPool({ workers: Number(flags.workers ?? 1), dataDir: flags["ocr-data"] ?? null });
// warm up: model load, OCR worker start and the first recognition (tesseract allocates its
// network, V8 compiles the pixel loops) are one-off costs per process, reported apart; the
// embedder also embeds texts of a screen's length (the dense pages' words, reversed: not the
// texts it will be given), since its first long texts cost more than later ones (in one process,
// passes alternated, HEAD's USE-lite lanes warmed with "warm up" alone took 1,624 and 1,551 ms per
// dense page in their first two passes, then 1,176 and 1,133 like the embedder before them)
const warm0 = process.cpuUsage();
await embedder.embed(["warm up"]);
const screenTexts = frames.filter((f) => f.words.length > 200).map((f) => [...f.words].reverse().join(" "));
for (let k = 0; k < 2; k++) await embedder.embed(screenTexts.length ? screenTexts : ["warm up ".repeat(300)]);
await new BlockOcr(ocr).recognize(toGray(raws[0]!));
const warmUp = process.cpuUsage(warm0);

interface Row {
  pass: number;
  frame: string;
  kind: string;
  verdict: string;
  /** a revisit: the frame whose text and image were repeated (not read, not encoded) */
  same_as: string;
  cpu_ms: number;
  wall_ms: number;
  ocr_ms: number;
  encode_ms: number;
  store_ms: number;
  blocks: string;
  words_on_screen: number;
  words_found: number;
  bytes: number;
}
/**
 * One pass of the frames through a fresh pipeline (new database, frames folder and block cache;
 * the OCR worker and the embedder are shared). Returns its rows and the database's bytes.
 */
async function runPass(pass: number): Promise<{ rows: Row[]; dbBytes: number; load: number }> {
  const load = loadavg()[0]!;
  const tmp = mkdtempSync(join(tmpdir(), "engram-bench-capture-"));
  const db = openDatabase(join(tmp, "engram.db"));
  const pipeline = await createCapturePipeline({ db, embedder, framesDir: join(tmp, "frames"), ocr });
  const textOfSource = db.prepare("SELECT text FROM sources WHERE id = ?");
  const bytesOfFrame = db.prepare("SELECT bytes FROM frames WHERE id = ?");
  const rows: Row[] = [];
  const start = Date.now() - frames.length * 5000;
  for (const [i, f] of frames.entries()) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const v: FrameVerdict = await pipeline.ingestFrame({ raw: raws[i]!, capturedAt: start + i * 5000, app: "Chromium", windowTitle: null, name: f.label });
    const c = process.cpuUsage(c0);
    const wall = performance.now() - t0;
    const score = v.sourceId && f.words.length ? wordRecall(f.words, (textOfSource.get(v.sourceId) as { text: string }).text) : { known: 0, found: 0 };
    rows.push({
      pass,
      frame: f.label.slice(0, 44),
      kind: f.kind,
      verdict: v.status,
      same_as: v.sameAs ? `#${v.sameAs}` : "",
      cpu_ms: Math.round((c.user + c.system) / 1000),
      wall_ms: Math.round(wall),
      ocr_ms: Math.round(v.timings.ocrMs ?? 0),
      encode_ms: Math.round(v.timings.encodeMs ?? 0),
      store_ms: Math.round(v.timings.storeMs ?? 0),
      blocks: v.blocks ? `${v.blocksRead}/${v.blocks}` : "",
      words_on_screen: score.known,
      words_found: score.found,
      bytes: v.frameId ? (bytesOfFrame.get(v.frameId) as { bytes: number }).bytes : 0,
    });
    process.stderr.write(`  pass ${pass + 1}/${repeat}: ${i + 1}/${frames.length} ${v.status} ${rows.at(-1)!.cpu_ms} ms CPU\n`);
  }
  await pipeline.close();
  db.pragma("wal_checkpoint(TRUNCATE)");
  const dbBytes = readdirSync(tmp)
    .filter((f) => f.startsWith("engram.db"))
    .reduce((n, f) => n + statSync(join(tmp, f)).size, 0);
  db.close();
  rmSync(tmp, { recursive: true, force: true });
  return { rows, dbBytes, load };
}

const passes: Array<Awaited<ReturnType<typeof runPass>>> = [];
for (let pass = 0; pass < repeat; pass++) passes.push(await runPass(pass));
const rows = passes.flatMap((p) => p.rows);

// input scale: the dense pages read by the block OCR alone (an empty cache per page), per scale
const denseIdx = frames.flatMap((f, i) => (f.kind === "dense" ? [i] : []));
const scaleRows = [];
for (const scale of scales) {
  let cpu = 0,
    known = 0,
    found = 0,
    worst = 0;
  for (const i of denseIdx) {
    const g = toGray(raws[i]!);
    const c0 = process.cpuUsage();
    const read = await new BlockOcr(ocr, 20_000, { scale }).recognize(g);
    const c = process.cpuUsage(c0);
    const ms = (c.user + c.system) / 1000;
    const s = wordRecall(frames[i]!.words, textOf(read.words));
    cpu += ms;
    worst = Math.max(worst, ms);
    known += s.known;
    found += s.found;
  }
  scaleRows.push({
    scale,
    ocr_cpu_ms_mean: Math.round(cpu / denseIdx.length),
    ocr_cpu_ms_max: Math.round(worst),
    word_recall_pct: Math.round((1000 * found) / Math.max(1, known)) / 10,
  });
  process.stderr.write(`  scale ${scale}: ${scaleRows.at(-1)!.ocr_cpu_ms_mean} ms, ${scaleRows.at(-1)!.word_recall_pct}%\n`);
}
// the first dense page after a pipeline start, without and with the pipeline's OCR warm-up (fresh
// pools), and read by a fresh pipeline over the bench's warm pool (what a later page costs)
type FirstRow = {
  round: number;
  variant: "before" | "after" | "warm pool";
  page: string;
  start_cpu_ms: number;
  frame_cpu_ms: number;
  ocr_wall_ms: number;
  load_1min: number;
};
const firstRows: FirstRow[] = [];
const cpuMs = (c: NodeJS.CpuUsage) => Math.round((c.user + c.system) / 1000);
for (let round = 0; round < (denseIdx.length ? firstRounds : 0); round++) {
  const i = denseIdx[round % denseIdx.length]!;
  const variants = ["before", "after", "warm pool"] as const;
  const order = variants.map((_, k) => variants[(k + round) % variants.length]!);
  for (const variant of round % 2 ? order.reverse() : order) {
    const tmp = mkdtempSync(join(tmpdir(), "engram-bench-first-"));
    const db = openDatabase(join(tmp, "engram.db"));
    const pool = variant === "warm pool" ? ocr : createOcrPool({ workers: Number(flags.workers ?? 1), dataDir: flags["ocr-data"] ?? null });
    const load = loadavg()[0]!;
    const c0 = process.cpuUsage();
    const pipeline = await createCapturePipeline({ db, embedder, framesDir: join(tmp, "frames"), ocr: pool, memories: false, warmUp: variant === "after" });
    await pipeline.ocrReady();
    const start = process.cpuUsage(c0);
    const c1 = process.cpuUsage();
    const v = await pipeline.ingestFrame({ raw: raws[i]!, capturedAt: Date.now() - 1000, app: "Chromium", windowTitle: null, name: frames[i]!.label });
    const frame = process.cpuUsage(c1);
    if (v.status !== "stored") throw new Error(`first dense page ${frames[i]!.label}: ${v.status} (${v.reason})`);
    await pipeline.close();
    if (pool !== ocr) await pool.close();
    db.close();
    rmSync(tmp, { recursive: true, force: true });
    firstRows.push({
      round: round + 1,
      variant,
      page: frames[i]!.label.slice(0, 44),
      start_cpu_ms: cpuMs(start),
      frame_cpu_ms: cpuMs(frame),
      ocr_wall_ms: Math.round(v.timings.ocrMs ?? 0),
      load_1min: Math.round(load * 100) / 100,
    });
    process.stderr.write(`  first page after a start, round ${round + 1}/${firstRounds} ${variant}: start ${cpuMs(start)} ms, page ${cpuMs(frame)} ms CPU\n`);
  }
}
await ocr.close();

// the duplicate check alone, on a decoded 1920×1080 frame: signature + comparison, 200 times
const raw = raws[0]!;
const prev = { ...signature(raw), capturedAt: 0, app: null, windowTitle: null, url: null };
const checkTimes: number[] = [];
for (let i = 0; i < 200; i++) {
  const t0 = performance.now();
  compareFrames(
    prev,
    { ...signature(raw), capturedAt: 1, app: null, windowTitle: null, url: null },
    { hashThreshold: 10, diffThreshold: 0.002, keyframeMs: 300_000 },
  );
  checkTimes.push(performance.now() - t0);
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);
const pct = (rs: Row[]) =>
  Math.round(
    (1000 * rs.reduce((n, r) => n + r.words_found, 0)) /
      Math.max(
        1,
        rs.reduce((n, r) => n + r.words_on_screen, 0),
      ),
  ) / 10;
const stored = rows.filter((r) => r.verdict === "stored");
const changed = stored.filter((r) => r.kind !== "dense");
const firstSeen = stored.filter((r) => r.kind === "dense");
const dbBytes = passes.at(-1)!.dbBytes;
/** Each pass's own figures: run-to-run spread, and in how many passes each target was met. */
const perPass = passes.map((p, i) => {
  const st = p.rows.filter((r) => r.verdict === "stored");
  const ch = st.filter((r) => r.kind !== "dense").map((r) => r.cpu_ms);
  const de = st.filter((r) => r.kind === "dense").map((r) => r.cpu_ms);
  return {
    pass: i + 1,
    load_1min: Math.round(p.load * 100) / 100,
    changed_cpu_ms_mean: Math.round(mean(ch)),
    changed_cpu_ms_p50: percentile(ch, 50),
    dense_cpu_ms_mean: de.length ? Math.round(mean(de)) : null,
    dense_cpu_ms_max: de.length ? Math.max(...de) : null,
    mean_target_met: Math.round(mean(ch)) <= TARGET_MEAN_MS,
    dense_target_met: de.length ? Math.max(...de) <= TARGET_FIRST_SEEN_MS : null,
  };
});
const byKind = [...new Set(stored.map((r) => r.kind))].map((kind) => {
  const rs = stored.filter((r) => r.kind === kind);
  const xs = rs.map((r) => r.cpu_ms);
  return {
    changed_frames: kind,
    n: xs.length,
    cpu_ms_mean: Math.round(mean(xs)),
    cpu_ms_p50: percentile(xs, 50),
    cpu_ms_max: Math.max(...xs),
    word_recall_pct: pct(rs),
  };
});
const cpus = changed.map((r) => r.cpu_ms);
const denseCpus = firstSeen.map((r) => r.cpu_ms);
const summary = {
  passes: repeat,
  frames: rows.length / repeat,
  resolution: `${raw.width}x${raw.height}`,
  stored: stored.length / repeat,
  duplicates: rows.filter((r) => r.verdict === "duplicate").length / repeat,
  duplicate_share: rows.filter((r) => r.verdict === "duplicate").length / rows.length,
  cpu_ms_per_changed_frame: { mean: Math.round(mean(cpus)), p50: percentile(cpus, 50), p95: percentile(cpus, 95), max: Math.max(...cpus), n: cpus.length },
  wall_ms_per_changed_frame_by_phase: {
    ocr: Math.round(mean(changed.map((r) => r.ocr_ms))),
    encode: Math.round(mean(changed.map((r) => r.encode_ms))),
    store: Math.round(mean(changed.map((r) => r.store_ms))),
  },
  cpu_ms_per_first_seen_dense_page: firstSeen.length ? { mean: Math.round(mean(denseCpus)), max: Math.max(...denseCpus), n: denseCpus.length } : null,
  word_recall_pct: { changed_frames: pct(changed), first_seen_dense_pages: pct(firstSeen), all_stored: pct(stored) },
  targets: {
    changed_frame_mean_le_300_ms: Math.round(mean(cpus)) <= TARGET_MEAN_MS,
    first_seen_dense_page_le_1500_ms: firstSeen.length ? Math.max(...denseCpus) <= TARGET_FIRST_SEEN_MS : null,
    passes_meeting_mean: perPass.filter((p) => p.mean_target_met).length,
    passes_meeting_dense: perPass.filter((p) => p.dense_target_met).length,
  },
  ocr_scale: scaleRows,
  cpu_ms_per_duplicate_frame: Math.round(mean(rows.filter((r) => r.verdict === "duplicate").map((r) => r.cpu_ms))),
  dedup_check_ms: { mean: mean(checkTimes), p95: percentile(checkTimes, 95) },
  png_decode_ms_mean: mean(decodeMs),
  image_bytes_per_stored_frame: Math.round(mean(stored.map((r) => r.bytes))),
  db_bytes_per_stored_frame: Math.round(dbBytes / Math.max(1, passes.at(-1)!.rows.filter((r) => r.verdict === "stored").length)),
  warm_up_cpu_ms: Math.round((warmUp.user + warmUp.system) / 1000),
  first_dense_page_after_start: firstRows.length
    ? Object.fromEntries(
        (["before", "after", "warm pool"] as const).map((variant) => {
          const rs = firstRows.filter((r) => r.variant === variant);
          const xs = rs.map((r) => r.frame_cpu_ms);
          return [
            variant,
            {
              page_cpu_ms: { mean: Math.round(mean(xs)), max: Math.max(...xs), each: xs },
              start_cpu_ms: { mean: Math.round(mean(rs.map((r) => r.start_cpu_ms))), each: rs.map((r) => r.start_cpu_ms) },
            },
          ];
        }),
      )
    : null,
  ocr_models: flags["ocr-data"] ?? "shipped: tessdata_fast eng (models/ocr)",
  cores: availableParallelism(),
  load_average: { start: load0.map((x) => Math.round(x * 100) / 100), end: loadavg().map((x) => Math.round(x * 100) / 100) },
};

printTable(
  passes
    .at(-1)!
    .rows.map((r) => ({ ...r, words: r.words_on_screen ? `${r.words_found}/${r.words_on_screen}` : "" }))
    .map(({ words_on_screen: _k, words_found: _f, ...r }) => r),
  1,
);
process.stdout.write("\n");
printTable(byKind, 1);
process.stdout.write("\n");
if (repeat > 1) {
  printTable(
    perPass.map((p) => ({
      ...p,
      dense_cpu_ms_mean: p.dense_cpu_ms_mean ?? "",
      dense_cpu_ms_max: p.dense_cpu_ms_max ?? "",
      mean_target_met: String(p.mean_target_met),
      dense_target_met: String(p.dense_target_met ?? ""),
    })),
    1,
  );
  process.stdout.write("\n");
}
if (firstRows.length) {
  printTable(firstRows, 1);
  process.stdout.write("\n");
}
if (scaleRows.length) {
  printTable(scaleRows, 1);
  process.stdout.write("\n");
}
const c = summary.cpu_ms_per_changed_frame;
const d = summary.cpu_ms_per_first_seen_dense_page;
const met = (ok: boolean | null) => (ok == null ? "" : ok ? " (target met)" : " (target not met)");
printTable(
  [
    { metric: "frames per pass (stored / duplicates)", value: `${summary.frames} (${summary.stored} / ${summary.duplicates})` },
    { metric: "share skipped as duplicates", value: `${(summary.duplicate_share * 100).toFixed(0)}%` },
    {
      metric: `CPU ms per changed frame: mean / p50 / p95 (n=${c.n}${repeat > 1 ? `, ${repeat} passes` : ""})`,
      value: `${c.mean} / ${c.p50} / ${c.p95}${met(summary.targets.changed_frame_mean_le_300_ms)}${repeat > 1 ? `; met in ${summary.targets.passes_meeting_mean} of ${repeat} passes` : ""}`,
    },
    {
      metric: "wall ms per changed frame: OCR (grey, blocks, reading) / PNG copy / store + embed",
      value: `${summary.wall_ms_per_changed_frame_by_phase.ocr} / ${summary.wall_ms_per_changed_frame_by_phase.encode} / ${summary.wall_ms_per_changed_frame_by_phase.store}`,
    },
    {
      metric: `CPU ms per first-seen dense page: mean / max (n=${d?.n ?? 0})`,
      value: d
        ? `${d.mean} / ${d.max}${met(summary.targets.first_seen_dense_page_le_1500_ms)}${repeat > 1 ? `; met in ${summary.targets.passes_meeting_dense} of ${repeat} passes` : ""}`
        : "",
    },
    {
      metric: "word recall: changed frames / dense pages",
      value: `${summary.word_recall_pct.changed_frames}% / ${summary.word_recall_pct.first_seen_dense_pages}%`,
    },
    { metric: "CPU ms per duplicate frame", value: String(summary.cpu_ms_per_duplicate_frame) },
    { metric: "duplicate check ms (decoded frame): mean / p95", value: `${summary.dedup_check_ms.mean.toFixed(2)} / ${summary.dedup_check_ms.p95.toFixed(2)}` },
    { metric: "PNG decode ms (not in the figures above)", value: summary.png_decode_ms_mean.toFixed(1) },
    { metric: "image bytes per stored frame", value: String(summary.image_bytes_per_stored_frame) },
    { metric: "database bytes per stored frame", value: String(summary.db_bytes_per_stored_frame) },
    { metric: "one-off warm-up CPU ms (first OCR + embedding)", value: String(summary.warm_up_cpu_ms) },
    ...(summary.first_dense_page_after_start
      ? [
          {
            metric: `CPU ms of the first dense page after a pipeline start, mean / max (${firstRounds} rounds): fresh pool without / with the pipeline's OCR warm-up; the bench's warm pool`,
            value: (["before", "after", "warm pool"] as const)
              .map((k) => `${summary.first_dense_page_after_start![k]!.page_cpu_ms.mean} / ${summary.first_dense_page_after_start![k]!.page_cpu_ms.max}`)
              .join(" — "),
          },
          {
            metric: "one-off CPU ms of the pipeline's OCR warm-up (worker start + five small readings), mean",
            value: String(summary.first_dense_page_after_start.after!.start_cpu_ms.mean),
          },
        ]
      : []),
    { metric: "load average at start / end (1 min)", value: `${summary.load_average.start[0]} / ${summary.load_average.end[0]} on ${summary.cores} cores` },
  ],
  1,
);
writeJson(out, { summary, by_kind: byKind, passes: perPass, first_after_start: firstRows, frames: rows });
process.stderr.write(`bench: wrote ${out}\n`);
