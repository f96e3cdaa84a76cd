import { parseModel } from "../syntax/parse.ts";
import { flattenModel } from "../partable/flatten.ts";
import { variableClasses } from "../partable/variableClasses.ts";
import { buildParTable } from "../partable/buildParTable.ts";
import type { ParRow, ParTable } from "../partable/types.ts";
import { buildRepresentation, readElement } from "../representation/buildRepresentation.ts";
import { allocateMatrices } from "../representation/fillMatrices.ts";
import { allocateImplied, impliedMoments } from "../representation/impliedMoments.ts";
import { ModelSpecificationError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { standardizeVariances } from "./standardizeVariances.ts";
import type { PopulationModel, PopulationOptions, PopulationParameter } from "./types.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { POPULATION_OPTION_KEYS } from "./types.ts";

const isVariance = (r: ParRow): boolean => r.op === "~~" && r.lhs === r.rhs;

/**
 * Read a population model written in lavaan syntax with fixed values, as lavaan's `simulateData`:
 * the model is built with simulateData's defaults (std.lv = TRUE, auto.fix.first = FALSE,
 * auto.fix.single = FALSE, fixed.x = FALSE), every value written in the syntax (`0.45*SQ`) is the
 * population value, and the rest take lavaan's defaults: loadings 1 (0.7 when standardized),
 * variances 1, everything else (regressions, covariances, intercepts) 0. With `standardized`, the
 * residual variances are then chosen so that every variance is 1 (see `standardizeVariances`).
 *
 *   Σ = Λ (I − B)⁻¹ Ψ (I − B)⁻ᵀ Λᵀ + Θ,   μ = ν + Λ (I − B)⁻¹ α
 *
 * Source: lavaan 0.6 `simulateData` (R/lav_simulate_old.R); Bollen (1989), ch. 8 (implied moments).
 * @param model lavaan syntax with population values
 * @param options standardized, meanstructure, number of groups and their labels
 * @returns implied moments, thresholds and every parameter value per group
 * @throws OptionError when options is not an object; ModelSyntaxError, ModelSpecificationError (e.g. a singular
 *   I − B, a negative residual variance)
 * @example
 * const pop = populationModel("f =~ .8*x1 + .7*x2 + .6*x3", { standardized: true });
 * pop.sigma[0][0]; // 1 (θ₁₁ = 1 − .8²)
 */
export function populationModel(model: string, options: PopulationOptions = {}): PopulationModel {
  checkOptionsObject("populationModel", options);
  options = checkOptionKeys("populationModel", options, POPULATION_OPTION_KEYS);
  const standardized = options.standardized ?? false;
  const ngroups = options.groups ?? options.groupLabels?.length ?? 1;
  const labels = options.groupLabels ?? (ngroups === 1 ? [""] : Array.from({ length: ngroups }, (_, g) => `G${g + 1}`));
  const syntax = parseModel(model);
  const classes = variableClasses(flattenModel(syntax).elements);
  const pt = buildParTable(syntax, {
    ovNames: classes.ov, groups: labels, meanstructure: options.meanstructure ?? false, stdLv: true, fixedX: false,
  });
  const warnings: string[] = [...(pt.warnings ?? [])];
  const { values, unspecified } = populationValues(pt, standardized);
  if (unspecified.length > 0) warnings.push(message.simUnspecifiedRegressions(unspecified));
  const popPt: ParTable = { ...pt, npar: 0, rows: pt.rows.map((r, i) => ({ ...r, free: 0, ustart: values[i]! })) };
  const rep = buildRepresentation(popPt);
  const mats = allocateMatrices(rep);
  mats.forEach((mg, g) => {
    const t = rep.template[g]!;
    mg.lambda.set(t.lambda); mg.theta.set(t.theta); mg.psi.set(t.psi); mg.beta.set(t.beta); mg.nu.set(t.nu); mg.alpha.set(t.alpha);
  });
  if (standardized) {
    const varRows = new Set<number>();
    const written: string[] = [];
    pt.rows.forEach((r, i) => {
      if (r.group < 1 || !isVariance(r)) return;
      varRows.add(i);
      if (r.user === 1 && !Number.isNaN(r.ustart) && !written.includes(r.lhs)) written.push(r.lhs);
    });
    if (written.length > 0) warnings.push(message.simStandardizedResiduals(written));
    if (pt.rows.some((r, i) => r.op === "=~" && Math.abs(values[i]!) >= 1)) warnings.push(message.simStandardizedLarge("factor loadings"));
    if (pt.rows.some((r, i) => r.op === "~" && Math.abs(values[i]!) >= 1)) warnings.push(message.simStandardizedLarge("regression coefficients"));
    standardizeVariances(rep, mats, varRows, (row) => pt.rows[row]!.lhs);
  }
  const p = rep.p, m = rep.m;
  const sigma: Float64Array[] = [], mu: Float64Array[] = [];
  for (let g = 0; g < rep.ngroups; g++) {
    const buf = allocateImplied(p, m);
    if (!impliedMoments(mats[g]!, p, m, rep.hasBeta, buf)) throw new ModelSpecificationError(message.simNotPositiveDefinite(labels[g]!));
    sigma.push(new Float64Array(buf.sigma));
    mu.push(new Float64Array(buf.mu));
  }
  const final = Float64Array.from(values);
  for (const s of rep.slots) final[s.row] = readElement(mats[s.group]!, s.mat, s.i, s.j, m, p);
  const parameters: PopulationParameter[] = [];
  const thresholds = labels.map(() => new Map<string, Float64Array>());
  pt.rows.forEach((r, i) => {
    if (r.group < 1) return;
    parameters.push({ lhs: r.lhs, op: r.op, rhs: r.rhs, group: r.group, value: final[i]! });
    if (r.op !== "|") return;
    const map = thresholds[r.group - 1]!;
    const old = map.get(r.lhs);
    const next = new Float64Array((old?.length ?? 0) + 1);
    if (old !== undefined) next.set(old);
    next[next.length - 1] = final[i]!;
    map.set(r.lhs, next.sort());
  });
  return { names: pt.ov, groups: labels, sigma, mu, thresholds, parameters, partable: pt, warnings };
}

/** Population value of every row: the value in the syntax, else lavaan simulateData's default. */
function populationValues(pt: ParTable, standardized: boolean): { values: Float64Array; unspecified: string[] } {
  const values = new Float64Array(pt.rows.length);
  const unspecified: string[] = [];
  pt.rows.forEach((r, i) => {
    let v = r.ustart;
    // auto.fix.single = FALSE in simulateData: a default residual variance is never fixed at 0
    if (r.user === 0 && isVariance(r) && v === 0) v = NaN;
    if (Number.isNaN(v)) {
      if (r.op === "=~") v = standardized ? 0.7 : 1;
      else if (isVariance(r)) v = 1;
      else {
        v = 0;
        if (r.op === "~" && r.user === 1 && r.group === 1) unspecified.push(`${r.lhs} ~ ${r.rhs}`);
      }
    }
    values[i] = v;
  });
  return { values, unspecified };
}
