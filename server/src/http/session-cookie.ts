import { sessionPolicy } from "@mend/core/accounts/session-policy";
import type { FastifyReply, FastifyRequest } from "fastify";

/**
 * Over HTTPS the cookie gets the `__Host-` prefix and `Secure`, which pin it to this exact origin.
 * Plain HTTP (a local install) cannot use either, so it falls back to a plain name.
 */
const secureName = "__Host-mend_session";
const plainName = "mend_session";

export const isSecure = (request: FastifyRequest) => request.protocol === "https";

export function readSessionToken(request: FastifyRequest): string | undefined {
  return request.cookies[secureName] ?? request.cookies[plainName];
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  const secure = isSecure(request);
  reply.setCookie(secure ? secureName : plainName, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure,
    maxAge: Math.floor(sessionPolicy.absoluteTimeoutMs / 1000),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  const secure = isSecure(request);
  reply.clearCookie(secure ? secureName : plainName, { path: "/", httpOnly: true, sameSite: "lax", secure });
}
