import { useEffect, useRef, type RefObject } from "react";

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Open modal surfaces, innermost last: only the innermost one closes on Escape. */
const openModals: HTMLElement[] = [];

/** True while a modal surface (drawer, dialog) is open. */
export function modalOpen(): boolean {
  return openModals.length > 0;
}

/**
 * Keyboard behaviour of a modal surface (drawer, dialog): focuses it on open, keeps Tab inside it,
 * closes on Escape (wherever focus is, even after what had it went away, as after a failed
 * import), and gives focus back to whatever had it before when it closes.
 */
export function useModalFocus(ref: RefObject<HTMLElement | null>, onClose: () => void): void {
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const previous = document.activeElement as HTMLElement | null;
    const first = el.querySelector<HTMLElement>("[data-autofocus]") ?? el;
    first.focus();

    openModals.push(el);
    const onEscape = (e: KeyboardEvent): void => {
      if (e.key !== "Escape" || e.defaultPrevented || openModals.at(-1) !== el) return;
      e.preventDefault();
      e.stopPropagation();
      closeRef.current();
    };
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== "Tab") return;
      const items = [...el.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((n) => n.offsetParent !== null || n === document.activeElement);
      if (items.length === 0) return;
      const firstItem = items[0]!;
      const lastItem = items[items.length - 1]!;
      if (e.shiftKey && (document.activeElement === firstItem || document.activeElement === el)) {
        e.preventDefault();
        lastItem.focus();
      } else if (!e.shiftKey && document.activeElement === lastItem) {
        e.preventDefault();
        firstItem.focus();
      }
    };
    el.addEventListener("keydown", onKey);
    document.addEventListener("keydown", onEscape);
    return () => {
      el.removeEventListener("keydown", onKey);
      document.removeEventListener("keydown", onEscape);
      openModals.splice(openModals.indexOf(el), 1);
      if (previous && document.contains(previous)) previous.focus();
    };
  }, [ref]);
}
