// Kin called by what they are, as a name: "Mum came down", "Grandma's lunch is on Sunday", "What dose does Dad take?".

/** The words, in lower case, "|"-separated (for a pattern of one's own: capitalised in text, anchored as a word). */
export const KIN_WORDS = "mum|mom|mummy|mommy|dad|daddy|papa|mama|grandma|grandpa|granny|grandad|granddad|nana|nan|gran|auntie|aunty";

/** One of {@link KIN_WORDS}, the whole of a word or name (any case): "Dad", "grandma". */
export const KIN_WORD = new RegExp(`^(?:${KIN_WORDS})$`, "i");

/** {@link KIN_WORDS} capitalised as names are ("Mum|Mom|…|Aunty"), "|"-separated, for a pattern of one's own. */
export const KIN_NAMES = KIN_WORDS.split("|")
  .map((w) => w[0]!.toUpperCase() + w.slice(1))
  .join("|");

/** Of {@link KIN_WORDS}, one a female pronoun stands for (any case): "Nana", "mum". */
export const FEMALE_KIN = /^(?:mum|mom|mummy|mommy|mama|grandma|granny|nana|nan|gran|auntie|aunty)$/i;
