// Every table, gathered for Drizzle and drizzle-kit. Tables live in their feature folders.
export * from "../features/accounts/second-factor-tables.ts";
export * from "../features/accounts/tables.ts";
export * from "../features/acknowledgment/tables.ts";
export * from "../features/agreements/tables.ts";
export * from "../features/checkins/tables.ts";
export * from "../features/closeness/tables.ts";
export * from "../features/drafts/tables.ts";
export * from "../features/ending/tables.ts";
export * from "../features/forgiveness/tables.ts";
export * from "../features/invitations/tables.ts";
export * from "../features/maintenance/tables.ts";
export * from "../features/promises/tables.ts";
export * from "../features/questions/tables.ts";
export * from "../features/readiness/tables.ts";
export * from "../features/spaces/tables.ts";
export * from "../features/talks/tables.ts";
export * from "../features/triggers/tables.ts";
