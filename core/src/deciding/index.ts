export * from "./parts.ts";
export * from "./paths.ts";
