import { checkArg } from "../options/checkArg.ts";
/** One latent interaction term `X:W` found in a model. */
export interface InteractionTerm {
  /** Focal predictor (left of ':'). */
  readonly x: string;
  /** Moderator (right of ':'). */
  readonly w: string;
  /** Name of the latent interaction variable that replaces `X:W`, e.g. "SATxALT". */
  readonly name: string;
}

const IDENT = "[A-Za-z_.\\u0080-\\uffff][A-Za-z0-9_.\\u0080-\\uffff]*";

/**
 * Replace each latent interaction term `X:W` of a lavaan model (which semkit's parser, like lavaan's
 * for latent variables, does not accept) by the name of a new latent variable `XxW` — the product factor
 * that `latentInteraction` measures by product indicators. `:=` definitions are left alone; names that
 * would collide with `taken` get a numeric suffix.
 * @param model lavaan syntax with `X:W` terms, e.g. "LOY ~ SAT + ALT + SAT:ALT"
 * @param taken names already in use (data columns, latent variables)
 * @returns the rewritten model and the interaction terms (each pair once, in order of appearance)
 * @throws nothing; OptionError when an argument is missing or of the wrong type (JavaScript callers)
 * @example
 * rewriteInteractions("LOY ~ SAT + ALT + SAT:ALT", []).model; // "LOY ~ SAT + ALT + SATxALT"
 */
export function rewriteInteractions(model: string, taken: readonly string[]): { model: string; terms: InteractionTerm[] } {
  checkArg("rewriteInteractions", "model", model, "string");
  checkArg("rewriteInteractions", "taken", taken, "names");
  const terms: InteractionTerm[] = [];
  const used = new Set(taken);
  const re = new RegExp(`(${IDENT})\\s*:(?!=)\\s*(${IDENT})`, "gu");
  const out = model.split("\n").map((line) => {
    const hash = line.indexOf("#");
    const code = hash >= 0 ? line.slice(0, hash) : line, comment = hash >= 0 ? line.slice(hash) : "";
    return code.replace(re, (_m, x: string, w: string) => {
      let t = terms.find((q) => q.x === x && q.w === w);
      if (t === undefined) {
        let name = `${x}x${w}`;
        for (let k = 2; used.has(name); k++) name = `${x}x${w}${k}`;
        used.add(name);
        t = { x, w, name };
        terms.push(t);
      }
      return t.name;
    }) + comment;
  });
  return { model: out.join("\n"), terms };
}
