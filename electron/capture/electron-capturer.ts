import type { DesktopCapturer, Screen } from "electron";
import type { ActiveWindow, Capturer, GrabbedDisplay } from "./scheduler.js";

/**
 * The real {@link Capturer} of the desktop app, over Electron's `desktopCapturer` (main process
 * only) and `screen`. Pass the modules in (`createElectronCapturer({ desktopCapturer, screen })`)
 * so this file holds no runtime Electron import.
 *
 * Each display is grabbed at its full pixel size (size × scaleFactor) as a screen source's
 * thumbnail; `NativeImage.toBitmap()` gives BGRA bytes on Windows, Linux and macOS (Skia's N32
 * order on those platforms). Electron has no API for other apps' windows, so the active window
 * comes from `opts.activeWindow` (e.g. a native helper); without it frames carry no app, title or
 * URL, so app, title and site exclusions cannot apply.
 */
export function createElectronCapturer(
  electron: { desktopCapturer: DesktopCapturer; screen: Screen },
  opts: { activeWindow?: () => Promise<ActiveWindow | null> } = {},
): Capturer {
  return {
    async grab(): Promise<GrabbedDisplay[]> {
      const displays = electron.screen.getAllDisplays();
      if (displays.length === 0) return [];
      const width = Math.max(...displays.map((d) => Math.round(d.size.width * d.scaleFactor)));
      const height = Math.max(...displays.map((d) => Math.round(d.size.height * d.scaleFactor)));
      const sources = await electron.desktopCapturer.getSources({ types: ["screen"], thumbnailSize: { width, height } });
      const out: GrabbedDisplay[] = [];
      sources.forEach((src, i) => {
        const display = displays.find((d) => String(d.id) === src.display_id) ?? displays[i];
        if (!display || src.thumbnail.isEmpty()) return;
        const size = src.thumbnail.getSize();
        out.push({ display: display.id, raw: { data: src.thumbnail.toBitmap(), width: size.width, height: size.height, order: "bgra" } });
      });
      return out;
    },
    activeWindow: opts.activeWindow,
  };
}
