import type { Citation } from "../../../core/api/types.js";
import { useInspector } from "../../app/inspector.js";
import { formatDate } from "../../lib/format.js";

/**
 * A citation of an answer. Clicking opens the memory in the inspector with its first source's
 * context expanded (the chat turn among its neighbours, or the screenshot).
 */
export function CitationChip({ citation: c, index, long = false }: { citation: Citation; index: number; long?: boolean }) {
  const { openMemory } = useInspector();
  const src = c.sources[0];
  const who = src?.speaker ?? (src?.kind === "screenshot" ? (src.app ?? "Screenshot") : null);
  return (
    <button
      type="button"
      className={long ? "citation citation-long" : "citation"}
      onClick={() => openMemory(c.memoryId, src?.sourceId)}
      title={`Open memory: ${c.title}`}
      data-testid="citation"
    >
      <span className="citation-no">{index}</span>
      <span className="citation-title ellipsis">{c.title}</span>
      {(who || c.occurredAt != null) && (
        <span className="citation-meta">
          {[who, c.occurredAt != null ? formatDate(c.occurredAt) : null].filter(Boolean).join(" · ")}
        </span>
      )}
    </button>
  );
}
