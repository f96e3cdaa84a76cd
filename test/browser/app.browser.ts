import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { launchChromium, collectErrors } from "./chromium.ts";
import { bootstrap, parseCsv, sem } from "../../src/index.ts";
// @ts-expect-error the build script is plain JavaScript (scripts/buildApp.mjs)
import { buildApp } from "../../scripts/buildApp.mjs";

// The browser app (app/dist/index.html, built by `npm run app:build`) opened from file:// in Debian's Chromium.
// Screenshots go to $SEMKIT_APP_SHOTS when it is set (data preview, results, Chinese view).
const ROOT = resolve(new URL("../..", import.meta.url).pathname);
const CSV = join(ROOT, "data/loyalty_survey.csv");
const csv = readFileSync(CSV, "utf8");
const CORE = readFileSync(join(ROOT, "bench/models/loyalty_core.lav"), "utf8");
const FULL = readFileSync(join(ROOT, "bench/models/loyalty_full.lav"), "utf8");
// lavaan 0.6-14: sem(model, data) on the loyalty core model with tru4 and swc3 reverse-coded (test/fixtures/loyalty_core_ml.json)
const lavaanCore = JSON.parse(readFileSync(join(ROOT, "test/fixtures/loyalty_core_ml.json"), "utf8"));
const SHOTS = process.env["SEMKIT_APP_SHOTS"];

/** The value cell of one row of the fit table. */
async function fitValue(page: Page, index: string): Promise<string> {
  return page.locator(`[data-testid=fit-table] tr[data-index="${index}"] td`).nth(1).innerText();
}

async function runAndWait(page: Page): Promise<number> {
  const t0 = Date.now();
  await page.click("[data-testid=run]");
  await page.waitForFunction(() => {
    const s = document.querySelector("[data-testid=status]")?.textContent ?? "";
    return s === "done" || s === "完成" || s.startsWith("Error") || s.startsWith("错误");
  }, undefined, { timeout: 60_000 });
  return Date.now() - t0;
}

describe("the browser app fits the loyalty model from file:// with the library's numbers", () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let dir: string;
  const requests: string[] = [];

  beforeAll(async () => {
    await buildApp();
    dir = mkdtempSync(join(tmpdir(), "semkit-app-"));
    if (SHOTS !== undefined) mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    context.on("request", (r) => requests.push(r.url()));
    page = await context.newPage();
    errors = collectErrors(page);
    await page.goto(pathToFileURL(join(ROOT, "app/dist/index.html")).href);
    if (await page.locator("[data-testid=lang]").innerText() === "English") await page.click("[data-testid=lang]");
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("reads the CSV and shows the data preview with the Likert chart", async () => {
    await page.setInputFiles("[data-testid=data-file]", CSV);
    await page.waitForSelector("[data-testid=descriptives]");
    expect(await page.locator("[data-testid=data-info]").innerText()).toContain("480 rows");
    await page.waitForSelector("[data-testid=likert-chart] svg");
    // 29 columns, 4 of them text (id, gender, age_group, platform): 25 numeric rows in the descriptives
    expect(await page.locator("[data-testid=descriptives] tbody tr").count()).toBe(25);
    if (SHOTS !== undefined) await page.screenshot({ path: join(SHOTS, "app-data-preview.png"), fullPage: true });
  });

  it("builds constructs from picked items, with reverse-worded items marked", async () => {
    for (const item of ["tru1", "tru2", "tru3", "tru4"]) await page.locator(".builder label.item", { hasText: item }).locator("input").first().check();
    await page.locator(".builder label.item", { hasText: "tru4" }).locator(".rev input").check();
    await page.fill("[data-testid=construct-name]", "TRU");
    await page.click("[data-testid=add-construct]");
    expect(await page.inputValue("[data-testid=model-editor]")).toBe("TRU =~ tru1 + tru2 + tru3 + tru4\n");
    expect(await page.inputValue("[data-testid=reverse]")).toBe("tru4");
    await page.waitForFunction(() => document.querySelector("[data-testid=model-error]")?.textContent === "Syntax OK", undefined, { timeout: 10_000 });
    await page.fill("[data-testid=reverse]", "");
  });

  it("with no setting changed, χ² and CFI equal sem(model, data) of the library", async () => {
    await page.fill("[data-testid=model-editor]", CORE);
    await runAndWait(page);
    expect(await page.locator("[data-testid=status]").innerText()).toBe("done");
    const lib = sem(CORE, parseCsv(csv)).fitMeasures();
    expect(await fitValue(page, "χ²")).toBe(lib["chisq"]!.toFixed(3));
    expect(await fitValue(page, "CFI")).toBe(lib["cfi"]!.toFixed(3));
    expect(await fitValue(page, "df")).toBe(String(lib["df"]));
    await page.waitForSelector("[data-testid=path-diagram] svg");
    expect(await page.locator("[data-testid=path-diagram] svg").count()).toBe(1);
    // 4 factors, 15 indicators, their loadings and the structural paths are drawn as text marks
    expect(await page.locator("[data-testid=path-diagram] svg text").count()).toBeGreaterThan(30);
  });

  it("with tru4 and swc3 reverse-coded, χ² and CFI equal lavaan's", async () => {
    await page.fill("[data-testid=reverse]", "tru4, swc3");
    await runAndWait(page);
    // lavaan: sem(model, data) with tru4, swc3 reverse-coded → chisq 103.288, df 85, cfi 0.990
    expect(await fitValue(page, "χ²")).toBe(lavaanCore.fit.chisq.toFixed(3));
    expect(await fitValue(page, "CFI")).toBe(lavaanCore.fit.cfi.toFixed(3));
    await page.waitForSelector("[data-testid=path-diagram] svg");
    await page.waitForSelector("[data-testid=thesis] table");
    if (SHOTS !== undefined) await page.screenshot({ path: join(SHOTS, "app-results.png"), fullPage: true });
  });

  it("downloads the report (HTML with tables and figures, Markdown), the script and the model", async () => {
    await page.waitForFunction(() => {
      const charts = document.querySelectorAll("[data-testid=thesis] [data-chart]");
      return charts.length > 0 && Array.from(charts).every((c) => c.querySelector("svg") !== null);
    }, undefined, { timeout: 30_000 });
    const html = await saveDownload(page, "download-html", dir);
    expect(html).toContain("<table");
    expect(html).toContain("Cronbach");
    // the downloaded page, opened from disk, shows every figure as SVG without any library or network
    const reportContext = await browser.newContext();
    const report = await reportContext.newPage();
    const reportErrors = collectErrors(report);
    await report.goto(pathToFileURL(join(dir, "report.html")).href);
    const figures = await report.$$eval("div.chart[data-spec]", (els) => els.map((el) => el.querySelector("svg") !== null));
    expect(figures.length).toBeGreaterThanOrEqual(5);
    expect(figures.every(Boolean)).toBe(true);
    expect(reportErrors).toEqual([]);
    await reportContext.close();
    const md = await saveDownload(page, "download-md", dir);
    expect(md).toMatch(/^# /);
    // every figure of the Markdown report is embedded, none points to a file that was not downloaded
    expect(md).toContain("](data:image/svg+xml;base64,");
    expect(md).not.toContain("](figures/");
    const script = await saveDownload(page, "download-script", dir);
    expect(script).toContain('readCsvFile("loyalty_survey.csv")');
    expect(script).toContain('"reverse":["tru4","swc3"]');
    expect(await saveDownload(page, "download-model", dir)).toBe(CORE);
    // figures: SVG as drawn, PNG rasterized through a canvas in the page
    expect(await saveDownload(page, "svg-path", dir)).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const png = await saveDownloadBytes(page, "png-path", dir);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(10_000);
  });

  it("a wrong model shows its error at the right line and column", async () => {
    await page.fill("[data-testid=model-editor]", "SAT =~ sat1 + sat2 + sat3\nTRU =~ tru1 + + tru2\n");
    await runAndWait(page);
    // ModelSyntaxError of the library: line 2, col 15: expected a variable name after '+'
    expect(await page.locator("[data-testid=status]").innerText()).toMatch(/^Error \(line 2, column 15\): /);
    expect((await page.locator(".gutter .err").innerText()).trim()).toBe("2");
    // an unknown variable is found by sem() in the worker; its line and column come back with the error
    await page.fill("[data-testid=model-editor]", "SAT =~ sat1 + sat2 + sat3\nTRU =~ tru1 + tru2\nLOY =~ loy1 + loyal2\n");
    await runAndWait(page);
    expect(await page.locator("[data-testid=status]").innerText()).toMatch(/^Error \(line 3, column 15\): unknown variable "loyal2"/);
  });

  it("other estimators are choices in the page: MLR with FIML and WLSMV with ordinal items give lavaan's χ²", async () => {
    const ref = (id: string) => JSON.parse(readFileSync(join(ROOT, `test/fixtures/${id}.json`), "utf8")).fit;
    await page.fill("[data-testid=model-editor]", CORE);
    await page.selectOption("[data-testid=estimator]", "MLR");
    await page.selectOption("[data-testid=missing]", "fiml");
    await runAndWait(page);
    expect(await page.locator("[data-testid=status]").innerText()).toBe("done");
    // lavaan: sem(model, data, estimator = "MLR", missing = "ml") → chisq 107.951, chisq.scaled 105.612
    expect(await fitValue(page, "χ²")).toBe(ref("loyalty_core_mlr").chisq.toFixed(3));
    expect(await fitValue(page, "χ² (scaled)")).toBe(ref("loyalty_core_mlr")["chisq.scaled"].toFixed(3));
    await page.selectOption("[data-testid=estimator]", "WLSMV");
    await page.selectOption("[data-testid=missing]", "listwise");
    await page.check("[data-testid=ordered]");
    await runAndWait(page);
    expect(await page.locator("[data-testid=status]").innerText()).toBe("done");
    // lavaan: sem(model, data, ordered = TRUE, estimator = "WLSMV") → chisq 86.476, chisq.scaled 123.548
    expect(await fitValue(page, "χ²")).toBe(ref("loyalty_core_wlsmv").chisq.toFixed(3));
    expect(await fitValue(page, "χ² (scaled)")).toBe(ref("loyalty_core_wlsmv")["chisq.scaled"].toFixed(3));
    await page.selectOption("[data-testid=estimator]", "ML");
    await page.uncheck("[data-testid=ordered]");
  });

  it("the full loyalty model with 1,000 bootstrap draws finishes in under 10 s, and the Chinese view says 完成", async () => {
    await page.fill("[data-testid=model-editor]", FULL);
    for (const id of ["an-reliability", "an-efa", "an-cfa"]) await page.uncheck(`[data-testid=${id}]`);
    await page.check("[data-testid=an-bootstrap]");
    await page.fill("[data-testid=draws]", "1000");
    const ms = await runAndWait(page);
    expect(await page.locator("[data-testid=status]").innerText()).toBe("done");
    // 50 free parameters of the full model (loadings, paths, variances, covariances) each get a bootstrap row
    expect(await page.locator("[data-testid=bootstrap-table] tbody tr").count()).toBeGreaterThan(40);
    const used = /\((\d+)\/1000, percentile\)/.exec(await page.locator("[data-testid=results]").innerText());
    expect(Number(used?.[1])).toBeGreaterThanOrEqual(990);
    console.log(`app: loyalty full model + 1,000 bootstrap draws, click to done: ${ms} ms`);
    expect(ms).toBeLessThan(10_000);
    for (const id of ["an-reliability", "an-efa", "an-cfa"]) await page.check(`[data-testid=${id}]`);
    const all = await runAndWait(page);
    console.log(`app: the same with reliability, EFA + parallel analysis, CFA + validity: ${all} ms`);
    await page.click("[data-testid=lang]");
    await page.waitForFunction(() => document.querySelector("[data-testid=thesis]")?.textContent?.includes("信度") ?? false, undefined, { timeout: 30_000 });
    expect(await page.locator("[data-testid=status]").innerText()).toBe("完成");
    await page.waitForSelector("[data-testid=path-diagram] svg");
    if (SHOTS !== undefined) await page.screenshot({ path: join(SHOTS, "app-chinese.png"), fullPage: true });
  });

  it("cancels a long bootstrap, stays responsive, and runs again", async () => {
    await page.click("[data-testid=lang]");
    expect(await page.locator("[data-testid=lang]").innerText()).toBe("中文");
    await page.fill("[data-testid=model-editor]", CORE);
    await page.fill("[data-testid=draws]", "100000");
    await page.click("[data-testid=run]");
    await page.waitForFunction(() => /bootstrap \d+\/100000/.test(document.querySelector("[data-testid=status]")?.textContent ?? ""), undefined, { timeout: 30_000 });
    // the page answers while the worker computes: the progress bar moves and the editor takes input
    const p1 = await page.locator("[data-testid=progress]").evaluate((el) => (el as HTMLProgressElement).value);
    await page.fill("[data-testid=construct-name]", "X");
    await page.waitForFunction((v) => (document.querySelector("[data-testid=progress]") as HTMLProgressElement).value > v, p1, { timeout: 30_000 });
    await page.click("[data-testid=cancel]");
    expect(await page.locator("[data-testid=status]").innerText()).toBe("cancelled");
    await page.fill("[data-testid=draws]", "200");
    await runAndWait(page);
    expect(await page.locator("[data-testid=status]").innerText()).toBe("done");
    // the bootstrap in the page's worker gives the library's numbers: bootstrap(model, data, { draws: 200, seed: 1 })
    const boot = bootstrap(CORE, parseCsv(csv), { reverse: ["tru4", "swc3"], scale: { min: 1, max: 5 }, draws: 200, seed: 1 });
    const indirect = boot.estimates.find((e) => e.lhs === "indirect")!;
    const row = page.locator("[data-testid=bootstrap-table] tbody tr", { hasText: "indirect" });
    expect(await row.locator("td").nth(4).innerText()).toBe(indirect.se.toFixed(3));
    expect(await row.locator("td").nth(5).innerText()).toBe(indirect["ci.lower"].toFixed(3));
  });

  it("reads an .xlsx workbook (exceljs) and an SPSS .sav file (sav-reader), each loaded on demand", async () => {
    for (const file of ["loyalty_survey.xlsx", "loyalty_survey.sav"]) {
      await page.setInputFiles("[data-testid=data-file]", join(ROOT, "test/fixtures", file));
      await page.waitForFunction((f) => document.querySelector("[data-testid=data-info]")?.textContent?.startsWith(f) ?? false, file, { timeout: 30_000 });
      expect(await page.locator("[data-testid=data-info]").innerText()).toContain("480 rows");
      await page.uncheck("[data-testid=an-bootstrap]");
      await runAndWait(page);
      expect(await page.locator("[data-testid=status]").innerText()).toBe("done");
      // the same data as the CSV: lavaan's χ² (sem(model, data) with tru4, swc3 reverse-coded)
      expect(await fitValue(page, "χ²")).toBe(lavaanCore.fit.chisq.toFixed(3));
    }
    // a file dropped on the drop zone is read like a chosen one
    const dropped = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], "dropped.csv", { type: "text/csv" }));
      return dt;
    }, csv);
    await page.dispatchEvent("[data-testid=drop-zone]", "drop", { dataTransfer: dropped });
    await page.waitForFunction(() => document.querySelector("[data-testid=data-info]")?.textContent?.startsWith("dropped.csv: 480 rows") ?? false, undefined, { timeout: 30_000 });
    await page.setInputFiles("[data-testid=data-file]", { name: "survey.sav", mimeType: "application/octet-stream", buffer: Buffer.from("not a system file") });
    await page.waitForFunction(() => document.querySelector("[data-testid=status]")?.textContent?.startsWith("Error") ?? false, undefined, { timeout: 30_000 });
    expect(await page.locator("[data-testid=status]").innerText()).toMatch(/^Error: survey\.sav: not an SPSS system file/);
  });

  it("fits a CFA without regression paths (HS1939) to lavaan's χ², with the CFA section in the report", async () => {
    const hs = JSON.parse(readFileSync(join(ROOT, "test/fixtures/hs1939_cfa_ml.json"), "utf8"));
    await page.setInputFiles("[data-testid=data-file]", join(ROOT, "data/HolzingerSwineford1939.csv"));
    await page.waitForFunction(() => document.querySelector("[data-testid=data-info]")?.textContent?.startsWith("HolzingerSwineford1939.csv") ?? false, undefined, { timeout: 30_000 });
    await page.fill("[data-testid=reverse]", "");
    await page.fill("[data-testid=model-editor]", hs.model);
    await runAndWait(page);
    expect(await page.locator("[data-testid=status]").innerText()).toBe("done");
    // lavaan: cfa(HS.model, data = HolzingerSwineford1939) → chisq 85.306, df 24, cfi 0.931 (sem() fits a model
    // with only =~ lines the same way)
    expect(await fitValue(page, "χ²")).toBe(hs.fit.chisq.toFixed(3));
    expect(await fitValue(page, "CFI")).toBe(hs.fit.cfi.toFixed(3));
    expect(await page.locator("[data-testid=thesis]").innerText()).toContain("Confirmatory factor analysis");
  });

  it("made no request other than the app's own files, and logged no error", () => {
    const appDir = pathToFileURL(join(ROOT, "app/dist")).href + "/";
    const outside = requests.filter((u) => !u.startsWith(appDir) && !u.startsWith("blob:"));
    expect(outside).toEqual([]);
    expect(requests.filter((u) => u.startsWith(appDir)).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

/** Click a download button and return the downloaded file's bytes. */
async function saveDownloadBytes(page: Page, testid: string, dir: string): Promise<Buffer> {
  const [d] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), page.click(`[data-testid=${testid}]`)]);
  const p = join(dir, d.suggestedFilename());
  await d.saveAs(p);
  return readFileSync(p);
}

/** Click a download button and return the downloaded file's text. */
async function saveDownload(page: Page, testid: string, dir: string): Promise<string> {
  return (await saveDownloadBytes(page, testid, dir)).toString("utf8");
}
