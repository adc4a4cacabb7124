import { Fragment } from "react";
import { Icon, type IconName } from "../components/icons.js";
import { formatCount } from "../lib/format.js";
import { useData } from "./data.js";
import { VIEWS, VIEW_LABELS, hrefFor, type ViewId } from "./router.js";

const VIEW_ICONS: Record<ViewId, IconName> = {
  chat: "chat",
  memories: "memories",
  timeline: "timeline",
  graph: "graph",
  capture: "capture",
  models: "models",
  privacy: "privacy",
};

/** The left navigation: one link per view (Alt+1…7), then the database size and an Import button. */
export function Sidebar({ current, onImport }: { current: ViewId; onImport: () => void }) {
  const { stats } = useData();
  return (
    <nav className="sidebar" aria-label="Main">
      {VIEWS.map((v, i) => (
        <Fragment key={v}>
          {v === "capture" && <hr className="nav-sep" />}
          <a className="nav-item" href={hrefFor(v)} aria-current={v === current ? "page" : undefined} title={`${VIEW_LABELS[v]} (Alt+${i + 1})`}>
            <Icon name={VIEW_ICONS[v]} />
            <span className="nav-label">{VIEW_LABELS[v]}</span>
          </a>
        </Fragment>
      ))}
      <div className="sidebar-footer">
        <button type="button" className="btn btn-sm sidebar-import" onClick={onImport}>
          <Icon name="upload" size={15} /> Import chats…
        </button>
        {stats && (
          <span>
            {formatCount(stats.memoriesTotal)} memories · {formatCount(Object.values(stats.sources).reduce((a, b) => a + b, 0))} sources
          </span>
        )}
      </div>
    </nav>
  );
}
