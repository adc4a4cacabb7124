import { docPages, openScreenshotter, textPage, type Screenshotter } from "../../test/fixtures/screenshots.js";

/**
 * Screenshots for the capture benchmark, rendered by headless Chromium at 1920×1080, each with the
 * words it shows (Screenshotter.visibleWords), so OCR can be scored against known text.
 */

/** One capture of the sequence. */
export interface BenchFrame {
  label: string;
  /** new page | scroll | typing | revisit | still | dense (what the sequence did; the pipeline decides) */
  kind: string;
  png: Buffer;
  /** the words on screen, in document order (empty for frames read from a folder) */
  words: string[];
}

const SIZE = { width: 1920, height: 1080 };

const short = (f: string) => f.replace("/usr/share/doc/", "");

/**
 * The realistic sequence (one entry = one 5-second capture): three documentation pages from
 * /usr/share/doc opened, read (still frames), scrolled and revisited, an editor-like page typed
 * into, a dark terminal page.
 * @throws Error when fewer than 3 HTML pages of ≥ 8 KB exist under /usr/share/doc.
 */
export async function sequenceFrames(shots: Screenshotter): Promise<BenchFrame[]> {
  const docs = docPages(8000).slice(0, 3);
  if (docs.length < 3) throw new Error("need 3 HTML pages under /usr/share/doc to generate a sequence (or pass --dir)");
  const frames: BenchFrame[] = [];
  const shot = async (label: string, kind: string, png: Promise<Buffer>, still = 0) => {
    const bytes = await png;
    const words = await shots.visibleWords();
    frames.push({ label, kind, png: bytes, words });
    for (let i = 0; i < still; i++) frames.push({ label, kind: "still", png: bytes, words });
  };
  const [a, b, c] = docs as [string, string, string];
  await shot(`${short(a)} top`, "new page", shots.file(a, SIZE), 3);
  await shot(`${short(a)} +300px`, "scroll", shots.file(a, { ...SIZE, scrollY: 300 }), 2);
  await shot(`${short(a)} +600px`, "scroll", shots.file(a, { ...SIZE, scrollY: 600 }), 1);
  await shot(`${short(b)} top`, "new page", shots.file(b, SIZE), 2);
  await shot(`${short(b)} +250px`, "scroll", shots.file(b, { ...SIZE, scrollY: 250 }), 1);
  const lines = [
    "Meeting notes, Tuesday: the release moves to the 14th.",
    "Ask Priya about the migration plan for the billing database.",
    "The staging cluster needs two more nodes before the load test.",
    "Draft the announcement for the customer newsletter.",
    "Remember to renew the TLS certificates on the edge proxies.",
  ];
  for (let n = 1; n <= lines.length; n++) {
    await shot(`editor, ${n} lines`, "typing", shots.html(textPage("notes.md — Editor", lines.slice(0, n), { fontPx: 15 }), SIZE), n === lines.length ? 2 : 0);
  }
  await shot(`${short(a)} top again`, "revisit", shots.file(a, SIZE), 1);
  await shot(`${short(c)} top`, "new page", shots.file(c, SIZE), 1);
  await shot(`${short(c)} +400px`, "scroll", shots.file(c, { ...SIZE, scrollY: 400 }), 3);
  const dark = textPage(
    "Terminal",
    Array.from({ length: 12 }, (_, i) => `$ make test  # run ${i + 1}: 214 passed, 0 failed in ${(3.1 + i / 10).toFixed(1)}s`),
    { dark: true, fontPx: 14 },
  );
  await shot("dark terminal page", "new page", shots.html(dark, SIZE), 2);
  await shot(`${short(b)} +250px again`, "revisit", shots.file(b, { ...SIZE, scrollY: 250 }), 1);
  return frames;
}

/**
 * The `n` most text-dense first screens among the HTML pages under /usr/share/doc (the 3 pages of
 * the sequence excluded; the first `candidates` pages of ≥ 8 KB, largest first, are tried), kind
 * "dense": the worst case, a page full of text never seen before.
 */
export async function densePages(shots: Screenshotter, n = 6, candidates = 30): Promise<BenchFrame[]> {
  const found: BenchFrame[] = [];
  for (const path of docPages(8000).slice(3, 3 + candidates)) {
    const png = await shots.file(path, SIZE);
    found.push({ label: `${short(path)} top`, kind: "dense", png, words: await shots.visibleWords() });
  }
  return found.sort((x, y) => y.words.length - x.words.length || x.label.localeCompare(y.label)).slice(0, n);
}

/** The sequence followed by the dense pages, from one Chromium. */
export async function benchFrames(dense = 6): Promise<BenchFrame[]> {
  const shots = await openScreenshotter();
  try {
    return [...(await sequenceFrames(shots)), ...(await densePages(shots, dense))];
  } finally {
    await shots.close();
  }
}

/** A word as scored: lower case, without the punctuation around it; "" when nothing alphanumeric is left. */
export function normalWord(w: string): string {
  return w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

/**
 * Word recall of OCR text against the known words of a screen: the share of the known words
 * (normalised, as a multiset) found among the OCR'd words. 1 = every word read right.
 * @returns { known, found } counts (recall = found / known)
 */
export function wordRecall(known: string[], ocrText: string): { known: number; found: number } {
  const have = new Map<string, number>();
  for (const w of ocrText.split(/\s+/)) {
    const k = normalWord(w);
    if (k) have.set(k, (have.get(k) ?? 0) + 1);
  }
  let total = 0;
  let found = 0;
  for (const w of known) {
    const k = normalWord(w);
    if (!k) continue;
    total++;
    const c = have.get(k) ?? 0;
    if (c > 0) {
      found++;
      have.set(k, c - 1);
    }
  }
  return { known: total, found };
}
