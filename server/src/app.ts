import cookie from "@fastify/cookie";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { publicConfigView } from "@mend/core/config-contract";
import type { SafetyResources } from "@mend/core/safety/index";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { Registry } from "prom-client";
import type { Config } from "./config.ts";
import type { Database, DatabaseHandle } from "./db/database.ts";
import { isRememberedPage } from "./db/progress-cache.ts";
import { deleteAccountRoutes } from "./features/accounts/delete-account.ts";
import { accountRecoveryService } from "./features/accounts/recovery.ts";
import { accountRoutes } from "./features/accounts/routes.ts";
import { secondFactorRoutes } from "./features/accounts/second-factor-routes.ts";
import { secondFactorService } from "./features/accounts/second-factor-service.ts";
import { secondStepService } from "./features/accounts/second-step.ts";
import { accountSecurityService } from "./features/accounts/security.ts";
import { accountSecurityRoutes } from "./features/accounts/security-routes.ts";
import { accountsService } from "./features/accounts/service.ts";
import { statementRoutes } from "./features/acknowledgment/routes.ts";
import { statementsService } from "./features/acknowledgment/service.ts";
import { agreementRoutes } from "./features/agreements/routes.ts";
import { agreementsService } from "./features/agreements/service.ts";
import { amendRoutes } from "./features/amends/routes.ts";
import { amendsService } from "./features/amends/service.ts";
import { checkinRoutes } from "./features/checkins/routes.ts";
import { checkinsService } from "./features/checkins/service.ts";
import { closenessRoutes } from "./features/closeness/routes.ts";
import { closenessService } from "./features/closeness/service.ts";
import { counselorMemberRoutes, counselorRoutes } from "./features/counselor/routes.ts";
import { counselorAccess, counselorService } from "./features/counselor/service.ts";
import { registerCounselorStream } from "./features/counselor/stream.ts";
import { decidingRoutes } from "./features/deciding/routes.ts";
import { decidingService } from "./features/deciding/service.ts";
import { draftRoutes } from "./features/drafts/routes.ts";
import { draftsService } from "./features/drafts/service.ts";
import { accountDeletionService } from "./features/ending/account-deletion.ts";
import { endingRoutes } from "./features/ending/routes.ts";
import { endingService } from "./features/ending/service.ts";
import { forgivenessRoutes } from "./features/forgiveness/routes.ts";
import { forgivenessService } from "./features/forgiveness/service.ts";
import { insightRoutes } from "./features/insights/routes.ts";
import { insightsService } from "./features/insights/service.ts";
import { invitationRoutes } from "./features/invitations/routes.ts";
import { invitationsService } from "./features/invitations/service.ts";
import { journalRoutes } from "./features/journal/routes.ts";
import { journalService } from "./features/journal/service.ts";
import { journeyRoutes } from "./features/journey/routes.ts";
import { journeyService } from "./features/journey/service.ts";
import { maintenanceRoutes } from "./features/maintenance/routes.ts";
import { maintenanceService } from "./features/maintenance/service.ts";
import { notificationRoutes } from "./features/notifications/routes.ts";
import { notificationsService } from "./features/notifications/service.ts";
import { promiseRoutes } from "./features/promises/routes.ts";
import { promisesService } from "./features/promises/service.ts";
import { questionRoutes } from "./features/questions/routes.ts";
import { questionsService } from "./features/questions/service.ts";
import { readinessRoutes } from "./features/readiness/routes.ts";
import { readinessService } from "./features/readiness/service.ts";
import { recordRoutes } from "./features/record/routes.ts";
import { recordService } from "./features/record/service.ts";
import { type HandOver, sharedReminders } from "./features/reminders/hand-over.ts";
import { loadSafetyResources } from "./features/safety/resources.ts";
import { safetyRoutes } from "./features/safety/routes.ts";
import { soloRoutes } from "./features/solo/routes.ts";
import { soloService } from "./features/solo/service.ts";
import { spaceRoutes } from "./features/spaces/routes.ts";
import { spacesService } from "./features/spaces/service.ts";
import { talkRoutes } from "./features/talks/routes.ts";
import { talksService } from "./features/talks/service.ts";
import { triggerRoutes } from "./features/triggers/routes.ts";
import { triggersService } from "./features/triggers/service.ts";
import { vaultRoutes } from "./features/vault/routes.ts";
import { vaultService } from "./features/vault/service.ts";
import { shedAbandonedReads } from "./http/abandoned-reads.ts";
import { type RouteAccess, registerAccessHooks } from "./http/access-hooks.ts";
import { registerCompression } from "./http/compression.ts";
import { answerUnreadableAddress, registerErrorHandling } from "./http/errors.ts";
import { registerHealthRoutes } from "./http/health.ts";
import { loggerOptions } from "./http/logging.ts";
import { createMetrics } from "./http/metrics.ts";
import { fastifyTrustProxy } from "./http/proxy-trust.ts";
import { registerSecurityHeaders } from "./http/security-headers.ts";
import { builtWebApp, registerWebApp } from "./http/static-web.ts";
import { registerStorableInputCheck } from "./http/storable-input.ts";
import { type JobSender, lateJobSender } from "./jobs/sender.ts";
import type { Notifications } from "./realtime/bus.ts";
import { registerRealtime } from "./realtime/index.ts";
import { mendVersion } from "./version.ts";

export interface RouteSummary {
  method: string;
  url: string;
  access: RouteAccess | undefined;
  /** The contracts its input is checked against, so tests can send every route what it accepts. */
  input: { params?: unknown; querystring?: unknown; body?: unknown };
}

declare module "fastify" {
  interface FastifyInstance {
    /** Every registered route, so tests can prove that none escapes the access rules. */
    routeTable: RouteSummary[];
    /** Prometheus metrics, when the app was built with `metricsOf` (MEND_METRICS=1). */
    metrics: Registry | undefined;
  }
}

export interface AppDeps {
  db: Database;
  /** PostgreSQL LISTEN/NOTIFY on the same database (`DatabaseHandle`), for live updates across app servers. */
  notifications: Notifications;
  config: Config;
  clock?: () => Date;
  /** Help lines; read from the operator's file (or the bundled one) when not given. */
  safetyResources?: SafetyResources;
  /** The built web app's folder (web/dist by default); tests serve a small one of their own. */
  webDist?: string;
  /** Where logs go (standard output by default); tests capture them to check what is never logged. */
  logStream?: NodeJS.WritableStream;
  /**
   * Whether the database has been migrated. `mend serve` listens while it migrates, so a load
   * balancer can ask `/readyz`; until then every other request is answered 503. Default: migrated.
   */
  hasMigrated?: () => boolean;
  /** Collect Prometheus metrics, including this database's pool. */
  metricsOf?: Pick<DatabaseHandle, "connections" | "queriesSent">;
  /**
   * Where reminders go to reach people (`mend serve`: the job engine's "notify" queue). Without
   * one, nothing is handed over: write paths that share something just save it.
   */
  handOver?: HandOver;
  /** Where routes queue background work (an email to send); the job engine starts after the app. */
  jobs?: JobSender;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const clock = deps.clock ?? (() => new Date());
  const app = Fastify({
    logger: loggerOptions(deps.config.logLevel, deps.logStream),
    trustProxy: fastifyTrustProxy(deps.config.trustProxy),
    bodyLimit: 256 * 1024,
    frameworkErrors: answerUnreadableAddress,
  });
  const routeTable: RouteSummary[] = [];
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat())
      routeTable.push({
        method,
        url: route.url,
        access: route.config?.access,
        input: {
          params: route.schema?.params,
          querystring: route.schema?.querystring,
          body: route.schema?.body,
        },
      });
  });
  app.decorate("routeTable", routeTable);
  app.decorate("metrics", deps.metricsOf ? createMetrics(app, deps.metricsOf) : undefined);
  // JSON only: a plain-text body is what a cross-site form could send without a preflight.
  app.removeContentTypeParser("text/plain");
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(rememberingSerializer);
  registerErrorHandling(app);
  await registerCompression(app);
  registerStorableInputCheck(app);
  await registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(swagger, {
    openapi: { info: { title: "Mend API", version: mendVersion } },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });

  shedAbandonedReads(app);
  const hasMigrated = deps.hasMigrated ?? (() => true);
  registerHealthRoutes(app, { db: deps.db, hasMigrated });
  app.addHook("onRequest", async (request, reply) => {
    if (hasMigrated() || request.url === "/healthz" || request.url === "/readyz") return;
    reply.header("retry-after", "5");
    await reply.code(503).send({
      error: { code: "unavailable", message: "Mend is starting up. Try again in a few seconds." },
    });
  });
  const secondStep = secondStepService({ db: deps.db, clock });
  const accounts = accountsService({ db: deps.db, clock, signup: deps.config.signup, secondStep });
  registerAccessHooks(app, accounts, {
    isCounselorOf: async (accountId, spaceId) =>
      (await counselorAccess(deps.db, accountId, spaceId)) !== undefined,
  });

  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    "/api/config",
    {
      config: { access: "public" },
      schema: {
        tags: ["meta"],
        summary: "Settings the web app needs before sign-in",
        response: { 200: publicConfigView },
      },
    },
    async () => ({
      quickExitUrl: deps.config.quickExitUrl,
      version: mendVersion,
      signup: await accounts.signupPolicyNow(),
      email: deps.config.mail !== undefined,
    }),
  );
  accountRoutes(typed, accounts);
  secondFactorRoutes(typed, {
    accounts,
    secondFactor: secondFactorService({ db: deps.db, clock }),
    secondStep,
  });
  accountSecurityRoutes(
    typed,
    accountSecurityService({ db: deps.db, clock }),
    accountRecoveryService({ db: deps.db, clock }),
  );
  vaultRoutes(typed, vaultService({ db: deps.db, clock }));
  journalRoutes(typed, journalService({ db: deps.db, clock }));
  const realtime = registerRealtime(typed, { db: deps.db, clock, notifications: deps.notifications });
  const reminders = sharedReminders(deps.handOver, app.log);
  invitationRoutes(typed, invitationsService({ db: deps.db, clock }));
  readinessRoutes(typed, readinessService({ db: deps.db, clock }));
  decidingRoutes(typed, decidingService({ db: deps.db, clock }));
  soloRoutes(typed, soloService({ db: deps.db, clock }));
  journeyRoutes(typed, journeyService({ db: deps.db, clock }));
  checkinRoutes(typed, checkinsService({ db: deps.db, clock }));
  insightRoutes(typed, insightsService({ db: deps.db, clock }));
  agreementRoutes(typed, agreementsService({ db: deps.db, clock, events: realtime }));
  promiseRoutes(typed, promisesService({ db: deps.db, clock, events: realtime, reminders }));
  forgivenessRoutes(typed, forgivenessService({ db: deps.db, clock }));
  closenessRoutes(typed, closenessService({ db: deps.db, clock, events: realtime, reminders }));
  maintenanceRoutes(typed, maintenanceService({ db: deps.db, clock }));
  endingRoutes(typed, endingService({ db: deps.db, clock }));
  deleteAccountRoutes(typed, accountDeletionService({ db: deps.db, clock }));
  spaceRoutes(typed, spacesService({ db: deps.db, clock, events: realtime }));
  statementRoutes(typed, statementsService({ db: deps.db, clock, events: realtime, reminders }));
  questionRoutes(typed, questionsService({ db: deps.db, clock, events: realtime, reminders }));
  triggerRoutes(typed, triggersService({ db: deps.db, clock, events: realtime, reminders }));
  amendRoutes(typed, amendsService({ db: deps.db, clock, events: realtime, reminders }));
  recordRoutes(typed, recordService({ db: deps.db, clock }));
  const counselor = counselorService({ db: deps.db, clock, events: realtime });
  counselorMemberRoutes(typed, counselor);
  counselorRoutes(typed, counselor);
  registerCounselorStream(typed, { db: deps.db, clock, bus: realtime, log: app.log });
  talkRoutes(typed, talksService({ db: deps.db, clock, events: realtime }));
  draftRoutes(typed, draftsService({ db: deps.db, clock }));
  notificationRoutes(
    typed,
    notificationsService({ db: deps.db, clock, config: deps.config, jobs: deps.jobs ?? lateJobSender() }),
  );
  safetyRoutes(typed, deps.safetyResources ?? loadSafetyResources(deps.config.safetyResourcesFile));

  await registerWebApp(app, { quickExitUrl: deps.config.quickExitUrl, webDist: deps.webDist ?? builtWebApp });
  return app;
}

/**
 * Checks each response against its schema and writes it out, as the zod type provider does, and
 * remembers what it wrote for a page served again from a progress cache (the same unchanging
 * object): a year of daily points was checked and written out anew on every read.
 */
const rememberingSerializer: typeof serializerCompiler = (route) => {
  const serialize = serializerCompiler(route);
  const written = new WeakMap<object, string>();
  return (data) => {
    if (!isRememberedPage(data)) return serialize(data);
    let json = written.get(data);
    if (json === undefined) {
      json = serialize(data);
      written.set(data, json);
    }
    return json;
  };
};
