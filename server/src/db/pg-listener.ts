import pg from "pg";

const retryMs = 1000;

/**
 * LISTEN on a dedicated connection that comes back by itself if PostgreSQL restarts or the network
 * drops. Notifications sent while it was away are lost, so listeners must not depend on every one
 * arriving (the realtime stream also polls).
 */
export async function listenOn(
  url: string,
  channel: string,
  onPayload: (payload: string) => void,
): Promise<() => Promise<void>> {
  let stopped = false;
  let current: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (first: boolean): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    let lost = false;
    const reconnect = () => {
      if (lost) return;
      lost = true;
      if (current === client) current = undefined;
      if (!stopped) retry = setTimeout(() => void connect(false), retryMs);
    };
    client.on("notification", (message) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
    });
    // Without an "error" handler a dropped connection would crash the process.
    client.on("error", reconnect);
    client.on("end", reconnect);
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    } catch (error) {
      if (first) stopped = true;
      reconnect();
      await client.end().catch(() => {});
      if (first) throw error;
      return;
    }
    if (stopped) {
      await client.end();
      return;
    }
    current = client;
  };

  await connect(true);
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await current?.end();
  };
}
