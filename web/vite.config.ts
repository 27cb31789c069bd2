import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the API runs separately (`npm run dev -w @mend/server`, port 8081). The proxy keeps
// the Host header unchanged so the server's same-origin check sees the page's own origin.
const apiTarget = process.env.MEND_API_URL ?? "http://localhost:8081";

export default defineConfig({
  plugins: [react()],
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
