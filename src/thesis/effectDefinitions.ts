import { parseModel } from "../syntax/parse.ts";
import { printModel } from "../syntax/print.ts";
import type { Expr, Modifier, RelationStatement, Statement, Term } from "../syntax/types.ts";

/** One effect defined with `:=`: a specific indirect effect, the total indirect effect, or the total effect. */
export interface EffectDefinition {
  /** Name of the `:=` parameter. */
  readonly name: string;
  readonly kind: "indirect" | "totalIndirect" | "total";
  readonly from: string;
  /** Mediators, in order (empty for totals). */
  readonly through: readonly string[];
  readonly to: string;
}

/** Result of {@link withEffectDefinitions}. */
export interface ModelWithEffects {
  /** The model with every regression labelled and the effect definitions appended. */
  readonly model: string;
  readonly effects: readonly EffectDefinition[];
}

const MAX_CHAINS = 100;
const POS = { line: 0, col: 0 };
const ident = (name: string): Expr => ({ kind: "ident", name, pos: POS });
const product = (names: readonly string[]): Expr => names.slice(1).reduce<Expr>((e, n) => ({ kind: "binary", op: "*", left: e, right: ident(n), pos: POS }), ident(names[0]!));
const sum = (terms: readonly Expr[]): Expr => terms.slice(1).reduce<Expr>((e, t) => ({ kind: "binary", op: "+", left: e, right: t, pos: POS }), terms[0]!);
const safe = (s: string): string => s.replace(/[^\w]/g, "_");

/**
 * Label every regression of a lavaan model and append `:=` definitions of its specific indirect effects (the
 * product of the path coefficients along each chain X → M₁ → … → Y of two or more regressions), of the total
 * indirect effect when a pair has several chains, and of the total effect (direct + indirect) when the pair also
 * has a direct path (without one, the total is the indirect effect). With the definitions in the model, `sem()`
 * gives every effect with delta-method standard errors from the estimator's own covariance matrix (robust under
 * MLR, as lavaan's `:=`), and `bootstrap()` gives their bootstrap intervals. Statements with several left-hand
 * variables are split so a label belongs to one parameter; existing labels are reused. At most 100 chains.
 * Source: Bollen (1987), "Total, direct, and indirect effects in structural equation models", Sociological
 * Methodology 17 (effects as sums of path products); lavaan `:=` (Rosseel 2012, §6).
 * @param model lavaan model text (single group: one label per parameter)
 * @returns the augmented model text and the effects it defines
 * @throws ModelSyntaxError for bad syntax
 * @example
 * withEffectDefinitions("TRU ~ SAT\nLOY ~ SAT + TRU").effects.map((e) => e.name); // ["ind_SAT_TRU_LOY", "tot_SAT_LOY"]
 */
export function withEffectDefinitions(model: string): ModelWithEffects {
  const ast = parseModel(model);
  const used = new Set<string>();
  for (const st of ast.statements) {
    if (st.kind === "definition") used.add(st.name);
    if (st.kind === "relation") for (const t of st.rhs) { used.add(t.name); for (const m of t.modifiers) if (m.kind === "label") m.values.forEach((v) => used.add(v)); }
    if (st.kind === "relation") st.lhs.forEach((l) => used.add(l.name));
  }
  const unique = (base: string): string => { let s = base, k = 2; while (used.has(s)) s = `${base}_${k++}`; used.add(s); return s; };
  const labelOf = new Map<string, string>(); // "to<-from" → label
  const edges = new Map<string, string[]>(); // from → [to]
  const statements: Statement[] = [];
  for (const st of ast.statements) {
    if (st.kind !== "relation" || st.op !== "~") { statements.push(st); continue; }
    for (const lhs of st.lhs) {
      const rhs: Term[] = st.rhs.map((t) => {
        if (t.name === "") return t;
        const existing = t.modifiers.find((m): m is Extract<Modifier, { kind: "label" }> => m.kind === "label");
        const lab = existing !== undefined && existing.values.length === 1 && existing.values[0] !== "" ? existing.values[0]! : unique(`b_${safe(lhs.name)}_${safe(t.name)}`);
        labelOf.set(`${lhs.name}<-${t.name}`, lab);
        edges.set(t.name, [...(edges.get(t.name) ?? []), lhs.name]);
        if (existing !== undefined && existing.values.length === 1 && existing.values[0] !== "") return t;
        return { ...t, modifiers: [...t.modifiers.filter((m) => m.kind !== "label"), { kind: "label", values: [lab], pos: POS }] };
      });
      statements.push({ ...st, lhs: [lhs], rhs } as RelationStatement);
    }
  }
  const chains: string[][] = [];
  const walk = (path: string[]): void => {
    if (chains.length >= MAX_CHAINS) return;
    for (const next of edges.get(path[path.length - 1]!) ?? []) {
      if (path.includes(next)) continue;
      const p = [...path, next];
      if (p.length >= 3) chains.push(p);
      walk(p);
    }
  };
  for (const start of edges.keys()) walk([start]);
  const effects: EffectDefinition[] = [];
  const byPair = new Map<string, { from: string; to: string; products: Expr[] }>();
  for (const c of chains.slice(0, MAX_CHAINS)) {
    const from = c[0]!, to = c[c.length - 1]!;
    const name = unique(`ind_${c.map(safe).join("_")}`);
    const labels = c.slice(1).map((v, i) => labelOf.get(`${v}<-${c[i]}`)!);
    statements.push({ kind: "definition", name, expr: product(labels), pos: POS });
    effects.push({ name, kind: "indirect", from, through: c.slice(1, -1), to });
    const key = `${from}->${to}`;
    const entry = byPair.get(key) ?? { from, to, products: [] };
    entry.products.push(product(labels));
    byPair.set(key, entry);
  }
  for (const { from, to, products } of byPair.values()) {
    if (products.length > 1) {
      const name = unique(`totind_${safe(from)}_${safe(to)}`);
      statements.push({ kind: "definition", name, expr: sum(products), pos: POS });
      effects.push({ name, kind: "totalIndirect", from, through: [], to });
    }
    const direct = labelOf.get(`${to}<-${from}`);
    if (direct === undefined) continue;
    const name = unique(`tot_${safe(from)}_${safe(to)}`);
    statements.push({ kind: "definition", name, expr: sum([ident(direct), ...products]), pos: POS });
    effects.push({ name, kind: "total", from, through: [], to });
  }
  return { model: printModel({ statements }), effects };
}
