import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getManifest } from "workbox-build";
import {
  isPageOpening,
  notificationHandlers,
  offlinePage,
  precachedFiles,
  pwaOptions,
} from "./service-worker.ts";

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

/** Runs the push handlers against a stand-in for the service worker's global scope. */
function loadNotificationHandlers(windows: { url: string; focus: () => void }[]) {
  const listeners = new Map<string, (event: unknown) => void>();
  const shown: { title: string; options: NotificationOptions }[] = [];
  const opened: string[] = [];
  const focused: string[] = [];
  const scope = {
    location: new URL("https://mend.example/sw.js"),
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
    registration: {
      showNotification: async (title: string, options: NotificationOptions) => {
        shown.push({ title, options });
      },
    },
    clients: {
      matchAll: async () =>
        windows.map((window) => ({ url: window.url, focus: () => focused.push(window.url) })),
      openWindow: async (url: string) => {
        opened.push(url);
      },
    },
  };
  const code = fs.readFileSync(new URL(`../public/${notificationHandlers}`, import.meta.url), "utf8");
  new Function("self", code)(scope);
  const dispatch = async (type: string, event: object) => {
    let waited: Promise<unknown> = Promise.resolve();
    listeners.get(type)?.({ ...event, waitUntil: (promise: Promise<unknown>) => (waited = promise) });
    await waited;
  };
  return { dispatch, shown, opened, focused };
}

describe("reminders in the service worker", () => {
  it("is loaded into the generated worker", () => {
    expect(pwaOptions.workbox?.importScripts).toEqual([notificationHandlers]);
  });

  it("shows what the server sent, and only a neutral line when a message can't be read", async () => {
    const worker = loadNotificationHandlers([]);
    const message = { title: "Mend", body: "It's time for your check-in", kind: "checkin-due", url: "/" };
    await worker.dispatch("push", { data: { json: () => message } });
    await worker.dispatch("push", {
      data: {
        json: () => {
          throw new SyntaxError("not JSON");
        },
      },
    });
    expect(worker.shown.map(({ title, options }) => [title, options.body, options.tag])).toEqual([
      ["Mend", "It's time for your check-in", "mend-reminder"],
      ["Mend", "Something is waiting for you", "mend-reminder"],
    ]);
  });

  it("opens Mend when a reminder is clicked, or brings an open Mend forward", async () => {
    const close = () => {};
    const none = loadNotificationHandlers([{ url: "https://elsewhere.example/", focus: () => {} }]);
    await none.dispatch("notificationclick", { notification: { close } });
    expect(none.opened).toEqual(["/"]);
    const open = loadNotificationHandlers([{ url: "https://mend.example/spaces/x", focus: () => {} }]);
    await open.dispatch("notificationclick", { notification: { close } });
    expect([open.opened, open.focused]).toEqual([[], ["https://mend.example/spaces/x"]]);
  });
});
