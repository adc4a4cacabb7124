import { describe, expect, it } from "vitest";
import {
  createActiveWindowProvider,
  parseMacBrowser,
  parseMacFrontWindow,
  parseWindowsForeground,
  parseXpropActiveWindow,
  parseXpropWindow,
  type ExecRunner,
} from "../../electron/capture/active-window.js";

/** Outputs recorded from each tool (xprop 1.2.5 under a window manager and under bare Xvfb; osascript; powershell). */
const XPROP_ROOT_WM = "_NET_ACTIVE_WINDOW(WINDOW): window id # 0x3a00007\n";
const XPROP_ROOT_SET = "_NET_ACTIVE_WINDOW(CARDINAL) = 2097200\n";
const XPROP_ROOT_NONE = "_NET_ACTIVE_WINDOW(WINDOW): window id # 0x0\n";
const XPROP_ROOT_UNSET = "_NET_ACTIVE_WINDOW:  no such atom on any window.\n";
const XPROP_KEEPASS =
  'WM_CLASS(STRING) = "keepassxc", "KeePassXC"\n_NET_WM_NAME(UTF8_STRING) = "Passwords.kdbx [Locked] - KeePassXC"\nWM_NAME(STRING) = "Passwords.kdbx [Locked] - KeePassXC"\n';
const XPROP_XMESSAGE = 'WM_CLASS(STRING) = "engramtest", "Xmessage"\n_NET_WM_NAME:  not found.\nWM_NAME(STRING) = "Bitwarden Vault"\n';
const XPROP_ESCAPED =
  'WM_CLASS(STRING) = "Navigator", "firefox"\n_NET_WM_NAME(UTF8_STRING) = "Caf\\303\\251 \\342\\200\\224 \\"quoted\\" \\\\ Mozilla Firefox"\n';

describe("active window: parsing recorded tool output", () => {
  it("reads xprop's active window id in both forms, and none", () => {
    expect(parseXpropActiveWindow(XPROP_ROOT_WM)).toBe("0x3a00007");
    expect(parseXpropActiveWindow(XPROP_ROOT_SET)).toBe("0x200030");
    expect(parseXpropActiveWindow(XPROP_ROOT_NONE)).toBeNull();
    expect(parseXpropActiveWindow(XPROP_ROOT_UNSET)).toBeNull();
    expect(parseXpropActiveWindow("")).toBeNull();
  });

  it("reads the app from WM_CLASS's class and the title from _NET_WM_NAME, else WM_NAME, decoding escapes", () => {
    expect(parseXpropWindow(XPROP_KEEPASS)).toEqual({ app: "KeePassXC", title: "Passwords.kdbx [Locked] - KeePassXC" });
    expect(parseXpropWindow(XPROP_XMESSAGE)).toEqual({ app: "Xmessage", title: "Bitwarden Vault" });
    expect(parseXpropWindow(XPROP_ESCAPED)).toEqual({ app: "firefox", title: 'Café — "quoted" \\ Mozilla Firefox' });
    expect(parseXpropWindow("WM_CLASS:  not found.\n_NET_WM_NAME:  not found.\nWM_NAME:  not found.\n")).toEqual({ app: null, title: null });
  });

  it("reads osascript's app and title, and a browser's URL and private mode", () => {
    expect(parseMacFrontWindow("1Password 7\u001f1Password\n")).toEqual({ app: "1Password 7", title: "1Password" });
    expect(parseMacFrontWindow("Finder\u001f\n")).toEqual({ app: "Finder", title: null });
    expect(parseMacBrowser("https://example.org/a?b=1\n")).toEqual({ url: "https://example.org/a?b=1", incognito: false });
    expect(parseMacBrowser("incognito\u001fhttps://bank.example/\n")).toEqual({ url: "https://bank.example/", incognito: true });
    expect(parseMacBrowser("missing value\n")).toEqual({ url: null, incognito: false });
  });

  it("reads PowerShell's process name and title", () => {
    expect(parseWindowsForeground("\uFEFFKeePassXC\u001fDatabase.kdbx - KeePassXC\r\n")).toEqual({ app: "KeePassXC", title: "Database.kdbx - KeePassXC" });
    expect(parseWindowsForeground("msedge\u001fNew tab - [InPrivate] - Microsoft Edge")).toEqual({
      app: "msedge",
      title: "New tab - [InPrivate] - Microsoft Edge",
    });
    expect(parseWindowsForeground("")).toBeNull();
  });
});

/** A runner answering from a table of recorded outputs; records the calls. */
function recorded(answers: Record<string, string | Error>) {
  const calls: Array<{ file: string; args: string[]; timeoutMs: number }> = [];
  const exec: ExecRunner = async (file, args, opts) => {
    calls.push({ file, args, timeoutMs: opts.timeoutMs });
    const a = answers[`${file} ${args.join(" ")}`] ?? answers[file];
    if (a === undefined) throw new Error(`${file}: no recorded answer`);
    if (a instanceof Error) throw a;
    return a;
  };
  return { exec, calls };
}

describe("active window: provider per platform (recorded runner)", () => {
  it("linux: asks xprop twice without a shell; null without X or in a Wayland session", async () => {
    const r = recorded({ "xprop -root _NET_ACTIVE_WINDOW": XPROP_ROOT_WM, "xprop -id 0x3a00007 WM_CLASS _NET_WM_NAME WM_NAME": XPROP_KEEPASS });
    expect(await createActiveWindowProvider("linux", r.exec, { DISPLAY: ":0" })()).toEqual({
      app: "KeePassXC",
      title: "Passwords.kdbx [Locked] - KeePassXC",
      url: null,
    });
    expect(r.calls.every((c) => c.timeoutMs <= 500)).toBe(true);
    expect(await createActiveWindowProvider("linux", r.exec, {})()).toBeNull();
    expect(await createActiveWindowProvider("linux", r.exec, { DISPLAY: ":0", WAYLAND_DISPLAY: "wayland-0" })()).toBeNull();
    expect(r.calls).toHaveLength(2);
    const none = recorded({ "xprop -root _NET_ACTIVE_WINDOW": XPROP_ROOT_UNSET });
    expect(await createActiveWindowProvider("linux", none.exec, { DISPLAY: ":0" })()).toBeNull();
    const broken = recorded({ xprop: new Error("xprop: unable to open display ':0'") });
    await expect(createActiveWindowProvider("linux", broken.exec, { DISPLAY: ":0" })()).rejects.toThrow("unable to open display");
  });

  it("macOS: app and title from System Events, the URL from Chrome, with private windows marked", async () => {
    const scripts: string[] = [];
    const exec: ExecRunner = async (_file, args) => {
      scripts.push(args[1]!);
      return args[1]!.includes('tell application "Google Chrome"') ? "incognito\u001fhttps://bank.example/\n" : "Google Chrome\u001fMy bank\n";
    };
    expect(await createActiveWindowProvider("darwin", exec)()).toEqual({ app: "Google Chrome", title: "My bank (Incognito)", url: "https://bank.example/" });
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toContain('tell application "System Events"');
    // a browser refusing Automation access: app and title still count
    const refused: ExecRunner = (file, args, opts) =>
      args[1]!.includes('"Safari"') ? Promise.reject(new Error("not authorized")) : recorded({ osascript: "Safari\u001fDocs\n" }).exec(file, args, opts);
    expect(await createActiveWindowProvider("darwin", refused)()).toEqual({ app: "Safari", title: "Docs", url: null });
  });

  it("Windows: one PowerShell call; other platforms: null", async () => {
    const r = recorded({ "powershell.exe": "1Password\u001f1Password\r\n" });
    expect(await createActiveWindowProvider("win32", r.exec)()).toEqual({ app: "1Password", title: "1Password", url: null });
    expect(r.calls[0]!.args.slice(0, 2)).toEqual(["-NoProfile", "-NonInteractive"]);
    expect(await createActiveWindowProvider("aix", r.exec)()).toBeNull();
  });
});
