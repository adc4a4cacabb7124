import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { detectFormat, parseExport } from "../../core/ingest/parse.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-ics-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Europe/London as Google Calendar defines it in an export. */
const LONDON = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/London",
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
];

/** A calendar file as exporters write it (CRLF line ends) holding `events`, each the lines between BEGIN:VEVENT and END:VEVENT. */
function calendar(events: string[][], header: string[] = ["X-WR-CALNAME:Home", "X-WR-TIMEZONE:Europe/London"]): string {
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
    ...header,
    ...LONDON,
    ...events.flatMap((e) => ["BEGIN:VEVENT", ...e, "END:VEVENT"]),
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}

describe("an iCalendar file (.ics)", () => {
  it("is detected, and read as one conversation whose turns are its events in words, at their start", async () => {
    const file = join(dir, "home.ics");
    writeFileSync(
      file,
      calendar([
        [
          "UID:dentist@example.com",
          "DTSTART;TZID=Europe/London:20260617T093000",
          "DTEND;TZID=Europe/London:20260617T100000",
          "SUMMARY:Dentist",
          // (a line folded at 75 bytes, and escaped commas and newlines)
          "LOCATION:Bright Smile Dental\\, 22 Mill La",
          " ne\\, Leeds",
          "DESCRIPTION:Check-up.\\nBring NHS number",
          "ORGANIZER;CN=Sofia Reyes:mailto:sofia@example.com",
          "ATTENDEE;CN=Sofia Reyes:mailto:sofia@example.com",
          "ATTENDEE;CN=Dr Okafor:mailto:okafor@example.com",
        ],
        [
          "UID:yoga@example.com",
          "DTSTART;TZID=Europe/London:20260901T183000",
          "DTEND;TZID=Europe/London:20260901T193000",
          "RRULE:FREQ=WEEKLY;BYDAY=TU,TH",
          "SUMMARY:Yoga",
        ],
        ["UID:mum@example.com", "DTSTART;VALUE=DATE:20261209", "DTEND;VALUE=DATE:20261210", "RRULE:FREQ=YEARLY", "SUMMARY:Mum's birthday"],
        ["UID:half-term@example.com", "DTSTART;VALUE=DATE:20261026", "DTEND;VALUE=DATE:20261031", "SUMMARY:Half-term"],
        [
          "UID:club@example.com",
          "DTSTART;TZID=Europe/London:20261119T190000",
          "DTEND;TZID=Europe/London:20261119T210000",
          "STATUS:CANCELLED",
          "SUMMARY:Book club",
        ],
        // (a UTC time is shown in the calendar's zone: 17:00 UTC is 18:00 in London in June)
        ["UID:call@example.com", "DTSTART:20260624T170000Z", "DTEND:20260624T173000Z", "SUMMARY:Call with the landlord"],
      ]),
    );
    expect(await detectFormat(file)).toBe("ics");
    const [cal, ...more] = await parsedConversations(file);
    expect(more).toEqual([]);
    expect([cal!.format, cal!.externalId, cal!.title, cal!.participants]).toEqual(["ics", "ics:Home", "Home", ["User"]]);
    expect(cal!.turns.map((t) => [t.externalId, t.role, t.text, new Date(t.occurredAt).toISOString()])).toEqual([
      [
        "dentist@example.com",
        "user",
        "Dentist: Wednesday 17 June 2026, 09:30–10:00, at Bright Smile Dental, 22 Mill Lane, Leeds, with Dr Okafor. Check-up. Bring NHS number.",
        "2026-06-17T08:30:00.000Z",
      ],
      ["call@example.com", "user", "Call with the landlord: Wednesday 24 June 2026, 18:00–18:30.", "2026-06-24T17:00:00.000Z"],
      ["yoga@example.com", "user", "Yoga: every Tuesday and Thursday, 18:30–19:30, from Tuesday 1 September 2026.", "2026-09-01T17:30:00.000Z"],
      // (a day, an all-day event, at noon UTC: on that day in any time zone from UTC−11 to UTC+11)
      ["half-term@example.com", "user", "Half-term: Monday 26 October 2026 to Friday 30 October 2026 (all day).", "2026-10-26T12:00:00.000Z"],
      ["club@example.com", "user", "Book club (cancelled): Thursday 19 November 2026, 19:00–21:00.", "2026-11-19T19:00:00.000Z"],
      ["mum@example.com", "user", "Mum's birthday: every year on 9 December (all day), from Wednesday 9 December 2026.", "2026-12-09T12:00:00.000Z"],
    ]);
    expect(cal!.turns[0]!.metadata.event).toMatchObject({
      summary: "Dentist",
      zone: "Europe/London",
      allDay: false,
      attendees: ["Dr Okafor"],
      recurrence: null,
    });
    // (the time zones the file defined are not left registered for the next file)
    expect(ICAL.TimezoneService.has("Europe/London")).toBe(false);
  });

  it("says which days a repeating event skips, and keeps the days it was moved from as exceptions too", async () => {
    const file = join(dir, "skips.ics");
    writeFileSync(
      file,
      calendar([
        [
          "UID:yoga@example.com",
          "DTSTART;TZID=Europe/London:20260901T183000",
          "DTEND;TZID=Europe/London:20260901T193000",
          "RRULE:FREQ=WEEKLY;BYDAY=TU",
          "EXDATE;TZID=Europe/London:20261124T183000,20261222T183000",
          "SUMMARY:Yoga",
        ],
        // (one class moved to the Wednesday: its own event, told apart by its RECURRENCE-ID)
        [
          "UID:yoga@example.com",
          "RECURRENCE-ID;TZID=Europe/London:20261201T183000",
          "DTSTART;TZID=Europe/London:20261202T183000",
          "DTEND;TZID=Europe/London:20261202T193000",
          "SUMMARY:Yoga",
        ],
      ]),
    );
    const [cal] = await parsedConversations(file);
    const [yoga, moved] = cal!.turns;
    expect(yoga!.text).toBe("Yoga: every Tuesday, 18:30–19:30, from Tuesday 1 September 2026, except Tuesday 24 November 2026 and Tuesday 22 December 2026.");
    expect(yoga!.metadata.event).toMatchObject({ recurrence: "FREQ=WEEKLY;BYDAY=TU", except: ["2026-11-24", "2026-12-01", "2026-12-22"] });
    expect([moved!.externalId, moved!.text]).toEqual(["yoga@example.com@2026-12-01T18:30:00", "Yoga: Wednesday 2 December 2026, 18:30–19:30."]);
  });

  it("reads a start written as a bare date (no VALUE=DATE, as some exporters write it) as an all-day event", async () => {
    const file = join(dir, "bare.ics");
    writeFileSync(file, calendar([["UID:inset@example.com", "DTSTART:20261118", "DTEND:20261119", "SUMMARY:Inset day"]]));
    const [cal] = await parsedConversations(file);
    expect(cal!.turns.map((t) => [t.text, t.metadata.event])).toEqual([
      ["Inset day: Wednesday 18 November 2026 (all day).", expect.objectContaining({ start: "2026-11-18", allDay: true })],
    ]);
  });

  it("names the line of an event it cannot read, and refuses a calendar with no event or a file that is none", async () => {
    const bad = join(dir, "bad.ics");
    writeFileSync(
      bad,
      calendar([
        ["UID:a@example.com", "DTSTART;TZID=Europe/London:20260617T093000", "SUMMARY:Ok"],
        ["UID:b@example.com", "SUMMARY:No start"],
      ]),
    );
    expect((await importErrorOf(parseExport(bad).next())).message).toBe('bad.ics: line 28: the event "No start" has no DTSTART');
    // (a start that is no date-time is named by its event's line too, not failed as the app's own error)
    const garbled = join(dir, "garbled.ics");
    writeFileSync(garbled, calendar([["UID:c@example.com", "DTSTART:2026-11-18 09:00", "SUMMARY:Garbled"]]));
    expect((await importErrorOf(parseExport(garbled).next())).message).toMatch(/^garbled\.ics: line 23: this VEVENT cannot be read: /);
    const empty = join(dir, "empty.ics");
    writeFileSync(empty, calendar([]));
    expect((await importErrorOf(parseExport(empty).next())).message).toBe("empty.ics: line 23: no event (VEVENT) in this calendar");
    const none = join(dir, "none.ics");
    writeFileSync(none, "SUMMARY:Dentist\r\n");
    expect((await importErrorOf(parseExport(none, { format: "ics" }).next())).message).toBe("none.ics: line 1: an iCalendar file opens with BEGIN:VCALENDAR");
  });
});
