import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getManifest } from "workbox-build";
import { isPageOpening, offlinePage, precachedFiles, pwaOptions } from "./service-worker.ts";

/**
 * A build folder holding everything the server could ever hand out, including things that must never be
 * kept by a browser: the page (it carries the quick-exit address) and anything under api/.
 */
function writeBuild(): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "mend-sw-"));
  const files = [
    "index.html",
    "offline.html",
    "offline.css",
    "theme.js",
    "favicon.svg",
    "icons/icon-192.png",
    "assets/index-3f9a1c.js",
    "assets/index-3f9a1c.js.br",
    "assets/index-3f9a1c.js.gz",
    "assets/index-77b2d0.css",
    "api/spaces/some-space/letters.json",
    "api/session",
  ];
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    fs.writeFileSync(path.join(dist, file), file);
  }
  return dist;
}

const page = (address: string, mode: RequestMode = "navigate") => {
  const url = new URL(address, "https://mend.example");
  return isPageOpening({ request: { mode } as Request, url });
};

describe("the service worker's precache", () => {
  const dist = writeBuild();
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

  it("holds the app's own files and the offline page, and never an API answer or the page itself", async () => {
    const { manifestEntries, warnings } = await getManifest({
      globDirectory: dist,
      globPatterns: precachedFiles,
      globIgnores: pwaOptions.workbox?.globIgnores ?? [],
    });
    expect(warnings).toEqual([]);
    const urls = (manifestEntries ?? []).map((entry) => entry.url).sort();
    expect(urls).toEqual([
      "assets/index-3f9a1c.js",
      "assets/index-77b2d0.css",
      "favicon.svg",
      "icons/icon-192.png",
      "offline.css",
      offlinePage,
      "theme.js",
    ]);
    expect(urls.filter((url) => url.startsWith("api/"))).toEqual([]);
  });

  it("steps in only when a page is opened, never for the API, even when it is opened as a page", () => {
    expect(page("/")).toBe(true);
    expect(page("/spaces/some-space/insights")).toBe(true);
    expect(page("/api/spaces/some-space/export.pdf")).toBe(false);
    expect(page("/api/session")).toBe(false);
    expect(page("/api/session", "cors")).toBe(false);
    expect(page("/assets/index-3f9a1c.js", "no-cors")).toBe(false);
  });

  it("keeps nothing it fetches while the app runs: pages go to the server, or to the offline page", () => {
    const routes = pwaOptions.workbox?.runtimeCaching ?? [];
    expect(routes.map((route) => route.handler)).toEqual(["NetworkOnly"]);
    expect(pwaOptions.workbox?.navigateFallback).toBeNull();
  });
});
