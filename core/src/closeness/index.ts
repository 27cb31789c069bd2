export * from "./appreciations.ts";
export * from "./contract.ts";
export * from "./ideas.ts";
export * from "./ladder.ts";
export * from "./time-together.ts";
