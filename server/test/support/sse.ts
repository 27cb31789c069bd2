import type { StreamEvent } from "@mend/core/realtime/contract";
import type { TestClient } from "./http-client.ts";

export interface OpenStream {
  status: number;
  headers: Headers;
  events: StreamEvent[];
  /** Resolves with the first event (already received or still to come) that matches. */
  next(match: (event: StreamEvent) => boolean, timeoutMs?: number): Promise<StreamEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/** Connects to an SSE endpoint as `client` (its cookie) and parses messages as they arrive. */
export async function openStream(
  client: TestClient,
  path: string,
  headers: Record<string, string> = {},
): Promise<OpenStream> {
  const controller = new AbortController();
  const response = await fetch(client.baseUrl + path, {
    headers: {
      accept: "text/event-stream",
      ...(client.sessionCookie ? { cookie: client.sessionCookie } : {}),
      ...headers,
    },
    signal: controller.signal,
  });
  const events: StreamEvent[] = [];
  const waiters = new Set<() => void>();
  let buffer = "";
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let finished = false;
  const ended = (async () => {
    if (!reader) return;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let cut = buffer.indexOf("\n\n");
        while (cut >= 0) {
          const frame = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const data = frame
            .split("\n")
            .filter((line) => line.startsWith("data: "))
            .map((line) => line.slice(6))
            .join("\n");
          if (data) {
            events.push(JSON.parse(data) as StreamEvent);
            for (const wake of [...waiters]) wake();
          }
          cut = buffer.indexOf("\n\n");
        }
      }
    } catch {
      // Aborted by close().
    } finally {
      finished = true;
      for (const wake of [...waiters]) wake();
    }
  })();
  return {
    status: response.status,
    headers: response.headers,
    events,
    ended,
    close: () => controller.abort(),
    next(match, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(match);
          if (found) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          } else if (finished) {
            waiters.delete(check);
            clearTimeout(timer);
            reject(new Error(`stream ended without a matching event; got ${JSON.stringify(events)}`));
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(events)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}
