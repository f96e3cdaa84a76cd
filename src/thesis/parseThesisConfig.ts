import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { parseModel } from "../syntax/parse.ts";
import type { ConstructConfig, EstimationConfig, HypothesisConfig, ThesisConfig } from "./types.ts";
import { checkOptionKeys } from "../options/checkOptionKeys.ts";
import { CONSTRUCT_CONFIG_KEYS, HYPOTHESIS_CONFIG_KEYS, THESIS_CONFIG_KEYS } from "./types.ts";

type Obj = Record<string, unknown>;
const show = (v: unknown): string => (v === undefined ? "nothing" : JSON.stringify(v) ?? String(v));
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const fail = (field: string, expected: string, got: unknown): never => { throw new OptionError(message.thesisConfigField(field, expected, show(got))); };

function strings(v: unknown, field: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every((s) => typeof s === "string" && s !== "")) return fail(field, "a list of names", v);
  return v as string[];
}
function oneOf<T extends string>(v: unknown, field: string, allowed: readonly T[], fallback: T): T {
  if (v === undefined) return fallback;
  if (typeof v !== "string" || !(allowed as readonly string[]).includes(v)) return fail(field, `one of ${allowed.join(", ")}`, v);
  return v as T;
}
function int(v: unknown, field: string, fallback: number, min = 1): number {
  if (v === undefined) return fallback;
  if (typeof v !== "number" || !Number.isInteger(v) || v < min) return fail(field, `an integer ≥ ${min}`, v);
  return v;
}
function estimation(v: unknown, field: string, fallback: EstimationConfig): EstimationConfig {
  if (v === undefined) return fallback;
  if (!isObj(v)) return fail(field, "an object", v);
  return { estimator: oneOf(v.estimator, `${field}.estimator`, ["ML", "MLR"] as const, fallback.estimator), missing: oneOf(v.missing, `${field}.missing`, ["fiml", "ml.x", "listwise"] as const, fallback.missing) };
}

/** Constructs and their items from the `=~` lines of a lavaan model. */
function constructsOfModel(model: string): ConstructConfig[] {
  const out = new Map<string, string[]>();
  for (const st of parseModel(model).statements) {
    if (st.kind !== "relation" || st.op !== "=~") continue;
    for (const lhs of st.lhs) out.set(lhs.name, [...(out.get(lhs.name) ?? []), ...st.rhs.map((t) => t.name)]);
  }
  return [...out].map(([name, items]) => ({ name, items }));
}

/** Regression paths (outcome ~ predictor) of a lavaan model. */
function pathsOfModel(model: string): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  for (const st of parseModel(model).statements) {
    if (st.kind !== "relation" || st.op !== "~") continue;
    for (const lhs of st.lhs) for (const t of st.rhs) if (t.name !== "") out.push({ from: t.name, to: lhs.name });
  }
  return out;
}

function hypothesis(v: unknown, i: number, known: readonly string[]): HypothesisConfig {
  const f = `hypotheses[${i}]`;
  if (!isObj(v)) return fail(f, "an object", v);
  const id = typeof v.id === "string" && v.id !== "" ? v.id : `H${i + 1}`;
  const type = oneOf(v.type, `${f}.type`, ["path", "indirect", "moderation"] as const, "path");
  const name = (key: string): string => {
    const s = v[key];
    if (typeof s !== "string") return fail(`${f}.${key}`, "a construct name", s);
    if (!known.includes(s)) throw new OptionError(message.thesisConfigUnknownConstruct(`${f}.${key}`, s, known));
    return s;
  };
  const sign = v.sign === undefined ? {} : { sign: oneOf(v.sign, `${f}.sign`, ["+", "-"] as const, "+") };
  if (type === "indirect") {
    const through = strings(v.through, `${f}.through`);
    if (through.length === 0) fail(`${f}.through`, "a non-empty list of mediators", v.through);
    for (const m of through) if (!known.includes(m)) throw new OptionError(message.thesisConfigUnknownConstruct(`${f}.through`, m, known));
    return { id, type, from: name("from"), through, to: name("to"), ...sign };
  }
  if (type === "moderation") return { id, type, from: name("from"), moderator: name("moderator"), to: name("to"), ...sign };
  return { id, type, from: name("from"), to: name("to"), ...sign };
}

/**
 * Read and check an analysis configuration (the parsed JSON of e.g. `data/loyalty_analysis.json`), filling in
 * defaults: MLR with FIML, EFA minres/oblimin, 100 parallel-analysis iterations, 1,000 percentile bootstrap draws,
 * seed 1, α = .05. With a `model` (or `model` given here) and no `constructs`, the constructs are the model's
 * `=~` lines; with no `hypotheses`, every regression path of the model becomes a hypothesis H1, H2, … with no
 * expected sign.
 * @param json the parsed configuration (an object); `{}` is allowed when `model` is given
 * @param model a lavaan model that overrides the configuration's `model`
 * @returns the complete configuration
 * @throws OptionError naming the field for a wrong type or value, an unknown construct, a duplicate item or
 *   construct, a reverse-coded item that belongs to no construct, or no constructs at all; ModelSyntaxError for a bad model
 * @example
 * parseThesisConfig(JSON.parse(readFileSync("data/loyalty_analysis.json", "utf8"))).constructs.length; // 7
 */
export function parseThesisConfig(json: unknown, model?: string): ThesisConfig {
  if (!isObj(json)) throw new OptionError(message.thesisConfigNotObject(show(json)));
  checkOptionKeys("parseThesisConfig", json, THESIS_CONFIG_KEYS);
  if (Array.isArray(json.constructs)) json.constructs.forEach((c, i) => checkOptionKeys("parseThesisConfig", c, CONSTRUCT_CONFIG_KEYS, `constructs[${i}].`));
  if (Array.isArray(json.hypotheses)) json.hypotheses.forEach((h, i) => checkOptionKeys("parseThesisConfig", h, HYPOTHESIS_CONFIG_KEYS, `hypotheses[${i}].`));
  const modelText = model ?? (json.model === undefined ? undefined : typeof json.model === "string" ? json.model : fail("model", "lavaan model text", json.model));
  let constructs: ConstructConfig[];
  if (json.constructs !== undefined) {
    if (!Array.isArray(json.constructs)) fail("constructs", "a list", json.constructs);
    constructs = (json.constructs as unknown[]).map((c, i) => {
      if (!isObj(c) || typeof c.name !== "string" || c.name === "") return fail(`constructs[${i}]`, "an object with a name and items", c);
      const items = strings(c.items, `constructs[${i}].items`);
      if (items.length === 0) fail(`constructs[${i}].items`, "a non-empty list", c.items);
      return { name: c.name, items, ...(c.label !== undefined ? { label: c.label as ConstructConfig["label"] } : {}) };
    });
  } else constructs = modelText !== undefined ? constructsOfModel(modelText) : [];
  if (constructs.length === 0) throw new OptionError(message.thesisConfigNoConstructs);
  const seen = new Set<string>();
  for (const c of constructs) {
    if (seen.has(c.name)) throw new OptionError(message.thesisConfigDuplicate("construct", c.name));
    seen.add(c.name);
  }
  const items = new Set<string>();
  for (const it of constructs.flatMap((c) => c.items)) {
    if (items.has(it)) throw new OptionError(message.thesisConfigDuplicate("item", it));
    items.add(it);
  }
  const reverse = strings(json.reverse, "reverse");
  for (const r of reverse) if (!items.has(r)) throw new OptionError(message.thesisConfigReverseNotItem(r));
  const sc = json.scale ?? { min: 1, max: 5 };
  if (!isObj(sc) || typeof sc.min !== "number" || typeof sc.max !== "number" || !(sc.min < sc.max)) fail("scale", "{ min, max } with min < max", sc);
  const scale = { min: (sc as Obj).min as number, max: (sc as Obj).max as number };
  const names = constructs.map((c) => c.name);
  const hypotheses = json.hypotheses === undefined
    ? (modelText !== undefined ? pathsOfModel(modelText) : []).map((p, i): HypothesisConfig => ({ id: `H${i + 1}`, from: p.from, to: p.to }))
    : Array.isArray(json.hypotheses) ? json.hypotheses.map((h, i) => hypothesis(h, i, modelText !== undefined ? [...names, ...pathsOfModel(modelText).flatMap((p) => [p.from, p.to])] : names))
      : fail("hypotheses", "a list", json.hypotheses);
  const paths = json.paths === undefined ? [] : Array.isArray(json.paths)
    ? json.paths.map((p, i) => (isObj(p) && typeof p.from === "string" && typeof p.to === "string" ? { from: p.from, to: p.to } : fail(`paths[${i}]`, "{ from, to }", p)))
    : fail("paths", "a list", json.paths);
  const est = estimation(json.estimation, "estimation", { estimator: "MLR", missing: "fiml" });
  const efa = isObj(json.efa) ? json.efa : json.efa === undefined ? {} : fail("efa", "an object", json.efa);
  const par = isObj(json.parallel) ? json.parallel : json.parallel === undefined ? {} : fail("parallel", "an object", json.parallel);
  const boot = isObj(json.bootstrap) ? json.bootstrap : json.bootstrap === undefined ? {} : fail("bootstrap", "an object", json.bootstrap);
  const alpha = json.alpha === undefined ? 0.05 : typeof json.alpha === "number" && json.alpha > 0 && json.alpha < 1 ? json.alpha : fail("alpha", "a number between 0 and 1", json.alpha);
  if (json.group !== undefined && typeof json.group !== "string") fail("group", "a column name", json.group);
  return {
    ...(json.title !== undefined ? { title: json.title as ThesisConfig["title"] } : {}),
    constructs, reverse, scale,
    ...(json.scale === undefined ? { scaleInferred: true } : {}),
    ...(isObj(json.scaleLabels) ? { scaleLabels: json.scaleLabels as ThesisConfig["scaleLabels"] } : {}),
    demographics: strings(json.demographics, "demographics"),
    ...(typeof json.group === "string" ? { group: json.group } : {}),
    ...(json.missingCodes !== undefined ? { missingCodes: strings(json.missingCodes, "missingCodes") } : {}),
    hypotheses, paths,
    ...(modelText !== undefined ? { model: modelText } : {}),
    estimation: est,
    ...(json.invarianceEstimation !== undefined ? { invarianceEstimation: estimation(json.invarianceEstimation, "invarianceEstimation", est) } : {}),
    efa: {
      fm: oneOf(efa.fm, "efa.fm", ["minres", "pa", "ml"] as const, "minres"),
      rotate: oneOf(efa.rotate, "efa.rotate", ["oblimin", "promax", "varimax", "geominQ", "quartimax", "none"] as const, "oblimin"),
      ...(efa.nfactors !== undefined ? { nfactors: int(efa.nfactors, "efa.nfactors", 1) } : {}),
    },
    parallel: { iterations: int(par.iterations, "parallel.iterations", 100), seed: int(par.seed, "parallel.seed", 1, 0) },
    bootstrap: { draws: int(boot.draws, "bootstrap.draws", 1000, 0), seed: int(boot.seed, "bootstrap.seed", 1, 0), type: oneOf(boot.type, "bootstrap.type", ["percentile", "bc", "bca"] as const, "percentile") },
    alpha,
    ...(json.method !== undefined ? { method: oneOf(json.method, "method", ["cbsem", "pls"] as const, "cbsem") } : {}),
  };
}
