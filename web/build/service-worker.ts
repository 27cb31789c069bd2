import type { VitePWAOptions } from "vite-plugin-pwa";
import { appIcons } from "./app-icons.ts";

/**
 * What the service worker keeps: the app's own scripts, styles, icons and the offline page, all of them
 * the same for everyone. Never an answer from /api/ (private words), and never the page itself: the
 * server writes the quick-exit address into it and sends it fresh on every visit, so an update and a
 * changed setting reach everyone at once. A shared device's cache therefore holds nothing private.
 */
export const precachedFiles = ["**/*.{js,css,svg,png}", "offline.html"];

/** Where the service worker steps in: opening a page, never anything under /api/. */
export const isPageOpening = ({ request, url }: { request: Request; url: URL }): boolean =>
  request.mode === "navigate" && !url.pathname.startsWith("/api/");

export const offlinePage = "offline.html";

/** Shows a reminder that arrives by push and opens Mend when it is clicked (public/notification-handlers.js). */
export const notificationHandlers = "notification-handlers.js";

export const pwaOptions: Partial<VitePWAOptions> = {
  // A new version waits until Mend is next opened, or until the person chooses to reload now.
  registerType: "prompt",
  // Registered from the app's own script (see UpdatePrompt), which the Content-Security-Policy allows.
  injectRegister: false,
  filename: "sw.js",
  manifestFilename: "manifest.webmanifest",
  includeManifestIcons: false,
  manifest: {
    id: "/",
    name: "Mend",
    short_name: "Mend",
    description: "A private space for two people rebuilding trust.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    theme_color: "#2d6a5a",
    background_color: "#f8f5ef",
    icons: appIcons
      .filter((icon) => !icon.file.includes("apple-touch"))
      .map((icon) => ({
        src: `/${icon.file}`,
        sizes: `${icon.size}x${icon.size}`,
        type: "image/png",
        purpose: icon.purpose,
      })),
  },
  workbox: {
    globPatterns: precachedFiles,
    // The build's compressed copies are for the server to send; the browser gets the real file.
    globIgnores: ["**/*.br", "**/*.gz", "index.html"],
    navigateFallback: null,
    runtimeCaching: [
      {
        // Pages always come from the server; when it can't be reached, the offline page says so.
        urlPattern: isPageOpening,
        handler: "NetworkOnly",
        options: { precacheFallback: { fallbackURL: offlinePage } },
      },
    ],
    importScripts: [notificationHandlers],
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
  },
};
