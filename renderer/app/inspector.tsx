import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { Drawer } from "../components/Drawer.js";
import { EntityPanel } from "../components/EntityPanel.js";
import { MemoryPanel } from "../components/MemoryPanel.js";
import { SourcePanel } from "../components/SourcePanel.js";

/** What the inspector drawer shows: a memory (optionally with one source's context opened), a source or an entity's page. */
export type InspectorEntry = { kind: "memory"; id: number; focusSourceId?: number } | { kind: "source"; id: number } | { kind: "entity"; id: number };

interface InspectorApi {
  /** Opens a memory in the drawer; with `focusSourceId` that source's context is shown expanded. */
  openMemory: (id: number, focusSourceId?: number) => void;
  /** Opens a source (a chat turn in its conversation, or a screenshot). */
  openSource: (id: number) => void;
  /** Opens the page of an entity (a person, place or thing the memories mention). */
  openEntity: (id: number) => void;
  close: () => void;
}

const InspectorContext = createContext<InspectorApi | null>(null);

/** The global inspector: `useInspector().openMemory(id)` from anywhere (chat citations, graph, timeline). */
export function useInspector(): InspectorApi {
  const ctx = useContext(InspectorContext);
  if (!ctx) throw new Error("useInspector: no <InspectorProvider> above this component");
  return ctx;
}

/** Holds the drawer's back stack (memory → its source → …) and renders the drawer. */
export function InspectorProvider({ children }: { children: ReactNode }) {
  const [stack, setStack] = useState<InspectorEntry[]>([]);
  const push = useCallback((e: InspectorEntry) => setStack((s) => [...s, e]), []);
  const api = useMemo<InspectorApi>(
    () => ({
      openMemory: (id, focusSourceId) => push({ kind: "memory", id, focusSourceId }),
      openSource: (id) => push({ kind: "source", id }),
      openEntity: (id) => push({ kind: "entity", id }),
      close: () => setStack([]),
    }),
    [push],
  );
  const top = stack[stack.length - 1];
  const back = stack.length > 1 ? () => setStack((s) => s.slice(0, -1)) : undefined;
  return (
    <InspectorContext.Provider value={api}>
      {children}
      {top && (
        <Drawer key={stack.length} title={top.kind === "memory" ? "Memory" : top.kind === "entity" ? "About" : "Source"} onClose={api.close} onBack={back}>
          {top.kind === "memory" ? (
            <MemoryPanel
              id={top.id}
              focusSourceId={top.focusSourceId}
              onOpenMemory={api.openMemory}
              onOpenSource={api.openSource}
              onOpenEntity={api.openEntity}
              onDeleted={api.close}
            />
          ) : top.kind === "entity" ? (
            <EntityPanel id={top.id} onOpenMemory={api.openMemory} onOpenEntity={api.openEntity} />
          ) : (
            <SourcePanel id={top.id} onOpenMemory={api.openMemory} />
          )}
        </Drawer>
      )}
    </InspectorContext.Provider>
  );
}
