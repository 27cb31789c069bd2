export * from "./contract.ts";
export * from "./path.ts";
export * from "./practices.ts";
export * from "./reflections.ts";
export * from "./steps.ts";
