import type { RecordEntry, RecordSource } from "@mend/core/record/contract";
import type { Database } from "../../db/database.ts";
import type { SpaceContext } from "../agreements/context.ts";
import type { Pair } from "../spaces/pair.ts";

/**
 * One member's side of the space, as the features' presenters take it, and the names both people
 * read in the record. The record is presented once from each member's side and only what both
 * sides show is kept, so an entry reaches the record only if each person can see it in the app.
 */
export interface RecordSide {
  pair: Pair;
  context: SpaceContext;
  now: Date;
  /** Who, by name, from a presenter's "you"/"other" (or someone who has since left). */
  nameOf(person: "you" | "other" | "former_member"): string;
}

/**
 * A feature's part of the record: it reads its shared rows once, and returns how to present them
 * from one member's side. Only shared, append-only rows: never drafts, private notes, unshared
 * check-in fields, ladder answers, readiness, letters or reflections.
 */
export interface RecordSourceDefinition {
  id: RecordSource;
  read(db: Database, spaceId: string): Promise<(side: RecordSide) => RecordEntry[]>;
}

/** One line of text from several parts someone wrote, leaving out the empty ones. */
export const joinedParts = (parts: readonly (string | null | undefined)[]) =>
  parts.filter((part): part is string => typeof part === "string" && part.trim().length > 0).join("\n\n") ||
  null;
