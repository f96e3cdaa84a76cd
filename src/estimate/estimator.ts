/** Estimators semkit knows: ML, MLR, MLM, GLS, ULS and WLSMV. */
export type Estimator = "ML" | "MLR" | "MLM" | "GLS" | "ULS" | "WLSMV" | "DWLS";
