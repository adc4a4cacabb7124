/**
 * A Google Calendar export (Takeout's Calendar/<account>.ics, or "Export" in its settings) for the
 * people of bench:personal: the calendar's head as Google writes it for a calendar in London (its
 * PRODID, the account as X-WR-CALNAME, and the Europe/London VTIMEZONE with its BST and GMT rules),
 * then the events given, lines ended with CRLF as RFC 5545 asks, and a last line break.
 */

/** The calendar `account` ("daniel.okafor@gmail.com") holding `events` (each a VEVENT's lines, BEGIN:VEVENT to END:VEVENT), as its .ics text. */
export function londonCalendarIcs(account: string, events: readonly string[]): string {
  return [
    "BEGIN:VCALENDAR",
    "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${account}`,
    "X-WR-TIMEZONE:Europe/London",
    "BEGIN:VTIMEZONE",
    "TZID:Europe/London",
    "X-LIC-LOCATION:Europe/London",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0000",
    "TZOFFSETTO:+0100",
    "TZNAME:BST",
    "DTSTART:19700329T010000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0000",
    "TZNAME:GMT",
    "DTSTART:19701025T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
    ...events,
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}
