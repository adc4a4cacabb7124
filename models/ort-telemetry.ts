/**
 * Turns off onnxruntime's telemetry for this process. onnxruntime-node 1.30 records events on Linux
 * too (session creation, the devices used) in `~/.cache/Microsoft/DeveloperTools/.onnxruntime/onnxruntime.db`,
 * the offline store of its 1DS telemetry client (the library carries the client's collector-upload
 * settings; 3,383 events had piled up on a development machine), writing and fsyncing it when a
 * session is created and when the process exits: Engram sends nothing anywhere (DESIGN), and the
 * exit flush delayed `engram search`'s exit. The library reads `ORT_DISABLE_TELEMETRY` from the
 * process environment, so every embedder path calls this on the main thread before onnxruntime
 * loads: before a USE lite worker starts (a worker's `process.env` is a copy made when it starts;
 * use-lite-workers.ts) and before transformers.js is imported for an ONNX model folder
 * (embedders.ts; transformers.js 4.3.1 also sets the variable itself before it requires
 * onnxruntime-node, Engram does not rely on that).
 */
export function disableOrtTelemetry(): void {
  process.env.ORT_DISABLE_TELEMETRY = "1";
}
