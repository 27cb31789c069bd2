import { type StreamEvent, streamEvent } from "@mend/core/realtime/contract";
import { segment } from "../../api/client.ts";

export interface StreamListener {
  onEvent: (event: StreamEvent) => void;
  /** Called each time the stream (re)connects, since something may have changed while it was closed. */
  onOpen: () => void;
}

interface Connection {
  listeners: Set<StreamListener>;
  source: EventSource | null;
  /** The last event id seen, so a stream opened by hand can ask for what it missed. */
  lastId: string | null;
  retryTimer: number | undefined;
  failures: number;
  stopOnline: () => void;
}

const connections = new Map<string, Connection>();
const maxRetryMs = 60_000;

function open(spaceId: string, connection: Connection): void {
  window.clearTimeout(connection.retryTimer);
  connection.retryTimer = undefined;
  connection.source?.close();
  const after = connection.lastId ? `?after=${segment(connection.lastId)}` : "";
  const source = new EventSource(`/api/spaces/${segment(spaceId)}/events/stream${after}`);
  connection.source = source;

  source.onopen = () => {
    connection.failures = 0;
    for (const listener of connection.listeners) listener.onOpen();
  };
  source.onmessage = (message: MessageEvent<string>) => {
    let data: unknown;
    try {
      data = JSON.parse(message.data);
    } catch {
      return;
    }
    const parsed = streamEvent.safeParse(data);
    if (!parsed.success) return;
    connection.lastId = parsed.data.id;
    for (const listener of connection.listeners) listener.onEvent(parsed.data);
  };
  source.onerror = () => {
    // While CONNECTING the browser retries by itself and sends Last-Event-ID. CLOSED means it gave up
    // (the session ended, or the server answered with an error), so try again later, more slowly each time.
    if (source.readyState !== EventSource.CLOSED) return;
    connection.failures += 1;
    const wait = Math.min(maxRetryMs, 2_000 * 2 ** (connection.failures - 1));
    connection.retryTimer = window.setTimeout(() => open(spaceId, connection), wait);
  };
}

/**
 * Listens to a space's live events. Every page that needs them shares one EventSource per space,
 * which closes when the last listener leaves.
 */
export function subscribeToSpace(spaceId: string, listener: StreamListener): () => void {
  let connection = connections.get(spaceId);
  if (!connection) {
    const created: Connection = {
      listeners: new Set(),
      source: null,
      lastId: null,
      retryTimer: undefined,
      failures: 0,
      stopOnline: () => undefined,
    };
    // Back on the network, a stream that may have gone quiet is opened afresh from the last event seen.
    const reconnect = () => open(spaceId, created);
    window.addEventListener("online", reconnect);
    created.stopOnline = () => window.removeEventListener("online", reconnect);
    connections.set(spaceId, created);
    connection = created;
    connection.listeners.add(listener);
    open(spaceId, connection);
  } else {
    connection.listeners.add(listener);
  }

  return () => {
    const current = connections.get(spaceId);
    if (!current) return;
    current.listeners.delete(listener);
    if (current.listeners.size > 0) return;
    window.clearTimeout(current.retryTimer);
    current.source?.close();
    current.stopOnline();
    connections.delete(spaceId);
  };
}
