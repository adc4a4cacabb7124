import type { MenuItemConstructorOptions } from "electron";

/**
 * The application menu (pure template; main.ts calls Menu.buildFromTemplate). Views are opened by
 * sending the UI a route (`#/chat`, `#/memories`, …) through `navigate`.
 */

/** What menu items do. */
export interface MenuActions {
  navigate(route: string): void;
  exportData(): void;
  toggleCapturePause(): void;
}

/** The views reachable from the View menu, with accelerators CmdOrCtrl+1…6. */
export const VIEWS: ReadonlyArray<{ label: string; route: string }> = [
  { label: "Chat", route: "/chat" },
  { label: "Memories", route: "/memories" },
  { label: "Timeline", route: "/timeline" },
  { label: "Graph", route: "/graph" },
  { label: "Capture", route: "/capture" },
  { label: "Models", route: "/models" },
];

/** The menu template for `platform` (macOS gets the app menu first). */
export function appMenuTemplate(platform: NodeJS.Platform, actions: MenuActions, opts: { devTools: boolean }): MenuItemConstructorOptions[] {
  const mac = platform === "darwin";
  const app: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: "Engram",
          submenu: [
            { role: "about" },
            { type: "separator" },
            { role: "hide" },
            { role: "hideOthers" },
            { role: "unhide" },
            { type: "separator" },
            { role: "quit" },
          ],
        },
      ]
    : [];
  return [
    ...app,
    {
      label: "File",
      submenu: [
        { label: "Export my data…", click: () => actions.exportData() },
        { label: "Privacy and data", click: () => actions.navigate("/privacy") },
        { type: "separator" },
        { label: "Pause or resume capture", accelerator: "CmdOrCtrl+Shift+P", click: () => actions.toggleCapturePause() },
        { type: "separator" },
        mac ? { role: "close" } : { role: "quit" },
      ],
    },
    {
      label: "Edit",
      submenu: [{ role: "undo" }, { role: "redo" }, { type: "separator" }, { role: "cut" }, { role: "copy" }, { role: "paste" }, { role: "selectAll" }],
    },
    {
      label: "View",
      submenu: [
        ...VIEWS.map((v, i): MenuItemConstructorOptions => ({ label: v.label, accelerator: `CmdOrCtrl+${i + 1}`, click: () => actions.navigate(v.route) })),
        { type: "separator" },
        { role: "resetZoom" },
        { role: "zoomIn" },
        { role: "zoomOut" },
        { type: "separator" },
        { role: "togglefullscreen" },
        ...(opts.devTools ? [{ role: "toggleDevTools" } as MenuItemConstructorOptions] : []),
      ],
    },
    { role: "windowMenu" },
  ];
}
