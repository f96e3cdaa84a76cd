/**
 * Test helpers for the distributions: read the tables of test/fixtures/distributions.json (written by
 * test/fixtures/distributions.R from R's pbeta, pt, pf, qf and lbeta) and measure relative errors.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

interface Table {
  columns: string[];
  rows: number[][];
}

const tables = JSON.parse(readFileSync(fileURLToPath(new URL("../fixtures/distributions.json", import.meta.url)), "utf8")) as Record<string, Table>;

/** The rows of one table as objects keyed by column name. */
export function referenceRows(name: "pbeta" | "pt" | "pf" | "qf" | "lbeta"): Record<string, number>[] {
  const t = tables[name]!;
  return t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i]!])));
}

/** |got − want| / |want|, 0 when both are equal (also for 0 and ±Infinity). */
export function relativeError(got: number, want: number): number {
  return got === want ? 0 : Math.abs(got - want) / Math.abs(want);
}

/**
 * The largest relative errors of a function's lower and upper tails against one R table, split at probability 1e-20
 * (`body` at or above it, `tail` below).
 */
export function tailErrors(name: "pbeta" | "pt" | "pf", both: (row: Record<string, number>) => readonly [number, number]): { body: number; tail: number } {
  let body = 0, tail = 0;
  for (const row of referenceRows(name)) {
    const got = both(row);
    for (const [g, want] of [[got[0], row["lower"]!], [got[1], row["upper"]!]] as const) {
      const e = relativeError(g, want);
      if (want >= 1e-20) body = Math.max(body, e);
      else tail = Math.max(tail, e);
    }
  }
  return { body, tail };
}
