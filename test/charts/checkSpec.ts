/**
 * Test helper for chart builders: validate a spec against the Vega-Lite JSON schema (ajv), compile it with
 * vega-lite, and render it to SVG with vega headless. Returns what the assertions need.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { compile } from "vega-lite";
import { expect } from "vitest";
import { toSvg } from "../../src/charts/toSvg.ts";
import type { ChartSpec } from "../../src/charts/types.ts";

// The JSON schema shipped with the installed vega-lite package (build/vega-lite-schema.json; not in its exports map).
const schemaPath = fileURLToPath(new URL("../../node_modules/vega-lite/build/vega-lite-schema.json", import.meta.url));
const schema = JSON.parse(readFileSync(schemaPath, "utf8")) as object;
const ajv = new Ajv({ allowUnionTypes: true, strict: false, allErrors: false, validateFormats: false });
const validate = ajv.compile(schema);

export interface CheckedSpec {
  /** The rendered SVG text. */
  readonly svg: string;
  /** The compiled Vega spec. */
  readonly vega: Record<string, unknown>;
}

/** Assert a spec is v5-declared, schema-valid, compiles and renders; return the SVG. */
export async function checkSpec(spec: ChartSpec): Promise<CheckedSpec> {
  expect((spec as { $schema?: string }).$schema).toBe("https://vega.github.io/schema/vega-lite/v5.json");
  const ok = validate(spec);
  if (!ok) throw new Error("schema: " + ajv.errorsText(validate.errors, { separator: "\n" }));
  const warnings: string[] = [];
  const logger = {
    level() { return 0; }, error(...a: unknown[]) { warnings.push(a.join(" ")); return this; },
    warn(...a: unknown[]) { warnings.push(a.join(" ")); return this; },
    info() { return this; }, debug() { return this; },
  };
  const vega = compile(spec, { logger: logger as never }).spec as unknown as Record<string, unknown>;
  // vega-lite notes (benign) that a layered facet with independent scales unions one field over forks of the
  // same inline data source; every other compiler warning fails the test.
  const benign = /^Detected faceted independent scales that union domain of the same fields from different source/;
  expect(warnings.filter((w) => !benign.test(w))).toEqual([]);
  const svg = await toSvg(spec);
  expect(svg.startsWith("<svg")).toBe(true);
  return { svg, vega };
}

/** Every `<text>` content in an SVG string, entity-decoded. */
export function svgTexts(svg: string): string[] {
  const out: string[] = [];
  const re = /<text[^>]*>([\s\S]*?)<\/text>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(svg)) !== null) {
    const inner = m[1]!.replace(/<[^>]+>/g, "");
    out.push(inner.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'"));
  }
  return out;
}
