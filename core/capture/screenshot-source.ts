import type { NewSource } from "../db/repos/sources.js";
import { sha256 } from "../util/hash.js";
import type { RedactionCounts } from "../util/redact.js";

/** What a stored frame's `screenshot` source says. Times epoch ms; sizes in pixels. */
export interface ScreenshotFields {
  capturedAt: number;
  display: number;
  app: string | null;
  /** the window title and URL, redacted */
  windowTitle: string | null;
  url: string | null;
  width: number;
  height: number;
  /** the frame's text, redacted */
  text: string;
  /** the frame's image, relative to the frames folder (null: none kept) */
  imagePath: string | null;
  frameId: number;
  /** mean word confidence 0..100, null without words */
  ocrConfidence: number | null;
  redactions: RedactionCounts;
  /** the frame first read for this screen when the text and image are repeated (a revisit) */
  sameAs?: number;
}

/**
 * The `screenshot` source of a stored frame (trust `captured`), its metadata giving the display,
 * size, OCR confidence, frame id and redaction counts. The content hash covers display, time,
 * origin and text, so a frame stored twice adds nothing.
 */
export function screenshotSource(f: ScreenshotFields): NewSource {
  return {
    kind: "screenshot",
    trust: "captured",
    app: f.app,
    windowTitle: f.windowTitle,
    url: f.url,
    occurredAt: f.capturedAt,
    text: f.text,
    contentHash: sha256("screenshot", f.display, f.capturedAt, f.app, f.windowTitle, f.url, f.text),
    imagePath: f.imagePath,
    metadata: {
      display: f.display,
      ocr_confidence: f.ocrConfidence,
      width: f.width,
      height: f.height,
      frame_id: f.frameId,
      redactions: f.redactions,
      ...(f.sameAs == null ? {} : { same_as: f.sameAs }),
    },
  };
}
