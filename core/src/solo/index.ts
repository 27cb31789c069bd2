export * from "./series.ts";
export * from "./steps.ts";
