import { useState } from "react";
import type { ConsolidationNotice as Notice } from "../../core/api/types.js";
import { useApi } from "../app/api-context.js";
import { useData } from "../app/data.js";
import { useInspector } from "../app/inspector.js";
import { useToasts } from "../app/toasts.js";
import { useAsync } from "../app/use-async.js";
import { countOf, errorMessage, formatDateTime } from "../lib/format.js";
import { Dialog } from "./Dialog.js";
import { Icon } from "./icons.js";

/** Settings key: the time of the last consolidation run the user has seen the notice of. */
const SEEN_KEY = "ui.consolidationSeenAt";

/** "merged 4 near-duplicate memories and summarised 30 old episodes". */
function whatItDid(n: Notice): string {
  const parts = [
    n.merged > 0 ? `merged ${countOf(n.merged, "near-duplicate memory", "near-duplicate memories")} into ${n.merged === 1 ? "another" : "others"}` : null,
    n.summarised > 0 ? `summarised ${countOf(n.summarised, "old episode")}` : null,
  ].filter(Boolean);
  return parts.join(" and ");
}

/**
 * Says what background consolidation did since the user last looked (memories do not just
 * disappear): a notice with Review (each hidden memory, what replaced it, Open and Undo) and
 * Dismiss (remembered in the settings).
 */
export function ConsolidationNotice() {
  const api = useApi();
  const { version } = useData();
  const notice = useAsync(() => Promise.all([api.lastConsolidation({}), api.getSettings({})]), [api, version]);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const [n, settings]: [Notice | null, Record<string, unknown>] = notice.data ?? [null, {}];
  const seen = Math.max(Number(settings[SEEN_KEY] ?? 0), dismissed ?? 0);
  if (!n || (n.at <= seen && !reviewing)) return null;

  const dismiss = (): void => {
    setDismissed(n.at);
    void api.setSettings({ values: { [SEEN_KEY]: n.at } }).catch(() => undefined);
  };
  return (
    <>
      {n.at > seen && (
        <div className="banner banner-info consolidation-notice" role="status" data-testid="consolidation-notice">
          <Icon name="sparkles" />
          <div className="banner-main">
            On {formatDateTime(n.at)} Engram tidied your memories: it {whatItDid(n)}. Nothing was deleted; you can bring any of them back.
          </div>
          <button type="button" className="btn btn-sm" onClick={() => setReviewing(true)}>
            Review…
          </button>
          <button type="button" className="btn btn-ghost btn-sm" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
      {reviewing && <ConsolidationReview notice={n} onChanged={notice.reload} onClose={() => setReviewing(false)} />}
    </>
  );
}

/** The memories a consolidation run hid, each with what replaced it, Open and Undo. */
function ConsolidationReview({ notice: n, onChanged, onClose }: { notice: Notice; onChanged: () => void; onClose: () => void }) {
  const api = useApi();
  const { changed } = useData();
  const { openMemory } = useInspector();
  const toasts = useToasts();
  const [busy, setBusy] = useState<number | null>(null);
  const undo = async (id: number): Promise<void> => {
    setBusy(id);
    try {
      await api.undoMerge({ id });
      toasts.show({ message: "Memory brought back", tone: "success" });
      changed();
      onChanged();
    } catch (e) {
      toasts.show({ message: errorMessage(e), tone: "error" });
    } finally {
      setBusy(null);
    }
  };
  const more = n.merged + n.summarised - n.items.length;
  return (
    <Dialog title="What consolidation did" onClose={onClose}>
      <p className="muted">
        On {formatDateTime(n.at)} Engram {whatItDid(n)}
        {n.decayed > 0 ? `, and lowered the importance of ${countOf(n.decayed, "memory", "memories")} never recalled` : ""}.
      </p>
      <ul className="consolidation-list" aria-label="Merged memories">
        {n.items.map((i) => (
          <li key={i.memory.id} className="consolidation-item">
            <div className="consolidation-text">
              <span>{i.memory.title}</span>
              <span className="muted">
                {i.kind === "merged" ? "merged into " : "summarised into "}
                {i.into ? (
                  <button
                    type="button"
                    className="inline-link"
                    onClick={() => {
                      onClose();
                      openMemory(i.into!.id);
                    }}
                  >
                    {i.into.title}
                  </button>
                ) : (
                  "a memory since deleted"
                )}
              </span>
            </div>
            {i.restored ? (
              <span className="muted">Brought back</span>
            ) : (
              <button
                type="button"
                className="btn btn-sm"
                disabled={busy != null}
                onClick={() => void undo(i.memory.id)}
                aria-label={`Undo: bring back “${i.memory.title}”`}
              >
                Undo
              </button>
            )}
          </li>
        ))}
      </ul>
      {more > 0 && <p className="muted">…and {countOf(more, "more")} (see each memory’s history).</p>}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
