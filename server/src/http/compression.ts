import compress from "@fastify/compress";
import type { FastifyInstance } from "fastify";

/**
 * Brotli or gzip for every text answer (JSON, the page, scripts and styles without a compressed copy),
 * as the browser accepts. Registered before any route, because the plugin attaches itself to each route
 * as it is added. Live-update streams are left alone: they are written straight to the socket and
 * `text/event-stream` is never compressed, so no event waits in a compression buffer. Request bodies are
 * never compressed by the browser, so nothing is decompressed on the way in.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, { global: true, globalDecompression: false, encodings: ["br", "gzip"] });
}
