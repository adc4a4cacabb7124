import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";

/** A toast: a short message, optionally with one action (e.g. Undo). */
export interface ToastSpec {
  message: string;
  /** `error` toasts are announced assertively and styled as errors. */
  tone?: "info" | "success" | "error";
  action?: { label: string; onAction: () => void };
  /** Called once when the toast goes away without its action being used (timeout or dismiss). */
  onExpire?: () => void;
  /** How long it stays, ms (default 6000; errors 9000). */
  durationMs?: number;
}

interface ToastEntry extends ToastSpec {
  id: number;
}

interface ToastApi {
  /** Shows a toast; returns its id. */
  show: (t: ToastSpec) => number;
  /** Removes a toast as if it expired (its `onExpire` runs). */
  dismiss: (id: number) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

/** Toasts of the app: `useToasts().show({ message, action })`. Must be inside `<ToastProvider>`. */
export function useToasts(): ToastApi {
  const ctx = useContext(ToastContext);
  if (!ctx) throw new Error("useToasts: no <ToastProvider> above this component");
  return ctx;
}

/** Holds the toast stack and renders it bottom-centre in an aria-live region. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastEntry[]>([]);
  const nextId = useRef(1);
  const byId = useRef(new Map<number, ToastEntry>());

  const remove = useCallback((id: number, expired: boolean) => {
    const t = byId.current.get(id);
    if (!t) return;
    byId.current.delete(id);
    setToasts((all) => all.filter((x) => x.id !== id));
    if (expired) t.onExpire?.();
  }, []);

  const api = useMemo<ToastApi>(
    () => ({
      show: (spec) => {
        const entry = { ...spec, id: nextId.current++ };
        byId.current.set(entry.id, entry);
        setToasts((all) => [...all.slice(-3), entry]);
        return entry.id;
      },
      dismiss: (id) => remove(id, true),
    }),
    [remove],
  );

  // Pending toasts (e.g. a deferred delete) must complete when the window closes.
  useEffect(() => {
    const flush = (): void => {
      for (const id of [...byId.current.keys()]) remove(id, true);
    };
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, [remove]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <section className="toasts" aria-label="Notifications">
        {toasts.map((t) => (
          <Toast key={t.id} toast={t} onDone={(expired) => remove(t.id, expired)} />
        ))}
      </section>
    </ToastContext.Provider>
  );
}

function Toast({ toast, onDone }: { toast: ToastEntry; onDone: (expired: boolean) => void }) {
  const duration = toast.durationMs ?? (toast.tone === "error" ? 9000 : 6000);
  // The parent passes a new `onDone` on every render: reading it through a ref keeps the timer
  // running from the toast's first render instead of restarting it whenever another toast comes.
  const onDoneRef = useRef(onDone);
  onDoneRef.current = onDone;
  useEffect(() => {
    const timer = setTimeout(() => onDoneRef.current(true), duration);
    return () => clearTimeout(timer);
  }, [duration]);
  return (
    <div className={`toast toast-${toast.tone ?? "info"}`} role={toast.tone === "error" ? "alert" : "status"}>
      <span className="toast-message">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="btn btn-ghost toast-action"
          onClick={() => {
            toast.action!.onAction();
            onDone(false);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="icon-btn toast-close" aria-label="Dismiss notification" onClick={() => onDone(true)}>
        ×
      </button>
    </div>
  );
}
