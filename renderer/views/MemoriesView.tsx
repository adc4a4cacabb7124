import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { ListMemoriesRequest, Memory, MemoryType, SearchRequest, SourceKind } from "../../core/api/types.js";
import { useApi } from "../app/api-context.js";
import { useData } from "../app/data.js";
import { useInspector } from "../app/inspector.js";
import { navigate, type Route } from "../app/router.js";
import { useAsync } from "../app/use-async.js";
import { usePaged } from "../app/use-paged.js";
import { MEMORY_TYPES, SOURCE_KIND_LABELS, TYPE_INFO } from "../components/chips.js";
import { Icon } from "../components/icons.js";
import { AddMemoryDialog } from "../components/AddMemoryDialog.js";
import { ConsolidationNotice } from "../components/ConsolidationNotice.js";
import { NoteDialog } from "../components/NoteDialog.js";
import { TypeEmptyState } from "../components/TypeEmptyState.js";
import { MemoryPanel } from "../components/MemoryPanel.js";
import { modalOpen } from "../components/use-modal-focus.js";
import { EmptyState, ErrorState, LoadingState, Spinner } from "../components/states.js";
import { VirtualList } from "../components/VirtualList.js";
import { Welcome } from "../components/Welcome.js";
import { formatCount, formatDate, fromDateInput, withoutShownDay } from "../lib/format.js";

/** One row of the list: a memory and who it is about or who said it (null: nobody named). */
interface Row {
  memory: Memory;
  who: string | null;
  /** of a search hit, the memory from the sentence that matches the query best on, shown instead of it from its first words */
  excerpt?: string | null;
}

const ROW_HEIGHT = 68;
const PAGE_SIZE = 200;
const SORTS: Array<{ value: NonNullable<ListMemoriesRequest["sort"]>; label: string }> = [
  { value: "occurred_desc", label: "Newest first" },
  { value: "occurred_asc", label: "Oldest first" },
  { value: "updated_desc", label: "Recently changed" },
  { value: "importance_desc", label: "Most important" },
];

/**
 * The memory browser: a tab per type, the header's search with filters (time, source kind, app),
 * a virtualised list (paged 200 at a time when browsing, top 200 when searching) and the selected
 * memory's panel beside it. State lives in the URL hash (`#/memories?type=semantic&q=tea`).
 */
export function MemoriesView({ route, onImport }: { route: Route; onImport: () => void }) {
  const { isEmpty, stats } = useData();
  const p = route.params;
  const setParams = useCallback((changes: Record<string, string | undefined>) => navigate("memories", { ...Object.fromEntries(p), ...changes }), [p]);
  const type = (MEMORY_TYPES as readonly string[]).includes(p.get("type") ?? "") ? (p.get("type") as MemoryType) : null;
  const [selected, setSelected] = useState<number | null>(null);
  const [noting, setNoting] = useState(false);
  const [adding, setAdding] = useState(false);
  const listPane = useRef<HTMLDivElement>(null);
  // Closing the pane from inside it (its close button, Delete) would leave the keyboard focus on
  // nothing: it goes back to the list, on the row that was open.
  const closeDetail = useCallback(() => {
    const fromPane = document.activeElement?.closest(".detail-pane") != null;
    setSelected(null);
    if (fromPane) listPane.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus();
  }, []);

  if (isEmpty) return <Welcome />;

  return (
    <div className="view memories-view">
      <ConsolidationNotice />
      <div className="tabs-row">
        <div className="tabs" role="tablist" aria-label="Memory types" onKeyDown={onTabKey}>
          <TypeTab label="All" count={stats?.memoriesTotal} active={type === null} onClick={() => setParams({ type: undefined })} />
          {MEMORY_TYPES.map((t) => (
            <TypeTab
              key={t}
              type={t}
              label={TYPE_INFO[t].label}
              title={TYPE_INFO[t].help}
              count={stats?.memories[t]}
              active={type === t}
              onClick={() => setParams({ type: t })}
            />
          ))}
        </div>
        <div className="tabs-actions">
          <button type="button" className="btn btn-sm" onClick={() => setNoting(true)} title="Write a note">
            <Icon name="edit" size={14} /> <span className="btn-label">Write a note</span>
          </button>
          <button type="button" className="btn btn-sm" onClick={() => setAdding(true)} title="Add a memory by hand">
            <Icon name="plus" size={14} /> <span className="btn-label">Add memory</span>
          </button>
        </div>
      </div>
      <Filters params={p} setParams={setParams} />
      <div className={selected != null ? "split with-detail" : "split"}>
        <div ref={listPane} className="list-pane" role="tabpanel" aria-label={type ? TYPE_INFO[type].label : "All memories"}>
          <MemoryResults
            params={p}
            type={type}
            selected={selected}
            onSelect={setSelected}
            onImport={onImport}
            onNote={() => setNoting(true)}
            onAdd={() => setAdding(true)}
          />
        </div>
        {selected != null && <DetailPane id={selected} onClose={closeDetail} onOpenMemory={setSelected} />}
      </div>
      {noting && <NoteDialog onClose={() => setNoting(false)} onSaved={(ids) => ids[0] != null && setSelected(ids[0])} />}
      {adding && <AddMemoryDialog initialType={type} onClose={() => setAdding(false)} onAdded={setSelected} />}
    </div>
  );
}

/** Arrow keys move between tabs and select them (WAI-ARIA tabs pattern). */
function onTabKey(e: KeyboardEvent<HTMLDivElement>): void {
  if (e.key !== "ArrowRight" && e.key !== "ArrowLeft" && e.key !== "Home" && e.key !== "End") return;
  const tabs = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const i = tabs.indexOf(document.activeElement as HTMLButtonElement);
  const next = e.key === "Home" ? 0 : e.key === "End" ? tabs.length - 1 : (i + (e.key === "ArrowRight" ? 1 : -1) + tabs.length) % tabs.length;
  e.preventDefault();
  tabs[next]?.focus();
  tabs[next]?.click();
}

function TypeTab({
  type,
  label,
  title,
  count,
  active,
  onClick,
}: {
  type?: MemoryType;
  label: string;
  title?: string;
  count?: number;
  active: boolean;
  onClick: () => void;
}) {
  return (
    <button type="button" role="tab" aria-selected={active} tabIndex={active ? 0 : -1} className="tab" onClick={onClick} title={title}>
      {type && <span className={`type-dot type-${type}`} aria-hidden="true" />}
      {label}
      {count != null && <span className="tab-count">{formatCount(count)}</span>}
    </button>
  );
}

function Filters({ params, setParams }: { params: URLSearchParams; setParams: (c: Record<string, string | undefined>) => void }) {
  const searching = !!params.get("q");
  const [app, setApp] = useState(params.get("app") ?? "");
  useEffect(() => setApp(params.get("app") ?? ""), [params]);
  const filtered = hasFilters(params);
  return (
    <fieldset className="filter-bar" aria-label="Filters">
      {!searching && (
        <>
          <label className="filter">
            <span className="filter-label">Sort</span>
            <select className="select" value={params.get("sort") ?? "occurred_desc"} onChange={(e) => setParams({ sort: e.target.value })}>
              {SORTS.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          <label className="checkbox filter">
            <input type="checkbox" checked={params.get("pinned") === "1"} onChange={(e) => setParams({ pinned: e.target.checked ? "1" : undefined })} />
            Pinned only
          </label>
          <span className="filter-sep" aria-hidden="true" />
        </>
      )}
      <label className="filter">
        <span className="filter-label">From</span>
        <input className="input" type="date" value={params.get("from") ?? ""} onChange={(e) => setParams({ from: e.target.value })} />
      </label>
      <label className="filter">
        <span className="filter-label">To</span>
        <input className="input" type="date" value={params.get("to") ?? ""} onChange={(e) => setParams({ to: e.target.value })} />
      </label>
      <label className="filter">
        <span className="filter-label">Source</span>
        <select className="select" value={params.get("kind") ?? ""} onChange={(e) => setParams({ kind: e.target.value })}>
          <option value="">Any</option>
          {(Object.keys(SOURCE_KIND_LABELS) as SourceKind[]).map((k) => (
            <option key={k} value={k}>
              {SOURCE_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <form
        className="filter"
        onSubmit={(e) => {
          e.preventDefault();
          setParams({ app: app.trim() });
        }}
      >
        <span className="filter-label">App</span>
        <input
          className="input filter-app"
          value={app}
          onChange={(e) => setApp(e.target.value)}
          onBlur={() => app !== (params.get("app") ?? "") && setParams({ app: app.trim() })}
          placeholder="Any app"
          aria-label="App"
        />
      </form>
      {filtered && (
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => setParams({ from: undefined, to: undefined, kind: undefined, app: undefined })}>
          Clear filters
        </button>
      )}
    </fieldset>
  );
}

const FILTER_KEYS = ["from", "to", "kind", "app"] as const;

/** True when the URL holds a time, source or app filter. */
function hasFilters(params: URLSearchParams): boolean {
  return FILTER_KEYS.some((k) => params.get(k));
}

/** The URL's params without the time, source and app filters. */
function clearFilters(params: URLSearchParams): Record<string, string> {
  return Object.fromEntries([...params].filter(([k]) => !(FILTER_KEYS as readonly string[]).includes(k)));
}

/** The time, source and app filters of the URL, as the API takes them (browse and search alike). */
function filtersOf(params: URLSearchParams): Pick<SearchRequest, "from" | "to" | "sourceKinds" | "apps"> {
  return {
    from: fromDateInput(params.get("from") ?? ""),
    to: fromDateInput(params.get("to") ?? "", true),
    sourceKinds: params.get("kind") ? [params.get("kind") as SourceKind] : undefined,
    apps: params.get("app") ? [params.get("app")!] : undefined,
  };
}

/** What the memory list shows and what it can do: the URL's filters, the selection, the empty state's actions. */
interface ListProps {
  params: URLSearchParams;
  type: MemoryType | null;
  selected: number | null;
  onSelect: (id: number) => void;
  onImport: () => void;
  onNote: () => void;
  onAdd: () => void;
}

function MemoryResults({ params, type, selected, onSelect, onImport, onNote, onAdd }: ListProps) {
  const q = params.get("q")?.trim() ?? "";
  return q ? (
    <SearchResults query={q} params={params} type={type} selected={selected} onSelect={onSelect} />
  ) : (
    <BrowseList params={params} type={type} selected={selected} onSelect={onSelect} onImport={onImport} onNote={onNote} onAdd={onAdd} />
  );
}

function BrowseList({ params, type, selected, onSelect, onImport, onNote, onAdd }: ListProps) {
  const api = useApi();
  const { version } = useData();
  const sort = (params.get("sort") ?? "occurred_desc") as NonNullable<ListMemoriesRequest["sort"]>;
  const pinnedOnly = params.get("pinned") === "1";
  const filters = filtersOf(params);
  const key = JSON.stringify(filters);
  const paged = usePaged(
    (cursor) => api.listMemories({ types: type ? [type] : undefined, sort, pinnedOnly, ...filters, cursor, limit: PAGE_SIZE }),
    [api, type, sort, pinnedOnly, key, version],
  );
  const rows = useMemo<Row[]>(() => paged.items.map(({ who, ...memory }) => ({ memory, who })), [paged.items]);

  if (paged.error && rows.length === 0) return <ErrorState title="Could not load memories" error={paged.error} onRetry={paged.reload} />;
  if (paged.loading && rows.length === 0) return <LoadingState label="Loading memories…" />;
  if (rows.length === 0 && hasFilters(params)) {
    return (
      <EmptyState
        icon="search"
        title="No memories match these filters"
        actions={
          <button type="button" className="btn" onClick={() => navigate("memories", clearFilters(params))}>
            Clear filters
          </button>
        }
      >
        Widen the dates, or choose another source or app.
      </EmptyState>
    );
  }
  if (rows.length === 0 && type && !pinnedOnly) return <TypeEmptyState type={type} onImport={onImport} onNote={onNote} onAdd={onAdd} />;
  if (rows.length === 0 && pinnedOnly) {
    return (
      <EmptyState
        icon="pin"
        title={type ? `No ${TYPE_INFO[type].label.toLowerCase()} memory is pinned` : "Nothing pinned"}
        actions={
          <button type="button" className="btn" onClick={() => navigate("memories", { ...Object.fromEntries(params), pinned: undefined })}>
            Show all memories
          </button>
        }
      >
        Open a memory and press Pin to keep it here and out of reach of consolidation.
      </EmptyState>
    );
  }
  if (rows.length === 0) {
    return (
      <EmptyState
        icon="memories"
        title="No memories yet"
        actions={
          <button type="button" className="btn btn-primary" onClick={onImport}>
            Import chats…
          </button>
        }
      >
        Import a chat export, write a note or turn on capture.
      </EmptyState>
    );
  }
  return (
    <>
      <div className="list-summary" aria-live="polite">
        {paged.total != null
          ? `${formatCount(paged.total)} ${paged.total === 1 ? "memory" : "memories"}`
          : `${formatCount(rows.length)}${paged.hasMore ? "+" : ""} ${rows.length === 1 && !paged.hasMore ? "memory" : "memories"}`}
      </div>
      <MemoryList rows={rows} selected={selected} onSelect={onSelect} onNearEnd={paged.hasMore ? paged.loadMore : undefined} loadingMore={paged.loading} />
    </>
  );
}

function SearchResults({
  query,
  params,
  type,
  selected,
  onSelect,
}: {
  query: string;
  params: URLSearchParams;
  type: MemoryType | null;
  selected: number | null;
  onSelect: (id: number) => void;
}) {
  const api = useApi();
  const { version } = useData();
  const req: SearchRequest = { query, k: 200, types: type ? [type] : undefined, ...filtersOf(params) };
  const key = JSON.stringify(req);
  const { data, error, loading, reload } = useAsync(() => api.search(req), [api, key, version]);
  // (the search whose hits only close in meaning are shown too: none of another search's)
  const [meaningShownFor, setMeaningShownFor] = useState<string | null>(null);
  const withWords = useMemo(() => (data?.hits ?? []).filter((h) => h.scores.bm25Rank != null), [data]);
  // when some memories have the words, those are the results: the others are only close in meaning (a
  // one-word search's cosine floor sorts nothing out: "hydrangea" is as close to a Google search as to a
  // note about the plant), shown on request
  const meaningOnly = withWords.length > 0 ? (data?.hits.length ?? 0) - withWords.length : 0;
  const showMeaning = meaningOnly > 0 && meaningShownFor === key;
  const rows = useMemo<Row[]>(
    () => (meaningOnly > 0 && !showMeaning ? withWords : (data?.hits ?? [])).map((h) => ({ memory: h.memory, who: h.who, excerpt: h.excerpt })),
    [data, withWords, meaningOnly, showMeaning],
  );

  if (error) return <ErrorState title="Search failed" error={error} onRetry={reload} />;
  if (!data) return <LoadingState label="Searching…" />;
  if (rows.length === 0) {
    return (
      <EmptyState icon="search" title={`Nothing found for “${query}”`}>
        Try other words, another type tab, or clear the filters.
      </EmptyState>
    );
  }
  // every hit came from the meaning search alone: nothing has the words, say so rather than "Top 200 results"
  const noWords = withWords.length === 0;
  const count = (n: number) => `${formatCount(n)} ${n === 1 ? "result" : "results"}`;
  return (
    <>
      <div className="list-summary" aria-live="polite">
        {noWords
          ? `No memory has the words “${query}”. The ${formatCount(rows.length)} closest in meaning`
          : `${rows.length === 200 ? "Top 200 results" : count(rows.length)} for “${query}”`}{" "}
        <span className="muted">· {data.tookMs} ms</span>
        {meaningOnly > 0 && (
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => setMeaningShownFor(showMeaning ? null : key)}>
            {showMeaning ? "Only those with the words" : `Show ${formatCount(meaningOnly)} more close in meaning`}
          </button>
        )}
        {loading && <Spinner label="Updating" />}
      </div>
      <MemoryList rows={rows} selected={selected} onSelect={onSelect} />
    </>
  );
}

function MemoryList({
  rows,
  selected,
  onSelect,
  onNearEnd,
  loadingMore,
}: {
  rows: Row[];
  selected: number | null;
  onSelect: (id: number) => void;
  onNearEnd?: () => void;
  loadingMore?: boolean;
}) {
  return (
    <VirtualList
      items={rows}
      rowHeight={ROW_HEIGHT}
      getKey={(r) => r.memory.id}
      selectedKey={selected}
      onSelect={(r) => onSelect(r.memory.id)}
      label="Memories"
      onNearEnd={onNearEnd}
      footer={
        onNearEnd && loadingMore ? (
          <span className="muted">
            <Spinner label="Loading more" /> Loading more…
          </span>
        ) : undefined
      }
      renderRow={(r) => <MemoryRow row={r} />}
    />
  );
}

function MemoryRow({ row: { memory: m, who, excerpt } }: { row: Row }) {
  return (
    <div className="memory-row">
      <span className={`type-bar type-${m.type}`} aria-hidden="true" />
      <div className="memory-row-main">
        <div className="memory-row-title">
          {m.pinned && <Icon name="pin" size={13} className="pin-icon" />}
          <span className="ellipsis">{m.title}</span>
          {/* shown instead of the meta column when a detail pane leaves no room for it; CSS shows one
              of the two dates (display: none hides the other from screen readers too), so each layout reads it once */}
          <span className="memory-row-when">{formatDate(m.occurredAt ?? m.validFrom)}</span>
        </div>
        <div className="memory-row-snippet">
          <span className="memory-row-text ellipsis">{withoutShownDay(excerpt ?? m.content, m.occurredAt ?? m.validFrom)}</span>
          {/* who, shown instead of the meta column with the date above (cut short rather than left out) */}
          <span className="memory-row-who ellipsis" title={who ?? undefined}>
            {who ?? TYPE_INFO[m.type].label}
          </span>
        </div>
      </div>
      <div className="memory-row-meta">
        <span>{formatDate(m.occurredAt ?? m.validFrom)}</span>
        <span className="muted ellipsis" title={who ? `${who} · ${TYPE_INFO[m.type].label}` : undefined}>
          {who ?? TYPE_INFO[m.type].label}
        </span>
      </div>
    </div>
  );
}

/** True for elements where Escape belongs to the field (a search box clears, a form cancels). */
function isField(t: EventTarget | null): boolean {
  return t instanceof HTMLElement && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName));
}

function DetailPane({ id, onClose, onOpenMemory }: { id: number; onClose: () => void; onOpenMemory: (id: number) => void }) {
  const inspector = useInspector();
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  useEffect(() => {
    // Escape closes the pane wherever focus is (the list keeps it after a click), unless a dialog or
    // drawer is open above it or a field has its own use for the key
    const onKey = (e: globalThis.KeyboardEvent): void => {
      if (e.key !== "Escape" || e.defaultPrevented || modalOpen() || isField(e.target)) return;
      e.preventDefault();
      closeRef.current();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return (
    <aside className="detail-pane" aria-label="Memory details">
      <div className="detail-pane-head">
        <span className="muted">Memory #{id}</span>
        <button type="button" className="icon-btn" onClick={onClose} aria-label="Close details">
          <Icon name="close" />
        </button>
      </div>
      <div className="detail-pane-body">
        <MemoryPanel key={id} id={id} onOpenMemory={onOpenMemory} onOpenSource={inspector.openSource} onOpenEntity={inspector.openEntity} onDeleted={onClose} />
      </div>
    </aside>
  );
}
