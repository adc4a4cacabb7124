import { useCallback, useEffect, useState } from "react";
import type { GraphEdge, GraphNode, GraphResult, MemoryType } from "../../core/api/types.js";
import { useApi } from "../app/api-context.js";
import { useData } from "../app/data.js";
import { useInspector } from "../app/inspector.js";
import { MEMORY_TYPES, TYPE_INFO } from "../components/chips.js";
import { EmptyState, ErrorState, LoadingState, Spinner } from "../components/states.js";
import { Welcome } from "../components/Welcome.js";
import { countOf, errorMessage, formatCount, formatDate } from "../lib/format.js";
import { GraphCanvas } from "./graph/GraphCanvas.js";

/** Nodes asked for per page. The server counts memories and entities in it: with entities shown a
 * page holds at most 3/4 of it in memories (1,500; core/api/graph.ts MEMORY_SHARE), the rest the
 * entities they mention most, so the status bar counts shown memories against `total`, not PAGE. */
const PAGE = 2000;
/** Nodes (memories and entities) after which Load more is no longer offered. */
const MAX_NODES = 5000;
const DAY_MS = 86_400_000;

interface Loaded {
  nodes: GraphNode[];
  edges: GraphEdge[];
  total: number;
  nextCursor: string | null;
}

/** `a` followed by the items of `b` whose id is not in `a` (pages may repeat entities and edges). */
function mergeById<T extends { id: string | number }>(a: T[], b: T[]): T[] {
  const seen = new Set(a.map((x) => x.id));
  return [...a, ...b.filter((x) => !seen.has(x.id))];
}

/** How many memories the graph shows of the `total` matching: "1,500 of 2,231 memories", or "2,231 memories" when it shows them all. */
function shownOf(shown: number, total: number): string {
  return shown < total ? `${formatCount(shown)} of ${countOf(total, "memory", "memories")}` : countOf(shown, "memory", "memories");
}

/** Follows `<html data-theme>` so the canvas can re-read the theme colours. */
function useDocumentTheme(): string {
  const [theme, setTheme] = useState(() => document.documentElement.dataset.theme ?? "light");
  useEffect(() => {
    const mo = new MutationObserver(() => setTheme(document.documentElement.dataset.theme ?? "light"));
    mo.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
    return () => mo.disconnect();
  }, []);
  return theme;
}

/**
 * The memory graph: memories and entities with their links (sigma.js + ForceAtlas2), coloured by
 * type. Filter by type, show/hide entities, narrow to a time window with the slider; click a
 * memory to open it, an entity to open its page. Loads 2,000 nodes at a time (with entities
 * shown: up to 1,500 memories and the entities they mention most), up to 5,000; the status bar
 * says how many of the memories matching it shows ("1,500 of 2,231 memories").
 */
export function GraphView({ onImport }: { onImport: () => void }) {
  const api = useApi();
  const { isEmpty, version } = useData();
  const { openMemory, openEntity } = useInspector();
  const theme = useDocumentTheme();
  const [types, setTypes] = useState<Set<MemoryType>>(() => new Set(MEMORY_TYPES));
  const [entities, setEntities] = useState(true);
  const [span, setSpan] = useState<GraphResult["span"]>(null);
  const [window_, setWindow] = useState<{ from: number; to: number } | null>(null);
  const [debouncedWindow, setDebouncedWindow] = useState(window_);
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [layoutRunning, setLayoutRunning] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const t = setTimeout(() => setDebouncedWindow(window_), 350);
    return () => clearTimeout(t);
  }, [window_]);

  const request = useCallback(
    (cursor?: string) =>
      api.graph({
        types: types.size === MEMORY_TYPES.length ? undefined : [...types],
        includeEntities: entities,
        from: debouncedWindow?.from,
        to: debouncedWindow ? debouncedWindow.to + DAY_MS : undefined,
        limit: PAGE,
        cursor,
      }),
    [api, types, entities, debouncedWindow],
  );

  // `version` and `attempt` are not read here: they are reload triggers, for memories changed
  // anywhere in the app and for Try again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: version and attempt trigger a reload
  useEffect(() => {
    let live = true;
    setLoading(true);
    request().then(
      (r) => {
        if (!live) return;
        setData({ nodes: r.nodes, edges: r.edges, total: r.totalNodes, nextCursor: r.nextCursor });
        if (r.span) setSpan((old) => old ?? r.span);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(e);
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [request, version, attempt]);

  const loadMore = async (): Promise<void> => {
    if (!data?.nextCursor) return;
    setLoadingMore(true);
    try {
      const r = await request(data.nextCursor);
      setData({ nodes: mergeById(data.nodes, r.nodes), edges: mergeById(data.edges, r.edges), total: r.totalNodes, nextCursor: r.nextCursor });
    } catch (e) {
      setError(e);
    } finally {
      setLoadingMore(false);
    }
  };

  if (isEmpty) return <Welcome />;

  const toggleType = (t: MemoryType): void =>
    setTypes((old) => {
      const next = new Set(old);
      if (next.has(t)) next.delete(t);
      else next.add(t);
      return next;
    });

  return (
    <div className="view graph-view">
      <div className="toolbar-bar graph-toolbar">
        <fieldset className="type-filter">
          <legend className="visually-hidden">Memory types shown</legend>
          {MEMORY_TYPES.map((t) => (
            <label key={t} className={`type-toggle type-${t}`} title={TYPE_INFO[t].help}>
              <input type="checkbox" checked={types.has(t)} onChange={() => toggleType(t)} />
              <span className="type-dot" aria-hidden="true" />
              {TYPE_INFO[t].label}
            </label>
          ))}
          <label className="type-toggle type-entity">
            <input type="checkbox" checked={entities} onChange={(e) => setEntities(e.target.checked)} />
            <span className="type-dot" aria-hidden="true" />
            Entities
          </label>
        </fieldset>
        {span && <TimeSlider span={span} value={window_} onChange={setWindow} />}
      </div>
      <div className="graph-stage">
        {/* the drawing area ends above the status bar: the bar never covers a node */}
        <div className="graph-area">
          {error && !data ? (
            <ErrorState
              title="Could not load the graph"
              error={error}
              onRetry={() => {
                setError(null);
                setData(null);
                setAttempt((n) => n + 1);
              }}
            />
          ) : !data ? (
            <LoadingState label="Loading the graph…" />
          ) : data.nodes.length === 0 ? (
            <EmptyState
              icon="graph"
              title="No memories match"
              actions={
                <button type="button" className="btn" onClick={onImport}>
                  Import chats…
                </button>
              }
            >
              Turn more types on, widen the time window, or import more chats.
            </EmptyState>
          ) : (
            <GraphCanvas
              // built anew with the theme: its colours are read from the CSS variables when it is built
              key={theme}
              nodes={data.nodes}
              edges={data.edges}
              onLayoutState={setLayoutRunning}
              onNodeClick={(n) => (n.kind === "memory" ? openMemory(n.refId) : openEntity(n.refId))}
            />
          )}
        </div>
        {data && data.nodes.length > 0 && (
          <div className="graph-status" aria-live="polite">
            <span>
              {shownOf(data.nodes.filter((n) => n.kind === "memory").length, data.total)} ·{" "}
              {countOf(data.nodes.filter((n) => n.kind === "entity").length, "entity", "entities")} · {countOf(data.edges.length, "link")}
            </span>
            {(loading || layoutRunning) && (
              <span className="muted">
                <Spinner label="Working" /> {loading ? "Loading…" : "Arranging…"}
              </span>
            )}
            {data.nextCursor && data.nodes.length < MAX_NODES && (
              <button type="button" className="btn btn-sm" onClick={() => void loadMore()} disabled={loadingMore}>
                {loadingMore ? "Loading…" : "Load more"}
              </button>
            )}
            {error != null && (
              <>
                <span className="error-text">{errorMessage(error)}</span>
                <button
                  type="button"
                  className="btn btn-sm"
                  onClick={() => {
                    setError(null);
                    if (data.nextCursor) void loadMore();
                    else setAttempt((n) => n + 1);
                  }}
                >
                  Try again
                </button>
              </>
            )}
          </div>
        )}
      </div>
    </div>
  );
}

function TimeSlider({
  span,
  value,
  onChange,
}: {
  span: { from: number; to: number };
  value: { from: number; to: number } | null;
  onChange: (v: { from: number; to: number } | null) => void;
}) {
  const days = Math.max(1, Math.ceil((span.to - span.from) / DAY_MS));
  const from = value ? Math.round((value.from - span.from) / DAY_MS) : 0;
  const to = value ? Math.round((value.to - span.from) / DAY_MS) : days;
  const set = (f: number, t: number): void => onChange(f <= 0 && t >= days ? null : { from: span.from + f * DAY_MS, to: span.from + t * DAY_MS });
  // (the last step ends after the newest memory, a day rounded up: its day is what the window ends on)
  const endLabel = formatDate(Math.min(span.to, span.from + to * DAY_MS));
  return (
    <fieldset className="time-slider" aria-label="Time window">
      <span className="time-label">{formatDate(span.from + from * DAY_MS)}</span>
      <div className="time-ranges">
        <input
          type="range"
          min={0}
          max={days}
          value={from}
          aria-label="Window start"
          aria-valuetext={formatDate(span.from + from * DAY_MS)}
          onChange={(e) => set(Math.min(Number(e.target.value), to), to)}
        />
        <input
          type="range"
          min={0}
          max={days}
          value={to}
          aria-label="Window end"
          aria-valuetext={endLabel}
          onChange={(e) => set(from, Math.max(Number(e.target.value), from))}
        />
      </div>
      <span className="time-label">{endLabel}</span>
      {/* always laid out (hidden when unused): appearing mid-drag it shifted the slider under the pointer */}
      <button
        type="button"
        className={value ? "btn btn-ghost btn-sm" : "btn btn-ghost btn-sm is-hidden"}
        onClick={() => onChange(null)}
        disabled={!value}
        aria-hidden={!value}
      >
        All time
      </button>
    </fieldset>
  );
}
