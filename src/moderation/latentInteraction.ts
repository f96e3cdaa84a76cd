import type { DataInput } from "../data/toDataset.ts";
import type { Column, Dataset } from "../data/types.ts";
import type { ParameterEstimate, SemFit, SemOptions } from "../sem/types.ts";
import type { RelationStatement } from "../syntax/types.ts";
import { SCALE_OPTION_KEYS } from "../data/reverseCode.ts";
import { parseModel } from "../syntax/parse.ts";
import { sem, cfa } from "../sem/sem.ts";
import { solutionFromFit } from "../bootstrap/solutionFromFit.ts";
import { vcovFromInformation } from "../inference/vcovFromInformation.ts";
import { rewriteInteractions, type InteractionTerm } from "./rewriteInteractions.ts";
import { productIndicator } from "./productIndicators.ts";
import { pairIndicators, type Pairing } from "./pairIndicators.ts";
import { simpleSlope, johnsonNeyman, type SimpleSlope, type SlopeInputs } from "./simpleSlopes.ts";
import { ModelSpecificationError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkArg } from "../options/checkArg.ts";
import { checkOptionsObject } from "../options/checkOptionsObject.ts";
import { optionKeys } from "../options/optionKeys.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { prepareDataset } from "../sem/prepareDataset.ts";

/** Options of `latentInteraction`: `sem()` options plus the product-indicator strategy. */
export interface LatentInteractionOptions extends SemOptions {
  /** "matched" pairs (default; Marsh et al. 2004) or "all" pairs with residual covariances among products sharing an item. */
  readonly pairing?: Pairing;
  /** Confidence level of simple slopes and Johnson–Neyman bounds (default 0.95). */
  readonly level?: number;
}

/** The accepted keys of `latentInteraction()` options. */
export const LATENT_INTERACTION_OPTION_KEYS = optionKeys<LatentInteractionOptions>({
  pairing: true, level: true, estimator: true, stdLv: true, meanstructure: true, group: true, groupEqual: true,
  groupPartial: true, fixedX: true, orthogonal: true, missing: true, se: true, bootstrap: true, seed: true,
  bootstrapCi: true, ordered: true, missingCodes: true, reverse: true, scale: SCALE_OPTION_KEYS, stdOv: true, intOvFree: true, intLvFree: true, cluster: true, rotation: true, rotationArgs: true,
});

/** One point of the Johnson–Neyman plot. */
export interface JohnsonNeymanPoint {
  readonly at: number;
  readonly slope: number;
  readonly lower: number;
  readonly upper: number;
  readonly significant: boolean;
}

/** Results for one interaction term X:W → Y. */
export interface InteractionEffect {
  readonly term: InteractionTerm;
  readonly outcome: string;
  /** Product indicators as [x item, w item] pairs, in the order of the interaction factor's indicators. */
  readonly pairs: readonly (readonly [string, string])[];
  /** The Y ~ XxW row of parameterEstimates(). */
  readonly interaction: ParameterEstimate;
  /** The Y ~ X row (focal effect at the moderator's mean). */
  readonly focal: ParameterEstimate | null;
  /** Model-implied SD of the moderator factor (first group). */
  readonly moderatorSd: number;
  /** Slopes of X at −1 SD, the mean and +1 SD of W. */
  readonly simpleSlopes: readonly SimpleSlope[];
  /** Moderator values where the slope's interval just touches 0. */
  readonly johnsonNeyman: readonly number[];
  /** Slope with its interval over −3 SD … +3 SD of the moderator (61 points) for a Johnson–Neyman plot. */
  readonly jnCurve: readonly JohnsonNeymanPoint[];
}

/** Result of `latentInteraction`. */
export interface LatentInteractionResult {
  /** The model actually fitted (interaction factors and product indicators written out). */
  readonly model: string;
  readonly fit: SemFit;
  readonly effects: readonly InteractionEffect[];
  /** The fit's warnings (prefixed "fit: "), then the moderation's own. */
  readonly warnings: readonly string[];
  /**
   * The fit's inadmissibility warnings (prefixed "fit: "): negative variances, non-positive-definite matrices,
   * non-convergence, too few cases. When not empty, no interaction should be called significant without them.
   */
  readonly problems: readonly string[];
}

const measurement = (statements: readonly { kind: string }[], name: string): string[] => {
  const items: string[] = [];
  for (const s of statements) {
    if (s.kind !== "relation") continue;
    const r = s as RelationStatement;
    if (r.op === "=~" && r.lhs.some((l) => l.name === name)) for (const t of r.rhs) items.push(t.name);
  }
  return items;
};

/**
 * Latent interaction by product indicators with double-mean-centring (Lin et al. 2010): write
 * `LOY ~ SAT + ALT + SAT:ALT`; semkit forms product indicators of SAT's and ALT's items (matched pairs by
 * default, Marsh et al. 2004, marker items paired first so the product factor has the scale of SAT·ALT),
 * centres them twice, measures the factor `SATxALT` by them (adding residual covariances between products
 * that share an item when all pairs are used), fits the model with `sem()`, and gives simple slopes of the
 * focal factor at −1/0/+1 SD of the moderator and the Johnson–Neyman boundaries and curve.
 *
 * Source: Lin, Wen, Marsh & Lin (2010); Marsh, Wen & Hau (2004); Aiken & West (1991) for simple slopes;
 * Bauer & Curran (2005) for Johnson–Neyman intervals.
 * @param model lavaan syntax with latent interaction terms `X:W` in regressions
 * @param data the data
 * @param options `sem()` options, pairing and level
 * @returns the fitted model, the rewritten syntax and per interaction the estimate, simple slopes and J–N data
 * @throws ModelSpecificationError when X or W is not a latent variable with at least two observed indicators; as `sem`; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * const r = latentInteraction(model, csv, { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 } });
 * r.effects[0].interaction.est; // SAT × ALT → LOY
 */
export function latentInteraction(model: string, data: DataInput, options: LatentInteractionOptions = {}): LatentInteractionResult {
  checkArg("latentInteraction", "model", model, "string");
  checkOptionsObject("latentInteraction", options);
  options = checkOptionKeys("latentInteraction", options, LATENT_INTERACTION_OPTION_KEYS);
  const ds = prepareDataset(data, options);
  const { reverse: _r, scale: _s, missingCodes: _m, pairing: _p, level: _l, ...semOptions } = options;
  const pairing = options.pairing ?? "matched", level = options.level ?? 0.95;
  const rw = rewriteInteractions(model, ds.names);
  const syntax = parseModel(rw.model);
  const observed = new Set<string>();
  for (const s of syntax.statements) {
    if (s.kind !== "relation") continue;
    for (const v of [...s.lhs.map((l) => l.name), ...s.rhs.map((t) => t.name)]) if (ds.columns.has(v)) observed.add(v);
  }
  const use = completeRows(ds, [...observed]);
  const columns = new Map<string, Column>(ds.columns);
  const names = [...ds.names];
  const extra: string[] = [];
  const pairsOf = new Map<string, [string, string][]>();
  for (const term of rw.terms) {
    const ix = measurement(syntax.statements, term.x), iw = measurement(syntax.statements, term.w);
    for (const [v, items] of [[term.x, ix], [term.w, iw]] as const) {
      if (items.length < 2 || !items.every((i) => ds.columns.has(i))) throw new ModelSpecificationError(message.moderationNotLatent(v, `${term.x}:${term.w}`));
    }
    let lx = ix.map(() => 1), lw = iw.map(() => 1);
    if (pairing === "matched") {
      const pre = cfa(`${term.x} =~ ${ix.join(" + ")}\n${term.w} =~ ${iw.join(" + ")}`, ds, semOptions.group !== undefined ? { group: semOptions.group } : {});
      const std = (f: string, items: string[]): number[] => items.map((i) => pre.parameterEstimates().find((r) => r.lhs === f && r.op === "=~" && r.rhs === i && r.group <= 1)?.["std.all"] ?? 0);
      lx = std(term.x, ix); lw = std(term.w, iw);
    }
    const pairs = pairIndicators(ix, lx, iw, lw, pairing);
    pairsOf.set(term.name, pairs);
    const prodNames: string[] = [];
    for (const [a, b] of pairs) {
      let nm = `${a}.${b}`;
      for (let k = 2; columns.has(nm); k++) nm = `${a}.${b}.${k}`;
      const col = (v: string): Float64Array => (ds.columns.get(v) as { values: Float64Array }).values;
      columns.set(nm, { kind: "numeric", values: productIndicator(col(a), col(b), use) });
      names.push(nm); prodNames.push(nm);
    }
    extra.push(`${term.name} =~ ${prodNames.join(" + ")}`);
    for (let i = 0; i < pairs.length; i++) for (let j = i + 1; j < pairs.length; j++) {
      if (pairs[i]![0] === pairs[j]![0] || pairs[i]![1] === pairs[j]![1]) extra.push(`${prodNames[i]} ~~ ${prodNames[j]}`);
    }
  }
  const fitted = `${rw.model}\n# product indicators (double-mean-centred)\n${extra.join("\n")}`;
  const ds2: Dataset = { names, n: ds.n, columns };
  const fit = sem(fitted, ds2, semOptions);
  const effects = rw.terms.flatMap((term) => interactionEffects(fit, term, pairsOf.get(term.name)!, level));
  const warnings = fit.warnings.map((w) => message.fromFit("fit", w));
  const problems = (fit.problems ?? []).map((w) => message.fromFit("fit", w));
  if (effects.length === 0 && rw.terms.length > 0) warnings.push(message.moderationNoOutcome(rw.terms.map((t) => `${t.x}:${t.w}`)));
  return { model: fitted, fit, effects, warnings, problems };
}

function completeRows(ds: Dataset, vars: readonly string[]): Uint8Array {
  const use = new Uint8Array(ds.n).fill(1);
  for (const v of vars) {
    const c = ds.columns.get(v)!;
    for (let i = 0; i < ds.n; i++) if (c.kind === "text" ? c.values[i] === null : Number.isNaN(c.values[i]!)) use[i] = 0;
  }
  return use;
}

function interactionEffects(fit: SemFit, term: InteractionTerm, pairs: [string, string][], level: number): InteractionEffect[] {
  const pe = fit.parameterEstimates();
  const sol = solutionFromFit(fit);
  const { pt, ev, rep } = sol;
  const npar = pt.npar;
  const hess = new Float64Array(npar * npar);
  ev.derivatives(sol.theta, new Float64Array(npar), hess);
  const vcov = vcovFromInformation(hess, npar, fit.ntotal).vcov;
  const e = rep.etaNames.indexOf(term.w);
  const sd = Math.sqrt(ev.implied[0]!.C[e * rep.m + e]!);
  const rowsOf = pt.rows.map((r, i) => ({ r, i })).filter(({ r }) => r.op === "~" && r.rhs === term.name && r.group <= 1);
  return rowsOf.map(({ r }) => {
    const y = r.lhs;
    const iRow = pt.rows.findIndex((q) => q.op === "~" && q.lhs === y && q.rhs === term.name && q.group <= 1);
    const fRow = pt.rows.findIndex((q) => q.op === "~" && q.lhs === y && q.rhs === term.x && q.group <= 1);
    const peRow = (lhs: string, rhs: string): ParameterEstimate | null => pe.find((q) => q.lhs === lhs && q.op === "~" && q.rhs === rhs && q.group <= 1) ?? null;
    const interaction = peRow(y, term.name)!, focal = peRow(y, term.x);
    const cov = (a: number, b: number): number => {
      const fa = a < 0 ? 0 : pt.rows[a]!.free, fb = b < 0 ? 0 : pt.rows[b]!.free;
      return fa === 0 || fb === 0 || vcov === null ? (vcov === null ? Number.NaN : 0) : vcov[(fa - 1) * npar + (fb - 1)]!;
    };
    const c: SlopeInputs = { b1: focal?.est ?? 0, b3: interaction.est, v11: cov(fRow, fRow), v13: cov(fRow, iRow), v33: cov(iRow, iRow) };
    const simpleSlopes = [[-sd, "-1 SD"], [0, "mean"], [sd, "+1 SD"]].map(([at, label]) => simpleSlope(c, at as number, label as string, level));
    const jnCurve = Array.from({ length: 61 }, (_, k) => {
      const s = simpleSlope(c, sd * (-3 + k * 0.1), "", level);
      return { at: s.at, slope: s.slope, lower: s["ci.lower"], upper: s["ci.upper"], significant: s["ci.lower"] > 0 || s["ci.upper"] < 0 };
    });
    return { term, outcome: y, pairs, interaction, focal, moderatorSd: sd, simpleSlopes, johnsonNeyman: johnsonNeyman(c, level), jnCurve };
  });
}
