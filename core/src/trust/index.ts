export * from "./elements.ts";
export * from "./evidence.ts";
export * from "./explanation.ts";
export * from "./model.ts";
export * from "./stage.ts";
export * from "./trajectory.ts";
