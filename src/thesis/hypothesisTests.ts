import type { HypothesisRow, MediationStep, ModerationStep, Step, StructuralStep } from "./result.ts";
import type { HypothesisConfig, Sign } from "./types.ts";
import { message } from "../messages.ts";

/** Prefix of the structural model's problems in a hypothesis row. */
const STRUCTURAL = "structural model";

const signOk = (sign: Sign | undefined, v: number): boolean => sign === undefined || (sign === "+" ? v > 0 : v < 0);

/**
 * Decide every hypothesis: a path is supported when its coefficient has the expected sign and p < α (z test of
 * the configured estimator); an indirect effect when its bootstrap interval excludes 0 on the expected side (the
 * delta-method p < α when no bootstrap ran); a moderation when the interaction has the expected sign and p < α.
 * β is the completely standardized estimate (lavaan std.all; for composite moderation the coefficient on z-scores).
 * Source: the usual thesis reporting rule (e.g. Hair et al. 2019, Multivariate Data Analysis, ch. 13);
 * Preacher & Hayes (2008) for deciding indirect effects by bootstrap intervals.
 * @param hypotheses the configured hypotheses
 * @param structural the structural step (or why it is missing)
 * @param mediation the mediation step (or why it is missing)
 * @param moderation the moderation steps, in configuration order of the moderation hypotheses
 * @param alpha significance level
 * @returns one row per hypothesis; `supported` is null when the estimate is unavailable
 * @throws never
 * @example hypothesisTests(config.hypotheses, s, m, [], 0.05)[0].supported;
 */
export function hypothesisTests(
  hypotheses: readonly HypothesisConfig[], structural: Step<StructuralStep>, mediation: Step<MediationStep>,
  moderation: readonly Step<ModerationStep>[], alpha: number,
): HypothesisRow[] {
  const pe = structural.available ? structural.fit.parameterEstimates() : [];
  const semProblems = structural.available ? (structural.fit.problems ?? []).map((w) => message.fromFit(STRUCTURAL, w)) : [];
  let k = 0;
  return hypotheses.map((h): HypothesisRow => {
    const sign = h.sign ?? null;
    const empty = { id: h.id, sign, beta: null, t: null, pvalue: null, ciLower: null, ciUpper: null, supported: null, problems: semProblems };
    if (h.type === "indirect") {
      const path = [h.from, ...h.through, h.to].join(" → ");
      const r = mediation.available ? mediation.rows.find((m) => m.kind === "indirect" && m.from === h.from && m.to === h.to && m.through.join() === h.through.join()) : undefined;
      if (r === undefined) return { ...empty, type: "indirect", path };
      const boot = r.bootLower !== null && r.bootUpper !== null;
      const drawWarnings = mediation.available && mediation.bootstrap.available ? (mediation.bootstrap.warnings ?? []).map((w) => message.fromFit("bootstrap", w)) : [];
      const supported = boot ? (h.sign === "-" ? r.bootUpper! < 0 : h.sign === "+" ? r.bootLower! > 0 : r.bootLower! > 0 || r.bootUpper! < 0)
        : r.pvalue !== null && r.pvalue < alpha && signOk(h.sign, r.est);
      return { ...empty, type: "indirect", path, beta: r.std, t: r.z, pvalue: r.pvalue, ciLower: r.bootLower, ciUpper: r.bootUpper, supported, problems: [...semProblems, ...drawWarnings] };
    }
    if (h.type === "moderation") {
      const path = `${h.from} × ${h.moderator} → ${h.to}`;
      const m = moderation[k++];
      if (m === undefined || !m.available) return { ...empty, type: "moderation", path, problems: [] };
      const c = m.coefficients[m.coefficients.length - 1]!;
      const problems = (m.problems ?? []).map((w) => message.fromFit(`moderation ${m.from} × ${m.moderator}`, w));
      return { ...empty, type: "moderation", path, beta: c.std ?? c.b, t: c.t, pvalue: c.pvalue, supported: c.pvalue < alpha && signOk(h.sign, c.b), problems };
    }
    const path = `${h.from} → ${h.to}`;
    const r = pe.find((p) => p.op === "~" && p.lhs === h.to && p.rhs === h.from && p.group <= 1);
    if (r === undefined) return { ...empty, type: "path", path };
    const supported = r.pvalue !== null && r.pvalue < alpha && signOk(h.sign, r.est);
    return { ...empty, type: "path", path, beta: r["std.all"], t: r.z, pvalue: r.pvalue, supported };
  });
}
