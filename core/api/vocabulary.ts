/** The API's closed vocabularies, for transports that validate flags before a request (the CLI's
 * `--type`, `--source-kind`, `--format`): memory types, source kinds and import formats, as the database defines them. */
export { IMPORT_FORMATS, MEMORY_TYPES, SOURCE_KINDS } from "../db/types.js";
