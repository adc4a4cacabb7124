/**
 * Where models are stored, apart from the registry (registry.ts) so that showing the folder (the
 * command line's help) loads neither the database nor the catalog's schemas.
 */
import { join } from "node:path";
import { envText } from "../core/config/env.js";
import { userDataDir } from "../core/config/paths.js";

/** Folder holding downloaded and imported models: `ENGRAM_MODELS_DIR`, else `<userDataDir>/models`. */
export function modelsDir(): string {
  return envText("ENGRAM_MODELS_DIR") || join(userDataDir(), "models");
}
