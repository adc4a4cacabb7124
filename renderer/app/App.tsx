import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import type { EngramApi } from "../../core/api/types.js";
import { ErrorBoundary } from "../components/ErrorBoundary.js";
import { ImportDialog } from "../components/ImportDialog.js";
import { ReconnectDialog, useSessionLost } from "../components/ReconnectDialog.js";
import { LoadingState } from "../components/states.js";
import { ChatView } from "../views/ChatView.js";
import { CaptureView } from "../views/CaptureView.js";
import { MemoriesView } from "../views/MemoriesView.js";
import { ModelsView } from "../views/ModelsView.js";
import { PrivacyView } from "../views/PrivacyView.js";
import { TimelineView } from "../views/TimelineView.js";
import { ApiProvider } from "./api-context.js";
import { DataProvider, useData } from "./data.js";
import { Header } from "./Header.js";
import { InspectorProvider } from "./inspector.js";
import { useRoute, type Route } from "./router.js";
import { useGlobalShortcuts } from "./shortcuts.js";
import { Sidebar } from "./Sidebar.js";
import { useTheme } from "./theme.js";
import { ToastProvider } from "./toasts.js";

// The graph view (sigma.js, WebGL) loads on first visit: a smaller start and no WebGL at startup.
const GraphView = lazy(() => import("../views/GraphView.js").then((m) => ({ default: m.GraphView })));

/** The whole app around one `EngramApi` (the real client in main.tsx, a fake in component tests). */
export function App({ api }: { api: EngramApi }) {
  return (
    <ApiProvider api={api}>
      <ToastProvider>
        <DataProvider>
          <InspectorProvider>
            <Shell />
          </InspectorProvider>
        </DataProvider>
      </ToastProvider>
    </ApiProvider>
  );
}

function Shell() {
  const route = useRoute();
  const { theme, toggle } = useTheme();
  const searchRef = useRef<HTMLInputElement>(null);
  const [importing, setImporting] = useState(false);
  const focusSearch = useCallback(() => {
    searchRef.current?.focus();
    searchRef.current?.select();
  }, []);
  useGlobalShortcuts(focusSearch);
  // On the first-run page its own drop zone takes the file.
  const { isEmpty } = useData();
  useFileDrop(useCallback(() => !isEmpty && setImporting(true), [isEmpty]));
  const lost = useSessionLost();
  const [reconnectDismissed, setReconnectDismissed] = useState(false);

  return (
    <div className="app">
      {/* A button, not a link: the hash is the router's, so "#main-content" would change the view. */}
      <button type="button" className="skip-link" onClick={() => document.getElementById("main-content")?.focus()}>
        Skip to content
      </button>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          E
        </span>
        <span>Engram</span>
      </div>
      <Header ref={searchRef} route={route} theme={theme} onToggleTheme={toggle} />
      <Sidebar current={route.view} onImport={() => setImporting(true)} />
      <main className="main" id="main-content" tabIndex={-1} data-view={route.view}>
        <ErrorBoundary resetKey={route.view}>
          <CurrentView route={route} onImport={() => setImporting(true)} />
        </ErrorBoundary>
      </main>
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
      {lost && !reconnectDismissed && <ReconnectDialog onClose={() => setReconnectDismissed(true)} />}
    </div>
  );
}

/**
 * Dragging a file over the window opens the import dialog (whose drop zone takes it); a file
 * dropped anywhere else is ignored instead of the browser navigating away to it.
 */
function useFileDrop(onFileDrag: () => void): void {
  useEffect(() => {
    const hasFiles = (e: DragEvent): boolean => !!e.dataTransfer && [...e.dataTransfer.types].includes("Files");
    const onEnter = (e: DragEvent): void => {
      if (hasFiles(e)) onFileDrag();
    };
    const block = (e: DragEvent): void => {
      if (hasFiles(e)) e.preventDefault();
    };
    window.addEventListener("dragenter", onEnter);
    window.addEventListener("dragover", block);
    window.addEventListener("drop", block);
    return () => {
      window.removeEventListener("dragenter", onEnter);
      window.removeEventListener("dragover", block);
      window.removeEventListener("drop", block);
    };
  }, [onFileDrag]);
}

function CurrentView({ route, onImport }: { route: Route; onImport: () => void }) {
  switch (route.view) {
    case "chat":
      return <ChatView route={route} onImport={onImport} />;
    case "memories":
      return <MemoriesView route={route} onImport={onImport} />;
    case "timeline":
      return <TimelineView route={route} onImport={onImport} />;
    case "graph":
      return (
        <Suspense fallback={<LoadingState label="Loading the graph…" />}>
          <GraphView onImport={onImport} />
        </Suspense>
      );
    case "capture":
      return <CaptureView />;
    case "models":
      return <ModelsView />;
    case "privacy":
      return <PrivacyView onImport={onImport} />;
  }
}
