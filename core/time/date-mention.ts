// A date said in a text and resolved against the time it was said: its words, where they are, the period
// they name and how precisely (DateMention), as the date modules return it.

/** How precise a resolved date is. */
export type DateGranularity = "day" | "weekend" | "week" | "month" | "season" | "year";

/** A date expression found in a text and resolved against the time the text was written. */
export interface DateMention {
  /** The expression as written ("yesterday", "last Friday"). */
  text: string;
  /** Offset of the expression in the input, in UTF-16 code units. */
  index: number;
  /** Start of the period meant, epoch ms UTC (a day, the Saturday of a weekend, the 1st of a month, 1 January). */
  start: number;
  granularity: DateGranularity;
  /** Absolute wording for people: "7 May 2023", "the weekend of 6–7 May 2023", "April 2023", "2022". */
  label: string;
}
