import type { Citation } from "../../../core/api/types.js";
import { useInspector } from "../../app/inspector.js";
import { formatDate, withoutShownDay } from "../../lib/format.js";

/** Longest memory text shown whole in a source chip; a longer one (an episode) shows its title. */
const SHOWN_CHARS = 320;

/**
 * What a citation says: the memory's whole text (without its closing day said, which the date beside
 * it shows), or in a chip (`long` false) the title of a memory over 320 characters. A `long` citation
 * is an item of "what I remember", the answer itself when no chat model is installed: it shows the
 * text, whose words matched the question (a title may be about another part of it), or of a long
 * memory the part that answers the question (`excerpt`), since the stylesheet limits an item to a
 * few lines.
 */
function citationLabel(c: Citation, long = false): string {
  if (long) return withoutShownDay(c.excerpt ?? c.text, c.occurredAt);
  return c.text.length <= SHOWN_CHARS ? withoutShownDay(c.text, c.occurredAt) : c.title;
}

/**
 * A citation of an answer: the memory's whole text (not the title cut short), all of it in the
 * tooltip. Clicking opens the memory in the inspector with its first source's context expanded
 * (the chat turn among its neighbours, or the screenshot).
 */
export function CitationChip({ citation: c, index, long = false }: { citation: Citation; index: number; long?: boolean }) {
  const { openMemory } = useInspector();
  const src = c.sources[0];
  const who = c.speaker ?? (src?.kind === "screenshot" ? (src.app ?? "Screenshot") : null);
  return (
    <button
      type="button"
      className={long ? "citation citation-long" : "citation"}
      onClick={() => openMemory(c.memoryId, src?.sourceId)}
      title={c.text}
      data-testid="citation"
      data-memory-id={c.memoryId}
    >
      <span className="citation-no">{index}</span>
      <span className="citation-title">{citationLabel(c, long)}</span>
      {(who || c.occurredAt != null) && (
        <span className="citation-meta">{[who, c.occurredAt != null ? formatDate(c.occurredAt) : null].filter(Boolean).join(" · ")}</span>
      )}
    </button>
  );
}
