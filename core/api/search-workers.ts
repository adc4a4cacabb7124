import { availableParallelism } from "node:os";

/**
 * Default size of the search pool (search-pool.ts): one worker per core, at most 4 (each holds a
 * connection and its page cache). Apart from the pool so that `engram serve --help` shows it
 * without loading the API's request schemas.
 */
export function defaultSearchWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}
