import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));

/** A seminr reference case (format: test/fixtures/pls/README.md). */
export interface SeminrMatrix { rows: string[]; cols: string[]; values: (number | null)[][] }
export interface SeminrCase {
  id: string;
  kind: string;
  nobs: number;
  data: { file: string; preparation: string; rows_dropped?: number };
  description: {
    constructs: { name: string; items: string[]; mode: string }[];
    paths: { from: string; to: string }[];
    options: Record<string, unknown>;
  };
  iterations: number;
  outer_loadings: SeminrMatrix;
  outer_weights: SeminrMatrix;
  path_coefficients: SeminrMatrix;
  paths: { from: string; to: string; coefficient: number; f_squared: number | null }[];
  r_squared: Record<string, number>;
  adj_r_squared: Record<string, number>;
  construct_scores_head: SeminrMatrix;
  construct_correlations: SeminrMatrix;
  reliability: SeminrMatrix;
  htmt: SeminrMatrix;
  fornell_larcker: SeminrMatrix;
  cross_loadings: SeminrMatrix;
  f_squared: SeminrMatrix;
  f_squared_fixed_scores: SeminrMatrix;
  vif_items: Record<string, Record<string, number>>;
  vif_antecedents: Record<string, Record<string, number | null>>;
  total_effects: SeminrMatrix;
  total_indirect_effects: SeminrMatrix;
  it_criteria: SeminrMatrix;
  bootstrap?: { nboot: number; seed: number; paths: { from: string; to: string; original: number; boot_mean: number; boot_se: number; boot_median: number; boot_se_iqr: number }[] };
  [key: string]: unknown;
}

/** Read a seminr fixture from test/fixtures/pls. */
export function loadSeminr(id: string): SeminrCase {
  return JSON.parse(readFileSync(join(here, "../fixtures/pls", `${id}.json`), "utf8")) as SeminrCase;
}

/** Read a data file from data/. */
export function readDataFile(file: string): string {
  return readFileSync(join(here, "../../data", file), "utf8");
}

/** The case's model in lavaan syntax: `=~` for mode A, `<~` for mode B, `~` per outcome. */
export function lavaanModel(c: SeminrCase): string {
  const lines = c.description.constructs.map((k) => `${k.name} ${k.mode === "B" ? "<~" : "=~"} ${k.items.join(" + ")}`);
  const outcomes: string[] = [];
  for (const p of c.description.paths) if (!outcomes.includes(p.to)) outcomes.push(p.to);
  for (const o of outcomes) lines.push(`${o} ~ ${c.description.paths.filter((p) => p.to === o).map((p) => p.from).join(" + ")}`);
  return lines.join("\n");
}

/** Cell (row, col) of a seminr matrix. */
export function cell(mat: SeminrMatrix, row: string, col: string): number | null {
  const i = mat.rows.indexOf(row), j = mat.cols.indexOf(col);
  if (i < 0 || j < 0) throw new Error(`no cell ${row}/${col}`);
  return mat.values[i]?.[j] ?? null;
}
