import type { ValidityFlag } from "./types.ts";
import { message } from "../messages.ts";

/** Cut-offs used for the flags. */
export const VALIDITY_THRESHOLDS = { cr: 0.7, ave: 0.5, htmtStrict: 0.85, htmtLiberal: 0.9 } as const;

/**
 * The usual threshold checks of construct validity:
 * CR ≥ .70 (Hair et al. 2019; Bagozzi & Yi 1988), AVE ≥ .50 (Fornell & Larcker 1981),
 * HTMT < .85 (Kline 2011) and < .90 (Gold, Malhotra & Segars 2001; Henseler et al. 2015),
 * and the Fornell–Larcker criterion √AVE > |r| with every other construct (Fornell & Larcker 1981).
 * @param constructs construct names
 * @param cr composite reliability per construct (aligned)
 * @param ave AVE per construct (aligned; NaN is skipped)
 * @param htmtMatrix row-major k×k HTMT matrix
 * @param cor row-major k×k latent correlation matrix
 * @returns one flag per check, in the order CR, AVE, HTMT.85, HTMT.90, Fornell–Larcker
 * @example
 * validityFlags(["A", "B"], [0.8, 0.6], [0.55, 0.4], htmt, cor).filter((f) => !f.pass);
 */
export function validityFlags(
  constructs: readonly string[], cr: readonly number[], ave: readonly number[], htmtMatrix: Float64Array, cor: Float64Array,
): ValidityFlag[] {
  const k = constructs.length;
  const t = VALIDITY_THRESHOLDS;
  const flags: ValidityFlag[] = [];
  const atLeast = (criterion: "CR" | "AVE", who: string, value: number, threshold: number): void => {
    if (Number.isNaN(value)) return;
    const pass = value >= threshold;
    flags.push({ criterion, constructs: [who], value, threshold, pass, message: (pass ? message.validityPass : message.validityFail)(criterion, who, value, threshold) });
  };
  constructs.forEach((c, i) => atLeast("CR", c, cr[i]!, t.cr));
  constructs.forEach((c, i) => atLeast("AVE", c, ave[i]!, t.ave));
  for (const [criterion, threshold] of [["HTMT.85", t.htmtStrict], ["HTMT.90", t.htmtLiberal]] as const) {
    for (let a = 0; a < k; a++) for (let b = a + 1; b < k; b++) {
      const value = htmtMatrix[a * k + b]!;
      if (Number.isNaN(value)) continue;
      const pass = value < threshold, who = `${constructs[a]}-${constructs[b]}`;
      flags.push({ criterion, constructs: [constructs[a]!, constructs[b]!], value, threshold, pass, message: (pass ? message.validityPass : message.validityFail)("HTMT", who, value, threshold) });
    }
  }
  for (let a = 0; a < k; a++) {
    const root = Math.sqrt(ave[a]!);
    if (Number.isNaN(root) || k < 2) continue;
    let worst = -1, maxCor = -Infinity;
    for (let b = 0; b < k; b++) if (b !== a && Math.abs(cor[a * k + b]!) > maxCor) { maxCor = Math.abs(cor[a * k + b]!); worst = b; }
    const pass = root > maxCor, other = constructs[worst]!;
    flags.push({
      criterion: "Fornell-Larcker", constructs: [constructs[a]!, other], value: root, threshold: maxCor, pass,
      message: (pass ? message.validityFornellLarckerPass : message.validityFornellLarckerFail)(constructs[a]!, root, maxCor, other),
    });
  }
  return flags;
}
