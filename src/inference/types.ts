/** One row of `parameterEstimates()`, with lavaan's column names. */
export interface ParameterEstimate {
  readonly lhs: string;
  readonly op: string;
  readonly rhs: string;
  readonly block: number;
  readonly group: number;
  readonly label: string;
  readonly est: number;
  readonly se: number | null;
  readonly z: number | null;
  readonly pvalue: number | null;
  readonly "ci.lower": number | null;
  readonly "ci.upper": number | null;
  readonly "std.lv": number | null;
  readonly "std.all": number | null;
  readonly "std.nox": number | null;
}

/** One modification index, with lavaan's column names. */
export interface ModificationIndex {
  readonly lhs: string;
  readonly op: string;
  readonly rhs: string;
  readonly group: number;
  readonly mi: number;
  readonly epc: number;
  readonly "sepc.lv": number;
  readonly "sepc.all": number;
  readonly "sepc.nox": number;
}
