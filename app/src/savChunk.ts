/**
 * The .sav reader chunk, loaded by the page only when an SPSS file is opened: sav-reader over the bytes in
 * memory (with a small `stream` stand-in and the `buffer` package), exposed as `globalThis.semkitReadSav`.
 */
import { Buffer } from "buffer";
import { SavBufferReader } from "sav-reader";
import type { SavColumns } from "./readSav.ts";

interface SavVar { readonly name: string; readonly type: number; readonly missing: unknown }

/** The test for a variable's user-missing values, from sav-reader's `missing` field (a code, a list, or a range). */
function userMissing(spec: unknown): (x: number) => boolean {
  if (typeof spec === "number") return (x) => x === spec;
  if (Array.isArray(spec)) return (x) => spec.includes(x);
  if (spec !== null && typeof spec === "object") {
    const o = spec as { min?: number; max?: number; value?: number; values?: number[] };
    const lo = o.min ?? Infinity, hi = o.max ?? -Infinity;
    return (x) => (x >= lo && x <= hi) || x === o.value || (o.values?.includes(x) ?? false);
  }
  return () => false;
}

async function readSavBytes(bytes: Uint8Array): Promise<SavColumns> {
  const reader = new SavBufferReader(Buffer.from(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength));
  await reader.open();
  const rows = (await reader.readAllRows(true)) as Record<string, unknown>[];
  const vars = (reader.meta as unknown as { sysvars: SavVar[] }).sysvars;
  const columns: Record<string, unknown[]> = {};
  for (const v of vars) {
    const isMissing = v.type !== 0 ? (): boolean => false : userMissing(v.missing);
    columns[v.name] = rows.map((row) => {
      const x = row[v.name];
      if (x === null || x === undefined) return null;
      if (typeof x === "string") return x.replace(/[\0 ]+$/, "");
      return typeof x === "number" && (Number.isNaN(x) || isMissing(x)) ? null : x;
    });
  }
  return { names: vars.map((v) => v.name), columns };
}

(globalThis as unknown as { semkitReadSav: typeof readSavBytes }).semkitReadSav = readSavBytes;
