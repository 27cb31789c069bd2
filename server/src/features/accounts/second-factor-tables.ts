import { bigint, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { accounts, sessions } from "./tables.ts";

/**
 * An authenticator app's shared secret. It must be kept readable to check codes, unlike a password;
 * the secret-storage work may wrap it with a key held outside the database later. A row without
 * `confirmedAt` is a setup in progress: it asks for nothing at sign-in until a code confirms it.
 */
export const totpFactors = pgTable("totp_factors", {
  accountId: uuid("account_id")
    .primaryKey()
    .references(() => accounts.id, { onDelete: "cascade" }),
  secret: text("secret").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
  /** The 30-second step of the last code accepted: a code is good once, even within its window. */
  lastUsedStep: bigint("last_used_step", { mode: "number" }),
});

/** A WebAuthn credential. Only its public key is kept; the private key never leaves the device. */
export const passkeys = pgTable(
  "passkeys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    credentialId: text("credential_id").notNull().unique(),
    publicKey: text("public_key").notNull(),
    signCount: bigint("sign_count", { mode: "number" }).notNull(),
    transports: text("transports").array().notNull(),
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  },
  (table) => [index("passkeys_account_idx").on(table.accountId)],
);

/**
 * A password that was right on an account that asks for more: the second step finishes it once,
 * within a few minutes. Only a hash of its token is kept. `passkeyChallenge` is the challenge a
 * passkey must sign to finish it, set when the person chooses to use one.
 */
export const pendingSignIns = pgTable(
  "pending_sign_ins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    passkeyChallenge: text("passkey_challenge"),
  },
  (table) => [index("pending_sign_ins_account_idx").on(table.accountId)],
);

/**
 * WebAuthn challenges: each is used once and lives a few minutes. Adding a passkey ties its challenge
 * to the session that asked; a passkey sign-in's challenge belongs to nobody
 * yet: the signed answer names it.
 */
export const passkeyChallenges = pgTable(
  "passkey_challenges",
  {
    challenge: text("challenge").primaryKey(),
    sessionId: uuid("session_id").references(() => sessions.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (table) => [index("passkey_challenges_session_idx").on(table.sessionId)],
);
