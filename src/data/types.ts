/**
 * The in-memory data set every semkit analysis reads from.
 * Columns are kept in a Map (never as object keys), so headers such as
 * `__proto__` or `constructor` are plain data.
 */

/** A numeric column: missing values are NaN, never 0. */
export interface NumericColumn {
  readonly kind: "numeric";
  readonly values: Float64Array;
}

/** A text column (e.g. gender, platform): missing values are null. */
export interface TextColumn {
  readonly kind: "text";
  readonly values: readonly (string | null)[];
}

export type Column = NumericColumn | TextColumn;

/** A rectangular data set with named, typed columns. */
export interface Dataset {
  /** Column names in file order. */
  readonly names: readonly string[];
  /** Number of rows. */
  readonly n: number;
  /** Columns by name. */
  readonly columns: ReadonlyMap<string, Column>;
  /** Notes from reading the data (e.g. the text encoding detected), carried into the warnings of analyses. */
  readonly warnings?: readonly string[];
}
