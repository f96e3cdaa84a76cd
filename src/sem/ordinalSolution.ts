import type { DwlsSolution } from "../estimate/dwlsSolution.ts";
import type { DwlsInference } from "../inference/dwlsInference.ts";

/** The DWLS solution of a model for ordinal indicators, with its robust inference. */
export interface OrdinalSolution extends DwlsSolution {
  readonly inference: DwlsInference;
}
