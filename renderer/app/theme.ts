import { useCallback, useEffect, useState } from "react";

/** The user's theme choice: follow the OS (`system`) or force light/dark. */
export type ThemeChoice = "system" | "light" | "dark";
/** The theme actually applied to the page. */
export type AppliedTheme = "light" | "dark";

/** localStorage key that persists the theme choice across starts. */
export const THEME_STORAGE_KEY = "engram.theme";

const CHOICES: readonly ThemeChoice[] = ["system", "light", "dark"];

/** Reads the persisted choice; anything missing or unknown means `system`. */
export function readThemeChoice(storage: Storage = localStorage): ThemeChoice {
  const v = storage.getItem(THEME_STORAGE_KEY);
  return CHOICES.includes(v as ThemeChoice) ? (v as ThemeChoice) : "system";
}

function systemPrefersDark(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
}

/** Resolves a choice to the theme to paint (`system` follows prefers-color-scheme). */
export function resolveTheme(choice: ThemeChoice): AppliedTheme {
  if (choice === "system") return systemPrefersDark() ? "dark" : "light";
  return choice;
}

/** Sets `<html data-theme>`, which switches the CSS variables in styles/theme.css. */
export function applyTheme(theme: AppliedTheme): void {
  document.documentElement.dataset.theme = theme;
}

/**
 * Theme state: the persisted choice, the applied theme, and `toggle()`, which flips between light
 * and dark from whatever is showing and persists that explicit choice in localStorage.
 * Follows OS changes live while the choice is `system`.
 */
export function useTheme(): { choice: ThemeChoice; theme: AppliedTheme; toggle: () => void; setChoice: (c: ThemeChoice) => void } {
  const [choice, setChoiceState] = useState<ThemeChoice>(() => readThemeChoice());
  const [theme, setTheme] = useState<AppliedTheme>(() => resolveTheme(readThemeChoice()));

  useEffect(() => {
    setTheme(resolveTheme(choice));
    if (choice !== "system" || typeof matchMedia !== "function") return;
    const mq = matchMedia("(prefers-color-scheme: dark)");
    const onChange = (): void => setTheme(resolveTheme("system"));
    mq.addEventListener("change", onChange);
    return () => mq.removeEventListener("change", onChange);
  }, [choice]);

  useEffect(() => applyTheme(theme), [theme]);

  const setChoice = useCallback((c: ThemeChoice) => {
    localStorage.setItem(THEME_STORAGE_KEY, c);
    setChoiceState(c);
  }, []);
  const toggle = useCallback(() => setChoice(theme === "dark" ? "light" : "dark"), [theme, setChoice]);
  return { choice, theme, toggle, setChoice };
}
