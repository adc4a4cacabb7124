import { useState } from "react";
import type { ScreenshotItem } from "../../../core/api/types.js";
import { formatTime } from "../../lib/format.js";

/**
 * A day's screenshots in time order, as screenpipe users expect: a large preview of one frame, a
 * scrubber across the day (drag it, or arrow keys), and the thumbnails. The preview opens the
 * frame with its OCR text and the memories made from it.
 */
export function ScreenScrubber({ shots, onOpen }: { shots: ScreenshotItem[]; onOpen: (sourceId: number) => void }) {
  const [i, setI] = useState(0);
  const at = Math.min(i, shots.length - 1);
  const s = shots[at]!;
  const caption = [s.app ?? "Screen", s.windowTitle].filter(Boolean).join(" — ");
  return (
    <fieldset className="scrubber" aria-label="Screenshots of the day">
      <button
        type="button"
        className="scrubber-preview"
        onClick={() => onOpen(s.sourceId)}
        aria-label={`Open the screenshot of ${formatTime(s.occurredAt)}: ${caption}`}
      >
        {s.imageUrl ? <img src={s.imageUrl} alt="" /> : <span className="thumb-text">{s.snippet}</span>}
        <span className="scrubber-caption">
          <time>{formatTime(s.occurredAt)}</time>
          <span className="ellipsis">{caption}</span>
        </span>
      </button>
      {shots.length > 1 && (
        <div className="scrubber-track">
          <span className="muted">{formatTime(shots[0]!.occurredAt)}</span>
          <input
            type="range"
            min={0}
            max={shots.length - 1}
            value={at}
            onChange={(e) => setI(Number(e.target.value))}
            aria-label="Scrub through the day's screenshots"
            aria-valuetext={`${formatTime(s.occurredAt)}, ${caption}`}
          />
          <span className="muted">{formatTime(shots.at(-1)!.occurredAt)}</span>
        </div>
      )}
      <div className="thumbs">
        {shots.map((t, k) => (
          <button
            type="button"
            key={t.sourceId}
            className={k === at ? "thumb current" : "thumb"}
            onClick={() => setI(k)}
            onDoubleClick={() => onOpen(t.sourceId)}
            title={[t.app, t.windowTitle].filter(Boolean).join(" — ")}
            aria-pressed={k === at}
          >
            {t.imageUrl ? <img src={t.imageUrl} alt="" loading="lazy" /> : <span className="thumb-text">{t.snippet}</span>}
            <span className="thumb-caption">
              <span className="ellipsis">{t.app ?? "Screen"}</span>
              <time>{formatTime(t.occurredAt)}</time>
            </span>
          </button>
        ))}
      </div>
    </fieldset>
  );
}
