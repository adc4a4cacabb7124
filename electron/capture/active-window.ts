import { execFile } from "node:child_process";

/**
 * The focused window of other apps, which Electron cannot name: asks tools that ship with the OS
 * (xprop on X11, osascript on macOS, PowerShell on Windows) through `execFile` — no shell, a short
 * timeout. The parse functions are pure and tested with recorded outputs of each tool. See
 * README.md in this folder for what each platform can and cannot tell.
 */

/** The focused window: app name (as the OS reports it), window title, and the page URL of a browser where available. */
export interface WindowInfo {
  app: string | null;
  title: string | null;
  url: string | null;
}

/**
 * Runs a program (no shell) and resolves with its stdout.
 * @throws Error when it cannot start, exits non-zero, or runs longer than `timeoutMs`.
 */
export type ExecRunner = (file: string, args: string[], opts: { timeoutMs: number; env?: NodeJS.ProcessEnv }) => Promise<string>;

/** The real {@link ExecRunner}: `child_process.execFile`, UTF-8 output, killed after `timeoutMs`. */
export const execRunner: ExecRunner = (file, args, opts) =>
  new Promise((resolve, reject) => {
    execFile(file, args, { timeout: opts.timeoutMs, env: opts.env, encoding: "utf8", maxBuffer: 1 << 20, windowsHide: true }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${file}: ${(stderr || err.message).trim().split("\n")[0]}`));
      else resolve(stdout);
    });
  });

/** Time each tool may take, ms. PowerShell starts slowly and compiles its user32 bindings each call. */
const TIMEOUT_MS = { xprop: 500, osascript: 1500, powershell: 4000 } as const;

/** ASCII unit separator: splits fields in the osascript and PowerShell outputs (never in a title). */
const SEP = "\u001f";

/**
 * Decodes a quoted xprop string value: `\"`, `\\`, `\n` and octal `\ooo` byte escapes (xprop in
 * the C locale escapes every non-ASCII byte). The bytes are UTF-8 for `UTF8_STRING`, else Latin-1
 * (ICCCM `STRING`).
 */
function xpropString(quoted: string, type: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < quoted.length; i++) {
    const c = quoted[i]!;
    if (c !== "\\") {
      bytes.push(...Buffer.from(c, "utf8"));
      continue;
    }
    const oct = /^[0-7]{3}/.exec(quoted.slice(i + 1));
    if (oct) {
      bytes.push(parseInt(oct[0], 8));
      i += 3;
    } else {
      const next = quoted[++i] ?? "";
      bytes.push(...Buffer.from(next === "n" ? "\n" : next, "utf8"));
    }
  }
  return Buffer.from(bytes).toString(type === "UTF8_STRING" ? "utf8" : "latin1");
}

/**
 * Parses `xprop -root _NET_ACTIVE_WINDOW`: `_NET_ACTIVE_WINDOW(WINDOW): window id # 0x3a00007`
 * (a window manager) or `_NET_ACTIVE_WINDOW(CARDINAL) = 2097200` (set by hand).
 * @returns the window id as `0x…`, or null when unset, `not found` or 0 (no focused window).
 */
export function parseXpropActiveWindow(out: string): string | null {
  const m = /_NET_ACTIVE_WINDOW\([A-Z_]+\)\s*(?::\s*window id #|=)\s*(0x[0-9a-f]+|\d+)/i.exec(out);
  if (!m) return null;
  const id = Number(m[1]);
  return Number.isSafeInteger(id) && id > 0 ? `0x${id.toString(16)}` : null;
}

/**
 * Parses `xprop -id <id> WM_CLASS _NET_WM_NAME WM_NAME`: the app is WM_CLASS's class part (the
 * second string, e.g. `"keepassxc", "KeePassXC"` → KeePassXC), the title is _NET_WM_NAME, else
 * the legacy WM_NAME. Properties reported `not found.` are null.
 */
export function parseXpropWindow(out: string): { app: string | null; title: string | null } {
  const props = new Map<string, { type: string; strings: string[] }>();
  for (const line of out.split("\n")) {
    const m = /^([A-Z_]+)\(([A-Z0-9_]+)\) = (.*)$/.exec(line.trim());
    if (!m) continue;
    const strings = [...m[3]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((q) => xpropString(q[1]!, m[2]!));
    props.set(m[1]!, { type: m[2]!, strings });
  }
  const cls = props.get("WM_CLASS")?.strings ?? [];
  const app = cls[1] || cls[0] || null;
  const title = props.get("_NET_WM_NAME")?.strings[0] ?? props.get("WM_NAME")?.strings[0] ?? null;
  return { app, title: title || null };
}

/**
 * Parses the osascript output of {@link MAC_FRONT_WINDOW}: `app<US>title` (title empty when the
 * app has no window or Accessibility access was refused).
 */
export function parseMacFrontWindow(out: string): { app: string | null; title: string | null } {
  const [app = "", ...title] = out.replace(/\r?\n$/, "").split(SEP);
  return { app: app.trim() || null, title: title.join(SEP).trim() || null };
}

/**
 * Parses the osascript output of a browser's URL script: `url` (Safari) or `mode<US>url`
 * (Chromium browsers; mode `incognito` or `normal`).
 */
export function parseMacBrowser(out: string): { url: string | null; incognito: boolean } {
  const parts = out.replace(/\r?\n$/, "").split(SEP);
  const url = (parts.length > 1 ? parts[1] : parts[0])?.trim() || null;
  return { url: url && /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : null, incognito: parts.length > 1 && parts[0]!.trim() === "incognito" };
}

/** Parses the output of {@link WINDOWS_FOREGROUND}: `processName<US>windowTitle`, UTF-8. */
export function parseWindowsForeground(out: string): { app: string | null; title: string | null } | null {
  const line = out.replace(/^\uFEFF/, "").replace(/\r?\n$/, "");
  if (!line.includes(SEP)) return null;
  const [app = "", ...title] = line.split(SEP);
  return { app: app.trim() || null, title: title.join(SEP).trim() || null };
}

/** AppleScript: the frontmost process's name and its front window's title (System Events; the title needs Accessibility access). */
const MAC_FRONT_WINDOW = `tell application "System Events"
  set p to first application process whose frontmost is true
  set appName to name of p
  set winTitle to ""
  try
    set winTitle to name of front window of p
  end try
end tell
return appName & (character id 31) & winTitle`;

/** Browsers whose front tab URL AppleScript can read, and the script for each (the app name is a literal so its dictionary loads). */
function macBrowserScript(app: string): string | null {
  if (app === "Safari" || app === "Safari Technology Preview") return `tell application "${app}" to return URL of front document`;
  if (["Google Chrome", "Google Chrome Canary", "Chromium", "Brave Browser", "Microsoft Edge", "Vivaldi", "Arc"].includes(app)) {
    return `tell application "${app}" to return (mode of front window) & (character id 31) & (URL of active tab of front window)`;
  }
  return null;
}

/** PowerShell: the foreground window's process name and title (user32 GetForegroundWindow, GetWindowText, GetWindowThreadProcessId). */
const WINDOWS_FOREGROUND = [
  "[Console]::OutputEncoding=[Text.Encoding]::UTF8;",
  "Add-Type -Namespace Engram -Name W -MemberDefinition '",
  '[DllImport("user32.dll")] public static extern IntPtr GetForegroundWindow();',
  '[DllImport("user32.dll", CharSet=CharSet.Unicode)] public static extern int GetWindowText(IntPtr h, System.Text.StringBuilder s, int n);',
  '[DllImport("user32.dll")] public static extern uint GetWindowThreadProcessId(IntPtr h, out uint p);',
  "';",
  "$h=[Engram.W]::GetForegroundWindow(); if ($h -eq [IntPtr]::Zero) { exit 0 }",
  "$s=New-Object System.Text.StringBuilder 1024; [void][Engram.W]::GetWindowText($h,$s,1024);",
  "$p=[uint32]0; [void][Engram.W]::GetWindowThreadProcessId($h,[ref]$p);",
  "$n=(Get-Process -Id $p -ErrorAction SilentlyContinue).ProcessName;",
  "[Console]::Out.Write([string]$n + [char]31 + $s.ToString())",
].join(" ");

type Provider = () => Promise<WindowInfo | null>;

function linuxProvider(exec: ExecRunner, env: NodeJS.ProcessEnv): Provider {
  const xenv = { ...env, LC_ALL: "C" }; // escapes non-ASCII bytes, decoded by xpropString
  return async () => {
    // Native Wayland windows are invisible to X clients, so X's answer could name a stale window.
    if (!env.DISPLAY || env.WAYLAND_DISPLAY || env.XDG_SESSION_TYPE === "wayland") return null;
    const id = parseXpropActiveWindow(await exec("xprop", ["-root", "_NET_ACTIVE_WINDOW"], { timeoutMs: TIMEOUT_MS.xprop, env: xenv }));
    if (!id) return null;
    const win = parseXpropWindow(await exec("xprop", ["-id", id, "WM_CLASS", "_NET_WM_NAME", "WM_NAME"], { timeoutMs: TIMEOUT_MS.xprop, env: xenv }));
    return win.app || win.title ? { ...win, url: null } : null;
  };
}

function macProvider(exec: ExecRunner): Provider {
  return async () => {
    const front = parseMacFrontWindow(await exec("osascript", ["-e", MAC_FRONT_WINDOW], { timeoutMs: TIMEOUT_MS.osascript }));
    if (!front.app) return null;
    const script = macBrowserScript(front.app);
    // No URL when the browser refuses Automation access or has no window; the app and title still count.
    const browser = script ? await exec("osascript", ["-e", script], { timeoutMs: TIMEOUT_MS.osascript }).then(parseMacBrowser, () => null) : null;
    // Chromium's private windows carry no marker in their title on macOS: add one so the default title exclusion applies.
    const title = browser?.incognito ? `${front.title ?? ""} (Incognito)`.trim() : front.title;
    return { app: front.app, title, url: browser?.url ?? null };
  };
}

function windowsProvider(exec: ExecRunner): Provider {
  return async () => {
    const args = ["-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-Command", WINDOWS_FOREGROUND];
    const win = parseWindowsForeground(await exec("powershell.exe", args, { timeoutMs: TIMEOUT_MS.powershell }));
    return win && (win.app || win.title) ? { ...win, url: null } : null;
  };
}

/**
 * Creates the active-window provider for `createElectronCapturer(…, { activeWindow })`.
 * Linux: X11 through xprop (app = WM_CLASS class, title = _NET_WM_NAME or WM_NAME, no URL); null
 * without X (`DISPLAY` unset) and in Wayland sessions. macOS: osascript via System Events (needs
 * Automation and Accessibility access), plus the front tab URL of Safari and Chromium browsers.
 * Windows: PowerShell over user32 (process name and window title, no URL). Other platforms: null.
 * @returns a function resolving to the focused window, or null when the platform cannot tell or
 *   no window is focused; it rejects when a tool fails (missing, timed out, access refused).
 */
export function createActiveWindowProvider(
  platform: NodeJS.Platform = process.platform,
  exec: ExecRunner = execRunner,
  env: NodeJS.ProcessEnv = process.env,
): Provider {
  switch (platform) {
    case "linux":
    case "freebsd":
    case "openbsd":
      return linuxProvider(exec, env);
    case "darwin":
      return macProvider(exec);
    case "win32":
      return windowsProvider(exec);
    default:
      return async () => null;
  }
}
