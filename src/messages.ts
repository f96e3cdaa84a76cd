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
  // ---- xlsx / sav input (issue 8: notebooks, browser, data input) -------
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
  ordinalGroupsNotSupported: "ordinal indicators (WLSMV) with groups are not supported yet; fit each group separately or treat the items as continuous",
  ordinalNoCasewise: "casewise scores are not defined for the ordinal (DWLS) estimator",
  estimatorNotSupported: (estimator: string): string =>
    `estimator ${q(estimator)} is not supported yet; use "ML"`,
  // ---- efa --------------------------------------------------------------
  efaBadNfactors: (m: number, p: number): string =>
    `nfactors must be a whole number from 1 to ${p} (the number of items), got ${m}`,
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
  efaPseudoInverse: "the correlation matrix is singular: KMO and the SMC start values use its pseudo-inverse",
  efaParallelIterations: (value: number): string =>
    `iterations must be a whole number ≥ 1, got ${value}`,
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
  bootstrapBadDraws: (draws: number): string => `draws must be a whole number of at least 2, got ${draws}`,
  bootstrapBadLevel: (level: number): string => `level must lie strictly between 0 and 1, got ${level}`,
  bootstrapBadType: (type: string): string => `unknown bootstrap interval type ${q(type)}; use "percentile", "bc" or "bca"`,
  bootstrapBadWorkers: (workers: number): string => `workers must be a whole number of at least 1, got ${workers}`,
  bootstrapNotConverged: (failed: number, draws: number): string =>
    `${failed} of ${draws} bootstrap draws did not converge and were left out (as lavaan does)`,
  bootstrapInadmissible: (count: number, draws: number, dropped: boolean): string =>
    `${count} of ${draws} bootstrap draws gave an inadmissible solution (negative variance or |standardized covariance| > 1)` +
    (dropped ? " and were left out" : "; they are kept (set dropInadmissible: true to leave them out)"),
  bootstrapTooFewDraws: (used: number): string =>
    `only ${used} bootstrap draws are usable: intervals need at least 2; increase draws or check the model`,
  bootstrapFewForBca: (draws: number): string =>
    `${draws} draws are few for percentile-type intervals; 1000 or more are usual (5000 for BCa)`,
  mediationFeedbackLoop: (cycle: readonly string[]): string =>
    `the structural model has a feedback loop (${cycle.join(" -> ")}): indirect effects of non-recursive models are not sums of paths`,
  mediationNoPaths: "the model has no regressions (~), so there are no direct, indirect or total effects",
  invarianceNeedsGroup: "invariance needs the grouping column: give { group: \"column\" }",
  invarianceUnknownLevel: (level: string): string =>
    `unknown invariance level ${q(level)}; use "configural", "metric", "scalar" or "strict"`,
  invarianceOneGroup: (group: string, label: string): string =>
    `column ${q(group)} has a single group (${q(label)}) among the complete cases: invariance needs at least two groups`,
  invarianceNotConverged: (level: string): string => `the ${level} model did not converge; its row of the table should not be trusted`,
  invarianceNoneSupported: "no invariance level is supported: the configural model did not converge",
  moderationNotLatent: (name: string, term: string): string =>
    `${q(name)} in the interaction ${term} must be a latent variable measured by at least two observed items (${name} =~ item1 + item2 + ...)`,
  moderationNoOutcome: (terms: readonly string[]): string =>
    `the interaction term(s) ${terms.join(", ")} do not appear as predictors in a regression (Y ~ ... + X:W)`,
  // ---- simulation / power ----
  simBadN: (value: unknown): string => `n must be a whole number of at least 1 per group, got ${String(value)}`,
  simGroupCount: (model: number, n: number): string =>
    `the population model has ${model} group(s) (from c(...) modifiers) but n gives ${n} sample size(s); give one n per group`,
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
  powerBadReps: (value: unknown): string => `reps must be a whole number >= 1, got ${String(value)}`,
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
  chartBadLevel: (level: number): string => `confidence level must be between 0 and 1, got ${level}`,
  chartBadOut: (path: string): string =>
    `semkit chart: --out must end in .svg, .png or .vl.json, got ${q(path)}`,
  // ---- robustness (checks added by the robustness issue) ----------------
  syntaxNumberOverflow: (text: string): string => `number '${text}' is too large: it overflows to infinity`,
  syntaxTooDeep: (limit: number): string =>
    `expression nested too deeply or too long (more than ${limit} levels): split it into several := definitions`,
  syntaxNotText: (what: string): string => `the model must be a string of lavaan syntax, got ${what}`,
  semConstraintUnsupported: (text: string, where: string): string =>
    `constraint ${q(text)} ${where} cannot be imposed by the estimator yet (only equalities between two labels, ` +
    `a == b, are); remove it or express it with a shared label`,
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
  // ---- streaming moments, fit from moments (issues 10/11, brief O) -------
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
  // ---- robust fit measures, MLM, GLS, ULS (issue 6, brief L) ------------
  leastSquaresNoCasewise: "casewise scores are not defined for the least-squares estimators (GLS, ULS)",
  estimatorNeedsCompleteData: (estimator: string): string =>
    `estimator ${q(estimator)} needs complete data: use missing = "listwise", or estimator "MLR" with missing = "ml" (FIML)`,
  // ---- WLSMV completion: groups, catML robust indices (issue 6, brief N) ----
  wlsmvGroupsMissing: "a multiple-group ordinal (WLSMV) model needs the group of every row",
  wlsmvRobustNotPositiveDefinite: (group: string): string =>
    `the polychoric correlation matrix${group === "" ? "" : ` of group ${q(group)}`} is not positive definite: ` +
    "cfi.robust, tli.robust, rni.robust and rmsea.robust are not available (lavaan reports NA)",
  wlsmvRobustConstrainedThresholds:
    "thresholds or intercepts are constrained equal: cfi.robust, tli.robust, rni.robust and rmsea.robust are not " +
    "available (lavaan 0.6-14's catML fit fails on these constraints and reports NA)",
  // ---- WLSMV with mixed ordinal and continuous indicators (issue 6, brief S) ----
  wlsmvCovariatesUnsupported: (covariates: readonly string[]): string =>
    `exogenous covariate${covariates.length === 1 ? "" : "s"} ${covariates.map(q).join(", ")} with ordered indicators: ` +
    `lavaan then regresses the ordinal indicators on the covariates (conditional.x), which semkit does not implement; ` +
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
  // ---- thesis report (issue 8) ---------------------------------------------
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
  thesisNotAvailable: (what: string): string => `${what} is not available in this build of semkit`,
  thesisCompositeModeration: (from: string, moderator: string, to: string): string =>
    `the ${from} × ${moderator} → ${to} moderation is estimated on composite scores (item means, z-standardised; ` +
    `Aiken & West 1991), not as a latent interaction`,
  thesisNoGroup: "no grouping variable in the analysis config: measurement invariance is skipped",
  reportWrote: (dir: string): string => `report written to ${dir}`,
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
  // ---- public API argument checks (issue 11, brief U) -------------------
  argType: (fn: string, arg: string, expected: string, got: string): string =>
    `${fn}(): ${arg} must be ${expected}, got ${got}`,
  chartBadSvg: (reason: string): string => `rasterize(): the SVG text cannot be parsed (${reason})`,
  // ---- fixed.x likelihood, modification indices, robust summary (issue 6, brief T) ----
  fixedXModindicesEstimator: (estimator: string): string =>
    `the ML/GLS/ULS score tests do not apply to a ${estimator} solution: its modification indices come from the DWLS ` +
    `gradient and information (use fit.modificationIndices() of the WLSMV fit)`,
  // ---- options / cli ----------------------------------------------------
} as const;

export { q as quote };
