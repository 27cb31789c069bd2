import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/**
 * Under overload requests wait in line, and by the time one is reached the person may have given up
 * on it: closed the tab, moved to another page, or timed out and asked again. Deriving a progress
 * page for nobody only makes the line longer for everyone behind it. So a read whose connection has
 * already closed is dropped before its work starts: on arrival, and again just before its handler.
 * Only reads are dropped: a write may already be under way, and whoever sent it may count on it.
 */
export function shedAbandonedReads(app: FastifyInstance): void {
  app.addHook("onRequest", async (request, reply) => {
    if (isRead(request) && connectionClosed(request)) shed(request, reply);
  });
  app.addHook("preHandler", async (request, reply) => {
    if (!isRead(request)) return;
    // A close that arrived right behind its request is read from the socket on the event loop's next
    // pass for input, and the embedded database answers without the loop going round. Two immediates
    // wait past that pass (the first runs before it, the second after it); a moment's wait that also
    // lets other waiting work in first.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    if (connectionClosed(request)) shed(request, reply);
  });
}

function shed(request: FastifyRequest, reply: FastifyReply): void {
  // 499, as proxies record a client that closed its request: metrics count it; no one receives it.
  reply.raw.statusCode = 499;
  request.log.info({ statusCode: 499 }, "read dropped: its reader had left");
  reply.hijack();
  reply.raw.destroy();
}

function isRead(request: FastifyRequest): boolean {
  return request.method === "GET" || request.method === "HEAD";
}

/** Closed, or ended from the reader's side: Node's server treats a half-closed request as gone too. */
function connectionClosed(request: FastifyRequest): boolean {
  const socket = request.raw.socket;
  return socket === null || socket === undefined || socket.destroyed || socket.readableEnded;
}
