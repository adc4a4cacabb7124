import { useEffect, useState } from "react";

/** The app's views, in sidebar order. */
export const VIEWS = ["chat", "memories", "timeline", "graph", "capture", "models", "privacy"] as const;
/** One of the app's views. */
export type ViewId = (typeof VIEWS)[number];

/** Human labels of the views (sidebar and page titles). */
export const VIEW_LABELS: Record<ViewId, string> = {
  chat: "Chat",
  memories: "Memories",
  timeline: "Timeline",
  graph: "Graph",
  capture: "Capture",
  models: "Models",
  privacy: "Privacy & data",
};

/** A parsed location: the view and its query parameters (e.g. `#/memories?type=semantic`). */
export interface Route {
  view: ViewId;
  params: URLSearchParams;
}

/**
 * Parses a location hash such as `#/memories?type=semantic&q=tea`. Unknown or empty hashes go to
 * `fallback`. Hash routing keeps the page's query string (the API token) untouched and works from
 * file:// in the desktop app.
 */
export function parseHash(hash: string, fallback: ViewId = "chat"): Route {
  const raw = hash.replace(/^#\/?/, "");
  const [path = "", query = ""] = raw.split("?", 2);
  const view = (VIEWS as readonly string[]).includes(path) ? (path as ViewId) : fallback;
  return { view, params: new URLSearchParams(query) };
}

/** Builds a hash for `navigate`: `#/view?params`. */
export function hrefFor(view: ViewId, params?: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== "") q.set(k, v);
  const s = q.toString();
  return `#/${view}${s ? `?${s}` : ""}`;
}

/** Goes to a view (pushes a history entry, so Back works). */
export function navigate(view: ViewId, params?: Record<string, string | undefined>): void {
  location.hash = hrefFor(view, params);
}

/** The current route, updated on every hash change. */
export function useRoute(fallback: ViewId = "chat"): Route {
  const [route, setRoute] = useState<Route>(() => parseHash(location.hash, fallback));
  useEffect(() => {
    const onHash = (): void => setRoute(parseHash(location.hash, fallback));
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, [fallback]);
  return route;
}
