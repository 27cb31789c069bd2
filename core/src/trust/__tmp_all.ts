export * from "../checkins/index.ts";
export * from "../help/index.ts";
export * from "../trust/index.ts";
