import type { PlsConstruct, PlsMode, PlsPath, PlsSpec } from "./types.ts";
import type { RelationStatement } from "../syntax/types.ts";
import { parseModel } from "../syntax/parse.ts";
import { ModelSpecificationError, OptionError } from "../errors.ts";
import { message } from "../messages.ts";
import { checkArg } from "../options/checkArg.ts";

/** Stand-in for `:` in an interaction term while the lavaan parser reads the text (a name character). */
const INTERACTION_MARK = "\u2236";

/**
 * Read a PLS path model written in lavaan syntax, as R's cSEM reads it:
 * `C =~ x1 + x2` declares a mode A (correlation-weighted, "reflective") composite, `C <~ x1 + x2` a mode B
 * (regression-weighted, "formative") one, `Y ~ X + Z` structural paths, and `Y ~ X + Z + X:Z` adds the
 * interaction X×Z as a construct of its own. The text goes through semkit's lavaan parser, so syntax errors
 * carry the same line/column positions as for `sem()`.
 * @param text - the model syntax
 * @param interaction - how interaction constructs get indicators: one two-stage score ("twoStage", its single item
 *   is named like the term) or all products of the two blocks' items ("productIndicator", items `x1:z1`, …)
 * @returns constructs in declaration order (interactions after them) and the paths
 * @throws ModelSyntaxError for bad syntax; ModelSpecificationError for other operators, modifiers, an item in two
 *   blocks, a construct used in a path without a measurement statement, a measured construct in no path, or a cycle;
 *   OptionError for a text that is not a string or an unknown interaction approach
 * @example
 * parsePlsModel("A =~ a1 + a2\nB <~ b1 + b2\nB ~ A").constructs[1].mode; // "B"
 */
export function parsePlsModel(text: string, interaction: "twoStage" | "productIndicator" = "twoStage"): PlsSpec {
  checkArg("parsePlsModel", "text", text, "string");
  if (interaction !== "twoStage" && interaction !== "productIndicator") {
    throw new OptionError(message.plsBadOption("interaction", JSON.stringify(interaction), '"twoStage", "productIndicator"'));
  }
  const formative = new Set<string>();
  const lines = text.split("\n");
  const rewritten = lines.map((line, li) => {
    const cut = line.search(/[#!]/);
    const code = cut < 0 ? line : line.slice(0, cut);
    const rest = cut < 0 ? "" : line.slice(cut);
    const out = code
      .replace(/<~/g, (_m, offset: number) => { formative.add(`${li + 1}:${offset + 1}`); return "=~"; })
      .replace(/(?<=[\w.\u0080-\uffff]):(?=[A-Za-z._\u0080-\uffff])/g, INTERACTION_MARK);
    return out + rest;
  });
  const ast = parseModel(rewritten.join("\n"));
  const blocks = new Map<string, { items: string[]; mode: PlsMode; line: number; col: number }>();
  const itemOwner = new Map<string, string>();
  const paths: PlsPath[] = [];
  const pathPos: { line: number; col: number }[] = [];
  for (const st of ast.statements) {
    if (st.kind !== "relation") {
      throw new ModelSpecificationError(message.plsUnsupportedStatement(st.kind === "definition" ? "':='" : `'${st.op}'`), st.pos);
    }
    checkNoModifiers(st);
    if (st.op === "=~") {
      const mode: PlsMode = formative.has(`${st.pos.line}:${st.pos.col}`) ? "B" : "A";
      for (const l of st.lhs) {
        const b = blocks.get(l.name) ?? { items: [], mode, line: l.pos.line, col: l.pos.col };
        if (b.mode !== mode) throw new ModelSpecificationError(message.plsModeConflict(l.name), l.pos);
        for (const t of st.rhs) {
          const owner = itemOwner.get(t.name);
          if (owner !== undefined) throw new ModelSpecificationError(message.plsDuplicateItem(t.name, owner, l.name), t.pos);
          itemOwner.set(t.name, l.name);
          b.items.push(t.name);
        }
        blocks.set(l.name, b);
      }
    } else if (st.op === "~") {
      for (const l of st.lhs) {
        for (const t of st.rhs) {
          if (t.name === "") throw new ModelSpecificationError(message.plsUnsupportedStatement("an intercept '~ 1'"), t.pos);
          paths.push({ from: t.name.split(INTERACTION_MARK).join(":"), to: l.name });
          pathPos.push(t.pos);
        }
      }
    } else {
      throw new ModelSpecificationError(message.plsUnsupportedStatement(`'${st.op}'`), st.pos);
    }
  }
  if (paths.length === 0) throw new ModelSpecificationError(message.plsNoPaths);
  const constructs: PlsConstruct[] = [];
  for (const [name, b] of blocks) constructs.push({ name, items: b.items, mode: b.mode });
  const interactions: PlsConstruct[] = [];
  paths.forEach((p, k) => {
    const pos = pathPos[k] as { line: number; col: number };
    if (p.from === p.to) throw new ModelSpecificationError(message.plsSelfPath(p.to), pos);
    if (!blocks.has(p.to)) throw new ModelSpecificationError(message.plsUnknownConstruct(p.to), pos);
    if (blocks.has(p.from)) return;
    const parts = p.from.split(":");
    if (parts.length === 2 && blocks.has(parts[0] as string) && blocks.has(parts[1] as string)) {
      if (interactions.some((c) => c.name === p.from)) return;
      const [x, z] = parts as [string, string];
      const items = interaction === "twoStage"
        ? [p.from]
        : (blocks.get(x)?.items ?? []).flatMap((a) => (blocks.get(z)?.items ?? []).map((b) => `${a}:${b}`));
      interactions.push({ name: p.from, items, mode: "A", interaction: [x, z] });
      return;
    }
    if (parts.length > 1) throw new ModelSpecificationError(message.plsBadInteraction(p.from), pos);
    throw new ModelSpecificationError(message.plsUnknownConstruct(p.from), pos);
  });
  const used = new Set(paths.flatMap((p) => [p.from, p.to, ...p.from.split(":")]));
  for (const [name, b] of blocks) {
    if (!used.has(name)) throw new ModelSpecificationError(message.plsUnusedConstruct(name), { line: b.line, col: b.col });
  }
  checkAcyclic(paths);
  return { constructs: [...constructs, ...interactions], paths };
}

function checkNoModifiers(st: RelationStatement): void {
  for (const t of st.rhs) {
    if (t.modifiers.length > 0) throw new ModelSpecificationError(message.plsModifier(t.name), t.pos);
  }
}

/** Depth-first search for a cycle; the structural model of PLS must be recursive. */
function checkAcyclic(paths: readonly PlsPath[]): void {
  const next = new Map<string, string[]>();
  for (const p of paths) next.set(p.from, [...(next.get(p.from) ?? []), p.to]);
  const state = new Map<string, 1 | 2>();
  const visit = (v: string, depth: number): void => {
    if (depth > paths.length + 1) throw new ModelSpecificationError(message.plsCycle(v));
    const s = state.get(v);
    if (s === 2) return;
    if (s === 1) throw new ModelSpecificationError(message.plsCycle(v));
    state.set(v, 1);
    for (const w of next.get(v) ?? []) visit(w, depth + 1);
    state.set(v, 2);
  };
  for (const v of next.keys()) visit(v, 0);
}
