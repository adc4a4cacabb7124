import { describe, expect, it } from "vitest";
import { type ApiError, httpStatus, toApiError } from "../../core/api/errors.js";
import { API_METHODS, isApiMethod, isStreamingMethod } from "../../core/api/methods.js";
import { parseRequest, REQUEST_SCHEMAS } from "../../core/api/schemas.js";

function fails(method: Parameters<typeof parseRequest>[0], req: unknown): ApiError {
  try {
    parseRequest(method, req);
  } catch (e) {
    return e as ApiError;
  }
  throw new Error("accepted");
}

describe("API request validation", () => {
  it("has a schema for every method and knows which stream", () => {
    expect(API_METHODS.length).toBe(62);
    expect(() => REQUEST_SCHEMAS.mergeEntities.parse({ into: 3, from: 3 })).toThrow(/cannot be merged into itself/);
    expect(() => REQUEST_SCHEMAS.splitEntity.parse({ id: 3, memoryIds: [] })).toThrow(/at least one memory/);
    for (const m of API_METHODS) expect(REQUEST_SCHEMAS[m]).toBeDefined();
    expect(API_METHODS.filter(isStreamingMethod).sort()).toEqual(["ask", "chat", "downloadModel", "exportData", "importFile", "importModel", "processSources"]);
    expect(isApiMethod("toString")).toBe(false);
    expect(isApiMethod("__proto__")).toBe(false);
  });

  it("names the field and says what to do", () => {
    expect(fails("search", {}).message).toMatch(/^search: query: /);
    expect(fails("search", { query: "   " }).message).toBe("search: query: type something to search for");
    expect(fails("search", { query: "x", k: 1000 })).toMatchObject({ code: "bad_request", field: "k" });
    expect(fails("search", { query: "x", types: ["dream"] }).field).toBe("types.0");
    expect(fails("graph", { limit: 5001 }).field).toBe("limit");
    expect(fails("getMemory", { id: "7" }).field).toBe("id");
    expect(fails("getMemory", { id: 7, sneaky: 1 }).message).toBe('getMemory: unknown field "sneaky"');
    expect(fails("deleteEverything", { confirm: "yes" }).message).toBe('deleteEverything: confirm: confirm must be exactly "delete everything"');
    expect(fails("importAdapter", { path: "a.gguf", baseModel: "m", op: "Extract!" }).field).toBe("op");
    expect(fails("setSettings", { values: { "bad key": 1 } }).message).toMatch(/setting keys are like section.name/);
    expect(fails("remember", { text: "  " }).message).toBe("remember: text: write something to remember");
    expect(fails("remember", { text: "x", actor: "user" }).message).toBe('remember: unknown field "actor"');
    expect(fails("getEntity", {}).message).toBe("getEntity: give either the entity's id or its name");
    expect(fails("getEntity", { id: 1, name: "Caroline" }).message).toBe("getEntity: give either the entity's id or its name");
  });

  it("accepts good requests and treats a missing body as {}", () => {
    expect(parseRequest("stats", undefined)).toEqual({});
    expect(parseRequest("search", { query: "tea", types: ["semantic"], k: 5, mode: "bm25" })).toEqual({
      query: "tea",
      types: ["semantic"],
      k: 5,
      mode: "bm25",
    });
    expect(parseRequest("importFile", { path: "/tmp/a.json", format: "locomo" })).toEqual({ path: "/tmp/a.json", format: "locomo" });
    expect(parseRequest("updateMemory", { id: 3, occurredAt: null })).toEqual({ id: 3, occurredAt: null });
  });

  it("maps errors to codes and HTTP statuses", () => {
    expect([httpStatus("bad_request"), httpStatus("not_found"), httpStatus("conflict"), httpStatus("unavailable"), httpStatus("internal")]).toEqual([
      400, 404, 409, 503, 500,
    ]);
    const enoent = Object.assign(new Error("ENOENT: no such file"), { code: "ENOENT", path: "/nope.json" });
    expect(toApiError(enoent).toJSON()).toEqual({ code: "bad_request", message: "File not found: /nope.json" });
    const importError = Object.assign(new Error("x.json: [3].text: expected a string"), { name: "ImportError" });
    expect(toApiError(importError).code).toBe("bad_request");
    expect(toApiError("weird").code).toBe("internal");
  });
});
