export * from "./contract.ts";
export * from "./evidence.ts";
export * from "./fields.ts";
export * from "./lifecycle.ts";
