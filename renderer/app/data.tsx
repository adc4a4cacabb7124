import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { Stats } from "../../core/api/types.js";
import { useApi } from "./api-context.js";
import { useAsync } from "./use-async.js";

/** App-wide data state: database counts and a version that bumps whenever data changed. */
export interface DataState {
  /** row counts, undefined until the first load */
  stats: Stats | undefined;
  statsError: unknown;
  /** bumps after imports, edits, deletions; views that list data reload when it changes */
  version: number;
  /** call after changing data: reloads stats and bumps `version` */
  changed: () => void;
  /** true once stats say there is nothing at all (no memories, no sources): the first run */
  isEmpty: boolean;
}

const DataContext = createContext<DataState | null>(null);

/** Loads `stats` once and on every `changed()`. */
export function DataProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [version, setVersion] = useState(0);
  const { data: stats, error: statsError } = useAsync(() => api.stats({}), [api, version]);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const value = useMemo<DataState>(() => {
    const sources = stats ? Object.values(stats.sources).reduce((a, b) => a + b, 0) : 0;
    return { stats, statsError, version, changed, isEmpty: !!stats && stats.memoriesTotal === 0 && sources === 0 };
  }, [stats, statsError, version, changed]);
  return <DataContext.Provider value={value}>{children}</DataContext.Provider>;
}

/** The nearest `<DataProvider>` state. */
export function useData(): DataState {
  const ctx = useContext(DataContext);
  if (!ctx) throw new Error("useData: no <DataProvider> above this component");
  return ctx;
}
