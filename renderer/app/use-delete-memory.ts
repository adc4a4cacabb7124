import { useCallback } from "react";
import { errorMessage } from "../lib/format.js";
import { useApi } from "./api-context.js";
import { useData } from "./data.js";
import { useToasts } from "./toasts.js";

/**
 * Deleting a memory with Undo: deletes at once through the API (the engine keeps a snapshot until
 * `undoUntil`), then shows a toast whose Undo button calls `undoDelete` with the token. With
 * `withSources` the sources it was made from are forgotten too (no Undo; the toast says what went).
 * Returns a function resolving to true when the memory was deleted. Errors are shown as toasts.
 */
export function useDeleteMemory(): (id: number, title: string, withSources?: boolean) => Promise<boolean> {
  const api = useApi();
  const toasts = useToasts();
  const { changed } = useData();
  return useCallback(
    async (id, title, withSources = false) => {
      try {
        const { undoToken, undoUntil, forgotten } = await api.deleteMemory(withSources ? { id, withSources } : { id });
        changed();
        const name = `“${title.length > 48 ? `${title.slice(0, 47)}…` : title}”`;
        if (forgotten) {
          const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
          toasts.show({
            message: `Deleted ${name} with ${n(forgotten.sources, "source", "sources")} and ${n(forgotten.memories, "memory", "memories")} in all`,
            tone: "success",
            durationMs: 5000,
          });
          return true;
        }
        toasts.show({
          message: `Deleted ${name}`,
          durationMs: Math.max(2000, undoUntil - Date.now() - 500),
          action: {
            label: "Undo",
            onAction: () => {
              api.undoDelete({ undoToken }).then(
                () => {
                  changed();
                  toasts.show({ message: "Memory restored", tone: "success", durationMs: 3000 });
                },
                (e: unknown) => toasts.show({ message: `Could not undo: ${errorMessage(e)}`, tone: "error" }),
              );
            },
          },
        });
        return true;
      } catch (e) {
        toasts.show({ message: `Could not delete: ${errorMessage(e)}`, tone: "error" });
        return false;
      }
    },
    [api, toasts, changed],
  );
}
