import { readFileSync, statSync } from "node:fs";
import { UsageError } from "../index.ts";
import { message } from "../advanced.ts";

/**
 * Checks that a file named on the command line exists, is a file and can be read, so that a typo in a path
 * ends in a one-line UsageError (exit code 2) naming it, never in an ENOENT/EISDIR stack trace.
 * @param path the path as given
 * @param what what the file is, for the message (e.g. "data file", "model file (--model)")
 * @throws UsageError when the file is missing, is a directory, or cannot be read
 * @example
 * checkInputFile("nofile.lav", "model file (--model)"); // UsageError: model file (--model) "nofile.lav" not found
 */
export function checkInputFile(path: string, what: string): void {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError(message.cliFileMissing(what, path));
    throw new UsageError(message.cliFileUnreadable(what, path, code ?? (e as Error).message));
  }
  if (isDir) throw new UsageError(message.cliFileIsDirectory(what, path));
}

/**
 * Reads a text file named on the command line (a model, a population model, a configuration) as UTF-8.
 * @param path the path as given
 * @param what what the file is, for the message
 * @returns the file's text
 * @throws UsageError when the file is missing, is a directory, or cannot be read
 * @example
 * const model = readInputFile("model.lav", "model file (--model)");
 */
export function readInputFile(path: string, what: string): string {
  checkInputFile(path, what);
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new UsageError(message.cliFileUnreadable(what, path, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
  }
}

/**
 * Reads a JSON file named on the command line (an analysis configuration).
 * @param path the path as given
 * @param what what the file is, for the message
 * @returns the parsed JSON
 * @throws UsageError when the file is missing, a directory, unreadable, or not valid JSON
 * @example
 * const config = readJsonFile("analysis.json", "config file (--config)");
 */
export function readJsonFile(path: string, what: string): unknown {
  const text = readInputFile(path, what);
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (e) {
    throw new UsageError(message.cliFileUnreadable(what, path, `not valid JSON: ${(e as Error).message}`));
  }
}
