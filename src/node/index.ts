/**
 * semkit/node — Node-only helpers (file reading). The core (`semkit`) stays browser-safe.
 */
export { readCsvFile } from "./readCsvFile.ts";
export type { ReadCsvOptions } from "./readCsvFile.ts";
// ---- charts ---------------------------------------------------------------
export { toPng } from "./toPng.ts";
export { documentToDocx } from "./documentToDocx.ts";
export type { DocxImage } from "./documentToDocx.ts";
export { rasterize } from "./rasterize.ts";
export type { PngOptions, RasterImage } from "./rasterize.ts";
export { chartFontFiles, CHART_FONT_CANDIDATES, systemFontDirs, isCjkFont, uncoveredGlyphs } from "./chartFonts.ts";
// ---- validity / bootstrap / invariance ----
export { bootstrapParallel, runDrawsParallel } from "./bootstrapWorkers.ts";
export type { ParallelBootstrapOptions } from "./bootstrapWorkers.ts";
// ---- simulation / power ----
export { powerParallel } from "./powerWorkers.ts";
export type { PowerParallelOptions } from "./powerWorkers.ts";
// ---- xlsx / sav input -------------------------------------------
export { readXlsx } from "./readXlsx.ts";
export type { XlsxOptions, SheetDataset } from "./readXlsx.ts";
export { readSav } from "./readSav.ts";
export type { SavOptions, LabelledDataset } from "./readSav.ts";
// ---- streaming moments ------------------------------
export { streamCsvMoments } from "./streamCsvMoments.ts";
export type { StreamCsvOptions } from "./streamCsvMoments.ts";
// ---- PLS-SEM bootstrap on worker threads ----
export { plsParallel } from "./plsParallel.ts";
