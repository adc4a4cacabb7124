import type { ApiErrorCode, ApiErrorInfo } from "./types.js";

/**
 * The typed error of the Engram API. `message` is for the user (what went wrong, what to do);
 * `field` names the request field for `bad_request`. Transports carry `toJSON()` and the HTTP
 * status from `httpStatus()`.
 */
export class ApiError extends Error implements ApiErrorInfo {
  readonly code: ApiErrorCode;
  readonly field?: string;

  constructor(code: ApiErrorCode, message: string, opts: { field?: string; cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.name = "ApiError";
    this.code = code;
    if (opts.field !== undefined) this.field = opts.field;
  }

  /** The wire shape. */
  toJSON(): ApiErrorInfo {
    return this.field === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, field: this.field };
  }
}

const STATUS: Record<ApiErrorCode, number> = { bad_request: 400, not_found: 404, unavailable: 503, conflict: 409, internal: 500 };

/** HTTP status of an error code: 400, 404, 503, 409, 500. */
export function httpStatus(code: ApiErrorCode): number {
  return STATUS[code];
}

/**
 * Turns anything thrown into an ApiError: ApiErrors pass through; Node file errors (ENOENT, EACCES)
 * become `bad_request`/`internal` with the path; an
 * ImportError (bad input file) becomes `bad_request`; an abort becomes `conflict` ("Cancelled."); anything else becomes `internal` with its message.
 */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return new ApiError("bad_request", `File not found: ${(err as NodeJS.ErrnoException).path ?? err.message}`, { cause: err });
    if (code === "EACCES" || code === "EPERM")
      return new ApiError("internal", `Permission denied: ${(err as NodeJS.ErrnoException).path ?? err.message}`, { cause: err });
    if (err.name === "ImportError") return new ApiError("bad_request", err.message, { cause: err });
    if (err.name === "AbortError") return new ApiError("conflict", "Cancelled.", { cause: err });
    return new ApiError("internal", err.message, { cause: err });
  }
  return new ApiError("internal", String(err));
}
