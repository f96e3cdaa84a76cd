import { readFileSync } from "node:fs";

/** One case of test/fixtures/loyalty_ordinal.json (made by test/fixtures/loyalty_ordinal.R, lavaan 0.6-14). */
export interface OrdinalCase {
  readonly id: string;
  readonly call: string;
  readonly names: string[];
  readonly groupLabels: string[];
  readonly data: Record<string, (number | string)[]>;
  readonly groups: {
    readonly nobs: number;
    readonly thNames: string[];
    readonly th: number[];
    readonly cor: number[][];
    readonly wlsObs: number[];
    readonly wlsObsNames: string[];
    readonly wlsVdiag: number[];
    /** lavaan's NACOV as lav_matrix_vech (all small cases); {} when only some rows are stored */
    readonly gammaVech: number[] | Record<string, never>;
    /** some rows of NACOV (0-based row index, full rows) for the wide case; {} otherwise */
    readonly gammaRows: { index: number[]; values: number[][] } | Record<string, never>;
    readonly se: { lhs: string[]; op: string[]; rhs: string[]; est: number[]; se: number[] };
  }[];
}

export function loadOrdinalCases(): OrdinalCase[] {
  return (JSON.parse(readFileSync("test/fixtures/loyalty_ordinal.json", "utf8")) as { cases: OrdinalCase[] }).cases;
}

export function ordinalCase(id: string): OrdinalCase {
  const c = loadOrdinalCases().find((x) => x.id === id);
  if (c === undefined) throw new Error(`no case ${id}`);
  return c;
}

/** The case's item columns as a row-major matrix. */
export function caseMatrix(c: OrdinalCase): { data: Float64Array; n: number; p: number } {
  const p = c.names.length;
  const n = c.data[c.names[0]!]!.length;
  const data = new Float64Array(n * p);
  c.names.forEach((name, j) => c.data[name]!.forEach((v, r) => { data[r * p + j] = v as number; }));
  return { data, n, p };
}

/** Expand lavaan's lav_matrix_vech (lower triangle, column by column, with diagonal) into a full q×q matrix. */
export function unvech(v: readonly number[]): Float64Array {
  const q = Math.round((Math.sqrt(8 * v.length + 1) - 1) / 2);
  const out = new Float64Array(q * q);
  let k = 0;
  for (let j = 0; j < q; j++) for (let i = j; i < q; i++) { out[i * q + j] = out[j * q + i] = v[k++]!; }
  return out;
}
