import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseKind, databaseKinds, openTestDatabase } from "../../test/support/databases.ts";
import type { DatabaseHandle } from "../db/database.ts";
import { accounts } from "../db/schema.ts";
import { describeError } from "./error-log.ts";

const planted = "plantedsecret";

async function failureOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected the database to refuse");
}

describe.each(databaseKinds)("logging a database error on %s", (kind: DatabaseKind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  });
  afterAll(() => handle?.close());

  it("names the code of a refused value, never the value, the query or its parameters", async () => {
    const error = await failureOf(() => handle.db.execute(sql`select ${`${planted}\u0000`}::text as note`));
    const logged = describeError(error);
    expect(JSON.stringify(logged)).not.toContain(planted);
    expect(JSON.stringify(logged)).not.toMatch(/select/i);
    expect(logged.database?.code).toMatch(/^[0-9A-Z]{5}$/);
  });

  it("names the constraint a duplicate broke, never the key it quotes", async () => {
    const account = {
      email: `${planted}@example.org`,
      passwordHash: `$argon2id$${planted}`,
      displayName: planted,
    };
    await handle.db.insert(accounts).values(account);
    const error = await failureOf(() => handle.db.insert(accounts).values(account));
    const logged = describeError(error);
    expect(JSON.stringify(logged)).not.toContain(planted);
    expect(JSON.stringify(logged)).not.toContain("argon2");
    expect(logged.database).toMatchObject({ code: "23505", table: "accounts" });
    expect(logged.database?.constraint).toMatch(/email/);
  });

  it("keeps the message of an error that did not come from the database", () => {
    expect(describeError(new TypeError("x is not a function"))).toMatchObject({
      type: "TypeError",
      message: "x is not a function",
    });
  });
});
