import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

/**
 * Strict browser protections on every response (OWASP ASVS 5.0 §3.4): no inline script, no
 * framing, no referrer, and no caching of API answers, which hold private words.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // The vault's libsodium is WebAssembly: 'wasm-unsafe-eval' lets the page compile WebAssembly
        // and nothing more (no eval of JavaScript, no inline script).
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        // The service worker and the app manifest that make Mend installable come from Mend itself.
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: "no-referrer" },
    frameguard: { action: "deny" },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook("onSend", async (request, reply) => {
    // Mend never asks for location, camera or microphone; saying so closes the door for good.
    reply.header("permissions-policy", "geolocation=(), camera=(), microphone=(), interest-cohort=()");
    if (request.url.startsWith("/api/")) reply.header("cache-control", "no-store");
  });
}
