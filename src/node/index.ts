/**
 * semkit/node — Node-only helpers (file reading). The core (`semkit`) stays browser-safe.
 */
export { readCsvFile } from "./readCsvFile.ts";
