import { parseModel } from "../syntax/parse.ts";
import { printModel, printStatement } from "../syntax/print.ts";
import { exprIdentifiers } from "../syntax/evaluate.ts";
import type { Statement } from "../syntax/types.ts";
import type { ThesisConfig } from "./types.ts";
import { checkThesisArg } from "./checkThesisArgs.ts";

/**
 * The measurement (CFA) model of an analysis: one `C =~ items` line per construct, or, when the configuration has
 * a `model`, its `=~` and `~~` statements and the constraints among their labels (regressions and `:=` dropped),
 * so that every latent variable correlates freely with every other, as in a CFA.
 * @param config the analysis configuration
 * @returns lavaan model text
 * @throws ModelSyntaxError for a bad configured model; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example measurementModel(config).split("\n")[0]; // "SQ =~ sq1 + sq2 + sq3 + sq4"
 */
export function measurementModel(config: ThesisConfig): string {
  checkThesisArg("measurementModel", "config", config);
  if (config.model === undefined) return config.constructs.map((c) => `${c.name} =~ ${c.items.join(" + ")}`).join("\n");
  const kept: Statement[] = [];
  const labels = new Set<string>();
  const statements = parseModel(config.model).statements;
  for (const st of statements) {
    if (st.kind !== "relation" || (st.op !== "=~" && st.op !== "~~")) continue;
    kept.push(st);
    for (const t of st.rhs) for (const m of t.modifiers) if (m.kind === "label") m.values.forEach((v) => labels.add(v));
  }
  for (const st of statements) {
    if (st.kind !== "constraint") continue;
    if ([...exprIdentifiers(st.lhs), ...exprIdentifiers(st.rhs)].every((name) => labels.has(name) || /^\d/.test(name))) kept.push(st);
  }
  return printModel({ statements: kept });
}

/**
 * The structural model of an analysis: the measurement model plus one regression line per outcome, from the
 * "path" hypotheses and the extra `paths` (in configuration order), or the configured `model` as written.
 * @param config the analysis configuration
 * @returns lavaan model text
 * @throws ModelSyntaxError for a bad configured model; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example structuralModel(config).split("\n").at(-1); // "LOY ~ SAT + TRU + SWC + ALT"
 */
export function structuralModel(config: ThesisConfig): string {
  checkThesisArg("structuralModel", "config", config);
  if (config.model !== undefined) return printModel(parseModel(config.model));
  const byOutcome = new Map<string, string[]>();
  const add = (from: string, to: string): void => {
    const list = byOutcome.get(to) ?? [];
    if (!list.includes(from)) list.push(from);
    byOutcome.set(to, list);
  };
  for (const h of config.hypotheses) if (h.type === undefined || h.type === "path") add(h.from, h.to);
  for (const p of config.paths ?? []) add(p.from, p.to);
  return [measurementModel(config), ...[...byOutcome].map(([to, from]) => `${to} ~ ${from.join(" + ")}`)].join("\n");
}

/**
 * The lavaan text of one statement list, for printing a model in the report.
 * @param model lavaan model text
 * @returns the statements, one per line, as semkit prints them
 * @throws ModelSyntaxError for bad syntax
 * @example modelLines("F =~ a + b")[0]; // "F =~ a + b"
 */
export function modelLines(model: string): string[] {
  return parseModel(model).statements.map(printStatement);
}
