/**
 * Import progress as the user reads it: every phase seen so far with its own count in its own unit
 * (bytes of the file, messages, rows), a rate per phase and an estimate of the time left, from the
 * server's `ImportEvent`s and the client's clock.
 */
import type { ImportEvent } from "../../core/api/types.js";

/** The phases in the order an import goes through them. */
export const PHASE_ORDER: ReadonlyArray<ImportEvent["phase"]> = ["upload", "validate", "embed", "import", "process", "index"];

/** What each phase is called on screen. */
export const PHASE_LABELS: Record<ImportEvent["phase"], string> = {
  upload: "Uploading",
  validate: "Reading the file",
  embed: "Embedding messages",
  import: "Storing messages",
  process: "Building memories",
  index: "Indexing for search",
};

/** One phase: its latest count, when it was first and last seen, and the count then. */
export interface PhaseProgress {
  phase: ImportEvent["phase"];
  unit: ImportEvent["unit"];
  done: number;
  total: number | null;
  firstAt: number;
  firstDone: number;
  lastAt: number;
}

/** Everything shown while an import runs. */
export interface ImportProgressState {
  startedAt: number;
  /** the phase that started last: what the import is doing now. A chat import's stages overlap
   * (embedding runs ahead of storing, storing ahead of building memories), so an event of an earlier
   * phase does not change it: the headline never goes back */
  current: ImportEvent["phase"] | null;
  phases: Partial<Record<ImportEvent["phase"], PhaseProgress>>;
  conversations: number;
  turns: number;
}

/** The state before the first event. */
export function startProgress(now: number): ImportProgressState {
  return { startedAt: now, current: null, phases: {}, conversations: 0, turns: 0 };
}

/** The state after `ev` arrived at `now` (a pure update). */
export function addEvent(s: ImportProgressState, ev: ImportEvent, now: number): ImportProgressState {
  const prev = s.phases[ev.phase];
  const unit = ev.unit ?? (ev.phase === "validate" || ev.phase === "upload" ? "bytes" : "messages");
  const next: PhaseProgress = prev
    ? { ...prev, unit, done: ev.done, total: ev.total, lastAt: now }
    : { phase: ev.phase, unit, done: ev.done, total: ev.total, firstAt: now, firstDone: ev.done, lastAt: now };
  return { ...s, current: prev ? s.current : ev.phase, phases: { ...s.phases, [ev.phase]: next }, conversations: ev.conversations, turns: ev.turns };
}

/** Units per second of a phase since it started, or null while too little time has passed. */
export function rateOf(p: PhaseProgress): number | null {
  const secs = (p.lastAt - p.firstAt) / 1000;
  const moved = p.done - p.firstDone;
  return secs >= 0.5 && moved > 0 ? moved / secs : null;
}

/** The phases seen so far, in import order. */
export function seenPhases(s: ImportProgressState): PhaseProgress[] {
  return PHASE_ORDER.map((p) => s.phases[p]).filter((p): p is PhaseProgress => p != null);
}

/**
 * Share of the whole import done, 0..1, or null while unknown. Chat exports: the mean of the
 * message phases (embedding and building memories, which take nearly all the time), then the
 * share of `index` (a large database's search index) while it runs; otherwise the current phase's share.
 */
export function overallFraction(s: ImportProgressState): number | null {
  const frac = (p: PhaseProgress | undefined) => (p?.total ? Math.min(1, p.done / p.total) : null);
  const embed = frac(s.phases.embed);
  const process = frac(s.phases.process);
  if (s.current === "index") return frac(s.phases.index);
  if (s.phases.embed?.unit === "messages") return ((embed ?? 0) + (process ?? 0)) / 2;
  return s.current ? frac(s.phases[s.current]) : null;
}

/**
 * Seconds left, or null while there is no estimate yet: the share still to do at the pace so far
 * (measured from the first message phase, so reading the file does not skew it).
 */
export function secondsLeft(s: ImportProgressState, now: number): number | null {
  const f = overallFraction(s);
  const start = Math.min(
    ...seenPhases(s)
      .filter((p) => p.phase !== "validate" && p.phase !== "upload")
      .map((p) => p.firstAt),
  );
  if (f == null || f <= 0.01 || !Number.isFinite(start)) return null;
  const elapsed = (now - start) / 1000;
  return elapsed < 1 ? null : (elapsed * (1 - f)) / f;
}

/** "about 2 min left", "about 40 s left", "a few seconds left". */
export function formatEta(seconds: number): string {
  if (seconds < 5) return "a few seconds left";
  if (seconds < 90) return `about ${Math.round(seconds / 5) * 5 || 5} s left`;
  if (seconds < 3600) return `about ${Math.round(seconds / 60)} min left`;
  const h = Math.floor(seconds / 3600);
  return `about ${h} h ${Math.round((seconds - h * 3600) / 60)} min left`;
}
