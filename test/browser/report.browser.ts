import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { launchChromium, collectErrors } from "./chromium.ts";
import { pageCharts, writeChartsPage } from "./chartsPage.ts";

// The report page (out/report.html, written by `npm start`; another file with SEMKIT_REPORT_HTML) is opened
// from disk. Until it exists, a stand-in page with one chart of each kind is tested the same way. A chart is an
// element with the attribute data-chart (or the class vega-embed that vega-embed gives its container); the
// report page must show at least as many as it wrote SVG figures to figures/ beside it.
const REPORT = resolve(process.env["SEMKIT_REPORT_HTML"] ?? "out/report.html");
const CHART = "[data-chart], .vega-embed";

describe("report pages open from disk in headless Chromium and render every chart as SVG", () => {
  let browser: Browser;
  let dir: string;
  const pages: { name: string; path: string; min: number }[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "semkit-page-"));
    const charts = pageCharts();
    pages.push({ name: "stand-in chart page", path: await writeChartsPage(dir, charts), min: charts.length });
    if (existsSync(REPORT)) {
      // The report writes each chart also as figures/*.svg beside it: the page must render at least as many.
      const figures = join(dirname(REPORT), "figures");
      const svgs = existsSync(figures) ? readdirSync(figures).filter((f) => f.endsWith(".svg")).length : 0;
      pages.push({ name: REPORT, path: REPORT, min: Math.max(1, svgs) });
    }
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("every chart container holds a drawn SVG and nothing logs an error", async () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const target of pages) {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const errors = collectErrors(page);
      await page.goto(pathToFileURL(target.path).href, { waitUntil: "load" });
      // vega-embed renders asynchronously: wait until every container has its SVG (or time out and report).
      await page.waitForFunction((sel) => {
        const els = Array.from(document.querySelectorAll(sel));
        return els.length > 0 && els.every((el) => el.querySelector("svg") !== null);
      }, CHART, { timeout: 60_000 }).catch(() => undefined);
      const charts = await page.$$eval(CHART, (els) => els.map((el) => {
        const svg = el.querySelector("svg");
        const box = svg?.getBoundingClientRect();
        return {
          id: el.id || el.className,
          svg: svg !== null,
          width: box?.width ?? 0,
          height: box?.height ?? 0,
          marks: svg === null ? 0 : svg.querySelectorAll("path, rect, text, line, circle").length,
        };
      }));
      expect(charts.length, `${target.name}: charts found`).toBeGreaterThanOrEqual(target.min);
      for (const c of charts) {
        expect(c.svg, `${target.name}: ${c.id} has an SVG`).toBe(true);
        expect(c.width * c.height, `${target.name}: ${c.id} has a size`).toBeGreaterThan(0);
        expect(c.marks, `${target.name}: ${c.id} draws marks`).toBeGreaterThan(3);
      }
      expect(errors, `${target.name}: console and page errors`).toEqual([]);
      await page.close();
    }
  });
});
