import fs from "node:fs";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import negotiate from "@fastify/accept-negotiator";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";
import { paths } from "../paths.ts";
import { notFound } from "./errors.ts";

export const builtWebApp = paths.webDist;

/**
 * Files under assets/ carry a hash of their content in their name, so a browser may keep them for good:
 * a new build gives new names. Everything else (the icons, the app manifest, the service worker and the
 * offline page) is checked with the server on every use, so an update reaches everyone at once and a new
 * service worker is found on the next start; the page itself is never stored at all.
 */
const cachingFor = (file: string) =>
  file.includes(`${path.sep}assets${path.sep}`)
    ? "public, max-age=31536000, immutable"
    : file.endsWith(".html")
      ? "no-store"
      : "no-cache";

/** The page is the same for every visitor, so it is compressed once, when the server starts. */
function compressedPage(page: string) {
  const encodings = { br: brotliCompressSync(page), gzip: gzipSync(page) };
  return (reply: FastifyReply, acceptEncoding: string | undefined) => {
    reply.header("vary", "accept-encoding");
    const encoding = negotiate(acceptEncoding ?? "", ["br", "gzip"]);
    if (!encoding) return reply.send(page);
    return reply.header("content-encoding", encoding).send(encodings[encoding]);
  };
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Serves the built web app; any other page address gets index.html so the browser router can take it.
 * The page carries the quick-exit address itself, so the exit works from the first instant, before any
 * request has come back.
 */
export async function registerWebApp(
  app: FastifyInstance,
  options: { quickExitUrl: string; webDist: string },
): Promise<void> {
  const { webDist } = options;
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
  const sendPage = compressedPage(page);
  if (built) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      cacheControl: false,
      // The build writes a brotli and a gzip copy beside each script and stylesheet; they are sent in
      // place of the file to browsers that accept them, and are not addresses of their own.
      preCompressed: true,
      globIgnore: ["**/*.br", "**/*.gz"],
      setHeaders: (response, file) => {
        response.setHeader("cache-control", cachingFor(file));
        response.setHeader("vary", "accept-encoding");
      },
    });
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
    reply.header("cache-control", "no-store").type("text/html; charset=utf-8");
    return sendPage(reply, request.headers["accept-encoding"]);
  });
}
