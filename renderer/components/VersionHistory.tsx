import type { Memory, MemoryVersion } from "../../core/api/types.js";
import { formatDateTime } from "../lib/format.js";
import { contentKeys } from "../lib/keys.js";

const OP_LABELS: Record<string, string> = {
  ADD: "Created",
  UPDATE: "Updated",
  INVALIDATE: "Invalidated",
  NOOP: "Confirmed",
  EDIT: "Edited",
  PIN: "Pinned",
  UNPIN: "Unpinned",
  DELETE: "Deleted",
  MERGE: "Merged",
  DECAY: "Decayed",
  RESTORE: "Restored",
};

/** A memory's versions, newest first: what happened, who did it, when, why, and what changed. */
export function VersionHistory({ versions }: { versions: MemoryVersion[] }) {
  if (versions.length === 0) return <p className="muted">No recorded changes.</p>;
  // Versions carry no id: each is keyed by when, what and who (in the API's order), then shown newest first.
  const newestFirst = contentKeys(versions, (v) => `${v.at}-${v.op}-${v.actor}`).sort((a, b) => b.item.at - a.item.at);
  return (
    <ol className="history" aria-label="Version history">
      {newestFirst.map(({ key, item: v }) => (
        <li key={key} className={`history-item op-${v.op.toLowerCase()}`}>
          <div className="history-head">
            <span className="history-op">{OP_LABELS[v.op] ?? v.op}</span>
            <span className="muted">by {v.actor}</span>
            <time className="muted history-time">{formatDateTime(v.at)}</time>
          </div>
          {v.reason && <p className="history-reason">{v.reason}</p>}
          <Changes before={v.before} after={v.after} />
        </li>
      ))}
    </ol>
  );
}

function Changes({ before, after }: { before: Memory | null; after: Memory | null }) {
  if (!before || !after) return null;
  const fields = (["title", "content"] as const).filter((f) => before[f] !== after[f]);
  if (fields.length === 0) return null;
  return (
    <div className="history-diff">
      {fields.map((f) => (
        <div key={f} className="diff-field">
          <span className="diff-label">{f}</span>
          <del className="diff-before">{before[f]}</del>
          <ins className="diff-after">{after[f]}</ins>
        </div>
      ))}
    </div>
  );
}
