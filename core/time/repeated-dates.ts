// A resolved date written again after a later expression, left out (withoutRepeatedDates): a fact or a
// summary joins sentences each annotated alone.

/** A resolved date as {@link annotateDates} writes it after its expression: " (4 June 2022)", " (the week before …)"; group 1 the label. */
const WRITTEN_LABEL = /\s\(((?:[^()]*\d{4})|the (?:week|weekend)[^()]*)\)/g;

/**
 * `text` without a resolved date written again, whole, after a later expression: a fact or a summary
 * joins sentences each annotated alone ("Yesterday (4 June 2022) was crazy cool - I wrote a few bits
 * for a screenplay that appeared on the big screen yesterday (4 June 2022)!" → "… on the big screen
 * yesterday!"). The first stays, so the text still says the day once.
 */
export function withoutRepeatedDates(text: string): string {
  const seen = new Set<string>();
  return text.replace(WRITTEN_LABEL, (written, label: string) => {
    if (seen.has(label)) return "";
    seen.add(label);
    return written;
  });
}
