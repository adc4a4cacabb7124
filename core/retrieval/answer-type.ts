/**
 * The expected answer type of a question, as question-answering systems use it to prefer passages
 * that hold an answer of that type (Moldovan et al., "The Structure and Performance of an
 * Open-Domain Question Answering System", ACL 2000). Only the one type a chat memory states
 * unambiguously is used: a quantity.
 */

/** "How many…", "How much…", "How long…", "How often…", "How old…", "How far…". */
const QUANTITY_QUESTION = /^\s*(?:and\s+|so\s+)?how\s+(?:many|much|long|often|old|far)\b/i;

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
/** Dates, which hold numbers that are no quantity: "(8 May 2023)", "3 June", "June 3rd", "2022". */
const DATES = new RegExp(
  `\\([^)]*\\b\\d{4}\\)|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b|\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b(?:19|20)\\d\\d\\b`,
  "gi",
);
/** A quantity: digits or a number word. */
const QUANTITY =
  /\b(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|once|twice|couple|several|dozens?)\b/i;

/** Whether `question` asks for a quantity ("How long has Nate had his turtles?"). */
export function asksQuantity(question: string): boolean {
  return QUANTITY_QUESTION.test(question);
}

/**
 * Whether `text` states a quantity: digits or a number word ("for 3 years", "twice a week"),
 * not counting the numbers of the dates it names.
 */
export function statesQuantity(text: string): boolean {
  return QUANTITY.test(text.replace(DATES, " "));
}
