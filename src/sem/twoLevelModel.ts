import type { ModelSyntax } from "../syntax/types.ts";
import type { ParRow, ParTable } from "../partable/types.ts";
import type { Representation } from "../representation/types.ts";
import { buildParTable } from "../partable/buildParTable.ts";
import { buildRepresentation } from "../representation/buildRepresentation.ts";
import { allocateMatrices, fillMatrices } from "../representation/fillMatrices.ts";
import { allocateImplied, impliedMoments, type ImpliedBuffers } from "../representation/impliedMoments.ts";
import type { GroupMatrices } from "../representation/types.ts";
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
  /** observed variables (within level's order) */
  readonly ov: readonly string[];
  readonly npar: number;
}

/**
 * Splits a two-level model (`level: 1` / `level: 2` blocks) into its two single-level parameter tables, as lavaan
 * 0.6-14 builds blocks 1 and 2: the within level with its observed intercepts fixed at 0, the between level with
 * free observed intercepts (both with latent means fixed at 0). Every observed variable must appear at both levels.
 * Source: lavaan 0.6-14 lav_partable_flat / lavaanify with nlevels = 2.
 * @param syntax parsed model with two `level:` blocks
 * @param ovNames data column names
 * @returns both levels
 * @throws ModelSpecificationError for other than two levels, a level without statements, or a variable present at
 *   one level only (line and column of the first `level:`)
 * @example
 * twoLevelModel(parseModel("level: 1\nfw =~ y1 + y2 + y3\nlevel: 2\nfb =~ y1 + y2 + y3"), names).npar;
 */
export function twoLevelModel(syntax: ModelSyntax, ovNames: readonly string[]): TwoLevelModel {
  const levels = syntax.levels ?? [];
  const first = levels[0]!;
  const where = { line: first.pos.line, col: first.pos.col };
  if (levels.length !== 2 || first.statement !== 0 || levels[1]!.statement <= 0 || levels[1]!.statement >= syntax.statements.length) {
    throw new ModelSpecificationError(message.twoLevelShape(first.pos.line, first.pos.col), where);
  }
  const split = levels[1]!.statement;
  const ptW = fixWithinIntercepts(buildParTable({ statements: syntax.statements.slice(0, split) }, { ovNames, meanstructure: true }));
  const ptB = buildParTable({ statements: syntax.statements.slice(split) }, { ovNames, meanstructure: true });
  const ov = ptW.ov;
  if (ptB.ov.length !== ov.length || ptB.ov.some((v) => !ov.includes(v))) {
    throw new ModelSpecificationError(message.twoLevelVariables(first.pos.line, first.pos.col), where);
  }
  const level = (pt: ParTable, offset: number): LevelModel => {
    const rep = buildRepresentation(pt);
    return { pt, rep, offset, ovIndex: pt.ov.map((v) => ov.indexOf(v)), mats: allocateMatrices(rep), implied: allocateImplied(rep.p, rep.m) };
  };
  return { within: level(ptW, 0), between: level(ptB, ptW.npar), ov, npar: ptW.npar + ptB.npar };
}

/** Within-level observed intercepts fixed at 0, free indices renumbered in order. */
function fixWithinIntercepts(pt: ParTable): ParTable {
  const ov = new Set(pt.ov);
  const map = new Map<number, number>();
  const rows: ParRow[] = pt.rows.map((r) => {
    if (r.op === "~1" && ov.has(r.lhs) && r.user === 0) return { ...r, free: 0, ustart: 0, start: 0 };
    return r;
  }).map((r) => {
    if (r.free === 0) return r;
    if (!map.has(r.free)) map.set(r.free, map.size + 1);
    return { ...r, free: map.get(r.free)! };
  });
  return { ...pt, rows, npar: map.size, nfreeRows: rows.filter((r) => r.free > 0).length };
}

/**
 * The implied moments of one level at θ: Σ (and μ) in the common variable order.
 * @param lv the level
 * @param theta full parameter vector
 * @returns Σ (p × p) and μ (p) in the common order
 * @throws never
 * @example
 * levelMoments(model.between, theta).mu;
 */
export function levelMoments(lv: LevelModel, theta: Float64Array): { sigma: Float64Array; mu: Float64Array } {
  const { rep } = lv, p = rep.p;
  fillMatrices(rep, theta.subarray(lv.offset, lv.offset + lv.pt.npar), lv.mats);
  impliedMoments(lv.mats[0]!, p, rep.m, rep.hasBeta, lv.implied);
  const sigma = new Float64Array(p * p), mu = new Float64Array(p);
  for (let a = 0; a < p; a++) {
    mu[lv.ovIndex[a]!] = lv.implied.mu[a]!;
    for (let b = 0; b < p; b++) sigma[lv.ovIndex[a]! * p + lv.ovIndex[b]!] = lv.implied.sigma[a * p + b]!;
  }
  return { sigma, mu };
}
