import type { Command } from "./command.ts";
import { alphaCommand } from "./alpha.ts";
import { thesisCommand } from "./thesis.ts";
import { fitCommand } from "./fit.ts";
import { chartCommand } from "./chart.ts";
import { efaCommand } from "./efa.ts";
import { parallelCommand } from "./parallel.ts";

/** Every CLI command by name. Each command lives in its own file and only calls the public API. */
export const commands: Record<string, Command> = {
  alpha: alphaCommand,
  chart: chartCommand,
  efa: efaCommand,
  parallel: parallelCommand,
  fit: fitCommand,
  thesis: thesisCommand,
};
