/**
 * Pairs each item of a list whose items carry no id with a React key made from its content:
 * `keyOf(item)`, with repeats numbered in list order (`…#2`, `…#3`). A key stays with its item when
 * items are added at the end of the list, which an index key would not do once the list is
 * re-sorted or filtered.
 */
export function contentKeys<T>(items: readonly T[], keyOf: (item: T) => string): { key: string; item: T }[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = keyOf(item);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { key: n === 1 ? base : `${base}#${n}`, item };
  });
}
