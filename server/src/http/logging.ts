import type { FastifyServerOptions } from "fastify";

/** Secrets that appear in page addresses (invitation links) are cut out before a URL is logged. */
export function redactUrl(url: string): string {
  return url
    .replace(/\/join\/[^/?#]+/, "/join/[redacted]")
    .replace(/\/api\/calendar\/[^/?#]+/, "/api/calendar/[redacted]")
    .replace(/\?.*$/, "?[redacted]");
}

/**
 * Logs say what happened, never what anyone wrote: no bodies, cookies, tokens or passwords, and no
 * IP addresses or devices, which would place a person.
 */
export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions["logger"] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: ["req.headers", "res.headers", "body", "password", "token"], remove: true },
    serializers: {
      req: (request: { method: string; url: string }) => ({
        method: request.method,
        url: redactUrl(request.url),
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}
