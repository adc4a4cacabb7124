/**
 * What a screen shows, from what a capture reports about it (app name, window title, URL): the app
 * as people call it, the document or page in it, the site or project it belongs to, and a key that
 * stays the same while the person stays on that document (unread counts, "— Mozilla Firefox"
 * suffixes, unsaved-file dots and URL fragments removed). Pure functions; no OCR text is read here.
 */
import { escapeRegExp } from "../../util/quote.js";

/** What people do in an app, by kind: the verb of an activity's title. */
export type AppKind = "browser" | "editor" | "terminal" | "chat" | "mail" | "reader" | "office" | "other";

/** Names people use for common apps (lower-case process or app name → display name). */
const APP_NAMES: Record<string, string> = {
  code: "VS Code",
  "visual studio code": "VS Code",
  vscode: "VS Code",
  "code - oss": "VS Code",
  codium: "VSCodium",
  firefox: "Firefox",
  "mozilla firefox": "Firefox",
  "firefox-esr": "Firefox",
  chromium: "Chromium",
  "chromium-browser": "Chromium",
  chrome: "Chrome",
  "google chrome": "Chrome",
  "google-chrome": "Chrome",
  msedge: "Edge",
  "microsoft edge": "Edge",
  safari: "Safari",
  brave: "Brave",
  "gnome-terminal": "Terminal",
  "gnome-terminal-server": "Terminal",
  konsole: "Konsole",
  iterm2: "iTerm",
  windowsterminal: "Windows Terminal",
  slack: "Slack",
  discord: "Discord",
  "microsoft teams": "Teams",
  teams: "Teams",
  signal: "Signal",
  telegram: "Telegram",
  thunderbird: "Thunderbird",
  evince: "Document Viewer",
  okular: "Okular",
  libreoffice: "LibreOffice",
  soffice: "LibreOffice",
};

/** App kinds by (lower-case) name fragments; the first match wins. */
const KINDS: Array<[AppKind, RegExp]> = [
  ["browser", /\b(firefox|chrom(e|ium)|safari|edge|brave|opera|vivaldi|epiphany|web browser)\b/],
  ["editor", /\b(code|vscodium|vim|nvim|emacs|sublime|intellij|pycharm|webstorm|clion|goland|xcode|zed|gedit|kate|atom|notepad\+*|text ?edit(or)?)\b/],
  ["terminal", /\b(terminal|konsole|iterm|alacritty|kitty|xterm|wezterm|tmux|tilix|terminator|foot|powershell|cmd)\b/],
  ["chat", /\b(slack|discord|teams|signal|telegram|whatsapp|element|messages|zulip|mattermost|skype)\b/],
  ["mail", /\b(thunderbird|mail|outlook|evolution|geary)\b/],
  ["reader", /\b(evince|okular|preview|acrobat|document viewer|zathura|calibre|pdf)\b/],
  ["office", /\b(libreoffice|soffice|word|excel|powerpoint|pages|numbers|keynote|writer)\b/],
];

/** Window-title suffixes naming the browser or app, removed from titles ("Docs — Mozilla Firefox"). */
const APP_SUFFIX =
  /\s+[-—–|·]\s+(mozilla firefox|firefox|google chrome|chromium|chrome|microsoft​? edge|safari|brave|opera|vivaldi|visual studio code|vs ?code|code - oss|vscodium|sublime text|gedit|libreoffice \w+|document viewer|okular|slack|discord|microsoft teams|thunderbird)$/i;

/** The app as people call it ("code" → "VS Code"); "Screen" when unknown. */
export function appName(app: string | null | undefined): string {
  const a = (app ?? "").trim().replace(/\.(exe|app)$/i, "");
  if (!a) return "Screen";
  return APP_NAMES[a.toLowerCase()] ?? a;
}

/** The kind of an app, from its name (see {@link AppKind}). */
export function appKind(app: string | null | undefined): AppKind {
  const a = appName(app).toLowerCase();
  return KINDS.find(([, re]) => re.test(a))?.[0] ?? "other";
}

/**
 * A window title without what changes while the person stays on the same document: unread counts
 * ("(3) Inbox", "[2] #general", "Inbox (12)"), the unsaved-file marker ("● main.ts", "*notes.md"),
 * the app's own name as a suffix ("— Mozilla Firefox", "- Visual Studio Code") and private-window
 * markers. Collapses white space.
 */
export function cleanTitle(title: string | null | undefined, app?: string | null): string {
  let t = (title ?? "").replace(/\s+/g, " ").trim();
  t = t
    .replace(/^[([]\d+\+?[)\]]\s*/, "")
    .replace(/\s*[([]\d+\+?[)\]]$/, "")
    .replace(/^[●•*]\s*/, "")
    .replace(/\s*[●•*]$/, "");
  for (let i = 0; i < 2; i++) t = t.replace(APP_SUFFIX, "");
  const own = appName(app);
  if (own !== "Screen") {
    t = t.replace(new RegExp(`\\s+[-—–|·]\\s+${escapeRegExp(own)}$`, "i"), "");
  }
  return t.trim();
}

/** Title segments separated by " - ", " — ", " – ", " | " or " · ". */
function segments(title: string): string[] {
  return title
    .split(/\s+[-—–|·]\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A URL without query and fragment, or null when it is not a URL. */
function parseUrl(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    u.hash = "";
    u.search = "";
    return u;
  } catch {
    return null;
  }
}

/** The site of a URL: its host without "www." for the web; for a local file, the folder that names it ("libffi8" for /usr/share/doc/libffi8/html/x.html). */
function siteOf(u: URL): string | null {
  if (u.protocol === "http:" || u.protocol === "https:") return u.hostname.replace(/^www\./, "") || null;
  if (u.protocol === "file:") {
    const dirs = decodeURIComponent(u.pathname).split("/").filter(Boolean).slice(0, -1);
    const named = dirs.filter((d) => !/^(html?|docs?|share|usr|home|examples?|www|public|build|site|_build|en|latest|stable)$/i.test(d));
    const doc = dirs.indexOf("doc");
    return (doc >= 0 && dirs[doc + 1]) || named.at(-1) || null;
  }
  return null;
}

/** What a screen shows: see {@link describeScreen}. */
export interface ScreenOrigin {
  /** Stable identity of the activity: app + document (lower case). Same key, same activity. */
  key: string;
  /** The app as people call it. */
  app: string;
  kind: AppKind;
  /** The page, file, channel or window, in words ("The Closure API", "engine.ts", "#general"); "" when the window has no title. */
  document: string;
  /** The site (browser: URL host or the title's last part), project (editor: the folder) or workspace; null when unknown. */
  site: string | null;
  /** The URL without query and fragment, when the capture gave one. */
  url: string | null;
}

/**
 * Reads a capture's app, window title and URL as a person would: which app, which document, which
 * site or project. Browsers: the page title's first part is the document and its last part (or the
 * URL's host, or for a local file the documentation folder) the site. Editors ("engine.ts — engram
 * — Visual Studio Code"): the file, then the project. Chat apps ("#general - Acme - Slack"): the
 * channel, then the workspace. The key is app + document (the URL's path for browsers), so two
 * pages with the same title on two sites are two documents, and an unread count does not make a
 * new one.
 */
export function describeScreen(app: string | null | undefined, windowTitle: string | null | undefined, url?: string | null): ScreenOrigin {
  const name = appName(app);
  const kind = appKind(app);
  const title = cleanTitle(windowTitle, app);
  const u = parseUrl(url);
  const parts = segments(title);
  let document = parts[0] ?? "";
  let site: string | null = parts.length > 1 ? parts[parts.length - 1]! : null;
  // "The Closure API (libffi: the portable foreign function interface library)": the manual in brackets
  const bracket = /^(.+?)\s+\(([^()]+\s[^()]+)\)$/.exec(document);
  if (bracket && !site) {
    document = bracket[1]!;
    site = bracket[2]!.split(/:\s/)[0]!.trim();
  }
  if (kind === "browser" && u && !site) site = siteOf(u);
  if (kind === "editor" && parts.length > 1) site = parts[1]!;
  if (kind === "terminal") {
    // "user@host: ~/engram" → the folder
    const m = /^[^@\s]+@[^:\s]+:\s*(.+)$/.exec(title);
    if (m) document = m[1]!.trim();
    site = null;
  }
  if (!document && u) document = decodeURIComponent(u.pathname.split("/").filter(Boolean).at(-1) ?? u.hostname);
  const where = kind === "browser" && u ? `${u.protocol}//${u.host}${u.pathname}` : document;
  return {
    key: `${name}\u0001${where}`.toLowerCase(),
    app: name,
    kind,
    document,
    site: site && site.toLowerCase() !== document.toLowerCase() ? site : null,
    url: u ? u.toString() : null,
  };
}
