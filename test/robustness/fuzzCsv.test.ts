/**
 * CSV and data-input fuzzing: for any text and options, parseCsv returns a well-formed
 * Dataset or throws DataError; toDataset does the same for any JavaScript value; numericMatrix and
 * describe on whatever was read throw only SemkitError subclasses.
 */
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { DataError, SemkitError } from "../../src/errors.ts";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { toDataset } from "../../src/data/toDataset.ts";
import { numericMatrix } from "../../src/data/numericMatrix.ts";
import { describe as describeItems } from "../../src/data/describe.ts";
import type { CsvOptions } from "../../src/data/csvOptions.ts";
import type { Dataset } from "../../src/data/types.ts";
import { SEED, TIMEOUT, report, runs } from "./fuzzConfig.ts";

const head = (file: string, lines: number): string => readFileSync(`data/${file}`, "utf8").split("\n").slice(0, lines).join("\n");
const VALID_CSV: readonly string[] = [
  head("HolzingerSwineford1939.csv", 12),
  head("loyalty_survey.csv", 12),
  head("PoliticalDemocracy.csv", 8),
  "a;b;c\n1,5;2;x\n3;4,25;NA\n;;\n",
  "\ufeffid,score\r\n1,\"3.5\"\r\n2,\"with \"\"quotes\"\"\"\r\n3,\"multi\nline\"\r\n",
  "x\ty\n1\t2\n3\t4\n",
];

const PIECES: readonly string[] = [
  ",", ",", ";", "\t", "\"", "\"\"", "\n", "\n", "\r\n", "\r", " ", "a", "b", "x1", "1", "2.5", "-3", "3,5", "1e5", "1e400",
  "NA", "", ".", "-99", "Inf", "NaN", "0x1F", "__proto__", "constructor", "toString", "\ufeff", "é", "\u0000", "TRUE",
];
const csvText: fc.Arbitrary<string> = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(""));

const mutatedCsv: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...VALID_CSV),
    fc.array(
      fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 0, max: 5 }), fc.constantFrom(...PIECES)),
      { minLength: 1, maxLength: 5 },
    ),
  )
  .map(([base, edits]) =>
    edits.reduce((s, [where, del, ins]) => {
      const i = Math.floor(where * (s.length + 1));
      return s.slice(0, i) + ins + s.slice(i + del);
    }, base),
  );

const csvOptions: fc.Arbitrary<CsvOptions> = fc.record(
  {
    delimiter: fc.constantFrom(",", ";", "\t"),
    decimal: fc.constantFrom(".", ","),
    missing: fc.array(fc.constantFrom("-99", ".", "", "NA", "x", "1", "1,5"), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

/** Structural checks of a Dataset; throws (failing the property) when one does not hold. */
function checkDataset(ds: Dataset): void {
  expect(new Set(ds.names).size).toBe(ds.names.length);
  expect(ds.columns.size).toBe(ds.names.length);
  expect(Number.isInteger(ds.n) && ds.n >= 0).toBe(true);
  for (const name of ds.names) {
    const col = ds.columns.get(name);
    expect(col, name).toBeDefined();
    expect(col!.values.length).toBe(ds.n);
    if (col!.kind === "numeric") for (const v of col!.values) expect(Number.isFinite(v) || Number.isNaN(v)).toBe(true);
    else for (const v of col!.values) expect(v === null || typeof v === "string").toBe(true);
  }
}

/** Everything a user does with the data right after reading it: only SemkitError subclasses may escape. */
function downstream(ds: Dataset): void {
  if (ds.names.length === 0) return;
  for (const call of [
    () => numericMatrix(ds, ds.names, { missing: "listwise" }),
    () => describeItems(ds, ds.names, { scale: { min: 1, max: 5 } }),
  ]) {
    try {
      call();
    } catch (e) {
      if (!(e instanceof SemkitError)) throw e;
    }
  }
}

function readProperty(text: string, options: CsvOptions): void {
  let ds: Dataset;
  try {
    ds = parseCsv(text, options);
  } catch (e) {
    if (e instanceof DataError) return;
    throw new Error(`untyped exception for ${JSON.stringify(text)} ${JSON.stringify(options)}: ${String(e)}`, { cause: e });
  }
  checkDataset(ds);
  downstream(ds);
}

/** Arbitrary JavaScript values shaped (or almost shaped) like the accepted data inputs. */
const dataLike: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withTypedArray: true, withBoxedValues: true }),
  fc.array(fc.dictionary(fc.constantFrom("a", "b", "__proto__", "constructor"), fc.anything({ withNullPrototype: true }), { maxKeys: 3 }), { maxLength: 5 }),
  fc.dictionary(fc.constantFrom("a", "b", "toString"), fc.oneof(fc.array(fc.anything({ withNullPrototype: true }), { maxLength: 4 }), fc.float64Array({ maxLength: 4 }), fc.anything()), { maxKeys: 3 }),
  fc.record({ columns: fc.array(fc.constantFrom("a", "b", "a"), { maxLength: 3 }), values: fc.array(fc.array(fc.anything({ withNullPrototype: true }), { maxLength: 3 }), { maxLength: 4 }) }),
);

describe("CSV fuzzing", () => {
  test("random CSV text with random options", () => {
    const numRuns = runs(5_000, 1_000);
    const t0 = performance.now();
    fc.assert(fc.property(csvText, fc.option(csvOptions), (text, options) => readProperty(text, options ?? {})), { numRuns, seed: SEED + 10 });
    report("CSV, random text", numRuns, performance.now() - t0);
  }, TIMEOUT);

  test("mutated valid CSV files", () => {
    const numRuns = runs(5_000, 1_000);
    const t0 = performance.now();
    fc.assert(fc.property(mutatedCsv, fc.option(csvOptions), (text, options) => readProperty(text, options ?? {})), { numRuns, seed: SEED + 11 });
    report("CSV, mutated files", numRuns, performance.now() - t0);
  }, TIMEOUT);

  test("toDataset on arbitrary JavaScript values", () => {
    const numRuns = runs(10_000, 1_000);
    const t0 = performance.now();
    fc.assert(
      fc.property(dataLike, (value) => {
        let ds: Dataset;
        try {
          ds = toDataset(value as never);
        } catch (e) {
          if (e instanceof DataError) return;
          throw new Error(`untyped exception for ${fc.stringify(value)}: ${String(e)}`, { cause: e });
        }
        if (typeof value !== "object" || value === null || !(value as { columns?: unknown }).columns || !((value as { columns?: unknown }).columns instanceof Map)) checkDataset(ds);
        downstream(ds);
      }),
      { numRuns, seed: SEED + 12 },
    );
    report("toDataset, arbitrary values", numRuns, performance.now() - t0);
  }, TIMEOUT);
});
