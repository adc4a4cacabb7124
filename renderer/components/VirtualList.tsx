import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";

/** Props of a virtualised, keyboard-navigable list. */
export interface VirtualListProps<T> {
  items: T[];
  /** fixed row height, px */
  rowHeight: number;
  getKey: (item: T) => string | number;
  renderRow: (item: T, selected: boolean) => ReactNode;
  /** the selected item's key (shown as selected) */
  selectedKey?: string | number | null;
  onSelect: (item: T) => void;
  /** accessible name of the list */
  label: string;
  /** called when the last rendered row is within 10 rows of the end (load the next page) */
  onNearEnd?: () => void;
  /** shown as the last row while more is loading */
  footer?: ReactNode;
}

/**
 * A listbox that renders only the rows in view (@tanstack/react-virtual), so it stays fast with
 * 100k rows. Arrow keys, Home/End and PageUp/PageDown move the active row; Enter or Space selects
 * it. `onNearEnd` drives paged loading.
 */
export function VirtualList<T>({ items, rowHeight, getKey, renderRow, selectedKey, onSelect, label, onNearEnd, footer }: VirtualListProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const count = items.length + (footer ? 1 : 0);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const last = virtualItems[virtualItems.length - 1]?.index ?? -1;

  useEffect(() => {
    if (onNearEnd && items.length > 0 && last >= items.length - 10) onNearEnd();
  }, [last, items.length, onNearEnd]);

  useEffect(() => {
    if (active >= items.length && items.length > 0) setActive(items.length - 1);
  }, [items.length, active]);

  const move = (to: number): void => {
    const i = Math.max(0, Math.min(items.length - 1, to));
    setActive(i);
    virtualizer.scrollToIndex(i, { align: "auto" });
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
    const target = keyTarget(e.key, active, page, items.length);
    if (target === undefined) return;
    e.preventDefault();
    if (target === "select") {
      if (items[active] !== undefined) onSelect(items[active]);
    } else move(target);
  };

  // Rows are options of the listbox (aria-activedescendant): the list keeps the focus, so a row
  // focused by a click hands it on to the list (a focused row would take the focus with it when it
  // scrolls out and is unmounted), and the list, which handles the keys, handles the click.
  const rowIndexAt = (target: EventTarget): number | null => {
    const row = target instanceof Element ? target.closest<HTMLElement>("[data-index]") : null;
    return row ? Number(row.dataset.index) : null;
  };
  const onFocus = (e: FocusEvent<HTMLDivElement>): void => {
    if (e.target !== e.currentTarget) e.currentTarget.focus();
  };
  const onClick = (e: MouseEvent): void => {
    const i = rowIndexAt(e.target);
    const item = i === null ? undefined : items[i];
    if (i === null || item === undefined) return;
    setActive(i);
    onSelect(item);
  };

  const activeItem = items[active];
  const idFor = (k: string | number): string => `row-${label.replace(/\W+/g, "-")}-${k}`;

  return (
    <div
      ref={scrollRef}
      className="vlist"
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={activeItem ? idFor(getKey(activeItem)) : undefined}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onClick={onClick}
    >
      <div className="vlist-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualItems.map((vi) => {
          const item = items[vi.index];
          const style = { height: vi.size, transform: `translateY(${vi.start}px)` };
          if (item === undefined) {
            return (
              <div key="footer" className="vlist-row vlist-footer" style={style}>
                {footer}
              </div>
            );
          }
          const key = getKey(item);
          const selected = key === selectedKey;
          return (
            <div
              key={key}
              id={idFor(key)}
              role="option"
              aria-selected={selected}
              tabIndex={-1}
              data-index={vi.index}
              className={`vlist-row${selected ? " selected" : ""}${vi.index === active ? " active" : ""}`}
              style={style}
            >
              {renderRow(item, selected)}
            </div>
          );
        })}
      </div>
    </div>
  );
}

/**
 * What a key does in the list: the row index to move to (unclamped), "select" for Enter and Space,
 * or undefined for keys the list leaves alone. `page` is the number of rows a PageUp/PageDown moves.
 */
function keyTarget(key: string, active: number, page: number, count: number): number | "select" | undefined {
  switch (key) {
    case "ArrowDown":
      return active + 1;
    case "ArrowUp":
      return active - 1;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    case "PageDown":
      return active + page;
    case "PageUp":
      return active - page;
    case "Enter":
    case " ":
      return "select";
    default:
      return undefined;
  }
}
