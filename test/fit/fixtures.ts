/**
 * Test helpers for the fit kernels: read the lavaan reference fixtures
 * (test/fixtures/*.json, copied from ../shared/reference/lavaan, lavaan 0.6-14 on R 4.2.2).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface SemFixture {
  id: string;
  call: string;
  model: string;
  nobs: number | number[];
  npar: number;
  fit: Record<string, number>;
  implied: { cov: number[][]; mean?: number[] } | Record<string, { cov: number[][]; mean?: number[] }>;
}

/** The ML fixtures whose fit measures the fit kernels reproduce. */
export const ML_FIXTURES = [
  "hs1939_cfa_ml",
  "hs1939_cfa_meanstructure",
  "poldem_sem_ml",
  "loyalty_core_ml",
  "loyalty_full_ml",
  "hs1939_mg_school_configural",
  "hs1939_mg_school_metric",
  "hs1939_mg_school_scalar",
] as const;

export function loadFixture(id: string): SemFixture {
  const url = new URL(`../fixtures/${id}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), "utf8")) as SemFixture;
}

/** Total N and number of groups of a fixture. */
export function sampleSize(f: SemFixture): { n: number; groups: number } {
  const nobs = Array.isArray(f.nobs) ? f.nobs : [f.nobs];
  return { n: nobs.reduce((a, b) => a + b, 0), groups: nobs.length };
}

/** |got − ref| ≤ max(rel·|ref|, abs): the brief's tolerance is rel 1e-3, abs 1e-4. */
export function within(got: number, ref: number, rel: number, abs: number): boolean {
  return Math.abs(got - ref) <= Math.max(rel * Math.abs(ref), abs);
}
