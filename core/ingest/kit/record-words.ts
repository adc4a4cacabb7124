/**
 * How a record an export holds (an order, a payment) says its amount and its day, as a person would
 * write them in a note: "£34.99", "€412.50", "12.00 CHF"; "Saturday 3 October"; "23 minutes 41 seconds",
 * "5:19 per km", "10.6 km", "09:02"; a day's totals, "On Sunday 15 November I took 18,204 steps, and my resting heart
 * rate was 56 bpm."; a day's note's title, "Swarm check-ins, Saturday 23 May 2026"; the user's words in quotes ending a sentence.
 * Used by amazon.ts, bank.ts and uber.ts, strava.ts, applehealth.ts, fitbit.ts and garmin.ts, listening.ts (Spotify's and Apple
 * Music's days), applemusic.ts, swarm.ts and trakt.ts.
 */

/** The symbol each currency's amounts are written with; one not here is written with its code after ("12.00 CHF"). */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { GBP: "£", USD: "$", EUR: "€", JPY: "¥", INR: "₹", CAD: "C$", AUD: "A$" };

/** Currencies whose amounts have no pennies: "¥1,980", not "¥1,980.00". */
const WHOLE_CURRENCIES = new Set(["JPY", "KRW", "ISK", "VND", "CLP", "HUF"]);

/**
 * An amount as said, from the digits an export writes, exactly (no rounding): `digits` an amount without
 * its sign ("412.5", "1219.49", "1,219.49", "0.00893541"), `currency` its code ("EUR"); its thousands
 * grouped, its pennies given as two digits at least ("€412.50", "£1,219.49", "0.00893541 BTC", "¥1,980").
 * Digits that are no amount are given as they are, before the code.
 */
export function amountWords(digits: string, currency: string): string {
  const code = currency.trim().toUpperCase();
  const m = /^(\d+)(?:\.(\d+))?$/.exec(digits.trim().replace(/,/g, ""));
  let n = digits.trim();
  if (m) {
    const whole = m[1]!.replace(/^0+(?=\d)/, "").replace(/\B(?=(\d{3})+$)/g, ",");
    const pennies = m[2] ?? "";
    n = pennies ? `${whole}.${pennies.padEnd(2, "0")}` : WHOLE_CURRENCIES.has(code) ? whole : `${whole}.00`;
  }
  const symbol = CURRENCY_SYMBOLS[code];
  return symbol ? `${symbol}${n}` : `${n}${code ? ` ${code}` : ""}`;
}

/** An amount held as a number, as said: "£34.99", "-£10.00", "£1,299.00", "¥1,980", "12.00 CHF" (to the penny; the yen whole). */
export function moneyWords(amount: number, currency: string): string {
  const code = currency.toUpperCase();
  const digits = Math.abs(amount).toFixed(WHOLE_CURRENCIES.has(code) ? 0 : 2);
  return `${amount < 0 ? "-" : ""}${amountWords(digits, code)}`;
}

const DAY_WORDS = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });

/**
 * A day as the user would say it, without its year: "Saturday 3 October" (its UTC day). Each paragraph is
 * of its record's time, so the memory engine reads the day as that one (its year from the paragraph's
 * time), as strava.ts does: written with its year, a day is no date it resolves.
 */
export function dayWords(at: number): string {
  return DAY_WORDS.format(at).replace(",", "");
}

/** A duration as said: "1 hour 25 minutes", "23 minutes 41 seconds", "45 minutes" (past an hour, to the minute). */
export function durationWords(seconds: number): string {
  const s = Math.round(seconds);
  const unit = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
  if (s >= 3600) {
    const h = Math.floor(s / 3600);
    const m = Math.round((s % 3600) / 60);
    return m === 60 ? unit(h + 1, "hour") : m ? `${unit(h, "hour")} ${unit(m, "minute")}` : unit(h, "hour");
  }
  const m = Math.floor(s / 60);
  const rest = s % 60;
  if (!m) return unit(rest, "second");
  return rest ? `${unit(m, "minute")} ${unit(rest, "second")}` : unit(m, "minute");
}

/** A pace as runners write it: 319 seconds a kilometre → "5:19 per km"; `per` the unit of distance ("km", "mi"). */
export function paceWords(secondsPerUnit: number, per = "km"): string {
  const s = Math.round(secondsPerUnit);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")} per ${per}`;
}

/** A distance in the unit written: km and miles to a tenth ("10.6 km", "6 km", "3.1 mi"), metres and yards whole ("1,500 m"), another unit to a hundredth. */
export function distanceWords(value: number, unit: string): string {
  if (/^(?:km|mi)$/i.test(unit)) return `${Number(value.toFixed(1))} ${unit}`;
  if (/^(?:m|yd|ft)$/i.test(unit)) return `${Math.round(value).toLocaleString("en-GB")} ${unit}`;
  return `${Number(value.toFixed(2))} ${unit}`;
}

/** A distance in km or miles, for a pace or a speed (metres and yards made km and miles), or null for another unit. */
export function inKmOrMiles(value: number, unit: string): { value: number; per: "km" | "mi" } | null {
  switch (unit.toLowerCase()) {
    case "km":
      return { value, per: "km" };
    case "m":
      return { value: value / 1000, per: "km" };
    case "mi":
      return { value, per: "mi" };
    case "yd":
      return { value: value / 1760, per: "mi" };
    default:
      return null;
  }
}

/** A wall time's clock, "09:02": a time read as UTC on the user's clock, its hours and minutes. */
export function clockOf(wall: number): string {
  return new Date(wall).toISOString().slice(11, 16);
}

/** A climb as said: "climbing 512 m", "climbing 1,148 m" (to the metre). */
export function climbWords(metres: number): string {
  return `climbing ${Math.round(metres).toLocaleString("en-GB")} m`;
}

/** A day's steps as its clause: "I took 18,204 steps" (rounded). */
export function stepsClause(steps: number): string {
  return `I took ${Math.round(steps).toLocaleString("en-GB")} steps`;
}

/** A day's resting heart rate as its clause: "my resting heart rate was 56 bpm" (rounded). */
export function restingClause(bpm: number): string {
  return `my resting heart rate was ${Math.round(bpm)} bpm`;
}

/**
 * A weigh-in as its clause: "I weighed 67.9 kg at 07:12 (body fat 25.1%, Aria)": the weight to a tenth in `unit` (none
 * said when null: a Fitbit profile that does not say it), the clock of `wall` (a wall time read as UTC; none when null),
 * then the body fat to a tenth of a percent and what weighed it, when known.
 */
export function weighedClause(w: { value: number; unit: string | null; wall: number | null; fat?: number | null; source?: string | null }): string {
  const within = [...(w.fat ? [`body fat ${Number(w.fat.toFixed(1))}%`] : []), ...(w.source ? [w.source] : [])];
  return `I weighed ${Number(w.value.toFixed(1))}${w.unit ? ` ${w.unit}` : ""}${w.wall === null ? "" : ` at ${clockOf(w.wall)}`}${within.length ? ` (${within.join(", ")})` : ""}`;
}

/**
 * Clauses said as a sentence after another's, joined as a list ("a, b, and c"), its first letter capitalised: " It took me
 * 14 minutes to fall asleep, and my heart rate averaged 58 bpm." ("" for none). A night's figures after it, Withings' and
 * WHOOP's.
 */
export function clausesSentence(clauses: readonly string[]): string {
  if (!clauses.length) return "";
  const said = clauses.length === 1 ? clauses[0]! : `${clauses.slice(0, -1).join(", ")}, and ${clauses.at(-1)!}`;
  return ` ${said[0]!.toUpperCase()}${said.slice(1)}.`;
}

/**
 * A day's totals said as a person says them, its clauses joined ("a, b, and c"): "On Sunday 15 November I took 18,204
 * steps, my resting heart rate was 56 bpm, and I weighed 67.9 kg at 07:12 (body fat 25.1%, Aria)." (`day` "2026-11-15";
 * said as Fitbit's, Apple Health's and Garmin's days are).
 */
export function dayTotalsWords(day: string, clauses: readonly string[]): string {
  const said = clauses.length === 1 ? clauses[0]! : `${clauses.slice(0, -1).join(", ")}, and ${clauses.at(-1)!}`;
  return `On ${dayWords(Date.parse(`${day}T12:00:00Z`))} ${said}.`;
}

const TITLE_DAY = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A day's note of an app's records titled as Garmin's, Fitbit's and Apple Health's are: "Swarm check-ins, Saturday 23 May 2026" (`app` its name, `day` "2026-05-23"). */
export function dayNoteTitle(app: string, day: string): string {
  return `${app}, ${TITLE_DAY.format(Date.parse(`${day}T12:00:00Z`)).replace(",", "")}`;
}

/** `names` in words, as a list is said: "Wet Leg", "Wet Leg and Keane", "Wet Leg, Keane and Adele"; "" for none. */
export function listed(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** The user's words in quotes, ending a sentence: their straight quotes written ″, a full stop after the quote unless they end one ("front row!!"). Swarm's shouts and tips, Trakt's comments. */
export function quotedEnd(words: string): string {
  const quoted = `"${words.replace(/"/g, "″")}"`;
  return /[.!?…]$/.test(words) ? quoted : `${quoted}.`;
}
