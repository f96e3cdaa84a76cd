/**
 * Nothing unbounded: the non-central χ² distribution and the RMSEA interval stay fast and defined for extreme
 * χ² values, FIML and the thesis report on n = 4 return with warnings, worker counts are clamped to the cores,
 * sizes that cannot fit in memory are refused up front, and a throwing onProgress callback is reported as a
 * CallbackError instead of ending the process.
 */
import { availableParallelism } from "node:os";
import { MessageChannel } from "node:worker_threads";
import { describe, expect, test, vi } from "vitest";
import { CallbackError, OptionError } from "../../src/errors.ts";
import { message } from "../../src/messages.ts";
import { noncentralChisqCdf } from "../../src/distributions/noncentralChisqCdf.ts";
import { noncentralChisqLogTailBound } from "../../src/distributions/noncentralChisqTailBound.ts";
import { rmseaCi } from "../../src/fit/rmseaCi.ts";
import { chisqCdf } from "../../src/distributions/chisqCdf.ts";
import { chisqQuantile } from "../../src/distributions/chisqQuantile.ts";
import { cfa } from "../../src/sem/sem.ts";
import { bootstrap } from "../../src/bootstrap/bootstrap.ts";
import { bootstrapOnWorkers } from "../../src/bootstrap/bootstrapOnWorkers.ts";
import { serveBootstrapDraws, type WorkerLike } from "../../src/bootstrap/workerProtocol.ts";
import { simulateData } from "../../src/simulate/simulateData.ts";
import { power } from "../../src/power/power.ts";
import { parallelAnalysis } from "../../src/efa/parallelAnalysis.ts";
import { thesisAnalysis } from "../../src/thesis/thesisAnalysis.ts";
import { parseThesisConfig } from "../../src/thesis/parseThesisConfig.ts";
import { clampWorkers } from "../../src/node/clampWorkers.ts";
import { bootstrapParallel } from "../../src/node/bootstrapWorkers.ts";
import { powerParallel } from "../../src/node/powerWorkers.ts";
import { simulateCommand } from "../../src/cli/simulate.ts";
import { runCommand, tempFile } from "../helpers/cli.ts";
import { csv, oneFactorRows, thrown } from "./helpers.ts";

const NAMES6 = ["x1", "x2", "x3", "x4", "x5", "x6"];
const TWO_FACTORS = "f =~ x1 + x2 + x3\ng =~ x4 + x5 + x6";

describe("non-central chi-square and the RMSEA interval on extreme input", () => {
  test("rmseaCi(1e8, 9, 2e6) and a chi-square of 3.6e16 return finite bounds at once", () => {
    const t0 = Date.now();
    const [lo, hi] = rmseaCi(1e8, 9, 2e6);
    const [lo2, hi2] = rmseaCi(3.6e16, 9, 4);
    expect(Date.now() - t0).toBeLessThan(5000);
    // RMSEA point estimate sqrt((χ² − df)/(N·df)) = sqrt((1e8 − 9)/(2e6·9)) = 2.357 lies inside the interval
    const point = Math.sqrt((1e8 - 9) / (2e6 * 9));
    expect(lo).toBeLessThan(point);
    expect(hi).toBeGreaterThan(point);
    expect(hi - lo).toBeLessThan(0.01);
    expect(Number.isFinite(lo2) && Number.isFinite(hi2) && lo2 < hi2).toBe(true);
  });
  test("a tail far beyond the smallest double is 0 without summing (Chernoff bound)", () => {
    // P(χ²_9(4e8) ≤ 1e8): the bound is about e^(−1e7)
    expect(noncentralChisqLogTailBound(1e8, 9, 4e8, false)).toBeLessThan(-1e7);
    expect(noncentralChisqCdf(1e8, 9, 4e8)).toBe(0);
    expect(noncentralChisqCdf(1e8, 9, 4e8, true)).toBe(1);
  });
  test("the Chernoff bound lies above R's exact log-probabilities", () => {
    // R: pchisq(50, 9, 200, log.p = TRUE) = -30.80369688166601
    expect(noncentralChisqLogTailBound(50, 9, 200, false)).toBeGreaterThanOrEqual(-30.80369688166601);
    // R: pchisq(400, 9, 200, lower.tail = FALSE, log.p = TRUE) = -18.473432870561485
    expect(noncentralChisqLogTailBound(400, 9, 200, true)).toBeGreaterThanOrEqual(-18.473432870561485);
    // R: pchisq(60, 9, 200) = 6.2840765181683719e-12 (the exact sum, unchanged)
    expect(noncentralChisqCdf(60, 9, 200)).toBeCloseTo(6.2840765181683719e-12, 20);
  });
  test("above ncp = 1e7 Sankaran's approximation continues the exact sum", () => {
    // both tails add to 1 and the median of χ²_9(λ) is close to its mean 9 + λ for large λ
    const lower = noncentralChisqCdf(1e9 + 9, 9, 1e9), upper = noncentralChisqCdf(1e9 + 9, 9, 1e9, true);
    expect(lower + upper).toBeCloseTo(1, 12);
    expect(lower).toBeCloseTo(0.5, 3);
    // one standard deviation sqrt(2(k + 2λ)) above the mean: Φ(1) = 0.8413 up to the skewness correction
    const sd = Math.sqrt(2 * (9 + 2e9));
    expect(noncentralChisqCdf(1e9 + 9 + sd, 9, 1e9)).toBeCloseTo(0.8413, 3);
  });
});

describe("tiny samples return with warnings", () => {
  const tiny = csv(NAMES6, oneFactorRows(4, [0.7, 0.7, 0.7, 0.6, 0.6, 0.6], 3));
  test("FIML on n = 4 with 6 items returns, saying there are fewer cases than parameters", { timeout: 20_000 }, () => {
    const fit = cfa(TWO_FACTORS, tiny, { missing: "ml" });
    // 6 loadings − 2 fixed + 6 residual variances + 3 latent (co)variances + 6 intercepts = 19 free parameters
    expect(fit.partable.npar).toBe(19);
    expect(fit.warnings).toContain(message.semFewerCasesThanParameters(4, 19));
    expect(fit.problems).toContain(message.semFewerCasesThanParameters(4, 19));
    const fm = fit.fitMeasures();
    expect(typeof fm["rmsea.ci.upper"]).toBe("number");
    expect(fit.summary()).toContain(message.semFewerCasesThanParameters(4, 19));
  });
  test("the thesis analysis (FIML by default) on n = 4 returns and flags every decision", { timeout: 60_000 }, () => {
    const names = ["x1", "x2", "x3", "m1", "m2", "m3", "y1", "y2", "y3"];
    const data = csv(names, oneFactorRows(4, [0.7, 0.7, 0.7, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6], 3));
    const config = parseThesisConfig({
      constructs: [{ name: "A", items: ["x1", "x2", "x3"] }, { name: "M", items: ["m1", "m2", "m3"] }, { name: "Y", items: ["y1", "y2", "y3"] }],
      hypotheses: [{ id: "H1", from: "A", to: "M", sign: "+" }, { id: "H2", type: "indirect", from: "A", through: ["M"], to: "Y", sign: "+" }],
      bootstrap: { draws: 20, seed: 1 }, parallel: { iterations: 5, seed: 1 },
    });
    const res = thesisAnalysis(data, config);
    expect(res.problems.some((p) => p.startsWith("CFA: "))).toBe(true);
    for (const h of res.hypotheses) if (h.supported !== null) expect(h.problems.length).toBeGreaterThan(0);
  });
});

describe("resources", () => {
  test("workers beyond the cores are clamped, with a warning", () => {
    expect(clampWorkers(400, 2)).toEqual({ workers: 2, warning: message.workersClamped(400, 2) });
    expect(clampWorkers(2, 8)).toEqual({ workers: 2, warning: null });
    expect(clampWorkers(undefined, 3)).toEqual({ workers: 3, warning: null });
    expect(message.workersClamped(400, 2)).toContain("400");
  });
  test("bootstrapParallel with workers: 400 runs on the available cores and says so", { timeout: 60_000 }, async () => {
    const data = csv(["x1", "x2", "x3"], oneFactorRows(60, [0.7, 0.7, 0.7], 2));
    const b = await bootstrapParallel("f =~ x1 + x2 + x3", data, { draws: 4, seed: 1, workers: 400 });
    const cores = availableParallelism();
    if (cores < 400) expect(b.warnings[0]).toBe(message.workersClamped(400, cores));
    expect(b.draws).toBe(4);
  });
  test("simulateData refuses n = 1e12 and n = 1e8 up front, naming the size and the limit", () => {
    const model = "f =~ 0.7*x1 + 0.7*x2 + 0.7*x3";
    for (const n of [1e12, 1e8]) {
      const e = thrown(() => simulateData(model, { n }), OptionError);
      expect(e.message).toContain(`n = ${n} rows × 3 variables`);
      expect(e.message).toContain("2 GiB");
    }
  });
  test("the simulate command refuses --n 1e12 with an OptionError, not a RangeError", async () => {
    const model = tempFile("pop.lav", "f =~ 0.7*x1 + 0.7*x2 + 0.7*x3");
    await expect(runCommand(simulateCommand, ["--model", model, "--n", "1e12"])).rejects.toThrow(OptionError);
    await expect(runCommand(simulateCommand, ["--model", model, "--n", "1e12"])).rejects.toThrow("more than the limit of 2 GiB");
  });
  test("bootstrap draws, power replications and parallel-analysis iterations beyond memory are refused", () => {
    const data = csv(["x1", "x2", "x3"], oneFactorRows(60, [0.7, 0.7, 0.7], 2));
    expect(thrown(() => bootstrap("f =~ x1 + x2 + x3", data, { draws: 1e9 }), OptionError).message).toContain("1000000000 draws");
    const pop = "f =~ 0.7*x1 + 0.7*x2 + 0.7*x3";
    expect(thrown(() => power(pop, "f =~ x1 + x2 + x3", { n: [100], reps: 1e9 }), OptionError).message).toContain("1000000000 replications");
    expect(thrown(() => parallelAnalysis(data, { iterations: 1e9 }), OptionError).message).toContain("1000000000 iterations");
  });
  test("a throwing onProgress is a CallbackError: thrown by bootstrap(), a rejection of the parallel runs", { timeout: 60_000 }, async () => {
    const data = csv(["x1", "x2", "x3"], oneFactorRows(60, [0.7, 0.7, 0.7], 2));
    const boom = (): void => { throw new Error("progress bar broke"); };
    const e = thrown(() => bootstrap("f =~ x1 + x2 + x3", data, { draws: 5, onProgress: boom }), CallbackError);
    expect(e.message).toBe(message.callbackThrew("onProgress", "progress bar broke"));
    await expect(bootstrapParallel("f =~ x1 + x2 + x3", data, { draws: 5, workers: 1, onProgress: boom })).rejects.toThrow(CallbackError);
    const pop = "f =~ 0.7*x1 + 0.7*x2 + 0.7*x3";
    await expect(powerParallel(pop, "f =~ x1 + x2 + x3", { n: [50], reps: 3, workers: 1, onProgress: boom })).rejects.toThrow(CallbackError);
    expect(() => power(pop, "f =~ x1 + x2 + x3", { n: [50], reps: 3, onProgress: boom })).toThrow(CallbackError);
  });
});

describe("incomplete gamma for shapes beyond its series", () => {
  test("chi-square with df = 1e15 and its 95% quantile at df = 1e12 (Wilson–Hilferty beyond 100,000 terms)", () => {
    // R: pchisq(1e15, 1e15) = 0.50000000594708038
    expect(Math.abs(chisqCdf(1e15, 1e15) - 0.50000000594708038)).toBeLessThan(1e-9);
    // R: qchisq(0.95, 1e12) = 1000002326175.4443
    expect(Math.abs(chisqQuantile(0.95, 1e12) - 1000002326175.4443) / 1e12).toBeLessThan(1e-8);
  });
});

describe("browser workers (message ports standing in for Web Workers)", () => {
  function portPair(): { main: WorkerLike; close: () => void } {
    const { port1, port2 } = new MessageChannel();
    serveBootstrapDraws(port2 as unknown as WorkerLike);
    port1.start(); port2.start();
    return { main: port1 as unknown as WorkerLike, close: () => { port1.close(); port2.close(); } };
  }
  const data = csv(["x1", "x2", "x3"], oneFactorRows(60, [0.7, 0.7, 0.7], 2));
  test("more workers than navigator.hardwareConcurrency: the extra ones stay idle, with a warning", async () => {
    vi.stubGlobal("navigator", { hardwareConcurrency: 1 });
    const pairs = [portPair(), portPair(), portPair()];
    try {
      const b = await bootstrapOnWorkers("f =~ x1 + x2 + x3", data, pairs.map((p) => p.main), { draws: 6, seed: 2 });
      expect(b.warnings[0]).toBe(message.workersClamped(3, 1));
      expect(Array.from(b.replicates)).toEqual(Array.from(bootstrap("f =~ x1 + x2 + x3", data, { draws: 6, seed: 2 }).replicates));
    } finally {
      pairs.forEach((p) => p.close());
      vi.unstubAllGlobals();
    }
  });
  test("a throwing onProgress rejects with a CallbackError", async () => {
    const pairs = [portPair()];
    try {
      await expect(bootstrapOnWorkers("f =~ x1 + x2 + x3", data, pairs.map((p) => p.main), {
        draws: 6, seed: 2, onProgress: () => { throw new Error("bar"); },
      })).rejects.toThrow(message.callbackThrew("onProgress", "bar"));
    } finally {
      pairs.forEach((p) => p.close());
    }
  });
});
