import type { Command } from "./command.ts";
import { alphaCommand } from "./alpha.ts";
import { thesisCommand } from "./thesis.ts";
import { reportCommand } from "./report.ts";
import { fitCommand } from "./fit.ts";
import { chartCommand } from "./chart.ts";
import { efaCommand } from "./efa.ts";
import { parallelCommand } from "./parallel.ts";
import { simulateCommand } from "./simulate.ts";
import { powerCommand } from "./power.ts";
import { validityCommand } from "./validity.ts";
import { invarianceCommand } from "./invariance.ts";
import { bootstrapCommand } from "./bootstrap.ts";
import { plsCommand } from "./pls.ts";
import { cmbCommand } from "./cmb.ts";

/** Every CLI command by name. Each command lives in its own file and only calls the public API. */
export const commands: Record<string, Command> = {
  alpha: alphaCommand,
  chart: chartCommand,
  efa: efaCommand,
  parallel: parallelCommand,
  power: powerCommand,
  simulate: simulateCommand,
  fit: fitCommand,
  thesis: thesisCommand,
  report: reportCommand,
  validity: validityCommand,
  invariance: invarianceCommand,
  bootstrap: bootstrapCommand,
  pls: plsCommand,
  cmb: cmbCommand,
};
