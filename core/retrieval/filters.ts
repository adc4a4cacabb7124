/**
 * Search filters (MemoryFilter, SourceFilter) and the SQL conditions they become. The conditions
 * are SQL, so they are built in core/db/filters.ts; this module re-exports them for the callers of
 * retrieval (the API's graph, bench/scale, tests).
 */
export { Conditions, type MemoryFilter, memoryConditions, memoryFilterSql, type SourceFilter, type SqlFilter, sourceFilterSql } from "../db/filters.js";
