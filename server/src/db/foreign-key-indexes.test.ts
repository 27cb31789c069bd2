import { type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds, openTestDatabase } from "../../test/support/databases.ts";
import type { DatabaseHandle } from "./database.ts";

/**
 * Every foreign key is a filter: the routes look rows up by their space, member or parent, and deleting a
 * space or an account makes the database find each row that refers to it. Without an index whose leading
 * columns are the key, each of those is a scan of the whole table, across every space of the installation.
 */
const unindexedForeignKeys = sql`
  select c.conrelid::regclass::text as "table",
         string_agg(a.attname, ', ' order by k.position) as "columns"
  from pg_constraint c
  cross join lateral unnest(c.conkey) with ordinality as k(attnum, position)
  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
  where c.contype = 'f' and c.connamespace = 'public'::regnamespace
    and not exists (
      select 1 from pg_index i
      where i.indrelid = c.conrelid
        and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
        and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey
    )
  group by c.conrelid, c.conname
  order by 1, 2`;

/** Both drivers answer a raw query with its rows under `rows`; the shared type leaves them unknown. */
async function rowsOf<Row>(handle: DatabaseHandle, query: SQL): Promise<Row[]> {
  return ((await handle.db.execute(query)) as unknown as { rows: Row[] }).rows;
}

describe.each(databaseKinds)("indexes on %s", (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  });
  afterAll(() => handle?.close());

  it("has an index led by every foreign key column", async () => {
    const unindexed = await rowsOf<{ table: string; columns: string }>(handle, unindexedForeignKeys);
    expect(unindexed.map((row) => `${row.table} (${row.columns})`)).toEqual([]);
  });

  it("finds a space's appreciations through an index, not by reading every space's", async () => {
    const indexes = await rowsOf<{ indexdef: string }>(
      handle,
      sql`select indexdef from pg_indexes where schemaname = 'public' and tablename = 'appreciations'`,
    );
    expect(indexes.map((row) => row.indexdef).join("\n")).toMatch(/\(space_id\b/);
  });
});
