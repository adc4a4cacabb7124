import { homedir } from "node:os";
import { join } from "node:path";
import { envText } from "./env.js";

/**
 * The app's user-data folder, as Electron's `app.getPath("userData")` gives it
 * for an app named "Engram": `~/.config/Engram` on Linux (honouring
 * XDG_CONFIG_HOME), `~/Library/Application Support/Engram` on macOS,
 * `%APPDATA%\Engram` on Windows.
 */
export function userDataDir(): string {
  const home = homedir();
  if (process.platform === "darwin") return join(home, "Library", "Application Support", "Engram");
  if (process.platform === "win32") return join(process.env.APPDATA ?? join(home, "AppData", "Roaming"), "Engram");
  return join(process.env.XDG_CONFIG_HOME || join(home, ".config"), "Engram");
}

/**
 * Where the database lives: the explicit path (`--db`), else `ENGRAM_DB`,
 * else `<userDataDir>/engram.db`.
 */
export function resolveDbPath(explicit?: string): string {
  return explicit || envText("ENGRAM_DB") || join(userDataDir(), "engram.db");
}
