import { useRef, type ReactNode } from "react";
import { useModalFocus } from "./use-modal-focus.js";

/** A centred modal dialog (Escape or a click outside closes it). */
export function Dialog({ title, onClose, children, labelledBy }: { title: string; onClose: () => void; children: ReactNode; labelledBy?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useModalFocus(ref, onClose);
  const id = labelledBy ?? "dialog-title";
  return (
    <div className="dialog-layer">
      {/* A press on the dimmed page around the dialog closes it (as a drawer's scrim does); keyboard users have Escape. */}
      <div className="dialog-scrim" onMouseDown={onClose} aria-hidden="true" />
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby={id} ref={ref} tabIndex={-1}>
        <h2 id={id}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
