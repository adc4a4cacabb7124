import type { CaptureSettings } from "./settings.js";

/**
 * Capture exclusions: decided from the frame's metadata alone, before any pixel or text is
 * written. A pattern is a case-insensitive substring, or a regular expression written `/.../`.
 */

/** Password managers and keychains (app names as the OS reports them). */
export const DEFAULT_EXCLUDED_APPS: readonly string[] = [
  "1Password",
  "Bitwarden",
  "KeePassXC",
  "KeePass",
  "KeeWeb",
  "LastPass",
  "Dashlane",
  "Keeper",
  "Enpass",
  "NordPass",
  "RoboForm",
  "Proton Pass",
  "Keychain Access",
  "/^passwords$/",
  "Seahorse",
  "KWalletManager",
  "Engram",
];

/** Private/incognito browser windows and Engram's own window, by title. */
export const DEFAULT_EXCLUDED_TITLES: readonly string[] = [
  "/\\bincognito\\b/",
  "Private Browsing",
  "/\\binprivate\\b/",
  "/ — Private$|- Private$/",
  "/^Engram( —|$)/",
];

/** The metadata exclusions look at. */
export interface FrameOrigin {
  app?: string | null;
  windowTitle?: string | null;
  url?: string | null;
}

function matcher(pattern: string): (s: string) => boolean {
  const re = /^\/(.+)\/$/.exec(pattern);
  if (re) {
    const rx = new RegExp(re[1]!, "iu");
    return (s) => rx.test(s);
  }
  const needle = pattern.toLowerCase();
  return (s) => s.toLowerCase().includes(needle);
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** A compiled exclusion check (compile once per settings change, call per frame). */
export type ExclusionCheck = (origin: FrameOrigin) => string | null;

/**
 * Compiles the exclusion settings.
 * @returns a function giving the reason a frame is excluded (e.g. `excluded app "1Password"`), or null.
 * @throws Error naming the setting when a `/regex/` pattern is invalid.
 */
export function compileExclusions(s: Pick<CaptureSettings, "excludedApps" | "excludedTitles" | "excludedHosts" | "defaultExclusions">): ExclusionCheck {
  const compile = (setting: string, list: readonly string[]) =>
    list.map((p) => {
      try {
        return { p, test: matcher(p) };
      } catch (err) {
        throw new Error(`capture.${setting}: pattern ${p} is not a valid regular expression (${(err as Error).message})`);
      }
    });
  const apps = compile("excludedApps", [...(s.defaultExclusions ? DEFAULT_EXCLUDED_APPS : []), ...s.excludedApps]);
  const titles = compile("excludedTitles", [...(s.defaultExclusions ? DEFAULT_EXCLUDED_TITLES : []), ...s.excludedTitles]);
  const hosts = s.excludedHosts
    .map((h) =>
      h
        .trim()
        .toLowerCase()
        .replace(/^\*?\./, ""),
    )
    .filter(Boolean);
  return ({ app, windowTitle, url }) => {
    if (app) {
      const hit = apps.find((m) => m.test(app));
      if (hit) return `excluded app (${hit.p})`;
    }
    if (windowTitle) {
      const hit = titles.find((m) => m.test(windowTitle));
      if (hit) return `excluded window title (${hit.p})`;
    }
    const host = url ? hostOf(url) : null;
    if (host) {
      const hit = hosts.find((h) => host === h || host.endsWith(`.${h}`));
      if (hit) return `excluded site (${hit})`;
    }
    return null;
  };
}
