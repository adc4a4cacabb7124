import { useCallback, useEffect, useRef, useState, type DependencyList } from "react";
import type { Page } from "../../core/api/types.js";

/** Accumulated pages of a cursor-paged query. */
export interface PagedState<T> {
  items: T[];
  /** total rows when the API counted them, else null */
  total: number | null;
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  /** fetches the next page (no-op while one is loading or when there is none) */
  loadMore: () => void;
  reload: () => void;
}

/**
 * Cursor paging: loads the first page when `deps` change, then one more page per `loadMore()`.
 * Pages of a superseded query are dropped. `fetchPage(cursor)` gets undefined for the first page.
 */
export function usePaged<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>, deps: DependencyList): PagedState<T> {
  const [items, setItems] = useState<T[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(undefined);
  const gen = useRef(0);
  const busy = useRef(false);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const load = useCallback((from: string | undefined, mine: number, append: boolean) => {
    busy.current = true;
    setLoading(true);
    fetchRef.current(from).then(
      (page) => {
        if (mine !== gen.current) return;
        setItems((prev) => (append ? [...prev, ...page.items] : page.items));
        setTotal(page.total);
        setCursor(page.nextCursor);
        setError(undefined);
        setLoading(false);
        busy.current = false;
      },
      (e: unknown) => {
        if (mine !== gen.current) return;
        setError(e);
        setLoading(false);
        busy.current = false;
      },
    );
  }, []);

  const reload = useCallback(() => {
    const mine = ++gen.current;
    setCursor(null);
    load(undefined, mine, false);
  }, [load]);

  useEffect(() => reload(), [reload, ...deps]);

  const loadMore = useCallback(() => {
    if (busy.current || !cursor) return;
    load(cursor, gen.current, true);
  }, [cursor, load]);
  return { items, total, hasMore: cursor != null, loading, error, loadMore, reload };
}
