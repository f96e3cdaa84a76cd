/**
 * fast-check generators of lavaan model text: random token streams over the lavaan token
 * alphabet (plus characters that are not part of it), and mutations of valid models.
 */
import fc from "fast-check";

/** Valid models: the lavaan reference models of test/fixtures plus hand-written ones using every feature. */
export const VALID_MODELS: readonly string[] = [
  "visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6\nspeed =~ x7 + x8 + x9",
  "ind60 =~ x1 + x2 + x3\ndem60 =~ y1 + a*y2 + b*y3 + c*y4\ndem65 =~ y5 + a*y6 + b*y7 + c*y8\n" +
    "dem60 ~ ind60\ndem65 ~ ind60 + dem60\ny1 ~~ y5\ny2 ~~ y4 + y6\ny3 ~~ y7\ny4 ~~ y8\ny6 ~~ y8",
  "SAT =~ sat1 + sat2 + sat3 + sat4\nTRU =~ tru1 + tru2 + tru3 + tru4\nSWC =~ swc1 + swc2 + swc3\n" +
    "LOY =~ loy1 + loy2 + loy3 + loy4\nTRU ~ a*SAT\nLOY ~ c*SAT + b*TRU + SWC\nindirect := a*b\ntotal := c + a*b",
  "f =~ NA*x1 + start(0.5)*x2 + label(\"l3\")*x3 + equal(\"l3\")*x4\nf ~~ 1*f\nx1 ~ 1\n# comment\nx2 ~~ x3 ! other comment",
  "f =~ c(a1, a2)*x1 + c(1, NA)*x2 + x3; g =~ x4 +\n  x5 + x6\ng ~ f\nd := (a1 - a2)^2 / 2 + exp(-a1) + abs(a2)\na1 > 0\na2 == 2*a1",
  "y1 + y2 ~ x1 + x2\ny1 ~~ y2\nx1 | t1 + t2\nf =~ y1 + y2\nf ~*~ f\ny1 ~ 0",
];

/** Tokens of lavaan syntax, some near misses, and characters outside the alphabet. */
const TOKENS: readonly string[] = [
  // names and keywords
  "x1", "x2", "y1", "f", "g", "visual", "a", "b", "NA", "c", "start", "label", "equal", "lower", "efa", "sqrt", "exp",
  "Inf", ".x", "_y", "é", "x.y", "T", "F",
  // numbers (also malformed ones)
  "0", "1", "0.5", ".5", "1e3", "1e-2", "2.", "1e", "1.2.3", "2x", "1e400", "-1", "00",
  // strings
  "\"a\"", "'b'", "\"", "'", "\"unterminated",
  // operators, supported and not
  "=~", "~", "~~", "~*~", ":=", "==", "<", ">", "|", "<~", "=~~", "->", "<-", "&", "||", ":", "=", "~~~", "%", "@",
  // punctuation
  "+", "-", "*", "/", "^", "(", ")", ",", "(", ")",
  // separators, comments, white space, odd characters
  "\n", "\n", ";", "\r\n", "\r", "# c", "! c", " ", "\t", "\u00a0", "\u0000", "$", "{", "}", "[", "]", "\\", "`", "?", "\u{1F600}",
];

/** A random stream of tokens, joined with or without spaces. */
export const tokenStream: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom("", " ", "  ")), { maxLength: 40 })
  .map((parts) => parts.map(([t, s]) => t + s).join(""));

type Mutation =
  | { kind: "delete"; at: number; length: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "replace"; at: number; length: number; text: string }
  | { kind: "duplicate"; at: number; length: number }
  | { kind: "truncate"; at: number }
  | { kind: "swapLines"; at: number; other: number };

const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at, length: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant("insert" as const), at, text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 3 })) }),
  fc.record({ kind: fc.constant("replace" as const), at, length: fc.integer({ min: 1, max: 4 }), text: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant("duplicate" as const), at, length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at }),
  fc.record({ kind: fc.constant("swapLines" as const), at, other: at }),
);

function apply(text: string, m: Mutation): string {
  const i = Math.floor(m.at * (text.length + 1));
  switch (m.kind) {
    case "delete":
      return text.slice(0, i) + text.slice(i + m.length);
    case "insert":
      return text.slice(0, i) + m.text + text.slice(i);
    case "replace":
      return text.slice(0, i) + m.text + text.slice(i + m.length);
    case "duplicate":
      return text.slice(0, i + m.length) + text.slice(i, i + m.length) + text.slice(i + m.length);
    case "truncate":
      return text.slice(0, i);
    case "swapLines": {
      const lines = text.split("\n");
      const a = Math.floor(m.at * lines.length), b = Math.floor(m.other * lines.length);
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join("\n");
    }
  }
}

// ---- grammar-based models --------------------------------------------------------------------------

const OBSERVED = ["x1", "x2", "x3", "x4", "y1", "y2", "sat1"] as const;
const LATENT = ["f", "g", "visual", "é", ".h", "f_2"] as const;
const LABELS = ["a", "b", "c1", "a.b", "lab_2", "é"] as const;
const name = fc.constantFrom(...OBSERVED, ...LATENT);
const label = fc.constantFrom(...LABELS);
/** Number text as users write it, including corner cases (signs, exponents, tiny and huge values; overflow comes from TOKENS). */
const numberText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("0", "1", "0.5", ".5", "2.", "1e3", "1E-2", "-1", "-0", "1e-320", "1e308", "0.1", "123456789012345678901") },
  { weight: 4, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map(String) },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 1000 }).map(String) },
);
const quoted = fc.tuple(fc.constantFrom("\"", "'"), fc.constantFrom("a", "b c", "x+y", "", "é", "1a")).map(([q, s]) => `${q}${s}${q}`);
const vector = fc.array(fc.oneof(numberText, fc.constant("NA")), { minLength: 1, maxLength: 3 }).map((v) => `c(${v.join(", ")})`);
const labelVector = fc.array(fc.oneof(label, fc.constant("NA"), quoted), { minLength: 1, maxLength: 3 }).map((v) => `c(${v.join(", ")})`);
const fixedModifier = fc.oneof(numberText, fc.constant("NA"), vector);
const labelModifier = fc.oneof(label, labelVector, quoted.map((s) => `label(${s})`), quoted.map((s) => `equal(${s})`));
const startVector = fc.array(numberText, { minLength: 1, maxLength: 3 }).map((v) => `c(${v.join(", ")})`);
const startModifier = fc.oneof(numberText, startVector).map((v) => `start(${v})`);
/** Up to one modifier of each kind (two of a kind is a syntax error that the mutations cover). */
const modifiers: fc.Arbitrary<string[]> = fc
  .tuple(fc.option(fixedModifier, { freq: 2 }), fc.option(labelModifier, { freq: 2 }), fc.option(startModifier, { freq: 4 }))
  .map((ms) => ms.filter((m): m is string => m !== null));
const term = (op: string): fc.Arbitrary<string> =>
  fc.tuple(
    modifiers,
    op === "~" ? fc.oneof({ weight: 5, arbitrary: name }, { weight: 1, arbitrary: fc.constant("1") }) : name,
    fc.constantFrom("*", " * "),
  ).map(([mods, v, star]) => [...mods, v].join(star));
const relation: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom("=~", "~", "~~", "|", "~*~"), fc.array(name, { minLength: 1, maxLength: 2 }))
  .chain(([op, lhs]) => fc.array(term(op), { minLength: 1, maxLength: 4 }).map((rhs) => `${lhs.join(" + ")} ${op} ${rhs.join(" + ")}`));

const { expr } = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    numberText,
    label,
    tie("expr").map((e) => `(${e})`),
    tie("expr").map((e) => `-${e}`),
    fc.tuple(tie("expr"), fc.constantFrom("+", "-", "*", "/", "^", " + ", " * "), tie("expr")).map(([a, o, b]) => `${a}${o}${b}`),
    fc.tuple(fc.constantFrom("exp", "log", "sqrt", "abs", "exp", "log", "sqrt", "abs", "pnorm"), tie("expr")).map(([f, a]) => `${f}(${a})`),
  ),
}));
const definition = fc.tuple(fc.constantFrom("d1", "d2", "ind", "a"), expr).map(([n, e]) => `${n} := ${e}`);
const constraint = fc.tuple(expr, fc.constantFrom("==", "<", ">"), expr).map(([a, o, b]) => `${a} ${o} ${b}`);
const separator = fc.constantFrom("\n", "\n", "; ", "\n\n", "\n# comment\n", " ! note\n", "\r\n");

/** A model built from the lavaan grammar: mostly valid, with unknown names, odd numbers and deep expressions. */
export const grammarModel: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 6, arbitrary: relation }, { weight: 1, arbitrary: definition }, { weight: 1, arbitrary: constraint }), { minLength: 1, maxLength: 6 })
  .chain((stmts) => fc.array(separator, { minLength: stmts.length, maxLength: stmts.length }).map((seps) => stmts.map((s, i) => s + seps[i]).join("")));

/** A valid model (reference model or grammar-built) with 1 to 4 random mutations. */
export const mutatedModel: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(fc.constantFrom(...VALID_MODELS), grammarModel), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([base, muts]) => muts.reduce(apply, base));

/** Observed variable names the fuzzed models are checked against. */
export const FUZZ_OV_NAMES: readonly string[] = [
  "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "y1", "y2", "y3", "y4", "y5", "y6", "y7", "y8",
  "sat1", "sat2", "sat3", "sat4", "tru1", "tru2", "tru3", "tru4", "swc1", "swc2", "swc3", "loy1", "loy2", "loy3", "loy4",
];
