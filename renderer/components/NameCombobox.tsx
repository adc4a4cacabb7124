import { useId, useState, type KeyboardEvent } from "react";

/** One suggestion of a {@link NameCombobox}: what is typed when it is chosen, and a muted hint beside it. */
export interface NameOption {
  id: number;
  name: string;
  /** e.g. "with Maria · 324 memories" (tells two people of one name apart) */
  hint?: string;
}

/** How many suggestions the list shows at most. */
const SHOWN = 8;

/** The options whose name, or a word of it, starts with `text` (case-insensitive), in their order; all of them for no text. */
export function matchingOptions(options: NameOption[], text: string): NameOption[] {
  const q = text.trim().toLocaleLowerCase();
  if (!q) return options.slice(0, SHOWN);
  return options
    .filter((o) =>
      o.name
        .toLocaleLowerCase()
        .split(/\s+/)
        .some((w, i, words) => words.slice(i).join(" ").startsWith(q)),
    )
    .slice(0, SHOWN);
}

/**
 * A text field with a list of suggestions (WAI-ARIA combobox with a listbox popup): the list opens
 * as the user types, or on Down arrow; Up/Down move through it, Enter takes the highlighted
 * suggestion (else submits the text as typed), Escape closes the list, a click takes a suggestion.
 * Focus stays in the field throughout (`aria-activedescendant` names the highlighted option).
 * @param onPick a suggestion was chosen
 * @param onSubmit Enter with no suggestion highlighted: the text as typed (trimmed, not empty)
 */
export function NameCombobox({
  label,
  listLabel,
  placeholder,
  options,
  value,
  onValueChange,
  onPick,
  onSubmit,
  invalid,
  title,
}: {
  label: string;
  /** the suggestion list's name, e.g. "Known people" */
  listLabel: string;
  placeholder?: string;
  options: NameOption[];
  value: string;
  onValueChange: (text: string) => void;
  onPick: (option: NameOption) => void;
  onSubmit: (text: string) => void;
  invalid?: boolean;
  title?: string;
}) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const shown = open ? matchingOptions(options, value) : [];
  const expanded = shown.length > 0;
  const optionId = (i: number): string => `${listId}-${i}`;

  const pick = (o: NameOption): void => {
    setOpen(false);
    setActive(-1);
    onPick(o);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(e.key === "ArrowDown" ? 0 : matchingOptions(options, value).length - 1);
        return;
      }
      const n = shown.length;
      if (n) setActive((a) => (e.key === "ArrowDown" ? (a + 1) % n : (a - 1 + n) % n));
    } else if (e.key === "Enter") {
      e.preventDefault();
      const o = active >= 0 ? shown[active] : undefined;
      if (o) pick(o);
      else if (value.trim()) {
        setOpen(false);
        onSubmit(value.trim());
      }
    } else if (e.key === "Escape" && expanded) {
      e.preventDefault(); // closes the list, not what is around it
      e.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <span className="combobox">
      <input
        className="input filter-app"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 && active < shown.length ? optionId(active) : undefined}
        aria-invalid={invalid}
        title={title}
        autoComplete="off"
        placeholder={placeholder}
        value={value}
        onChange={(e) => {
          onValueChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
      />
      {/* the field keeps the focus: mousedown would blur it (closing the list) before a click lands */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the keys work in the field, which keeps the focus (aria-activedescendant) */}
      <div
        id={listId}
        role="listbox"
        aria-label={listLabel}
        className="combobox-list"
        hidden={!expanded}
        onMouseDown={(e) => e.preventDefault()}
        onClick={(e) => {
          const i = Number((e.target as HTMLElement).closest<HTMLElement>("[data-index]")?.dataset.index);
          const o = shown[i];
          if (o) pick(o);
        }}
      >
        {shown.map((o, i) => (
          <div
            key={o.id}
            id={optionId(i)}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            data-index={i}
            className={i === active ? "combobox-option active" : "combobox-option"}
          >
            <span className="ellipsis">{o.name}</span>
            {o.hint && <span className="combobox-hint ellipsis">{o.hint}</span>}
          </div>
        ))}
      </div>
    </span>
  );
}
