import type { MlSolution } from "./estimateModel.ts";
import type { DwlsEvaluator } from "./dwlsEvaluator.ts";
import type { MixedDwlsTarget } from "./mixedDwlsEvaluator.ts";
import type { OrdinalSampleStatistics } from "../ordinal/types.ts";
import type { MixedSampleStatistics } from "../ordinal/mixedSampleStatistics.ts";

/** The DWLS estimates of a model for ordinal indicators, in the shape later stages read. */
export interface DwlsSolution {
  /** Solution in the shape later stages read (matrices, implied moments at θ̂, partable). */
  readonly sol: MlSolution;
  readonly ev: DwlsEvaluator;
  readonly ordinal: OrdinalSampleStatistics;
  /** Notes about the data and the estimates (those of the ordinal statistics, then the fit's). */
  readonly warnings: string[];
}

/** The DWLS estimates of a model with ordinal and continuous indicators. */
export interface MixedDwlsSolution extends DwlsSolution {
  readonly ordinal: MixedSampleStatistics;
  /** the DWLS targets of every group (which entries are means, which variables continuous) */
  readonly targets: readonly MixedDwlsTarget[];
}

/** Group membership of the data rows, as `groupLabels` returns it (−1: no group, the row is dropped). */
export interface OrdinalRowGroups {
  readonly labels: readonly string[];
  readonly rowGroup: Int32Array;
}
