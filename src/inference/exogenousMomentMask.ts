import { momentCount } from "../representation/momentJacobian.ts";

/**
 * Which sample moments take part in lavaan's h1 information when exogenous covariates x are fixed
 * (fixed.x): all but the variances and covariances among the x and the means of the x, whose rows
 * and columns lavaan sets to zero (`eliminate.pstar.idx`, type "all").
 * @param p observed variables
 * @param meanstructure whether the mean moments are included
 * @param xIdx 0-based indices of the fixed covariates
 * @param groups number of groups
 * @returns 0/1 mask over G·momentCount moments (order of `momentJacobian`), or null when there are no x
 * @throws never
 * @example
 * exogenousMomentMask(3, false, [2], 1); // [1,1,1,1,1,0]: only σ_33 is dropped
 */
export function exogenousMomentMask(p: number, meanstructure: boolean, xIdx: readonly number[], groups: number): Uint8Array | null {
  if (xIdx.length === 0) return null;
  const nm = momentCount(p, meanstructure), nv = (p * (p + 1)) / 2;
  const isX = new Uint8Array(p);
  for (const c of xIdx) isX[c] = 1;
  const one = new Uint8Array(nm);
  let k = 0;
  for (let a = 0; a < p; a++) for (let b = a; b < p; b++) one[k++] = isX[a] === 1 && isX[b] === 1 ? 0 : 1;
  if (meanstructure) for (let a = 0; a < p; a++) one[nv + a] = isX[a] === 1 ? 0 : 1;
  const out = new Uint8Array(groups * nm);
  for (let g = 0; g < groups; g++) out.set(one, g * nm);
  return out;
}
