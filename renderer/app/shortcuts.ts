import { useEffect } from "react";
import { VIEWS, navigate } from "./router.js";

/** True when `Ctrl` (or `Cmd` on macOS) is held. */
function primaryModifier(e: KeyboardEvent): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform) ? e.metaKey : e.ctrlKey;
}

/** Whether the platform's primary modifier is shown as ⌘ (macOS) or Ctrl. */
export const MOD_LABEL = typeof navigator !== "undefined" && /Mac/.test(navigator.platform) ? "⌘" : "Ctrl";

/**
 * Global keyboard shortcuts: Ctrl/Cmd+K (or "/" outside a text field) focuses the search box;
 * Alt+1…7 switches views in sidebar order.
 */
export function useGlobalShortcuts(focusSearch: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const target = e.target as HTMLElement | null;
      const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (primaryModifier(e) && e.key.toLowerCase() === "k") {
        e.preventDefault();
        focusSearch();
      } else if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        focusSearch();
      } else if (e.altKey && !e.ctrlKey && !e.metaKey && /^Digit[1-7]$/.test(e.code)) {
        e.preventDefault();
        navigate(VIEWS[Number(e.code.slice(5)) - 1]!);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [focusSearch]);
}
