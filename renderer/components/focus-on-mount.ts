/**
 * A ref callback that focuses its element once, when React attaches it. For a field the user has
 * just asked for (an editor opened with Edit, the passphrase box opened with Show secret), where
 * the focus moving there is the answer to their click; the same effect as `autoFocus`, written out
 * so that it is a visible decision. Modal surfaces use `data-autofocus` (see use-modal-focus.ts).
 */
export function focusOnMount(el: HTMLElement | null): void {
  el?.focus();
}
