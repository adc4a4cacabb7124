/** Defaults of the OpenAI-compatible runtime that the transports show, apart from runtime.ts (which loads zod). */

/** Context length assumed when neither the server's model info nor the user gave one. */
export const DEFAULT_CONTEXT = 4096;
