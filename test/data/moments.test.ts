import { describe as suite, expect, it } from "vitest";
import { parseCsv } from "../../src/data/parseCsv.ts";
import { numericMatrix } from "../../src/data/numericMatrix.ts";
import { reverseCode } from "../../src/data/reverseCode.ts";
import { covariance } from "../../src/data/covariance.ts";
import { correlation } from "../../src/data/correlation.ts";
import { sampleMoments } from "../../src/data/sampleMoments.ts";
import { DataError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { dataText, fixture, logDetSpd } from "./helpers.ts";

const loyalty = parseCsv(dataText("loyalty_survey.csv"));
const hs = parseCsv(dataText("HolzingerSwineford1939.csv"));
const alphaRef = fixture("loyalty_alpha");

suite("covariance", () => {
  it("matches psych's average_r (cov2cor of the pairwise covariance) for every loyalty scale", () => {
    // psych: alpha(items, check.keys=FALSE) computes C <- cov(x, use = "pairwise"), R <- cov2cor(C);
    // average_r is the mean off-diagonal R. Data: tru4 and swc3 reversed as 6 - x (as in the fixture call).
    const ds = reverseCode(loyalty, ["tru4", "swc3"], { min: 1, max: 5 });
    for (const [scale, ref] of Object.entries(alphaRef.scales) as [string, any][]) {
      const items = ref.items as string[];
      const m = numericMatrix(ds, items);
      const c = covariance(m.data, m.n, m.p, { use: "pairwise" });
      const p = m.p;
      let sum = 0;
      for (let j = 0; j < p; j++) {
        for (let k = j + 1; k < p; k++) sum += (c[j * p + k] as number) / Math.sqrt((c[j * p + j] as number) * (c[k * p + k] as number));
      }
      const avg = sum / ((p * (p - 1)) / 2);
      expect(avg, scale).toBeCloseTo(ref.total[0].average_r, 12);
      // diagonal: variance of each item over its own observed values, = psych item_stats sd^2
      ref.item_stats.forEach((s: any, j: number) => expect(Math.sqrt(c[j * p + j] as number)).toBeCloseTo(s.sd, 12));
    }
  });

  it("uses n-1 by default and n on request, on a hand-checked example", () => {
    // x = (1,2,3), y = (2,4,6): var x = 1, cov = 2, var y = 4 (n-1); times 2/3 with denominator n
    const x = new Float64Array([1, 2, 2, 4, 3, 6]);
    expect(Array.from(covariance(x, 3, 2))).toEqual([1, 2, 2, 4]);
    const ml = covariance(x, 3, 2, { denominator: "n" });
    [2 / 3, 4 / 3, 4 / 3, 8 / 3].forEach((v, i) => expect(ml[i]).toBeCloseTo(v, 15));
  });

  it("listwise drops incomplete rows; rejects bad dimensions and too few rows", () => {
    const x = new Float64Array([1, 2, NaN, 5, 2, 4, 3, 6]);
    expect(Array.from(covariance(x, 4, 2))).toEqual([1, 2, 2, 4]);
    expect(() => covariance(x, 3, 2)).toThrow(message.dataBadDimensions(8, 3, 2));
    expect(() => covariance(new Float64Array([1, NaN, NaN, 2]), 2, 2)).toThrow(DataError);
    expect(() => covariance(new Float64Array([1, NaN, NaN, 2]), 2, 2)).toThrow(message.dataTooFewRows(2, 0));
  });
});

suite("correlation", () => {
  it("pairwise: each pair uses its own complete rows, means and sds (as R's cor(use = 'pairwise'))", () => {
    // hand computation: columns a, b, c with different missing rows
    const rows = [
      [1, 2, 5],
      [2, NaN, 3],
      [4, 5, NaN],
      [NaN, 1, 2],
      [5, 7, 1],
      [3, 3, 4],
    ];
    const x = new Float64Array(rows.flat());
    const r = correlation(x, 6, 3, { use: "pairwise" });
    const pearson = (j: number, k: number): number => {
      const pairs = rows.filter((row) => !Number.isNaN(row[j]) && !Number.isNaN(row[k])).map((row) => [row[j] as number, row[k] as number]);
      const ma = pairs.reduce((s, q) => s + (q[0] as number), 0) / pairs.length;
      const mb = pairs.reduce((s, q) => s + (q[1] as number), 0) / pairs.length;
      let sab = 0;
      let saa = 0;
      let sbb = 0;
      for (const [a, b] of pairs) {
        sab += ((a as number) - ma) * ((b as number) - mb);
        saa += ((a as number) - ma) ** 2;
        sbb += ((b as number) - mb) ** 2;
      }
      return sab / Math.sqrt(saa * sbb);
    };
    for (let j = 0; j < 3; j++) {
      for (let k = 0; k < 3; k++) expect(r[j * 3 + k]).toBeCloseTo(j === k ? 1 : pearson(j, k), 14);
    }
    // a vs b over rows 1,3,5,6: a = 1,4,5,3 (mean 3.25), b = 2,5,7,3 (mean 4.25):
    // Sab = 10.75, Saa = 8.75, Sbb = 14.75 -> r = 10.75 / sqrt(8.75 * 14.75) (by hand)
    expect(r[1]).toBeCloseTo(10.75 / Math.sqrt(8.75 * 14.75), 14);
    expect(r[1]).toBeCloseTo(0.946255523491672, 14);
  });

  it("listwise on complete cases reproduces psych's Bartlett chi-square (loyalty EFA)", () => {
    // psych: cortest.bartlett(R, n): chisq = -(n - 1 - (2p + 5)/6) * log det R; fixture loyalty_efa.json
    const ref = fixture("loyalty_efa");
    const ds = reverseCode(loyalty, ["tru4", "swc3"], { min: 1, max: 5 });
    const m = numericMatrix(ds, ref.items, { missing: "listwise" });
    const r = correlation(m.data, m.n, m.p);
    const chisq = -(m.n - 1 - (2 * m.p + 5) / 6) * logDetSpd(r, m.p);
    expect(chisq).toBeCloseTo(ref.bartlett.chisq, 8);
  });

  it("reproduces psych's Bartlett chi-square on HolzingerSwineford1939 x1..x9", () => {
    // psych: cortest.bartlett via fa(); fixture hs1939_efa.json
    const ref = fixture("hs1939_efa");
    const m = numericMatrix(hs, ref.items);
    const r = correlation(m.data, m.n, m.p);
    expect(m.n).toBe(ref.nobs);
    expect(-(m.n - 1 - (2 * m.p + 5) / 6) * logDetSpd(r, m.p)).toBeCloseTo(ref.bartlett.chisq, 8);
  });

  it("gives NaN for a constant column", () => {
    const r = correlation(new Float64Array([1, 2, 1, 3, 1, 4]), 3, 2);
    expect(r[0]).toBeNaN();
    expect(r[1]).toBeNaN();
    expect(r[3]).toBe(1);
  });
});

suite("sampleMoments", () => {
  it("reproduces lavaan's unrestricted log-likelihood and saturated means on HolzingerSwineford1939", () => {
    // lavaan: fitMeasures(cfa(..., meanstructure = TRUE))["unrestricted.logl"] = -N/2 (p log 2π + log|S| + p),
    // S the N-denominator covariance; implied means of a CFA with free intercepts = sample means.
    const ref = fixture("hs1939_cfa_meanstructure");
    const names = ["x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9"];
    const m = numericMatrix(hs, names);
    const { mean, cov } = sampleMoments(m.data, m.n, m.p);
    const logl = (-m.n / 2) * (m.p * Math.log(2 * Math.PI) + logDetSpd(cov, m.p) + m.p);
    expect(logl).toBeCloseTo(ref.fit["unrestricted.logl"], 8);
    const refMean = Array.isArray(ref.implied.mean) ? ref.implied.mean : Object.values(ref.implied.mean)[0];
    (refMean as number[]).forEach((v, j) => expect(mean[j]).toBeCloseTo(v, 10));
  });

  it("rejects missing values, naming row and column", () => {
    let err: unknown;
    try {
      sampleMoments(new Float64Array([1, 2, 3, NaN]), 2, 2);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).row).toBe(2);
    expect((err as Error).message).toBe(message.dataMissingInMatrix(2, 2));
  });
});
