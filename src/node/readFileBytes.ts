import { readFile } from "node:fs/promises";
import { DataError } from "../errors.ts";
import { message } from "../messages.ts";

/**
 * The DataError for a file that cannot be opened or read, naming the path ("no such file" for ENOENT, else
 * the system's reason).
 * @param path the path as given, or a label for in-memory bytes
 * @param e the error thrown by node:fs
 * @returns the DataError to throw
 * @example
 * try { readFileSync(path) } catch (e) { throw fileUnreadable(path, e); }
 */
export function fileUnreadable(path: string, e: unknown): DataError {
  const reason = (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message;
  return new DataError(message.dataFileUnreadable(path, reason));
}

/**
 * The bytes of a file given by path, or the bytes themselves, with the label that messages use for it
 * (the path, or `fallbackLabel` for bytes): the shared first step of readSav and readXlsx.
 * @param file a path or the file's bytes
 * @param fallbackLabel what to call in-memory bytes in messages (e.g. "sav data")
 * @returns the bytes and the label
 * @throws DataError naming the path when the file cannot be read
 * @example
 * const { bytes, label } = await readFileBytes("survey.xlsx", "xlsx data");
 */
export async function readFileBytes(file: string | Uint8Array, fallbackLabel: string): Promise<{ bytes: Uint8Array; label: string }> {
  if (typeof file !== "string") return { bytes: file, label: fallbackLabel };
  try {
    return { bytes: await readFile(file), label: file };
  } catch (e) {
    throw fileUnreadable(file, e);
  }
}
