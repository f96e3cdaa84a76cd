import type { ParameterEstimate } from "../../src/index.ts";
import { fmt, h, table } from "./dom.ts";

const SECTIONS: readonly { op: string; name: string }[] = [
  { op: "=~", name: "Latent Variables" }, { op: "~", name: "Regressions" }, { op: "~~", name: "Covariances / Variances" },
  { op: "~1", name: "Intercepts" }, { op: ":=", name: "Defined Parameters" }, { op: "r2", name: "R-Square" },
];

/**
 * Parameter estimates in lavaan's order and column names, in sections as lavaan's summary prints them.
 * @param est parameterEstimates() rows
 * @returns the table element
 * @example estimatesTable(result.estimates)
 */
export function estimatesTable(est: readonly ParameterEstimate[]): HTMLTableElement {
  const head = ["lhs", "op", "rhs", "label", "est", "se", "z", "pvalue", "ci.lower", "ci.upper", "std.all"];
  const el = table(head, []);
  const body = el.tBodies[0]!;
  for (const s of SECTIONS) {
    const rows = est.filter((r) => r.op === s.op);
    if (rows.length === 0) continue;
    body.append(h("tr", { class: "section" }, h("td", { colspan: head.length }, s.name)));
    for (const r of rows) {
      body.append(h("tr", {}, ...[r.lhs, r.op, r.rhs, r.label].map((c) => h("td", {}, c)),
        ...[r.est, r.se, r.z, r.pvalue, r["ci.lower"], r["ci.upper"], r["std.all"]].map((v) => h("td", { class: "num" }, fmt(v)))));
    }
  }
  return el;
}

