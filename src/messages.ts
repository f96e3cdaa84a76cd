/**
 * Every user-facing message of semkit lives here, so that wording stays consistent
 * and tests can assert on the same text the library produces.
 * Each module keeps its messages in its own section below.
 */

const q = (s: string): string => JSON.stringify(s);

export const message = {
  // ---- data input -------------------------------------------------------
  csvEmpty: "CSV input is empty: expected a header line with column names",
  csvUnterminatedQuote: (row: number, line: number): string =>
    `CSV row ${row} (line ${line}): a quoted field is never closed (missing closing '"')`,
  csvRaggedRow: (row: number, line: number, expected: number, got: number): string =>
    `CSV row ${row} (line ${line}): expected ${expected} fields like the header, got ${got}`,
  csvDuplicateHeader: (name: string, first: number, second: number): string =>
    `CSV header: column name ${q(name)} appears twice, at positions ${first} and ${second}`,
  csvEmptyHeader: (position: number): string =>
    `CSV header: column ${position} has an empty name`,
  dataNotANumber: (column: string, row: number, value: string): string =>
    `column ${q(column)}, row ${row}: ${q(value)} is not a number`,
  dataUnknownColumn: (name: string, suggestion?: string): string =>
    `unknown column ${q(name)}` + (suggestion !== undefined ? `; did you mean ${q(suggestion)}?` : ""),
  dataNoMatch: (pattern: string): string => `no column matches the pattern ${q(pattern)}`,
  dataEmptySelection: "no columns selected: give column names or patterns such as \"sat*\"",
  dataUnsupportedInput: (what: string): string =>
    `unsupported data input (${what}): give a Dataset, CSV text, an array of row objects, an object of columns, ` +
    `a danfo-like {columns, values} or an arquero-like table`,
  dataColumnLength: (column: string, got: number, expected: number): string =>
    `column ${q(column)} has ${got} values, but the first column has ${expected}`,
  dataRowLength: (row: number, got: number, expected: number): string =>
    `row ${row} has ${got} values, but there are ${expected} columns`,
  dataFileUnreadable: (path: string, reason: string): string => `cannot read data file ${q(path)}: ${reason}`,
  dataInFile: (path: string, inner: string): string => `${path}: ${inner}`,
  dataTooFewRows: (needed: number, got: number): string =>
    `need at least ${needed} complete rows, got ${got}`,
  dataMissingInMatrix: (row: number, col: number): string =>
    `missing value (NaN) at row ${row}, column ${col}: sample moments need complete data (use listwise deletion or FIML)`,
  dataBadDimensions: (length: number, n: number, p: number): string =>
    `data array has ${length} values, but n × p = ${n} × ${p} = ${n * p}`,
  dataBadScale: (min: number, max: number): string =>
    `scale must have finite min < max, got min ${min}, max ${max}`,
  dataOutOfScale: (column: string, row: number, value: number, min: number, max: number): string =>
    `column ${q(column)}, row ${row}: value ${value} is outside the scale ${min}–${max}`,
  dataMoreOutOfScale: (column: string, more: number): string =>
    `column ${q(column)}: ${more} more values outside the scale`,
  dataNoValues: (column: string): string => `column ${q(column)} has no observed values`,
  dataDuplicateColumn: (name: string, first: number, second: number): string =>
    `column name ${q(name)} appears twice, at positions ${first} and ${second}`,
  // ---- reliability ------------------------------------------------------
  alphaNegativeItems: (items: readonly string[]): string =>
    `Some items (${items.join(" ")}) were negatively correlated with the first principal component and probably ` +
    `should be reversed. To do this, run again with checkKeys: true`,
  alphaItemsReversed: (items: readonly string[]): string =>
    `Some items (${items.join(" ")}) were negatively correlated with the first principal component and were ` +
    `automatically reversed (checkKeys: true)`,
  alphaNoVariance: (item: string): string => `item ${q(item)} has no variance and was left out of the analysis`,
  alphaTooFewItems: (count: number): string =>
    `reliability needs at least 2 items with variance, got ${count}`,
  alphaNoPairs: (a: string, b: string): string =>
    `items ${q(a)} and ${q(b)} are observed together in fewer than 2 rows, so their covariance cannot be computed`,
  alphaReverseNotItem: (name: string): string =>
    `reverse: ${q(name)} is not one of the analysed items`,
  alphaBadBoot: (nBoot: number): string => `nBoot must be a non-negative integer, got ${nBoot}`,
  alphaNoItems: "alpha needs items: give `items` (names or patterns such as \"sq*\") with a data set, or a numeric matrix",
  omegaNotConverged: (iterations: number): string =>
    `the one-factor fit for omega did not converge in ${iterations} iterations; omega may be inaccurate`,
  omegaHeywood: (items: readonly string[]): string =>
    `Heywood case in the one-factor fit for omega: items ${items.join(", ")} have uniqueness at the 0.005 bound`,
  cliAlphaNeedsFile: "semkit alpha: give the data file, e.g. `semkit alpha data.csv --items sq1,sq2,sq3`",
  cliBadScale: (value: string): string => `--scale must look like 1:5 (min:max with min < max), got ${q(value)}`,
  cliBadInteger: (option: string, value: string): string => `--${option} must be a non-negative integer, got ${q(value)}`,
  // ---- syntax -----------------------------------------------------------
  // ---- partable / specification ----------------------------------------
  // ---- estimation / inference / fit ------------------------------------
  fitNoGroups: "fit measures need at least one group",
  fitBadLength: (what: string, group: number, got: number, expected: number): string =>
    `fit measures: the ${what} of group ${group} has ${got} values, expected ${expected}`,
  fitMissingImpliedMean: (group: number): string =>
    `fit measures: the model has a mean structure but group ${group} has no implied mean vector`,
  fitBadNobs: (group: number, nobs: number): string =>
    `fit measures: group ${group} has ${nobs} observations; a positive count is needed`,
  fitNotPositiveDefinite: (what: string, group: number): string =>
    `fit measures: the ${what} covariance matrix of group ${group} is not positive definite`,
  fitBadCiLevel: (level: number): string =>
    `fit measures: the RMSEA confidence level must lie strictly between 0 and 1, got ${level}`,
  fitBadExogenous: (index: number, p: number): string =>
    `baseline model: exogenous variable index ${index} is not one of 0 to ${p - 1} (or is repeated)`,
  // ---- efa --------------------------------------------------------------
  // ---- options / cli ----------------------------------------------------
} as const;

export { q as quote };
