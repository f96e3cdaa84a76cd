import type { Dataset } from "../data/types.ts";
import type { ThesisConfig } from "./types.ts";
import type { PlsStep } from "./result.ts";
import { pls } from "../pls/pls.ts";
import { plsPredict } from "../pls/plsPredict.ts";

/**
 * The PLS-SEM step of the thesis analysis: the constructs that take part in a structural path (path hypotheses,
 * extra paths, and for a moderation hypothesis X × M → Y the terms X, M and X:M) as mode A composites, estimated
 * with seminr's defaults (path weighting, mean replacement), bootstrapped with the configured draws and seed,
 * and cross-validated with 10-fold PLSpredict (seeded with the bootstrap seed).
 * @param ds - the data, items already reverse-coded
 * @param config - the analysis configuration
 * @returns the model, the PLS result and PLSpredict (null when the model has an interaction term)
 * @throws the errors of pls()
 * @example
 * plsStep(recoded, config).fit.paths;
 */
export function plsStep(ds: Dataset, config: ThesisConfig): PlsStep {
  const byOutcome = new Map<string, string[]>();
  const add = (from: string, to: string): void => {
    const list = byOutcome.get(to) ?? [];
    if (!list.includes(from)) list.push(from);
    byOutcome.set(to, list);
  };
  for (const h of config.hypotheses) {
    if (h.type === undefined || h.type === "path") add(h.from, h.to);
    else if (h.type === "moderation") { add(h.from, h.to); add(h.moderator, h.to); add(`${h.from}:${h.moderator}`, h.to); }
  }
  for (const p of config.paths ?? []) add(p.from, p.to);
  const used = new Set([...byOutcome].flatMap(([to, from]) => [to, ...from.flatMap((f) => f.split(":"))]));
  const model = [
    ...config.constructs.filter((c) => used.has(c.name)).map((c) => `${c.name} =~ ${c.items.join(" + ")}`),
    ...[...byOutcome].map(([to, from]) => `${to} ~ ${from.join(" + ")}`),
  ].join("\n");
  const fit = pls(model, ds, { bootstrap: config.bootstrap.draws, seed: config.bootstrap.seed, ci: config.bootstrap.type === "bca" ? "bca" : "percentile" });
  const interaction = [...byOutcome.values()].some((from) => from.some((f) => f.includes(":")));
  const predict = interaction ? null : plsPredict(model, ds, { folds: 10, seed: config.bootstrap.seed });
  return { model, fit, predict };
}
