// Settings, database stats, info, and the empty request of methods without parameters.
import type { EngineKind, MemoryType, SourceKind } from "./vocabulary.js";

// ───────────────────────────── settings / stats / info ─────────────────────────────

/** `setSettings`: keys to write (JSON values). Keys are `section.name`, e.g. `ui.theme`,
 * `capture.intervalMs`. A null value removes the key. */
export interface SetSettingsRequest {
  values: Record<string, unknown>;
}

/** Row counts of the database. */
export interface Stats {
  memories: Record<MemoryType, number>;
  memoriesTotal: number;
  sources: Record<SourceKind, number>;
  conversations: number;
  entities: number;
  edges: number;
  frames: number;
  /** sources the memory engine has not processed yet */
  unprocessedSources: number;
}

/** Where the data lives and what runs. */
export interface Info {
  version: string;
  dataDir: string;
  dbPath: string;
  /** database file + WAL, bytes */
  dbBytes: number;
  /** screenshot images, bytes */
  imageBytes: number;
  embedder: { id: string; dimension: number };
  engine: EngineKind;
  /** active chat model id (or model server name), null when none */
  chatModel: string | null;
  /** the active model server (`addEndpoint`); `remote`: not on this computer, so questions and
   * the memories that answer them are sent there */
  modelServer: { name: string; url: string; remote: boolean } | null;
  transport: "ipc" | "http" | "cli";
  platform: string;
}

/** The empty request of methods without parameters. */
export type Empty = Record<string, never>;
