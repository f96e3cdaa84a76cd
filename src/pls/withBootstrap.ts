import type { PlsBootstrap, PlsResult, PlsRow } from "./types.ts";
import { message } from "../messages.ts";

/**
 * Add bootstrap columns (`se`, `ci.lower`, `ci.upper`) to the path, loading and weight rows of a PLS result,
 * and a warning when draws failed.
 * @param result - the PLS result
 * @param boot - the bootstrap summary
 * @param ci - which interval fills ci.lower/ci.upper: "percentile" or "bca"
 * @returns a new result with the columns and `bootstrap` set
 * @throws nothing
 * @example
 * withBootstrap(result, boot, "percentile").paths[0].se;
 */
export function withBootstrap(result: PlsResult, boot: PlsBootstrap, ci: "percentile" | "bca"): PlsResult {
  const add = (row: PlsRow, key: string): PlsRow => {
    const s = boot.stats.get(key);
    if (s === undefined) return row;
    const iv = ci === "bca" && s.bca !== null ? s.bca : s.percentile;
    return { ...row, se: s.se, "ci.lower": iv[0], "ci.upper": iv[1] };
  };
  return {
    ...result,
    paths: result.paths.map((r) => add(r, `${r.lhs}~${r.rhs}`)),
    loadings: result.loadings.map((r) => add(r, `${r.lhs}=~${r.rhs}`)),
    weights: result.weights.map((r) => add(r, `${r.lhs}<-${r.rhs}`)),
    bootstrap: boot,
    warnings: boot.failed > 0 ? [...result.warnings, message.plsBootFailed(boot.failed, boot.draws)] : result.warnings,
  };
}
