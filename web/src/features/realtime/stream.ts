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
  /** Set while the last listener has just left, in case the next page listens to the same space. */
  closeTimer: number | undefined;
  failures: number;
  stopWatchingNetwork: () => void;
}

const connections = new Map<string, Connection>();
const maxRetryMs = 60_000;
/** Moving from one page to the next keeps the same stream, so nothing slips through in between. */
const lingerMs = 3_000;

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
 * which closes shortly after the last listener leaves.
 */
export function subscribeToSpace(spaceId: string, listener: StreamListener): () => void {
  let connection = connections.get(spaceId);
  if (connection) {
    window.clearTimeout(connection.closeTimer);
    connection.closeTimer = undefined;
    connection.listeners.add(listener);
  } else {
    const created: Connection = {
      listeners: new Set([listener]),
      source: null,
      lastId: null,
      retryTimer: undefined,
      closeTimer: undefined,
      failures: 0,
      stopWatchingNetwork: () => undefined,
    };
    // Without a network the stream is dead even if the browser hasn't noticed yet, so it is closed,
    // and opened afresh from the last event seen as soon as the network is back.
    const offline = () => {
      window.clearTimeout(created.retryTimer);
      created.source?.close();
      created.source = null;
    };
    const online = () => open(spaceId, created);
    window.addEventListener("offline", offline);
    window.addEventListener("online", online);
    created.stopWatchingNetwork = () => {
      window.removeEventListener("offline", offline);
      window.removeEventListener("online", online);
    };
    connections.set(spaceId, created);
    connection = created;
    open(spaceId, connection);
  }
  return () => {
    const current = connections.get(spaceId);
    if (!current) return;
    current.listeners.delete(listener);
    if (current.listeners.size > 0) return;
    window.clearTimeout(current.closeTimer);
    current.closeTimer = window.setTimeout(() => {
      if (current.listeners.size > 0) return;
      window.clearTimeout(current.retryTimer);
      current.source?.close();
      current.stopWatchingNetwork();
      connections.delete(spaceId);
    }, lingerMs);
  };
}
