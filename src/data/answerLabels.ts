import type { Column, Dataset } from "./types.ts";
import { OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { parseNumber } from "./parseNumber.ts";
import { checkArg } from "../options/checkArg.ts";

/** Built-in Likert anchors: 5- and 7-point agreement scales in Chinese and English. */
export const ANSWER_LABEL_SETS = {
  zh5: { 非常不同意: 1, 完全不同意: 1, 不同意: 2, 一般: 3, 中立: 3, 不确定: 3, 同意: 4, 非常同意: 5, 完全同意: 5 },
  zh7: { 非常不同意: 1, 完全不同意: 1, 不同意: 2, 比较不同意: 3, 有点不同意: 3, 一般: 4, 中立: 4, 不确定: 4, 比较同意: 5, 有点同意: 5, 同意: 6, 非常同意: 7, 完全同意: 7 },
  en5: { "strongly disagree": 1, disagree: 2, neutral: 3, "neither agree nor disagree": 3, agree: 4, "strongly agree": 5 },
  en7: {
    "strongly disagree": 1, disagree: 2, "somewhat disagree": 3, neutral: 4, "neither agree nor disagree": 4,
    "somewhat agree": 5, agree: 6, "strongly agree": 7,
  },
} as const satisfies Record<string, Readonly<Record<string, number>>>;

/** Name of a built-in anchor set. */
export type AnswerLabelSet = keyof typeof ANSWER_LABEL_SETS;

/** Answer texts to numbers: a built-in set's name, or text → value pairs (e.g. `{ 非常不同意: 1, …, 非常同意: 5 }`). */
export type AnswerLabels = AnswerLabelSet | Readonly<Record<string, number>> | ReadonlyMap<string, number>;

/** Texts compare without case, surrounding blanks (also full-width) or repeated inner blanks. */
const normalize = (s: string): string => s.replace(/[\s\u3000]+/g, " ").trim().toLowerCase();

/**
 * The lookup table of an `AnswerLabels` value, with normalized keys.
 * @param labels a built-in set's name or text → value pairs
 * @returns normalized text → value
 * @throws OptionError for an unknown set name or a value that is not a finite number
 * @example answerLabelMap("zh5").get("非常同意"); // 5
 */
export function answerLabelMap(labels: AnswerLabels): Map<string, number> {
  if (typeof labels !== "string") checkArg("answerLabelMap", "labels", labels, "object");
  if (typeof labels === "string") {
    if (!Object.hasOwn(ANSWER_LABEL_SETS, labels)) throw new OptionError(message.labelsUnknownSet(labels, Object.keys(ANSWER_LABEL_SETS)));
    return answerLabelMap(ANSWER_LABEL_SETS[labels as AnswerLabelSet]);
  }
  const pairs: [string, number][] = labels instanceof Map ? [...labels] : Object.entries(labels);
  const out = new Map<string, number>();
  for (const [text, v] of pairs) {
    if (typeof v !== "number" || !Number.isFinite(v)) throw new OptionError(message.labelsBadValue(text, String(v)));
    out.set(normalize(text), v);
  }
  return out;
}

/**
 * Reads the command-line form of answer labels: a built-in set (`zh5`, `zh7`, `en5`, `en7`) or a list such as
 * `非常不同意=1,不同意=2,一般=3,同意=4,非常同意=5` (commas, or Chinese commas/semicolons, between pairs).
 * @param text the option value
 * @returns the labels
 * @throws OptionError when a pair is not `text=number`
 * @example parseAnswerLabels("agree=4,strongly agree=5"); // { agree: 4, "strongly agree": 5 }
 */
export function parseAnswerLabels(text: string): AnswerLabels {
  checkArg("parseAnswerLabels", "text", text, "string");
  const t = text.trim();
  if (Object.hasOwn(ANSWER_LABEL_SETS, t)) return t as AnswerLabelSet;
  const out: Record<string, number> = {};
  for (const part of t.split(/[,，;；]/).map((s) => s.trim()).filter((s) => s !== "")) {
    const eq = part.lastIndexOf("=");
    const key = eq > 0 ? part.slice(0, eq).trim() : "";
    const v = eq > 0 ? Number(part.slice(eq + 1).trim()) : NaN;
    if (key === "" || !Number.isFinite(v)) throw new OptionError(message.labelsBadPair(part));
    out[key] = v;
  }
  if (Object.keys(out).length === 0) throw new OptionError(message.labelsBadPair(text));
  return out;
}

/**
 * Turns answer texts into numbers: every text column whose values are all answer labels, numbers or missing
 * (with at least one label) becomes a numeric column; other columns (e.g. gender, platform) stay as they are.
 * @param ds the data set
 * @param labels a built-in set's name or text → value pairs
 * @returns the data set with the converted columns
 * @throws OptionError for an unknown set or a bad value
 * @example
 * applyAnswerLabels(toDataset([{ q1: "同意" }, { q1: "非常同意" }]), "zh5").columns.get("q1"); // numeric [4, 5]
 */
export function applyAnswerLabels(ds: Dataset, labels: AnswerLabels): Dataset {
  checkArg("applyAnswerLabels", "ds", ds, "dataset");
  const map = answerLabelMap(labels);
  const columns = new Map<string, Column>(ds.columns);
  for (const [name, c] of ds.columns) {
    if (c.kind !== "text") continue;
    const values = new Float64Array(ds.n);
    let mapped = 0, ok = true;
    for (let i = 0; i < ds.n && ok; i++) {
      const v = c.values[i];
      if (v === null || v === undefined) { values[i] = NaN; continue; }
      const hit = map.get(normalize(v));
      if (hit !== undefined) { values[i] = hit; mapped++; continue; }
      const x = parseNumber(v);
      if (Number.isFinite(x)) values[i] = x;
      else ok = false;
    }
    if (ok && mapped > 0) columns.set(name, { kind: "numeric", values });
  }
  return { ...ds, columns };
}
