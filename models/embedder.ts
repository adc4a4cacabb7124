/**
 * A text embedder: turns texts into fixed-size float vectors for sqlite-vec KNN.
 *
 * - `id` identifies model and its preprocessing (e.g. `use-lite@energetic-ai-0.2.0`); it is
 *   stored with the vectors, and a different id means every vector is recomputed.
 * - `dimension` is the vector length (e.g. 512 for Universal Sentence Encoder lite).
 * - `embed(texts)` returns one L2-normalised `Float32Array(dimension)` per text, in order.
 *   It may throw if the model files are missing or corrupt (message names the path).
 */
export interface Embedder {
  readonly id: string;
  readonly dimension: number;
  embed(texts: string[]): Promise<Float32Array[]>;
  /** Frees model memory (tensors, sessions). Safe to call twice. */
  dispose?(): Promise<void> | void;
}

/** What ranking needs of an {@link Embedder}: embedding the query (no identity, no lifetime). */
export type QueryEmbedder = Pick<Embedder, "embed">;
