import type { PlsEstimate } from "./estimatePls.ts";
import type { NamedMatrix, PlsReliability } from "./types.ts";
import { blockReliability } from "./blockReliability.ts";
import { blockRhoA } from "./blockRhoA.ts";
import { htmt } from "./htmt.ts";
import { vifFromCorrelation } from "./vifFromCorrelation.ts";

/** Measurement-model quality and structural diagnostics of a PLS estimate. */
export interface PlsQuality {
  readonly reliability: Record<string, PlsReliability>;
  readonly htmt: (number | null)[][];
  readonly fornellLarcker: NamedMatrix;
  readonly crossLoadings: NamedMatrix;
  readonly constructCorrelations: NamedMatrix;
  readonly vifItems: Record<string, Record<string, number>>;
  readonly vifAntecedents: Record<string, Record<string, number | null>>;
  readonly itCriteria: Record<string, { AIC: number; BIC: number }>;
}

/**
 * Quality criteria with seminr's conventions: reliability (α, rhoC, rhoA, AVE; rhoA = 1 for mode B blocks and
 * interactions), HTMT, Fornell–Larcker (√AVE on the diagonal, score correlations below), cross-loadings
 * (item–score correlations), item VIFs within blocks, antecedent VIFs from score correlations (null for a single
 * antecedent), and seminr's AIC/BIC per endogenous construct: N ln(SSE/N) + 2(k+1) and + (k+1) ln N.
 * Source: seminr 2.3.2 `R/evaluate_reliability.R`, `R/evaluate_validity.R`, `R/compute_metrics.R`.
 * @param est - the estimate
 * @param n - sample size
 * @param interaction - which constructs are interaction terms
 * @returns the criteria
 * @throws nothing
 * @example
 * plsQuality(est, 250, flags).reliability.Image.rhoA; // 0.7403
 */
export function plsQuality(est: PlsEstimate, n: number, interaction: readonly boolean[]): PlsQuality {
  const { layout, data, core } = est;
  const { m, p, blockStart, constructs, items, modes, predecessors, endogenous } = layout;
  const r = data.r;
  const reliability: Record<string, PlsReliability> = {};
  const ave = new Float64Array(m);
  constructs.forEach((c, k) => {
    const a0 = blockStart[k] as number, a1 = blockStart[k + 1] as number;
    let rhoA = core.rhoA[k] as number;
    if (rhoA === 1 && modes[k] === "A" && !(interaction[k] as boolean)) rhoA = blockRhoA(r, core.w, p, a0, a1);
    if (modes[k] === "B" || (interaction[k] as boolean)) rhoA = 1;
    const rel = blockReliability(r, p, a0, a1, core.loadings, rhoA);
    reliability[c] = rel;
    ave[k] = rel.AVE;
  });
  const cor = core.cor;
  const mat = (f: (j: number, k: number) => number | null): (number | null)[][] =>
    constructs.map((_, j) => constructs.map((__, k) => f(j, k)));
  const fornellLarcker: NamedMatrix = {
    rows: constructs, cols: constructs,
    values: mat((j, k) => (j === k ? Math.sqrt(ave[j] as number) : k < j ? (cor[j * m + k] as number) : null)),
  };
  const constructCorrelations: NamedMatrix = { rows: constructs, cols: constructs, values: mat((j, k) => cor[j * m + k] as number) };
  const crossLoadings: NamedMatrix = {
    rows: items, cols: constructs,
    values: items.map((_, a) => constructs.map((__, k) => core.rw[a * m + k] as number)),
  };
  const vifItems: Record<string, Record<string, number>> = {};
  constructs.forEach((c, k) => {
    const idx: number[] = [];
    for (let a = blockStart[k] as number; a < (blockStart[k + 1] as number); a++) idx.push(a);
    const v = vifFromCorrelation(r, p, idx);
    vifItems[c] = Object.fromEntries(idx.map((a, i) => [items[a] as string, v[i] as number]));
  });
  const vifAntecedents: Record<string, Record<string, number | null>> = {};
  const itCriteria: Record<string, { AIC: number; BIC: number }> = {};
  for (const k of endogenous) {
    const pred = predecessors[k] as readonly number[];
    const name = constructs[k] as string;
    const v = pred.length < 2 ? pred.map(() => null) : vifFromCorrelation(cor, m, pred);
    vifAntecedents[name] = Object.fromEntries(pred.map((j, i) => [constructs[j] as string, v[i] as number | null]));
    const q = pred.length;
    const rsq = 1 - 1 / (vifFromCorrelation(cor, m, [...pred, k])[q] as number);
    const scaleK = core.scale[k] as number;
    const sse = (1 - rsq) * (scaleK * scaleK * (n - 1));
    const base = n * Math.log(sse / n);
    itCriteria[name] = { AIC: 2 * (q + 1) + base, BIC: base + (q + 1) * Math.log(n) };
  }
  return { reliability, htmt: htmt(r, layout), fornellLarcker, crossLoadings, constructCorrelations, vifItems, vifAntecedents, itCriteria };
}
