export * from "./conversation-findings.ts";
export * from "./conversation-health.ts";
export * from "./counselor-guide.ts";
export * from "./facts.ts";
export * from "./milestones.ts";
export * from "./rules.ts";
export * from "./suggestions.ts";
export * from "./wording.ts";
