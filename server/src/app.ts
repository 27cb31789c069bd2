import cookie from "@fastify/cookie";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { SafetyResources } from "@mend/core/safety/index";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { z } from "zod";
import type { Config } from "./config.ts";
import type { Database } from "./db/database.ts";
import { accountsRepo } from "./features/accounts/repo.ts";
import { accountRoutes } from "./features/accounts/routes.ts";
import { accountsService } from "./features/accounts/service.ts";
import { agreementRoutes } from "./features/agreements/routes.ts";
import { agreementsService } from "./features/agreements/service.ts";
import { checkinRoutes } from "./features/checkins/routes.ts";
import { checkinsService } from "./features/checkins/service.ts";
import { insightRoutes } from "./features/insights/routes.ts";
import { insightsService } from "./features/insights/service.ts";
import { invitationRoutes } from "./features/invitations/routes.ts";
import { invitationsService } from "./features/invitations/service.ts";
import { journeyRoutes } from "./features/journey/routes.ts";
import { journeyService } from "./features/journey/service.ts";
import { promiseRoutes } from "./features/promises/routes.ts";
import { promisesService } from "./features/promises/service.ts";
import { readinessRoutes } from "./features/readiness/routes.ts";
import { readinessService } from "./features/readiness/service.ts";
import { loadSafetyResources } from "./features/safety/resources.ts";
import { safetyRoutes } from "./features/safety/routes.ts";
import { spaceRoutes } from "./features/spaces/routes.ts";
import { spacesService } from "./features/spaces/service.ts";
import { type RouteAccess, registerAccessHooks } from "./http/access-hooks.ts";
import { registerErrorHandling } from "./http/errors.ts";
import { loggerOptions } from "./http/logging.ts";
import { registerSecurityHeaders } from "./http/security-headers.ts";
import { registerWebApp } from "./http/static-web.ts";

export interface RouteSummary {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

declare module "fastify" {
  interface FastifyInstance {
    /** Every registered route, so tests can prove that none escapes the access rules. */
    routeTable: RouteSummary[];
  }
}

export interface AppDeps {
  db: Database;
  config: Config;
  clock?: () => Date;
  /** Help lines; read from the operator's file (or the bundled one) when not given. */
  safetyResources?: SafetyResources;
  /** Where logs go (standard output by default); tests capture them to check what is never logged. */
  logStream?: NodeJS.WritableStream;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const clock = deps.clock ?? (() => new Date());
  const app = Fastify({
    logger: loggerOptions(deps.config.logLevel, deps.logStream),
    trustProxy: deps.config.trustProxy,
    bodyLimit: 256 * 1024,
  });
  const routeTable: RouteSummary[] = [];
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat())
      routeTable.push({ method, url: route.url, access: route.config?.access });
  });
  app.decorate("routeTable", routeTable);
  // JSON only: a plain-text body is what a cross-site form could send without a preflight.
  app.removeContentTypeParser("text/plain");
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  await registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(swagger, {
    openapi: { info: { title: "Mend API", version: "0.1.0" } },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });

  const accounts = accountsService({ repo: accountsRepo(deps.db), clock });
  registerAccessHooks(app, accounts);

  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    "/api/config",
    {
      config: { access: "public" },
      schema: {
        tags: ["meta"],
        summary: "Settings the web app needs before sign-in",
        response: { 200: z.object({ quickExitUrl: z.string() }) },
      },
    },
    async () => ({ quickExitUrl: deps.config.quickExitUrl }),
  );
  accountRoutes(typed, accounts);
  spaceRoutes(typed, spacesService({ db: deps.db, clock }));
  invitationRoutes(typed, invitationsService({ db: deps.db, clock }));
  readinessRoutes(typed, readinessService({ db: deps.db, clock }));
  journeyRoutes(typed, journeyService({ db: deps.db, clock }));
  checkinRoutes(typed, checkinsService({ db: deps.db, clock }));
  insightRoutes(typed, insightsService({ db: deps.db, clock }));
  agreementRoutes(typed, agreementsService({ db: deps.db, clock }));
  promiseRoutes(typed, promisesService({ db: deps.db, clock }));
  safetyRoutes(typed, deps.safetyResources ?? loadSafetyResources(deps.config.safetyResourcesFile));

  await registerWebApp(app);
  return app;
}
