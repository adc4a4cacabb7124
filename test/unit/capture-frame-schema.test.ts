import { describe, expect, it } from "vitest";
import type { ApiError } from "../../core/api/errors.js";
import { MAX_FRAME_BYTES, parseRequest } from "../../core/api/schemas.js";

/** The message of the bad_request `captureFrame`'s schema answers `req` with. */
function refusal(req: unknown): Pick<ApiError, "message" | "field"> {
  try {
    parseRequest("captureFrame", req);
  } catch (e) {
    const { message, field } = e as ApiError;
    return { message, field };
  }
  throw new Error("accepted");
}

describe("captureFrame request schema", () => {
  it("takes PNG bytes (a Buffer too) or a raw bitmap, with the frame's origin", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
    expect(parseRequest("captureFrame", { png, capturedAt: 5, app: null, windowTitle: "T", url: null })).toEqual({
      png,
      capturedAt: 5,
      app: null,
      windowTitle: "T",
      url: null,
    });
    const raw = { data: new Uint8Array(2 * 3 * 4), width: 2, height: 3, order: "bgra" as const };
    expect(parseRequest("captureFrame", { raw, capturedAt: 5, display: 2, name: "display 2" })).toEqual({ raw, capturedAt: 5, display: 2, name: "display 2" });
  });

  it("bounds the size at MAX_FRAME_BYTES (256 MiB) and checks the bitmap's shape", () => {
    expect(MAX_FRAME_BYTES).toBe(268_435_456);
    expect(refusal({ png: new Uint8Array(MAX_FRAME_BYTES + 1), capturedAt: 5 })).toEqual({
      message: "captureFrame: png: a frame is at most 268435456 bytes",
      field: "png",
    });
    expect(refusal({ png: new Uint8Array(0), capturedAt: 5 }).message).toBe("captureFrame: png: the frame has no bytes");
    const raw = { data: new Uint8Array(10), width: 2, height: 3, order: "bgra" };
    expect(refusal({ raw, capturedAt: 5 })).toEqual({ message: "captureFrame: raw: data must hold width × height × 4 bytes", field: "raw" });
    expect(refusal({ raw: { ...raw, order: "argb" }, capturedAt: 5 }).field).toBe("raw.order");
  });

  it("wants exactly one of png and raw, real bytes, and a time", () => {
    const png = new Uint8Array([1, 2, 3]);
    const raw = { data: new Uint8Array(4), width: 1, height: 1, order: "rgba" };
    const one = "captureFrame: give exactly one of png (encoded image bytes) and raw (a bitmap)";
    expect(refusal({ capturedAt: 5 }).message).toBe(one);
    expect(refusal({ png, raw, capturedAt: 5 }).message).toBe(one);
    expect(refusal({ png: [1, 2, 3], capturedAt: 5 }).message).toBe(
      "captureFrame: png: frame bytes as a Uint8Array (over IPC from the desktop app's capture; JSON cannot carry them)",
    );
    expect(refusal({ png }).field).toBe("capturedAt");
    expect(refusal({ png, capturedAt: 5, passphrase: "x" }).message).toBe('captureFrame: unknown field "passphrase"');
  });
});
