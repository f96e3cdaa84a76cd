import type { ParTable } from "../partable/types.ts";
import type { Representation } from "../representation/types.ts";
import type { ImpliedBuffers } from "../representation/impliedMoments.ts";

/** Standardized values per parameter-table row (NaN where a row has none). */
export interface StandardizedColumns {
  readonly stdLv: Float64Array;
  readonly stdAll: Float64Array;
  readonly stdNox: Float64Array;
}

/**
 * lavaan's three standardizations of every parameter (`standardizedSolution`, type std.lv,
 * std.all and std.nox): std.lv scales by the latent standard deviations; std.all also by the
 * model-implied standard deviations of observed variables; std.nox as std.all but leaves
 * exogenous observed covariates (fixed.x) unscaled. A loading of a factor on a factor is scaled
 * by the standard deviations of both factors in std.lv as well. Variances are divided by total variances;
 * covariances between two different variables by the square roots of their own (residual)
 * variance parameters, so a residual covariance becomes a residual correlation, as lavaan does.
 *
 * Source: Bollen (1989), pp. 124–126; lavaan `lav_standardize_lv`, `lav_standardize_all`.
 * @param pt parameter table
 * @param rep representation
 * @param est estimate per row
 * @param implied implied moments per group at the estimates
 * @param ovx names of exogenous observed covariates (for std.nox)
 * @returns the three columns, aligned with `pt.rows`
 * @example
 * const std = standardizedSolution(pt, rep, est, implied, []);
 */
export function standardizedSolution(
  pt: ParTable, rep: Representation, est: Float64Array, implied: readonly ImpliedBuffers[], ovx: readonly string[],
): StandardizedColumns {
  const nr = pt.rows.length;
  const stdLv = new Float64Array(nr).fill(NaN), stdAll = new Float64Array(nr).fill(NaN), stdNox = new Float64Array(nr).fill(NaN);
  const { p, m } = rep;
  const lvIndex = new Map<string, number>();
  rep.etaNames.forEach((v, i) => { if (!rep.phantom[i]) lvIndex.set(v, i); });
  const ovIndex = new Map(rep.ovNames.map((v, i) => [v, i] as const));
  const ovxSet = new Set(ovx);
  const variance = new Map<string, number>();
  pt.rows.forEach((row, r) => { if (row.op === "~~" && row.lhs === row.rhs) variance.set(`${row.group}|${row.lhs}`, est[r]!); });
  for (let r = 0; r < nr; r++) {
    const row = pt.rows[r]!;
    if (row.group < 1) continue;
    const imp = implied[row.group - 1]!;
    // sd used by std.lv (latent only) and by std.all (latent and observed)
    const sdLv = (v: string): number => { const i = lvIndex.get(v); return i === undefined ? 1 : Math.sqrt(imp.C[i * m + i]!); };
    const sdAll = (v: string): number => {
      const i = lvIndex.get(v);
      if (i !== undefined) return Math.sqrt(imp.C[i * m + i]!);
      const a = ovIndex.get(v);
      return a === undefined ? 1 : Math.sqrt(imp.sigma[a * p + a]!);
    };
    const sdNox = (v: string): number => (ovxSet.has(v) ? 1 : sdAll(v));
    const e = est[r]!;
    switch (row.op) {
      case "=~":
        // a higher-order loading (rhs latent) is divided by the sd of the lower factor too (lav_standardize_lv)
        stdLv[r] = lvIndex.has(row.rhs) ? e * sdLv(row.lhs) / sdLv(row.rhs) : e * sdLv(row.lhs);
        stdAll[r] = e * sdAll(row.lhs) / sdAll(row.rhs);
        stdNox[r] = e * sdNox(row.lhs) / sdNox(row.rhs);
        break;
      case "~":
      case "<~":
        stdLv[r] = e * sdLv(row.rhs) / sdLv(row.lhs);
        stdAll[r] = e * sdAll(row.rhs) / sdAll(row.lhs);
        stdNox[r] = e * sdNox(row.rhs) / sdNox(row.lhs);
        break;
      case "~~":
        if (row.lhs !== row.rhs) {
          const ra = Math.sqrt(variance.get(`${row.group}|${row.lhs}`) ?? NaN), rb = Math.sqrt(variance.get(`${row.group}|${row.rhs}`) ?? NaN);
          const isLv = (v: string): boolean => lvIndex.has(v);
          stdLv[r] = e / ((isLv(row.lhs) ? ra : 1) * (isLv(row.rhs) ? rb : 1));
          stdAll[r] = e / (ra * rb);
          stdNox[r] = e / ((ovxSet.has(row.lhs) ? 1 : ra) * (ovxSet.has(row.rhs) ? 1 : rb));
          break;
        }
        stdLv[r] = e / (sdLv(row.lhs) * sdLv(row.rhs));
        stdAll[r] = e / (sdAll(row.lhs) * sdAll(row.rhs));
        stdNox[r] = e / (sdNox(row.lhs) * sdNox(row.rhs));
        break;
      case "|":
        stdLv[r] = e;
        stdAll[r] = e / sdAll(row.lhs);
        stdNox[r] = e / sdAll(row.lhs);
        break;
      case "~*~":
        // lavaan: scale factors times the implied SD of the latent response (1/δ in the delta parameterisation)
        stdLv[r] = e; stdAll[r] = e * sdAll(row.lhs); stdNox[r] = e * sdAll(row.lhs);
        break;
      case "~1":
        stdLv[r] = e / sdLv(row.lhs);
        stdAll[r] = e / sdAll(row.lhs);
        stdNox[r] = e / sdNox(row.lhs);
        break;
      default:
        break;
    }
  }
  return { stdLv, stdAll, stdNox };
}
