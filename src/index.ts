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
export { reverseCode } from "./data/reverseCode.ts";
export type { Scale } from "./data/reverseCode.ts";
export { describe } from "./data/describe.ts";
export type { DescribeResult, ItemDescription } from "./data/describe.ts";
export { covariance } from "./data/covariance.ts";
export type { CovarianceOptions } from "./data/covariance.ts";
export { correlation } from "./data/correlation.ts";
export { sampleMoments } from "./data/sampleMoments.ts";
export type { SampleMoments } from "./data/sampleMoments.ts";
// ---- reliability ----------------------------------------------------------
// ---- syntax / partable ----------------------------------------------------
// ---- sem / cfa ------------------------------------------------------------
// ---- efa ------------------------------------------------------------------
