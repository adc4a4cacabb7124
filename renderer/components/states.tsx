import type { ReactNode } from "react";
import { errorMessage } from "../lib/format.js";
import { Icon, type IconName } from "./icons.js";

/** A centred empty state: icon, title, one line of help and optional actions. */
export function EmptyState({ icon, title, children, actions }: { icon: IconName; title: string; children?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="state state-empty">
      <div className="state-icon">
        <Icon name={icon} size={28} />
      </div>
      <h2 className="state-title">{title}</h2>
      {children && <div className="state-body">{children}</div>}
      {actions && <div className="state-actions">{actions}</div>}
    </div>
  );
}

/** An error state showing the API's message, with a Retry button when `onRetry` is given. */
export function ErrorState({ error, title = "Something went wrong", onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  return (
    <div className="state state-error" role="alert">
      <div className="state-icon">
        <Icon name="alert" size={28} />
      </div>
      <h2 className="state-title">{title}</h2>
      <p className="state-body error-text">{errorMessage(error)}</p>
      {onRetry && (
        <div className="state-actions">
          <button type="button" className="btn" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
    </div>
  );
}

/** An inline spinner with an accessible label. */
export function Spinner({ label = "Loading" }: { label?: string }) {
  return (
    <span className="spinner-wrap" role="status">
      <span className="spinner" aria-hidden="true" />
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

/** A full-area loading state. */
export function LoadingState({ label = "Loading…" }: { label?: string }) {
  return (
    <div className="state state-loading">
      <Spinner label={label} />
      <p className="state-body">{label}</p>
    </div>
  );
}
