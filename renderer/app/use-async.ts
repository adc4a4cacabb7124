import { useCallback, useEffect, useRef, useState, type DependencyList } from "react";

/** State of an async load: the last value, the last error, whether a load is running, and reload. */
export interface AsyncState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs `load` when `deps` change (and on `reload()`), keeping the previous data while a new load
 * runs. Results of superseded loads are dropped, so a slow old request never overwrites a newer one.
 */
export function useAsync<T>(load: () => Promise<T>, deps: DependencyList): AsyncState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(true);
  const seq = useRef(0);
  // `load` is read through a ref, not listed as a dependency: callers pass a new closure on every
  // render and list what it reads in `deps`.
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(() => {
    const mine = ++seq.current;
    setLoading(true);
    loadRef.current().then(
      (v) => {
        if (mine !== seq.current) return;
        setData(v);
        setError(undefined);
        setLoading(false);
      },
      (e: unknown) => {
        if (mine !== seq.current) return;
        setError(e);
        setLoading(false);
      },
    );
  }, []);

  useEffect(() => reload(), [reload, ...deps]);

  return { data, error, loading, reload };
}
