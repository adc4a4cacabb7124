/**
 * JSON as Google Takeout writes My Activity and Chrome's history, for the people of bench:personal and
 * the tests that write such files: pretty-printed (two spaces a level for My Activity, four for Chrome's
 * History.json), Google's JSON writer escaping "=", "&" and "'" as `\u003d`, `\u0026` and `\u0027` (as
 * MichaelCurrin/history-report's sample BrowserHistory.json shows in its `client_id`); a My Activity
 * record's fields in Takeout's order (google_takeout_parser's parse_json.py reads the same fields); a
 * visit of Chrome's history with its time in microseconds since 1970; a Google Keep note's JSON.
 */

/** `value` as Takeout writes it (its text, as written to disk), `indent` spaces a level. */
export function takeoutJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(/[=&']/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}

/**
 * A record of a product's My Activity (`header` the product: "Search", "Maps", "Chrome" …), its fields in
 * Takeout's order: header, title, titleUrl, subtitles, time, products, details, activityControls,
 * locationInfos; `extra` gives `subtitles`, `details` and `locationInfos`, and any other field after them.
 */
export function activityRecord(header: string, title: string, time: string, titleUrl?: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const { subtitles, details, locationInfos, ...rest } = extra;
  return {
    header,
    title,
    ...(titleUrl ? { titleUrl } : {}),
    ...(subtitles ? { subtitles } : {}),
    time,
    products: [header],
    ...(details ? { details } : {}),
    activityControls: ["Web & App Activity"],
    ...(locationInfos ? { locationInfos } : {}),
    ...rest,
  };
}

/** A visit of Chrome's History.json (`{ "Browser History": [ … ] }`): its page's transition, title and address, its time (ISO 8601) as microseconds since 1970. */
export function chromeVisit(time: string, transition: string, title: string, url: string, favicon?: string): Record<string, unknown> {
  return {
    ...(favicon ? { favicon_url: favicon } : {}),
    page_transition: transition,
    title,
    url,
    client_id: "kXb7sQ2mN9pL4vR8tY1wZg==",
    time_usec: Date.parse(time) * 1000 + 417,
  };
}

/**
 * A Google Keep note's JSON as Takeout writes it (Keep/<title>.json): the keys every note has (colour,
 * trashed, pinned, archived, title, times as microseconds since 1970), then what this note holds
 * (`fields`: its title, textContent or listContent, labels …), pretty-printed two spaces a level.
 * @param created ISO 8601; @param edited ISO 8601, the created time when not given
 */
export function keepNote(fields: Record<string, unknown>, created: string, edited: string = created): string {
  const usec = (iso: string) => Date.parse(iso) * 1000;
  return JSON.stringify(
    {
      color: "DEFAULT",
      isTrashed: false,
      isPinned: false,
      isArchived: false,
      title: "",
      userEditedTimestampUsec: usec(edited),
      createdTimestampUsec: usec(created),
      ...fields,
    },
    null,
    2,
  );
}
