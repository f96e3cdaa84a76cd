import type { ModelSyntax } from "../syntax/types.ts";
import type { ParRow, ParTable } from "../partable/types.ts";
import type { Representation, GroupMatrices } from "../representation/types.ts";
import { buildParTable } from "../partable/buildParTable.ts";
import { buildRepresentation } from "../representation/buildRepresentation.ts";
import { allocateMatrices, fillMatrices } from "../representation/fillMatrices.ts";
import { allocateImplied, impliedMoments, type ImpliedBuffers } from "../representation/impliedMoments.ts";
import { ModelSpecificationError } from "../errors.ts";
import { message } from "../messages.ts";

/** One level of a two-level model: its parameter table, representation and place in θ. */
export interface LevelModel {
  readonly pt: ParTable;
  readonly rep: Representation;
  /** first index of this level's parameters in θ */
  readonly offset: number;
  /** position of each of this level's observed variables in the common variable order */
  readonly ovIndex: readonly number[];
  readonly mats: GroupMatrices[];
  readonly implied: ImpliedBuffers;
}

/** The within and between levels of a two-level model over a common list of observed variables. */
export interface TwoLevelModel {
  readonly within: LevelModel;
  readonly between: LevelModel;
  /** observed variables: the within level's (both levels and within-only), then the between-only ones */
  readonly ov: readonly string[];
  /** number of variables with a within part (the first p of `ov`) */
  readonly p: number;
  /** variables of both levels (the others of the first p are within-only) */
  readonly both: readonly string[];
  readonly npar: number;
}

/** Moments that exogenous covariates are fixed at: within-only covariates, then between-only ones (common order). */
export interface ExogenousLevelMoments {
  /** covariance (q × q, common order) used for the within level's fixed.x rows */
  readonly withinCov: Float64Array;
  readonly withinMean: Float64Array;
  /** covariance (q × q, common order) used for the between level's fixed.x rows */
  readonly betweenCov: Float64Array;
  readonly betweenMean: Float64Array;
}

/**
 * Splits a two-level model (`level: 1` / `level: 2` blocks) into its two single-level parameter tables, as lavaan
 * 0.6-14 builds blocks 1 and 2: the within level with its observed intercepts fixed at 0, the between level with
 * free observed intercepts (both with latent means fixed at 0). Exogenous covariates (fixed.x) must belong to one
 * level only (within-only or between-only variables); their moments are fixed at `exo`'s values.
 * Source: lavaan 0.6-14 lav_partable_flat / lavaanify with nlevels = 2.
 * @param syntax parsed model with two `level:` blocks
 * @param ovNames data column names
 * @param exo the moments to fix exogenous covariates at (common order), or a function computing them from the
 *   variable lists (the model's variables are only known after the syntax is read)
 * @returns both levels
 * @throws ModelSpecificationError for other than two levels, a level without statements, or an exogenous covariate
 *   observed at both levels (line and column of the first `level:`)
 * @example
 * twoLevelModel(parseModel("level: 1\nfw =~ y1 + y2 + y3\nlevel: 2\nfb =~ y1 + y2 + y3"), names).npar;
 */
export function twoLevelModel(
  syntax: ModelSyntax, ovNames: readonly string[], exo: (ov: readonly string[], p: number) => ExogenousLevelMoments,
): TwoLevelModel {
  const levels = syntax.levels ?? [];
  const first = levels[0]!;
  const where = { line: first.pos.line, col: first.pos.col };
  if (levels.length !== 2 || first.statement !== 0 || levels[1]!.statement <= 0 || levels[1]!.statement >= syntax.statements.length) {
    throw new ModelSpecificationError(message.twoLevelShape(first.pos.line, first.pos.col), where);
  }
  const split = levels[1]!.statement;
  const ptW = fixWithinIntercepts(buildParTable({ statements: syntax.statements.slice(0, split) }, { ovNames, meanstructure: true }));
  const ptB = buildParTable({ statements: syntax.statements.slice(split) }, { ovNames, meanstructure: true });
  const wSet = new Set(ptW.ov), bSet = new Set(ptB.ov);
  const ov = [...ptW.ov, ...ptB.ov.filter((v) => !wSet.has(v))];
  const p = ptW.ov.length;
  const both = ptW.ov.filter((v) => bSet.has(v));
  const exoOf = (pt: ParTable): string[] => [...new Set(pt.rows.filter((r) => r.exo === 1).flatMap((r) => [r.lhs, r.rhs]).filter((v) => pt.ov.includes(v)))];
  if ([...exoOf(ptW), ...exoOf(ptB)].some((v) => wSet.has(v) && bSet.has(v))) {
    throw new ModelSpecificationError(message.twoLevelVariables(first.pos.line, first.pos.col), where);
  }
  const moments = exo(ov, p);
  const q = ov.length;
  const level = (pt: ParTable, offset: number, cov: Float64Array, mean: Float64Array): LevelModel => {
    const ovIndex = pt.ov.map((v) => ov.indexOf(v)), k = pt.ov.length;
    const c = new Float64Array(k * k), m = new Float64Array(k);
    for (let a = 0; a < k; a++) { m[a] = mean[ovIndex[a]!]!; for (let b = 0; b < k; b++) c[a * k + b] = cov[ovIndex[a]! * q + ovIndex[b]!]!; }
    const rep = buildRepresentation(pt, { cov: [c], mean: [m] });
    return { pt, rep, offset, ovIndex, mats: allocateMatrices(rep), implied: allocateImplied(rep.p, rep.m) };
  };
  return {
    within: level(ptW, 0, moments.withinCov, moments.withinMean),
    between: level(ptB, ptW.npar, moments.betweenCov, moments.betweenMean),
    ov, p, both, npar: ptW.npar + ptB.npar,
  };
}

/** Within-level observed intercepts fixed at 0, free indices renumbered in order. */
function fixWithinIntercepts(pt: ParTable): ParTable {
  const ov = new Set(pt.ov);
  const map = new Map<number, number>();
  const rows: ParRow[] = pt.rows.map((r) => {
    if (r.op === "~1" && ov.has(r.lhs) && r.user === 0 && r.exo === 0) return { ...r, free: 0, ustart: 0, start: 0 };
    return r;
  }).map((r) => {
    if (r.free === 0) return r;
    if (!map.has(r.free)) map.set(r.free, map.size + 1);
    return { ...r, free: map.get(r.free)! };
  });
  return { ...pt, rows, npar: map.size, nfreeRows: rows.filter((r) => r.free > 0).length };
}

/**
 * The implied moments of one level at θ: Σ (and μ) in the common variable order, zero for the variables the level
 * does not have.
 * @param lv the level
 * @param theta full parameter vector
 * @param q number of variables of the common order
 * @returns Σ (q × q) and μ (q) in the common order
 * @throws never
 * @example
 * levelMoments(model.between, theta).mu;
 */
export function levelMoments(lv: LevelModel, theta: Float64Array, q: number): { sigma: Float64Array; mu: Float64Array } {
  const { rep } = lv, p = rep.p;
  fillMatrices(rep, theta.subarray(lv.offset, lv.offset + lv.pt.npar), lv.mats);
  impliedMoments(lv.mats[0]!, p, rep.m, rep.hasBeta, lv.implied);
  const sigma = new Float64Array(q * q), mu = new Float64Array(q);
  for (let a = 0; a < p; a++) {
    mu[lv.ovIndex[a]!] = lv.implied.mu[a]!;
    for (let b = 0; b < p; b++) sigma[lv.ovIndex[a]! * q + lv.ovIndex[b]!] = lv.implied.sigma[a * p + b]!;
  }
  return { sigma, mu };
}
