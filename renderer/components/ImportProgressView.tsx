import type { ImportEvent } from "../../core/api/types.js";
import { countOf, formatBytes, formatCount } from "../lib/format.js";
import {
  formatEta,
  overallFraction,
  PHASE_LABELS,
  rateOf,
  secondsLeft,
  seenPhases,
  type ImportProgressState,
  type PhaseProgress,
} from "../lib/import-progress.js";
import { Icon } from "./icons.js";
import { ProgressBar } from "./ProgressBar.js";

/** "491 KB", "1,200 messages", "1 row". */
function amount(unit: ImportEvent["unit"], n: number): string {
  if (unit === "bytes") return formatBytes(n);
  return countOf(n, unit === "rows" ? "row" : unit === "postings" ? "posting" : "message");
}

/** "1,200 of 4,124 messages", "2.7 KB of 4.0 KB". */
function doneOfTotal(p: PhaseProgress): string {
  if (p.total == null) return amount(p.unit, p.done);
  return p.unit === "bytes" ? `${formatBytes(p.done)} of ${formatBytes(p.total)}` : `${formatCount(p.done)} of ${amount(p.unit, p.total)}`;
}

/** "1.2 MB/s", "85 messages/s". */
function rateText(p: PhaseProgress): string | null {
  const r = rateOf(p);
  if (r == null) return null;
  if (p.unit === "bytes") return `${formatBytes(r)}/s`;
  return `${formatCount(r >= 10 ? Math.round(r) : Math.round(r * 10) / 10)} ${p.unit}/s`;
}

function complete(p: PhaseProgress, s: ImportProgressState): boolean {
  if (p.total != null && p.done >= p.total) return true;
  return p.phase === "validate" && s.current !== "validate";
}

/**
 * A running import: an overall bar, what is happening now (the stage that started last) with its
 * rate and the time left, and a line per phase seen so far (reading the file, embedding, storing,
 * building memories), each in its own unit, every unfinished one marked as running. `cancelling`:
 * Cancel was pressed and the import is stopping (the button says "Cancelling…" and is disabled).
 */
export function ImportProgressView({
  name,
  state,
  now,
  onCancel,
  cancelling = false,
}: {
  name: string;
  state: ImportProgressState;
  now: number;
  onCancel: () => void;
  cancelling?: boolean;
}) {
  const phases = seenPhases(state);
  const current = state.current ? state.phases[state.current] : undefined;
  const fraction = overallFraction(state);
  const left = secondsLeft(state, now);
  const rate = current ? rateText(current) : null;
  return (
    <div className="import-progress" aria-live="polite" data-testid="import-progress">
      <div className="import-progress-head">
        <strong className="ellipsis">Importing {name}</strong>
        <button type="button" className="btn btn-sm" onClick={onCancel} disabled={cancelling}>
          {cancelling ? "Cancelling…" : "Cancel"}
        </button>
      </div>
      <ProgressBar
        value={fraction == null ? 0 : Math.round(fraction * 1000)}
        max={fraction == null ? null : 1000}
        label={current ? PHASE_LABELS[current.phase] : "Uploading"}
      />
      <p className="import-now">
        <span>{current ? PHASE_LABELS[current.phase] : "Uploading the file…"}</span>
        {current && <span> · {doneOfTotal(current)}</span>}
        {rate && <span> · {rate}</span>}
        <span className="muted"> · {left == null ? "estimating time left…" : formatEta(left)}</span>
      </p>
      {phases.length > 0 && (
        <ol className="import-phases" aria-label="Import phases">
          {phases.map((p) => {
            const finished = complete(p, state);
            // stages overlap: every one short of its total is running, not only the current one
            const running = !finished && (p.phase === state.current || p.total != null);
            const r = rateText(p);
            return (
              <li key={p.phase} className={finished ? "phase done" : running ? "phase active" : "phase"}>
                <span className="phase-mark" aria-hidden="true">
                  {finished ? <Icon name="check" size={13} /> : null}
                </span>
                <span className="phase-label">{PHASE_LABELS[p.phase]}</span>
                <span className="phase-count muted">
                  {doneOfTotal(p)}
                  {r && !finished ? ` · ${r}` : ""}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {state.conversations > 0 && (
        <p className="muted import-so-far">
          So far: {countOf(state.conversations, "conversation")}, {countOf(state.turns, "message")}
        </p>
      )}
    </div>
  );
}
