/**
 * Typed errors thrown by semkit. Every error a user can trigger is one of these
 * classes, and its message (built in `messages.ts`) says what is wrong and where.
 */

/** Base class of every error semkit throws on purpose. */
export class SemkitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad data: unreadable file, text in a numeric column, ragged rows, bad headers. */
export class DataError extends SemkitError {
  /** Column name involved, when known. */
  readonly column?: string;
  /** 1-based data row (not counting the header), when known. */
  readonly row?: number;
  constructor(message: string, where: { column?: string; row?: number } = {}) {
    super(message);
    if (where.column !== undefined) this.column = where.column;
    if (where.row !== undefined) this.row = where.row;
  }
}

/** A column that was asked for but is not in the data. */
export class UnknownColumnError extends DataError {}

/** Bad lavaan model syntax; carries the 1-based line and column. */
export class ModelSyntaxError extends SemkitError {
  readonly line: number;
  readonly col: number;
  constructor(message: string, line: number, col: number) {
    super(message);
    this.line = line;
    this.col = col;
  }
}

/**
 * A model that parses but cannot be specified or estimated (e.g. df < 0, unknown variable). When the
 * problem sits at a token of the model syntax (an unknown variable, a label used for different kinds of
 * parameters, a circular `:=`), it carries that token's 1-based line and column, as ModelSyntaxError does.
 */
export class ModelSpecificationError extends SemkitError {
  /** 1-based line of the offending token, when known. */
  readonly line?: number;
  /** 1-based column of the offending token, when known. */
  readonly col?: number;
  constructor(message: string, where: { line?: number; col?: number } = {}) {
    super(message);
    if (where.line !== undefined) this.line = where.line;
    if (where.col !== undefined) this.col = where.col;
  }
}

/** Estimation failed in a way that leaves no usable result. */
export class EstimationError extends SemkitError {}

/** An option value that is not allowed. */
export class OptionError extends SemkitError {}

/** A callback passed by the caller (e.g. `onProgress`) threw; `cause` holds what it threw. */
export class CallbackError extends SemkitError {}
/** A command line the CLI cannot run: an unknown flag, a missing value, a missing or unreadable file (exit code 2). */
export class UsageError extends OptionError {}
