import { totalVarianceExplained } from "../efa/totalVarianceExplained.ts";
import type { Dataset } from "../data/types.ts";
import { efa } from "../efa/efa.ts";
import { parallelAnalysis } from "../efa/parallelAnalysis.ts";
import type { EfaStep } from "./result.ts";
import type { ThesisConfig } from "./types.ts";

/**
 * KMO, Bartlett's test, Horn's parallel analysis and the EFA of all items (complete cases, as psych), with as
 * many factors as constructs unless `efa.nfactors` is set; each factor is matched to the construct whose items
 * have the largest summed absolute loading on it (greedy, so two factors never share a construct).
 * Source: psych::fa and fa.parallel (Revelle 2022); Horn (1965); Kaiser (1970).
 * @param ds the data with reverse-coded items already recoded
 * @param config constructs, scale, EFA and parallel-analysis settings
 * @returns parallel analysis, EFA solution and the factor–construct matching
 * @throws as `efa` and `parallelAnalysis`
 * @example efaStep(dsRecoded, config).efa.kmo.overall; // 0.840 for the loyalty survey
 */
export function efaStep(ds: Dataset, config: ThesisConfig): EfaStep {
  const items = config.constructs.flatMap((c) => c.items);
  const parallel = parallelAnalysis(ds, { items, iterations: config.parallel.iterations, seed: config.parallel.seed, fa: "both", fm: config.efa.fm });
  const nfactors = config.efa.nfactors ?? Math.min(config.constructs.length, items.length - 1);
  const res = efa(ds, { items, nfactors, fm: config.efa.fm, rotate: config.efa.rotate });
  const score = config.constructs.map((c) => res.loadings[0]!.map((_, f) =>
    c.items.reduce((s, it) => s + Math.abs(res.loadings[res.items.indexOf(it)]![f]!), 0) / c.items.length));
  const factorConstructs: (string | null)[] = new Array<string | null>(nfactors).fill(null);
  const usedC = new Set<number>();
  for (let k = 0; k < Math.min(nfactors, config.constructs.length); k++) {
    let best = -1, bc = -1, bf = -1;
    for (let c = 0; c < config.constructs.length; c++) {
      if (usedC.has(c)) continue;
      for (let f = 0; f < nfactors; f++) if (factorConstructs[f] === null && score[c]![f]! > best) { best = score[c]![f]!; bc = c; bf = f; }
    }
    if (bc < 0) break;
    usedC.add(bc);
    factorConstructs[bf] = config.constructs[bc]!.name;
  }
  const totalVariance = totalVarianceExplained(ds, { items, nfactors, fm: config.efa.fm, rotate: config.efa.rotate }, res);
  return { parallel, efa: res, factorConstructs, totalVariance };
}
