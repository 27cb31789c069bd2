import type { ServerResponse } from "node:http";
import type { FastifyReply } from "fastify";

/**
 * Takes a reply over as a server-sent event stream: headers that keep proxies from buffering or
 * caching it, and the delay a browser waits before reconnecting. The caller writes events to what is
 * returned and ends it.
 */
export function startEventStream(reply: FastifyReply): ServerResponse {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-store",
    "x-accel-buffering": "no",
    connection: "keep-alive",
  });
  raw.write("retry: 3000\n\n");
  return raw;
}
