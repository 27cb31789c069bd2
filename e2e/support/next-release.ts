import http from "node:http";
import type { AddressInfo } from "node:net";
import { baseURL } from "./env.ts";

/**
 * Mend as a browser meets it across a release: a door on a port of its own that passes every request to
 * the test server unchanged, until `release` is called; from then on it sends a changed service worker
 * script, as the server does once a new version is installed. (Playwright's routing can't stand in for
 * this: the browser's own check for a new worker script never passes through it.)
 */
export async function serveWithNextRelease(nextWorker: (current: string) => string): Promise<{
  url: string;
  release: () => void;
  close: () => Promise<void>;
}> {
  const target = new URL(baseURL);
  const current = await (await fetch(`${baseURL}/sw.js`)).text();
  let released = false;
  const door = http.createServer((request, response) => {
    if (released && request.url?.split("?")[0] === "/sw.js") {
      response.writeHead(200, { "content-type": "text/javascript", "cache-control": "no-cache" });
      response.end(nextWorker(current));
      return;
    }
    const forwarded = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, host: target.host },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forwarded.on("error", () => response.destroy());
    request.pipe(forwarded);
  });
  await new Promise<void>((resolve) => door.listen(0, "127.0.0.1", resolve));
  const { port } = door.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    release: () => {
      released = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        door.closeAllConnections();
        door.close(() => resolve());
      }),
  };
}
