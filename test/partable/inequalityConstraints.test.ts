import { expect, test } from "vitest";
import { parseModel } from "../../src/syntax/parse.ts";
import { buildParTable } from "../../src/partable/buildParTable.ts";
import { inequalityConstraints } from "../../src/partable/inequalityConstraints.ts";
import { activeConstraintTable } from "../../src/partable/activeConstraintTable.ts";

const OV = ["x1", "x2", "x3", "x4"];
const build = (model: string) => buildParTable(parseModel(model), { ovNames: OV });

test("simple inequalities are read as lhs − rhs ≥ 0; arithmetic ones are left over", () => {
  const pt = build("f =~ x1 + a*x2 + b*x3 + c*x4\na > 0.5\nb < a\n-1 < c\na + b > 1");
  const free = (label: string): number => pt.rows.find((r) => r.label === label)!.free;
  const { inequalities, others } = inequalityConstraints(pt);
  expect(inequalities.map((c) => c.text)).toEqual(["a > 0.5", "b < a", "-1 < c"]);
  expect(inequalities[0]).toMatchObject({ lhs: { free: free("a") }, rhs: { value: 0.5 } });
  expect(inequalities[1]).toMatchObject({ lhs: { free: free("a") }, rhs: { free: free("b") } });
  expect(inequalities[2]).toMatchObject({ lhs: { free: free("c") }, rhs: { value: -1 } });
  expect(others).toHaveLength(1);
});

test("an active bound fixes the parameter, an active pair shares one index; nfreeRows keeps the count", () => {
  const pt = build("f =~ x1 + a*x2 + b*x3 + c*x4\na > 0.5\nb > c");
  const { inequalities } = inequalityConstraints(pt);
  const { pt: reduced, map } = activeConstraintTable(pt, inequalities);
  expect(reduced.npar).toBe(pt.npar - 2);
  expect(reduced.nfreeRows).toBe(pt.npar);
  const row = (label: string) => reduced.rows.find((r) => r.label === label)!;
  expect([row("a").free, row("a").ustart]).toEqual([0, 0.5]);
  expect(row("b").free).toBe(row("c").free);
  expect(map[pt.rows.find((r) => r.label === "a")!.free]).toEqual({ value: 0.5 });
});
