import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const accounts = pgTable("accounts", {
  id: uuid("id").primaryKey().defaultRandom(),
  email: text("email").notNull().unique(),
  passwordHash: text("password_hash").notNull(),
  displayName: text("display_name").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  /** Set by whoever runs this Mend (`mend account disable`): the account cannot sign in until enabled. */
  disabledAt: timestamp("disabled_at", { withTimezone: true }),
});

/** Only a SHA-256 of each token is kept, so a copy of the database cannot be used to sign in. */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** Browser family and operating system, read from the sign-in request; the raw header is never kept. */
    browser: text("browser"),
    os: text("os"),
  },
  (table) => [index("sessions_account_idx").on(table.accountId)],
);

/** What happened to an account's sign-in (password changed, codes made…), shown only to its owner. */
export const credentialEvents = pgTable(
  "credential_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (table) => [index("credential_events_account_idx").on(table.accountId, table.at)],
);

/**
 * One-time recovery codes, made in the browser: only a SHA-256 of the value each is checked by is kept
 * (of its authentication key; for a code the server made before the vault, of the code's own SHA-256),
 * and the vault key the code wraps, which only the code itself opens.
 */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    /** The vault key sealed under the code's key-encryption key; null for a code that wraps nothing. */
    wrappedVaultKey: text("wrapped_vault_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (table) => [index("recovery_codes_account_idx").on(table.accountId, table.codeHash)],
);

/** Password reset links made by whoever runs this Mend: hashed, single use, valid one hour. */
export const passwordResetLinks = pgTable(
  "password_reset_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (table) => [index("password_reset_links_account_idx").on(table.accountId)],
);

/**
 * Sign-in attempt counters, kept in the database so every app server sees the same numbers; an
 * attempt is claimed here (row locked) before its password is checked. Keys are hashes (of an email,
 * an IP address or a device cookie's random part): the table never holds any of them in the clear.
 */
export const loginThrottle = pgTable("login_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
  blockedUntil: timestamp("blocked_until", { withTimezone: true }),
});

/**
 * Secrets the app servers share, made once by whichever server needs one first. Today only the key
 * that signs device cookies: someone with a copy of the database could forge those, but such a copy
 * already holds the password hashes, which can be guessed offline far faster than through sign-in.
 */
export const serverSecrets = pgTable("server_secrets", {
  name: text("name").primaryKey(),
  secret: text("secret").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
});
