/**
 * Bad-input catalogue, estimation: models that cannot be estimated throw a typed error;
 * models that can be estimated but are suspect return the fit with warnings from src/messages.ts that
 * name the parameters, and the fitted object stays fully usable (estimates, summary) without crashing.
 * Each data set is built so that the problem follows from its population covariances (derivations in
 * the comments), not from semkit's own output.
 */
import { describe, expect, test } from "vitest";
import { ModelSpecificationError, OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { cfa } from "../../src/sem/sem.ts";
import { alpha } from "../../src/reliability/alpha.ts";
import { bootstrap } from "../../src/bootstrap/bootstrap.ts";
import { createRng } from "../../src/random/rng.ts";
import type { SemFit } from "../../src/sem/types.ts";
import { csv, normals, oneFactorRows, thrown } from "./helpers.ts";

/** Every number the fit exposes is computed without throwing, and the summary prints. */
function usable(fit: SemFit): void {
  expect(fit.parameterEstimates().length).toBeGreaterThan(0);
  expect(typeof fit.summary({ fitMeasures: true, standardized: true, rsquare: true })).toBe("string");
  expect(typeof fit.fitMeasures()["chisq"]).toBe("number");
}

/** n rows with population covariance Σ (p × p, row-major), via its Cholesky factor. */
function rowsWithCovariance(sigma: readonly number[], p: number, n: number, seed: number): number[][] {
  const L = new Array<number>(p * p).fill(0);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = sigma[i * p + j]!;
      for (let k = 0; k < j; k++) s -= L[i * p + k]! * L[j * p + k]!;
      L[i * p + j] = i === j ? Math.sqrt(s) : s / L[j * p + j]!;
    }
  }
  const z = normals(seed);
  return Array.from({ length: n }, () => {
    const e = Array.from({ length: p }, () => z());
    return Array.from({ length: p }, (_, i) => e.reduce((acc, v, k) => acc + L[i * p + k]! * v, 0));
  });
}

describe("models that cannot be estimated", () => {
  test("df < 0: one factor with two indicators (4 free parameters, 3 moments)", () => {
    const data = csv(["x1", "x2"], oneFactorRows(100, [0.7, 0.7], 1));
    const e = thrown(() => cfa("f =~ x1 + x2", data), ModelSpecificationError);
    expect(e.message).toBe(message.negativeDf(-1, 4, 3));
  });
  test("an estimator that is not available", () => {
    const data = csv(["x1", "x2", "x3"], oneFactorRows(100, [0.7, 0.7, 0.7], 1));
    // ULS, GLS, MLM, MLR and WLSMV exist now; pairwise ML (lavaan "PML") does not
    const e = thrown(() => cfa("f =~ x1 + x2 + x3", data, { estimator: "PML" as never }), OptionError);
    expect(e.message).toBe(message.optionValue("estimator", "PML", ["ML", "MLR", "MLM", "GLS", "ULS", "WLSMV"]));
  });
});

describe("suspect fits are returned with warnings", () => {
  test("an unidentified model names the parameters involved", () => {
    // Two uncorrelated factors with two indicators each: per factor 4 parameters (λ2, θ1, θ2, ψ) for
    // 3 moments (s11, s22, s12), so every parameter of both factors lies in the singular direction.
    const rows = oneFactorRows(200, [0.7, 0.7, 0.6, 0.6], 2);
    const fit = cfa("f =~ x1 + x2\ng =~ x3 + x4", csv(["x1", "x2", "x3", "x4"], rows), { orthogonal: true });
    expect(fit.warnings).toContain(message.unidentified(["f=~x2", "g=~x4", "x1~~x1", "x2~~x2", "x3~~x3", "x4~~x4", "f~~f", "g~~g"]));
    usable(fit);
  });
  test("a Heywood case: a negative residual variance is named", () => {
    // Population: x1 = .9f + .3g + .3e, x2 = .9f + .45e, x3 = .45f + .9g + .5e (f, g, e independent N(0,1)).
    // One-factor solution: λ1² = s12·s13/s23 = .81·.675/.405 = 1.35 > var(x1) = .99, so θ1 < 0.
    const z = normals(7);
    const rows = Array.from({ length: 300 }, () => {
      const f = z(), g = z();
      return [0.9 * f + 0.3 * g + 0.3 * z(), 0.9 * f + 0.45 * z(), 0.45 * f + 0.9 * g + 0.5 * z()];
    });
    const fit = cfa("f =~ x1 + x2 + x3", csv(["x1", "x2", "x3"], rows));
    expect(fit.warnings).toContain(message.heywood(["x1 ~~ x1"]));
    const theta1 = fit.parameterEstimates().find((r) => r.lhs === "x1" && r.op === "~~" && r.rhs === "x1")!;
    expect(theta1.est).toBeLessThan(0);
    usable(fit);
  });
  test("a latent covariance matrix that is not positive definite", () => {
    // Within-block correlations .3, between-block .5: ψ_f = ψ_g = .3 and ψ_fg = .5, a factor correlation of 5/3.
    const p = 6;
    const sigma = Array.from({ length: p * p }, (_, k) => {
      const i = Math.floor(k / p), j = k % p;
      return i === j ? 1 : (i < 3) === (j < 3) ? 0.3 : 0.5;
    });
    const fit = cfa("f =~ x1 + x2 + x3\ng =~ x4 + x5 + x6", csv(["x1", "x2", "x3", "x4", "x5", "x6"], rowsWithCovariance(sigma, p, 500, 4)));
    expect(fit.warnings).toContain(message.latentNotPositiveDefinite(""));
    usable(fit);
  });
  test("perfectly collinear items (x3 = x1 + x2): the item and the items it depends on are named", () => {
    const rows = oneFactorRows(80, [0.7, 0.6, 0.5], 9).map(([a, b, c]) => [a!, b!, a! + b!, c!]);
    const fit = cfa("f =~ x1 + x2 + x3 + x4", csv(["x1", "x2", "x3", "x4"], rows));
    const warning = fit.warnings.find((w) => w.startsWith('"x3" is (almost) a linear combination'));
    expect(warning).toBe(message.semCollinearItem("x3", ["x1", "x2"], Number(warning!.match(/R² = ([^)]+)\)/)![1]), ""));
    expect(Number(warning!.match(/R² = ([^)]+)\)/)![1])).toBeLessThan(1e-8);
    usable(fit);
  });
  test("a duplicated item (x2 = x1)", () => {
    const rows = oneFactorRows(80, [0.7, 0.6, 0.5], 10).map(([a, , c]) => [a!, a!, c!, c! + a!]);
    const fit = cfa("f =~ x1 + x2 + x3 + x4", csv(["x1", "x2", "x3", "x4"], rows));
    expect(fit.warnings).toContain(message.sampleNotPositiveDefinite(""));
    expect(fit.warnings).toContain(message.semCollinearItem("x2", ["x1"], 0, ""));
    expect(fit.converged).toBe(false);
  });
  test("non-convergence: the last iterate is returned, marked converged = false, with a warning", () => {
    // A duplicated item (x2 = x1) makes S exactly singular, so the ML discrepancy (log|Σ| + tr(SΣ⁻¹) − log|S| − p)
    // is undefined from the start: the optimizer cannot take a step and must report non-convergence.
    const rows = oneFactorRows(80, [0.7, 0.6, 0.5], 10).map(([a, , c]) => [a!, a!, c!, c! + a!]);
    const fit = cfa("f =~ x1 + x2 + x3 + x4", csv(["x1", "x2", "x3", "x4"], rows));
    expect(fit.converged).toBe(false);
    const warning = fit.warnings.find((w) => w.startsWith("the optimizer did not converge after"));
    expect(warning).toBe(message.notConverged(fit.iterations, Number(warning!.match(/gradient ([^)]+)\)/)![1])));
    expect(Array.from(fit.theta).every(Number.isFinite)).toBe(true);
    usable(fit);
  });
});

describe("bootstrap draws that fail are counted and reported", () => {
  test("alpha: resamples of 3 rows that repeat one row have no finite α; their number is reported", () => {
    // Resample b takes rows createRng(3, b).int(3) three times; α is 0/0 exactly when all three are the same row.
    let expected = 0;
    for (let b = 0; b < 200; b++) {
      const rng = createRng(3, b);
      const i = rng.int(3), j = rng.int(3), k = rng.int(3);
      if (i === j && j === k) expected++;
    }
    const res = alpha("a,b,c\n1,2,3\n2,2,4\n4,3,3\n", { items: ["a", "b", "c"], nBoot: 200, seed: 3 });
    expect(expected).toBeGreaterThan(0);
    expect(res.boot!.failed).toBe(expected);
    expect(res.warnings).toContain(message.alphaBootFailed(expected, 200));
  });
  test("SEM bootstrap: non-converged and inadmissible draws are counted, with warnings", () => {
    // the Heywood population of the case above, n = 40: most draws have a negative residual variance
    const z = normals(7);
    const rows = Array.from({ length: 40 }, () => {
      const f = z(), g = z();
      return [0.9 * f + 0.3 * g + 0.3 * z(), 0.9 * f + 0.45 * z(), 0.45 * f + 0.9 * g + 0.5 * z()];
    });
    const b = bootstrap("f =~ x1 + x2 + x3", csv(["x1", "x2", "x3"], rows), { draws: 50, seed: 1 });
    expect(b.notConverged + b.used).toBe(50);
    expect(b.inadmissible).toBeGreaterThan(0);
    if (b.notConverged > 0) expect(b.warnings).toContain(message.bootstrapNotConverged(b.notConverged, 50));
    expect(b.warnings).toContain(message.bootstrapInadmissible(b.inadmissible, 50, false));
  });
});
