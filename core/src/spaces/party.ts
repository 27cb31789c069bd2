import { z } from "zod";

/**
 * Whose something is, from the caller's side. A space holds two people, so "you" and "other" say it
 * without exposing anyone's internal id.
 */
export const parties = ["you", "other"] as const;
export const partySchema = z.enum(parties);
export type Party = (typeof parties)[number];
