import { useEffect, useMemo, useRef, useState } from "react";
import type { ActivityDay, EntityList, TimelineDay } from "../../core/api/types.js";
import { useApi } from "../app/api-context.js";
import { useData } from "../app/data.js";
import { useInspector } from "../app/inspector.js";
import { navigate, type Route } from "../app/router.js";
import { useAsync } from "../app/use-async.js";
import { usePaged } from "../app/use-paged.js";
import { TYPE_INFO, TypeChip } from "../components/chips.js";
import { Icon } from "../components/icons.js";
import { NameCombobox, type NameOption } from "../components/NameCombobox.js";
import { EmptyState, ErrorState, LoadingState, Spinner } from "../components/states.js";
import { Welcome } from "../components/Welcome.js";
import { countOf, errorMessage, formatCount, formatDay, formatTime, fromDateInput, toDateInput } from "../lib/format.js";
import { ActivityOverview } from "./timeline/ActivityOverview.js";
import { ScreenScrubber } from "./timeline/ScreenScrubber.js";

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
  const conv = Number(route.params.get("conversation")) || undefined;
  const person = Number(route.params.get("person")) || undefined;
  const [range, setRange] = useState<{ first: number; last: number } | null>(null);
  const [activity, setActivity] = useState<ActivityDay[] | null>(null);
  const tz = new Date().getTimezoneOffset();
  const setParams = (changes: Record<string, string | undefined>): void => navigate("timeline", { ...Object.fromEntries(route.params), ...changes });

  const paged = usePaged(
    async (cursor) => {
      const r = await api.timeline({
        before: cursor ? Number(cursor) : before,
        days: DAYS_PER_PAGE,
        tzOffsetMinutes: tz,
        perDay: 60,
        conversationId: conv,
        entityId: person,
        activity: !cursor,
      });
      if (r.range) setRange(r.range);
      if (r.activity) setActivity(r.activity);
      return { items: r.days, nextCursor: r.nextBefore != null ? String(r.nextBefore) : null, total: null };
    },
    [api, before, conv, person, version],
  );

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
            onChange={(e) => setParams({ date: e.target.value })}
          />
        </label>
        <button type="button" className="btn btn-sm" onClick={() => setParams({ date: undefined })} disabled={!date}>
          Latest
        </button>
        {range && (
          <button type="button" className="btn btn-sm btn-ghost" onClick={() => setParams({ date: toDateInput(range.first) })}>
            First day
          </button>
        )}
        <PersonFilter id={person} onChange={(id) => setParams({ person: id == null ? undefined : String(id) })} />
        {conv != null && (
          <span className="filter-chip">
            Conversation: {paged.items.flatMap((d) => d.conversations).find((c) => c.id === conv)?.title ?? `#${conv}`}
            <button type="button" className="icon-btn" aria-label="Show every conversation" onClick={() => setParams({ conversation: undefined })}>
              <Icon name="close" size={14} />
            </button>
          </span>
        )}
      </div>
      <div className="view-scroll">
        <div className="page timeline">
          {activity && <ActivityOverview days={activity} current={paged.items[0]?.start ?? null} onJump={(d) => setParams({ date: d })} />}
          {paged.error && paged.items.length === 0 ? (
            <ErrorState title="Could not load the timeline" error={paged.error} onRetry={paged.reload} />
          ) : paged.loading && paged.items.length === 0 ? (
            <LoadingState label="Loading days…" />
          ) : paged.items.length === 0 ? (
            conv != null || person != null ? (
              <EmptyState
                icon="timeline"
                title={date ? `Nothing of theirs on or before ${date}` : "Nothing on the timeline for this filter"}
                actions={
                  <button type="button" className="btn" onClick={() => setParams({ person: undefined, conversation: undefined })}>
                    Show everything
                  </button>
                }
              >
                {date ? "Try a later date or Latest." : "Try another person or conversation."}
              </EmptyState>
            ) : (
              <EmptyState
                icon="timeline"
                title={date ? `Nothing on or before ${date}` : "Nothing on the timeline yet"}
                actions={
                  <button type="button" className="btn btn-primary" onClick={onImport}>
                    Import chats…
                  </button>
                }
              >
                Episodes and screenshots appear here day by day.
              </EmptyState>
            )
          ) : (
            paged.items.map((d) => <Day key={d.date} day={d} onConversation={(id) => setParams({ conversation: String(id) })} />)
          )}
          <div ref={sentinel} />
          {paged.items.length > 0 && (
            <div className="timeline-more">
              {paged.hasMore ? (
                <button type="button" className="btn" onClick={paged.loadMore} disabled={paged.loading}>
                  {paged.loading ? (
                    <>
                      <Spinner label="Loading" /> Loading…
                    </>
                  ) : (
                    "Load older days"
                  )}
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

function Day({ day, onConversation }: { day: TimelineDay; onConversation: (id: number) => void }) {
  const { openMemory, openSource } = useInspector();
  const c = day.counts;
  const more = c.memories - day.episodes.length;
  return (
    <section className="day card" aria-labelledby={`day-${day.date}`}>
      <header className="day-head">
        <h2 id={`day-${day.date}`}>{formatDay(day.start)}</h2>
        <span className="muted">
          {[
            c.memories && countOf(c.memories, "memory", "memories"),
            c.chatTurns && countOf(c.chatTurns, "message"),
            c.screenshots && countOf(c.screenshots, "screenshot"),
          ]
            .filter(Boolean)
            .join(" · ")}
        </span>
      </header>
      {(day.conversations.length > 0 || day.apps.length > 0) && (
        <div className="chip-row day-context">
          {day.conversations.map((cv) => (
            <button
              key={cv.id}
              type="button"
              className="entity-chip"
              title={`Only this conversation (${countOf(cv.messages, "message")} this day)`}
              onClick={() => onConversation(cv.id)}
            >
              <Icon name="chat" size={12} /> {cv.title ?? `Conversation #${cv.id}`}
            </button>
          ))}
          {day.apps.map((a) => (
            <span key={a.app} className="entity-chip" title={countOf(a.screenshots, "screenshot")}>
              <Icon name="capture" size={12} /> {a.app}
            </span>
          ))}
        </div>
      )}
      {day.episodes.length > 0 && (
        <ul className="episodes">
          {day.episodes.map((e) => (
            <li key={e.id}>
              <button type="button" className="episode" onClick={() => openMemory(e.id)}>
                <time className="episode-time">{e.allDay ? "All day" : e.occurredAt != null ? formatTime(e.occurredAt) : ""}</time>
                <span className={`type-dot type-${e.type}`} title={TYPE_INFO[e.type].label} aria-hidden="true" />
                <span className="episode-title">{e.title}</span>
                {e.type !== "episodic" && <TypeChip type={e.type} />}
              </button>
            </li>
          ))}
          {more > 0 && <li className="muted episode-more">and {formatCount(more)} more this day</li>}
        </ul>
      )}
      {day.screenshots.length > 0 && <ScreenScrubber shots={day.screenshots} onOpen={openSource} />}
    </section>
  );
}

/** Whom a person was talked with ("with Tim"; "mentioned by Jon and Gina" when not one of them), or null when they have no circle (the user's own chats). */
function circleText(e: EntityList["items"][number]): string | null {
  const own = e.name.toLocaleLowerCase();
  const others = e.circle.filter((n) => n.toLocaleLowerCase() !== own);
  const inCircle = others.length < e.circle.length;
  return others.length ? `${inCircle ? "with" : "mentioned by"} ${others.join(" and ")}` : null;
}

/** The people the memories mention, as suggestions: each with whom they were talked about and how often. */
function peopleOptions(list: EntityList | undefined): NameOption[] {
  return (list?.items ?? []).map((e) => ({
    id: e.id,
    name: e.name,
    hint: [circleText(e), countOf(e.mentions, "memory", "memories")].filter(Boolean).join(" · "),
  }));
}

/**
 * The Person chip's text for entity `id` called `name`: the name, and when another known person
 * has that name too, which one in brackets ("John (with Tim)"; by mentions when it has no circle:
 * "John (237 memories)"). Just the name when `list` does not hold `id` (not loaded yet, or beyond it).
 */
function personChipName(list: EntityList | undefined, id: number, name: string): string {
  const items = list?.items ?? [];
  const e = items.find((p) => p.id === id);
  const norm = name.toLocaleLowerCase();
  if (!e || !items.some((p) => p.id !== id && p.name.toLocaleLowerCase() === norm)) return name;
  return `${name} (${circleText(e) ?? countOf(e.mentions, "memory", "memories")})`;
}

/** "Person": a name to narrow the timeline to the memories that mention them, with the known people as suggestions. */
function PersonFilter({ id, onChange }: { id: number | undefined; onChange: (id: number | null) => void }) {
  const api = useApi();
  const { version } = useData();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const people = useAsync(() => api.listEntities({ kind: "person", limit: 200 }), [api, version]);
  const options = useMemo(() => peopleOptions(people.data), [people.data]);
  useEffect(() => {
    if (id == null) return setShown(null);
    let live = true;
    api.getEntity({ id, limit: 1 }).then(
      (e) => live && setShown(e.entity.name),
      () => live && setShown(`#${id}`),
    );
    return () => {
      live = false;
    };
  }, [api, id]);
  if (id != null) {
    return (
      <span className="filter-chip">
        {/* which one, when several known people have this name (the three Johns of three imported conversations) */}
        Person: {shown == null ? "…" : personChipName(people.data, id, shown)}
        <button type="button" className="icon-btn" aria-label="Show everyone" onClick={() => onChange(null)}>
          <Icon name="close" size={14} />
        </button>
      </span>
    );
  }
  const choose = (entityId: number): void => {
    setError(null);
    setName("");
    onChange(entityId);
  };
  return (
    <div className="filter">
      <span className="filter-label">Person</span>
      <NameCombobox
        label="Person"
        listLabel="Known people"
        placeholder="Anyone"
        options={options}
        value={name}
        onValueChange={(text) => {
          setName(text);
          setError(null);
        }}
        onPick={(o) => choose(o.id)}
        onSubmit={(text) =>
          api.getEntity({ name: text, limit: 1 }).then(
            (r) => choose(r.entity.id),
            (err: unknown) => setError(errorMessage(err)),
          )
        }
        invalid={error != null}
        title={error ?? undefined}
      />
      {error && (
        <span className="error-text filter-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
