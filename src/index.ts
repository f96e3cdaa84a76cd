/**
 * semkit — the one public entry (browser-safe; Node-only helpers live in `semkit/node`).
 */
export * from "./errors.ts";
export { createRng } from "./random/rng.ts";
export type { Rng } from "./random/rng.ts";
export type { Dataset, Column, NumericColumn, TextColumn } from "./data/types.ts";

// ---- data input -----------------------------------------------------------
export { parseCsv } from "./data/parseCsv.ts";
export type { CsvOptions } from "./data/csvOptions.ts";
export { toDataset } from "./data/toDataset.ts";
export type { DataInput, DanfoLike, ArqueroLike } from "./data/toDataset.ts";
export { selectItems } from "./data/selectItems.ts";
export { numericMatrix } from "./data/numericMatrix.ts";
export type { NumericMatrix } from "./data/numericMatrix.ts";
// ---- reliability ----------------------------------------------------------
// ---- syntax / partable ----------------------------------------------------
// ---- sem / cfa ------------------------------------------------------------
// ---- efa ------------------------------------------------------------------
