import { forwardRef, useEffect, useState } from "react";
import { Icon } from "../components/icons.js";
import { navigate, VIEW_LABELS, type Route } from "./router.js";
import { MOD_LABEL } from "./shortcuts.js";
import type { AppliedTheme } from "./theme.js";

/**
 * The top bar: the view's title, the memory search box (Enter searches in Memories; on the
 * Memories view it searches as you type) and the theme toggle.
 */
export const Header = forwardRef<HTMLInputElement, { route: Route; theme: AppliedTheme; onToggleTheme: () => void }>(function Header(
  { route, theme, onToggleTheme },
  searchRef,
) {
  const routeQuery = route.view === "memories" ? (route.params.get("q") ?? "") : "";
  const [query, setQuery] = useState(routeQuery);
  useEffect(() => setQuery(routeQuery), [routeQuery]);

  // On the Memories view, typing searches after a short pause.
  useEffect(() => {
    if (route.view !== "memories" || query === routeQuery) return;
    const t = setTimeout(() => navigate("memories", { ...Object.fromEntries(route.params), q: query }), 300);
    return () => clearTimeout(t);
  }, [query, routeQuery, route]);

  return (
    <header className="header">
      <h1 className="header-title">{VIEW_LABELS[route.view]}</h1>
      <search className="header-search">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const params = route.view === "memories" ? Object.fromEntries(route.params) : {};
            navigate("memories", { ...params, q: query.trim() });
          }}
        >
          <Icon name="search" size={16} />
          <input
            ref={searchRef}
            className="input"
            type="search"
            placeholder="Search your memories"
            aria-label="Search memories"
            aria-keyshortcuts="Control+K Meta+K"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== "Escape") return;
              setQuery("");
              e.currentTarget.blur();
            }}
          />
          <span aria-hidden="true">
            <kbd>{MOD_LABEL} K</kbd>
          </span>
        </form>
      </search>
      <div className="header-actions">
        <button
          type="button"
          className="icon-btn"
          onClick={onToggleTheme}
          aria-label={theme === "dark" ? "Switch to light theme" : "Switch to dark theme"}
          title={theme === "dark" ? "Light theme" : "Dark theme"}
          data-testid="theme-toggle"
        >
          <Icon name={theme === "dark" ? "sun" : "moon"} />
        </button>
      </div>
    </header>
  );
});
