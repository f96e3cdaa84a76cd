/**
 * Abstract syntax tree of a lavaan model (the text users write, e.g.
 * `visual =~ x1 + x2 + x3`). Produced by `parseModel`, printed back by
 * `printModel`, flattened into a parameter table by `buildParTable`.
 *
 * Every node is readonly and carries the 1-based line and column where it
 * starts, so that later stages can point at the exact spot of a problem.
 */

/** A 1-based source position. */
export interface SourcePos {
  readonly line: number;
  readonly col: number;
}

/** Operators that relate variables (each gives one parameter per lhs/rhs pair). */
export type RelationOp = "=~" | "~" | "~~" | "|" | "~*~" | "<~";

/** Operators of constraint statements. */
export type ConstraintOp = "==" | "<" | ">";

/** Arithmetic operators of `:=` / constraint expressions. */
export type BinaryOp = "+" | "-" | "*" | "/" | "^";

/** An arithmetic expression (right-hand side of `:=`, both sides of `==`, `<`, `>`). */
export type Expr =
  | { readonly kind: "num"; readonly value: number; readonly pos: SourcePos }
  | { readonly kind: "ident"; readonly name: string; readonly pos: SourcePos }
  | { readonly kind: "neg"; readonly arg: Expr; readonly pos: SourcePos }
  | {
      readonly kind: "binary";
      readonly op: BinaryOp;
      readonly left: Expr;
      readonly right: Expr;
      readonly pos: SourcePos;
    }
  | {
      readonly kind: "call";
      readonly fn: string;
      readonly args: readonly Expr[];
      readonly pos: SourcePos;
    };

/**
 * A modifier written before a variable with `*`.
 * - `fixed`: `0.5*x`, `NA*x`, `c(1, NA)*x` — `null` stands for NA (free the parameter).
 * - `start`: `start(0.3)*x`, `start(c(0.3, 0.4))*x`.
 * - `label`: `a*x`, `label("a")*x`, `equal("a")*x`, `c(a1, a2)*x` — "" stands for NA (no label).
 * One value applies to all groups; several values apply value i to group i.
 */
export type Modifier =
  | { readonly kind: "fixed"; readonly values: readonly (number | null)[]; readonly pos: SourcePos }
  | { readonly kind: "start"; readonly values: readonly number[]; readonly pos: SourcePos }
  | { readonly kind: "label"; readonly values: readonly string[]; readonly pos: SourcePos };

/** A right-hand-side term: modifiers, then a variable name (or "" for the intercept `1`). */
export interface Term {
  readonly modifiers: readonly Modifier[];
  /** Variable (or threshold) name; "" for the intercept term `1` of `y ~ 1`. */
  readonly name: string;
  /** Position of the variable name (or of the `1`). */
  readonly pos: SourcePos;
}

/** A left-hand-side variable. */
export interface LhsName {
  readonly name: string;
  readonly pos: SourcePos;
  /** The ESEM block of an `efa("b1")*f1 =~ ...` factor (lavaan's `efa` column); absent otherwise. */
  readonly efa?: string;
}

/** `lhs op rhs` with one or more names on each side. */
export interface RelationStatement {
  readonly kind: "relation";
  readonly op: RelationOp;
  readonly lhs: readonly LhsName[];
  readonly rhs: readonly Term[];
  /** Position of the operator. */
  readonly pos: SourcePos;
}

/** `name := expression` (a defined parameter). */
export interface DefinitionStatement {
  readonly kind: "definition";
  readonly name: string;
  readonly expr: Expr;
  /** Position of the name. */
  readonly pos: SourcePos;
}

/** `expr == expr`, `expr < expr`, `expr > expr`. */
export interface ConstraintStatement {
  readonly kind: "constraint";
  readonly op: ConstraintOp;
  readonly lhs: Expr;
  readonly rhs: Expr;
  /** Position of the operator. */
  readonly pos: SourcePos;
}

export type Statement = RelationStatement | DefinitionStatement | ConstraintStatement;

/** A `level: <label>` line of a two-level model: the statements from index `statement` on belong to it. */
export interface LevelBlock {
  readonly label: string;
  /** Index of the first statement of the block. */
  readonly statement: number;
  /** Position of the word `level`. */
  readonly pos: SourcePos;
}

/** A parsed model: its statements in the order written. */
export interface ModelSyntax {
  readonly statements: readonly Statement[];
  /** `level:` blocks of a two-level model, when the model has any. */
  readonly levels?: readonly LevelBlock[];
}
