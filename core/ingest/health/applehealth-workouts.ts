/**
 * An Apple Health workout in words (applehealth.ts reads them from export.xml): what was done, how far in
 * the unit written, how long, a run's pace, a ride's speed, a climb, its day and clock times, and its name
 * in Apple's Workout app with what recorded it, "Ran 10.6 km in 58 minutes 40 seconds (5:32 per km) on
 * Sunday 18 October, 09:02–10:00 (outdoor run workout, Apple Watch)."; its paragraph of the day's note.
 */
import { NOTE_SPEAKER } from "../notes/note.js";
import { clockOf, dayWords, distanceWords, durationWords, inKmOrMiles, paceWords } from "../kit/record-words.js";
import type { ParsedTurn } from "../kit/types.js";

/** A time as the export writes it: the instant, the clock it was on (that wall time read as UTC), its day on that clock, and the text. */
export interface Stamp {
  at: number;
  wall: number;
  day: string;
  written: string;
}

/** A workout as read: what its element and children say. */
export interface Workout {
  type: string;
  start: Stamp;
  end: Stamp;
  seconds: number;
  distance: { value: number; unit: string } | null;
  energy: { value: number; unit: string } | null;
  heartRate: { average: number | null; maximum: number | null } | null;
  climbMetres: number | null;
  indoor: boolean;
  swimWhere: "pool" | "open water" | null;
  lapLength: string | null;
  source: string;
  route: string | null;
}

/** The sports HealthKit names (`HKWorkoutActivityType…`, lower-cased), as said: with a distance, without one, indoors, and whether a pace or a speed is told. */
const SPORTS: Readonly<Record<string, { did?: (d: string) => string; none: string; indoors?: string; rate?: "pace" | "speed" }>> = {
  running: { did: (d) => `Ran ${d}`, none: "Went for a run", indoors: " on a treadmill", rate: "pace" },
  walking: { did: (d) => `Walked ${d}`, none: "Went for a walk", indoors: " on a treadmill" },
  hiking: { did: (d) => `Hiked ${d}`, none: "Went hiking" },
  cycling: { did: (d) => `Cycled ${d}`, none: "Went cycling", indoors: " indoors", rate: "speed" },
  handcycling: { did: (d) => `Hand-cycled ${d}`, none: "Went hand-cycling", rate: "speed" },
  swimming: { did: (d) => `Swam ${d}`, none: "Went swimming" },
  rowing: { did: (d) => `Rowed ${d}`, none: "Went rowing", indoors: " on a rowing machine" },
  paddlesports: { did: (d) => `Paddled ${d}`, none: "Went paddling" },
  downhillskiing: { did: (d) => `Skied ${d}`, none: "Went skiing" },
  crosscountryskiing: { did: (d) => `Skied ${d} cross-country`, none: "Went cross-country skiing" },
  snowboarding: { did: (d) => `Snowboarded ${d}`, none: "Went snowboarding" },
  skatingsports: { did: (d) => `Skated ${d}`, none: "Went skating" },
  wheelchairwalkpace: { did: (d) => `Went ${d} in the wheelchair`, none: "Went out in the wheelchair" },
  wheelchairrunpace: { did: (d) => `Went ${d} in the wheelchair`, none: "Went out in the wheelchair" },
  elliptical: { none: "Used the elliptical" },
  stairclimbing: { none: "Climbed stairs" },
  stairs: { none: "Climbed stairs" },
  traditionalstrengthtraining: { none: "Did strength training" },
  functionalstrengthtraining: { none: "Did strength training" },
  coretraining: { none: "Did core training" },
  highintensityintervaltraining: { none: "Did a HIIT workout" },
  mixedcardio: { none: "Did a cardio workout" },
  crosstraining: { none: "Did cross training" },
  yoga: { none: "Did yoga" },
  pilates: { none: "Did Pilates" },
  flexibility: { none: "Stretched" },
  cooldown: { none: "Cooled down" },
  mindandbody: { none: "Did a mind and body session" },
  dance: { none: "Danced" },
  cardiodance: { none: "Danced" },
  socialdance: { none: "Danced" },
  barre: { none: "Did barre" },
  boxing: { none: "Boxed" },
  kickboxing: { none: "Did kickboxing" },
  martialarts: { none: "Did martial arts" },
  climbing: { none: "Went climbing" },
  tennis: { none: "Played tennis" },
  tabletennis: { none: "Played table tennis" },
  badminton: { none: "Played badminton" },
  squash: { none: "Played squash" },
  pickleball: { none: "Played pickleball" },
  soccer: { none: "Played football" },
  basketball: { none: "Played basketball" },
  volleyball: { none: "Played volleyball" },
  rugby: { none: "Played rugby" },
  cricket: { none: "Played cricket" },
  hockey: { none: "Played hockey" },
  golf: { none: "Played golf" },
  waterfitness: { none: "Did water fitness" },
  surfingsports: { none: "Went surfing" },
  swimbikerun: { none: "Did a triathlon" },
  other: { none: "Worked out" },
};

/** The words of a workout's type: HealthKit's name looked up, or said as named ("HKWorkoutActivityTypeFencing" → "Did fencing"). */
function sportOf(type: string): { did?: (d: string) => string; none: string; indoors?: string; rate?: "pace" | "speed" } {
  const name = type.replace(/^HKWorkoutActivityType/, "");
  const known = SPORTS[name.toLowerCase()];
  if (known) return known;
  const words = name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .trim();
  return { none: `Did ${words || "a workout"}` };
}

/**
 * A workout's name as Apple's Workout app gives it, lower-cased: "outdoor run", "indoor run", "pool swim", "open water swim",
 * "outdoor cycle", "functional strength training", "hiking"; its type's words for another ("fencing").
 */
function workoutName(w: Workout): string {
  const name = w.type.replace(/^HKWorkoutActivityType/, "");
  const where = w.indoor ? "indoor" : "outdoor";
  switch (name.toLowerCase()) {
    case "running":
      return `${where} run`;
    case "walking":
      return `${where} walk`;
    case "cycling":
      return `${where} cycle`;
    case "swimming":
      return w.swimWhere === "open water" ? "open water swim" : w.swimWhere === "pool" ? "pool swim" : "swim";
    case "highintensityintervaltraining":
      return "high intensity interval training";
    case "other":
      return "other";
    default:
      return (
        name
          .replace(/([a-z])([A-Z])/g, "$1 $2")
          .toLowerCase()
          .trim() || "other"
      );
  }
}

/** The source of a sample as said: the device's name when the source is it ("Priya’s Apple Watch" made by an "Apple Watch": "Apple Watch"), else the app's name ("Strava", "Health Mate"). */
export function sourceWords(sourceName: string, device: string | undefined): string {
  const name = /\bname:([^,>]+)/.exec(device ?? "")?.[1]?.trim();
  return name && sourceName.toLowerCase().includes(name.toLowerCase()) ? name : sourceName.trim() || "Apple Health";
}

/**
 * A workout in words, ended by its name in the Workout app and what recorded it: "Ran 10.6 km in 58 minutes 40 seconds (5:32
 * per km) on Sunday 18 October, 09:02–10:01 (outdoor run workout, Apple Watch).", "Did strength training for 40 minutes on
 * Monday 9 November, 18:30–19:10 (functional strength training workout, Apple Watch)."
 */
function workoutWords(w: Workout): string {
  const sport = sportOf(w.type);
  const far = w.distance && w.distance.value > 0 ? distanceWords(w.distance.value, w.distance.unit) : "";
  let head = far ? (sport.did ? sport.did(far) : `${sport.none} (${far})`) : sport.none;
  if (w.indoor && sport.indoors) head += sport.indoors;
  if (w.swimWhere === "pool") head += w.lapLength ? ` in a ${w.lapLength} pool` : " in a pool";
  else if (w.swimWhere === "open water") head += " in open water";
  let how = w.seconds > 0 ? (far && sport.did ? ` in ${durationWords(w.seconds)}` : ` for ${durationWords(w.seconds)}`) : "";
  const scaled = far && w.seconds > 0 ? inKmOrMiles(w.distance!.value, w.distance!.unit) : null;
  if (scaled && scaled.value >= 0.5 && sport.rate === "pace") how += ` (${paceWords(w.seconds / scaled.value, scaled.per)})`;
  else if (scaled && scaled.value > 0 && sport.rate === "speed")
    how += ` (${Number((scaled.value / (w.seconds / 3600)).toFixed(1))} ${scaled.per === "km" ? "km/h" : "mph"})`;
  const climb = w.climbMetres !== null && w.climbMetres >= 100 ? `, climbing ${Math.round(w.climbMetres)} m,` : "";
  return `${head}${how}${climb} on ${dayWords(w.start.wall)}, ${clockOf(w.start.wall)}–${clockOf(w.end.wall)} (${workoutName(w)} workout, ${w.source}).`;
}

/** A workout's paragraph, named by its start's instant. */
export function workoutTurn(w: Workout): ParsedTurn {
  return {
    externalId: `workout ${new Date(w.start.at).toISOString()}`,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: w.start.wall,
    text: workoutWords(w),
    metadata: {
      applehealth: {
        kind: "workout",
        type: w.type,
        start: w.start.written,
        end: w.end.written,
        seconds: Math.round(w.seconds),
        ...(w.distance ? { distance: w.distance } : {}),
        ...(w.energy ? { energy: w.energy } : {}),
        ...(w.heartRate ? { heartRate: w.heartRate } : {}),
        ...(w.climbMetres !== null ? { climbMetres: w.climbMetres } : {}),
        ...(w.indoor ? { indoor: true } : {}),
        source: w.source,
        ...(w.route ? { route: w.route } : {}),
      },
    },
  };
}
