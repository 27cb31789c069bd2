import { uuid } from "drizzle-orm/pg-core";
import { spaceMembers, spaces } from "./tables.ts";

/*
 * Every table that uses one of these also declares an index led by it: routes look rows up by their space
 * or member, and deleting a space or an account finds them the same way (db/foreign-key-indexes.test.ts).
 */

/** The space a row belongs to; the row goes when the space is deleted. */
export const spaceIdColumn = () =>
  uuid("space_id")
    .notNull()
    .references(() => spaces.id, { onDelete: "cascade" });

/** A member a row belongs to (its author, owner or subject); the row goes with the member. */
export const memberIdColumn = (name: string) =>
  uuid(name)
    .notNull()
    .references(() => spaceMembers.id, { onDelete: "cascade" });
