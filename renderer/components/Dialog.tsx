import { useRef, type ReactNode } from "react";
import { useModalFocus } from "./use-modal-focus.js";

/** A centred modal dialog (Escape or a click outside closes it). */
export function Dialog({ title, onClose, children, labelledBy }: { title: string; onClose: () => void; children: ReactNode; labelledBy?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useModalFocus(ref, onClose);
  const id = labelledBy ?? "dialog-title";
  return (
    <div className="dialog-scrim" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby={id} ref={ref} tabIndex={-1}>
        <h2 id={id}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
