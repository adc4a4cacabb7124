-- 006: OpenAI-compatible model servers (Ollama, LM Studio, llama.cpp's server, vLLM, LocalAI) used
-- as the chat model instead of a GGUF file. Owned by models/llm/openai/endpoints.ts.
-- No key is ever stored: only the NAME of an environment variable that holds it.
CREATE TABLE llm_endpoints (
  name           TEXT PRIMARY KEY,           -- what `engram models use NAME` selects
  url            TEXT NOT NULL,              -- base URL of the API, e.g. http://127.0.0.1:11434/v1
  model          TEXT NOT NULL,              -- the model name the server knows
  api_key_env    TEXT,                       -- environment variable holding the key, or NULL
  allow_remote   INTEGER NOT NULL DEFAULT 0 CHECK (allow_remote IN (0,1)), -- the user allowed a non-loopback URL
  context_length INTEGER,                    -- tokens; from the server's model info or the user, NULL = 4096
  active         INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0,1)),
  created_at     INTEGER NOT NULL
);
-- At most one active endpoint (an active endpoint wins over an active GGUF chat model).
CREATE UNIQUE INDEX llm_endpoints_active ON llm_endpoints (active) WHERE active = 1;
