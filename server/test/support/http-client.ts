/** A minimal browser stand-in: keeps its cookies and sends the CSRF header Mend's pages send. */
export class TestClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  /** The session cookie as `name=value`, as a browser would send it. */
  get sessionCookie(): string | undefined {
    return this.cookiePair((name) => name.endsWith("mend_session"));
  }

  /** The device cookie (kept across sign-outs) as `name=value`. */
  get deviceCookie(): string | undefined {
    return this.cookiePair((name) => name.endsWith("mend_device"));
  }

  /** Replaces the session cookie (`name=value`), or drops it when undefined; other cookies stay. */
  useCookie(cookie: string | undefined): this {
    for (const name of this.cookies.keys()) if (name.endsWith("mend_session")) this.cookies.delete(name);
    if (cookie) this.setPair(cookie);
    return this;
  }

  /** Sets any cookie (`name=value`), as if the browser had kept it. */
  withCookie(cookie: string): this {
    this.setPair(cookie);
    return this;
  }

  private cookiePair(matches: (name: string) => boolean): string | undefined {
    for (const [name, value] of this.cookies) if (matches(name)) return `${name}=${value}`;
    return undefined;
  }

  private setPair(pair: string) {
    const equals = pair.indexOf("=");
    const name = pair.slice(0, equals);
    const value = pair.slice(equals + 1);
    if (value) this.cookies.set(name, value);
    else this.cookies.delete(name);
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...(method === "GET" ? {} : { "x-mend-csrf": "1" }),
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: "manual",
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      if (pair) this.setPair(pair);
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    // biome-ignore lint/suspicious/noExplicitAny: test responses are checked by assertions, not by types
    return { status: response.status, headers: response.headers, body: json as any, text };
  }

  get = (path: string) => this.request("GET", path);
  post = (path: string, body?: unknown, headers?: Record<string, string>) =>
    this.request("POST", path, body, headers);
}
