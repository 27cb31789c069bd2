import { integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { accounts } from "../accounts/tables.ts";

/**
 * How an account's browser derives its keys, and its vault key wrapped by them. Nothing here opens
 * anything without the password: the salt and costs are not secret, and the wrapped key is sealed
 * under a key that never leaves the browser. An account without a row still signs in the old way
 * (its password hash is of the password itself) until its owner's next sign-in.
 */
export const accountKeys = pgTable("account_keys", {
  accountId: uuid("account_id")
    .primaryKey()
    .references(() => accounts.id, { onDelete: "cascade" }),
  salt: text("salt").notNull(),
  memoryKib: integer("memory_kib").notNull(),
  passes: integer("passes").notNull(),
  /** The vault key sealed under the key-encryption key of the current password; null until made. */
  wrappedByPassword: text("wrapped_by_password"),
  /**
   * After a recovery or a reset link replaced the password without the vault key at hand: the vault key
   * as the old password wrapped it, and that password's settings. Kept until the person opens the vault
   * again or chooses to let it go.
   */
  lockedSalt: text("locked_salt"),
  lockedMemoryKib: integer("locked_memory_kib"),
  lockedPasses: integer("locked_passes"),
  lockedWrappedByPassword: text("locked_wrapped_by_password"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
});
