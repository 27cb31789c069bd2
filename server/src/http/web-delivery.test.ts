import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../test/support/databases.ts";
import { buildPair } from "../../test/support/factories.ts";
import { openStream } from "../../test/support/sse.ts";
import { startTestServer, type TestServer } from "../../test/support/test-server.ts";

const immutable = "public, max-age=31536000, immutable";
const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `line ${i}`))};\n`;
const stylesheet = `${Array.from({ length: 200 }, (_, i) => `.rule-${i} { margin: ${i}px; }`).join("\n")}\n`;
const serviceWorker = 'self.addEventListener("fetch", () => undefined);\n';
const page = `<!doctype html>
<html lang="en">
  <head>
    <meta name="mend-quick-exit" content="" />
    <title>Mend</title>
    <script type="module" crossorigin src="/assets/entry-3f9a1c.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/entry-77b2d0.css">
  </head>
  <body><div id="root"></div>${"<!-- padding so the page is worth compressing -->".repeat(30)}</body>
</html>
`;

/** A built web app in miniature: the page, a script with the build's compressed copies, a stylesheet without. */
function writeWebApp(): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "mend-web-"));
  fs.mkdirSync(path.join(dist, "assets"));
  fs.writeFileSync(path.join(dist, "index.html"), page);
  fs.writeFileSync(path.join(dist, "favicon.svg"), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  fs.writeFileSync(path.join(dist, "sw.js"), serviceWorker);
  fs.writeFileSync(path.join(dist, "manifest.webmanifest"), JSON.stringify({ name: "Mend", start_url: "/" }));
  fs.writeFileSync(path.join(dist, "offline.html"), "<!doctype html><title>Mend</title>");
  fs.writeFileSync(path.join(dist, "assets/entry-3f9a1c.js"), script);
  fs.writeFileSync(path.join(dist, "assets/entry-3f9a1c.js.br"), brotliCompressSync(script));
  fs.writeFileSync(path.join(dist, "assets/entry-3f9a1c.js.gz"), gzipSync(script));
  fs.writeFileSync(path.join(dist, "assets/entry-77b2d0.css"), stylesheet);
  return dist;
}

const decode = (encoding: unknown, body: Buffer) =>
  (encoding === "br" ? brotliDecompressSync(body) : encoding === "gzip" ? gunzipSync(body) : body).toString(
    "utf8",
  );

describe.each(databaseKinds)("delivering the web app on %s", (kind) => {
  let server: TestServer;
  let webDist: string;
  const get = (url: string, acceptEncoding?: string) =>
    server.app.inject({ url, headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} });

  beforeAll(async () => {
    webDist = writeWebApp();
    server = await startTestServer(kind, { webDist });
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(webDist, { recursive: true, force: true });
  });

  it("lets browsers keep hashed scripts and styles for a year, without asking again", async () => {
    for (const url of ["/assets/entry-3f9a1c.js", "/assets/entry-77b2d0.css"]) {
      const response = await get(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers["cache-control"]).toBe(immutable);
    }
  });

  it("never lets the page itself be kept, so an update reaches everyone at once", async () => {
    for (const url of ["/", "/login", "/spaces/some-space/insights", "/index.html"]) {
      const response = await get(url, "br");
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["cache-control"], url).toBe("no-store");
    }
    expect((await get("/favicon.svg")).headers["cache-control"]).toBe("no-cache");
  });

  it("has the service worker, the app manifest and the offline page checked on every use, never kept for good", async () => {
    const worker = await get("/sw.js");
    expect(worker.statusCode).toBe(200);
    expect(worker.headers["content-type"]).toMatch(/javascript/);
    expect(worker.headers["cache-control"]).toBe("no-cache");
    expect(worker.body).toBe(serviceWorker);
    const manifest = await get("/manifest.webmanifest");
    expect(manifest.statusCode).toBe(200);
    expect(manifest.headers["content-type"]).toMatch(/^application\/manifest\+json/);
    expect(manifest.headers["cache-control"]).toBe("no-cache");
    expect((await get("/offline.html")).headers["cache-control"]).toBe("no-store");
  });

  it("lets the page register its own service worker and read its own manifest, and nothing else's", async () => {
    const policy = String((await get("/")).headers["content-security-policy"]);
    expect(policy).toContain("worker-src 'self'");
    expect(policy).toContain("manifest-src 'self'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });

  it("sends the build's brotli or gzip copy of a script to a browser that accepts it", async () => {
    for (const encoding of ["br", "gzip"] as const) {
      const response = await get("/assets/entry-3f9a1c.js", `${encoding}, deflate`);
      expect(response.headers["content-encoding"]).toBe(encoding);
      expect(response.headers["content-type"]).toMatch(/javascript/);
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      expect(response.headers["cache-control"]).toBe(immutable);
      expect(decode(encoding, response.rawPayload)).toBe(script);
    }
    const plain = await get("/assets/entry-3f9a1c.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it("compresses a stylesheet without a compressed copy as it sends it", async () => {
    const response = await get("/assets/entry-77b2d0.css", "gzip, br");
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["content-type"]).toMatch(/text\/css/);
    expect(decode("br", response.rawPayload)).toBe(stylesheet);
  });

  it("compresses the page, with the quick-exit address written into it", async () => {
    for (const encoding of ["br", "gzip"] as const) {
      const response = await get("/spaces/some-space", encoding);
      expect(response.headers["content-encoding"]).toBe(encoding);
      expect(response.headers["content-type"]).toMatch(/text\/html/);
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      expect(decode(encoding, response.rawPayload)).toContain(
        '<meta name="mend-quick-exit" content="https://neutral.example/" />',
      );
    }
    const plain = await get("/spaces/some-space");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toContain("https://neutral.example/");
  });

  it("compresses JSON answers, which are still never cached", async () => {
    const response = await get("/api/safety-resources", "br, gzip");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(JSON.parse(decode("br", response.rawPayload))).toHaveProperty("countries");
  });

  it("keeps the compressed copies and missing files out of reach as pages", async () => {
    expect((await get("/assets/entry-3f9a1c.js.br")).statusCode).toBe(404);
    const gone = await get("/assets/entry-000000.js", "br");
    expect(gone.statusCode).toBe(404);
    expect(gone.headers["content-type"]).toMatch(/application\/json/);
  });

  it("streams live updates uncompressed, each event as it happens, to a browser that accepts brotli", async () => {
    const robin = server.client();
    const kit = server.client();
    const spaceId = (await buildPair(robin, kit)).id;
    const stream = await openStream(kit, `/api/spaces/${spaceId}/events/stream`, {
      "accept-encoding": "br, gzip",
    });
    expect(stream.status).toBe(200);
    expect(stream.headers.get("content-encoding")).toBeNull();
    const proposed = await robin.post(`/api/spaces/${spaceId}/talks`, { topic: "Sunday", startsAt: null });
    expect(proposed.status).toBe(201);
    const event = await stream.next((e) => e.kind === "talk.proposed", 5_000);
    expect(event.subject).toEqual({ type: "talk", id: proposed.body.id });
    stream.close();
  });
});
