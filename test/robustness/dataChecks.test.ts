/**
 * Data checks of sem(): lavaan's variance warnings, likely missing codes and typos in rating items, the declared
 * scale, rows dropped (missing group, missing exogenous covariate, listwise), and data with no or one row.
 * lavaan's side comes from test/fixtures/data_checks.R (data_checks.json); other expectations are computed
 * here from the tiny inputs.
 */
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { cfa, sem } from "../../src/sem/sem.ts";
import { parseCsv } from "../../src/data/parseCsv.ts";
import type { Column, Dataset } from "../../src/data/types.ts";
import { DataError, ModelSpecificationError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { thrown } from "./helpers.ts";

const ref = JSON.parse(readFileSync(new URL("../fixtures/data_checks.json", import.meta.url), "utf8"));
const hs = parseCsv(readFileSync(new URL("../../data/HolzingerSwineford1939.csv", import.meta.url), "utf8"));
const loyalty = parseCsv(readFileSync(new URL("../../data/loyalty_survey.csv", import.meta.url), "utf8"));
const HS_MODEL = "visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6\nspeed =~ x7 + x8 + x9";

/** A copy of `ds` with numeric column `name` changed by `f` (value, 0-based row). */
function mapColumn(ds: Dataset, name: string, f: (x: number, r: number) => number): Dataset {
  const col = ds.columns.get(name);
  if (col?.kind !== "numeric") throw new Error(`${name} is not numeric`);
  const columns = new Map<string, Column>(ds.columns);
  columns.set(name, { kind: "numeric", values: col.values.map(f) });
  return { names: ds.names, n: ds.n, columns };
}

/** A copy of `ds` with text column `name` missing (null) in the given 1-based rows. */
function blankText(ds: Dataset, name: string, rows: readonly number[]): Dataset {
  const col = ds.columns.get(name);
  if (col?.kind !== "text") throw new Error(`${name} is not text`);
  const columns = new Map<string, Column>(ds.columns);
  columns.set(name, { kind: "text", values: col.values.map((v, r) => (rows.includes(r + 1) ? null : v)) });
  return { names: ds.names, n: ds.n, columns };
}

const dataWords = /variance|missing-value code|typo|listwise|group variable|exogenous/;

describe("variance ratio and large variances (lavaan's lav_data_full checks)", () => {
  for (const c of ref.variance as { x3_factor: number; names: string[]; var: number[]; ratio_warning: boolean; large_warning: boolean }[]) {
    test(`x3 × ${c.x3_factor}: warns exactly when lavaan does, naming both columns and the ratio`, () => {
      // lavaan: d$x3 <- d$x3 * factor; cfa("visual =~ x1 + x2 + x3", d) — warnings and varTable(fit)$var
      const fit = cfa("visual =~ x1 + x2 + x3", mapColumn(hs, "x3", (x) => x * c.x3_factor));
      const big = c.var.indexOf(Math.max(...c.var)), small = c.var.indexOf(Math.min(...c.var));
      const ratio = message.dataVarianceRatio(c.names[big]!, c.var[big]!, c.names[small]!, c.var[small]!);
      expect(fit.warnings.includes(ratio)).toBe(c.ratio_warning);
      expect(fit.warnings.includes(message.dataLargeVariance("x3", c.var[2]!))).toBe(c.large_warning);
      if (c.ratio_warning) {
        expect(ratio).toContain('"x3"');
        expect(ratio).toContain('"x1"');
        expect(ratio).toContain(`ratio ${String(Number((c.var[big]! / c.var[small]!).toPrecision(4)))}`);
      }
    });
  }
  for (const c of ref.exo_ratio as { fixed_x: boolean; ratio_warning: boolean }[]) {
    test(`a covariate with a large variance counts only without fixed.x (fixed.x = ${c.fixed_x})`, () => {
      // lavaan: d$ageyr <- d$ageyr * 100; sem("visual =~ x1 + x2 + x3\nvisual ~ ageyr", d, fixed.x = fx)
      const fit = sem("visual =~ x1 + x2 + x3\nvisual ~ ageyr", mapColumn(hs, "ageyr", (x) => x * 100), { fixedX: c.fixed_x });
      expect(fit.warnings.some((w) => w.startsWith("some observed variances are (at least) a factor 1000") && w.includes('"ageyr"'))).toBe(c.ratio_warning);
    });
  }
  test("the HS and loyalty reference fits get no data warning", () => {
    expect(cfa(HS_MODEL, hs).warnings.filter((w) => dataWords.test(w))).toEqual([]);
    const core = "SAT =~ sat1 + sat2 + sat3 + sat4\nLOY =~ loy1 + loy2 + loy3 + loy4\nLOY ~ SAT";
    expect(sem(core, loyalty, { missing: "ml" }).warnings.filter((w) => dataWords.test(w))).toEqual([]);
  });
});

describe("likely missing codes and typos in rating items", () => {
  const model = "SAT =~ sat1 + sat2 + sat3 + sat4";
  test("-99 left in a 1–5 item: column, value, count and the option that treats it as missing", () => {
    const ds = mapColumn(loyalty, "sat2", (x, r) => (r % 60 === 7 ? -99 : x)); // 8 rows
    const fit = sem(model, ds, { missing: "ml" });
    const w = fit.warnings.find((t) => t.includes('"sat2"') && t.includes("-99"));
    expect(w).toBe(message.dataLikelyMissingCode("sat2", -99, 8, 1, 5));
    expect(w).toContain("(8 rows)");
    expect(w).toContain('missingCodes: ["-99"]');
    expect(w).toContain("--missing-codes -99");
    // with the code declared, the value is missing and the warning is gone
    const text = "sat2\n" + Array.from((ds.columns.get("sat2") as { values: Float64Array }).values, (x) => (Number.isNaN(x) ? "" : String(x))).join("\n");
    const declared = sem("SAT =~ sat1 + sat2 + sat3 + sat4", { ...ds, columns: new Map([...ds.columns, ["sat2", parseCsv(text, { missing: ["-99"] }).columns.get("sat2")!]]) }, { missing: "ml" });
    expect(declared.warnings.some((t) => t.includes("-99"))).toBe(false);
  });
  test("999 and 9 in a 1–5 item are named as codes; a 1e3 typo and a 1e12 outlier as typos", () => {
    const ds = mapColumn(mapColumn(loyalty, "sat1", (x, r) => (r === 3 ? 999 : r === 4 || r === 5 ? 9 : x)), "sat3", (x, r) => (r === 10 ? 1e3 : r === 11 ? 1e12 : x));
    const fit = sem(model, ds, { missing: "ml" });
    expect(fit.warnings).toContain(message.dataLikelyMissingCode("sat1", 9, 2, 1, 5));
    expect(fit.warnings).toContain(message.dataLikelyMissingCode("sat1", 999, 1, 1, 5));
    expect(fit.warnings).toContain(message.dataLikelyTypo("sat3", 1000, 1, 1, 5));
    expect(fit.warnings).toContain(message.dataLikelyTypo("sat3", 1e12, 1, 1, 5));
    // the 1e12 outlier also trips lavaan's variance checks
    expect(fit.warnings.some((t) => t.startsWith("some observed variances are (at least) a factor 1000") && t.includes('"sat3"'))).toBe(true);
  });
  test("continuous scores (HS x1…x9) and a 0–10 item with a valid 9 are not flagged", () => {
    const rows = Array.from({ length: 40 }, (_, i) => `${i % 11},${(i * 7) % 11},${(i * 3) % 11}`);
    const fit = cfa("f =~ a + b + c", `a,b,c\n${rows.join("\n")}\n`);
    expect(fit.warnings.filter((w) => /missing-value code|typo/.test(w))).toEqual([]);
  });
});

describe("the declared scale is checked with or without reverse coding", () => {
  test("a 55 in a 1–5 indicator names column, row and value, without --reverse", () => {
    const ds = mapColumn(loyalty, "sat2", (x, r) => (r === 16 ? 55 : x));
    const e = thrown(() => sem("SAT =~ sat1 + sat2 + sat3", ds, { missing: "ml", scale: { min: 1, max: 5 } }), DataError);
    expect(e.message).toBe(message.dataOutOfScale("sat2", 17, 55, 1, 5));
    expect(e.column).toBe("sat2");
    expect(e.row).toBe(17);
  });
  test("a -99 outside the scale points to missingCodes and counts the others", () => {
    const ds = mapColumn(loyalty, "sat3", (x, r) => (r === 1 || r === 2 || r === 30 ? -99 : x));
    const e = thrown(() => sem("SAT =~ sat1 + sat2 + sat3", ds, { missing: "ml", scale: { min: 1, max: 5 } }), DataError);
    expect(e.message).toContain('column "sat3", row 2: value -99 is outside the scale 1–5');
    expect(e.message).toContain("--missing-codes -99");
    expect(e.message).toContain(message.dataMoreOutOfScale("sat3", 2));
  });
  test("values on the scale pass, and covariates are not held to it", () => {
    const fit = sem("SAT =~ sat1 + sat2 + sat3\nSAT ~ sq1", mapColumn(loyalty, "sq1", (x) => x * 10), { missing: "ml", scale: { min: 1, max: 5 } });
    expect(fit.converged).toBe(true);
  });
});

describe("rows dropped are counted", () => {
  test("missing group value: a warning with the column, the count and the rows; nobs and chi-square as lavaan", () => {
    // lavaan: d$school[c(2, 7)] <- NA; cfa(HS.model, d, group = "school")
    const ds = blankText(hs, "school", ref.group.missing_rows);
    const fit = cfa(HS_MODEL, ds, { group: "school" });
    expect(ref.group.group_warning).toBe(true);
    expect(fit.warnings).toContain(message.dataGroupMissing("school", 2, [2, 7]));
    expect(fit.nobs).toEqual(ref.group.nobs);
    expect(Math.abs(fit.fitMeasures().chisq - ref.group.chisq)).toBeLessThan(1e-3 * ref.group.chisq);
  });
  test("FIML with a missing exogenous covariate deletes the rows as lavaan does, with the count", () => {
    // lavaan: d$ageyr[c(3, 10, 50)] <- NA; d$x1[c(5, 6)] <- NA; sem("visual =~ x1 + x2 + x3\nvisual ~ ageyr", d, missing = "ml")
    const e = ref.exogenous;
    const ds = mapColumn(mapColumn(hs, "ageyr", (x, r) => (e.missing_ageyr_rows.includes(r + 1) ? NaN : x)), "x1", (x, r) => (e.missing_x1_rows.includes(r + 1) ? NaN : x));
    const fit = sem("visual =~ x1 + x2 + x3\nvisual ~ ageyr", ds, { missing: "ml" });
    expect(e.deleted_warning).toBe(true);
    expect(fit.warnings).toContain(message.exoMissingDeleted(3, 301, ""));
    expect(fit.nobs).toEqual([e.nobs]);
    const pe = fit.parameterEstimates();
    let compared = 0;
    (e.lhs as string[]).forEach((lhs, k) => {
      const row = pe.find((p) => p.lhs === lhs && p.op === e.op[k] && p.rhs === e.rhs[k]);
      if (row === undefined || e.se[k] === 0) return;
      expect(Math.abs(row.est - e.est[k])).toBeLessThan(1e-4 * Math.max(1, Math.abs(e.est[k])));
      expect(Math.abs((row.se ?? NaN) - e.se[k])).toBeLessThan(1e-3 * e.se[k]);
      compared++;
    });
    expect(compared).toBeGreaterThanOrEqual(10);
  });
  test("listwise deletion: how many rows, out of how many, and the columns responsible", () => {
    const items = ["sat1", "sat2", "sat3", "sat4", "loy1", "loy2", "loy3", "loy4"];
    const cols = items.map((v) => (loyalty.columns.get(v) as { values: Float64Array }).values);
    let dropped = 0;
    for (let r = 0; r < loyalty.n; r++) if (cols.some((c) => Number.isNaN(c[r]!))) dropped++;
    const fit = sem("SAT =~ sat1 + sat2 + sat3 + sat4\nLOY =~ loy1 + loy2 + loy3 + loy4\nLOY ~ SAT", loyalty);
    const w = fit.warnings.find((t) => t.includes("listwise deletion"));
    expect(w).toBeDefined();
    expect(w!.startsWith(`${dropped} of 480 rows were dropped by listwise deletion`)).toBe(true);
    expect(fit.nobs).toEqual([480 - dropped]);
    const missingSat1 = Array.from(cols[0]!).filter((x) => Number.isNaN(x)).length;
    expect(w).toContain(`"sat1": ${missingSat1}`);
    expect(w).toContain('--missing fiml');
  });
});

describe("no rows, one row, a group of one row", () => {
  test("a header-only file says that there are no data rows", () => {
    expect(thrown(() => cfa("f =~ x1 + x2 + x3", "x1,x2,x3\n"), DataError).message).toBe(message.dataNoRows);
    expect(thrown(() => cfa("f =~ x1 + x2 + x3", "x1,x2,x3,g\n", { group: "g" }), DataError).message).toBe(message.dataNoRows);
  });
  test("n = 1 says only 1 row", () => {
    expect(thrown(() => cfa("f =~ x1 + x2 + x3", "x1,x2,x3\n1,2,3\n"), DataError).message).toBe(message.dataOneRow(""));
  });
  test("a group with a single row is named", () => {
    const text = "g,x1,x2,x3\nA,1,2,3\nA,2,3,1\nA,3,1,2\nA,2,2,2\nB,1,1,1\n";
    const e = thrown(() => cfa("f =~ x1 + x2 + x3", text, { group: "g" }), DataError);
    expect(e.message).toBe(message.dataOneRow("B"));
    expect(e.message).toContain('group "B" has only 1 row');
  });
});

describe("unknown variables are listed together", () => {
  test("LOY ~ SAT + FOO with neither defined names both, at the first one's position", () => {
    const e = thrown(() => sem("LOY =~ loy1 + loy2 + loy3\nLOY ~ SAT + FOO", loyalty), ModelSpecificationError);
    expect(e.message).toContain('missing observed variables in dataset: "SAT" "FOO"');
    expect(e.message).toContain("(line 2, col 7)");
    expect(e.line).toBe(2);
    expect(e.col).toBe(7);
  });
  test("a close name gets its suggestion inside the list", () => {
    const e = thrown(() => sem("F =~ sat1 + sat9 + xyz\n", loyalty), ModelSpecificationError);
    expect(e.message).toContain('"sat9" "xyz"');
    expect(e.message).toMatch(/for "sat9" did you mean "sat\d"\?/);
  });
});

describe("alpha and efa check the same things on their items", () => {
  test("alpha: -99 in a 1–5 item warns with column, value and count; --scale refuses a 55 without --reverse", async () => {
    const { alpha } = await import("../../src/reliability/alpha.ts");
    const ds = mapColumn(loyalty, "sat1", (x, r) => (r < 4 ? -99 : x));
    expect(alpha(ds, { items: "sat*" }).warnings).toContain(message.dataLikelyMissingCode("sat1", -99, 4, 1, 5));
    const typo = mapColumn(loyalty, "sat4", (x, r) => (r === 9 ? 55 : x));
    const e = thrown(() => alpha(typo, { items: "sat*", scale: { min: 1, max: 5 } }), DataError);
    expect(e.message).toBe(message.dataOutOfScale("sat4", 10, 55, 1, 5));
    expect(thrown(() => alpha("a,b,c\n", {}), DataError).message).toBe(message.dataNoRows);
  });
  test("efa: a 1e3 typo warns; a header-only file says that there are no data rows", async () => {
    const { efa } = await import("../../src/efa/efa.ts");
    const ds = mapColumn(loyalty, "sq2", (x, r) => (r === 20 ? 1e3 : x));
    expect(efa(ds, { items: "sq*,pv*", nfactors: 2 }).warnings).toContain(message.dataLikelyTypo("sq2", 1000, 1, 1, 5));
    expect(thrown(() => efa("a,b,c\n", { nfactors: 1 }), DataError).message).toBe(message.dataNoRows);
  });
});

describe("the CLI shows the data warnings", () => {
  test("semkit fit --group with empty group cells and a -99 left in an item", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { fitCommand } = await import("../../src/cli/fit.ts");
    const { parseArgs } = await import("../../src/cli/args.ts");
    const lines = readFileSync(new URL("../../data/loyalty_survey.csv", import.meta.url), "utf8").trimEnd().split("\n");
    // platform is the 4th column, sat1 the 12th; no quotes inside these cells
    const edited = lines.map((line, i) => {
      const cells = line.split(",");
      if (i === 3 || i === 8) cells[3] = "";
      if (i >= 5 && i <= 7) cells[11] = "-99";
      return cells.join(",");
    });
    const dir = mkdtempSync(join(tmpdir(), "semkit-dc-"));
    const data = join(dir, "survey.csv"), model = join(dir, "m.lav");
    writeFileSync(data, edited.join("\n") + "\n");
    writeFileSync(model, "SAT =~ sat1 + sat2 + sat3 + sat4\nLOY =~ loy1 + loy2 + loy3 + loy4\nLOY ~ SAT\n");
    let text = "";
    const code = await fitCommand.run(parseArgs([data, "--model", model, "--group", "platform", "--json"]), (t) => { text += t; });
    expect(code).toBe(0);
    const warnings = JSON.parse(text).warnings as string[];
    expect(warnings).toContain(message.dataGroupMissing("platform", 2, [3, 8]));
    expect(warnings).toContain(message.dataLikelyMissingCode("sat1", -99, 3, 1, 5));
    expect(warnings.some((w) => /^\d+ of 478 rows were dropped by listwise deletion/.test(w))).toBe(true);
  });
});

describe("unknown columns are listed together", () => {
  test("alpha --items with two unknown names lists both, with suggestions", async () => {
    const { alpha } = await import("../../src/reliability/alpha.ts");
    const { UnknownColumnError } = await import("../../src/errors.ts");
    const e = thrown(() => alpha(loyalty, { items: ["sat1", "sat9", "foo"] }), UnknownColumnError);
    expect(e.message).toBe(message.dataUnknownColumns([{ name: "sat9", suggestion: "sat1" }, { name: "foo", suggestion: undefined }]));
    expect(e.message).toContain('"sat9"');
    expect(e.message).toContain('"foo"');
    expect(e.column).toBe("sat9");
  });
});
