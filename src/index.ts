/**
 * semkit — the one public entry (browser-safe; Node-only helpers live in `semkit/node`).
 */
export * from "./errors.ts";
export { createRng } from "./random/rng.ts";
export type { Rng } from "./random/rng.ts";
export type { Dataset, Column, NumericColumn, TextColumn } from "./data/types.ts";

// ---- data input -----------------------------------------------------------
// ---- reliability ----------------------------------------------------------
// ---- syntax / partable ----------------------------------------------------
// ---- sem / cfa ------------------------------------------------------------
// ---- efa ------------------------------------------------------------------
