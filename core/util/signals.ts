/**
 * Resolves on the first SIGINT or SIGTERM, with its name. The listeners stay registered until the
 * process exits, so a second signal during a graceful shutdown is ignored rather than fatal, and a
 * library that re-raises a signal when its own listener is the last one left (signal-exit, loaded
 * lazily with the LLM runtime) does not kill the process half-way through closing the database.
 * (With `process.once` the listener was gone by then: `engram serve` died of SIGTERM after a chat.)
 */
export function untilStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => resolve(signal));
  });
}
