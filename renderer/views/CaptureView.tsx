import { useEffect, useState, type FormEvent } from "react";
import type { CaptureSettings, CaptureStatus } from "../../core/api/types.js";
import { useApi } from "../app/api-context.js";
import { useToasts } from "../app/toasts.js";
import { useAsync } from "../app/use-async.js";
import { Icon } from "../components/icons.js";
import { ErrorState, LoadingState } from "../components/states.js";
import { countOf, errorMessage, formatBytes, formatDateTime, formatTime } from "../lib/format.js";

const STATE_LABELS: Record<CaptureStatus["state"], string> = {
  running: "Capturing",
  paused: "Paused",
  off: "Off",
  unavailable: "Not available here",
};

/**
 * Screen capture: its state (on, paused, off, unavailable and why), frames and storage used,
 * start/pause/resume, and its settings: interval, exclusions (apps, window titles, sites),
 * retention, images kept, redaction. Controls are disabled with the reason when capture is
 * unavailable (browser mode), but settings can still be prepared.
 */
export function CaptureView() {
  const api = useApi();
  const toasts = useToasts();
  const { data: loaded, error, reload } = useAsync(() => api.captureStatus({}), [api]);
  const [status, setStatus] = useState<CaptureStatus | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  useEffect(() => setStatus(loaded), [loaded]);

  if (error && !status)
    return (
      <div className="view">
        <ErrorState title="Could not read the capture status" error={error} onRetry={reload} />
      </div>
    );
  if (!status)
    return (
      <div className="view">
        <LoadingState label="Reading capture status…" />
      </div>
    );

  const act = async (what: string, call: () => Promise<CaptureStatus>): Promise<void> => {
    setBusy(true);
    try {
      setStatus(await call());
    } catch (e) {
      toasts.show({ message: `Could not ${what}: ${errorMessage(e)}`, tone: "error" });
    } finally {
      setBusy(false);
    }
  };
  const unavailable = status.state === "unavailable";

  return (
    <div className="view-scroll">
      <div className="page">
        <div className="page-head">
          <div>
            <h1>Screen capture</h1>
            <p>Engram can remember what is on your screen: it reads the text, keeps it with the app and time, and never captures what you exclude.</p>
          </div>
        </div>

        {unavailable && (
          <div className="banner banner-warning" role="status">
            <Icon name="alert" />
            <div>
              <strong>Capture is not available here.</strong> {status.reason ?? "Screen capture runs in the Engram desktop app."} You can still set it up below;
              it applies wherever capture runs.
            </div>
          </div>
        )}

        <section className="card" aria-labelledby="capture-status">
          <div className="card-head">
            <div>
              <h2 id="capture-status">
                <span className={`status-dot ${status.state === "running" ? "on" : status.state === "paused" ? "paused" : ""}`} aria-hidden="true" />
                {STATE_LABELS[status.state]}
              </h2>
              <p>
                {status.state === "paused" && (status.pausedUntil ? `Resumes at ${formatTime(status.pausedUntil)}` : "Paused until you resume")}
                {status.state === "running" && `Every ${Math.round(status.settings.intervalMs / 1000)} s`}
                {status.state === "off" && "Nothing is being captured."}
                {unavailable && "Open the desktop app to capture."}
              </p>
            </div>
            <div className="toolbar">
              {status.state === "off" && (
                <button
                  type="button"
                  className="btn btn-primary"
                  disabled={busy || unavailable}
                  onClick={() => act("turn capture on", () => api.setCaptureSettings({ enabled: true }))}
                >
                  <Icon name="play" size={15} /> Turn on
                </button>
              )}
              {status.state === "running" && (
                <>
                  <button type="button" className="btn" disabled={busy} onClick={() => act("pause", () => api.pauseCapture({ minutes: 60 }))}>
                    <Icon name="pause" size={15} /> Pause 1 hour
                  </button>
                  <button type="button" className="btn" disabled={busy} onClick={() => act("pause", () => api.pauseCapture({}))}>
                    Pause
                  </button>
                </>
              )}
              {status.state === "paused" && (
                <button type="button" className="btn btn-primary" disabled={busy} onClick={() => act("resume", () => api.resumeCapture({}))}>
                  <Icon name="play" size={15} /> Resume
                </button>
              )}
              {(status.state === "running" || status.state === "paused") && (
                <button
                  type="button"
                  className="btn btn-ghost"
                  disabled={busy}
                  onClick={() => act("turn capture off", () => api.setCaptureSettings({ enabled: false }))}
                >
                  Turn off
                </button>
              )}
            </div>
          </div>
          <div className="card-body">
            <dl className="stats-grid">
              <div>
                <dt>Today</dt>
                <dd>{countOf(status.framesToday, "screenshot")}</dd>
              </div>
              <div>
                <dt>In total</dt>
                <dd>{countOf(status.framesTotal, "screenshot")}</dd>
              </div>
              <div>
                <dt>Storage used</dt>
                <dd>{formatBytes(status.imageBytes)}</dd>
              </div>
              <div>
                <dt>Last capture</dt>
                <dd>{formatDateTime(status.lastFrameAt)}</dd>
              </div>
            </dl>
          </div>
        </section>

        <CaptureSettingsForm settings={status.settings} onSaved={setStatus} />
      </div>
    </div>
  );
}

/** Lines of a textarea as a trimmed, non-empty list. */
function lines(text: string): string[] {
  return text
    .split("\n")
    .map((s) => s.trim())
    .filter(Boolean);
}

function CaptureSettingsForm({ settings, onSaved }: { settings: CaptureSettings; onSaved: (s: CaptureStatus) => void }) {
  const api = useApi();
  const toasts = useToasts();
  const [intervalS, setIntervalS] = useState(String(Math.round(settings.intervalMs / 1000)));
  const [apps, setApps] = useState(settings.excludedApps.join("\n"));
  const [titles, setTitles] = useState(settings.excludedTitles.join("\n"));
  const [hosts, setHosts] = useState(settings.excludedHosts.join("\n"));
  const [retention, setRetention] = useState(String(settings.retentionDays));
  const [keepImages, setKeepImages] = useState(settings.keepImages);
  const [redact, setRedact] = useState(settings.redact);
  const [allowUnidentified, setAllowUnidentified] = useState(settings.allowUnidentified);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const interval = Number(intervalS);
    const days = Number(retention);
    if (!Number.isFinite(interval) || interval < 1) return setError("The interval must be at least 1 second.");
    if (!Number.isInteger(days) || days < 0) return setError("Retention must be a whole number of days (0 keeps everything).");
    setError(null);
    setSaving(true);
    try {
      onSaved(
        await api.setCaptureSettings({
          intervalMs: Math.round(interval * 1000),
          excludedApps: lines(apps),
          excludedTitles: lines(titles),
          excludedHosts: lines(hosts),
          retentionDays: days,
          keepImages,
          redact,
          allowUnidentified,
        }),
      );
      toasts.show({ message: "Capture settings saved", tone: "success", durationMs: 3000 });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="capture-settings">
      <div className="card-head">
        <div>
          <h2 id="capture-settings">Settings</h2>
          <p>Exclusions apply before anything is written to disk.</p>
        </div>
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {saving ? "Saving…" : "Save settings"}
        </button>
      </div>
      <div className="card-body form-grid">
        <label className="field">
          <span className="field-label">Capture every (seconds)</span>
          <input className="input" type="number" min={1} step={1} value={intervalS} onChange={(e) => setIntervalS(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">Keep screenshots for (days)</span>
          <input className="input" type="number" min={0} step={1} value={retention} onChange={(e) => setRetention(e.target.value)} />
          <span className="field-help">0 keeps them until you delete them.</span>
        </label>
        <label className="field">
          <span className="field-label">Never capture these apps</span>
          <textarea className="textarea" rows={4} value={apps} onChange={(e) => setApps(e.target.value)} placeholder="e.g. 1Password" />
          <span className="field-help">One per line.</span>
        </label>
        <label className="field">
          <span className="field-label">Never capture windows whose title contains</span>
          <textarea className="textarea" rows={4} value={titles} onChange={(e) => setTitles(e.target.value)} placeholder="e.g. Private Browsing" />
          <span className="field-help">One per line.</span>
        </label>
        <label className="field">
          <span className="field-label">Never capture these websites</span>
          <textarea className="textarea" rows={4} value={hosts} onChange={(e) => setHosts(e.target.value)} placeholder="e.g. mybank.example" />
          <span className="field-help">Host names, one per line.</span>
        </label>
        <div className="field checks">
          <span className="field-label">Privacy</span>
          <label className="checkbox">
            <input type="checkbox" checked={keepImages} onChange={(e) => setKeepImages(e.target.checked)} /> Keep the images (off: keep only the text)
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={redact} onChange={(e) => setRedact(e.target.checked)} /> Hide e-mail addresses, card numbers and keys in captured
            text
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={allowUnidentified} onChange={(e) => setAllowUnidentified(e.target.checked)} /> Also capture when the focused window
            cannot be identified (exclusions cannot apply then)
          </label>
        </div>
        {error && (
          <p className="error-text form-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </form>
  );
}
