/** Minimal typing of the parts of jstat that semkit uses (add what you use). */
declare module "jstat" {
  interface JStatStatic {
    normal: { cdf(x: number, mean: number, sd: number): number; inv(p: number, mean: number, sd: number): number };
    centralF: { inv(p: number, df1: number, df2: number): number };
  }
  const jStat: JStatStatic;
  export default jStat;
}
