import type { ModelInfo } from "./types.js";

/** Share of the computer's memory a recommended chat model may need (the rest: the OS, the app, the embedder). */
export const CHAT_RAM_SHARE = 0.5;
/** Share of the computer's memory a recommended embedding model may need. */
export const EMBEDDING_RAM_SHARE = 0.125;

/**
 * The catalog models to recommend on a computer with `memoryBytes` of RAM: for each role, the
 * model needing the most memory (from the catalog's recommended RAM) within that role's share,
 * as the best this computer runs comfortably. Null when none fits.
 */
export function recommendModels(models: ModelInfo[], memoryBytes: number): { chat: string | null; embedding: string | null } {
  const best = (role: ModelInfo["role"], share: number): string | null => {
    const fits = models.filter((m) => m.role === role && m.inCatalog && m.recommendedRamBytes != null && m.recommendedRamBytes <= memoryBytes * share);
    fits.sort((a, b) => b.recommendedRamBytes! - a.recommendedRamBytes! || b.sizeBytes - a.sizeBytes);
    return fits[0]?.id ?? null;
  };
  return { chat: best("chat", CHAT_RAM_SHARE), embedding: best("embedding", EMBEDDING_RAM_SHARE) };
}
