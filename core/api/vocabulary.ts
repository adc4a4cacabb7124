/** The API's closed vocabularies, for transports that validate flags before a request (the CLI's
 * `--type`, `--source-kind`): memory types and source kinds, as the database defines them. */
export { MEMORY_TYPES, SOURCE_KINDS } from "../db/types.js";
