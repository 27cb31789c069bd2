export * from "./entries.ts";
export * from "./series.ts";
export * from "./steps.ts";
