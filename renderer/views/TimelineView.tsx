import { useEffect, useRef, useState } from "react";
import type { TimelineDay } from "../../core/api/types.js";
import { useApi } from "../app/api-context.js";
import { useData } from "../app/data.js";
import { useInspector } from "../app/inspector.js";
import { navigate, type Route } from "../app/router.js";
import { usePaged } from "../app/use-paged.js";
import { TYPE_INFO, TypeChip } from "../components/chips.js";
import { Icon } from "../components/icons.js";
import { EmptyState, ErrorState, LoadingState, Spinner } from "../components/states.js";
import { Welcome } from "../components/Welcome.js";
import { countOf, formatCount, formatDay, formatTime, fromDateInput, toDateInput } from "../lib/format.js";

const DAYS_PER_PAGE = 7;
const DAY_MS = 86_400_000;

/**
 * Day by day, newest first: each day's episodes and screenshot thumbnails. Pages back 7 non-empty
 * days at a time (more load when the end scrolls into view); "Jump to" shows the days up to a date
 * (`#/timeline?date=2023-05-08`).
 */
export function TimelineView({ route, onImport }: { route: Route; onImport: () => void }) {
  const api = useApi();
  const { isEmpty, version } = useData();
  const date = route.params.get("date") ?? "";
  const dayStart = fromDateInput(date);
  const before = dayStart != null ? dayStart + DAY_MS : undefined;
  const [range, setRange] = useState<{ first: number; last: number } | null>(null);
  const tz = new Date().getTimezoneOffset();

  const paged = usePaged(async (cursor) => {
    const r = await api.timeline({ before: cursor ? Number(cursor) : before, days: DAYS_PER_PAGE, tzOffsetMinutes: tz, perDay: 60 });
    if (r.range) setRange(r.range);
    return { items: r.days, nextCursor: r.nextBefore != null ? String(r.nextBefore) : null, total: null };
  }, [api, before, version]);

  const sentinel = useRef<HTMLDivElement>(null);
  const { hasMore, loading, loadMore } = paged;
  useEffect(() => {
    const el = sentinel.current;
    if (!el || typeof IntersectionObserver === "undefined") return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && hasMore && !loading && loadMore(), { rootMargin: "400px" });
    io.observe(el);
    return () => io.disconnect();
  }, [hasMore, loading, loadMore]);

  if (isEmpty) return <Welcome />;

  return (
    <div className="view timeline-view">
      <div className="toolbar-bar">
        <label className="filter">
          <Icon name="calendar" size={16} className="muted" />
          <span className="filter-label">Jump to</span>
          <input
            className="input"
            type="date"
            value={date}
            min={range ? toDateInput(range.first) : undefined}
            max={range ? toDateInput(range.last) : undefined}
            onChange={(e) => navigate("timeline", { date: e.target.value })}
          />
        </label>
        <button type="button" className="btn btn-sm" onClick={() => navigate("timeline")} disabled={!date}>Latest</button>
        {range && (
          <button type="button" className="btn btn-sm btn-ghost" onClick={() => navigate("timeline", { date: toDateInput(range.first) })}>
            First day
          </button>
        )}
        {range && <span className="muted toolbar-note">Your memories span {toDateInput(range.first)} to {toDateInput(range.last)}</span>}
      </div>
      <div className="view-scroll">
        <div className="page timeline">
          {paged.error && paged.items.length === 0 ? (
            <ErrorState title="Could not load the timeline" error={paged.error} onRetry={paged.reload} />
          ) : paged.loading && paged.items.length === 0 ? (
            <LoadingState label="Loading days…" />
          ) : paged.items.length === 0 ? (
            <EmptyState icon="timeline" title={date ? `Nothing on or before ${date}` : "Nothing on the timeline yet"} actions={<button type="button" className="btn btn-primary" onClick={onImport}>Import chats…</button>}>
              Episodes and screenshots appear here day by day.
            </EmptyState>
          ) : (
            paged.items.map((d) => <Day key={d.date} day={d} />)
          )}
          <div ref={sentinel} />
          {paged.items.length > 0 && (
            <div className="timeline-more">
              {paged.hasMore ? (
                <button type="button" className="btn" onClick={paged.loadMore} disabled={paged.loading}>
                  {paged.loading ? <><Spinner label="Loading" /> Loading…</> : "Load older days"}
                </button>
              ) : (
                <span className="muted">That’s the beginning.</span>
              )}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

function Day({ day }: { day: TimelineDay }) {
  const { openMemory, openSource } = useInspector();
  const c = day.counts;
  const more = c.memories - day.episodes.length;
  return (
    <section className="day card" aria-labelledby={`day-${day.date}`}>
      <header className="day-head">
        <h2 id={`day-${day.date}`}>{formatDay(day.start)}</h2>
        <span className="muted">
          {[c.memories && countOf(c.memories, "memory", "memories"), c.chatTurns && countOf(c.chatTurns, "message"), c.screenshots && countOf(c.screenshots, "screenshot")].filter(Boolean).join(" · ")}
        </span>
      </header>
      {day.episodes.length > 0 && (
        <ul className="episodes">
          {day.episodes.map((e) => (
            <li key={e.id}>
              <button type="button" className="episode" onClick={() => openMemory(e.id)}>
                <time className="episode-time">{e.occurredAt != null ? formatTime(e.occurredAt) : ""}</time>
                <span className={`type-dot type-${e.type}`} title={TYPE_INFO[e.type].label} aria-hidden="true" />
                <span className="episode-title">{e.title}</span>
                {e.type !== "episodic" && <TypeChip type={e.type} />}
              </button>
            </li>
          ))}
          {more > 0 && <li className="muted episode-more">and {formatCount(more)} more this day</li>}
        </ul>
      )}
      {day.screenshots.length > 0 && (
        <div className="thumbs">
          {day.screenshots.map((s) => (
            <button type="button" key={s.sourceId} className="thumb" onClick={() => openSource(s.sourceId)} title={[s.app, s.windowTitle].filter(Boolean).join(" — ")}>
              {s.imageUrl ? <img src={s.imageUrl} alt="" loading="lazy" /> : <span className="thumb-text">{s.snippet}</span>}
              <span className="thumb-caption">
                <span className="ellipsis">{s.app ?? "Screen"}</span>
                <time>{formatTime(s.occurredAt)}</time>
              </span>
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
