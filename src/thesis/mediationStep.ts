import type { Dataset } from "../data/types.ts";
import { bootstrap } from "../bootstrap/bootstrap.ts";
import type { MediationRow, MediationStep, StructuralStep } from "./result.ts";
import type { ThesisConfig } from "./types.ts";

/**
 * Indirect, total indirect and total effects of the structural model: estimates, delta-method SEs, z and p from
 * the model's `:=` rows (the configured estimator, e.g. MLR with FIML), standardized values (std.all), and a
 * nonparametric bootstrap interval (percentile, BC or BCa) of each effect from the ML refit of the complete
 * cases (the case bootstrap needs complete rows; lavaan's bootstrap of FIML fits is not reproduced).
 * Source: Bollen & Stine (1990); Preacher & Hayes (2008); Efron & Tibshirani (1993) for the intervals.
 * @param ds the data with reverse-coded items already recoded
 * @param structural the structural step (augmented model, fit, effect definitions)
 * @param config bootstrap draws, seed and interval type
 * @returns one row per effect and the bootstrap bookkeeping (or why it is missing)
 * @throws never for the bootstrap (its failure is reported in the result)
 * @example mediationStep(ds, s, config).rows.find((r) => r.kind === "indirect")?.bootLower;
 */
export function mediationStep(ds: Dataset, structural: StructuralStep, config: ThesisConfig): MediationStep {
  const pe = structural.fit.parameterEstimates();
  let boot: MediationStep["bootstrap"];
  const bootRows = new Map<string, { lo: number; hi: number; se: number }>();
  if (config.bootstrap.draws === 0 || structural.effects.length === 0) boot = { available: false, reason: "no bootstrap draws requested" };
  else {
    try {
      const b = bootstrap(structural.model, ds, { draws: config.bootstrap.draws, seed: config.bootstrap.seed, type: config.bootstrap.type });
      const K = b.estimates.length;
      const replicates: Record<string, number[]> = {};
      b.estimates.forEach((e, k) => {
        if (e.op !== ":=") return;
        bootRows.set(e.lhs, { lo: e["ci.lower"], hi: e["ci.upper"], se: e.se });
        const draws: number[] = [];
        for (let d = 0; d < b.draws; d++) { const v = b.replicates[d * 2 * K + k]!; if (Number.isFinite(v)) draws.push(v); }
        replicates[e.lhs] = draws;
      });
      // the draws' own warnings (not converged, inadmissible, too few usable); the fit's are the structural step's
      const warnings = b.warnings.filter((w) => !w.startsWith("fit: "));
      boot = { available: true, draws: b.draws, used: b.used, seed: b.seed, type: b.type, nobs: completeRows(ds, structural.fit.partable.ov), replicates, warnings };
    } catch (e) {
      boot = { available: false, reason: (e as Error).message };
    }
  }
  const rows: MediationRow[] = structural.effects.map((def) => {
    const r = pe.find((p) => p.op === ":=" && p.lhs === def.name);
    const b = bootRows.get(def.name);
    return {
      ...def, est: r?.est ?? Number.NaN, se: r?.se ?? null, z: r?.z ?? null, pvalue: r?.pvalue ?? null, std: r?.["std.all"] ?? null,
      bootLower: b?.lo ?? null, bootUpper: b?.hi ?? null, bootSe: b?.se ?? null,
    };
  });
  return { rows, bootstrap: boot };
}

function completeRows(ds: Dataset, names: readonly string[]): number {
  let n = 0;
  for (let i = 0; i < ds.n; i++) {
    if (names.every((v) => { const c = ds.columns.get(v); return c?.kind === "numeric" && !Number.isNaN(c.values[i]!); })) n++;
  }
  return n;
}
