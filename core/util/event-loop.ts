/**
 * Resolves on the event loop's next turn (after what is due: timers, I/O, worker threads'
 * messages), so a long synchronous job split into steps lets other work run between them.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
