import type { DataInput } from "../data/toDataset.ts";
import type { PlsOptions, PlsScheme, PlsSpec } from "./types.ts";
import type { PlsSettings } from "./estimatePls.ts";
import type { PlsData } from "./plsData.ts";
import { checkArg } from "../options/checkArg.ts";
import { checkPlsOptions } from "./checkPlsOptions.ts";
import { parsePlsModel } from "./parsePlsModel.ts";
import { plsData } from "./plsData.ts";
import { plsSettings } from "./plsSettings.ts";

/** A checked PLS problem: model, prepared data and settings (what bootstrap workers are sent). */
export interface PlsSetup {
  readonly spec: PlsSpec;
  readonly baseItems: readonly string[];
  readonly data: PlsData;
  readonly schemeName: PlsScheme;
  readonly settings: PlsSettings;
}

/**
 * Check the options, read the model and prepare the data of a PLS analysis.
 * @param model - lavaan-style model syntax
 * @param data - any data input
 * @param options - PLS options
 * @returns the setup
 * @throws OptionError, ModelSyntaxError, ModelSpecificationError, DataError (see pls)
 * @example
 * plsSetup(model, csv, { missing: "listwise" }).data.n;
 */
export function plsSetup(model: string, data: DataInput, options: PlsOptions = {}): PlsSetup {
  checkArg("pls", "model", model, "string");
  checkPlsOptions(options);
  const spec = parsePlsModel(model, options.interaction ?? "twoStage");
  const baseItems = spec.constructs.filter((c) => c.interaction === undefined).flatMap((c) => c.items);
  const prepared = plsData(data, baseItems, {
    ...(options.reverse !== undefined ? { reverse: options.reverse } : {}),
    ...(options.scale !== undefined ? { scale: options.scale } : {}),
    ...(options.missingCodes !== undefined ? { missingCodes: options.missingCodes } : {}),
    ...(options.missing !== undefined ? { missing: options.missing } : {}),
  });
  const schemeName = options.scheme ?? "path";
  return { spec, baseItems, data: prepared, schemeName, settings: plsSettings(schemeName, options) };
}
