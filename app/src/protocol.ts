import type { Dataset, Estimator, ParameterEstimate, ChartSpec } from "../../src/index.ts";
import type { Lang } from "../../src/thesis.ts";

/** The analyses a run can add to the model fit. */
export interface AnalysisChoice {
  readonly reliability: boolean;
  readonly efa: boolean;
  readonly cfa: boolean;
  readonly mediation: boolean;
  /** Bootstrap every parameter of the model (percentile intervals). */
  readonly bootstrapAll: boolean;
  /** Bootstrap draws (of the model's parameters and of the indirect effects). */
  readonly draws: number;
  readonly seed: number;
  readonly moderation: { readonly from: string; readonly moderator: string; readonly to: string } | null;
  /** Grouping column of the invariance ladder, or null. */
  readonly invariance: string | null;
}

/** Settings of the model fit. Absent fields are the library defaults (ML, listwise). */
export interface FitSettings {
  readonly estimator: Estimator;
  readonly missing: "listwise" | "fiml";
  /** Treat every observed item as ordinal (lavaan `ordered = TRUE`, for WLSMV). */
  readonly ordered: boolean;
  readonly reverse: readonly string[];
  readonly scale: { readonly min: number; readonly max: number };
  /** The columns that look like rating items (whole numbers in a short range); the scale applies to them. */
  readonly ratingItems?: readonly string[];
}

/** Page → worker. */
export type Request =
  | { readonly type: "run"; readonly dataset: Dataset; readonly dataFile: string; readonly model: string; readonly settings: FitSettings; readonly analyses: AnalysisChoice; readonly lang: Lang }
  | { readonly type: "document"; readonly lang: Lang };

/** A block of the report document, with its table already rendered to HTML. */
export type DocBlock =
  | { readonly kind: "heading"; readonly level: number; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly string[] }
  | { readonly kind: "code"; readonly text: string }
  | { readonly kind: "table"; readonly html: string; readonly id: string }
  | { readonly kind: "figure"; readonly id: string; readonly caption: string; readonly number: number; readonly spec: ChartSpec };

/** The report document of the further analyses, ready for the page and the downloads. */
export interface DocPayload {
  readonly lang: Lang;
  readonly title: string;
  readonly blocks: readonly DocBlock[];
  /** The whole report as Markdown (figures linked as figures/<id>.svg). */
  readonly markdown: string;
  /** The whole report as a self-contained HTML page, figures drawn by the script the page adds (see downloads). */
  readonly html: string;
}

/** Bootstrap summary of one parameter. */
export interface BootRow {
  readonly lhs: string; readonly op: string; readonly rhs: string; readonly label: string;
  readonly est: number; readonly se: number; readonly lower: number; readonly upper: number;
}

/** What a finished run sends back: plain data only. */
export interface RunResult {
  readonly converged: boolean;
  readonly estimator: string;
  readonly ntotal: number;
  readonly nobs: readonly number[];
  readonly fitMeasures: Readonly<Record<string, number>>;
  readonly estimates: readonly ParameterEstimate[];
  readonly summary: string;
  readonly warnings: readonly string[];
  readonly pathSpec: ChartSpec;
  readonly fitSpec: ChartSpec;
  readonly boot: { readonly draws: number; readonly used: number; readonly type: string; readonly rows: readonly BootRow[]; readonly spec: ChartSpec | null } | null;
  readonly doc: DocPayload | null;
  /** Why the further analyses could not run (e.g. a path model without latent variables). */
  readonly docError: string | null;
  readonly ms: number;
}

/** Worker → page. */
export type Reply =
  | { readonly type: "progress"; readonly stage: "fit" | "bootstrap" | "analyses" | "report"; readonly done: number; readonly total: number }
  | { readonly type: "result"; readonly result: RunResult }
  | { readonly type: "document"; readonly doc: DocPayload | null }
  | { readonly type: "error"; readonly message: string; readonly name: string; readonly line: number | null; readonly col: number | null };
