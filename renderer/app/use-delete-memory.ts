import { useCallback } from "react";
import { errorMessage } from "../lib/format.js";
import { useApi } from "./api-context.js";
import { useData } from "./data.js";
import { useToasts } from "./toasts.js";

/**
 * Deleting a memory with Undo: deletes at once through the API (the engine keeps a snapshot until
 * `undoUntil`), then shows a toast whose Undo button calls `undoDelete` with the token. Returns a
 * function resolving to true when the memory was deleted. Errors are shown as toasts.
 */
export function useDeleteMemory(): (id: number, title: string) => Promise<boolean> {
  const api = useApi();
  const toasts = useToasts();
  const { changed } = useData();
  return useCallback(
    async (id, title) => {
      try {
        const { undoToken, undoUntil } = await api.deleteMemory({ id });
        changed();
        toasts.show({
          message: `Deleted “${title.length > 48 ? `${title.slice(0, 47)}…` : title}”`,
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
