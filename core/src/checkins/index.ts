export * from "./cadence.ts";
export * from "./fields.ts";
export * from "./present.ts";
export * from "./safety.ts";
export * from "./schema.ts";
