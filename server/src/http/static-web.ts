import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { paths } from "../paths.ts";
import { notFound } from "./errors.ts";

const webDist = paths.webDist;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Serves the built web app; any other page address gets index.html so the browser router can take it.
 * The page carries the quick-exit address itself, so the exit works from the first instant, before any
 * request has come back.
 */
export async function registerWebApp(app: FastifyInstance, options: { quickExitUrl: string }): Promise<void> {
  const indexFile = path.join(webDist, "index.html");
  const built = fs.existsSync(indexFile);
  const page = built
    ? fs
        .readFileSync(indexFile, "utf8")
        .replace(
          '<meta name="mend-quick-exit" content="" />',
          `<meta name="mend-quick-exit" content="${escapeAttribute(options.quickExitUrl)}" />`,
        )
    : "";
  if (built) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false, cacheControl: false });
  }
  app.setNotFoundHandler((request, reply) => {
    // A missing file (a script or image after a rebuild) must fail as a 404, not turn into the page.
    const looksLikeFile = /\.[a-z0-9]+$/i.test(request.url.split("?")[0] ?? "");
    if (request.method !== "GET" || request.url.startsWith("/api/") || looksLikeFile) {
      const error = notFound();
      return reply.status(404).send({ error: { code: error.code, message: error.message } });
    }
    if (!built) {
      return reply
        .status(503)
        .type("text/plain")
        .send(
          "The Mend web app has not been built yet. Run `npm start`, which builds it and then serves it.",
        );
    }
    reply.header("cache-control", "no-store");
    return reply.type("text/html").send(page);
  });
}
