import {
  app,
  BrowserWindow,
  desktopCapturer,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  nativeImage,
  protocol,
  safeStorage,
  screen,
  session,
  Tray,
  utilityProcess,
  type UtilityProcess,
} from "electron";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { contentType, lookupStatic, NOT_BUILT_PAGE } from "../core/transports/http/static.js";
import type { CaptureStatus } from "../core/api/types.js";
import { EngineClient, type FromEngine, type ToEngine } from "./engine-protocol.js";
import { createActiveWindowProvider } from "./capture/active-window.js";
import { createElectronCapturer } from "./capture/electron-capturer.js";
import { schedulerApi, startCaptureScheduler, type CaptureScheduler } from "./capture/scheduler.js";
import { CHANNELS } from "./channels.js";
import { toReply, validateCall, validatePick } from "./ipc.js";
import { appMenuTemplate } from "./menu.js";
import { APP_HOST, APP_ORIGIN, APP_SCHEME, CSP, navigationAllowed, NetworkGrants, permissionAllowed, requestAllowed } from "./security.js";
import { trayMenuTemplate, trayTooltip } from "./tray.js";
import { DEFAULT_STATE, fitToDisplays, loadWindowState, MIN_SIZE, saveWindowState, stateFromBounds } from "./window-state.js";
import { loadVaultKey, VAULT_KEY_FILE, type VaultKeyResult } from "./vault-key.js";

/**
 * The main process of the Engram desktop app. Thin by design (DESIGN.md): windows, tray, menu,
 * the app:// protocol, security policy and IPC forwarding. The EngramApi implementation runs in
 * the engine utility process (electron/engine.ts); this process only validates and forwards.
 */

const here = import.meta.dirname;
app.setName("Engram"); // userData = the folder core/db/connection.ts userDataDir() names, shared with the CLI
const UI_DIR = join(app.getAppPath(), "dist-renderer");
const ICON = join(app.getAppPath(), "build", "icon.png");
const WINDOW_STATE_FILE = join(app.getPath("userData"), "window-state.json");
const grants = new NetworkGrants();

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on("second-instance", () => showWindow());
  app.whenReady().then(start, (err: unknown) => fatal(err));
}

let win: BrowserWindow | null = null;
let tray: Tray | null = null;
let engine: UtilityProcess | null = null;
let scheduler: CaptureScheduler | null = null;
let vaultKey: VaultKeyResult | null = null;
let quitting = false;
const client = new EngineClient({
  post: (m: ToEngine) => {
    if (!engine) throw new Error("engine not running");
    engine.postMessage(m);
  },
  onMessage: (l: (m: FromEngine) => void) => messageListeners.push(l),
});
const messageListeners: Array<(m: FromEngine) => void> = [];

/** Starts (or restarts) the engine process; at most 3 restarts after crashes. */
function startEngine(restarts = 0): void {
  // The engine resolves the database itself (ENGRAM_DB, else <userData>/engram.db), like the CLI.
  engine = utilityProcess.fork(join(here, "engine.js"), [], { serviceName: "Engram engine", stdio: "inherit" });
  engine.on("message", (m: FromEngine) => {
    for (const l of messageListeners) l(m);
  });
  engine.on("exit", (code) => {
    client.failAll("The Engram engine stopped; it is restarting. Try again in a moment.");
    engine = null;
    if (!quitting && restarts < 3) startEngine(restarts + 1);
    else if (!quitting) dialog.showErrorBox("Engram", `The engine stopped (exit code ${code}). Restart Engram; your data is safe.`);
  });
  // First message of every engine start, so the key is there before any frame is ingested.
  vaultKey ??= readVaultKey();
  client.query({ kind: "vaultKey", key: vaultKey.key, reason: vaultKey.reason }).catch(() => {}); // an engine crash restarts and resends
}

/** The vault key kept with safeStorage (electron/vault-key.ts); main only, after `ready`. */
function readVaultKey(): VaultKeyResult {
  try {
    const r = loadVaultKey(join(app.getPath("userData"), VAULT_KEY_FILE), safeStorage);
    if (r.reason) console.error(`engram vault: ${r.reason}`);
    return r;
  } catch (err) {
    const reason = `the vault key could not be written (${(err as Error).message}); redacted screen text is dropped, not kept in the vault`;
    console.error(`engram vault: ${reason}`);
    return { key: null, created: false, reason };
  }
}

function applySecurity(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, permission, callback, details) =>
    callback(permissionAllowed({ permission, mediaTypes: "mediaTypes" in details ? details.mediaTypes : undefined, requestingUrl: details.requestingUrl })),
  );
  ses.setPermissionCheckHandler((_wc, permission, requestingOrigin, details) =>
    permissionAllowed({ permission, mediaTypes: details.mediaType ? [details.mediaType] : undefined, requestingUrl: `${requestingOrigin}/` }),
  );
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !requestAllowed(details.url, grants) }));
  app.on("web-contents-created", (_e, contents) => {
    contents.on("will-navigate", (event, url) => {
      if (!navigationAllowed(url)) event.preventDefault();
    });
    contents.on("will-redirect", (event, url) => {
      if (!navigationAllowed(url)) event.preventDefault();
    });
    contents.on("will-attach-webview", (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: "deny" }));
  });
}

/** Serves `app://engram/…`: the built UI with the CSP, and `/images/<sourceId>` screenshots. */
function registerAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response("Not found", { status: 404 });
    const image = /^\/images\/(\d+)$/.exec(url.pathname);
    if (image) {
      const file = await client.query({ kind: "imagePath", sourceId: Number(image[1]) }).catch(() => null);
      if (!file) return new Response("Not found", { status: 404 });
      return new Response(await readFile(file), { headers: { "Content-Type": contentType(file) } });
    }
    const found = lookupStatic(UI_DIR, url.pathname);
    const headers = { "Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff" };
    if (found.kind === "not_found") return new Response("Not found", { status: 404 });
    if (found.kind === "not_built") return new Response(NOT_BUILT_PAGE, { status: 200, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
    return new Response(await readFile(found.path), { headers: { ...headers, "Content-Type": contentType(found.path) } });
  });
}

/** Validates and forwards API calls from the window to the engine; streams events back. */
function registerIpc(): void {
  const aborts = new Map<string, AbortController>();
  ipcMain.handle(CHANNELS.call, (event, method: unknown, request: unknown, callId: unknown) =>
    toReply(async () => {
      const call = validateCall(event.senderFrame?.url ?? "", method, request, callId);
      const key = `${event.sender.id}:${call.callId}`;
      const abort = new AbortController();
      aborts.set(key, abort);
      try {
        return await client.call(call.method, call.request, {
          onEvent: (e) => {
            if (!event.sender.isDestroyed()) event.sender.send(CHANNELS.event, call.callId, e);
          },
          signal: abort.signal,
        });
      } finally {
        aborts.delete(key);
      }
    }),
  );
  ipcMain.on(CHANNELS.cancel, (event, callId: unknown) => aborts.get(`${event.sender.id}:${String(callId)}`)?.abort());
  // the open dialog for a model file: the user picks the path, the page only asks
  ipcMain.handle(CHANNELS.pick, async (event, req: unknown) => {
    const pick = validatePick(event.senderFrame?.url ?? "", req);
    const owner = BrowserWindow.fromWebContents(event.sender);
    const options: Electron.OpenDialogOptions = {
      title: pick.title,
      properties: [pick.kind === "file" ? "openFile" : "openDirectory"],
      filters: pick.kind === "file" && pick.extensions?.length ? [{ name: pick.extensions.join(", "), extensions: pick.extensions }] : undefined,
    };
    const r = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return r.canceled ? null : (r.filePaths[0] ?? null);
  });
}

function createWindow(): void {
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const state = fitToDisplays(loadWindowState(WINDOW_STATE_FILE), displays.length ? displays : [{ x: 0, y: 0, ...DEFAULT_STATE }]);
  win = new BrowserWindow({
    ...state,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: "Engram",
    icon: ICON,
    backgroundColor: "#111318",
    webPreferences: {
      preload: join(here, "preload.cjs"),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  if (state.maximized) win.maximize();
  win.once("ready-to-show", () => win?.show());
  const save = () => {
    if (win && !win.isDestroyed()) saveWindowState(WINDOW_STATE_FILE, stateFromBounds(win.getNormalBounds(), win.isMaximized()));
  };
  win.on("close", (e) => {
    save();
    if (!quitting && tray) {
      e.preventDefault(); // keep running in the tray (capture continues)
      win?.hide();
    }
  });
  win.on("closed", () => (win = null));
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}

function showWindow(): void {
  if (!win) createWindow();
  if (win?.isMinimized()) win.restore();
  win?.show();
  win?.focus();
}

function navigate(route: string): void {
  showWindow();
  win?.webContents.send(CHANNELS.navigate, route);
}

async function captureState(): Promise<CaptureStatus | null> {
  return (await client.call("captureStatus", {}).catch(() => null)) as CaptureStatus | null;
}

async function refreshTray(): Promise<void> {
  const status = await captureState();
  if (!tray || !status) return;
  const actions = {
    show: showWindow,
    pause: (minutes?: number) => void client.call("pauseCapture", minutes ? { minutes } : {}).then(refreshTray),
    resume: () => void client.call("resumeCapture", {}).then(refreshTray),
    openCaptureSettings: () => navigate("/capture"),
    quit: () => app.quit(),
  };
  tray.setToolTip(trayTooltip(status, (ms) => new Date(ms).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })));
  tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(status, actions)));
}

async function exportFromMenu(): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 10);
  const r = await dialog.showSaveDialog({
    title: "Export my data",
    defaultPath: `engram-${stamp}.jsonl.gz`,
    filters: [{ name: "Engram export", extensions: ["gz"] }],
  });
  if (r.canceled || !r.filePath) return;
  try {
    await client.call("exportData", { path: r.filePath });
    void dialog.showMessageBox({ message: `Exported to ${r.filePath}` });
  } catch (err) {
    dialog.showErrorBox("Export failed", (err as Error).message);
  }
}

function buildMenu(): void {
  const actions = {
    navigate,
    exportData: () => void exportFromMenu(),
    toggleCapturePause: async () => {
      const s = await captureState();
      await client.call(s?.state === "paused" ? "resumeCapture" : "pauseCapture", {}).catch(() => null);
      await refreshTray();
    },
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(process.platform, actions, { devTools: !app.isPackaged })));
}

/** Global shortcut that pauses or resumes capture from anywhere. */
const TOGGLE_CAPTURE = "CommandOrControl+Shift+Alt+P";

/**
 * Starts screen capture (electron/capture/): the scheduler grabs the displays here in main, the
 * engine's pipeline (exclusions, dedup, OCR, redaction, storage) decides and writes, reached
 * through the API like everything else (`captureFrame`, `captureConfig`). It reads the settings
 * before every round, so it idles until the user turns capture on.
 */
function startCapture(): void {
  scheduler = startCaptureScheduler({
    capturer: createElectronCapturer({ desktopCapturer, screen }, { activeWindow: createActiveWindowProvider() }),
    ...schedulerApi(client.api()),
    onState: () => void refreshTray(),
    onError: (err) => console.error(`engram capture: ${err.message}`),
  });
  globalShortcut.register(TOGGLE_CAPTURE, () => void scheduler?.toggle());
}

async function start(): Promise<void> {
  applySecurity();
  registerAppProtocol();
  registerIpc();
  startEngine();
  client.onNotice((n) => {
    if (n.kind === "download") n.phase === "start" ? grants.grant(n.urls) : grants.revoke(n.urls);
    if (n.kind === "captureChanged") void scheduler?.reload();
    if (n.kind === "captureChanged" || n.kind === "ready") void refreshTray();
    if (n.kind === "log") console.error(`engram engine: ${n.message}`);
  });
  buildMenu();
  tray = new Tray(nativeImage.createFromPath(ICON).resize({ width: 18, height: 18 }));
  tray.on("click", showWindow);
  setInterval(() => void refreshTray(), 60_000).unref();
  startCapture();
  createWindow();
}

app.on("before-quit", (event) => {
  quitting = true;
  if (!scheduler) return;
  event.preventDefault(); // let the capture round in progress finish, then quit
  const s = scheduler;
  scheduler = null;
  void s.stop().finally(() => app.quit());
});
app.on("will-quit", () => {
  globalShortcut.unregisterAll();
  engine?.kill();
});
app.on("activate", showWindow);
app.on("window-all-closed", () => {
  if (!tray) app.quit();
});

function fatal(err: unknown): void {
  dialog.showErrorBox("Engram could not start", (err as Error)?.stack ?? String(err));
  app.exit(1);
}
