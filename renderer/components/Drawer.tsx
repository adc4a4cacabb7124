import { useRef, type ReactNode } from "react";
import { Icon } from "./icons.js";
import { useModalFocus } from "./use-modal-focus.js";

/** A right-hand modal drawer with a title, optional Back, and Close (Escape closes too). */
export function Drawer({ title, onClose, onBack, children }: { title: string; onClose: () => void; onBack?: () => void; children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  useModalFocus(ref, onClose);
  return (
    <>
      <div className="drawer-scrim" onClick={onClose} aria-hidden="true" />
      <aside className="drawer" role="dialog" aria-modal="true" aria-label={title} ref={ref} tabIndex={-1}>
        <div className="drawer-head">
          {onBack && (
            <button type="button" className="icon-btn" onClick={onBack} aria-label="Back">
              <Icon name="chevron-left" />
            </button>
          )}
          <h2>{title}</h2>
          <button type="button" className="icon-btn" onClick={onClose} aria-label="Close panel" data-autofocus>
            <Icon name="close" />
          </button>
        </div>
        <div className="drawer-body">{children}</div>
      </aside>
    </>
  );
}
