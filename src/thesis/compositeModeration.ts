import type { Dataset } from "../data/types.ts";
import { spdInverse } from "../linalg/spdInverse.ts";
import { studentTCdf } from "../distributions/studentTCdf.ts";
import { DataError } from "../errors.ts";
import { message } from "../messages.ts";
import type { ModerationStep } from "./result.ts";
import { checkArg, checkFields } from "../options/checkArg.ts";

function composite(ds: Dataset, items: readonly string[]): Float64Array {
  const out = new Float64Array(ds.n);
  for (let i = 0; i < ds.n; i++) {
    let s = 0;
    for (const v of items) { const c = ds.columns.get(v); s += c?.kind === "numeric" ? c.values[i]! : Number.NaN; }
    out[i] = s / items.length;
  }
  return out;
}

function zscores(v: readonly number[]): number[] {
  const n = v.length, m = v.reduce((s, x) => s + x, 0) / n;
  const sd = Math.sqrt(v.reduce((s, x) => s + (x - m) ** 2, 0) / (n - 1));
  return v.map((x) => (x - m) / sd);
}

/**
 * Moderation of X → Y by M on composite scores: item means of each construct (rows with all their items), each
 * z-standardised, then the OLS regression zY = b0 + b1·zX + b2·zM + b3·zX·zM with t tests on n − 4 df, R², and
 * simple slopes b1 + b3·m at m = −1, 0, +1 SD with SE² = V11 + 2m·V13 + m²·V33.
 * Source: Aiken & West (1991), Multiple Regression: Testing and Interpreting Interactions, eqs. 2.1–2.7;
 * Cohen, Cohen, West & Aiken (2003), §7.2 (standardised interaction terms).
 * @param ds the data with reverse-coded items already recoded
 * @param x predictor construct and its items
 * @param m moderator construct and its items
 * @param y outcome construct and its items
 * @returns coefficients (intercept, X, M, X×M), R², simple slopes and n
 * @throws DataError when fewer than 5 complete rows remain or the predictors are collinear; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example compositeModeration(ds, { name: "SAT", items }, { name: "ALT", items }, { name: "LOY", items }).coefficients[3].b;
 */
export function compositeModeration(
  ds: Dataset,
  x: { readonly name: string; readonly items: readonly string[] },
  m: { readonly name: string; readonly items: readonly string[] },
  y: { readonly name: string; readonly items: readonly string[] },
): ModerationStep {
  checkArg("compositeModeration", "ds", ds, "dataset");
  for (const [arg, c] of [["x", x], ["m", m], ["y", y]] as const) checkFields("compositeModeration", arg, c, { name: "string", items: "names" });
  const cx = composite(ds, x.items), cm = composite(ds, m.items), cy = composite(ds, y.items);
  const keep: number[] = [];
  for (let i = 0; i < ds.n; i++) if (Number.isFinite(cx[i]!) && Number.isFinite(cm[i]!) && Number.isFinite(cy[i]!)) keep.push(i);
  const n = keep.length;
  if (n < 5) throw new DataError(message.thesisStepFailed("moderation", `only ${n} complete rows`));
  const zx = zscores(keep.map((i) => cx[i]!)), zm = zscores(keep.map((i) => cm[i]!)), zy = zscores(keep.map((i) => cy[i]!));
  const XtX = new Float64Array(16), Xty = new Float64Array(4);
  for (let i = 0; i < n; i++) {
    const row = [1, zx[i]!, zm[i]!, zx[i]! * zm[i]!];
    for (let a = 0; a < 4; a++) { Xty[a]! += row[a]! * zy[i]!; for (let b = 0; b < 4; b++) XtX[a * 4 + b]! += row[a]! * row[b]!; }
  }
  const inv = new Float64Array(16);
  if (Number.isNaN(spdInverse(XtX, 4, inv, new Float64Array(16)))) throw new DataError(message.thesisStepFailed("moderation", "the predictors are collinear"));
  const b = [0, 1, 2, 3].map((a) => [0, 1, 2, 3].reduce((s, k) => s + inv[a * 4 + k]! * Xty[k]!, 0));
  let sse = 0, sst = 0;
  for (let i = 0; i < n; i++) { sse += (zy[i]! - (b[0]! + b[1]! * zx[i]! + b[2]! * zm[i]! + b[3]! * zx[i]! * zm[i]!)) ** 2; sst += zy[i]! ** 2; }
  const df = n - 4, s2 = sse / df;
  const V = (a: number, c: number): number => inv[a * 4 + c]! * s2;
  const p2 = (t: number): number => 2 * studentTCdf(Math.abs(t), df, true);
  const terms = ["(Intercept)", x.name, m.name, `${x.name} × ${m.name}`];
  const coefficients = b.map((bj, j) => { const se = Math.sqrt(V(j, j)); return { term: terms[j]!, b: bj, se, t: bj / se, pvalue: p2(bj / se), std: bj }; });
  const slopes = [-1, 0, 1].map((level) => {
    const slope = b[1]! + b[3]! * level, se = Math.sqrt(V(1, 1) + 2 * level * V(1, 3) + level * level * V(3, 3));
    return { level, intercept: b[0]! + b[2]! * level, slope, se, t: slope / se, pvalue: p2(slope / se) };
  });
  return {
    from: x.name, moderator: m.name, to: y.name, method: "composite", n, model: null, coefficients, r2: 1 - sse / sst, slopes, johnsonNeyman: [],
    warnings: [message.thesisCompositeModeration(x.name, m.name, y.name)], problems: [],
  };
}
