import { constants } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { compression, defineAlgorithm } from "vite-plugin-compression2";
import { VitePWA } from "vite-plugin-pwa";
import { appIconsPlugin } from "./build/app-icons.ts";
import { pwaOptions } from "./build/service-worker.ts";

// In development the API runs separately (`npm run dev -w @mend/server`, port 8081). The proxy keeps
// the Host header unchanged so the server's same-origin check sees the page's own origin.
const apiTarget = process.env.MEND_API_URL ?? "http://localhost:8081";

export default defineConfig({
  plugins: [
    react(),
    appIconsPlugin(),
    VitePWA(pwaOptions),
    // A brotli and a gzip copy of each script, stylesheet and icon, made once at the strongest setting;
    // the server sends the copy the browser accepts. The page itself is compressed by the server, which
    // writes the quick-exit address into it first.
    compression({
      include: /\.(js|css|svg)$/,
      threshold: 1024,
      algorithms: [
        defineAlgorithm("brotliCompress", { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm("gzip", { level: 9 }),
      ],
    }),
  ],
  server: {
    port: 5173,
    proxy: { "/api": { target: apiTarget, changeOrigin: false } },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The server's Content-Security-Policy allows no inline code, so nothing may be inlined as a data: script.
    assetsInlineLimit: 0,
  },
});
