import type { Embedder } from "../../models/embedder.js";
import type { EngramDb } from "../db/connection.js";
import { completeFrame, insertPendingFrame, reusableFrame, type NewFrame, type ReusableFrame } from "../db/repos/frames.js";
import { getVaultCiphertext, insertVaultItem, listVaultItems } from "../db/repos/vault.js";
import { storeSources } from "../ingest/store.js";
import { sameScreen, type FrameOrigin, type FrameSignature, type SameScreenThresholds } from "./dedup.js";
import type { RedactionCounts } from "../util/redact.js";
import { deleteFrames } from "./retention.js";
import { screenshotSource } from "./screenshot-source.js";

/**
 * Revisits: a person switching back to a window shows a screen captured minutes ago. Deduplication
 * compares a frame with the last kept frame of its display only, so such a frame is a change; this
 * module remembers the screens a display showed lately ({@link RecentScreens}) and stores a frame
 * that is one of them again ({@link storeRevisit}) as a new capture of that screen without OCR and
 * without encoding: a new frames row and `screenshot` source at the new time, repeating the text
 * (redacted as it was) of the frame first read for the screen and pointing at its image file.
 */

/** How many screens per display are remembered: each costs its 128×72 thumbnail (~9.3 KB). */
export const RECENT_SCREENS = 32;

/** A screen kept lately on a display: the signature and origin it was first read with. */
export interface RecentScreen extends FrameSignature, FrameOrigin {
  /** the frame first read for this screen, whose text and image a revisit repeats */
  first: number;
}

/** The screens a display showed lately, newest first, at most `limit`. */
export class RecentScreens {
  private screens: RecentScreen[];

  constructor(
    screens: RecentScreen[] = [],
    readonly limit = RECENT_SCREENS,
  ) {
    this.screens = screens.slice(0, limit);
  }

  /**
   * The remembered screen that `frame` shows again, by deduplication's criteria (dedup.ts
   * sameScreen: same app, title and URL, hash distance and thumbnail difference within the
   * thresholds); of several, the one with the smallest thumbnail difference, then the newest.
   * @returns the screen with its hash distance and pixel difference, or null.
   */
  match(frame: FrameSignature & FrameOrigin, opts: SameScreenThresholds): { screen: RecentScreen; distance: number; difference: number } | null {
    let best: { screen: RecentScreen; distance: number; difference: number } | null = null;
    for (const screen of this.screens) {
      const s = sameScreen(screen, frame, opts);
      if (s.same && (!best || s.difference! < best.difference)) best = { screen, distance: s.distance, difference: s.difference! };
    }
    return best;
  }

  /** Puts `screen` first (just stored or shown again), forgetting the oldest beyond `limit`. */
  remember(screen: RecentScreen): void {
    this.screens = [screen, ...this.screens.filter((s) => s.first !== screen.first)].slice(0, this.limit);
  }

  /** Forgets the screen first read as frame `first` (its frames are gone). */
  forget(first: number): void {
    this.screens = this.screens.filter((s) => s.first !== first);
  }
}

/** A frame to store as a revisit of screen `first`: its row's fields (signature: the screen's, as first read) and what it may keep. */
export interface RevisitInput {
  first: number;
  /** the frames row: time, display, origin (title and URL redacted), the screen's hash and thumbnail, size */
  frame: Omit<NewFrame, "ocrConfidence" | "wordCount" | "sameAs">;
  /** store an image: point at the screen's image (a screen stored without one is then not repeated) */
  keepImage: boolean;
  /** copy the screen's redacted values kept in the vault (their ciphertext) to the new source */
  keepVaulted: boolean;
  /** whether the current redaction rules find something not yet redacted in a text (then it is read again) */
  unredacted: (text: string) => boolean;
  /** the pipeline's clock, epoch ms: when the row is written (a crash's leftover is swept by it) */
  now: number;
}

/** What {@link storeRevisit} stored: the new frame and source, and what they repeat. */
export interface StoredRevisit {
  frameId: number;
  sourceId: number;
  /** the frame the text and image were taken from (the newest left of the screen) */
  from: ReusableFrame;
  redactions: RedactionCounts;
  /** vault items copied for the new source */
  vaulted: number;
}

/**
 * Stores a frame as a revisit of screen `first`: in one transaction, reads the newest frame left of
 * that screen with its source and inserts the pending frame row pointing at its image (so no
 * deletion can release the file in between); then the `screenshot` source with the screen's text
 * and redaction counts and its vector (storeSources: the same text's embedding is cached), then
 * completes the row (0 bytes: the file's bytes stay with the frame that wrote it) and copies the
 * screen's vault items. Crash-safe as a new frame: a failure removes what was written
 * (retention.ts deleteFrames, which keeps a file another row points at).
 * @returns the stored frame; `null` when the screen cannot be repeated (its frames are gone, its size
 *   differs, it has no image but one is wanted, or its text holds something the current redaction
 *   rules would redact: then the frame is read as a new one); `"duplicate"` when a source with the
 *   same display, time and text exists (nothing written).
 */
export async function storeRevisit(
  db: EngramDb,
  embedder: Embedder,
  framesDir: string | null,
  input: RevisitInput,
): Promise<StoredRevisit | "duplicate" | null> {
  const { frame, first } = input;
  const pending = db.transaction(() => {
    const from = reusableFrame(db, first);
    if (!from || from.width !== frame.width || from.height !== frame.height) return null;
    if ((input.keepImage && !from.image_path) || input.unredacted(from.text)) return null;
    const imagePath = input.keepImage ? from.image_path : null;
    const row = insertPendingFrame(
      db,
      { ...frame, ocrConfidence: from.ocr_confidence, wordCount: from.word_count, sameAs: first },
      imagePath ? () => imagePath : null,
      input.now,
    );
    return { from, row };
  })();
  if (!pending) return null;
  const { from, row } = pending;
  const redactions = ((JSON.parse(from.metadata) as { redactions?: RedactionCounts }).redactions ?? {}) as RedactionCounts;
  const undo = () => deleteFrames(db, framesDir, [row.id]);
  try {
    const stored = await storeSources(db, embedder, [
      {
        source: screenshotSource({
          ...frame,
          text: from.text,
          imagePath: row.imagePath,
          frameId: row.id,
          ocrConfidence: from.ocr_confidence,
          redactions,
          sameAs: first,
        }),
      },
    ]);
    if (stored.added === 0) {
      undo();
      return "duplicate";
    }
    const sourceId = stored.sourceIds[0]!;
    const vaulted = db.transaction(() => {
      completeFrame(db, row.id, sourceId, 0);
      const items = input.keepVaulted ? listVaultItems(db, { sourceId: from.source_id }) : [];
      for (const item of items) {
        const { kind, ciphertext } = getVaultCiphertext(db, item.id)!;
        insertVaultItem(db, { kind, label: `${kind} redacted from frame ${row.id}`, ciphertext, sourceId });
      }
      return items.length;
    })();
    return { frameId: row.id, sourceId, from, redactions, vaulted };
  } catch (err) {
    undo();
    throw err;
  }
}
