import type { ApiErrorCode, ApiErrorInfo } from "../../core/api/types.js";

/**
 * The error every API call rejects with in the UI (the renderer's twin of core/api/errors.ts
 * ApiError: the renderer may import only types from core/). `message` is written for the user.
 */
export class EngramApiError extends Error implements ApiErrorInfo {
  readonly code: ApiErrorCode;
  readonly field?: string;

  constructor(info: ApiErrorInfo) {
    super(info.message);
    this.name = "EngramApiError";
    this.code = info.code;
    if (info.field !== undefined) this.field = info.field;
  }
}

/** Reads an `ApiErrorInfo` out of an unknown wire value; anything unexpected becomes `internal`. */
export function errorFromWire(value: unknown, fallback: string): EngramApiError {
  const v = value as Partial<ApiErrorInfo> | null;
  const codes: ApiErrorCode[] = ["bad_request", "not_found", "unavailable", "conflict", "internal"];
  if (v && typeof v.message === "string" && codes.includes(v.code as ApiErrorCode)) return new EngramApiError(v as ApiErrorInfo);
  return new EngramApiError({ code: "internal", message: fallback });
}
