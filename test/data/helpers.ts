import { readFileSync } from "node:fs";

/** Read a JSON fixture from test/fixtures. */
export function fixture(name: string): any {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), "utf8"));
}

/** Read a CSV from data/. */
export function dataText(name: string): string {
  return readFileSync(new URL(`../../data/${name}`, import.meta.url), "utf8");
}

/** log-determinant of a symmetric positive-definite p × p matrix by a plain Cholesky factorisation (test-only). */
export function logDetSpd(a: ArrayLike<number>, p: number): number {
  const l = Array.from(a);
  let logDet = 0;
  for (let j = 0; j < p; j++) {
    let s = l[j * p + j] as number;
    for (let k = 0; k < j; k++) s -= (l[j * p + k] as number) ** 2;
    if (!(s > 0)) throw new Error("not positive definite");
    const d = Math.sqrt(s);
    l[j * p + j] = d;
    logDet += 2 * Math.log(d);
    for (let i = j + 1; i < p; i++) {
      let t = l[i * p + j] as number;
      for (let k = 0; k < j; k++) t -= (l[i * p + k] as number) * (l[j * p + k] as number);
      l[i * p + j] = t / d;
    }
  }
  return logDet;
}
