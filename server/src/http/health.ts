import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../db/database.ts";
import { latestMigration } from "../db/migrations-journal.ts";
import { appliedMigrationsUpTo } from "../operations/catalog.ts";

const healthView = z.object({ status: z.enum(["ok", "starting", "unavailable"]) });

/**
 * `/healthz`: the process answers. `/readyz`: it can serve (migrations done, the database answers
 * and holds every migration this Mend ships). Both say one word and nothing an attacker could use.
 */
export function registerHealthRoutes(
  app: FastifyInstance,
  deps: { db: Database; hasMigrated: () => boolean },
) {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const schema = (summary: string) => ({
    tags: ["meta"],
    summary,
    response: { 200: healthView, 503: healthView },
  });
  typed.get("/healthz", { config: { access: "public" }, schema: schema("The process is up") }, async () => ({
    status: "ok" as const,
  }));
  typed.get(
    "/readyz",
    { config: { access: "public" }, schema: schema("Ready to serve: migrated, and the database answers") },
    async (_request, reply) => {
      if (!deps.hasMigrated()) return reply.code(503).send({ status: "starting" });
      try {
        await deps.db.execute(sql`select 1`);
        if ((await appliedMigrationsUpTo(deps.db)) < latestMigration()) {
          return reply.code(503).send({ status: "starting" });
        }
        return { status: "ok" as const };
      } catch {
        return reply.code(503).send({ status: "unavailable" });
      }
    },
  );
}
