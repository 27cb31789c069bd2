import { sql } from "drizzle-orm";
import type { Database } from "../db/database.ts";
import { rawRows } from "../db/raw-rows.ts";

/** A table of Mend's own (schema `public`), and the sequences that number its rows. */
export interface StoredTable {
  name: string;
  sequences: { name: string; column: string }[];
}

/**
 * Mend's tables in an order where every table comes after the tables it references, so rows can be
 * inserted one table after another without breaking a foreign key. Read from the database itself,
 * so a feature's new table is included without being listed anywhere.
 */
export async function storedTables(db: Database): Promise<StoredTable[]> {
  const tables = await rawRows<{ name: string }>(
    db,
    sql`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' order by c.relname`,
  );
  const references = await rawRows<{ child: string; parent: string }>(
    db,
    sql`
    select child.relname as child, parent.relname as parent
    from pg_constraint k
    join pg_class child on child.oid = k.conrelid
    join pg_class parent on parent.oid = k.confrelid
    join pg_namespace n on n.oid = child.relnamespace
    where k.contype = 'f' and n.nspname = 'public'`,
  );
  const sequences = await rawRows<{ table: string; column: string; sequence: string }>(
    db,
    sql`
    select t.relname as table, a.attname as column, s.relname as sequence
    from pg_depend d
    join pg_class s on s.oid = d.objid and s.relkind = 'S'
    join pg_class t on t.oid = d.refobjid
    join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
    join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = 'public' and d.deptype in ('a', 'i')`,
  );

  const parentsOf = new Map<string, Set<string>>(tables.map((row) => [row.name, new Set()]));
  for (const { child, parent } of references) {
    if (child !== parent) parentsOf.get(child)?.add(parent);
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < parentsOf.size) {
    const ready = [...parentsOf].filter(
      ([name, parents]) => !placed.has(name) && [...parents].every((parent) => placed.has(parent)),
    );
    if (ready.length === 0) throw new Error("Mend's tables reference each other in a cycle.");
    for (const [name] of ready) {
      ordered.push(name);
      placed.add(name);
    }
  }
  return ordered.map((name) => ({
    name,
    sequences: sequences
      .filter((row) => row.table === name)
      .map((row) => ({ name: row.sequence, column: row.column })),
  }));
}

/** When the newest migration applied to this database was created (Drizzle's own record), or 0. */
export async function appliedMigrationsUpTo(db: Database): Promise<number> {
  const exists = await rawRows<{ present: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!exists[0]?.present) return 0;
  const latest = await rawRows<{ created_at: string | number | null }>(
    db,
    sql`select max(created_at) as created_at from drizzle.__drizzle_migrations`,
  );
  return Number(latest[0]?.created_at ?? 0);
}
