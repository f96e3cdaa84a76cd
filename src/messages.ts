import { describeValue } from "./text/describeValue.ts";

/**
 * Every user-facing message of semkit lives here, so that wording stays consistent
 * and tests can assert on the same text the library produces.
 * Each module keeps its messages in its own section below.
 */

const q = (s: string): string => JSON.stringify(s);
/** A byte count in binary units, e.g. "2 GiB", "7.5 GiB". */
const formatBytes = (b: number): string => {
  const units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
  let v = b, k = 0;
  while (v >= 1024 && k < units.length - 1) { v /= 1024; k++; }
  return `${Number.isFinite(v) ? Number(v.toPrecision(3)) : v} ${units[k]}`;
};
/** A number in a message: up to 4 significant digits, exponent notation when large or small. */
const fmt = (x: number): string =>
  Math.abs(x) >= 1e6 || (x !== 0 && Math.abs(x) < 1e-3) ? x.toExponential(2) : String(Number(x.toPrecision(4)));
/** Up to 10 row numbers, then an ellipsis. */
const listRows = (rows: readonly number[]): string => `${rows.slice(0, 10).join(", ")}${rows.length > 10 ? ", …" : ""}`;
/** A value that should have been a number, as it reads in a message: numbers as they are, the rest by type. */
const num = (v: unknown): string => (typeof v === "number" ? String(v) : describeValue(v));

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
    `column ${q(column)}, row ${row}: ${q(value)} is not a number` +
    (/\p{L}/u.test(value) ? "; if the column holds answer texts, map them to numbers with the labels option " +
      "(CLI: --labels zh5|zh7|en5|en7, or --labels \"非常不同意=1,不同意=2,一般=3,同意=4,非常同意=5\")" : ""),
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
  // ---- data checks, text encodings, decimal marks ------------------------
  encodingUnknown: (got: string, allowed: readonly string[]): string =>
    `unknown encoding ${q(got)}; use one of ${allowed.map(q).join(", ")}`,
  encodingByMark: (name: string): string => `the file was decoded as ${name} (it starts with a ${name} byte-order mark)`,
  encodingUtf16NoMark: (name: string): string =>
    `the file was decoded as ${name} (every other byte is zero, as in "Unicode text" saved without a byte-order mark); ` +
    `pass encoding (--encoding) if this is wrong`,
  encodingGb18030:
    "the file is not valid UTF-8 and was decoded as GB18030/GBK (the default of a Chinese-language Excel \"CSV\" save); " +
    "pass encoding (--encoding utf-8|utf-16le|utf-16be|gb18030) if this is wrong, or save the file as \"CSV UTF-8\"",
  encodingInvalid: (label: string, name: string): string =>
    `${label}: the bytes are not valid ${name} text; pass the file's encoding (encoding / --encoding) or save it as UTF-8`,
  encodingUnavailable: (label: string, name: string): string =>
    `${label}: this JavaScript runtime cannot decode ${name} (it lacks the full ICU data); save the file as UTF-8`,
  csvNulCharacters:
    "the CSV text contains NUL characters: it looks like a UTF-16 (\"Unicode text\") file decoded as UTF-8; read the " +
    "file with readCsvFile (which detects UTF-16) or decode its bytes with decodeText, or save it as \"CSV UTF-8\"",
  csvReplacementCharacters:
    "the CSV text contains U+FFFD replacement characters (�): the file was decoded with the wrong encoding (e.g. GBK " +
    "read as UTF-8); read it with readCsvFile (which detects GB18030/GBK and UTF-16) or pass encoding (--encoding)",
  streamNotUtf8:
    "the file is not UTF-8 (its header has bytes that are not valid UTF-8, e.g. GBK or UTF-16): streamed reading " +
    "needs UTF-8; save the file as \"CSV UTF-8\" or read it with readCsvFile, which detects the encoding",
  csvAmbiguousComma: (column: string, row: number, value: string): string =>
    `column ${q(column)}, row ${row}: ${q(value)} could be a decimal comma (${value.replace(",", ".")}) or a thousands ` +
    `separator (${value.replace(",", "")}); pass decimal: "," (--decimal ,) if the comma is the decimal mark, or ` +
    `decimal: "." (--decimal .) if it separates thousands (the column is then text: remove the separators to analyse it)`,
  dataUnknownColumns: (names: readonly { name: string; suggestion: string | undefined }[]): string =>
    `unknown columns ${names.map((v) => q(v.name) + (v.suggestion !== undefined ? ` (did you mean ${q(v.suggestion)}?)` : "")).join(", ")}`,
  dataNoRows: "the data have no rows: the file has a header line but no data rows",
  dataGroupNoValues: (group: string): string => `the group variable ${q(group)} has no value in any row`,
  dataOneRow: (group: string): string =>
    `${group === "" ? "the data have" : `group ${q(group)} has`} only 1 row: a covariance needs at least 2 (and more rows than observed variables)`,
  dataVarianceRatio: (big: string, bigVar: number, small: string, smallVar: number): string =>
    `some observed variances are (at least) a factor 1000 times larger than others: ${q(big)} has variance ` +
    `${fmt(bigVar)}, ${q(small)} has ${fmt(smallVar)} (ratio ${fmt(bigVar / smallVar)}); rescale the variables, ` +
    `or check ${q(big)} for missing-value codes or typos (lavaan warns the same)`,
  dataLargeVariance: (column: string, variance: number): string =>
    `the observed variance of ${q(column)} is larger than 1000000 (${fmt(variance)}); rescale it, or check it for ` +
    `missing-value codes or typos (lavaan warns the same)`,
  dataLikelyMissingCode: (column: string, value: number, count: number, lo: number, hi: number): string =>
    `column ${q(column)}: the value ${value} (${count} row${count === 1 ? "" : "s"}) lies outside the range ` +
    `${lo}–${hi} of its other values and looks like a missing-value code; it is analysed as a number. ` +
    `If it means "missing", pass missingCodes: [${q(String(value))}] (--missing-codes ${value})`,
  dataLikelyTypo: (column: string, value: number, count: number, lo: number, hi: number): string =>
    `column ${q(column)}: the value ${value} (${count} row${count === 1 ? "" : "s"}) lies far outside the range ` +
    `${lo}–${hi} of its other values (a typo or an outlier?); it is analysed as a number. Correct it, or pass ` +
    `missingCodes: [${q(String(value))}] (--missing-codes ${value}) if it means "missing"`,
  dataGroupMissing: (group: string, count: number, rows: readonly number[]): string =>
    `group variable ${q(group)} has no value in ${count} row${count === 1 ? "" : "s"} (row${count === 1 ? "" : "s"} ${listRows(rows)}); ` +
    `${count === 1 ? "it was" : "they were"} left out of the analysis`,
  dataListwiseDropped: (dropped: number, total: number, columns: readonly { name: string; count: number }[], fimlHint = true): string =>
    `${dropped} of ${total} row${total === 1 ? "" : "s"} ${dropped === 1 ? "was" : "were"} dropped by listwise deletion ` +
    `(missing values in ${columns.slice(0, 8).map((c) => `${q(c.name)}: ${c.count}`).join(", ")}` +
    `${columns.length > 8 ? ", …" : ""})${fimlHint ? '; use missing: "fiml" (--missing fiml) to keep them' : ""}`,
  dataOutOfScaleHint: (value: number): string =>
    ` (if ${value} means "missing", pass missingCodes: [${q(String(value))}] / --missing-codes ${value})`,
  partableUnknownVariables: (names: readonly { name: string; suggestion?: string }[], where: string): string =>
    `missing observed variables in dataset: ${names.map((v) => q(v.name)).join(" ")} (the first ${where}): none of them ` +
    `is a column in the data or a latent variable defined with =~` +
    names.filter((v) => v.suggestion !== undefined).map((v) => `; for ${q(v.name)} did you mean ${q(v.suggestion!)}?`).join(""),
  // ---- xlsx / sav input -------
  xlsxNotXlsx: (reason: string): string => `not a readable .xlsx workbook (${reason})`,
  xlsxNoSheet: (sheet: string, sheets: readonly string[]): string =>
    `the workbook has no sheet ${q(sheet)}; its sheets are ${sheets.map(q).join(", ")}`,
  xlsxBadHeaderRow: (row: number): string => `headerRow must be a whole number of at least 1, got ${row}`,
  xlsxEmptySheet: (sheet: string, row: number): string =>
    `sheet ${q(sheet)}: row ${row} is empty; expected a header row with column names`,
  xlsxEmptyHeader: (sheet: string, cell: string, position: number): string =>
    `sheet ${q(sheet)}, cell ${cell}: column ${position} has no name in the header row`,
  xlsxCellError: (sheet: string, cell: string, column: string, row: number, error: string): string =>
    `sheet ${q(sheet)}, cell ${cell} (column ${q(column)}, row ${row}): Excel error ${error} read as a missing value`,
  xlsxEmptyRows: (sheet: string, rows: readonly number[]): string =>
    `sheet ${q(sheet)}: ${rows.length} empty row${rows.length === 1 ? "" : "s"} skipped (sheet row${rows.length === 1 ? "" : "s"} ` +
    `${rows.slice(0, 10).join(", ")}${rows.length > 10 ? ", …" : ""})`,
  xlsxOutsideHeader: (sheet: string, cell: string, count: number): string =>
    `sheet ${q(sheet)}: ${count} cell${count === 1 ? "" : "s"} right of the last named column ignored (first: ${cell})`,
  savNotSav: (reason: string): string => `not a readable SPSS system file (${reason})`,
  savNoValueLabels: (column: string): string =>
    `column ${q(column)} has no value labels; its codes are kept as text`,
  savUnlabelledCodes: (column: string, codes: readonly string[]): string =>
    `column ${q(column)}: code${codes.length === 1 ? "" : "s"} ${codes.join(", ")} ha${codes.length === 1 ? "s" : "ve"} no value label and ` +
    `${codes.length === 1 ? "is" : "are"} kept as text`,
  // ---- reliability ------------------------------------------------------
  alphaNegativeItems: (items: readonly string[]): string =>
    `Some items (${items.join(" ")}) were negatively correlated with the first principal component and probably ` +
    `should be reversed. To do this, run again with checkKeys: true (command line: --check-keys)`,
  alphaItemsReversed: (items: readonly string[]): string =>
    `Some items (${items.join(" ")}) were negatively correlated with the first principal component and were ` +
    `automatically reversed (checkKeys: true; command line: --check-keys)`,
  alphaNoVariance: (item: string): string => `item ${q(item)} has no variance and was left out of the analysis`,
  alphaTooFewItems: (count: number): string =>
    `reliability needs at least 2 items with variance, got ${count}`,
  alphaNoPairs: (a: string, b: string): string =>
    `items ${q(a)} and ${q(b)} are observed together in fewer than 2 rows, so their covariance cannot be computed`,
  alphaReverseNotItem: (name: string): string =>
    `reverse: ${q(name)} is not one of the analysed items`,
  alphaBadBoot: (nBoot: unknown): string => `nBoot must be a non-negative integer, got ${num(nBoot)}`,
  alphaNoItems: "alpha needs items: give `items` (names or patterns such as \"sq*\") with a data set, or a numeric matrix",
  omegaNotConverged: (iterations: number): string =>
    `the one-factor fit for omega did not converge in ${iterations} iterations; omega may be inaccurate`,
  omegaHeywood: (items: readonly string[]): string =>
    `Heywood case in the one-factor fit for omega: items ${items.join(", ")} have uniqueness at the 0.005 bound`,
  cliAlphaNeedsFile: "semkit alpha: give the data file, e.g. `semkit alpha data.csv --items sq1,sq2,sq3`",
  cliMissingArgument: (command: string, what: string): string => `semkit ${command}: missing ${what} (see semkit ${command} --help)`,
  cliBadChoice: (option: string, value: string, choices: readonly string[]): string => `--${option} must be one of ${choices.join(", ")}, got ${q(value)}`,
  cliBadScale: (value: string): string => `--scale must look like 1:5 (min:max with min < max), got ${q(value)}`,
  cliBadInteger: (option: string, value: string): string => `--${option} must be a non-negative integer, got ${q(value)}`,
  // ---- syntax -----------------------------------------------------------
  syntaxAt: (line: number, col: number, text: string): string => `line ${line}, col ${col}: ${text}`,
  syntaxEmptyModel: "the model is empty: it has no statements",
  syntaxUnsupportedOperator: (op: string): string => `operator '${op}' is not supported`,
  syntaxUnexpectedChar: (ch: string): string => `unexpected character '${ch}'`,
  syntaxBadNumber: (text: string): string => `bad number '${text}'`,
  syntaxUnterminatedString: "unterminated string: the closing quote is missing",
  syntaxUnclosedParen: "unbalanced parentheses: this '(' is never closed",
  syntaxUnexpectedCloseParen: "unbalanced parentheses: unexpected ')'",
  syntaxExpectedVariableAfter: (after: string): string => `expected a variable name after '${after}'`,
  syntaxExpectedVariableBefore: (op: string): string => `expected a variable name before '${op}'`,
  syntaxLhsModifier: (op: string): string =>
    `modifiers are not allowed before '${op}': write them on the right-hand side, e.g. f =~ a*x1`,
  syntaxExpectedOperator: (after: string): string =>
    `expected an operator such as '=~', '~' or '~~' after '${after}'`,
  syntaxExpectedNameBeforeDefine: "expected a parameter name before ':='",
  syntaxExpectedExpressionAfter: (after: string): string => `expected an expression after '${after}'`,
  syntaxExpectedExpressionBefore: (op: string): string => `expected an expression before '${op}'`,
  syntaxExpectedEnd: (found: string): string => `expected '+' or the end of the statement, found ${found}`,
  syntaxUnexpected: (found: string): string => `unexpected ${found}`,
  syntaxModifierWithoutVariable: (modifier: string): string =>
    `modifier '${modifier}*' is not followed by a variable name`,
  syntaxModifierNeedsStar: (modifier: string): string =>
    `modifier '${modifier}' must be followed by '*' and a variable name`,
  syntaxInterceptOnlyAfterTilde: (op: string): string =>
    `the intercept '1' is only allowed after '~', not after '${op}'`,
  syntaxNaNotVariable: "'NA' cannot be used as a variable name",
  syntaxUnknownModifier: (fn: string): string =>
    `unknown modifier '${fn}()': use a number, NA, a label, start(), label(), equal() or c()`,
  syntaxUnsupportedModifier: (fn: string): string => `modifier '${fn}()' is not supported`,
  syntaxModifierArgs: (fn: string, expected: string): string => `${fn}() expects ${expected}`,
  syntaxMixedVector: "c() mixes numbers and labels: use numbers (and NA) or labels, not both",
  syntaxDuplicateModifier: (kind: string): string =>
    `two ${kind} modifiers on one term: use c(...) to give one value per group`,
  syntaxExpectedCommaOrParen: (found: string): string => `expected ',' or ')', found ${found}`,
  syntaxExpectedCloseParen: (found: string): string => `expected ')', found ${found}`,
  syntaxUnknownFunction: (fn: string, known: readonly string[]): string =>
    `unknown function '${fn}' (known: ${known.join(", ")})`,
  syntaxFunctionArity: (fn: string, arity: number, got: number): string =>
    `function '${fn}' takes ${arity} argument${arity === 1 ? "" : "s"}, got ${got}`,
  syntaxUnknownIdentifier: (name: string): string => `unknown label or parameter ${q(name)} in expression`,
  // ---- partable / specification ----------------------------------------
  partableAt: (line: number, col: number): string => `(line ${line}, col ${col})`,
  partableUnknownVariable: (name: string, where: string, suggestion?: string): string =>
    `unknown variable ${q(name)} ${where}` + (suggestion !== undefined ? `; did you mean ${q(suggestion)}?` : ": it is not a column in the data"),
  partableLatentWithoutIndicators: (name: string, where: string): string =>
    `${q(name)} ${where} is not a column in the data and has no indicators: ` +
    `define it as a latent variable with ${name} =~ ... or check the spelling`,
  partableLatentIsObserved: (name: string, where: string): string =>
    `latent variable ${q(name)} ${where} has the same name as a column in the data: rename the latent variable`,
  partableSelfMeasured: (name: string, where: string): string =>
    `latent variable ${q(name)} ${where} cannot be measured by itself`,
  partableDuplicateElement: (element: string, where: string, first: string): string =>
    `duplicate model element ${q(element)} ${where}: it was already given ${first}`,
  partableModifierConflict: (element: string, where: string): string =>
    `conflicting modifiers for ${q(element)} ${where}: the same kind of modifier is given twice`,
  partableSelfRegression: (element: string): string => `lhs and rhs are the same in ${q(element)}`,
  partableExogenousSyntax: (names: readonly string[]): string =>
    `model syntax contains variance/covariance/intercept formulas involving exogenous variable(s): ` +
    `${names.join(" ")}; these are treated as endogenous (free) — use fixedX: false or leave them out`,
  partableModifierLength: (element: string, where: string, got: number, groups: number): string =>
    `modifier of ${q(element)} ${where} has ${got} values, but there ${groups === 1 ? "is 1 group" : `are ${groups} groups`}`,
  partableLabelTypes: (label: string, kinds: readonly string[], where?: string): string =>
    `label ${q(label)}${where === undefined ? "" : ` ${where}`} is used for parameters of different types (${kinds.join(", ")})`,
  partableFixedEqualDiffer: (label: string): string =>
    `equality constraint ${q(label)} involves fixed parameters with different values; only the first is used`,
  partableUndefinedLabel: (name: string, where: string): string =>
    `${q(name)} ${where} is not a parameter label or a defined parameter`,
  partableCircularDefinition: (cycle: readonly string[], where?: string): string =>
    `circular definitions${where === undefined ? "" : ` ${where}`}: ${cycle.join(" := ... ")} (each is defined through the next)`,
  partableDefinitionClash: (name: string, where: string): string =>
    `defined parameter ${q(name)} ${where} has the same name as a parameter label or another definition`,
  partableUnknownGroupEqual: (value: string, allowed: readonly string[]): string =>
    `unknown groupEqual value ${q(value)}; use ${allowed.join(", ")}`,
  partableNoGroups: "groups must contain at least one group label",
  partableSingleLabelGroups:
    "a single label per parameter in a multiple-group model makes that parameter equal across all groups; " +
    "if this is not intended, remove the label or give one label per group with c(...)",
  partableStartDims: (group: number, expected: number, got: number): string =>
    `sample covariance of group ${group} has ${got} values, expected ${expected} (p × p in the order of ParTable.ov)`,
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
  cannotPlaceRow: (lhs: string, op: string, rhs: string): string =>
    `cannot place the parameter ${lhs} ${op} ${rhs} in the model matrices (an observed variable covarying with a latent one?)`,
  tooFewCases: (group: string, n: number): string =>
    `${group === "" ? "the data" : `group ${q(group)}`} has ${n} complete case(s) on the model's variables; at least 2 are needed`,
  negativeDf: (df: number, npar: number, nmoments: number): string =>
    `the model has more free parameters (${npar}) than sample moments (${nmoments}): df = ${df} < 0, so it cannot be identified; fix or constrain parameters`,
  notConverged: (iterations: number, maxGradient: number): string =>
    `the optimizer did not converge after ${iterations} iterations (largest gradient ${maxGradient.toExponential(2)}); the estimates are the last iterate and should not be trusted`,
  heywood: (names: readonly string[]): string =>
    `some estimated variances are negative (Heywood case): ${names.join(", ")}`,
  latentNotPositiveDefinite: (group: string): string =>
    `the covariance matrix of the latent variables${group === "" ? "" : ` in group ${q(group)}`} is not positive definite; inspect the latent variances and covariances`,
  sampleNotPositiveDefinite: (group: string): string =>
    `the sample covariance matrix${group === "" ? "" : ` of group ${q(group)}`} is not positive definite (collinear or constant items?)`,
  unidentified: (names: readonly string[]): string =>
    `the model may not be identified: the information matrix is singular; parameters involved: ${names.join(", ")}`,
  fimlDroppedRows: (rows: readonly number[]): string =>
    `${rows.length} row(s) have every model variable missing and were dropped from FIML: row ${rows.slice(0, 10).join(", ")}${rows.length > 10 ? ", …" : ""}`,
  emNotConverged: "the EM algorithm for the unrestricted (h1) model did not converge; the chi-square and fit measures may be off",
  ordinalNoCasewise: "casewise scores are not defined for the ordinal (DWLS) estimator",
  estimatorNotSupported: (estimator: string): string =>
    `estimator ${q(estimator)} is not supported yet; use "ML"`,
  // ---- efa --------------------------------------------------------------
  efaBadNfactors: (m: unknown, p: number): string =>
    `nfactors must be a whole number from 1 to ${p} (the number of items), got ${num(m)}`,
  efaUnknownMethod: (option: string, value: string, allowed: readonly string[]): string =>
    `unknown ${option} ${q(value)}; use one of ${allowed.map(q).join(", ")}`,
  efaTooFewItems: (p: number): string => `factor analysis needs at least 2 items, got ${p}`,
  efaTooFewRows: (n: number, p: number): string =>
    `factor analysis of ${p} items needs more complete rows than items, got ${n} (rows with a missing item are dropped)`,
  efaBadCorrelation: (row: number, col: number, why: string): string =>
    `correlation matrix, row ${row}, column ${col}: ${why}`,
  efaCorrelationShape: (length: number): string =>
    `a correlation matrix must be square (p × p values), got ${length} values`,
  efaCorrelationNames: (names: number, p: number): string =>
    `names has ${names} entries, but the correlation matrix has ${p} rows`,
  efaNoN: "no number of observations (n) was given with the correlation matrix: chi-square, TLI, RMSEA and Bartlett's test are NaN",
  efaReverseNotItem: (name: string): string => `reverse: ${q(name)} is not one of the analysed items`,
  efaNotConverged: (fm: string, iterations: number): string =>
    `${fm} extraction did not converge in ${iterations} iterations; the solution may be inaccurate`,
  efaPaMaxIter: (iterations: number): string =>
    `principal axis: the maximum number of iterations (${iterations}) was reached before the communalities changed by less than 0.001`,
  efaImaginary: "principal axis: a leading eigenvalue of the reduced correlation matrix became negative (loadings are NaN); use fewer factors or fm = \"minres\"",
  efaHeywoodBound: (item: string, bound: number): string =>
    `item ${q(item)}: the uniqueness reached the lower bound ${bound} (Heywood case); its communality is not estimable and is reported at the bound`,
  efaUltraHeywood: (item: string, h2: number): string =>
    `item ${q(item)}: communality ${h2.toFixed(3)} exceeds 1 (ultra-Heywood case); examine the solution carefully`,
  efaLoadingAboveOne: (item: string, value: number): string =>
    `item ${q(item)}: a loading of ${value.toFixed(3)} exceeds 1 in absolute value; examine the solution carefully`,
  efaRotationNotConverged: (rotate: string, iterations: number): string =>
    `${rotate} rotation did not converge in ${iterations} iterations`,
  efaNegativeDof: (m: number, p: number, dof: number): string =>
    `${m} factors for ${p} items leave ${dof} degrees of freedom (< 0): the model is over-factored and fit statistics are undefined`,
  efaParallelIterations: (value: unknown): string =>
    `iterations must be a whole number ≥ 1, got ${num(value)}`,
  efaParallelQuantile: (value: number): string => `quantile must be between 0 and 1, got ${value}`,
  efaParallelNeedsData: "resampled parallel analysis needs raw data, not a correlation matrix; use type \"simulated\"",
  efaConstantItem: (item: string): string =>
    `item ${q(item)} has the same value in every complete row (no variance), so it cannot be correlated; drop it`,
  efaParallelDegenerate: "parallel analysis: resampled data keep producing constant columns; use type \"simulated\"",
  efaParallelNeedsN: "parallel analysis of a correlation matrix needs the number of observations n",
  efaMapMaxFactors: (value: number, p: number): string =>
    `maxFactors must be a whole number from 1 to ${p - 1}, got ${value}`,
  // ---- validity / bootstrap / invariance ----
  validityPass: (criterion: string, who: string, value: number, threshold: number): string =>
    `${criterion} of ${who} is ${value.toFixed(3)} (threshold ${threshold.toFixed(2)}): passes`,
  validityFail: (criterion: string, who: string, value: number, threshold: number): string =>
    `${criterion} of ${who} is ${value.toFixed(3)} (threshold ${threshold.toFixed(2)}): fails`,
  validityFornellLarckerPass: (construct: string, sqrtAve: number, maxCor: number, other: string): string =>
    `Fornell-Larcker: sqrt(AVE) of ${construct} is ${sqrtAve.toFixed(3)}, above its largest latent correlation ${maxCor.toFixed(3)} (with ${other}): passes`,
  validityFornellLarckerFail: (construct: string, sqrtAve: number, maxCor: number, other: string): string =>
    `Fornell-Larcker: sqrt(AVE) of ${construct} is ${sqrtAve.toFixed(3)}, not above its latent correlation ${maxCor.toFixed(3)} with ${other}: fails`,
  validityNoConstructs: "construct validity needs at least one latent variable with two or more observed indicators (F =~ x1 + x2 + ...)",
  validityUnknownGroup: (group: string, groups: readonly string[]): string =>
    `unknown group ${q(group)}; the model's groups are ${groups.map(q).join(", ")}`,
  validityCrossLoading: (construct: string, items: readonly string[]): string =>
    `AVE of ${construct} is not defined: its indicator(s) ${items.join(", ")} load on more than one construct`,
  validitySingleIndicator: (constructs: readonly string[]): string =>
    `construct(s) ${constructs.join(", ")} have a single observed indicator and are left out of the validity tables`,
  bootstrapDataMismatch: (fitN: readonly number[], dataN: readonly number[]): string =>
    `the data do not match the fitted model: it was fitted to ${fitN.join(" + ")} complete cases, the data give ${dataN.join(" + ")}; ` +
    `pass the same data and options (reverse, scale, group, missingCodes) as for the fit`,
  bootstrapEstimatorUnsupported: (estimator: string): string =>
    `the bootstrap refits every draw by maximum likelihood, so it cannot bootstrap a fit by estimator ${q(estimator)}: ` +
    `use ML, MLR or MLM for bootstrap intervals, or the ${estimator} standard errors of the fit itself`,
  bootstrapFimlUnsupported:
    "the bootstrap resamples complete cases and refits them by ML, so it cannot bootstrap a FIML fit (missing = \"ml\") of data with missing values: " +
    "use the fit's standard errors (MLR for robust ones), or listwise deletion for bootstrap intervals",
  bootstrapDataMeanMismatch: (column: string, dataMean: number, fitMean: number): string =>
    `the data do not match the fitted model: column ${q(column)} has mean ${num(dataMean)} in the data but ${num(fitMean)} in the fit; ` +
    `pass the same data and options (reverse, scale, group, missingCodes) as for the fit; a fit with stdOv cannot be bootstrapped`,
  bootstrapBadDraws: (draws: unknown): string => `draws must be a whole number of at least 2, got ${num(draws)}`,
  bootstrapBadLevel: (level: unknown): string => `level must lie strictly between 0 and 1, got ${num(level)}`,
  bootstrapBadType: (type: string): string => `unknown bootstrap interval type ${q(type)}; use "percentile", "bc" or "bca"`,
  bootstrapBadWorkers: (workers: number): string => `workers must be a whole number of at least 1, got ${workers}`,
  bootstrapNotConverged: (failed: number, draws: number): string =>
    `${failed} of ${draws} bootstrap draws did not converge and were left out (as lavaan does)`,
  bootstrapInadmissible: (count: number, draws: number, dropped: boolean): string =>
    `${count} of ${draws} bootstrap draws gave an inadmissible solution (negative variance or |standardized covariance| > 1)` +
    (dropped ? " and were left out" : "; they are kept (set dropInadmissible: true to leave them out)"),
  bootstrapTooFewDraws: (used: number): string =>
    `only ${used} bootstrap draws are usable: intervals need at least 2; increase draws or check the model`,
  mediationFeedbackLoop: (cycle: readonly string[]): string =>
    `the structural model has a feedback loop (${cycle.join(" -> ")}): indirect effects of non-recursive models are not sums of paths`,
  mediationNoPaths: "the model has no regressions (~), so there are no direct, indirect or total effects",
  invarianceNeedsGroup: "invariance needs the grouping column: give { group: \"column\" }",
  invarianceUnknownLevel: (level: string): string =>
    `unknown invariance level ${q(level)}; use "configural", "metric", "scalar" or "strict"`,
  invarianceOneGroup: (group: string, label: string): string =>
    `column ${q(group)} has a single group (${q(label)}) among the complete cases: invariance needs at least two groups`,
  invarianceNotConverged: (level: string): string => `the ${level} model did not converge; its row of the table should not be trusted`,
  invarianceNoDifferenceTest: (estimator: string): string =>
    `the χ² difference test under ${estimator} (lavaan's scaled-shifted difference, Satorra 2000) is not computed: ` +
    `Δχ² and its p-value are NaN; judge the steps by ΔCFI, ΔRMSEA and ΔSRMR`,
  invarianceNoneSupported: "no invariance level is supported: the configural model did not converge",
  moderationNotLatent: (name: string, term: string): string =>
    `${q(name)} in the interaction ${term} must be a latent variable measured by at least two observed items (${name} =~ item1 + item2 + ...)`,
  moderationNoOutcome: (terms: readonly string[]): string =>
    `the interaction term(s) ${terms.join(", ")} do not appear as predictors in a regression (Y ~ ... + X:W)`,
  // ---- simulation / power ----
  simBadN: (value: unknown): string =>
    `n must be a whole number of at least 1 per group, got ${Array.isArray(value) ? `[${value.map(num).join(", ")}]` : num(value)}`,
  simBadSeed: (value: unknown): string => `seed must be a whole number, got ${String(value)}`,
  simUnspecifiedRegressions: (paths: readonly string[]): string =>
    `some regression coefficients have no population value and are set to 0: ${paths.join(", ")}`,
  simStandardizedResiduals: (names: readonly string[]): string =>
    `standardized = true: the (residual) variances written in the model for ${names.map(q).join(", ")} are replaced so that every variance is 1`,
  simStandardizedLarge: (kind: string): string => `standardized = true but some ${kind} are >= 1 in absolute value`,
  simNegativeResidual: (name: string, value: number): string =>
    `standardized population model: the residual variance of ${q(name)} would be ${value.toFixed(4)} (the paths into it ` +
    `explain more than all of its variance); make the coefficients smaller`,
  simStandardizeDiverged: "standardized population model: residual variances that make every variance 1 could not be found " +
    "(the model is non-recursive and the iteration diverged); give the residual variances and use standardized = false",
  simNotPositiveDefinite: (group: string): string =>
    `the population covariance matrix${group === "" ? "" : ` of group ${q(group)}`} is not positive definite; check the population values`,
  simBadLength: (option: string, got: number, expected: number): string =>
    `${option} has ${got} values; give one number, one per observed variable (${expected}), or an object by variable name`,
  simBadMoment: (option: string, name: string, value: number): string =>
    `${option} of ${q(name)} must be a finite number, got ${value}`,
  simFleishmanNoSolution: (name: string, skew: number, kurtosis: number): string =>
    `no Fleishman polynomial gives skewness ${skew} and excess kurtosis ${kurtosis} for ${q(name)}; ` +
    `the kurtosis must exceed about 1.5·skew² − 1.2 (use a larger kurtosis or a smaller skewness)`,
  simIntermediateNoRoot: (a: string, b: string, r: number): string =>
    `Vale–Maurelli: no intermediate normal correlation reproduces the correlation ${r.toFixed(4)} of ${q(a)} and ${q(b)} ` +
    `with the requested skewness and kurtosis; use milder non-normality`,
  simIntermediateNotPd: "Vale–Maurelli: the intermediate correlation matrix is not positive definite; use milder non-normality",
  simBadThresholds: (name: string): string =>
    `thresholds of ${q(name)} must be finite numbers in increasing order`,
  simBadRate: (value: number): string => `missing.rate must be a proportion in [0, 1), got ${value}`,
  simBadMechanism: (value: string): string => `missing.mechanism must be "MCAR" or "MAR", got ${q(value)}`,
  simMarPredictor: (name: string): string =>
    `MAR: the predictor ${q(name)} is always observed, so it cannot also be one of missing.variables`,
  simMarNoTargets: "MAR needs at least one variable besides the predictor to make missing",
  powerBadList: (option: string, value: unknown): string =>
    `${option} must be a non-empty list of whole numbers >= 2, got ${String(value)}`,
  powerBadReps: (value: unknown): string => `reps must be a whole number >= 1, got ${num(value)}`,
  powerBadProbability: (option: string, value: unknown): string => `${option} must be a number between 0 and 1, got ${String(value)}`,
  powerBadBootstrap: (value: unknown): string => `bootstrap must be a whole number of draws >= 0 (e.g. 200), got ${String(value)}`,
  powerUnknownTarget: (target: string, available: readonly string[]): string =>
    `unknown target ${q(target)}: write a free parameter as "LOY~SAT", "SAT=~sat2", "F1~~F2", a label or a := name` +
    (available.length > 0 ? `; the model has ${available.slice(0, 12).join(", ")}${available.length > 12 ? ", …" : ""}` : ""),
  powerFixedTarget: (target: string): string => `target ${q(target)} is a fixed parameter in the analysis model; only free parameters and := definitions can be tested`,
  powerMultiGroup: "power analysis supports single-group models only (the population or analysis model has several groups)",
  powerMissingVariable: (name: string): string =>
    `the analysis model uses ${q(name)}, which is not an observed variable of the population model`,
  powerPopulationFit: "the analysis model could not be fitted to the population moments (no convergence); its population values are unknown",
  powerNoConvergence: (n: number): string => `no replication converged at n = ${n}`,
  powerLowConvergence: (n: number, rate: number): string =>
    `at n = ${n} only ${(100 * rate).toFixed(1)}% of the replications converged; power, bias and coverage use the converged ones`,
  powerNotReached: (target: string, level: number, nmax: number): string =>
    `${q(target)} does not reach power ${level} at any n up to ${nmax}; try larger sample sizes`,
  powerBootstrapCost: (b: number): string =>
    `bootstrap within replications: every replication is refitted ${b} times, so this takes about ${b + 1} times as long`,
  powerWorkerFailed: (why: string): string => `a power worker thread failed: ${why}`,
  cliSimBadNumber: (option: string, value: string): string => `--${option} must be a number or a comma-separated list of numbers, got ${q(value)}`,
  cliSimWrote: (rows: number, columns: number, file: string): string => `wrote ${rows} rows × ${columns} columns to ${file}`,
  // ---- ordinal ------------------------------------------------------------
  ordinalTooManyCategories: (column: string, k: number, max: number): string =>
    `ordered variable ${q(column)} has ${k} distinct values; an ordered (ordinal) variable may have at most ${max} ` +
    `categories: treat it as continuous, or recode it into fewer categories`,
  ordinalManyCategories: (columns: readonly string[]): string =>
    `some ordered variables have more than 12 categories (${columns.map(q).join(", ")}); ` +
    `consider treating them as continuous`,
  ordinalOneCategory: (column: string, value: number): string =>
    `ordered variable ${q(column)} has only one category (every value is ${value}); it carries no information: drop it`,
  ordinalNotFinite: (column: string, row: number, value: number): string =>
    `ordered variable ${q(column)}, row ${row}: ${Number.isNaN(value) ? "missing value" : `value ${value} is not finite`}; ` +
    `ordinal sample statistics need complete data (drop incomplete rows first)`,
  ordinalEmptyCategory: (column: string, group: string, values: readonly number[], counts: readonly number[]): string =>
    `ordered variable ${q(column)}: categor${values.length === 1 ? "y" : "ies"} ${values.join(", ")} ` +
    `${values.length === 1 ? "does" : "do"} not occur in group ${q(group)} although present in other groups ` +
    `(frequencies in this group: ${counts.join(" ")}); every category must occur in every group: ` +
    `merge adjacent categories or drop the variable`,
  ordinalGroupsLength: (got: number, n: number): string =>
    `groups has ${got} entries, but the data has ${n} rows`,
  ordinalBadGroupIndex: (row: number, value: number, groups: number): string =>
    `groups, row ${row}: group index ${value} is not one of 0 to ${groups - 1}`,
  ordinalTooFewRows: (group: string, n: number): string =>
    `${group === "" ? "the data" : `group ${q(group)}`} has ${n} row(s); ordinal sample statistics need at least 2`,
  ordinalTooFewVariables: (p: number): string => `polychoric correlations need at least 2 ordered variables, got ${p}`,
  ordinalNamesLength: (names: number, p: number): string => `names has ${names} entries, but the data has ${p} columns`,
  ordinalNearOne: (a: string, b: string, rho: number, group: string): string =>
    `the polychoric correlation between ${q(a)} and ${q(b)}${group === "" ? "" : ` in group ${q(group)}`} is (nearly) ` +
    `${rho > 0 ? "1" : "-1"} (${rho.toFixed(4)})`,
  ordinalTwoEmptyCells: (a: string, b: string, rho: number, group: string): string =>
    `the 2 x 2 table of ${q(a)} and ${q(b)}${group === "" ? "" : ` in group ${q(group)}`} has two empty cells; ` +
    `the tetrachoric correlation is set to ${rho}`,
  ordinalNotConverged: (a: string, b: string, group: string): string =>
    `the polychoric correlation between ${q(a)} and ${q(b)}${group === "" ? "" : ` in group ${q(group)}`} did not converge`,
  ordinalSingularThresholds: (column: string, group: string): string =>
    `trouble constructing the weight matrix: the threshold information of ${q(column)}` +
    `${group === "" ? "" : ` in group ${q(group)}`} is singular; a generalized inverse was used`,
  ordinalSingularPair: (a: string, b: string, group: string): string =>
    `trouble constructing the weight matrix: the correlation of ${q(a)} and ${q(b)}` +
    `${group === "" ? "" : ` in group ${q(group)}`} has zero information; its row of Gamma is zero`,
  polychoricNoItems: "polychoric needs items: give `items` (names or patterns such as \"sat*\") with a data set, or a numeric matrix",
  polychoricDroppedRows: (dropped: number, n: number): string =>
    `${dropped} of ${n} rows have a missing item and were left out (listwise deletion)`,
  // ---- charts -----------------------------------------------------------
  chartBadScale: (value: number): string => `PNG scale must be a positive number, got ${value}`,
  chartEmpty: (chart: string, what: string): string => `${chart}: nothing to draw (${what})`,
  chartLengthMismatch: (chart: string, what: string, got: number, expected: number): string =>
    `${chart}: ${what} has ${got} entries, expected ${expected}`,
  chartUnknownKind: (kind: string, kinds: readonly string[]): string =>
    `semkit chart: unknown chart kind ${q(kind)}; choose one of ${kinds.join(", ")}`,
  ciBadLevel: (level: number): string => `confidence level must be between 0 and 1, got ${level}`,
  chartBadOut: (path: string): string =>
    `semkit chart: --out must end in .svg, .png or .vl.json, got ${q(path)}`,
  // ---- robustness (checks added by the robustness issue) ----------------
  syntaxNumberOverflow: (text: string): string => `number '${text}' is too large: it overflows to infinity`,
  syntaxTooDeep: (limit: number): string =>
    `expression nested too deeply or too long (more than ${limit} levels): split it into several := definitions`,
  syntaxNotText: (what: string): string => `the model must be a string of lavaan syntax, got ${what}`,
  semConstraintUnsupported: (text: string, where: string): string =>
    `constraint ${q(text)} ${where} cannot be imposed by the estimator yet (only equalities between two labels, ` +
    `a == b, and, under ML from raw data, inequalities between a label and a number or another label, a > 0.5 or ` +
    `a > b, are); remove it or express it with a shared label`,
  semOrdinalUnsupported: (text: string, where: string): string =>
    `${q(text)} ${where} is a threshold or scale parameter of an ordered variable; the ML estimator for ` +
    `continuous data cannot estimate it`,
  dataNoObservedValues: (column: string, group: string): string =>
    `column ${q(column)} has no observed values${group === "" ? "" : ` in group ${q(group)}`}: drop it from the model`,
  dataSingleValue: (column: string, row: number, group: string): string =>
    `column ${q(column)} has a single observed value (row ${row})${group === "" ? "" : ` in group ${q(group)}`}: ` +
    `it has no variance; drop it from the model`,
  dataConstantColumn: (column: string, value: number, group: string): string =>
    `column ${q(column)} has the same value (${value}) in every observed row${group === "" ? "" : ` of group ${q(group)}`}: ` +
    `it has no variance, so the sample covariance matrix is singular; drop it from the model`,
  semFewerCasesThanVariables: (n: number, p: number, group: string): string =>
    `${group === "" ? "the data" : `group ${q(group)}`} has ${n} complete cases for ${p} observed variables: ` +
    `the sample covariance matrix is singular`,
  semFewerCasesThanParameters: (n: number, npar: number): string =>
    `only ${n} cases for ${npar} free parameters: the estimates and standard errors are unreliable`,
  semCollinearItem: (item: string, others: readonly string[], oneMinusR2: number, group: string): string =>
    `${q(item)} is (almost) a linear combination of ${others.map(q).join(", ")}` +
    `${group === "" ? "" : ` in group ${q(group)}`} (1 − R² = ${oneMinusR2.toExponential(1)}): ` +
    `the sample covariance matrix is singular; drop one of these items`,
  alphaBootFailed: (failed: number, nBoot: number): string =>
    `${failed} of ${nBoot} bootstrap resamples gave no finite alpha (e.g. every resampled row identical) ` +
    `and were left out of the interval`,
  optionsNotObject: (fn: string, got: string): string =>
    `${fn}(): options must be an object, got ${got}`,
  optionNotNames: (got: string): string =>
    `column names or patterns must be strings (e.g. "sat*" or ["sat1", "sat2"]), got ${got}`,
  optionType: (option: string, expected: string, got: string): string =>
    `option ${option} must be ${expected}, got ${got}`,
  optionValue: (option: string, value: string, allowed: readonly string[]): string =>
    `unknown ${option} ${q(value)}; use one of ${allowed.map(q).join(", ")}`,
  // ---- streaming moments, fit from moments -------
  streamNoColumns: "streamCsvMoments(): options.columns must name at least one column",
  streamDuplicateColumn: (name: string): string => `streamCsvMoments(): column ${q(name)} is listed twice in options.columns`,
  streamRecordTooLong: (line: number, mib: number): string =>
    `CSV record starting at line ${line} runs over ${mib} MiB without ending: is a quote never closed?`,
  momentsBadStats:
    "semFromMoments(): sample statistics need names (distinct strings), groups (at least one label), and nobs, cov and mean " +
    "with one entry per group",
  momentsBadNobs: (group: string, n: unknown): string =>
    `semFromMoments(): nobs of group ${q(group)} must be a whole number of cases, got ${String(n)}`,
  momentsBadLength: (group: string, field: "cov" | "mean", expected: number): string =>
    `semFromMoments(): ${field} of group ${q(group)} must hold ${expected} finite numbers` +
    (field === "cov" ? " (p × p, in the order of names)" : " (one per name)"),
  momentsBadTotal: (ntotal: unknown, sum: number): string =>
    `semFromMoments(): ntotal (${String(ntotal)}) is not the sum of nobs (${sum})`,
  momentsEstimatorNeedsData: (estimator: string): string =>
    `estimator ${q(estimator)} needs the raw data (casewise scores or polychoric input); from sample moments use "ML", "GLS" or "ULS"`,
  momentsOptionNeedsData: (option: string): string =>
    `option ${option} needs the raw data and cannot be used with sample moments (semFromMoments); ` +
    `the groups, reverse-coding and missing codes belong to the step that computed the moments (e.g. streamCsvMoments)`,
  // ---- robust fit measures, MLM, GLS, ULS ------------
  leastSquaresNoCasewise: "casewise scores are not defined for the least-squares estimators (GLS, ULS)",
  estimatorNeedsCompleteData: (estimator: string): string =>
    `estimator ${q(estimator)} needs complete data: use missing = "listwise", or estimator "MLR" with missing = "ml" (FIML)`,
  // ---- WLSMV completion: groups, catML robust indices ----
  wlsmvGroupsMissing: "a multiple-group ordinal (WLSMV) model needs the group of every row",
  wlsmvRobustNotPositiveDefinite: (group: string): string =>
    `the polychoric correlation matrix${group === "" ? "" : ` of group ${q(group)}`} is not positive definite: ` +
    "cfi.robust, tli.robust, rni.robust and rmsea.robust are not available (lavaan reports NA)",
  wlsmvRobustConstrainedThresholds:
    "thresholds or intercepts are constrained equal: cfi.robust, tli.robust, rni.robust and rmsea.robust are not " +
    "available (lavaan 0.6-14's catML fit fails on these constraints and reports NA)",
  // ---- WLSMV with mixed ordinal and continuous indicators ----
  wlsmvCovariatesUnsupported: (covariates: readonly string[]): string =>
    `exogenous covariate${covariates.length === 1 ? "" : "s"} ${covariates.map(q).join(", ")} with ordered indicators: ` +
    `lavaan then regresses the ordinal indicators on the covariates (conditional.x), which semkit implements only when ` +
    `every other observed variable is ordinal; ` +
    `use fixedX: false to model the covariates as continuous variables (lavaan's fixed.x = FALSE, conditional.x = FALSE)`,
  wlsmvMixedPolyserialNotConverged: (continuous: string, ordinal: string, group: string): string =>
    `the polyserial correlation between ${q(continuous)} and ${q(ordinal)}${group === "" ? "" : ` in group ${q(group)}`} did not converge`,
  polyserialLengths: (x: number, y: number): string => `polyserial: x has ${x} values but y has ${y}; give one value of each per case`,
  wlsmvNoOrdinalIndicator: (ordered: readonly string[]): string =>
    `ordered names ${ordered.map(q).join(", ")}, none of which is an observed variable of the model: ` +
    `name the model's ordinal indicators, or fit the continuous model without ordered`,
  mixedNumericLength: (got: number, p: number): string => `numeric has ${got} entries, but the data has ${p} columns`,
  wlsmvMixedNoRobust: (continuous: readonly string[]): string =>
    `${continuous.map(q).join(", ")} ${continuous.length === 1 ? "is" : "are"} continuous: cfi.robust, tli.robust, ` +
    "rni.robust and rmsea.robust are not available (lavaan reports NA: its catML correction needs ordinal indicators only)",
  // ---- thesis report ---------------------------------------------
  // ---- ESEM, formative composites, two-level models, ordinal covariates ----
  syntaxEfaOnlyMeasurement: (op: string): string =>
    `efa() marks the factors of an ESEM block and can only stand before '=~', not before '${op}'`,
  esemRotationUnknown: (rotation: string, known: readonly string[]): string =>
    `unknown rotation ${q(rotation)}; semkit's ESEM supports ${known.map(q).join(", ")}`,
  esemEstimatorUnsupported: (estimator: string): string =>
    `ESEM blocks (efa("...")*f =~ ...) are supported with estimators "ML" and "MLR" (also with missing = "ml"), and "WLSMV" with ordinal items; ${q(estimator)} is not supported yet`,
  esemOptionUnsupported: (option: string): string =>
    `ESEM blocks (efa("...")*f =~ ...) with ${option} are not supported yet`,
  esemFewIndicators: (factor: string, needed: number): string =>
    `ESEM factor ${q(factor)} needs at least ${needed} indicators for lavaan's echelon identification`,
  esemRotationNotConverged: (block: string): string =>
    `the rotation of ESEM block ${q(block)} did not converge; the rotated loadings should not be trusted`,
  esemPromaxNoSe: "rotation \"promax\" has no standard errors (lavaan sets se = \"none\" for promax): se, z and p-values are NA",
  syntaxExpectedLevelLabel: "expected a level label (1, 2, within or between) after 'level:'",
  clusterUnsupported: "option cluster (two-level models, cluster-robust standard errors) is not supported yet",
  wlsmvConditionalScope:
    "ordinal indicators with exogenous covariates (conditional.x) are supported when every other observed variable is " +
    "ordinal; use fixedX: false to model the covariates as continuous variables",
  wlsmvConditionalNotConverged: (what: string): string =>
    `the conditional.x statistics of ${what} (probit regression or residual polychoric correlation) did not converge`,
  wlsmvConditionalSingular: (name: string): string =>
    `the probit regression of ${q(name)} on the covariates has a singular information matrix (an empty category, or ` +
    `collinear covariates): its conditional.x statistics cannot be formed`,
  formativeModindicesUnsupported:
    "modification indices of models with formative composites (<~) are not supported yet: lavaan's differ from the " +
    "score tests of the composite model",
  conditionalModindicesUnsupported:
    "modification indices of WLSMV models with exogenous covariates (conditional.x) are not supported yet",
  twoLevelShape: (line: number, col: number): string =>
    `line ${line}, col ${col}: a two-level model needs exactly two blocks, 'level: 1' (within) first and then 'level: 2' (between), each with statements`,
  twoLevelVariables: (line: number, col: number): string =>
    `line ${line}, col ${col}: two-level models with variables at one level only (within-only or between-only) are not supported yet`,
  twoLevelOptionUnsupported: (option: string): string => `two-level models with ${option} are not supported yet`,
  twoLevelNeedsCluster: "a two-level model (level: blocks) needs the cluster option naming the cluster column",
  clusterColumnMissing: (column: string): string => `cluster column ${q(column)} is not in the data`,
  twoLevelNotConverged: (what: string): string => `the ${what} did not converge; its numbers should not be trusted`,
  twoLevelNoModindices: "modification indices and residuals of two-level models are not supported yet",
  bootstrapFeatureUnsupported: (feature: string): string => `bootstrap standard errors (se: "bootstrap") for ${feature} are not supported yet`,
  esemOrdinalNoModindices: "modification indices of ESEM models with ordinal indicators are not supported yet",
  twoLevelUnsupported: (line: number, col: number): string =>
    `line ${line}, col ${col}: two-level models (level:) are not supported yet`,
  // ---- thesis report ---------------------------------------------
  thesisConfigNotObject: (got: string): string => `analysis config must be a JSON object, got ${got}`,
  thesisConfigField: (field: string, expected: string, got: string): string =>
    `analysis config: ${field} must be ${expected}, got ${got}`,
  thesisConfigUnknownConstruct: (field: string, name: string, known: readonly string[]): string =>
    `analysis config: ${field} names ${q(name)}, which is not a construct; constructs are ${known.map(q).join(", ")}`,
  thesisConfigDuplicate: (what: string, name: string): string => `analysis config: ${what} ${q(name)} appears twice`,
  thesisConfigNoConstructs: "analysis config: no constructs; give \"constructs\" or a model with =~ lines",
  thesisConfigReverseNotItem: (item: string): string =>
    `analysis config: reverse-coded item ${q(item)} is not an item of any construct`,
  thesisBadLang: (lang: string): string => `--lang must be en or zh-CN, got ${q(lang)}`,
  thesisStepFailed: (step: string, reason: string): string => `${step} could not be computed: ${reason}`,
  thesisCompositeModeration: (from: string, moderator: string, to: string): string =>
    `the ${from} × ${moderator} → ${to} moderation is estimated on composite scores (item means, z-standardised; ` +
    `Aiken & West 1991), not as a latent interaction`,
  thesisNoGroup: "no grouping variable in the analysis config: measurement invariance is skipped",
  // ---- public API argument checks -------------------
  // ---- data files, answer labels, estimation flags of every command (workflow) ----
  cliSheetNotWorkbook: (file: string): string => `--sheet applies to .xlsx workbooks only, not to ${q(file)}`,
  cliBadDataExtension: (file: string, known: readonly string[]): string =>
    `cannot read ${q(file)}: semkit reads ${known.join(", ")} files (save an .xls workbook as .xlsx)`,
  thesisNoStructuralPaths: "the model has no regression paths (~): it is a measurement model, reported in the CFA section",
  reportEstimatorUnsupported: (what: string): string =>
    `semkit report fits its models with ML or MLR on continuous items; ${what} is not available in the report ` +
    `(use semkit fit, validity, chart or invariance with it)`,
  cliBadNumber: (option: string, value: string): string => `--${option} must be a number, got ${q(value)}`,
  labelsUnknownSet: (name: string, sets: readonly string[]): string =>
    `labels: unknown answer-label set ${q(name)}; built-in sets are ${sets.join(", ")}, or give text=value pairs`,
  labelsBadValue: (text: string, value: string): string => `labels: the value of ${q(text)} must be a number, got ${q(value)}`,
  labelsBadPair: (pair: string): string =>
    `--labels: ${q(pair)} is not text=number (e.g. "非常不同意=1,不同意=2,一般=3,同意=4,非常同意=5") nor a set name (zh5, zh7, en5, en7)`,
  cmbNoFactors: "commonMethodBias(): the model has no =~ line: give the measurement model (factors and their items)",
  cmbFitWarning: (which: string, warning: string): string => `${which}: ${warning}`,
  pngSizeConflict: (given: readonly string[]): string => `PNG size: give one of scale, dpi or width, not ${given.join(" and ")}`,
  pngBadSize: (what: string, value: number): string => `PNG ${what} must be a positive number, got ${value}`,
  pngMissingGlyphs: (chars: string, count: number): string =>
    `no loaded font draws ${count} character(s) of the chart's labels (${chars}): they show as empty boxes. Install a CJK ` +
    `font (Debian/Ubuntu: fonts-noto-cjk; macOS and Windows have PingFang / Microsoft YaHei) or pass fontFiles to toPng`,
  chartBadDisplay: (value: string): string => `setChartDisplay(): mode must be "static" or "interactive", got ${q(value)}`,
  // ---- end workflow ----
  // ---- public API argument checks -------------------
  argType: (fn: string, arg: string, expected: string, got: string): string =>
    `${fn}(): ${arg} must be ${expected}, got ${got}`,
  chartBadSvg: (reason: string): string => `rasterize(): the SVG text cannot be parsed (${reason})`,
  // ---- fixed.x likelihood, modification indices, robust summary ----
  fixedXModindicesEstimator: (estimator: string): string =>
    `the ML/GLS/ULS score tests do not apply to a ${estimator} solution: its modification indices come from the DWLS ` +
    `gradient and information (use fit.modificationIndices() of the WLSMV fit)`,
  // ---- sem: lavaan parity (missing covariates, std.ov, growth, inequality constraints) ----
  exoMissingDeleted: (deleted: number, total: number, group: string): string =>
    `${deleted} of ${total} rows${group === "" ? "" : ` in group ${q(group)}`} were deleted because an exogenous covariate ` +
    `is missing (fixed.x = TRUE, as lavaan); use missing: "ml.x" to keep them`,
  stdOvBootstrap: "stdOv (std.ov) cannot be combined with the bootstrap, whose draws resample the rows as they are: standardize the data yourself first, or use se: \"standard\"",
  inequalityTooMany: (k: number, max: number): string =>
    `the model has ${k} inequality constraints; at most ${max} are supported (every subset is tried as the active set)`,
  inequalityInfeasible: (texts: readonly string[]): string =>
    `no solution satisfies the inequality constraints ${texts.map(q).join(", ")}`,
  inequalityEstimator: (what: string): string =>
    `inequality constraints (a > 0.5, v < 1, a > b) are supported with estimators "ML", "MLR" and "MLM" (ML and MLR also with FIML), not with ${what}`,
  inequalityBootstrap: "inequality constraints together with se: \"bootstrap\" are not supported yet: use se: \"standard\"",
  // ---- bounded computations, propagated warnings, refusals ----------------
  ordinalFimlRefused: (missing: string): string =>
    `missing = ${q(missing)} (FIML) is not available for ordered items; lavaan refuses it too ("not available in the ` +
    `categorical setting"). Drop the missing option (rows with a missing item are then left out, listwise) or treat ` +
    `the items as continuous (leave out ordered / --ordered) to use FIML`,
  wlsmvNeedsOrdered:
    `estimator "WLSMV" is for ordered (ordinal) items, and none are declared: pass ordered: true or a list of items ` +
    `(CLI: --ordered), or use estimator "MLR" for continuous data`,
  ordinalEstimatorNotSupported: (estimator: string): string =>
    `estimator ${q(estimator)} is not available for ordered items (lavaan has no ${estimator} for categorical data): ` +
    `use estimator "WLSMV" (the default with ordered), or leave out ordered to treat the items as continuous`,
  workersClamped: (requested: number, cores: number): string =>
    `workers = ${requested} is more than the ${cores} available CPU core${cores === 1 ? "" : "s"}; using ${cores}`,
  sizeTooLarge: (what: string, bytes: number, limit: number): string =>
    `${what} would need about ${formatBytes(bytes)} of memory, more than the limit of ${formatBytes(limit)}; ` +
    `use a smaller size`,
  callbackThrew: (name: string, reason: string): string => `the ${name} callback threw: ${reason}`,
  fromFit: (where: string, warning: string): string => `${where}: ${warning}`,
  verdictCaveat: (verdict: string, problems: readonly string[], max = 2): string =>
    `${verdict} — but the solution is inadmissible or unreliable: ${problems.slice(0, max).join("; ")}` +
    (problems.length > max ? `; and ${problems.length - max} more (see the warnings)` : ""),
  invarianceStepUnreliable: (step: string, reason: string): string =>
    `${step}: the comparison is not reliable (${reason}); the Δχ² test and the decision are not reported`,
  negativeChisq: (chisq: number): string =>
    `the chi-square is negative (${chisq.toPrecision(4)}): the sample covariance matrix is singular or the optimizer stopped ` +
    `short of the optimum, so the chi-square and every fit measure built on it are meaningless (lavaan refuses such data)`,
  invarianceNoneAdmissible: (level: string): string =>
    `no invariance level is supported: the ${level} model's solution is inadmissible or unreliable (see its warnings)`,
  invarianceNegativeChisq: (step: string, value: number): string =>
    `${step}: Δχ² is negative (${value.toPrecision(4)}): one of the two fits did not reach its optimum`,
  // ---- pls (PLS-SEM) -------------------------------------------------------
  plsUnsupportedStatement: (what: string): string =>
    `PLS models take '=~' (mode A), '<~' (mode B) and '~' (paths) only; ${what} is not supported`,
  plsModifier: (name: string): string =>
    `PLS models take no modifiers (labels, fixed values, start values): remove the one before ${q(name)}`,
  plsDuplicateItem: (item: string, first: string, second: string): string =>
    `item ${q(item)} is used by two constructs, ${q(first)} and ${q(second)}: each item belongs to one block`,
  plsModeConflict: (name: string): string =>
    `construct ${q(name)} is declared with both '=~' and '<~': pick one mode`,
  plsUnknownConstruct: (name: string): string =>
    `${q(name)} appears in a path but has no measurement ('=~' or '<~') statement`,
  plsNoPaths: "the PLS model has no structural paths ('~'): PLS path modelling needs at least one",
  plsUnusedConstruct: (name: string): string =>
    `construct ${q(name)} is measured but takes part in no path: add a path or remove it`,
  plsSelfPath: (name: string): string => `construct ${q(name)} cannot predict itself`,
  plsCycle: (name: string): string => `the structural model is not recursive: ${q(name)} lies on a cycle`,
  plsBadInteraction: (term: string): string =>
    `interaction ${q(term)} must multiply two measured constructs, e.g. Y ~ X + Z + X:Z`,
  plsZeroVariance: (item: string): string => `item ${q(item)} has zero variance and cannot be standardized`,
  plsTooFewRows: (n: number): string => `PLS needs at least 3 usable rows, got ${n}`,
  plsSingular: (what: string): string => `PLS estimation failed: ${what} is singular (perfectly collinear)`,
  plsMeanReplaced: (count: number, items: number): string =>
    `${count} missing value${count === 1 ? "" : "s"} in ${items} item${items === 1 ? "" : "s"} replaced by the item mean (missing: "mean")`,
  plsListwise: (dropped: number, total: number): string =>
    `${dropped} of ${total} rows dropped for missing values (missing: "listwise")`,
  plsNotConverged: (maxIt: number): string =>
    `the PLS algorithm did not converge in ${maxIt} iterations: the estimates are those of the last iteration`,
  plsBadOption: (name: string, value: string, allowed: string): string =>
    `pls(): option ${name} = ${value} is not allowed (use ${allowed})`,
  plsBootFailed: (failed: number, draws: number): string =>
    `${failed} of ${draws} bootstrap draws failed (singular or non-converged) and were left out`,
  plsConsistentRhoA: (name: string, rho: number): string =>
    `PLSc: rhoA of ${q(name)} is ${rho.toFixed(3)}, outside (0, 1]: its consistent estimates are not admissible`,
  plsConsistentInadmissible: (what: string): string =>
    `PLSc: ${what} exceeds 1 in absolute value (inadmissible solution)`,
  plsGroupTooSmall: (group: string, n: number): string => `group ${q(group)} has ${n} rows: too few for PLS`,
  plsGroupCount: (k: number): string => `multigroup analysis needs exactly two groups, the grouping column has ${k}`,
  plsFolds: (k: number, n: number): string => `PLSpredict needs 2 ≤ folds ≤ n; got folds = ${k} with n = ${n}`,
  // ---- options / cli ----------------------------------------------------
  optionUnknown: (fn: string, key: string, nearest: string | undefined, valid: readonly string[]): string =>
    `${fn}(): unknown option ${q(key)}${nearest === undefined ? "" : `; did you mean ${q(nearest)}?`}` +
    (valid.length === 0 ? ` (${fn}() takes no options)` : ` (options of ${fn}(): ${valid.join(", ")})`),
  optionUnknownLavaan: (fn: string, key: string, nearest: string | undefined, valid: readonly string[]): string =>
    `${fn}(): unknown option ${q(key)}: semkit does not implement this lavaan option` +
    `${nearest === undefined ? "" : `; did you mean ${q(nearest)}?`}` +
    (valid.length === 0 ? "" : ` (options of ${fn}(): ${valid.join(", ")})`),
  optionTwoSpellings: (fn: string, lavaanName: string, name: string): string =>
    `${fn}(): option ${q(name)} is given twice, also as lavaan's ${q(lavaanName)}; give only one of them`,
  optionBadSeed: (fn: string, option: string, got: string): string =>
    `${fn}(): ${option} must be a whole number from 0 to 2^53 - 1 (9007199254740991), got ${got}`,
  optionOrdered: (got: string): string =>
    `option ordered must be true/false or a list of item names (e.g. ["q1", "q2"]), got ${got}`,
  cliUnknownFlag: (command: string, flag: string, nearest: string | undefined): string =>
    `unknown option --${flag}${nearest === undefined ? "" : `; did you mean --${nearest}?`} (see semkit ${command} --help)`,
  cliFlagTakesNoValue: (flag: string, value: string): string =>
    `--${flag} is a switch and takes no value, got --${flag}=${value}`,
  cliFlagNeedsValue: (flag: string): string => `--${flag} needs a value (see --help)`,
  cliFileMissing: (what: string, path: string): string => `${what} ${q(path)} not found`,
  cliFileIsDirectory: (what: string, path: string): string => `${what} ${q(path)} is a directory, not a file`,
  cliFileUnreadable: (what: string, path: string, reason: string): string => `${what} ${q(path)} cannot be read (${reason})`,
  cliFileSystem: (path: string, code: string): string =>
    `cannot use ${q(path)} (${code === "ENOENT" ? "no such file or folder" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "it is a folder" : code})`,
  cliBadSeed: (value: string): string => `--seed must be a whole number from 0 to 2^53 - 1 (9007199254740991), got ${q(value)}`,
  optionMissingCodes: (got: string): string =>
    `option missingCodes must be a list of missing-value codes, numbers or strings (e.g. [-99, "NA"]), got ${got}`,
} as const;

export { q as quote };
