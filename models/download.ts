/**
 * Resumable, verified HTTP(S) downloads of model files.
 *
 * Bytes go to `<dest>.part`; an interrupted transfer keeps the part file and the
 * next attempt asks for the rest with an HTTP `Range` header. When complete, the
 * sha256 is checked and the part file is atomically renamed to `dest`, so `dest`
 * only ever holds a complete, verified file. A checksum mismatch deletes the part
 * file. Redirects (e.g. Hugging Face → its CDN) are followed.
 */
import { createHash, type Hash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync, statSync, unlinkSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import { dirname } from "node:path";

/** Progress of a download. */
export interface DownloadProgress {
  /** Bytes on disk so far (including bytes from an earlier, resumed attempt). */
  bytes: number;
  /** Total size in bytes, or null when the server does not say. */
  total: number | null;
  /** Transfer rate of this attempt in bytes per second. */
  rate: number;
  /** Estimated seconds left, or null when unknown. */
  eta: number | null;
}

/** What to download. */
export interface DownloadOptions {
  url: string;
  /** Final path; written only once the file is complete and verified. */
  dest: string;
  /** Expected lowercase hex sha256, or null to accept any content and return the computed hash. */
  sha256: string | null;
  onProgress?: (p: DownloadProgress) => void;
  signal?: AbortSignal;
  /** Further attempts (each resuming) after an interrupted transfer; default 3. */
  retries?: number;
  /** Wait between attempts in ms; default 1000. */
  retryDelayMs?: number;
}

/** Result of a finished download. */
export interface DownloadResult {
  path: string;
  sha256: string;
  bytes: number;
  /** Attempts that resumed from a part file (0 when the whole file came in one go). */
  resumes: number;
}

/** The downloaded bytes do not match the expected sha256; the partial file was deleted. */
export class ChecksumError extends Error {}

const MAX_REDIRECTS = 5;

/** Opens a GET request following redirects; resolves with the final response. */
async function request(url: string, headers: Record<string, string>, signal: AbortSignal | undefined, redirects = 0): Promise<IncomingMessage> {
  const u = new URL(url);
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error(`unsupported URL ${url}: only http and https`);
  // loaded when a download starts: importing node:http(s) loads Node's fetch (undici), ~40 ms of
  // every CLI command that reaches the model registry
  const { get } = u.protocol === "https:" ? await import("node:https") : await import("node:http");
  return new Promise((resolve, reject) => {
    const req = get(u, { headers: { "user-agent": "engram-model-downloader", ...headers }, signal }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        if (redirects >= MAX_REDIRECTS) return reject(new Error(`too many redirects downloading ${url}`));
        const next = new URL(res.headers.location, u).toString();
        request(next, headers, signal, redirects + 1).then(resolve, reject);
        return;
      }
      resolve(res);
    });
    req.on("error", reject);
  });
}

/** Feeds an existing file's bytes into `hash`. */
function hashExisting(path: string, hash: Hash): Promise<void> {
  return new Promise((resolve, reject) => {
    createReadStream(path)
      .on("data", (chunk) => hash.update(chunk))
      .on("end", resolve)
      .on("error", reject);
  });
}

/**
 * One transfer attempt into `part`, appending from its current size when the
 * server honours the Range request. Resolves with the total size when the body
 * ended normally; rejects when the connection breaks (the part file keeps what arrived).
 */
async function attempt(opts: DownloadOptions, part: string, hash: Hash, started: { bytes: number }): Promise<number | null> {
  const have = existsSync(part) ? statSync(part).size : 0;
  const res = await request(opts.url, have > 0 ? { range: `bytes=${have}-` } : {}, opts.signal);
  const status = res.statusCode ?? 0;
  let offset = 0;
  if (status === 206 && have > 0) {
    const m = /bytes (\d+)-\d+\/(\d+|\*)/.exec(String(res.headers["content-range"] ?? ""));
    if (!m || Number(m[1]) !== have) {
      res.resume();
      throw new Error(`server sent an unexpected range (${res.headers["content-range"]}) for ${opts.url}`);
    }
    offset = have;
    await hashExisting(part, hash);
  } else if (status === 416 && have > 0) {
    // The part file already holds the whole resource.
    res.resume();
    started.bytes = have;
    await hashExisting(part, hash);
    return have;
  } else if (status !== 200) {
    res.resume();
    throw new Error(`download of ${opts.url} failed: HTTP ${status}`);
  }
  const length = Number(res.headers["content-length"]);
  const total = Number.isFinite(length) ? offset + length : null;
  started.bytes = offset;
  const out = createWriteStream(part, { flags: offset > 0 ? "a" : "w" });
  const t0 = Date.now();
  let bytes = offset;
  try {
    await new Promise<void>((resolve, reject) => {
      res.on("data", (chunk: Buffer) => {
        hash.update(chunk);
        bytes += chunk.length;
        if (!out.write(chunk)) {
          res.pause();
          out.once("drain", () => res.resume());
        }
        if (opts.onProgress) {
          const rate = ((bytes - offset) / Math.max(1, Date.now() - t0)) * 1000;
          opts.onProgress({ bytes, total, rate, eta: total !== null && rate > 0 ? (total - bytes) / rate : null });
        }
      });
      const broken = () => reject(new Error(`connection closed after ${bytes} bytes`));
      out.on("error", reject);
      res.on("error", reject);
      res.on("end", () => (res.complete ? resolve() : broken()));
      res.on("close", () => (res.complete ? resolve() : broken()));
    });
  } finally {
    await new Promise<void>((resolve) => out.end(resolve));
  }
  if (total !== null && bytes !== total) throw new Error(`connection closed after ${bytes} of ${total} bytes`);
  return bytes;
}

/**
 * Downloads `url` to `dest`, resuming from `<dest>.part` if an earlier attempt left one,
 * retrying interrupted transfers (each retry resumes), then verifying the sha256.
 * @throws ChecksumError when the content does not match `sha256` (the part file is deleted,
 *   nothing is written at `dest`).
 * @throws Error after the last failed attempt (HTTP error status, network failure); the part
 *   file is kept so a later call resumes. An abort via `signal` also keeps the part file.
 */
export async function downloadFile(opts: DownloadOptions): Promise<DownloadResult> {
  const part = `${opts.dest}.part`;
  mkdirSync(dirname(opts.dest), { recursive: true });
  const retries = opts.retries ?? 3;
  let resumes = 0;
  for (let i = 0; ; i++) {
    const hash = createHash("sha256");
    const started = { bytes: 0 };
    let size: number | null;
    try {
      size = await attempt(opts, part, hash, started);
    } catch (err) {
      if (started.bytes > 0) resumes++;
      if (opts.signal?.aborted || i >= retries) {
        throw new Error(`download of ${opts.url} interrupted: ${(err as Error).message}; run it again to resume`);
      }
      await new Promise((r) => setTimeout(r, opts.retryDelayMs ?? 1000));
      continue;
    }
    if (started.bytes > 0) resumes++;
    const digest = hash.digest("hex");
    if (opts.sha256 !== null && digest !== opts.sha256.toLowerCase()) {
      unlinkSync(part);
      throw new ChecksumError(`sha256 mismatch for ${opts.url}: expected ${opts.sha256}, got ${digest}; the downloaded file was deleted`);
    }
    renameSync(part, opts.dest);
    return { path: opts.dest, sha256: digest, bytes: size ?? statSync(opts.dest).size, resumes };
  }
}

/**
 * Hex sha256 of a file's content, streamed (constant memory).
 * @param onProgress called with bytes hashed so far.
 */
export async function sha256File(path: string, onProgress?: (bytes: number) => void): Promise<string> {
  const hash = createHash("sha256");
  let bytes = 0;
  await new Promise<void>((resolve, reject) => {
    createReadStream(path)
      .on("data", (chunk) => {
        hash.update(chunk);
        bytes += chunk.length;
        onProgress?.(bytes);
      })
      .on("end", resolve)
      .on("error", reject);
  });
  return hash.digest("hex");
}
