import type { Dataset } from "../data/types.ts";
import type { ModelSyntax } from "../syntax/types.ts";
import type { SemFit, SemOptions } from "./types.ts";
import type { EstimatorSetting } from "./estimatorSetting.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { fitTwoLevel } from "./twoLevelFit.ts";

/**
 * The two-level branch of `sem()` (`level: 1` / `level: 2` blocks with `cluster`): ML on complete data in one
 * group, with the within and between parameter tables built and estimated by `fitTwoLevel`.
 * @param syntax the parsed model with `level:` blocks
 * @param ds the data set
 * @param options checked `sem()` options (cluster is required)
 * @param setting the resolved estimator
 * @returns the fitted two-level model
 * @throws OptionError without `cluster`, or with another estimator, groups, ordered indicators or FIML
 * @example
 * twoLevelSem(parseModel("level: 1\nfw =~ y1 + y2 + y3\nlevel: 2\nfb =~ y1 + y2 + y3"), ds, { cluster: "school" }, estimatorSetting({}));
 */
export function twoLevelSem(syntax: ModelSyntax, ds: Dataset, options: SemOptions, setting: EstimatorSetting): SemFit {
  if (options.cluster === undefined) throw new OptionError(message.twoLevelNeedsCluster);
  const unsupported = [
    ["estimator", options.estimator !== undefined && options.estimator !== "ML"],
    ["group", options.group !== undefined],
    ["ordered", setting.ordinal],
    ["missing = \"ml\"", setting.fiml],
  ] as const;
  for (const [name, set] of unsupported) if (set) throw new OptionError(message.twoLevelOptionUnsupported(name));
  return fitTwoLevel(syntax, ds, options.cluster, []);
}
