import { trustedDevicePolicy } from "@mend/core/accounts/login-throttle";
import type { FastifyReply, FastifyRequest } from "fastify";
import { isSecure } from "./session-cookie.ts";

/**
 * The device cookie marks a browser that signed in before (see features/accounts/device-cookies.ts).
 * Like the session cookie it is `__Host-` and `Secure` over HTTPS and never readable by scripts; it is
 * only needed by Mend's own sign-in requests, so other sites never get it sent (SameSite=Strict). It
 * outlives sign-out on purpose: that is what keeps the browser trusted.
 */
const secureName = "__Host-mend_device";
const plainName = "mend_device";

export function readDeviceCookie(request: FastifyRequest): string | undefined {
  return request.cookies[secureName] ?? request.cookies[plainName];
}

export function setDeviceCookie(request: FastifyRequest, reply: FastifyReply, value: string): void {
  const secure = isSecure(request);
  reply.setCookie(secure ? secureName : plainName, value, {
    path: "/",
    httpOnly: true,
    sameSite: "strict",
    secure,
    maxAge: Math.floor(trustedDevicePolicy.lifetimeMs / 1000),
  });
}
