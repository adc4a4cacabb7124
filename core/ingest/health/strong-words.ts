/**
 * A strength workout in words, as a lifter would note it (strong.ts reads Strong's and Hevy's exports into
 * {@link Workout}s): "Did the workout "Legs" in Hevy on Monday 12 October, 18:02 to 19:14 (1 hour 12 minutes). Squat
 * (Barbell): warm-ups 20 kg × 10, 60 kg × 5 and 85 kg × 3, then 3 sets of 107.5 kg × 5 (RPE 8, 8.5 and 9); a personal
 * best: my heaviest Squat (Barbell) so far, up from 105 kg. Leg Press (Machine): 2 sets of 180 kg × 10, then a drop set
 * of 140 kg × 12. Workout note: "First session with the new belt."". Days, clock times and durations are said as
 * record-words.ts says them; an exercise keeps the name the app gives it.
 */
import { clockOf, dayWords, distanceWords, durationWords, listed, quotedEnd } from "../kit/record-words.js";

/** What a set was, as the apps tag it: Strong's `Set Order` "W", "D", "F" or a number; Hevy's `set_type`. */
export type SetKind = "normal" | "warmup" | "dropset" | "failure";

/** A set as logged: a weight in the file's unit (`unit` null when the file does not say it: Strong's iOS export), reps, time and distance, each null or 0 when not logged. */
export interface SetDone {
  kind: SetKind;
  weight: number | null;
  /** "kg" or "lb", or null when the file does not say. */
  unit: "kg" | "lb" | null;
  reps: number | null;
  rpe: number | null;
  seconds: number | null;
  distance: { value: number; unit: string | null } | null;
}

/** An exercise of a workout: its name as the app lists it ("Squat (Barbell)"), its sets in order, its note, and the superset it is in (Hevy's `superset_id`). */
export interface ExerciseDone {
  name: string;
  sets: SetDone[];
  note: string | null;
  superset: string | null;
}

/** A workout: the app, its name, its start (a wall time read as UTC, epoch ms), its length (s, null when unknown), its exercises and its note. */
export interface Workout {
  app: "Strong" | "Hevy";
  name: string;
  start: number;
  seconds: number | null;
  exercises: ExerciseDone[];
  note: string | null;
}

/** A personal best told of an exercise: the heaviest weight it had been lifted at before (in the file's unit), to say "up from …". */
export interface PersonalBest {
  before: number;
  unit: "kg" | "lb" | null;
}

/** A number as a lifter writes it: to a hundredth at most, no trailing zeros ("107.5", "100", "22.68"). */
export function numberWords(n: number): string {
  return String(Number(n.toFixed(2)));
}

/** A weight as said: "107.5 kg", "225 lb", or the number alone when the unit is not known ("100"). */
export function weightWords(weight: number, unit: "kg" | "lb" | null): string {
  return unit ? `${numberWords(weight)} ${unit}` : numberWords(weight);
}

/** Whether a set logged anything: a weight, reps, time or distance above 0 (Strong writes 0 for what was not logged). */
export function setLogged(s: SetDone): boolean {
  return (s.weight ?? 0) > 0 || (s.reps ?? 0) > 0 || (s.seconds ?? 0) > 0 || (s.distance?.value ?? 0) > 0;
}

/**
 * A set as said, its kind aside: "107.5 kg × 5", "10 reps" (no weight), "1 minute" (a hold), "5.2 km in 30 minutes"
 * (a distance in the unit the file writes; "a distance of 3.2" when it does not say), "20 kg for 45 seconds".
 */
function setWords(s: SetDone): string {
  const weight = (s.weight ?? 0) > 0 ? weightWords(s.weight!, s.unit) : "";
  const reps = (s.reps ?? 0) > 0 ? numberWords(s.reps!) : "";
  const far =
    s.distance && s.distance.value > 0
      ? s.distance.unit
        ? distanceWords(s.distance.value, s.distance.unit)
        : `a distance of ${numberWords(s.distance.value)}`
      : "";
  const time = (s.seconds ?? 0) > 0 ? durationWords(s.seconds!) : "";
  if (weight && reps) return `${weight} × ${reps}`;
  if (reps) return `${reps} rep${reps === "1" ? "" : "s"}`;
  if (far) return time ? `${far} in ${time}` : far;
  if (time) return weight ? `${weight} for ${time}` : time;
  return weight;
}

/** The RPEs of a run of sets as said: "RPE 8" (all alike), "RPE 8, 8.5 and 9", "RPE 9 on the last"; "" for none. */
function rpeWords(rpes: Array<number | null>): string {
  const logged = rpes.filter((r): r is number => r !== null);
  if (!logged.length) return "";
  if (logged.length === rpes.length) return new Set(logged).size === 1 ? `RPE ${numberWords(logged[0]!)}` : `RPE ${listed(logged.map(numberWords))}`;
  if (logged.length === 1 && rpes.at(-1) !== null && rpes.length > 1) return `RPE ${numberWords(logged[0]!)} on the last`;
  return `RPE ${listed(logged.map(numberWords))}`;
}

/** The working sets (not warm-ups) of an exercise as said, alike sets in a row counted: "3 sets of 107.5 kg × 5 (RPE 8)", "90 kg × 5 to failure", "a drop set of 140 kg × 12". */
function workingWords(sets: SetDone[]): string[] {
  const runs: Array<{ words: string; kind: SetKind; rpes: Array<number | null> }> = [];
  for (const s of sets) {
    const words = setWords(s);
    const last = runs.at(-1);
    if (last && last.words === words && last.kind === s.kind) last.rpes.push(s.rpe);
    else runs.push({ words, kind: s.kind, rpes: [s.rpe] });
  }
  return runs.map((run) => {
    const n = run.rpes.length;
    const rpe = rpeWords(run.rpes);
    const what =
      run.kind === "dropset" ? (n > 1 ? `${n} drop sets of ${run.words}` : `a drop set of ${run.words}`) : n > 1 ? `${n} sets of ${run.words}` : run.words;
    return `${what}${run.kind === "failure" ? " to failure" : ""}${rpe ? ` (${rpe})` : ""}`;
  });
}

/** The best of an exercise's working sets: the heaviest, then the most reps; null when none has a weight. */
export function bestSet(sets: SetDone[]): SetDone | null {
  let best: SetDone | null = null;
  for (const s of sets) {
    if (s.kind === "warmup" || !((s.weight ?? 0) > 0)) continue;
    if (!best || s.weight! > best.weight! || (s.weight === best.weight && (s.reps ?? 0) > (best.reps ?? 0))) best = s;
  }
  return best;
}

/**
 * An exercise as its sentence: "Squat (Barbell): warm-ups 20 kg × 10 and 60 kg × 5, then 3 sets of 107.5 kg × 5 (RPE 8);
 * best set …; a personal best: my heaviest Squat (Barbell) so far, up from 105 kg.", the superset it was in after its
 * name ("Face Pull, in a superset with Hammer Curl (Dumbbell): …"), then its note ("Note on Bench Press (Barbell):
 * "…"."); null when it logged nothing and has no note.
 */
function exerciseWords(e: ExerciseDone, partners: string[], pb: PersonalBest | null): string | null {
  const logged = e.sets.filter(setLogged);
  const warm = logged.filter((s) => s.kind === "warmup").map(setWords);
  const working = logged.filter((s) => s.kind !== "warmup");
  const parts: string[] = [];
  if (logged.length) {
    const work = workingWords(working);
    const head = warm.length ? `warm-up${warm.length > 1 ? "s" : ""} ${listed(warm)}${work.length ? ", then " : ""}` : "";
    let said = `${head}${listed(work)}`;
    const best = bestSet(working);
    const distinct = new Set(working.filter((s) => s.kind !== "dropset").map(setWords));
    if (best && distinct.size > 1) said += `; best set ${setWords(best)}`;
    if (pb && best) said += `; a personal best: my heaviest ${e.name} so far, up from ${weightWords(pb.before, pb.unit)}`;
    const along = partners.length ? `, in a superset with ${listed(partners)}` : "";
    parts.push(`${e.name}${along}: ${said}.`);
  }
  if (e.note) parts.push(`Note on ${e.name}: ${quotedEnd(e.note)}`);
  return parts.length ? parts.join(" ") : null;
}

/** A note's lines as one line: each ended as a sentence ("Squats felt braced" then "Belt on" → "Squats felt braced. Belt on"). */
export function noteLine(note: string): string {
  const lines = note
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.map((l, i) => (i < lines.length - 1 && !/[.!?…:;,]$/.test(l) ? `${l}.` : l)).join(" ");
}

/**
 * A workout as its paragraph: "Did the workout "Push" in Hevy on Tuesday 27 October, 18:08 to 19:26 (1 hour 18 minutes).",
 * then each exercise's sentence in order (see {@link exerciseWords}), then "Workout note: "…"."; its length unsaid when
 * unknown or a day or more (a workout left running: Strong's "264h 1m"). `bests` the personal bests by exercise name.
 */
export function workoutWords(w: Workout, bests: ReadonlyMap<string, PersonalBest>): string {
  const end = w.seconds !== null && w.seconds > 0 && w.seconds < 86_400 ? w.start + w.seconds * 1000 : null;
  const when =
    end === null
      ? `on ${dayWords(w.start)} at ${clockOf(w.start)}`
      : `on ${dayWords(w.start)}, ${clockOf(w.start)} to ${clockOf(end)} (${durationWords(w.seconds!)})`;
  const sentences = [`Did the workout ${quotedEnd(w.name).replace(/\.$/, "")} in ${w.app} ${when}.`];
  // (a best told once, with the exercise's first sets that reach it, when an exercise is done twice in a workout)
  const untold = new Map(bests);
  for (const e of w.exercises) {
    const partners = e.superset === null ? [] : w.exercises.filter((o) => o !== e && o.superset === e.superset && o.name !== e.name).map((o) => o.name);
    const pb = untold.get(e.name) ?? null;
    const heaviest = bestSet(e.sets)?.weight ?? 0;
    const told = pb && heaviest > pb.before ? pb : null;
    if (told) untold.delete(e.name);
    const said = exerciseWords(e, [...new Set(partners)], told);
    if (said) sentences.push(said);
  }
  if (w.note) sentences.push(`Workout note: ${quotedEnd(w.note)}`);
  return sentences.join(" ");
}
