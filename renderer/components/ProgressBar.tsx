/** A determinate progress bar (`max` known) or an indeterminate one (`max` null). */
export function ProgressBar({ value, max, label }: { value: number; max: number | null; label: string }) {
  const pct = max && max > 0 ? Math.min(100, (value / max) * 100) : null;
  return (
    <div
      className={pct == null ? "progress indeterminate" : "progress"}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={pct == null ? undefined : 100}
      aria-valuenow={pct == null ? undefined : Math.round(pct)}
    >
      <div className="progress-fill" style={{ width: pct == null ? undefined : `${pct}%` }} />
    </div>
  );
}
