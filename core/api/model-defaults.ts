/**
 * Model constants the transports show (the command line's help and output): the folder models
 * are stored in (`ENGRAM_MODELS_DIR`, else `<data folder>/models`) and the context length assumed
 * for a model server that reports none.
 */
export { DEFAULT_CONTEXT } from "../../models/llm/openai/defaults.js";
export { modelsDir } from "../../models/models-dir.js";
