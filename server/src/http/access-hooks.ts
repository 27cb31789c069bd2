import type { AccountView } from "@mend/core/accounts/contract";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { AccountsService } from "../features/accounts/service.ts";
import { AppError, notSignedIn } from "./errors.ts";
import { readSessionToken } from "./session-cookie.ts";

/**
 * How a route may be reached. Every /api route is "account" unless it says otherwise, so a route
 * that forgets to declare its access is closed, not open. "space" routes also check membership
 * in their handler (through the feature's access check) and answer 404 to non-members.
 * "counselor" routes are a counselor's reading of a space: they check in their handler that both
 * members have said yes to this account and nobody has ended it, and answer 404 otherwise.
 */
export type RouteAccess = "public" | "account" | "space" | "counselor";

/** What the access hook asks about a signed-in account and a space before a space route runs. */
export interface SpaceAccessChecks {
  /** Whether the account reads this space as its counselor now (and is not one of its members). */
  isCounselorOf(accountId: string, spaceId: string): Promise<boolean>;
}

declare module "fastify" {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    session: { account: AccountView; sessionId: string } | null;
  }
}

export const csrfHeader = "x-mend-csrf";
/**
 * The account a page believes is signed in. When another account has signed in on the same browser
 * since (in another tab), the page's requests are refused rather than carried out as someone else.
 */
export const expectedAccountHeader = "x-mend-account";

const isApi = (url: string) => url.startsWith("/api/") && !url.startsWith("/api/docs");
const changesState = (method: string) => !["GET", "HEAD", "OPTIONS"].includes(method);

function assertSameOrigin(request: FastifyRequest): void {
  // A custom header cannot be sent cross-site without a CORS preflight, which Mend never grants.
  if (request.headers[csrfHeader] !== "1") {
    throw new AppError(
      "forbidden",
      "This request was refused because it did not come from Mend's own pages.",
    );
  }
  if (request.headers["sec-fetch-site"] === "cross-site") {
    throw new AppError("forbidden", "This request was refused because it came from another site.");
  }
  const origin = request.headers.origin;
  if (origin && origin !== `${request.protocol}://${request.host}`) {
    throw new AppError("forbidden", "This request was refused because it came from another site.");
  }
}

export function registerAccessHooks(
  app: FastifyInstance,
  accounts: AccountsService,
  spaces: SpaceAccessChecks,
): void {
  app.decorateRequest("session", null);
  app.addHook("onRequest", async (request) => {
    if (!isApi(request.url)) return;
    if (changesState(request.method)) assertSameOrigin(request);
    const token = readSessionToken(request);
    // A change is something the person did; a read may be a background refetch, so it never counts.
    request.session = token
      ? ((await accounts.resolveSession(token, changesState(request.method))) ?? null)
      : null;
    const access = request.routeOptions.config.access ?? "account";
    if (access === "public") return;
    const expected = request.headers[expectedAccountHeader];
    if (typeof expected === "string" && expected !== request.session?.account.id) request.session = null;
    if (!request.session) throw notSignedIn();
    if (access === "space" && changesState(request.method)) await refuseCounselorWrites(request, spaces);
  });
}

/**
 * A counselor reads what both members share and writes notes through their own routes; a change
 * anywhere in the space is the members' alone. A counselor with access is told so plainly (403);
 * anyone else goes on to the membership check and its 404.
 */
async function refuseCounselorWrites(request: FastifyRequest, spaces: SpaceAccessChecks): Promise<void> {
  const spaceId = (request.params as { spaceId?: unknown } | undefined)?.spaceId;
  const accountId = request.session?.account.id;
  if (typeof spaceId !== "string" || !accountId) return;
  if (await spaces.isCounselorOf(accountId, spaceId)) {
    throw new AppError(
      "forbidden",
      "As the counselor you can read what the two people share and write notes to both; everything else here is theirs to do.",
    );
  }
}

/** The signed-in account of a request that passed the access hook. */
export function currentAccount(request: FastifyRequest): AccountView {
  if (!request.session) throw notSignedIn();
  return request.session.account;
}
