import type { MlSolution } from "../estimate/estimateModel.ts";
import type { ParameterEstimate, SemFit, SemOptions } from "./types.ts";
import { fittedModel } from "./fittedModel.ts";
import { parameterRows } from "../inference/parameterRows.ts";
import { esemRotate } from "./esemRotate.ts";
import type { EsemRotationSettings } from "./esemBlocks.ts";
import type { EsemRotationMethod } from "../rotation/criteria.ts";
import { semSummary } from "./semSummary.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";

/** Rotation methods of ESEM blocks. */
export const ESEM_ROTATIONS: readonly EsemRotationMethod[] = ["geomin", "oblimin", "quartimin", "varimax", "quartimax", "promax"];

/**
 * lavaan 0.6-14's rotation settings from `rotation` and `rotationArgs`: geomin by default (ε = 0.001), oblique
 * except for varimax, Kaiser row weights for varimax and promax, rotation of standardized loadings (std.ov), 30
 * random starts, oblimin γ = 0, promax κ = 4.
 * @param options sem() options
 * @returns the settings
 * @throws OptionError for an unknown rotation
 * @example
 * esemSettings({ rotation: "oblimin" }).orthogonal; // false
 */
export function esemSettings(options: SemOptions): EsemRotationSettings {
  const method = (options.rotation ?? "geomin") as EsemRotationMethod;
  if (!ESEM_ROTATIONS.includes(method)) throw new OptionError(message.esemRotationUnknown(String(method), ESEM_ROTATIONS));
  const a = options.rotationArgs ?? {};
  return {
    method,
    orthogonal: a.orthogonal ?? method === "varimax",
    rowWeights: a.rowWeights ?? (method === "varimax" || method === "promax" ? "kaiser" : "none"),
    stdOv: a.stdOv ?? true,
    geominEpsilon: a.geominEpsilon ?? 0.001,
    obliminGamma: a.obliminGamma ?? 0,
    promaxKappa: a.promaxKappa ?? 4,
    rstarts: a.rstarts ?? 30,
  };
}

/**
 * The fitted model of an ESEM (ML or MLR): fit measures from the unrotated solution (rotation leaves Σ(θ̂) unchanged),
 * parameter estimates, standard errors and standardized values of the rotated solution (see `esemRotate`).
 * @param sol unrotated ML solution
 * @param options sem() options (rotation, rotationArgs, seed)
 * @param warnings warnings of earlier stages
 * @returns the fitted model
 * @throws ModelSpecificationError for ESEM features not supported (several groups, equality constraints)
 * @example
 * const fit = esemFittedModel(estimateModel(pt, stats), { rotation: "geomin" }, []);
 */
export function esemFittedModel(sol: MlSolution, options: SemOptions, warnings: readonly string[]): SemFit {
  const settings = esemSettings(options);
  const estimator = options.estimator === "MLR" ? "MLR" : "ML";
  const r = esemRotate(sol, settings, options.seed ?? 1, estimator === "MLR");
  const notes = [...warnings, ...r.warnings, ...(settings.method === "promax" ? [message.esemPromaxNoSe] : [])];
  const base = fittedModel(sol, estimator, notes);
  let params: ParameterEstimate[] | undefined;
  const parameterEstimates = (): ParameterEstimate[] => (params ??= parameterRows(r.solution, r.vcov));
  const self: SemFit = {
    ...base,
    parameterEstimates,
    standardizedSolution: () => parameterEstimates().filter((p) => p.op !== "r2"),
    summary: (o = {}) => semSummary(self, o),
  };
  return self;
}
