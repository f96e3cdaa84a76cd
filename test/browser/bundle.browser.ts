import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import type { Browser } from "playwright-core";
import { launchChromium, collectErrors } from "./chromium.ts";
import { cfa, parseCsv } from "../../src/index.ts";

// Reference: test/fixtures/hs1939_cfa_ml.json — lavaan 0.6-14 cfa(model, HolzingerSwineford1939): chisq 85.3055217703309.
const fixture = JSON.parse(readFileSync(new URL("../fixtures/hs1939_cfa_ml.json", import.meta.url), "utf8"));
const csv = readFileSync(new URL("../../data/HolzingerSwineford1939.csv", import.meta.url), "utf8");

describe("the core library bundled for the browser (esbuild) fits the HS1939 CFA inside Chromium", () => {
  let browser: Browser;
  let dir: string;
  let bundleBytes = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "semkit-bundle-"));
    // platform "browser": any Node built-in reached from src/index.ts fails the build.
    const result = await build({
      entryPoints: [new URL("../../src/index.ts", import.meta.url).pathname],
      bundle: true, format: "iife", globalName: "semkit", platform: "browser", target: "es2022",
      minify: true, write: false, logLevel: "silent",
    });
    const js = result.outputFiles[0]!.text;
    bundleBytes = js.length;
    writeFileSync(join(dir, "semkit.js"), js);
    writeFileSync(join(dir, "index.html"), `<!doctype html><meta charset="utf-8"><title>semkit bundle</title><script src="semkit.js"></script>`);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("gives lavaan's chi-square, the same as in Node", async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(pathToFileURL(join(dir, "index.html")).href);
    const inPage = await page.evaluate(([text, model]) => {
      const s = (globalThis as unknown as { semkit: typeof import("../../src/index.ts") }).semkit;
      const fit = s.cfa(model, s.parseCsv(text));
      const fm = fit.fitMeasures();
      return { converged: fit.converged, chisq: fm["chisq"]!, df: fm["df"]!, cfi: fm["cfi"]!, rmsea: fm["rmsea"]!, ua: navigator.userAgent };
    }, [csv, fixture.model as string] as const);
    const node = cfa(fixture.model, parseCsv(csv)).fitMeasures();

    expect(inPage.ua).toContain("Chrome");
    expect(inPage.converged).toBe(true);
    // lavaan: fitMeasures(fit)["chisq"] = 85.306, df 24, cfi 0.931, rmsea 0.092
    expect(Math.abs(inPage.chisq - fixture.fit.chisq)).toBeLessThan(1e-6);
    expect(inPage.df).toBe(fixture.fit.df);
    expect(Math.abs(inPage.cfi - fixture.fit.cfi)).toBeLessThan(1e-6);
    expect(Math.abs(inPage.rmsea - fixture.fit.rmsea)).toBeLessThan(1e-6);
    // the same code in V8 inside Chromium and in Node: the same number
    expect(Math.abs(inPage.chisq - node["chisq"]!)).toBeLessThan(1e-9);
    expect(errors).toEqual([]);
    expect(bundleBytes).toBeGreaterThan(0);
    await page.close();
  });
});
