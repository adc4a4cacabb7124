import { Dialog } from "./Dialog.js";
import { ImportPanel } from "./ImportPanel.js";

/** The Import dialog (sidebar button): the import panel in a modal. */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Import chats" onClose={onClose}>
      <ImportPanel compact />
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
